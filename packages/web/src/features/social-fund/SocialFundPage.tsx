import { useState } from 'react';
import { Anchor, Button, Group, Select, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { buildUrl } from '../../api/client';
import { button, layout } from '../../components/presets';
import { QueryView } from '../../components/RecordList';
import { EmptyState, PageHeader, usePageTitle } from '../../components/ui';
import { thisYear } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { carePaths } from '../care/paths';
import { SOCIAL_FUND_URL, useSocialFundYear } from './data';
import { RequestsTab } from './RequestsTab';
import { SubsidiesTab } from './SubsidiesTab';

const TABS = ['requests', 'subsidies'] as const;
type Tab = (typeof TABS)[number];
const YEARS = 6;

/** Social care › the Social Fund requests of a year and the subsidies NGOs received, with the XLSX. */
export function SocialFundPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('socialFund.title'));
  // The server refuses anyway; this says so instead of showing an error.
  if (!hasScope(me, 'care.read') && !hasScope(me, 'plan.read'))
    return <EmptyState title={t('forbidden.title')} text={t('socialFund.forbidden')} />;
  return <YearView />;
}

function YearView() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? 'requests';
  const currentYear = thisYear();
  const [year, setYear] = useState(currentYear);
  const data = useSocialFundYear(year);
  const years = Array.from({ length: YEARS }, (_, index) => String(currentYear + 1 - index));
  const language = format.locale.startsWith('sr') ? 'sr' : format.locale;
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={carePaths.list} size="sm">
        {t('care.title')}
      </Anchor>
      <PageHeader
        title={t('socialFund.title')}
        description={t('socialFund.intro')}
        actions={
          <Group align="end">
            <Select
              w={120}
              allowDeselect={false}
              label={t('socialFund.year')}
              data={years}
              value={String(year)}
              onChange={(value) => setYear(Number(value ?? thisYear))}
            />
            <Button
              {...button.secondary}
              component="a"
              href={buildUrl(`${SOCIAL_FUND_URL}/xlsx`, { year, language })}
              download
            >
              {t('socialFund.export')}
            </Button>
          </Group>
        }
      />
      <Tabs value={tab} onChange={(value) => setParams(value ? { tab: value } : {})}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`socialFund.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <QueryView query={data}>
        {(year) => (tab === 'requests' ? <RequestsTab data={year} /> : <SubsidiesTab data={year} />)}
      </QueryView>
    </Stack>
  );
}
