import type { Catalog } from '../../catalog.js';
import { cases } from './server-cases.js';
import { documents } from './server-documents.js';
import { referrals } from './server-referrals.js';
import { requests } from './server-requests.js';
import { commissions } from './server-commissions.js';
import { actionPlans } from './server-action-plans.js';
import { planRegisters } from './server-plan-registers.js';
import { calls } from './server-calls.js';
import { schemeReports } from './server-scheme-reports.js';
import { care } from './server-care.js';
import { careChild } from './server-care-child.js';
import { careServices } from './server-care-services.js';
import { careDv } from './server-care-dv.js';
import { needsAnalysis } from './server-needs-analysis.js';
import { employment } from './server-employment.js';
import { socialFund } from './server-social-fund.js';
import { fields } from './server-fields.js';

export const server: Catalog['server'] = {
  errors: {
    validation: 'Neka polja nisu ispravna.',
    unauthenticated: 'Molimo prijavite se.',
    sessionExpired: 'Vaša sesija je istekla. Molimo prijavite se ponovo.',
    forbidden: 'Nemate dozvolu za ovu radnju.',
    outOfJurisdiction: 'Ovaj zapis je van vaše nadležnosti.',
    notFound: 'Nije pronađeno.',
    conflict: 'Neko drugi je u međuvremenu izmenio ovaj zapis. Ponovo ga učitajte i pokušajte opet.',
    invalidCredentials: 'Pogrešno korisničko ime ili lozinka.',
    throttled: 'Previše neuspelih pokušaja. Pokušajte ponovo za {{minutes}} minuta.',
    csrf: 'Sigurnosni token ove stranice nedostaje ili je zastareo. Ponovo učitajte stranicu.',
    internal: 'Došlo je do greške na serveru. Greška je zabeležena.',
    unavailable: 'Baza podataka nije dostupna.',
    duplicate: 'Zapis sa ovim poljem ({{field}}) već postoji.',
    badReference: 'Izabrano polje ({{field}}) ne postoji ili je van vaše nadležnosti.',
    wrongPassword: 'Trenutna lozinka je pogrešna.',
    selfDeactivate: 'Ne možete deaktivirati sopstveni nalog.',
    badRequest: 'Zahtev nije moguće pročitati.',
    tooLarge: 'Zahtev je prevelik.',
    possibleDuplicate: 'Ova osoba je možda već upisana. Pregledajte moguće duplikate pre čuvanja.',
    personMerged: 'Ovaj zapis je spojen sa drugim i više se ne može menjati.',
    mergeSelf: 'Zapis se ne može spojiti sam sa sobom.',
    sensitiveRecord: 'Ovaj zapis vide samo oni koji rade na slučaju.',
  },
  fields,
  cases,
  documents,
  referrals,
  requests,
  commissions,
  actionPlans,
  planRegisters,
  calls,
  schemeReports,
  care,
  careChild,
  careServices,
  careDv,
  needsAnalysis,
  employment,
  socialFund,
};
