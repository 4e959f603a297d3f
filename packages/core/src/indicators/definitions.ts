import type { LocalizedText } from '../config/schema.js';
import {
  indicatorDefinitionSchema,
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
} from './schema.js';
import { BENEFIT_DEFINITIONS } from './definitions-benefits.js';
import { CARE_DEFINITIONS } from './definitions-care.js';
import { REQUEST_DEFINITIONS } from './definitions-requests.js';

// The computed indicators shipped with Vatra. Each is data: a new indicator is a new entry here
// (or, later, in configuration), never new code. Every text says exactly what is counted, over
// what and in which period, so that a reader knows what "70%" means.

const text = (sq: string, sr: string, en: string): LocalizedText => ({ sq, sr, en });

const casesRegistered = text('raste të regjistruara', 'registrovani slučajevi', 'cases registered');
const vulnerableFamilies = text(
  'familje të cenueshme të kthyera ose me status të dhënë',
  'ranjive porodice vraćene ili sa dobijenim statusom',
  'vulnerable families returned or granted status',
);
const allFamilies = text(
  'familje të kthyera ose me status të dhënë',
  'porodice vraćene ili sa dobijenim statusom',
  'families returned or granted status',
);
const closed = text('raste të mbyllura', 'zatvoreni slučajevi', 'cases closed');
/** The municipality's own directorates, offices and centres (the plans' "municipal directorates"). */
const MUNICIPAL_TYPES = ['ZKKK', 'QPS', 'ZP', 'DKA', 'ZGJC', 'DSHMS', 'KKR', 'MUN'];
const municipalList = text(
  'ZKKK, QPS, ZP, DKA, ZGJC, DSHMS, KKR, administrata komunale',
  'ZKKK, QPS, ZP, DKA, ZGJC, DSHMS, KKR, opštinska uprava',
  'ZKKK, QPS, ZP, DKA, ZGJC, DSHMS, KKR, municipal administration',
);
const once = {
  sq: ' (çdo person numërohet një herë).',
  sr: ' (svako lice se računa jednom).',
  en: ' (each person counted once).',
};

