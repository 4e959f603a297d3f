import type { LocalizedText } from '../config/schema.js';
import type { IndicatorCountSide, IndicatorDefinitionInput } from './schema.js';

// Computed indicators over requests for support schemes (issue 4, item 7), counted by the day a
// request was submitted, its later steps "to date" (decided, appealed, carried out by now). The
// benefits register has its own file (definitions-benefits.ts).

const text = (sq: string, sr: string, en: string): LocalizedText => ({ sq, sr, en });
type Side = Omit<IndicatorCountSide, 'where'> & { where?: IndicatorCountSide['where'] };

/** The KKR's scheme of house reconstruction, renovation and furnishing. */
const KKR_HOUSE_SCHEMES = ['reconstruction', 'renovation', 'furnishing'];

const decided: Side = {
  label: text('kërkesa të vendosura', 'rešeni zahtevi', 'requests decided'),
  source: 'requests',
  where: [{ field: 'decided', op: 'is', value: true }],
};
const appealDecided: Side = {
  label: text('ankesa të vendosura', 'rešene žalbe', 'appeals decided'),
  source: 'requests',
  where: [{ field: 'appeal_decided', op: 'is', value: true }],
};

export const REQUEST_DEFINITIONS: IndicatorDefinitionInput[] = [
  // ---- requests ----
  {
    key: 'requests.submitted',
    title: text('Kërkesa të dorëzuara', 'Podneti zahtevi', 'Requests submitted'),
    definition: text(
      'Numri i kërkesave për skema mbështetëse të dorëzuara brenda periudhës, për të gjitha skemat.',
      'Broj zahteva za programe podrške podnetih u periodu, za sve programe.',
      'Number of requests for support schemes submitted in the period, all schemes.',
    ),
    unit: 'count',
    numerator: { label: text('kërkesa', 'zahtevi', 'requests'), source: 'requests' },
    denominator: null,
  },
  {
    key: 'requests.decided_within_deadline',
    title: text(
      'Kërkesa të vendosura brenda afatit ligjor',
      'Zahtevi rešeni u zakonskom roku',
      'Requests decided within the legal deadline',
    ),
    definition: text(
      'Përqindja e kërkesave të dorëzuara brenda periudhës dhe të vendosura deri më sot, për të cilat vendimi i parë është marrë brenda afatit ligjor të skemës, nga të gjitha kërkesat e vendosura.',
      'Procenat zahteva podnetih u periodu i rešenih do danas, o kojima je prva odluka doneta u zakonskom roku programa, od svih rešenih zahteva.',
      'Share of the requests submitted in the period and decided by now whose first decision was made within the scheme’s legal deadline, of all those decided.',
    ),
    unit: 'percent',
    numerator: {
      label: text('vendosura brenda afatit', 'rešeni u roku', 'decided within the deadline'),
      source: 'requests',
      where: [
        { field: 'decided', op: 'is', value: true },
        { field: 'decided_within_deadline', op: 'is', value: true },
      ],
    },
    denominator: decided,
  },
  {
    key: 'requests.approved',
    title: text('Kërkesa të miratuara', 'Odobreni zahtevi', 'Requests approved'),
    definition: text(
      'Përqindja e kërkesave të dorëzuara brenda periudhës dhe të vendosura deri më sot, vendimi i fundit i të cilave i miraton plotësisht ose pjesërisht, nga të gjitha kërkesat e vendosura.',
      'Procenat zahteva podnetih u periodu i rešenih do danas koje poslednja odluka odobrava u celini ili delimično, od svih rešenih zahteva.',
      'Share of the requests submitted in the period and decided by now whose latest decision approves them fully or in part, of all those decided.',
    ),
    unit: 'percent',
    numerator: {
      label: text('kërkesa të miratuara', 'odobreni zahtevi', 'requests approved'),
      source: 'requests',
      where: [
        { field: 'decided', op: 'is', value: true },
        { field: 'outcome', op: 'in', values: ['approved', 'partly_approved'] },
      ],
    },
    denominator: decided,
  },
  {
    key: 'requests.appealed',
    title: text('Vendime të ankimuara', 'Odluke na koje je izjavljena žalba', 'Decisions appealed'),
    definition: text(
      'Përqindja e kërkesave të dorëzuara brenda periudhës dhe të vendosura deri më sot, kundër vendimit të të cilave është paraqitur ankesë, nga të gjitha kërkesat e vendosura.',
      'Procenat zahteva podnetih u periodu i rešenih do danas na čiju je odluku izjavljena žalba, od svih rešenih zahteva.',
      'Share of the requests submitted in the period and decided by now whose decision was appealed, of all those decided.',
    ),
    unit: 'percent',
    numerator: {
      label: text('kërkesa të ankimuara', 'zahtevi sa žalbom', 'requests appealed'),
      source: 'requests',
      where: [
        { field: 'decided', op: 'is', value: true },
        { field: 'appealed', op: 'is', value: true },
      ],
    },
    denominator: decided,
  },
  {
    key: 'requests.appeals_upheld',
    title: text(
      'Ankesa në të cilat vendimi u la në fuqi',
      'Žalbe po kojima je odluka potvrđena',
      'Appeals in which the decision was upheld',
    ),
    definition: text(
      'Përqindja e kërkesave të dorëzuara brenda periudhës, ankesën e të cilave Komisioni i Ankesave e ka vendosur deri më sot duke e lënë në fuqi vendimin e ankimuar, nga të gjitha kërkesat me ankesë të vendosur.',
      'Procenat zahteva podnetih u periodu o čijoj je žalbi Komisija za žalbe do danas odlučila potvrđivanjem osporene odluke, od svih zahteva sa rešenom žalbom.',
      'Share of the requests submitted in the period whose appeal the Appeals Commission has decided by now by upholding the contested decision, of all requests with an appeal decided.',
    ),
    unit: 'percent',
    numerator: {
      label: text('vendimi u la në fuqi', 'odluka potvrđena', 'decision upheld'),
      source: 'requests',
      where: [
        { field: 'appeal_decided', op: 'is', value: true },
        { field: 'appeal_outcome', op: 'eq', value: 'upheld' },
      ],
    },
    denominator: appealDecided,
  },
  {
    key: 'requests.social_housing_returnees',
    title: text(
      'Kërkesa të të kthyerve për banim social',
      'Zahtevi povratnika za socijalno stanovanje',
      'Requests from returnees for social housing',
    ),
    definition: text(
      'Numri i kërkesave për banim social të dorëzuara brenda periudhës për anëtarë të familjeve të riatdhesuara.',
      'Broj zahteva za socijalno stanovanje podnetih u periodu za članove porodica povratnika.',
      'Number of requests for social housing submitted in the period for members of returnee families.',
    ),
    unit: 'count',
    numerator: {
      label: text(
        'kërkesa për banim social',
        'zahtevi za socijalno stanovanje',
        'requests for social housing',
      ),
      source: 'requests',
      where: [
        { field: 'scheme', op: 'eq', value: 'social_housing' },
        { field: 'kind', op: 'eq', value: 'returnee' },
      ],
    },
    denominator: null,
  },
  {
    key: 'requests.house_scheme_to_kkr',
    title: text(
      'Dosje të dërguara në KKR për rindërtim, renovim ose mobilim',
      'Predmeti upućeni KKR za obnovu, renoviranje ili opremanje kuće',
      'Files submitted to the KKR for house reconstruction, renovation or furnishing',
    ),
    definition: text(
      'Numri i kërkesave për rindërtimin, renovimin ose mobilimin e shtëpisë të dorëzuara brenda periudhës për shqyrtim në Komisionin Komunal për Riintegrim (KKR).',
      'Broj zahteva za obnovu, renoviranje ili opremanje kuće podnetih u periodu na razmatranje Opštinskoj komisiji za reintegraciju (KKR).',
      'Number of requests for house reconstruction, renovation or furnishing submitted in the period for review by the Municipal Reintegration Commission (KKR).',
    ),
    unit: 'count',
    numerator: {
      label: text('dosje për KKR', 'predmeti za KKR', 'files for the KKR'),
      source: 'requests',
      where: [{ field: 'scheme', op: 'in', values: KKR_HOUSE_SCHEMES }],
    },
    denominator: null,
  },
];
