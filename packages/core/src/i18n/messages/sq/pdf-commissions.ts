import type { Catalog } from '../../catalog.js';

// The wording of the commissions' papers: meeting minutes, decisions on requests, and the
// letter notifying the applicant.
export const pdfCommissions: Catalog['pdf']['commissions'] = {
  minutes: {
    title: 'Procesverbali i mbledhjes',
    intro: 'Procesverbali i mbledhjes {{number}} të {{commission}}, mbajtur më {{date}}.',
    place: 'Vendi',
    quorum: 'Kuorumi',
    quorumValue: '{{quorum}} anëtarë me të drejtë vote; të pranishëm: {{present}}',
    members: 'Anëtarët',
    present: 'i pranishëm',
    absent: 'mungon',
    agenda: 'Rendi i ditës dhe vendimet',
    noItems: 'Nuk kishte pika në rendin e ditës.',
    columns: {
      position: 'Nr.',
      dossier: 'Kërkesa',
      applicant: 'Parashtruesi',
      votes: 'Votat (për / kundër / abstenim / të përjashtuar)',
      result: 'Vendimi',
    },
    conflicts: 'Konfliktet e deklaruara të interesit',
    conflict: '{{member}}, kërkesa {{request}}: i përjashtuar nga votimi',
    noConflicts: 'Nuk u deklarua asnjë konflikt interesi.',
    notes: 'Rrjedha e mbledhjes',
    notClosed: 'Procesverbali ende nuk është mbyllur.',
    undecided: 'pa vendim',
  },
  role: { chair: 'Kryesues', member: 'Anëtar', secretary: 'Sekretar' },
  outcome: {
    approved: 'miratuar',
    partly_approved: 'miratuar pjesërisht',
    rejected: 'refuzuar',
    upheld: 'ankesa refuzohet, vendimi vërtetohet',
    overturned: 'ankesa aprovohet, vendimi anulohet',
    returned: 'kthyer për rishqyrtim',
  },
  decision: {
    title: 'Vendim',
    introMeeting:
      '{{institution}}, në mbledhjen {{meeting}} të mbajtur më {{date}}, pasi shqyrtoi kërkesën {{request}} të parashtruar nga {{name}}, vendosi si vijon:',
    introDirect:
      '{{institution}}, pasi shqyrtoi kërkesën {{request}} të parashtruar nga {{name}}, vendosi si vijon:',
    approved: 'Kërkesa për „{{scheme}}” miratohet.',
    approvedAmount: 'Kërkesa për „{{scheme}}” miratohet në shumën prej {{amount}}.',
    partly_approved: 'Kërkesa për „{{scheme}}” miratohet pjesërisht, në shumën prej {{amount}}.',
    rejected: 'Kërkesa për „{{scheme}}” refuzohet.',
    overturns: 'Ky vendim zëvendëson vendimin {{previous}}, të anuluar në procedurë ankimore.',
    reasons: 'Arsyetimi',
    vote: 'Votimi: {{for}} për, {{against}} kundër, {{abstain}} abstenime; {{excluded}} të përjashtuar për shkak të konfliktit të interesit.',
    remedy: 'Këshilla juridike',
    remedyAppeal:
      'Kundër këtij vendimi mund të paraqitet ankesë në Komisionin për Ankesa ({{municipality}}) brenda {{days}} ditëve nga dita e njoftimit.',
    remedyFinal:
      'Ky vendim është përfundimtar në procedurë administrative. Kundër tij mund të ngritët konflikt administrativ në gjykatën kompetente.',
    chair: 'Kryesuesi i komisionit',
    official: 'Zyrtari i autorizuar',
  },
  fields: {
    applicant: 'Parashtruesi',
    personalNumber: 'Numri personal',
    address: 'Adresa',
    request: 'Numri i kërkesës',
    scheme: 'Skema',
    requested: 'Shuma e kërkuar',
    granted: 'Shuma e miratuar',
    decision: 'Numri i vendimit',
    decidedOn: 'Data e vendimit',
  },
  notification: {
    title: 'Njoftim për vendimin mbi kërkesën tuaj',
    to: 'Për: {{name}}, {{address}}',
    text: 'Ju njoftojmë se me vendimin {{number}} të datës {{date}}, {{institution}} vendosi për kërkesën tuaj {{request}} si vijon:',
    reasons: 'Arsyetimi: {{reasons}}',
    appeal:
      'Nëse nuk pajtoheni me këtë vendim, mund të paraqitni ankesë në Komisionin për Ankesa ({{municipality}}) brenda {{days}} ditëve nga marrja e këtij njoftimi.',
    final: 'Ky vendim është përfundimtar në procedurë administrative.',
    execution: 'Vendimin do ta zbatojë institucioni kompetent, i cili do t’ju kontaktojë.',
    help: 'Menaxheri/ja i rastit tuaj, {{manager}}, mund t’ju ndihmojë me hapat e mëtejshëm.',
    signature: 'Për komisionin',
  },
};