/** "Persons referred to <destination>": one definition per destination institution type. */
function referredTo(
  type: string,
  suffix: string,
  names: { sqTitle: string; sq: string; srTitle: string; sr: string; enTitle: string; en: string },
): IndicatorDefinitionInput {
  return {
    key: `referrals.persons_to_${suffix}`,
    title: text(
      `Persona të referuar në ${names.sqTitle}`,
      `Lica upućena ${names.srTitle}`,
      `Persons referred to ${names.enTitle}`,
    ),
    definition: text(
      `Numri i personave të referuar në ${names.sq} brenda periudhës${once.sq}`,
      `Broj lica upućenih ${names.sr} u periodu${once.sr}`,
      `Number of persons referred to ${names.en} in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text(
        `persona të referuar në ${names.sqTitle}`,
        `lica upućena ${names.srTitle}`,
        `persons referred to ${names.enTitle}`,
      ),
      source: 'referrals',
      where: [{ field: 'destination_type', op: 'eq', value: type }],
      distinct: 'person_id',
    },
    denominator: null,
  };
}

const SHIPPED: IndicatorDefinitionInput[] = [
  // ---- registration ----
  {
    key: 'cases.registered',
    title: text('Raste të regjistruara', 'Registrovani slučajevi', 'Cases registered'),
    definition: text(
      'Numri i rasteve (familjeve të riatdhesuara dhe të huaja) me datë kthimi ose dhënieje të statusit brenda periudhës.',
      'Broj slučajeva (porodica povratnika i stranaca) čiji je datum povratka ili dobijanja statusa u periodu.',
      'Number of cases (returnee and foreign families) whose return or status-grant date falls in the period.',
    ),
    unit: 'count',
    numerator: { label: casesRegistered, source: 'cases' },
    denominator: null,
  },
  {
    key: 'cases.returnees_registered',
    title: text(
      'Familje të riatdhesuara të regjistruara',
      'Registrovane porodice povratnika',
      'Returnee families registered',
    ),
    definition: text(
      'Numri i rasteve të të riatdhesuarve me datë kthimi brenda periudhës.',
      'Broj slučajeva povratnika čiji je datum povratka u periodu.',
      'Number of returnee cases whose return date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të të riatdhesuarve', 'slučajevi povratnika', 'returnee cases'),
      source: 'cases',
      where: [{ field: 'kind', op: 'eq', value: 'returnee' }],
    },
    denominator: null,
  },
  {
    key: 'cases.foreigners_registered',
    title: text(
      'Familje të huaja të regjistruara',
      'Registrovane porodice stranaca',
      'Foreign families registered',
    ),
    definition: text(
      'Numri i rasteve të të huajve me datë të dhënies së statusit brenda periudhës.',
      'Broj slučajeva stranaca čiji je datum dobijanja statusa u periodu.',
      'Number of foreigner cases whose status-grant date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të të huajve', 'slučajevi stranaca', 'foreigner cases'),
      source: 'cases',
      where: [{ field: 'kind', op: 'eq', value: 'foreigner' }],
    },
    denominator: null,
  },
  {
    key: 'cases.vulnerable_families',
    title: text(
      'Familje të cenueshme të kthyera dhe të huaja',
      'Ranjive porodice povratnika i stranaca',
      'Vulnerable returnee and foreign families',
    ),
    definition: text(
      'Numri i rasteve (familjeve të riatdhesuara dhe të huaja) me së paku një anëtar me cenueshmëri të regjistruar, me datë kthimi ose dhënieje të statusit brenda periudhës.',
      'Broj slučajeva (porodica povratnika i stranaca) sa najmanje jednim članom kod kojeg je evidentirana ranjivost, čiji je datum povratka ili dobijanja statusa u periodu.',
      'Number of cases (returnee and foreign families) with at least one member with a recorded vulnerability, whose return or status-grant date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: vulnerableFamilies,
      source: 'cases',
      where: [{ field: 'vulnerable', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'cases.vulnerable_returnee_families',
    title: text(
      'Familje të cenueshme të kthyera',
      'Ranjive porodice povratnika',
      'Vulnerable returnee families',
    ),
    definition: text(
      'Numri i familjeve të riatdhesuara me së paku një anëtar me cenueshmëri të regjistruar, me datë kthimi brenda periudhës.',
      'Broj porodica povratnika sa najmanje jednim članom kod kojeg je evidentirana ranjivost, čiji je datum povratka u periodu.',
      'Number of returnee families with at least one member with a recorded vulnerability, whose return date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text(
        'familje të cenueshme të kthyera',
        'ranjive porodice povratnika',
        'vulnerable returnee families',
      ),
      source: 'cases',
      where: [
        { field: 'kind', op: 'eq', value: 'returnee' },
        { field: 'vulnerable', op: 'is', value: true },
      ],
    },
    denominator: null,
  },
  {
    key: 'persons.returned_from_prison',
    title: text('Persona të kthyer nga burgu', 'Lica vraćena iz zatvora', 'Persons returned from prison'),
    definition: text(
      'Numri i personave në regjistër në kategorinë „i kthyer nga burgu”, me datë kthimi brenda periudhës.',
      'Broj lica u registru u kategoriji „vraćen iz zatvora”, čiji je datum povratka u periodu.',
      'Number of persons in the registry in the category "returned from prison" whose return date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('persona të kthyer nga burgu', 'lica vraćena iz zatvora', 'persons returned from prison'),
      source: 'persons',
      where: [{ field: 'category', op: 'eq', value: 'returned_from_prison' }],
    },
    denominator: null,
  },
  // ---- the 72-hour visit and the needs assessment ----
  {
    key: 'cases.vulnerable_visited_72h',
    title: text(
      'Familje të cenueshme të vizituara brenda 72 orëve',
      'Ranjive porodice posećene u roku od 72 sata',
      'Vulnerable families visited within 72 hours',
    ),
    definition: text(
      'Përqindja e familjeve të cenueshme, të kthyera ose me status të dhënë brenda periudhës, që ekipi i ka vizituar brenda 72 orëve nga kthimi.',
      'Procenat ranjivih porodica, vraćenih ili sa dobijenim statusom u periodu, koje je tim posetio u roku od 72 sata od povratka.',
      'Share of the vulnerable families returned (or granted status) in the period that the team visited within 72 hours of return.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'familje të cenueshme të vizituara brenda 72 orëve',
        'ranjive porodice posećene u roku od 72 sata',
        'vulnerable families visited within 72 hours',
      ),
      source: 'cases',
      where: [
        { field: 'vulnerable', op: 'is', value: true },
        { field: 'visited_within_deadline', op: 'is', value: true },
      ],
    },
    denominator: {
      label: vulnerableFamilies,
      source: 'cases',
      where: [{ field: 'vulnerable', op: 'is', value: true }],
    },
  },
  {
    key: 'cases.visited_72h',
    title: text(
      'Familje të vizituara brenda 72 orëve',
      'Porodice posećene u roku od 72 sata',
      'Families visited within 72 hours',
    ),
    definition: text(
      'Përqindja e familjeve të kthyera ose me status të dhënë brenda periudhës që ekipi i ka vizituar brenda 72 orëve nga kthimi.',
      'Procenat porodica vraćenih ili sa dobijenim statusom u periodu koje je tim posetio u roku od 72 sata od povratka.',
      'Share of the families returned (or granted status) in the period that the team visited within 72 hours of return.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'familje të vizituara brenda 72 orëve',
        'porodice posećene u roku od 72 sata',
        'families visited within 72 hours',
      ),
      source: 'cases',
      where: [{ field: 'visited_within_deadline', op: 'is', value: true }],
    },
    denominator: { label: allFamilies, source: 'cases' },
  },
  {
    key: 'visits.completed',
    title: text('Vizita të realizuara', 'Obavljene posete', 'Visits made'),
    definition: text(
      'Numri i vizitave të realizuara nga ekipi për vlerësimin e nevojave brenda periudhës; vizitat ku familja nuk u gjet ose që u shtynë nuk numërohen.',
      'Broj poseta koje je tim za procenu potreba obavio u periodu; ne računaju se posete u kojima porodica nije pronađena ni odložene posete.',
      'Number of visits the needs-assessment team made in the period; visits where the family was not found or that were postponed are not counted.',
    ),
    unit: 'count',
    numerator: {
      label: text('vizita të realizuara', 'obavljene posete', 'visits made'),
      source: 'visits',
      where: [{ field: 'outcome', op: 'eq', value: 'completed' }],
    },
    denominator: null,
  },
  {
    key: 'forms.fvn',
    title: text('FVN të plotësuara', 'Popunjeni obrasci za procenu potreba (FVN)', 'FVNs completed'),
    definition: text(
      'Numri i Formularëve të Vlerësimit të Nevojave (FVN) të plotësuar brenda periudhës; përmirësimi i një formulari nuk numërohet si formular i ri.',
      'Broj obrazaca za procenu potreba (FVN) popunjenih u periodu; ispravka obrasca se ne računa kao novi obrazac.',
      'Number of needs assessment forms (FVN) completed in the period; a correction of a form is not a new form.',
    ),
    unit: 'count',
    numerator: {
      label: text('FVN të plotësuara', 'popunjeni FVN obrasci', 'FVNs completed'),
      source: 'forms',
      where: [{ field: 'form_key', op: 'eq', value: 'fvn' }],
    },
    denominator: null,
  },
  {
    key: 'forms.anamnesis',
    title: text('Raporte të anamnezës sociale', 'Izveštaji socijalne anamneze', 'Social anamnesis reports'),
    definition: text(
      'Numri i anamnezave sociale të plotësuara brenda periudhës; përmirësimi nuk numërohet si anamnezë e re.',
      'Broj socijalnih anamneza popunjenih u periodu; ispravka se ne računa kao nova anamneza.',
      'Number of social anamnesis reports completed in the period; a correction is not a new report.',
    ),
    unit: 'count',
    numerator: {
      label: text('anamneza sociale', 'socijalne anamneze', 'social anamnesis reports'),
      source: 'forms',
      where: [{ field: 'form_key', op: 'eq', value: 'anamnesis' }],
    },
    denominator: null,
  },
  {
    key: 'forms.entered',
    title: text('Formularë të vendosur në sistem', 'Obrasci uneti u sistem', 'Forms entered in the system'),
    definition: text(
      'Numri i formularëve (FVN, anamneza sociale, monitorimi mujor) të plotësuar në sistem brenda periudhës, pa përmirësimet.',
      'Broj obrazaca (FVN, socijalna anamneza, mesečno praćenje) popunjenih u sistemu u periodu, bez ispravki.',
      'Number of forms (FVN, social anamnesis, monthly monitoring) completed in the system in the period, corrections excluded.',
    ),
    unit: 'count',
    numerator: { label: text('formularë', 'obrasci', 'forms'), source: 'forms' },
    denominator: null,
  },
  {
    key: 'cases.fvn_completed',
    title: text('Raste me FVN të plotësuar', 'Slučajevi sa popunjenim FVN', 'Cases with a completed FVN'),
    definition: text(
      'Përqindja e rasteve të regjistruara në periudhë për të cilat deri më sot është plotësuar FVN-ja.',
      'Procenat slučajeva registrovanih u periodu za koje je do danas popunjen FVN.',
      'Share of the cases registered in the period for which an FVN has been completed to date.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste me FVN', 'slučajevi sa FVN', 'cases with an FVN'),
      source: 'cases',
      where: [{ field: 'fvn_completed', op: 'is', value: true }],
    },
    denominator: { label: casesRegistered, source: 'cases' },
  },
  // ---- individual plans and case managers ----
  {
    key: 'cases.plan_approved',
    title: text(
      'Raste me plan individual të miratuar',
      'Slučajevi sa odobrenim individualnim planom',
      'Cases with an approved individual plan',
    ),
    definition: text(
      'Përqindja e rasteve të regjistruara në periudhë që deri më sot kanë Plan Individual të Riintegrimit (PIR) ose të Integrimit (PII) të miratuar.',
      'Procenat slučajeva registrovanih u periodu koji do danas imaju odobren individualni plan reintegracije (IPR) ili integracije (IPI).',
      'Share of the cases registered in the period that have an approved individual reintegration (PIR) or integration (PII) plan to date.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'raste me plan të miratuar',
        'slučajevi sa odobrenim planom',
        'cases with an approved plan',
      ),
      source: 'cases',
      where: [{ field: 'plan_approved', op: 'is', value: true }],
    },
    denominator: { label: casesRegistered, source: 'cases' },
  },
  {
    key: 'cases.plan_document_uploaded',
    title: text(
      'Raste me planin e nënshkruar të ngarkuar',
      'Slučajevi sa otpremljenim potpisanim planom',
      'Cases with the signed plan uploaded',
    ),
    definition: text(
      'Përqindja e rasteve të regjistruara në periudhë për të cilat deri më sot është ngarkuar në sistem plani individual (PIR/PII) i nënshkruar.',
      'Procenat slučajeva registrovanih u periodu za koje je do danas u sistem otpremljen potpisani individualni plan (IPR/IPI).',
      'Share of the cases registered in the period for which the signed individual plan (PIR/PII) has been uploaded to date.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'raste me plan të ngarkuar',
        'slučajevi sa otpremljenim planom',
        'cases with the plan uploaded',
      ),
      source: 'cases',
      where: [{ field: 'plan_document_uploaded', op: 'is', value: true }],
    },
    denominator: { label: casesRegistered, source: 'cases' },
  },
  {
    key: 'cases.manager_appointed',
    title: text(
      'Raste me menaxher të caktuar',
      'Slučajevi sa određenim voditeljem',
      'Cases with a case manager appointed',
    ),
    definition: text(
      'Përqindja e rasteve të regjistruara në periudhë për të cilat deri më sot është caktuar menaxheri i rastit me vendim të QPS-së.',
      'Procenat slučajeva registrovanih u periodu kojima je do danas rešenjem centra za socijalni rad određen voditelj slučaja.',
      'Share of the cases registered in the period for which a case manager has been appointed by a QPS decision to date.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste me menaxher të caktuar', 'slučajevi sa voditeljem', 'cases with a case manager'),
      source: 'cases',
      where: [{ field: 'manager_appointed', op: 'is', value: true }],
    },
    denominator: { label: casesRegistered, source: 'cases' },
  },
  {
    key: 'plans.drafted',
    title: text(
      'Plane individuale të hartuara (PIR/PII)',
      'Izrađeni individualni planovi (IPR/IPI)',
      'Individual plans drafted (PIR/PII)',
    ),
    definition: text(
      'Numri i planeve individuale të riintegrimit (PIR) dhe të integrimit (PII) të hartuara brenda periudhës; versionet e mëvonshme të të njëjtit plan nuk numërohen.',
      'Broj individualnih planova reintegracije (IPR) i integracije (IPI) izrađenih u periodu; kasnije verzije istog plana se ne računaju.',
      'Number of individual reintegration (PIR) and integration (PII) plans drafted in the period; later versions of the same plan are not counted.',
    ),
    unit: 'count',
    numerator: {
      label: text('plane individuale', 'individualni planovi', 'individual plans'),
      source: 'individual_plans',
    },
    denominator: null,
  },
  {
    key: 'plans.pir_drafted',
    title: text(
      'Plane Individuale të Riintegrimit (PIR) të hartuara',
      'Izrađeni individualni planovi reintegracije (IPR)',
      'Individual Reintegration Plans (PIR) drafted',
    ),
    definition: text(
      'Numri i Planeve Individuale të Riintegrimit (PIR) për të riatdhesuarit të hartuara brenda periudhës; versionet e mëvonshme të të njëjtit plan nuk numërohen.',
      'Broj individualnih planova reintegracije (IPR) za povratnike izrađenih u periodu; kasnije verzije istog plana se ne računaju.',
      'Number of Individual Reintegration Plans (PIR) for returnees drafted in the period; later versions of the same plan are not counted.',
    ),
    unit: 'count',
    numerator: {
      label: text('PIR të hartuara', 'izrađeni IPR', 'PIRs drafted'),
      source: 'individual_plans',
      where: [{ field: 'plan_type', op: 'eq', value: 'PIR' }],
    },
    denominator: null,
  },
  {
    key: 'managers.decisions',
    title: text(
      'Vendime për caktimin e menaxherit të rastit',
      'Rešenja o određivanju voditelja slučaja',
      'Decisions appointing a case manager',
    ),
    definition: text(
      'Numri i vendimeve të QPS-së për caktimin e menaxherit të rastit me datë brenda periudhës, përfshirë ricaktimet.',
      'Broj rešenja centra za socijalni rad o određivanju voditelja slučaja donetih u periodu, uključujući ponovna određivanja.',
      'Number of QPS decisions appointing a case manager dated in the period, reassignments included.',
    ),
    unit: 'count',
    numerator: { label: text('vendime', 'rešenja', 'decisions'), source: 'manager_decisions' },
    denominator: null,
  },
  // ---- referrals ----
  {
    key: 'referrals.sent',
    title: text('Referime të dërguara', 'Poslata upućivanja', 'Referrals sent'),
    definition: text(
      'Numri i referimeve të dërguara te institucionet brenda periudhës.',
      'Broj upućivanja poslatih institucijama u periodu.',
      'Number of referrals sent to institutions in the period.',
    ),
    unit: 'count',
    numerator: { label: text('referime', 'upućivanja', 'referrals'), source: 'referrals' },
    denominator: null,
  },
  {
    key: 'referrals.from_plan',
    title: text(
      'Kërkesa të parashtruara në bazë të planit individual',
      'Zahtevi podneti na osnovu individualnog plana',
      'Requests submitted on the basis of the individual plan',
    ),
    definition: text(
      'Numri i referimeve të dërguara brenda periudhës për një shërbim të planit individual (PIR/PII).',
      'Broj upućivanja poslatih u periodu za uslugu iz individualnog plana (IPR/IPI).',
      'Number of referrals sent in the period for a service of the individual plan (PIR/PII).',
    ),
    unit: 'count',
    numerator: {
      label: text('referime nga plani', 'upućivanja iz plana', 'referrals from the plan'),
      source: 'referrals',
      where: [{ field: 'from_plan', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'referrals.cases_referred',
    title: text('Raste të referuara', 'Upućeni slučajevi', 'Cases referred'),
    definition: text(
      'Numri i rasteve me së paku një referim të dërguar brenda periudhës (çdo rast numërohet një herë).',
      'Broj slučajeva sa najmanje jednim upućivanjem poslatim u periodu (svaki slučaj se računa jednom).',
      'Number of cases with at least one referral sent in the period (each case counted once).',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të referuara', 'upućeni slučajevi', 'cases referred'),
      source: 'referrals',
      distinct: 'case_id',
    },
    denominator: null,
  },
  {
    key: 'referrals.persons_referred',
    title: text('Persona të referuar', 'Upućena lica', 'Persons referred'),
    definition: text(
      `Numri i personave të referuar te cilido institucion brenda periudhës${once.sq}`,
      `Broj lica upućenih bilo kojoj instituciji u periodu${once.sr}`,
      `Number of persons referred to any institution in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('persona të referuar', 'upućena lica', 'persons referred'),
      source: 'referrals',
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'referrals.cases_to_municipal',
    title: text(
      'Raste të referuara te drejtoritë komunale',
      'Slučajevi upućeni opštinskim direkcijama',
      'Cases referred to municipal directorates',
    ),
    definition: text(
      `Numri i rasteve me së paku një referim te një drejtori, zyrë ose qendër komunale (${municipalList.sq}) të dërguar brenda periudhës (çdo rast numërohet një herë).`,
      `Broj slučajeva sa najmanje jednim upućivanjem opštinskoj direkciji, kancelariji ili centru (${municipalList.sr}) poslatim u periodu (svaki slučaj se računa jednom).`,
      `Number of cases with at least one referral to a municipal directorate, office or centre (${municipalList.en}) sent in the period (each case counted once).`,
    ),
    unit: 'count',
    numerator: {
      label: text('raste të referuara', 'upućeni slučajevi', 'cases referred'),
      source: 'referrals',
      where: [{ field: 'destination_type', op: 'in', values: MUNICIPAL_TYPES }],
      distinct: 'case_id',
    },
    denominator: null,
  },
  {
    key: 'referrals.persons_to_municipal',
    title: text(
      'Persona të referuar te drejtoritë komunale',
      'Lica upućena opštinskim direkcijama',
      'Persons referred to municipal directorates',
    ),
    definition: text(
      `Numri i personave të referuar te një drejtori, zyrë ose qendër komunale (${municipalList.sq}) brenda periudhës${once.sq}`,
      `Broj lica upućenih opštinskoj direkciji, kancelariji ili centru (${municipalList.sr}) u periodu${once.sr}`,
      `Number of persons referred to a municipal directorate, office or centre (${municipalList.en}) in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('persona të referuar', 'upućena lica', 'persons referred'),
      source: 'referrals',
      where: [{ field: 'destination_type', op: 'in', values: MUNICIPAL_TYPES }],
      distinct: 'person_id',
    },
    denominator: null,
  },
  referredTo('ZGJC', 'civil_registry', {
    sqTitle: 'ZGJC',
    sq: 'Zyrën e Gjendjes Civile (ZGJC)',
    srTitle: 'službi civilnog statusa',
    sr: 'službi civilnog statusa (ZGJC)',
    enTitle: 'the civil registry',
    en: 'the Civil Registry Office (ZGJC)',
  }),
  referredTo('QPS', 'social_work', {
    sqTitle: 'QPS',
    sq: 'Qendrën për Punë Sociale (QPS)',
    srTitle: 'centru za socijalni rad',
    sr: 'centru za socijalni rad (QPS)',
    enTitle: 'the social work centre',
    en: 'the Centre for Social Work (QPS)',
  }),
  referredTo('ZP', 'employment', {
    sqTitle: 'Zyrën e Punësimit',
    sq: 'Zyrën e Punësimit (ZP)',
    srTitle: 'kancelariji za zapošljavanje',
    sr: 'kancelariji za zapošljavanje (ZP)',
    enTitle: 'the employment office',
    en: 'the Employment Office (ZP)',
  }),
  referredTo('DKA', 'education', {
    sqTitle: 'DKA',
    sq: 'Drejtorinë Komunale të Arsimit (DKA)',
    srTitle: 'opštinskoj direkciji za obrazovanje',
    sr: 'opštinskoj direkciji za obrazovanje (DKA)',
    enTitle: 'the education directorate',
    en: 'the Municipal Education Directorate (DKA)',
  }),
  referredTo('QAP', 'vocational_training', {
    sqTitle: 'QAP',
    sq: 'Qendrën e Aftësimit Profesional (QAP)',
    srTitle: 'centru za stručno osposobljavanje',
    sr: 'centru za stručno osposobljavanje (QAP)',
    enTitle: 'vocational training',
    en: 'the Vocational Training Centre (QAP)',
  }),
  referredTo('DSHMS', 'health', {
    sqTitle: 'DSHMS',
    sq: 'Drejtorinë e Shëndetësisë dhe Mirëqenies Sociale (DSHMS)',
    srTitle: 'direkciji za zdravstvo i socijalnu zaštitu',
    sr: 'direkciji za zdravstvo i socijalnu zaštitu (DSHMS)',
    enTitle: 'the health directorate',
    en: 'the Directorate of Health and Social Welfare (DSHMS)',
  }),
  referredTo('NGO', 'ngo', {
    sqTitle: 'OJQ',
    sq: 'organizatat joqeveritare',
    srTitle: 'nevladinim organizacijama',
    sr: 'nevladinim organizacijama',
    enTitle: 'NGOs',
    en: 'non-governmental organisations',
  }),
  referredTo('POLICE', 'police', {
    sqTitle: 'Policinë e Kosovës',
    sq: 'stacionin e Policisë së Kosovës',
    srTitle: 'Kosovskoj policiji',
    sr: 'stanici Kosovske policije',
    enTitle: 'the police',
    en: 'a Kosovo Police station',
  }),
  {
    key: 'referrals.answered_within_14_days',
    title: text(
      'Referime të përgjigjura brenda 14 ditëve',
      'Upućivanja sa odgovorom u roku od 14 dana',
      'Referrals answered within 14 days',
    ),
    definition: text(
      'Përqindja e referimeve të dërguara brenda periudhës të cilave institucioni pritës u është përgjigjur (i ka pranuar ose refuzuar) brenda 14 ditëve.',
      'Procenat upućivanja poslatih u periodu na koja je institucija primalac odgovorila (prihvatila ih ili odbila) u roku od 14 dana.',
      'Share of the referrals sent in the period that the receiving institution answered (accepted or declined) within 14 days.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'referime të përgjigjura brenda 14 ditëve',
        'upućivanja sa odgovorom u roku',
        'referrals answered in time',
      ),
      source: 'referrals',
      where: [{ field: 'answered_within_14_days', op: 'is', value: true }],
    },
    denominator: {
      label: text('referime të dërguara', 'poslata upućivanja', 'referrals sent'),
      source: 'referrals',
    },
  },
  // ---- monitoring and closure ----
  {
    key: 'monitoring.last_month',
    title: text(
      'Raste të monitoruara në muajin e fundit',
      'Slučajevi praćeni u poslednjem mesecu',
      'Cases monitored in the last month',
    ),
    definition: text(
      'Përqindja e rasteve të hapura me plan individual të miratuar në ditën e fundit të periudhës, për të cilat është regjistruar monitorimi i muajit të fundit të periudhës.',
      'Procenat otvorenih slučajeva sa odobrenim individualnim planom poslednjeg dana perioda za koje je evidentirano praćenje za poslednji mesec perioda.',
      'Share of the cases open with an approved individual plan on the last day of the period that have a monitoring entry for the last month of the period.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste të monitoruara', 'praćeni slučajevi', 'cases monitored'),
      source: 'open_cases',
      where: [
        { field: 'plan_approved', op: 'is', value: true },
        { field: 'monitored_last_month', op: 'is', value: true },
      ],
    },
    denominator: {
      label: text(
        'raste të hapura me plan të miratuar',
        'otvoreni slučajevi sa odobrenim planom',
        'open cases with an approved plan',
      ),
      source: 'open_cases',
      where: [{ field: 'plan_approved', op: 'is', value: true }],
    },
  },
  {
    key: 'monitoring.entries',
    title: text(
      'Raporte mujore të monitorimit',
      'Mesečni izveštaji o praćenju',
      'Monthly monitoring reports',
    ),
    definition: text(
      'Numri i regjistrimeve mujore të monitorimit (një për rast dhe muaj) për muajt brenda periudhës.',
      'Broj mesečnih unosa praćenja (jedan po slučaju i mesecu) za mesece u periodu.',
      'Number of monthly monitoring entries (one per case and month) for the months within the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raporte mujore', 'mesečni izveštaji', 'monthly reports'),
      source: 'monitoring',
    },
    denominator: null,
  },
  {
    key: 'monitoring.received_nothing',
    title: text(
      'Familje të monitoruara që nuk kanë marrë asgjë',
      'Praćene porodice koje nisu ništa primile',
      'Monitored families who received nothing',
    ),
    definition: text(
      'Përqindja e rasteve të monitoruara brenda periudhës që kanë së paku një muaj pa asnjë shërbim apo përfitim, nga të gjitha rastet e monitoruara.',
      'Procenat slučajeva praćenih u periodu koji imaju najmanje jedan mesec bez ijedne usluge ili pomoći, od svih praćenih slučajeva.',
      'Share of the cases monitored in the period with at least one month in which they received no service or benefit, of all cases monitored.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'raste që nuk kanë marrë asgjë',
        'slučajevi koji nisu ništa primili',
        'cases that received nothing',
      ),
      source: 'monitoring',
      where: [{ field: 'received_nothing', op: 'is', value: true }],
      distinct: 'case_id',
    },
    denominator: {
      label: text('raste të monitoruara', 'praćeni slučajevi', 'cases monitored'),
      source: 'monitoring',
      distinct: 'case_id',
    },
  },
  {
    key: 'closures.count',
    title: text('Raste të mbyllura', 'Zatvoreni slučajevi', 'Cases closed'),
    definition: text(
      'Numri i rasteve të mbyllura në sistem me vlerësim përfundimtar brenda periudhës; rastet e rihapura më vonë nuk numërohen.',
      'Broj slučajeva zatvorenih u sistemu sa završnom procenom u periodu; kasnije ponovo otvoreni slučajevi se ne računaju.',
      'Number of cases closed in the system with a final evaluation in the period; cases reopened later are not counted.',
    ),
    unit: 'count',
    numerator: { label: closed, source: 'closures' },
    denominator: null,
  },
  {
    key: 'closures.sustainable',
    title: text(
      'Raste të mbyllura me riintegrim të qëndrueshëm',
      'Slučajevi zatvoreni uz održivu reintegraciju',
      'Cases closed as sustainable reintegration',
    ),
    definition: text(
      'Përqindja e rasteve të mbyllura brenda periudhës me rezultatin „riintegrim i qëndrueshëm”, nga të gjitha rastet e mbyllura.',
      'Procenat slučajeva zatvorenih u periodu sa ishodom „održiva reintegracija”, od svih zatvorenih slučajeva.',
      'Share of the cases closed in the period with the outcome "sustainable reintegration", of all cases closed.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'raste me riintegrim të qëndrueshëm',
        'slučajevi sa održivom reintegracijom',
        'cases of sustainable reintegration',
      ),
      source: 'closures',
      where: [{ field: 'outcome', op: 'eq', value: 'sustainable_reintegration' }],
    },
    denominator: { label: closed, source: 'closures' },
  },
  {
    key: 'closures.re_emigrated',
    title: text(
      'Raste të mbyllura për shkak të riemigrimit',
      'Slučajevi zatvoreni zbog ponovnog iseljenja',
      'Cases closed because the family re-emigrated',
    ),
    definition: text(
      'Përqindja e rasteve të mbyllura brenda periudhës sepse familja ka emigruar përsëri, nga të gjitha rastet e mbyllura.',
      'Procenat slučajeva zatvorenih u periodu zato što se porodica ponovo iselila, od svih zatvorenih slučajeva.',
      'Share of the cases closed in the period because the family emigrated again, of all cases closed.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste të riemigruara', 'slučajevi ponovnog iseljenja', 'cases re-emigrated'),
      source: 'closures',
      where: [{ field: 'outcome', op: 'eq', value: 're_emigrated' }],
    },
    denominator: { label: closed, source: 'closures' },
  },
  // ---- certificates, documents and the system ----
  {
    key: 'certificates.persons',
    title: text(
      'Persona të pajisur me vërtetim të riatdhesimit',
      'Lica kojima je izdata potvrda o repatrijaciji',
      'Persons issued a certificate of repatriation',
    ),
    definition: text(
      `Numri i personave të cilëve ZKKK u ka lëshuar vërtetim të riatdhesimit brenda periudhës${once.sq}`,
      `Broj lica kojima je opštinska kancelarija za zajednice i povratak izdala potvrdu o repatrijaciji u periodu${once.sr}`,
      `Number of persons to whom the ZKKK issued a certificate of repatriation in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('persona me vërtetim', 'lica sa potvrdom', 'persons certified'),
      source: 'certificates',
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'documents.uploaded',
    title: text('Dokumente të ngarkuara', 'Otpremljeni dokumenti', 'Documents uploaded'),
    definition: text(
      'Numri i dokumenteve të skanuara të ngarkuara në sistem brenda periudhës, përfshirë përmirësimet.',
      'Broj skeniranih dokumenata otpremljenih u sistem u periodu, uključujući ispravke.',
      'Number of scanned documents uploaded to the system in the period, corrections included.',
    ),
    unit: 'count',
    numerator: { label: text('dokumente', 'dokumenti', 'documents'), source: 'documents' },
    denominator: null,
  },
  {
    key: 'documents.corrected',
    title: text('Dokumente të përmirësuara', 'Ispravljeni dokumenti', 'Corrected documents'),
    definition: text(
      'Numri i dokumenteve të ngarkuara brenda periudhës si përmirësim i një dokumenti të mëparshëm (versioni 2 e tutje).',
      'Broj dokumenata otpremljenih u periodu kao ispravka ranijeg dokumenta (verzija 2 i dalje).',
      'Number of documents uploaded in the period as a correction of an earlier one (revision 2 onwards).',
    ),
    unit: 'count',
    numerator: {
      label: text('dokumente të përmirësuara', 'ispravljeni dokumenti', 'corrected documents'),
      source: 'documents',
      where: [{ field: 'is_correction', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'corrections.all',
    title: text(
      'Përmirësime dhe plotësime në sistem',
      'Ispravke i dopune u sistemu',
      'Corrections and completions in the system',
    ),
    definition: text(
      'Numri i përmirësimeve të bëra brenda periudhës: versione të reja të formularëve dhe të dokumenteve të ngarkuara.',
      'Broj ispravki unetih u periodu: nove verzije obrazaca i otpremljenih dokumenata.',
      'Number of corrections made in the period: new revisions of forms and of uploaded documents.',
    ),
    unit: 'count',
    numerator: { label: text('përmirësime', 'ispravke', 'corrections'), source: 'corrections' },
    denominator: null,
  },
  {
    key: 'institutions.connected',
    title: text(
      'Drejtori dhe zyra komunale të lidhura me sistemin',
      'Opštinske direkcije i kancelarije povezane sa sistemom',
      'Municipal directorates and offices connected to the system',
    ),
    definition: text(
      `Përqindja e drejtorive, zyrave dhe qendrave komunale aktive (${municipalList.sq}) që kanë së paku një përdorues aktiv në sistem; gjendja në ditën e fundit të periudhës.`,
      `Procenat aktivnih opštinskih direkcija, kancelarija i centara (${municipalList.sr}) koji imaju najmanje jednog aktivnog korisnika u sistemu; stanje poslednjeg dana perioda.`,
      `Share of the active municipal directorates, offices and centres (${municipalList.en}) with at least one active user in the system, as of the last day of the period.`,
    ),
    unit: 'percent',
    numerator: {
      label: text('të lidhura me sistemin', 'povezane sa sistemom', 'connected to the system'),
      source: 'institutions',
      where: [
        { field: 'type', op: 'in', values: MUNICIPAL_TYPES },
        { field: 'connected', op: 'is', value: true },
      ],
    },
    denominator: {
      label: text(
        'drejtori dhe zyra komunale',
        'opštinske direkcije i kancelarije',
        'municipal directorates and offices',
      ),
      source: 'institutions',
      where: [{ field: 'type', op: 'in', values: MUNICIPAL_TYPES }],
    },
  },
];

/** The shipped definitions, validated once when the module loads. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  ...SHIPPED,
  ...REQUEST_DEFINITIONS,
  ...BENEFIT_DEFINITIONS,
  ...CARE_DEFINITIONS,
].map((definition) => indicatorDefinitionSchema.parse(definition));

const BY_KEY = new Map(INDICATOR_DEFINITIONS.map((definition) => [definition.key, definition]));

export function findIndicatorDefinition(key: string): IndicatorDefinition | undefined {
  return BY_KEY.get(key);
}
