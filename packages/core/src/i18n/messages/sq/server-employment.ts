import type { Catalog } from '../../catalog.js';

// Mesazhet e serverit për lidhjen e ndihmës ekonomike me Zyrën e Punës.
export const employment: Catalog['server']['employment'] = {
  overlap:
    'Kjo familje e ka tashmë këtë skemë nga {{from}} deri {{to}}: periudhat e së njëjtës skemë nuk mund të kenë muaj të përbashkët.',
  alreadySent: 'Lista e muajit {{month}} është dërguar tashmë më {{sentOn}}.',
  duplicate: 'Ky person e ka tashmë një profil punëkërkuesi.',
  fields: {
    toBeforeFrom: 'Muaji i fundit nuk mund të jetë para muajit të parë ({{from}}).',
    notMunicipality: 'Zgjidhni një bashki: lista dërgohet për çdo bashki.',
    futureMonth: 'Nuk mund të dërgohet lista e një muaji që nuk ka filluar.',
    futureDate: 'Data nuk mund të jetë në të ardhmen.',
    beforeRegistration: 'Data nuk mund të jetë para regjistrimit ({{registeredOn}}).',
    profileExists: 'Ky person e ka tashmë një profil.',
  },
  xlsx: {
    sheet: 'Lista mujore',
    title: 'Anëtarët në moshë pune të familjeve me ndihmë — {{place}}, {{month}}',
    workingAge: 'Mosha e punës: {{from}} deri {{to}} vjeç në ditën e parë të muajit',
    fileName: 'lista-per-zyren-e-punes',
    yes: 'Po',
    priority: 'Përparësi',
    columns: {
      number: 'Nr.',
      name: 'Emri',
      personalNumber: 'Numri personal',
      dateOfBirth: 'Datëlindja',
      age: 'Mosha',
      gender: 'Gjinia',
      settlement: 'Vendbanimi',
      area: 'Zona',
      mustRegister: 'Detyrohet të regjistrohet',
      householdReference: 'Referenca e familjes',
      schemes: 'Skema',
      hasProfile: 'Profil punëkërkuesi',
      priority: 'Aftësi e kufizuar në familje',
      refusals: 'Oferta të refuzuara (12 muaj)',
    },
    gender: { female: 'Femër', male: 'Mashkull', other: 'Tjetër' },
    area: { urban: 'Urbane', rural: 'Rurale' },
    scheme: { ne: 'Ndihmë ekonomike', fund6: 'Fondi 6%' },
  },
};
