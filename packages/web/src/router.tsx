import type { ReactNode } from 'react';
import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, createBrowserRouter, useLocation } from 'react-router-dom';
import type { Scope } from '@vatra/core';
import { AppLayout } from './components/AppLayout';
import { IconShield } from './components/icons';
import { button, paths } from './components/presets';
import { EmptyState, PageLoader, QueryError, usePageTitle } from './components/ui';
import { AuditPage } from './features/audit/AuditPage';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { SessionContext, hasScope, useMe, useSession } from './features/auth/session';
import { HomePage } from './features/home/HomePage';
import { InstitutionsPage } from './features/institutions/InstitutionsPage';
import { RolesPage } from './features/roles/RolesPage';
import { UsersPage } from './features/users/UsersPage';
import { FormPreviewPage } from './features/forms/FormPreviewPage';
import { CasePage } from './features/cases/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { ReferralInboxPage } from './features/cases/ReferralInboxPage';
import { WorkKindPage } from './features/work/WorkKindPage';
import { ActionPlanPage } from './features/action-plans/ActionPlanPage';
import { ActionPlansPage } from './features/action-plans/ActionPlansPage';
import { ComparePage } from './features/action-plans/ComparePage';
import { CallPage } from './features/calls/CallPage';
import { CallsPage } from './features/calls/CallsPage';
import { CareCasePage } from './features/care/CareCasePage';
import { CareCasesPage } from './features/care/CareCasesPage';
import { CareDirectoryPage } from './features/care/CareDirectoryPage';
import { carePaths } from './features/care/paths';
import { careChildPaths } from './features/care-child/paths';
import { RepresentativesPage } from './features/care-child/RepresentativesPage';
import { careDvPaths } from './features/care-dv/paths';
import { SteeringPage } from './features/care-dv/SteeringPage';
import { EmploymentPage } from './features/employment/EmploymentPage';
import { EMPLOYMENT_SCOPES, employmentPaths } from './features/employment/paths';
import { NeedsAnalysisPage } from './features/needs-analysis/NeedsAnalysisPage';
import { needsAnalysisPaths } from './features/needs-analysis/paths';
import { MeetingPage } from './features/commissions/MeetingPage';
import { MeetingsPage } from './features/commissions/MeetingsPage';
import { CareServicesPage } from './features/care-services/CareServicesPage';
import { CouncilListPage } from './features/care-services/CouncilListPage';
import { ProviderPage } from './features/care-services/ProviderPage';
import { SOCIAL_FUND_SCOPES, socialFundPaths } from './features/social-fund/paths';
import { SocialFundPage } from './features/social-fund/SocialFundPage';
import { SchemeReportPage } from './features/scheme-reports/SchemeReportPage';
import { FormsPage } from './features/forms/FormsPage';
import { HouseholdPage } from './features/registry/HouseholdPage';
import { PersonPage } from './features/registry/PersonPage';
import { PersonSearchPage } from './features/registry/PersonSearchPage';
import { RegisterHouseholdPage } from './features/registry/RegisterHouseholdPage';

const FULL_PAGE = { mih: '100vh', p: 'md' } as const;

/** Pages behind the login: sends strangers to /login and a temporary password to its change. */
function RequireSession() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <PageLoader height="100vh" />;
  if (error)
    return (
      <Center {...FULL_PAGE}>
        <QueryError error={error} onRetry={() => void refetch()} />
      </Center>
    );
  if (!me) return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />;
  if (me.user.mustChangePassword && location.pathname !== paths.password)
    return <Navigate to={paths.password} replace />;
  return (
    <SessionContext.Provider value={me}>
      <AppLayout />
    </SessionContext.Provider>
  );
}

/** The server refuses anyway; this only says so politely instead of showing empty tables. */
function RequireScope({ scope, children }: { scope: Scope | readonly Scope[]; children: ReactNode }) {
  const me = useSession();
  return hasScope(me, scope) ? children : <ForbiddenPage />;
}

