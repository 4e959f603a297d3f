import type { Catalog } from '../../catalog.js';

// Poruke servera za analizu potreba.
export const needsAnalysis: Catalog['server']['needsAnalysis'] = {
  unknownMunicipality: 'Ne postoji opština sa šifrom „{{code}}”.',
  invalidFile: 'Datoteka nije uvezena: ispravite navedene ćelije i uvezite je ponovo. Ništa nije sačuvano.',
  kinds: {
    population: 'stanovništva',
    administrative: 'administrativnih podataka',
    staff: 'osoblja',
  },
  problems: {
    csv: {
      unclosed_quote: 'Vrednost pod navodnicima nije zatvorena: nedostaje završni navodnik.',
      text_after_quote: 'Posle završnog navodnika ima teksta.',
      quote_in_field: 'Navodnik unutar vrednosti koja nije pod navodnicima.',
    },
    cellError: 'Ćelija prikazuje grešku tabele {{error}}.',
    unreadableFile: 'Datoteka ne može da se pročita kao XLSX radna sveska.',
    emptyFile: 'Datoteka je prazna: potreban je red zaglavlja i bar jedan red sa brojkama.',
    noRows: 'Datoteka ima red zaglavlja, ali nema brojki.',
    notBase64: 'XLSX datoteka mora da se pošalje kodirana u base64.',
    missingColumns: 'U redu zaglavlja nedostaju kolone: {{columns}}. Očekuju se: {{expected}}.',
    unknownUnit: '„{{value}}” nije administrativna jedinica ove opštine.',
    badYear: '„{{value}}” nije godina (upišite je sa četiri cifre, npr. 2020).',
    required: 'Vrednost je obavezna.',
    badNumber: '„{{value}}” nije broj (samo cifre, najmanje 0).',
    badCount: '„{{value}}” nije ceo broj od najmanje 0.',
    unknownGender: '„{{value}}” nije šifra pola; koristite jednu od: {{allowed}}.',
    unknownAgeBand: '„{{value}}” nije starosna grupa zemlje; koristite jednu od: {{allowed}}.',
    unknownMeasure: '„{{value}}” nije pokazatelj analize potreba.',
    unknownRole: '„{{value}}” nije radno mesto osoblja; koristite jedno od: {{allowed}}.',
    duplicateRow: 'Ista brojka je već data u redu {{row}}.',
  },
  template: {
    title: 'Šablon za uvoz {{kind}}. Popunite prvi list; red zaglavlja ostavite kakav jeste.',
    columns: 'Kolone: {{columns}}.',
    units: 'Jedinice (šifra ili naziv; više njih koje se iskazuju zajedno povezane sa „+”): {{units}}.',
    total:
      'Prazna jedinica, ili „{{word}}”, je brojka iskazana za celu opštinu; prikazuje se pored zbira jedinica.',
    ageBands: 'Starosne grupe: {{bands}} („{{total}}” je iskazani zbir svih grupa).',
    genders: 'Pol: {{female}} (žene), {{male}} (muškarci) ili {{all}} kada brojka nije razvrstana po polu.',
    roles: 'Radna mesta osoblja: {{roles}}. Prazna jedinica znači osoblje koje radi za celu opštinu.',
    measures: 'Pokazatelji: pogledajte spisak na stranici analize potreba (npr. {{examples}}).',
    replace: 'Ponovni uvoz za iste godine zamenjuje ranije brojke; raniji uvoz ostaje u istoriji.',
  },
};
