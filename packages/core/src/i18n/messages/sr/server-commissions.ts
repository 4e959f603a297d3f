import type { Catalog } from '../../catalog.js';

// Server messages about commission meetings (KKR and the Appeals Commission).
export const commissions: Catalog['server']['commissions'] = {
  notCommission: 'Sednice održavaju samo članovi Opštinske komisije za reintegraciju ili Komisije za žalbe.',
  notOfficer: 'Ovo može da uradi samo predsedavajući ili sekretar sednice.',
  closed: 'Sednica je zatvorena: njen zapisnik se više ne može menjati.',
  itemDecided: 'O ovoj tački je već odlučeno.',
  attendanceLocked:
    'Prisustvo se ne može menjati nakon što je o nekoj tački sednice odlučeno: odluka počiva na tada prisutnima.',
  itemHasVotes: 'Za zahtev {{number}} su zabeleženi glasovi i ne može se skinuti sa dnevnog reda.',
  noQuorum:
    'Nema kvoruma: prisutno je i nije izuzeto {{present}} članova sa pravom glasa, potrebno je {{quorum}}. Ništa nije odlučeno.',
  undeclaredConflict:
    '{{member}} je menadžer slučaja podnosioca: mora da prijavi sukob interesa i ne može da glasa.',
  votesMissing: 'Nedostaju glasovi: {{members}}.',
  notCommissionUser: 'Nije aktivan korisnik ove komisije.',
  duplicateMember: 'Ovaj član je naveden dva puta.',
  oneChair: 'Sednica mora imati tačno jednog predsedavajućeg.',
  noVotingMember: 'Sednica mora imati bar jednog člana sa pravom glasa (predsedavajući ili član).',
  plannerNotMember: 'Morate biti među članovima, kao predsedavajući ili sekretar.',
  quorumTooHigh: 'Kvorum ne može biti veći od {{members}} članova sa pravom glasa.',
  notMember: 'Nije član ove sednice.',
  notVoting: 'Sekretar ne glasa.',
  notPresent: 'Ovaj član nije zabeležen kao prisutan.',
  voteMissing: 'Izaberite glas ili prijavite sukob interesa.',
  notWaiting: 'Ovaj predmet ne čeka na ovu komisiju.',
  duplicateItem: 'Ovaj predmet je već na dnevnom redu.',
  appealRequired: 'Komisija za žalbe odlučuje o žalbama: izaberite žalbu.',
  amountRequired: 'Delimično odobrenje zahteva odobreni iznos.',
};
