import type { LocalizedText } from '../config/schema.js';
import type { IndicatorDefinitionInput } from './schema.js';

// Computed indicators over the benefits register (issue 4, item 7): what persons and families
// received, by the day granted. Money amounts are not summed here: plan indicators count people
// and families, and the money goes to the plan budget (services/action-plans/budget-benefits.ts,
// spending from source "benefits"), where EUR and ALL stay apart.

const text = (sq: string, sr: string, en: string): LocalizedText => ({ sq, sr, en });

/** The schemes of a home: building, repairing, furnishing, renting, social housing, a plot. */
export const HOUSING_SCHEMES = [
  'reconstruction',
  'renovation',
  'furnishing',
  'rent_reintegration_fund',
  'rent_housing_bonus',
  'social_housing',
  'municipal_plot',
];
/** The Employment Office's active labour-market measures (the plans' MATP / AMTR). */
export const EMPLOYMENT_SCHEMES = ['self_employment_grant', 'on_the_job_training', 'vocational_training'];
const once = {
  sq: ' (çdo person numërohet një herë).',
  sr: ' (svako lice se računa jednom).',
  en: ' (each person counted once).',
};
const onceFamily = {
  sq: ' (çdo familje numërohet një herë).',
  sr: ' (svaka porodica se računa jednom).',
  en: ' (each family counted once).',
};

/** Persons (or families, or benefits) who received a benefit of some schemes, optionally returnees only. */
function benefitCount(
  key: string,
  schemes: string[],
  counted: 'person_id' | 'household_id' | null,
  returneesOnly: boolean,
  words: { title: LocalizedText; definition: LocalizedText; label: LocalizedText },
): IndicatorDefinitionInput {
  return {
    key,
    title: words.title,
    definition: words.definition,
    unit: 'count',
    numerator: {
      label: words.label,
      source: 'benefits',
      where: [
        schemes.length === 1
          ? { field: 'scheme', op: 'eq', value: schemes[0] ?? '' }
          : { field: 'scheme', op: 'in', values: schemes },
        ...(returneesOnly ? [{ field: 'kind', op: 'eq' as const, value: 'returnee' }] : []),
      ],
      ...(counted ? { distinct: counted } : {}),
    },
    denominator: null,
  };
}

