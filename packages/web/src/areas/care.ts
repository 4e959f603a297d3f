// Route chunk: social care — care cases, child protection, domestic violence, services and
// providers, employment, the Social Fund.
// Loaded by router.tsx on the first visit to one of these pages.
export { CareCasePage } from '../features/care/CareCasePage';
export { CareCasesPage } from '../features/care/CareCasesPage';
export { CareDirectoryPage } from '../features/care/CareDirectoryPage';
export { RepresentativesPage } from '../features/care-child/RepresentativesPage';
export { SteeringPage } from '../features/care-dv/SteeringPage';
export { CareServicesPage } from '../features/care-services/CareServicesPage';
export { CouncilListPage } from '../features/care-services/CouncilListPage';
export { ProviderPage } from '../features/care-services/ProviderPage';
export { EmploymentPage } from '../features/employment/EmploymentPage';
export { SocialFundPage } from '../features/social-fund/SocialFundPage';
