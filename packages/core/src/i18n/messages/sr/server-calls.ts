import type { Catalog } from '../../catalog.js';

// Server messages about calls for applications: their steps, filing under a call and scoring.
export const calls: Catalog['server']['calls'] = {
  invalidTransition: 'Radnja „{{action}}” nije moguća: javni poziv je {{status}}.',
  notRunningInstitution: 'Ovaj korak može da preduzme samo institucija koja je raspisala javni poziv.',
  notAnApplication: 'Ovaj zahtev nije podnet po javnom pozivu.',
  notSubmitted: 'Boduju se samo podnete prijave.',
  unknownScheme: 'Ova šema nije u katalogu šema.',
  notTiedToCall: 'Zahtevi za ovu šemu podnose se u bilo koje vreme, bez javnog poziva.',
  notDecidingInstitution:
    'Vaša institucija ne odlučuje o ovoj šemi, pa ne može da raspiše javni poziv za nju.',
  closesBeforeOpens: 'Datum zatvaranja je pre datuma otvaranja.',
  callRequired: 'Za ovu šemu se konkuriše samo po otvorenom javnom pozivu: izaberite poziv.',
  unknownCall: 'Ovaj javni poziv ne postoji.',
  callOtherScheme: 'Ovaj javni poziv je za drugu šemu.',
  callOtherPlace: 'Ovaj javni poziv je za drugu opštinu.',
  callNotOpen: 'Ovaj javni poziv nije otvoren za prijave.',
  callNotYetOpen: 'Ovaj javni poziv se otvara za prijave {{opensOn}}.',
  callPastClose: 'Ovaj javni poziv je zatvoren {{closesOn}}.',
  alreadyApplied: 'Ovo lice se već prijavilo na ovaj javni poziv (zahtev {{number}}).',
  unknownCriterion: 'Ovaj javni poziv nema takav kriterijum.',
  computedCriterion: 'Ovaj kriterijum se izračunava iz podataka slučaja i ne označava se ručno.',
  status: {
    draft: 'u pripremi',
    open: 'otvoren',
    closed: 'zatvoren',
    ranked: 'sa konačnom rang-listom',
  },
  action: {
    edit: 'Izmeni',
    open: 'Otvori',
    close: 'Zatvori',
    rank: 'Utvrdi konačnu rang-listu',
    score: 'Boduj',
  },
};