function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <EmptyState icon={<IconShield size={26} />} title={t('forbidden.title')} text={t('forbidden.text')} />
  );
}

function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <EmptyState title={t('notFound.title')} text={t('notFound.text')} />
      <Center>
        <Button {...button.light} component={Link} to={paths.home}>
          {t('notFound.back')}
        </Button>
      </Center>
    </>
  );
}

const guarded = (scope: Scope | readonly Scope[], page: ReactNode) => (
  <RequireScope scope={scope}>{page}</RequireScope>
);

export const router = createBrowserRouter([
  { path: paths.login, element: <LoginPage /> },
  {
    path: paths.home,
    element: <RequireSession />,
    children: [
      { index: true, element: <HomePage /> },
      { path: paths.users, element: guarded('user.manage', <UsersPage />) },
      { path: paths.institutions, element: guarded('institution.manage', <InstitutionsPage />) },
      { path: paths.roles, element: guarded('role.manage', <RolesPage />) },
      { path: paths.audit, element: guarded('audit.read', <AuditPage />) },
      { path: paths.registry, element: guarded('person.read', <PersonSearchPage />) },
      { path: paths.registerHousehold, element: guarded('person.register', <RegisterHouseholdPage />) },
      { path: paths.household, element: guarded('person.read', <HouseholdPage />) },
      { path: paths.person, element: guarded('person.read', <PersonPage />) },
      { path: paths.forms, element: guarded('config.read', <FormsPage />) },
      { path: paths.form, element: guarded('config.read', <FormPreviewPage />) },
      { path: paths.cases, element: guarded('case.read', <CasesPage />) },
      { path: paths.case, element: guarded('case.read', <CasePage />) },
      { path: paths.referralInbox, element: guarded('referral.answer', <ReferralInboxPage />) },
      { path: paths.actionPlans, element: guarded('plan.read', <ActionPlansPage />) },
      { path: paths.actionPlansCompare, element: guarded('plan.read', <ComparePage />) },
      { path: paths.actionPlan, element: guarded('plan.read', <ActionPlanPage />) },
      { path: needsAnalysisPaths.page, element: guarded('plan.read', <NeedsAnalysisPage />) },
      { path: paths.meetings, element: guarded('request.review', <MeetingsPage />) },
      { path: paths.meeting, element: guarded('request.review', <MeetingPage />) },
      { path: paths.careServices, element: guarded('care.read', <CareServicesPage />) },
      { path: paths.careProvider, element: guarded('care.read', <ProviderPage />) },
      { path: paths.councilList, element: guarded('care.read', <CouncilListPage />) },
      // care.read or plan.read: the page itself says no to others (one scope cannot say either).
      { path: socialFundPaths.page, element: guarded(SOCIAL_FUND_SCOPES, <SocialFundPage />) },
      { path: paths.schemeReport, element: guarded('report.export', <SchemeReportPage />) },
      // Case managers (request.file) and deciding officers (request.decide) both have case.read.
      { path: paths.calls, element: guarded('case.read', <CallsPage />) },
      { path: paths.call, element: guarded('case.read', <CallPage />) },
      { path: carePaths.list, element: guarded('care.read', <CareCasesPage />) },
      { path: carePaths.directory, element: guarded('care.read', <CareDirectoryPage />) },
      { path: carePaths.case, element: guarded('care.read', <CareCasePage />) },
      { path: careChildPaths.representatives, element: guarded('care.read', <RepresentativesPage />) },
      { path: careDvPaths.steering, element: guarded('care.dv', <SteeringPage />) },
      // care.read (social services) or employment.record (the Employment Office): the page checks.
      { path: employmentPaths.page, element: guarded(EMPLOYMENT_SCOPES, <EmploymentPage />) },
      { path: paths.work, element: <WorkKindPage /> },
      { path: paths.password, element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