export const BENEFIT_DEFINITIONS: IndicatorDefinitionInput[] = [
  {
    key: 'benefits.granted',
    title: text('Përfitime të dhëna', 'Dodeljena davanja', 'Benefits granted'),
    definition: text(
      'Numri i përfitimeve të regjistruara brenda periudhës në regjistrin e përfitimeve, për të gjitha skemat.',
      'Broj davanja upisanih u periodu u registar davanja, za sve programe.',
      'Number of benefits recorded in the benefits register in the period, all schemes.',
    ),
    unit: 'count',
    numerator: { label: text('përfitime', 'davanja', 'benefits'), source: 'benefits' },
    denominator: null,
  },
  {
    key: 'benefits.persons',
    title: text('Përfitues të skemave', 'Korisnici programa', 'Beneficiaries of schemes'),
    definition: text(
      `Numri i personave që kanë marrë një përfitim nga cilado skemë brenda periudhës${once.sq}`,
      `Broj lica koja su primila davanje iz bilo kog programa u periodu${once.sr}`,
      `Number of persons who received a benefit of any scheme in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('përfitues', 'korisnici', 'beneficiaries'),
      source: 'benefits',
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'benefits.households',
    title: text('Familje përfituese', 'Porodice korisnici', 'Families who received a benefit'),
    definition: text(
      `Numri i familjeve (ekonomive familjare) me së paku një anëtar që ka marrë përfitim brenda periudhës${onceFamily.sq}`,
      `Broj porodica (domaćinstava) sa najmanje jednim članom koji je primio davanje u periodu${onceFamily.sr}`,
      `Number of families (households) with at least one member who received a benefit in the period${onceFamily.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('familje përfituese', 'porodice korisnici', 'families benefiting'),
      source: 'benefits',
      distinct: 'household_id',
    },
    denominator: null,
  },
  benefitCount('benefits.persons_housing', HOUSING_SCHEMES, 'person_id', false, {
    title: text(
      'Persona që kanë marrë përfitim banimi',
      'Lica koja su primila stambeno davanje',
      'Persons who received a housing benefit',
    ),
    definition: text(
      `Numri i personave që kanë marrë brenda periudhës përfitim nga një skemë banimi (rindërtim, renovim ose mobilim i shtëpisë, qira, banim social, parcelë komunale)${once.sq}`,
      `Broj lica koja su u periodu primila davanje iz stambenog programa (obnova, renoviranje ili opremanje kuće, zakupnina, socijalno stanovanje, opštinska parcela)${once.sr}`,
      `Number of persons who received a benefit of a housing scheme (house reconstruction, renovation or furnishing, rent, social housing, a municipal plot) in the period${once.en}`,
    ),
    label: text('përfitues të banimit', 'korisnici stambenih davanja', 'housing beneficiaries'),
  }),
  benefitCount('benefits.employment', EMPLOYMENT_SCHEMES, null, false, {
    title: text(
      'Përfitime nga skemat e punësimit',
      'Davanja iz programa zapošljavanja',
      'Benefits of employment schemes',
    ),
    definition: text(
      'Numri i përfitimeve të dhëna brenda periudhës nga masat aktive të tregut të punës të Zyrës së Punësimit (grant për vetëpunësim, aftësim në punë, aftësim profesional).',
      'Broj davanja dodeljenih u periodu iz aktivnih mera tržišta rada Kancelarije za zapošljavanje (grant za samozapošljavanje, obuka na radnom mestu, stručno osposobljavanje).',
      'Number of benefits granted in the period under the Employment Office’s active labour-market measures (self-employment grant, on-the-job training, vocational training).',
    ),
    label: text('përfitime punësimi', 'davanja zapošljavanja', 'employment benefits'),
  }),
  benefitCount('benefits.persons_employment', EMPLOYMENT_SCHEMES, 'person_id', false, {
    title: text(
      'Të kthyer dhe të huaj që përfitojnë nga MATP',
      'Povratnici i stranci korisnici AMTR',
      'Returnees and foreigners benefiting from active labour-market measures',
    ),
    definition: text(
      `Numri i personave që kanë përfituar brenda periudhës nga masat aktive të tregut të punës (grant për vetëpunësim, aftësim në punë, aftësim profesional)${once.sq}`,
      `Broj lica koja su u periodu koristila aktivne mere tržišta rada (grant za samozapošljavanje, obuka na radnom mestu, stručno osposobljavanje)${once.sr}`,
      `Number of persons who benefited from active labour-market measures (self-employment grant, on-the-job training, vocational training) in the period${once.en}`,
    ),
    label: text('përfitues të MATP', 'korisnici AMTR', 'beneficiaries of the measures'),
  }),
  benefitCount('benefits.returnees_employment', EMPLOYMENT_SCHEMES, 'person_id', true, {
    title: text(
      'Të kthyer që përfitojnë nga MATP',
      'Povratnici korisnici AMTR',
      'Returnees benefiting from active labour-market measures',
    ),
    definition: text(
      `Numri i të kthyerve që kanë përfituar brenda periudhës nga masat aktive të tregut të punës (grant për vetëpunësim, aftësim në punë, aftësim profesional)${once.sq}`,
      `Broj povratnika koji su u periodu koristili aktivne mere tržišta rada (grant za samozapošljavanje, obuka na radnom mestu, stručno osposobljavanje)${once.sr}`,
      `Number of returnees who benefited from active labour-market measures (self-employment grant, on-the-job training, vocational training) in the period${once.en}`,
    ),
    label: text('të kthyer përfitues', 'povratnici korisnici', 'returnees benefiting'),
  }),
  benefitCount('benefits.persons_social_assistance', ['social_assistance'], 'person_id', false, {
    title: text(
      'Të kthyer dhe të huaj që marrin ndihmë sociale',
      'Povratnici i stranci koji primaju socijalnu pomoć',
      'Returnees and foreigners receiving social assistance',
    ),
    definition: text(
      `Numri i personave të cilëve u është dhënë ndihma sociale brenda periudhës${once.sq}`,
      `Broj lica kojima je u periodu dodeljena socijalna pomoć${once.sr}`,
      `Number of persons granted social assistance in the period${once.en}`,
    ),
    label: text('marrës të ndihmës sociale', 'primaoci socijalne pomoći', 'social-assistance recipients'),
  }),
  benefitCount('benefits.returnees_social_assistance', ['social_assistance'], 'person_id', true, {
    title: text(
      'Të kthyer që marrin ndihmë sociale',
      'Povratnici koji primaju socijalnu pomoć',
      'Returnees receiving social assistance',
    ),
    definition: text(
      `Numri i të kthyerve të cilëve u është dhënë ndihma sociale brenda periudhës${once.sq}`,
      `Broj povratnika kojima je u periodu dodeljena socijalna pomoć${once.sr}`,
      `Number of returnees granted social assistance in the period${once.en}`,
    ),
    label: text('të kthyer me ndihmë sociale', 'povratnici sa socijalnom pomoći', 'returnees assisted'),
  }),
  benefitCount('benefits.households_rent_bonus', ['rent_housing_bonus'], 'household_id', false, {
    title: text(
      'Familje të strehuara me qira me bonus banimi',
      'Porodice smeštene u zakup uz stambeni bonus',
      'Families accommodated in rented housing with a housing bonus',
    ),
    definition: text(
      `Numri i familjeve të cilave u është dhënë brenda periudhës qiraja me bonus banimi${onceFamily.sq}`,
      `Broj porodica kojima je u periodu dodeljena zakupnina uz stambeni bonus${onceFamily.sr}`,
      `Number of families granted rent with a housing bonus in the period${onceFamily.en}`,
    ),
    label: text('familje me bonus banimi', 'porodice sa stambenim bonusom', 'families with a rent bonus'),
  }),
  benefitCount('benefits.returnee_households_social_housing', ['social_housing'], 'household_id', true, {
    title: text(
      'Familje të kthyera që përfitojnë banim social',
      'Porodice povratnika korisnici socijalnog stanovanja',
      'Returned families benefiting from social housing',
    ),
    definition: text(
      `Numri i familjeve të riatdhesuara të cilave u është dhënë banim social brenda periudhës${onceFamily.sq}`,
      `Broj porodica povratnika kojima je u periodu dodeljeno socijalno stanovanje${onceFamily.sr}`,
      `Number of returnee families granted social housing in the period${onceFamily.en}`,
    ),
    label: text('familje në banim social', 'porodice u socijalnom stanu', 'families in social housing'),
  }),
  benefitCount('benefits.persons_agricultural_grant', ['agricultural_grant'], 'person_id', false, {
    title: text(
      'Të kthyer dhe të huaj që kanë marrë grante bujqësore',
      'Povratnici i stranci koji su primili poljoprivredne grantove',
      'Returnees and foreigners who received agricultural grants',
    ),
    definition: text(
      `Numri i personave të cilëve u është dhënë grant bujqësor ose mjete të subvencionuara brenda periudhës${once.sq}`,
      `Broj lica kojima je u periodu dodeljen poljoprivredni grant ili subvencionisani alati${once.sr}`,
      `Number of persons granted an agricultural grant or subsidised tools in the period${once.en}`,
    ),
    label: text('përfitues të grantit bujqësor', 'korisnici poljoprivrednog granta', 'grant recipients'),
  }),
  benefitCount('benefits.returnees_agricultural_grant', ['agricultural_grant'], 'person_id', true, {
    title: text(
      'Të kthyer që kanë marrë grante bujqësore',
      'Povratnici koji su primili poljoprivredne grantove',
      'Returnees who received agricultural grants',
    ),
    definition: text(
      `Numri i të kthyerve të cilëve u është dhënë grant bujqësor ose mjete të subvencionuara brenda periudhës${once.sq}`,
      `Broj povratnika kojima je u periodu dodeljen poljoprivredni grant ili subvencionisani alati${once.sr}`,
      `Number of returnees granted an agricultural grant or subsidised tools in the period${once.en}`,
    ),
    label: text('të kthyer me grant bujqësor', 'povratnici sa grantom', 'returnees with a grant'),
  }),
  benefitCount('benefits.persons_vocational_training', ['vocational_training'], 'person_id', false, {
    title: text(
      'Përfitues të skemave të aftësimit profesional',
      'Korisnici programa stručnog osposobljavanja',
      'Beneficiaries of vocational-training schemes',
    ),
    definition: text(
      `Numri i personave që kanë përfituar aftësim profesional brenda periudhës${once.sq}`,
      `Broj lica koja su u periodu dobila stručno osposobljavanje${once.sr}`,
      `Number of persons who received vocational training in the period${once.en}`,
    ),
    label: text('përfitues të aftësimit', 'polaznici osposobljavanja', 'trainees'),
  }),
  benefitCount('benefits.persons_literacy', ['adult_literacy'], 'person_id', false, {
    title: text(
      'Përfitues të skemës së alfabetizimit',
      'Korisnici programa opismenjavanja',
      'Beneficiaries of the literacy scheme',
    ),
    definition: text(
      `Numri i personave të rritur të përfshirë në alfabetizim brenda periudhës${once.sq}`,
      `Broj odraslih lica uključenih u opismenjavanje u periodu${once.sr}`,
      `Number of adults enrolled in literacy learning in the period${once.en}`,
    ),
    label: text('përfitues të alfabetizimit', 'polaznici opismenjavanja', 'literacy learners'),
  }),
];
