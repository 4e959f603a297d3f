// Demo users: invented people in real places. One per role in Kaçanik, Peja, Gjilan and Pukë,
// plus national ones; in each Kosovo municipality the KKR has three members and a secretary and
// the Appeals Commission three members, so a meeting can reach its quorum. The README's table
// lists the same usernames.
export const DEMO_PASSWORD = 'vatra-demo-2026';

export interface DemoUser {
  username: string;
  fullName: string;
  institution: string;
  roles: string[];
  locale: 'sq' | 'sr' | 'en';
}

const municipal = (
  place: string,
  code: string,
  people: Record<string, [string, 'sq' | 'sr']>,
): DemoUser[] => {
  const rows: [string, string, string[]][] = [
    ['zkkk', `ZKKK-${code}`, ['zkkk_officer']],
    ['qps', `QPS-${code}`, ['qps_social_worker']],
    ['cm', `QPS-${code}`, ['case_manager']],
    ['kkr', `KKR-${code}`, ['kkr_member']],
    ['kkr2', `KKR-${code}`, ['kkr_member']],
    ['kkr3', `KKR-${code}`, ['kkr_member']],
    // The secretary is a KKR member too; "secretary" is their role in each meeting.
    ['kkrsek', `KKR-${code}`, ['kkr_member']],
    ['ka', `KA-${code}`, ['appeals_member']],
    ['ka2', `KA-${code}`, ['appeals_member']],
    ['ka3', `KA-${code}`, ['appeals_member']],
    ['zp', `ZP-${code}`, ['institution_officer']],
    ['dka', `DKA-${code}`, ['institution_officer']],
    // Decides the municipality's own schemes (housing bonus, social housing, plots, legal aid,
    // agricultural grants).
    ['mun', `MUN-${code}`, ['institution_officer']],
    ['plan', `MUN-${code}`, ['plan_coordinator']],
  ];
  return rows.map(([prefix, institution, roles]) => {
    const [fullName, locale] = people[prefix] ?? ['', 'sq'];
    return { username: `${prefix}.${place}`, fullName, institution, roles, locale };
  });
};

