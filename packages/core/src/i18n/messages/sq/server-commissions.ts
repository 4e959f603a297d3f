import type { Catalog } from '../../catalog.js';

// Server messages about commission meetings (KKR and the Appeals Commission).
export const commissions: Catalog['server']['commissions'] = {
  notCommission:
    'Mbledhje mbajnë vetëm anëtarët e Komisionit Komunal për Riintegrim ose të Komisionit për Ankesa.',
  notOfficer: 'Këtë mund ta bëjë vetëm kryesuesi ose sekretari i mbledhjes.',
  closed: 'Mbledhja është mbyllur: procesverbali i saj nuk mund të ndryshohet më.',
  itemDecided: 'Për këtë pikë është vendosur tashmë.',
  attendanceLocked:
    'Prania nuk mund të ndryshohet pasi është vendosur për një pikë të mbledhjes: vendimi mbështetet në të pranishmit e atëhershëm.',
  itemHasVotes: 'Për kërkesën {{number}} janë regjistruar vota dhe nuk mund të hiqet nga rendi i ditës.',
  noQuorum:
    'Nuk ka kuorum: të pranishëm dhe të papërjashtuar janë {{present}} anëtarë me të drejtë vote, duhen {{quorum}}. Nuk u vendos asgjë.',
  undeclaredConflict:
    '{{member}} është menaxher/e i rastit të parashtruesit: duhet të deklarojë konfliktin e interesit dhe nuk mund të votojë.',
  votesMissing: 'Mungojnë votat e: {{members}}.',
  notCommissionUser: 'Nuk është përdorues aktiv i këtij komisioni.',
  duplicateMember: 'Ky anëtar është shënuar dy herë.',
  oneChair: 'Mbledhja duhet të ketë saktësisht një kryesues.',
  noVotingMember: 'Mbledhja duhet të ketë së paku një anëtar me të drejtë vote (kryesues ose anëtar).',
  plannerNotMember: 'Duhet të jeni ndër anëtarët, si kryesues ose sekretar.',
  quorumTooHigh: 'Kuorumi nuk mund të jetë më i madh se {{members}} anëtarët me të drejtë vote.',
  notMember: 'Nuk është anëtar i kësaj mbledhjeje.',
  notVoting: 'Sekretari nuk voton.',
  notPresent: 'Ky anëtar nuk është shënuar i pranishëm.',
  voteMissing: 'Zgjidhni votën ose deklaroni konfliktin e interesit.',
  notWaiting: 'Kjo dosje nuk është në pritje për këtë komision.',
  duplicateItem: 'Kjo dosje është tashmë në rendin e ditës.',
  appealRequired: 'Komisioni për Ankesa vendos për ankesa: zgjidhni ankesën.',
  amountRequired: 'Miratimi i pjesshëm kërkon shumën e miratuar.',
};
