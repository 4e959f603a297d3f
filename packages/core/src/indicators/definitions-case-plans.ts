import type { IndicatorDefinitionInput } from './schema.js';
import { text, casesRegistered } from './definitions-labels.js';

// The shipped computed indicators of individual plans and case managers (definitions.ts gathers
// all of them): plans drafted and approved, managers appointed, their decisions.

export const CASE_PLAN_DEFINITIONS: IndicatorDefinitionInput[] = [
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
];
