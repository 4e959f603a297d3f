import { pick } from '../cases/plan.js';

// What the demo's requests ask for, how much, and the words of their decisions: invented but
// plausible for a returnee family in Kosovo (amounts in EUR, as the municipalities pay them).
// In Albanian, as the case managers and commissions of Kaçanik, Peja and Gjilan write them.

export type Applicant = 'head' | 'adult' | 'child';

export interface SchemeStory {
  code: string;
  /** How often the scheme comes up, relative to the others. */
  weight: number;
  applicant: Applicant;
  /** The amount asked, or null for help in kind (a school place, legal aid, a plot). */
  amount: ((rand: () => number) => number) | null;
  descriptions: readonly string[];
}

const round = (value: number, step: number) => Math.round(value / step) * step;
const range = (min: number, max: number, step: number) => (rand: () => number) =>
  round(min + rand() * (max - min), step);

/** The schemes the demo files, with who asks and for how much. */
export const SCHEME_STORIES: readonly SchemeStory[] = [
  {
    code: 'reconstruction',
    weight: 4,
    applicant: 'head',
    amount: range(8_500, 17_500, 50),
    descriptions: [
      'Rindërtimi i shtëpisë familjare: kulmi është shembur dhe dy dhoma janë të papërdorshme që kur familja u largua.',
      'Rindërtimi i përdhesës së shtëpisë, e cila u dogj ndërsa familja ishte jashtë vendit.',
      'Rindërtimi i shtëpisë në parcelën familjare; muret janë plasaritur pas shumë vitesh pa mirëmbajtje.',
    ],
  },
  {
    code: 'renovation',
    weight: 6,
    applicant: 'head',
    amount: range(2_400, 6_800, 50),
    descriptions: [
      'Tjegulla të reja, dritare dhe dyer; në shtëpi hyn shiu dhe të ftohtit.',
      'Riparimi i banjës dhe i instalimit elektrik, i cili nuk është i sigurt.',
      'Izolimi i mureve dhe një sobë e re për ngrohje para dimrit.',
    ],
  },
  {
    code: 'furnishing',
    weight: 6,
    applicant: 'head',
    amount: range(1_100, 2_900, 50),
    descriptions: [
      'Shtretër, dyshekë, një gardërobë dhe pajisje kuzhine për një familje me pesë anëtarë.',
      'Mobilie bazë dhe një sobë me dru: familja është kthyer vetëm me dy valixhe.',
      'Mobilie kuzhine, frigorifer dhe makinë larëse për shtëpinë e renovuar.',
    ],
  },
  {
    code: 'rent_reintegration_fund',
    weight: 4,
    applicant: 'head',
    amount: (rand) => 6 * range(110, 180, 10)(rand),
    descriptions: [
      'Qiraja për gjashtë muaj, derisa të riparohet shtëpia familjare.',
      'Qiraja e një banese me dy dhoma për gjashtë muaj; familja nuk ka shtëpi në pronësi.',
    ],
  },
  {
    code: 'rent_housing_bonus',
    weight: 2,
    applicant: 'head',
    amount: (rand) => 12 * range(50, 90, 5)(rand),
    descriptions: ['Bonusi komunal i banimit për mbulimin e qirasë për dymbëdhjetë muaj.'],
  },
  {
    code: 'municipal_plot',
    weight: 1,
    applicant: 'head',
    amount: null,
    descriptions: ['Ndarja e një parcele komunale për ndërtimin e shtëpisë; familja nuk ka tokë në pronësi.'],
  },
  {
    code: 'free_legal_aid',
    weight: 2,
    applicant: 'adult',
    amount: null,
    descriptions: [
      'Ndihmë juridike në procedurën trashëgimore për shtëpinë familjare.',
      'Ndihmë juridike për regjistrimin e pronës në kadastër.',
    ],
  },
  {
    code: 'social_assistance',
    weight: 4,
    applicant: 'head',
    amount: range(60, 140, 5),
    descriptions: ['Ndihmë sociale mujore: asnjë anëtar i familjes nuk është i punësuar.'],
  },
  {
    code: 'on_the_job_training',
    weight: 2,
    applicant: 'adult',
    amount: range(1_200, 2_100, 100),
    descriptions: [
      'Aftësim në vendin e punës si kuzhinier në një restorant vendor, gjashtë muaj me stipendë.',
      'Aftësim në vendin e punës në një servis automjetesh, gjashtë muaj me stipendë.',
    ],
  },
  {
    code: 'school_placement',
    weight: 4,
    applicant: 'child',
    amount: null,
    descriptions: [
      'Regjistrimi në shkollën fillore më të afërt, në klasën që u përgjigjet viteve të shkollimit jashtë vendit.',
      'Regjistrimi në shkollën e mesme të ulët pas tri vitesh shkollim në Gjermani.',
    ],
  },
  {
    code: 'language_course',
    weight: 3,
    applicant: 'child',
    amount: null,
    descriptions: ['Mësim plotësues i gjuhës shqipe: fëmija është shkolluar në gjuhën gjermane.'],
  },
  {
    code: 'adult_literacy',
    weight: 1,
    applicant: 'adult',
    amount: null,
    descriptions: ['Kurs mbrëmjeje për shkrim-leximin e të rriturve, në qendrën e komunitetit.'],
  },
];

