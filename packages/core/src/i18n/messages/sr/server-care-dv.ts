import type { Catalog } from '../../catalog.js';

// Poruke servera za slučajeve nasilja u porodici: nalozi za zaštitu, izveštaji, tehnička grupa.
export const careDv: Catalog['server']['careDv'] = {
  notDvCase: 'Ovaj slučaj socijalne zaštite nije označen kao slučaj nasilja u porodici.',
  orderExpired:
    'Nalog za zaštitu {{orderNumber}} je istekao {{validUntil}}: posle njegovog isteka izveštaj se ne podnosi.',
  noReportDue: 'Svi izveštaji koje nalog za zaštitu {{orderNumber}} zahteva su podneti.',
  fields: {
    institutionRequired: 'Izaberite instituciju ili upišite naziv institucije izvan Vatre.',
    validUntilBeforeIssue: 'Nalog ne može isteći pre dana izdavanja.',
    notInMunicipality: 'Izaberite opštinu.',
    futureDate: 'Datum ne može biti u budućnosti.',
    userNotOfInstitution: 'Ovaj korisnik ne radi u izabranoj instituciji.',
    extensionNotLater: 'Produženi nalog mora isteći posle svog sadašnjeg poslednjeg dana.',
    decidedBeforeIssue: 'Sud nije mogao odlučiti o produženju pre izdavanja naloga.',
  },
};
