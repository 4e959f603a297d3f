import { useState } from 'react';
import { Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { hasScope, useSession } from '../auth/session';
import { useFormat } from '../../lib/locale';
import { CoveragePanel } from './CoveragePanel';
import { ImportPanel } from './ImportPanel';
import { PopulationPanel } from './PopulationPanel';
import { StaffingPanel } from './StaffingPanel';
import { joinUnits, useNeedsAnalysis } from './data';

const TABS = ['staffing', 'coverage', 'population', 'import'] as const;
type Tab = (typeof TABS)[number];

/** The municipalities the user works for: their institution's and any granted ones. */
function useMunicipalities() {
  const me = useSession();
  const all = [...me.jurisdictionPath, ...me.grantedJurisdictions].filter((j) => j.level === 'municipality');
  return all.filter((j, index) => all.findIndex((other) => other.id === j.id) === index);
}

/**
 * Needs analysis (issue 6, item 9): a municipality's population and administrative figures, the
 * coverage and gaps per target group and the staffing norms against its staff, for one year,
 * with the import of the figures.
 */
export function NeedsAnalysisPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  usePageTitle(t('needsAnalysis.title'));
  const municipalities = useMunicipalities();
  const [municipality, setMunicipality] = useState(municipalities[0]?.code ?? '');
  const [year, setYear] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('staffing');
  const analysis = useNeedsAnalysis(municipality, year);

  if (!municipalities.length)
    return <EmptyState title={t('needsAnalysis.title')} text={t('needsAnalysis.noMunicipality')} />;

  const data = analysis.data;
  const unitName = (code: string) =>
    joinUnits(
      code.split('+').map((part) => {
        const unit = data?.units.find((u) => u.code === part);
        return unit ? format.name(unit.name) : part;
      }),
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('needsAnalysis.title')}
        description={t('needsAnalysis.intro')}
        actions={
          <Group>
            {municipalities.length > 1 && (
              <Select
                label={t('needsAnalysis.municipality')}
                data={municipalities.map((j) => ({ value: j.code, label: format.name(j.name) }))}
                value={municipality}
                allowDeselect={false}
                onChange={(value) => {
                  setMunicipality(value ?? municipality);
                  setYear(null);
                }}
              />
            )}
            {data && data.years.length > 0 && (
              <Select
                w={120}
                label={t('needsAnalysis.year')}
                data={data.years.map(String)}
                value={String(data.year ?? '')}
                allowDeselect={false}
                onChange={(value) => setYear(value ? Number(value) : null)}
              />
            )}
          </Group>
        }
      />
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'staffing')}>
        <Tabs.List mb="md">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`needsAnalysis.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tab === 'import' ? (
          <ImportPanel municipality={municipality} canEdit={hasScope(me, 'plan.edit')} />
        ) : analysis.isPending ? (
          <PageLoader />
        ) : analysis.error ? (
          <QueryError error={analysis.error} onRetry={() => void analysis.refetch()} />
        ) : !data || data.years.length === 0 ? (
          <Text c="dimmed">{t('needsAnalysis.noData')}</Text>
        ) : tab === 'staffing' ? (
          <StaffingPanel analysis={data} />
        ) : tab === 'coverage' ? (
          <CoveragePanel analysis={data} unitName={unitName} />
        ) : data.population ? (
          <PopulationPanel population={data.population} />
        ) : (
          <Text c="dimmed">{t('needsAnalysis.noData')}</Text>
        )}
      </Tabs>
    </Stack>
  );
}
