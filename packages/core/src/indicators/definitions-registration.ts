import type { IndicatorDefinitionInput } from './schema.js';
import { text, casesRegistered, vulnerableFamilies } from './definitions-labels.js';

// The shipped computed indicators of registration (definitions.ts gathers all of them): cases,
// returnees, foreigners and vulnerable families registered, persons returned from prison.

export const REGISTRATION_DEFINITIONS: IndicatorDefinitionInput[] = [
  {
    key: 'cases.registered',
    title: text('Raste të regjistruara', 'Registrovani slučajevi', 'Cases registered'),
    definition: text(
      'Numri i rasteve (familjeve të riatdhesuara dhe të huaja) me datë kthimi ose dhënieje të statusit brenda periudhës.',
      'Broj slučajeva (porodica povratnika i stranaca) čiji je datum povratka ili dobijanja statusa u periodu.',
      'Number of cases (returnee and foreign families) whose return or status-grant date falls in the period.',
    ),
    unit: 'count',
    numerator: { label: casesRegistered, source: 'cases' },
    denominator: null,
  },
  {
    key: 'cases.returnees_registered',
    title: text(
      'Familje të riatdhesuara të regjistruara',
      'Registrovane porodice povratnika',
      'Returnee families registered',
    ),
    definition: text(
      'Numri i rasteve të të riatdhesuarve me datë kthimi brenda periudhës.',
      'Broj slučajeva povratnika čiji je datum povratka u periodu.',
      'Number of returnee cases whose return date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të të riatdhesuarve', 'slučajevi povratnika', 'returnee cases'),
      source: 'cases',
      where: [{ field: 'kind', op: 'eq', value: 'returnee' }],
    },
    denominator: null,
  },
  {
    key: 'cases.foreigners_registered',
    title: text(
      'Familje të huaja të regjistruara',
      'Registrovane porodice stranaca',
      'Foreign families registered',
    ),
    definition: text(
      'Numri i rasteve të të huajve me datë të dhënies së statusit brenda periudhës.',
      'Broj slučajeva stranaca čiji je datum dobijanja statusa u periodu.',
      'Number of foreigner cases whose status-grant date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të të huajve', 'slučajevi stranaca', 'foreigner cases'),
      source: 'cases',
      where: [{ field: 'kind', op: 'eq', value: 'foreigner' }],
    },
    denominator: null,
  },
  {
    key: 'cases.vulnerable_families',
    title: text(
      'Familje të cenueshme të kthyera dhe të huaja',
      'Ranjive porodice povratnika i stranaca',
      'Vulnerable returnee and foreign families',
    ),
    definition: text(
      'Numri i rasteve (familjeve të riatdhesuara dhe të huaja) me së paku një anëtar me cenueshmëri të regjistruar, me datë kthimi ose dhënieje të statusit brenda periudhës.',
      'Broj slučajeva (porodica povratnika i stranaca) sa najmanje jednim članom kod kojeg je evidentirana ranjivost, čiji je datum povratka ili dobijanja statusa u periodu.',
      'Number of cases (returnee and foreign families) with at least one member with a recorded vulnerability, whose return or status-grant date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: vulnerableFamilies,
      source: 'cases',
      where: [{ field: 'vulnerable', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'cases.vulnerable_returnee_families',
    title: text(
      'Familje të cenueshme të kthyera',
      'Ranjive porodice povratnika',
      'Vulnerable returnee families',
    ),
    definition: text(
      'Numri i familjeve të riatdhesuara me së paku një anëtar me cenueshmëri të regjistruar, me datë kthimi brenda periudhës.',
      'Broj porodica povratnika sa najmanje jednim članom kod kojeg je evidentirana ranjivost, čiji je datum povratka u periodu.',
      'Number of returnee families with at least one member with a recorded vulnerability, whose return date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text(
        'familje të cenueshme të kthyera',
        'ranjive porodice povratnika',
        'vulnerable returnee families',
      ),
      source: 'cases',
      where: [
        { field: 'kind', op: 'eq', value: 'returnee' },
        { field: 'vulnerable', op: 'is', value: true },
      ],
    },
    denominator: null,
  },
  {
    key: 'persons.returned_from_prison',
    title: text('Persona të kthyer nga burgu', 'Lica vraćena iz zatvora', 'Persons returned from prison'),
    definition: text(
      'Numri i personave në regjistër në kategorinë „i kthyer nga burgu”, me datë kthimi brenda periudhës.',
      'Broj lica u registru u kategoriji „vraćen iz zatvora”, čiji je datum povratka u periodu.',
      'Number of persons in the registry in the category "returned from prison" whose return date falls in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('persona të kthyer nga burgu', 'lica vraćena iz zatvora', 'persons returned from prison'),
      source: 'persons',
      where: [{ field: 'category', op: 'eq', value: 'returned_from_prison' }],
    },
    denominator: null,
  },
];
