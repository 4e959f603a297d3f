import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PlanComparison } from '@vatra/core';
import { card, layout, paths, recordPath, text } from '../../components/presets';
import { EmptyState, PageHeader, PageLoader, QueryError } from '../../components/ui';
import { thisYear } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { useIndicatorDefinitions, usePlanComparison } from './data';
import { indicatorValue } from './display';
import { ProgressBadge } from './parts';

const CHART = {
  h: 300,
  maxBarWidth: 72,
  dataKey: 'municipality',
  tickLine: 'y',
  gridAxis: 'y',
  withTooltip: true,
} as const;
const TABLE = { verticalSpacing: 'xs', fz: 'sm' } as const;
const THIS_YEAR = thisYear();
const YEARS = Array.from({ length: 12 }, (_, i) => String(THIS_YEAR + 2 - i));

/** The national view: every municipality's plan on one computed indicator, side by side. */
export function ComparePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const definitions = useIndicatorDefinitions();
  const [definition, setDefinition] = useState<string | null>(null);
  const [year, setYear] = useState(String(THIS_YEAR));
  const chosen = definition ?? definitions.data?.[0]?.key ?? null;
  const comparison = usePlanComparison(chosen, Number(year));

  let body;
  if (!chosen)
    body = definitions.isPending ? <PageLoader /> : <EmptyState title={t('actionPlans.compare.choose')} />;
  else if (comparison.isPending) body = <PageLoader />;
  else if (comparison.error)
    body = <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />;
  else if (comparison.data.items.length === 0)
    body = (
      <Paper>
        <EmptyState title={t('actionPlans.compare.empty')} />
      </Paper>
    );
  else body = <Comparison data={comparison.data} />;

  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={paths.actionPlans} size="sm">
        {t('actionPlans.back')}
      </Anchor>
      <PageHeader title={t('actionPlans.compare.title')} description={t('actionPlans.compare.intro')} />
      <Paper {...card}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('actionPlans.compare.definition')}
            data={(definitions.data ?? []).map((item) => ({
              value: item.key,
              label: format.name(item.title),
            }))}
            value={chosen}
            onChange={setDefinition}
            allowDeselect={false}
            searchable
            w={480}
            maw="100%"
          />
          <Select
            label={t('actionPlans.compare.year')}
            data={YEARS}
            value={year}
            onChange={(value) => value && setYear(value)}
            allowDeselect={false}
            w={110}
          />
        </Group>
        {definitions.error && (
          <QueryError error={definitions.error} onRetry={() => void definitions.refetch()} />
        )}
        {chosen && definitions.data && (
          <Text {...text.muted} size="sm" mt="sm">
            {format.name(
              definitions.data.find((item) => item.key === chosen)?.definition ?? { sq: '', sr: '', en: '' },
            )}
          </Text>
        )}
      </Paper>
      {body}
    </Stack>
  );
}

function Comparison({ data }: { data: PlanComparison }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = data.definition.unit === 'percent';
  const unit = data.definition.unit;
  const shown = (n: number | null) =>
    n === null ? '—' : percent ? `${format.number(n)}%` : format.number(n);
  const chartData = data.items.map((item) => ({
    municipality: format.name(item.municipality.name),
    value: item.value.value ?? 0,
  }));
  const series = [{ name: 'value', label: format.name(data.definition.title), color: 'vatra.6' }];

  return (
    <>
      <Paper {...card}>
        <Text {...text.cardTitle} mb="sm">
          {t('actionPlans.compare.chartTitle', {
            title: format.name(data.definition.title),
            year: String(data.year),
          })}
        </Text>
        <BarChart
          {...CHART}
          data={chartData}
          series={series}
          valueFormatter={(value) => shown(value)}
          yAxisProps={percent ? { domain: [0, 100] } : undefined}
        />
      </Paper>
      <Paper {...card} p={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table {...TABLE}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('actionPlans.compare.columns.municipality')}</Table.Th>
                <Table.Th>{t('actionPlans.compare.columns.plan')}</Table.Th>
                <Table.Th w={130}>{t('actionPlans.compare.columns.fraction')}</Table.Th>
                <Table.Th w={90}>{t('actionPlans.compare.columns.value')}</Table.Th>
                <Table.Th w={100}>{t('actionPlans.compare.columns.target')}</Table.Th>
                <Table.Th w={130}>{t('actionPlans.compare.columns.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item) => {
                const own = item.indicators[0];
                return (
                  <Table.Tr key={item.plan.id}>
                    <Table.Td>{format.name(item.municipality.name)}</Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={recordPath.actionPlan(item.plan.id, 'indicators')}
                        size="sm"
                      >
                        {item.plan.title.original}
                      </Anchor>
                      {format.locale === 'en' && <Text {...text.caption}>{item.plan.title.en}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {item.value.denominator === null
                        ? format.number(item.value.numerator)
                        : `${format.number(item.value.numerator)} / ${format.number(item.value.denominator)}`}
                    </Table.Td>
                    <Table.Td fw={600}>{shown(item.value.value)}</Table.Td>
                    <Table.Td>{own ? indicatorValue(own.target, unit, format.number, t) : '—'}</Table.Td>
                    <Table.Td>
                      {own ? (
                        <ProgressBadge status={own.progress.status} />
                      ) : (
                        <Text {...text.caption}>{t('actionPlans.compare.noOwnIndicator')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
