import type { Catalog } from '../../catalog.js';

// The wording of the commissions' papers: meeting minutes, decisions on requests, and the
// letter notifying the applicant.
export const pdfCommissions: Catalog['pdf']['commissions'] = {
  minutes: {
    title: 'Zapisnik sa sednice',
    intro: 'Zapisnik sa sednice {{number}} – {{commission}}, održane {{date}}.',
    place: 'Mesto',
    quorum: 'Kvorum',
    quorumValue: '{{quorum}} članova sa pravom glasa; prisutno: {{present}}',
    members: 'Članovi',
    present: 'prisutan',
    absent: 'odsutan',
    agenda: 'Dnevni red i odluke',
    noItems: 'Na dnevnom redu nije bilo tačaka.',
    columns: {
      position: 'Br.',
      dossier: 'Zahtev',
      applicant: 'Podnosilac',
      votes: 'Glasovi (za / protiv / uzdržani / izuzeti)',
      result: 'Odluka',
    },
    conflicts: 'Prijavljeni sukobi interesa',
    conflict: '{{member}}, zahtev {{request}}: izuzet iz glasanja',
    noConflicts: 'Nije prijavljen nijedan sukob interesa.',
    notes: 'Tok sednice',
    notClosed: 'Zapisnik još nije zaključen.',
    undecided: 'nije odlučeno',
  },
  role: { chair: 'Predsedavajući', member: 'Član', secretary: 'Sekretar' },
  outcome: {
    approved: 'odobren',
    partly_approved: 'delimično odobren',
    rejected: 'odbijen',
    upheld: 'žalba se odbija, odluka se potvrđuje',
    overturned: 'žalba se usvaja, odluka se poništava',
    returned: 'vraćeno na ponovno razmatranje',
  },
  decision: {
    title: 'Rešenje',
    introMeeting:
      '{{institution}}, na sednici {{meeting}} održanoj {{date}}, nakon razmatranja zahteva {{request}} podnosioca {{name}}, donosi sledeće rešenje:',
    introDirect:
      '{{institution}}, nakon razmatranja zahteva {{request}} podnosioca {{name}}, donosi sledeće rešenje:',
    approved: 'Zahtev za „{{scheme}}” se odobrava.',
    approvedAmount: 'Zahtev za „{{scheme}}” se odobrava u iznosu od {{amount}}.',
    partly_approved: 'Zahtev za „{{scheme}}” se delimično odobrava, u iznosu od {{amount}}.',
    rejected: 'Zahtev za „{{scheme}}” se odbija.',
    overturns: 'Ovo rešenje zamenjuje rešenje {{previous}}, poništeno po žalbi.',
    reasons: 'Obrazloženje',
    vote: 'Glasanje: {{for}} za, {{against}} protiv, {{abstain}} uzdržanih; {{excluded}} izuzetih zbog sukoba interesa.',
    remedy: 'Pouka o pravnom leku',
    remedyAppeal:
      'Protiv ovog rešenja može se izjaviti žalba Komisiji za žalbe Opštine {{municipality}} u roku od {{days}} dana od dana obaveštenja.',
    remedyFinal:
      'Ovo rešenje je konačno u upravnom postupku. Protiv njega se može pokrenuti upravni spor pred nadležnim sudom.',
    chair: 'Predsedavajući komisije',
    official: 'Ovlašćeno službeno lice',
  },
  fields: {
    applicant: 'Podnosilac',
    personalNumber: 'Lični broj',
    address: 'Adresa',
    request: 'Broj zahteva',
    scheme: 'Šema',
    requested: 'Traženi iznos',
    granted: 'Odobreni iznos',
    decision: 'Broj rešenja',
    decidedOn: 'Datum rešenja',
  },
  notification: {
    title: 'Obaveštenje o rešenju po vašem zahtevu',
    to: 'Za: {{name}}, {{address}}',
    text: 'Obaveštavamo vas da je o vašem zahtevu {{request}} doneto rešenje {{number}} od {{date}} ({{institution}}), kojim je odlučeno sledeće:',
    reasons: 'Obrazloženje: {{reasons}}',
    appeal:
      'Ako se ne slažete sa ovim rešenjem, možete izjaviti žalbu Komisiji za žalbe Opštine {{municipality}} u roku od {{days}} dana od prijema ovog obaveštenja.',
    final: 'Ovo rešenje je konačno u upravnom postupku.',
    execution: 'Rešenje će sprovesti nadležna institucija, koja će vas kontaktirati.',
    help: 'Vaš menadžer slučaja, {{manager}}, može vam pomoći u daljim koracima.',
    signature: 'Za komisiju',
  },
};