export const APPROVE_REASONS: Record<string, readonly string[]> = {
  KKR: [
    'Familja i plotëson kriteret e rregullores për riintegrim: është kthyer brenda vitit të fundit, nevojat janë vlerësuar nga QPS-ja dhe nuk ka marrë mbështetje tjetër për të njëjtën nevojë.',
    'Miratohet në bazë të raportit të vlerësimit dhe të rekomandimit të menaxherit të rastit.',
  ],
  KA: [
    'Ankesa është e bazuar: vendimi i shkallës së parë nuk i ka marrë parasysh nevojat e vlerësuara të familjes.',
  ],
  default: ['Parashtruesi i plotëson kushtet e skemës; dokumentacioni është i plotë.'],
};

export const PARTLY_REASONS: readonly string[] = [
  'Kërkesa miratohet pjesërisht, deri në shumën e parallogarisë së inxhinierit komunal; pjesa tjetër nuk është e pranueshme.',
  'Kërkesa miratohet pjesërisht: familja ka marrë tashmë një pjesë të kësaj mbështetjeje nga një OJQ.',
];

export const REJECT_REASONS: readonly string[] = [
  'Kërkesa refuzohet: të ardhurat e familjes e tejkalojnë pragun e skemës.',
  'Kërkesa refuzohet: prona nuk është në pronësi apo në shfrytëzim të familjes së parashtruesit.',
  'Kërkesa refuzohet: familja ka marrë të njëjtën mbështetje gjatë tri viteve të fundit.',
];

export const APPEAL_GROUNDS: readonly string[] = [
  'Në të ardhurat e llogaritura është përfshirë një i afërm që nuk jeton në familje.',
  'Certifikata e pronësisë është lëshuar pas vendimit dhe tani bashkëngjitet.',
  'Shuma e miratuar nuk i mbulon punimet që inxhinieri i ka vlerësuar si të domosdoshme.',
];

export const UPHELD_REASONS: readonly string[] = [
  'Ankesa refuzohet si e pabazuar: vendimi i shkallës së parë i ka zbatuar drejt kriteret.',
];

export const RETURNED_REASONS: readonly string[] = [
  'Lënda kthehet për rishqyrtim: provat e reja për pronësinë duhet t’i vlerësojë organi i shkallës së parë.',
];

export const PROGRESS_NOTES: readonly string[] = [
  'Komuna e ka përzgjedhur kontraktuesin; punimet kanë filluar.',
  'Prokurimi ka përfunduar; dorëzimi është dakorduar me familjen.',
  'Punimet janë në vazhdim; inxhinieri e ka vizituar vendin e punimeve.',
];

export const MEETING_PLACE = (town: string) => `Salla e mbledhjeve e Komunës së ${town}`;

/** A waiver's reason, by requirement: what the office saw instead of a copy. */
export function waiverReason(requirement: string, rand: () => number): string {
  const reasons: Record<string, string> = {
    return_certificate: 'Certifikata e kthimit është lëshuar në Vatra; është verifikuar në rast.',
    household_certificate: 'Përbërja e familjes është verifikuar gjatë vizitës në shtëpi (FVN).',
    id_card: 'Letërnjoftimi është parë në origjinal në zyrë.',
    birth_certificate: 'Lindja është e regjistruar në regjistrin civil; ekstrakti është kërkuar nga zyra.',
    income_statement: 'Deklarata për mungesë të ardhurash është nënshkruar në zyrën e QPS-së.',
    no_property_statement: 'Komuna ka kontrolluar në kadastër: nuk ka pronë të regjistruar.',
    rent_contract: 'Kontrata e qirasë është parë në origjinal; kopja do të dorëzohet më vonë.',
    property_proof: 'Komuna e ka kontrolluar fletën poseduese në kadastër.',
    damage_assessment: 'Vlerësuar nga inxhinieri komunal gjatë vizitës në terren.',
    unemployment_certificate: 'I regjistruar si punëkërkues në zyrën e punësimit.',
    school_documents: 'Dëftesat shkollore nga jashtë janë parë në origjinal.',
    referral_note: 'Referimi është regjistruar në rast.',
    land_proof: 'Fleta poseduese nga kadastri është parë në origjinal.',
    farm_registration: 'Numri i fermës është kontrolluar në regjistrin e Ministrisë së Bujqësisë.',
  };
  return reasons[requirement] ?? pick(rand, ['Parë në origjinal në zyrë.', 'Verifikuar nga zyra.']);
}
