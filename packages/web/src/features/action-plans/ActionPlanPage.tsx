import { Anchor, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { IconShield } from '../../components/icons';
import { layout, paths } from '../../components/presets';
import { EmptyState, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { hasScope, useSession } from '../auth/session';
import { PlanRegisters } from '../plan-registers/PlanRegisters';
import { BudgetTab } from './BudgetTab';
import { useActionPlan } from './data';
import { IndicatorsTab } from './IndicatorsTab';
import { PlanHeader } from './PlanHeader';
import { ReportsTab } from './ReportsTab';
import { StructureTab } from './StructureTab';

const TABS = ['structure', 'indicators', 'budget', 'reports', 'registers'] as const;
type Tab = (typeof TABS)[number];
const TABS_LOOK = { keepMounted: false, variant: 'outline' } as const;

/** Action plans › one plan: its header with the status, and the tabs of the plan. */
export function ActionPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useSession();
  const query = useActionPlan(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'structure';
  usePageTitle(query.data ? query.data.title.original : t('actionPlans.title'));

  if (query.isPending) return <PageLoader />;
  if (query.error) {
    if (isApiError(query.error, 404) || isApiError(query.error, 403))
      return <EmptyState icon={<IconShield size={26} />} title={t('actionPlans.notFound')} />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const plan = query.data;

  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={paths.actionPlans} size="sm">
        {t('actionPlans.back')}
      </Anchor>
      <PlanHeader plan={plan} />
      <Tabs
        {...TABS_LOOK}
        value={tab}
        onChange={(value) =>
          setParams(value && value !== 'structure' ? { tab: value } : {}, { replace: true })
        }
      >
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`actionPlans.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Stack pt="md">
          {tab === 'structure' && <StructureTab plan={plan} />}
          {tab === 'indicators' && <IndicatorsTab plan={plan} />}
          {tab === 'budget' && <BudgetTab plan={plan} />}
          {tab === 'reports' && <ReportsTab plan={plan} />}
          {tab === 'registers' && <PlanRegisters planId={plan.id} canEdit={hasScope(me, 'plan.edit')} />}
        </Stack>
      </Tabs>
    </Stack>
  );
}
