import type { Catalog } from '../../catalog.js';

// Server messages about referrals of a case to an institution.
export const referrals: Catalog['server']['referrals'] = {
  invalidTransition: 'Veprimi „{{action}}” nuk është i mundur: referimi është {{status}}.',
  notReceiver: 'Vetëm institucioni të cilit i është dërguar referimi mund t’i përgjigjet.',
  notParty: 'Referimin mund ta shohin vetëm institucioni që e dërgoi dhe ai të cilit i është dërguar.',
  sameInstitution: 'Referimi duhet t’i dërgohet një institucioni tjetër.',
  institutionInactive: 'Ky institucion nuk është më aktiv.',
  institutionOutOfReach: 'Ky institucion nuk vepron në komunën e rastit.',
  personNotInCase: 'Ky person nuk është anëtar i familjes së rastit.',
  planItemNotInCase: 'Kjo pikë nuk i përket një plani në hartim ose të miratuar të këtij rasti.',
  unknownService: 'Ky shërbim nuk gjendet në katalogun e shërbimeve.',
  caseMismatch: 'Rasti i referimit nuk është rasti i kësaj faqeje.',
  completedBeforeSent: 'Data e përfundimit është para dërgimit të referimit.',
  status: {
    sent: 'i dërguar',
    received: 'i marrë në dorëzim',
    accepted: 'i pranuar',
    declined: 'i refuzuar',
    completed: 'i përfunduar',
    withdrawn: 'i tërhequr',
  },
  action: {
    receive: 'Marrja në dorëzim',
    accept: 'Pranimi',
    decline: 'Refuzimi',
    complete: 'Përfundimi',
    withdraw: 'Tërheqja',
  },
};
