import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { buildUrl } from '../../api/client';
import { QueryView } from '../../components/RecordList';
import { EmptyState, usePageTitle } from '../../components/ui';
import { useYearChoice, YearReportBar } from '../../components/YearReportBar';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { CareSubPage } from '../care/CareSubPage';
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
  const choice = useYearChoice(YEARS, { withNext: true });
  const { year } = choice;
  const data = useSocialFundYear(year);
  const language = format.locale.startsWith('sr') ? 'sr' : format.locale;
  return (
    <CareSubPage
      title={t('socialFund.title')}
      description={t('socialFund.intro')}
      actions={
        <YearReportBar
          label={t('socialFund.year')}
          choice={choice}
          width={120}
          download={{
            href: buildUrl(`${SOCIAL_FUND_URL}/xlsx`, { year, language }),
            label: t('socialFund.export'),
          }}
        />
      }
    >
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
    </CareSubPage>
  );
}
