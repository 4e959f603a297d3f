// Route chunk: cases and the population registry, what a case worker opens first.
// Loaded by router.tsx on the first visit to one of these pages; see docs/ARCHITECTURE.md.
export { CasePage } from '../features/cases/CasePage';
export { CasesPage } from '../features/cases/CasesPage';
export { ReferralInboxPage } from '../features/cases/ReferralInboxPage';
export { HouseholdPage } from '../features/registry/HouseholdPage';
export { PersonPage } from '../features/registry/PersonPage';
export { PersonSearchPage } from '../features/registry/PersonSearchPage';
export { RegisterHouseholdPage } from '../features/registry/RegisterHouseholdPage';
