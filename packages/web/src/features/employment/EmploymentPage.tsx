import { Anchor, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { IconShield } from '../../components/icons';
import { layout } from '../../components/presets';
import { EmptyState, PageHeader } from '../../components/ui';
import { hasScope, useSession } from '../auth/session';
import { carePaths } from '../care/paths';
import { HouseholdsTab } from './HouseholdsTab';
import { JobSeekersTab } from './JobSeekersTab';
import { MonthlyListTab } from './MonthlyListTab';

const TABS = ['households', 'list', 'jobSeekers'] as const;
type Tab = (typeof TABS)[number];

/**
 * Social care › links with the Employment Office: the register of households on economic
 * assistance, the monthly list of their working-age members, and the job seekers' profiles.
 */
export function EmploymentPage() {
  const { t } = useTranslation();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  // The Employment Office (employment.record) starts on its job seekers, the social services on the register.
  const fallback: Tab = hasScope(me, 'employment.record') ? 'jobSeekers' : 'households';
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? fallback;
  if (!hasScope(me, 'care.read') && !hasScope(me, 'employment.record'))
    return (
      <EmptyState icon={<IconShield size={26} />} title={t('forbidden.title')} text={t('forbidden.text')} />
    );
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={carePaths.list} size="sm">
        {t('care.title')}
      </Anchor>
      <PageHeader title={t('employment.title')} description={t('employment.intro')} />
      <Tabs value={tab} onChange={(value) => setParams(value ? { tab: value } : {})}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`employment.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === 'households' && <HouseholdsTab />}
      {tab === 'list' && <MonthlyListTab />}
      {tab === 'jobSeekers' && <JobSeekersTab />}
    </Stack>
  );
}
