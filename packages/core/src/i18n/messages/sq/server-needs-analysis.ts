import type { Catalog } from '../../catalog.js';

// Mesazhet e serverit për analizën e nevojave.
export const needsAnalysis: Catalog['server']['needsAnalysis'] = {
  unknownMunicipality: 'Nuk ka bashki me kodin “{{code}}”.',
  invalidFile:
    'Skedari nuk u importua: korrigjoni qelizat e renditura dhe importojeni sërish. Asgjë nuk u ruajt.',
  kinds: {
    population: 'popullsisë',
    administrative: 'të dhënave administrative',
    staff: 'stafit',
  },
  problems: {
    csv: {
      unclosed_quote: 'Një vlerë në thonjëza nuk është mbyllur: mungon thonjëza mbyllëse.',
      text_after_quote: 'Ka tekst pas thonjëzës mbyllëse.',
      quote_in_field: 'Thonjëz brenda një vlere që nuk është në thonjëza.',
    },
    cellError: 'Qeliza tregon gabimin e fletëllogaritjes {{error}}.',
    unreadableFile: 'Skedari nuk mund të lexohet si libër pune XLSX.',
    emptyFile: 'Skedari është bosh: duhet një rresht titujsh dhe të paktën një rresht me shifra.',
    noRows: 'Skedari ka rreshtin e titujve, por asnjë shifër.',
    notBase64: 'Skedari XLSX duhet dërguar i koduar në base64.',
    missingColumns: 'Mungojnë kolonat në rreshtin e titujve: {{columns}}. Priten: {{expected}}.',
    unknownUnit: '“{{value}}” nuk është njësi administrative e kësaj bashkie.',
    badYear: '“{{value}}” nuk është vit (shkruajeni me katër shifra, p.sh. 2020).',
    required: 'Vlera është e detyrueshme.',
    badNumber: '“{{value}}” nuk është numër (vetëm shifra, të paktën 0).',
    badCount: '“{{value}}” nuk është numër i plotë, të paktën 0.',
    unknownGender: '“{{value}}” nuk është kod gjinie; përdorni një nga: {{allowed}}.',
    unknownAgeBand: '“{{value}}” nuk është grupmoshë e vendit; përdorni një nga: {{allowed}}.',
    unknownMeasure: '“{{value}}” nuk është tregues i analizës së nevojave.',
    unknownRole: '“{{value}}” nuk është pozicion stafi; përdorni një nga: {{allowed}}.',
    duplicateRow: 'E njëjta shifër është dhënë tashmë në rreshtin {{row}}.',
  },
  template: {
    title: 'Shabllon për importin e {{kind}}. Plotësoni fletën e parë; mos e ndryshoni rreshtin e titujve.',
    columns: 'Kolonat: {{columns}}.',
    units: 'Njësitë (kodi ose emri; disa që raportohen bashkë, të lidhura me “+”): {{units}}.',
    total:
      'Njësia bosh, ose “{{word}}”, është shifër e dhënë për gjithë bashkinë; shfaqet pranë shumës së njësive.',
    ageBands: 'Grupmoshat: {{bands}} (“{{total}}” është totali i dhënë për të gjitha grupmoshat).',
    genders:
      'Gjinia: {{female}} (femra), {{male}} (meshkuj) ose {{all}} kur shifra nuk ndahet sipas gjinisë.',
    roles: 'Pozicionet e stafit: {{roles}}. Njësia bosh do të thotë staf që punon për gjithë bashkinë.',
    measures: 'Treguesit: shihni listën në faqen e analizës së nevojave (p.sh. {{examples}}).',
    replace:
      'Një import i ri për të njëjtat vite zëvendëson shifrat e mëparshme; importi i mëparshëm mbetet në historik.',
  },
};