export const DEMO_USERS: DemoUser[] = [
  ...municipal('kacanik', 'XK-KAC', {
    zkkk: ['Arben Krasniqi', 'sq'],
    qps: ['Valbona Gashi', 'sq'],
    cm: ['Ilir Bajrami', 'sq'],
    kkr: ['Shpresa Hyseni', 'sq'],
    kkr2: ['Besarta Hajdari', 'sq'],
    kkr3: ['Agim Sopi', 'sq'],
    kkrsek: ['Fitore Luma', 'sq'],
    ka: ['Fatmir Rexhepi', 'sq'],
    ka2: ['Burim Jashari', 'sq'],
    ka3: ['Mirlinda Vitija', 'sq'],
    zp: ['Lirije Morina', 'sq'],
    dka: ['Nazmi Ibishi', 'sq'],
    mun: ['Qëndrim Shabani', 'sq'],
    plan: ['Besnik Sahiti', 'sq'],
  }),
  ...municipal('peja', 'XK-PEJ', {
    zkkk: ['Mimoza Berisha', 'sq'],
    qps: ['Ardian Kelmendi', 'sq'],
    cm: ['Teuta Gjoni', 'sq'],
    kkr: ['Driton Shala', 'sq'],
    kkr2: ['Arta Lushaj', 'sq'],
    kkr3: ['Gëzim Nimani', 'sq'],
    kkrsek: ['Donika Zeqiri', 'sq'],
    ka: ['Elvira Ademi', 'sq'],
    ka2: ['Fisnik Haxhaj', 'sq'],
    ka3: ['Liridona Kastrati', 'sq'],
    zp: ['Muhamet Lajçi', 'sq'],
    dka: ['Hana Nikçi', 'sq'],
    mun: ['Bekim Kuçi', 'sq'],
    plan: ['Blerta Rugova', 'sq'],
  }),
  ...municipal('gjilan', 'XK-GJL', {
    zkkk: ['Dragan Jovanović', 'sr'],
    qps: ['Milica Stojanović', 'sr'],
    cm: ['Nexhmije Rama', 'sq'],
    kkr: ['Nenad Petrović', 'sr'],
    kkr2: ['Vesna Đorđević', 'sr'],
    kkr3: ['Arianit Sylejmani', 'sq'],
    kkrsek: ['Marija Ilić', 'sr'],
    ka: ['Lulzim Osmani', 'sq'],
    ka2: ['Zoran Stojković', 'sr'],
    ka3: ['Fatime Hasani', 'sq'],
    zp: ['Gordana Nikolić', 'sr'],
    dka: ['Jelena Stanković', 'sr'],
    mun: ['Bujar Aliu', 'sq'],
    plan: ['Agron Mustafa', 'sq'],
  }),
  {
    username: 'drpr.central',
    fullName: 'Vjosa Hoxha',
    institution: 'DRPR-XK',
    roles: ['drpr_central'],
    locale: 'sq',
  },
  {
    username: 'rc.gjilan',
    fullName: 'Srđan Mitić',
    institution: 'DRPR-RC-XK-GL',
    roles: ['drpr_regional_coordinator'],
    locale: 'sr',
  },
  {
    username: 'rc.peja',
    fullName: 'Besa Dreshaj',
    institution: 'DRPR-RC-XK-PE',
    roles: ['drpr_regional_coordinator'],
    locale: 'sq',
  },
  {
    // Kaçanik is in the Ferizaj region: its KKR decisions are carried out by this coordinator.
    username: 'rc.ferizaj',
    fullName: 'Avni Ramadani',
    institution: 'DRPR-RC-XK-FE',
    roles: ['drpr_regional_coordinator'],
    locale: 'sq',
  },
  {
    username: 'admin.kosovo',
    fullName: 'Gentiana Limani',
    institution: 'MIA-XK',
    roles: ['admin'],
    locale: 'sq',
  },
  {
    username: 'auditor.kosovo',
    fullName: 'Jelena Ristić',
    institution: 'MIA-XK',
    roles: ['auditor'],
    locale: 'sr',
  },
  {
    username: 'sss.puke',
    fullName: 'Drita Lleshi',
    institution: 'SSS-AL-PUK',
    roles: ['social_services_officer'],
    locale: 'sq',
  },
  {
    username: 'njvnr.gjegjan',
    fullName: 'Pjetër Marku',
    institution: 'NJVNR-AL-PUK-GJE',
    roles: ['njvnr_worker'],
    locale: 'sq',
  },
  {
    username: 'cpw.puke',
    fullName: 'Albana Doçi',
    institution: 'NJMF-AL-PUK',
    roles: ['child_protection_worker'],
    locale: 'sq',
  },
  {
    username: 'dv.puke',
    fullName: 'Marije Prendi',
    institution: 'DV-COORD-AL-PUK',
    roles: ['dv_coordinator'],
    locale: 'sq',
  },
  {
    username: 'zvp.puke',
    fullName: 'Gjergj Zefi',
    institution: 'ZVP-AL-PUK',
    roles: ['employment_officer'],
    locale: 'sq',
  },
  {
    username: 'plan.puke',
    fullName: 'Mark Gjoka',
    institution: 'KB-AL-PUK',
    roles: ['plan_coordinator'],
    locale: 'sq',
  },
  {
    username: 'admin.albania',
    fullName: 'Elona Shehu',
    institution: 'MSHMS-AL',
    roles: ['admin'],
    locale: 'sq',
  },
  {
    username: 'auditor.albania',
    fullName: 'Klodian Basha',
    institution: 'MSHMS-AL',
    roles: ['auditor'],
    locale: 'sq',
  },
];

/** Institutions the demo needs that configuration does not create everywhere. */
export const DEMO_INSTITUTIONS = [
  {
    code: 'ZVP-AL-PUK',
    typeCode: 'ZVP',
    jurisdiction: 'AL-PUK',
    name: {
      sq: 'Zyra Vendore e Punësimit Pukë',
      sr: 'Lokalna kancelarija za zapošljavanje Puka',
      en: 'Local Employment Office Puke',
    },
  },
  {
    code: 'NGO-XK-PEJ-URA',
    typeCode: 'NGO',
    jurisdiction: 'XK-PEJ',
    name: { sq: 'OJQ Ura e Shpresës', sr: 'NVO Most nade', en: 'NGO Bridge of Hope' },
  },
];
