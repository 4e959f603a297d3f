import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, createBrowserRouter, useLocation, type RouteObject } from 'react-router-dom';
import type { Scope } from '@vatra/core';
import { AppLayout } from './components/AppLayout';
import { RouteError } from './components/RouteError';
import { IconShield } from './components/icons';
import { button, paths } from './components/presets';
import { EmptyState, PageLoader, QueryError, usePageTitle } from './components/ui';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { SessionContext, hasScope, useMe, useSession } from './features/auth/session';
import { HomePage } from './features/home/HomePage';
import { WorkKindPage } from './features/work/WorkKindPage';
import { carePaths } from './features/care/paths';
import { careChildPaths } from './features/care-child/paths';
import { careDvPaths } from './features/care-dv/paths';
import { EMPLOYMENT_SCOPES, employmentPaths } from './features/employment/paths';
import { needsAnalysisPaths } from './features/needs-analysis/paths';
import { SOCIAL_FUND_SCOPES, socialFundPaths } from './features/social-fund/paths';

// The shell (layout, login, home, work queues) is in the main chunk; every other page is loaded
// with its area (src/areas/*.ts, one chunk each) when first opened, so a case worker on a slow
// line does not download the action plans' charts or the administration to see the case list.

/** Lazy pages of one area: each names its export; the area's chunk is fetched once for all. */
function area<M extends { [K in keyof M]: ComponentType }>(load: () => Promise<M>) {
  return (name: keyof M) => lazy(() => load().then((module) => ({ default: module[name] })));
}

const admin = area(() => import('./areas/admin'));
const cases = area(() => import('./areas/cases'));
const care = area(() => import('./areas/care'));
const plans = area(() => import('./areas/plans'));
const requests = area(() => import('./areas/requests'));

const AuditPage = admin('AuditPage');
const FormPreviewPage = admin('FormPreviewPage');
const FormsPage = admin('FormsPage');
const InstitutionsPage = admin('InstitutionsPage');
const RolesPage = admin('RolesPage');
const UsersPage = admin('UsersPage');
const CasePage = cases('CasePage');
const CasesPage = cases('CasesPage');
const ReferralInboxPage = cases('ReferralInboxPage');
const HouseholdPage = cases('HouseholdPage');
const PersonPage = cases('PersonPage');
const PersonSearchPage = cases('PersonSearchPage');
const RegisterHouseholdPage = cases('RegisterHouseholdPage');
const CareCasePage = care('CareCasePage');
const CareCasesPage = care('CareCasesPage');
const CareDirectoryPage = care('CareDirectoryPage');
const RepresentativesPage = care('RepresentativesPage');
const SteeringPage = care('SteeringPage');
const CareServicesPage = care('CareServicesPage');
const CouncilListPage = care('CouncilListPage');
const ProviderPage = care('ProviderPage');
const EmploymentPage = care('EmploymentPage');
const SocialFundPage = care('SocialFundPage');
const ActionPlanPage = plans('ActionPlanPage');
const ActionPlansPage = plans('ActionPlansPage');
const ComparePage = plans('ComparePage');
const NeedsAnalysisPage = plans('NeedsAnalysisPage');
const CallPage = requests('CallPage');
const CallsPage = requests('CallsPage');
const MeetingPage = requests('MeetingPage');
const MeetingsPage = requests('MeetingsPage');
const SchemeReportPage = requests('SchemeReportPage');

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

/** A page behind a scope; a lazy one shows the loader while its area's chunk arrives. */
const guarded = (scope: Scope | readonly Scope[], page: ReactNode) => (
  <RequireScope scope={scope}>
    <Suspense fallback={<PageLoader />}>{page}</Suspense>
  </RequireScope>
);

/** The pages inside the layout, each behind the scope its server routes ask for. */
const pages: RouteObject[] = [
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
];

export const router = createBrowserRouter([
  { path: paths.login, element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: paths.home,
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      // A page that fails (its chunk missing after a rebuild) shows the error inside the layout.
      { errorElement: <RouteError />, children: pages },
    ],
  },
]);
