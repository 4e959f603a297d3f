import type { IndicatorDefinitionInput } from './schema.js';
import { text, casesRegistered, vulnerableFamilies } from './definitions-labels.js';

// The shipped computed indicators of the 72-hour visit and the needs assessment (definitions.ts
// gathers all of them): visits made in time, the FVN and anamnesis forms entered.

const allFamilies = text(
  'familje të kthyera ose me status të dhënë',
  'porodice vraćene ili sa dobijenim statusom',
  'families returned or granted status',
);

export const ASSESSMENT_DEFINITIONS: IndicatorDefinitionInput[] = [
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
];
