// Route chunk: administration and oversight — users, institutions, roles, forms, the audit log.
// Loaded by router.tsx on the first visit to one of these pages.
export { AuditPage } from '../features/audit/AuditPage';
export { FormPreviewPage } from '../features/forms/FormPreviewPage';
export { FormsPage } from '../features/forms/FormsPage';
export { InstitutionsPage } from '../features/institutions/InstitutionsPage';
export { RolesPage } from '../features/roles/RolesPage';
export { UsersPage } from '../features/users/UsersPage';
