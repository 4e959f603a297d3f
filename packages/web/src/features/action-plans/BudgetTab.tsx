import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, type ActionPlanDetail, type PlanBudget } from '@vatra/core';
import { IconAlert, IconPlus } from '../../components/icons';
import { button, card, layout, text, tone } from '../../components/presets';
import { PageLoader, QueryError, useModalTarget } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { usePlanBudget } from './data';
import { SourceLines } from './parts';
import { SchemeLinksSection } from './SchemeLinksSection';
import { SpendingModal } from './SpendingModal';
import { StepDoneModal, type BudgetStep } from './StepDoneModal';
import { useState } from 'react';

type Currency = 'EUR' | 'ALL';
type BudgetRow = PlanBudget['rows'][number];
const STEP_COLOR = {
  done: tone.success,
  due: tone.warning,
  overdue: tone.danger,
  later: tone.neutral,
} as const;
const CHART = { h: 240, dataKey: 'year', withLegend: true, tickLine: 'y', gridAxis: 'y' } as const;
const TABLE = { verticalSpacing: 6, fz: 'sm', striped: false } as const;

/** Planned against spent, per row and year; the totals that do not add up; the dated steps. */
export function BudgetTab({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const budget = usePlanBudget(plan.id);
  const [spending, setSpending] = useState(false);
  const step = useModalTarget<BudgetStep>();
  const canEdit = hasScope(me, 'plan.edit') && plan.status !== 'evaluated';

  if (budget.isPending) return <PageLoader height={160} />;
  if (budget.error) return <QueryError error={budget.error} onRetry={() => void budget.refetch()} />;
  const data = budget.data;
  const currencies = [...new Set(data.totals.map((total) => total.currency))];

  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('actionPlans.tabs.budget')}</Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setSpending(true)}>
            {t('actionPlans.budget.recordSpending')}
          </Button>
        )}
      </Group>
      {data.discrepancies.length > 0 && <Discrepancies budget={data} />}
      {currencies.length === 0 ? (
        <Paper {...card}>
          <Text {...text.muted}>{t('actionPlans.budget.noBudget')}</Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: currencies.length > 1 ? 2 : 1 }}>
          {currencies.map((currency) => (
            <YearChart key={currency} budget={data} currency={currency} />
          ))}
        </SimpleGrid>
      )}
      {currencies.length > 0 && <RowsTable budget={data} />}
      {data.bySource.length > 0 && <BySource budget={data} />}
      <SchemeLinksSection plan={plan} budget={data} canEdit={canEdit} />
      {data.steps.length > 0 && <Steps budget={data} onDone={canEdit ? step.open : undefined} />}
      <SpendingModal plan={plan} budget={data} opened={spending} onClose={() => setSpending(false)} />
      <StepDoneModal planId={plan.id} step={step.target} opened={step.opened} onClose={step.close} />
    </Stack>
  );
}

function useMoney() {
  const format = useFormat();
  return (value: number, currency: Currency) => formatMoney(format.locale, value, currency);
}

function Discrepancies({ budget }: { budget: PlanBudget }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Alert color={tone.warning} icon={<IconAlert />} title={t('actionPlans.budget.discrepancies')}>
      <List size="sm" spacing={4}>
        {budget.discrepancies.map((item) => (
          <List.Item key={item.id}>
            {t('actionPlans.budget.discrepancy', {
              label: item.label.original,
              stated: money(item.stated, item.currency),
              computed: money(item.computed, item.currency),
              difference: money(item.difference, item.currency),
            })}
            {item.note && <Text {...text.caption}>{item.note}</Text>}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function YearChart({ budget, currency }: { budget: PlanBudget; currency: Currency }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const data = budget.totals
    .filter((total) => total.currency === currency)
    .map((total) => ({
      year: total.year === null ? t('actionPlans.budget.wholePeriod') : String(total.year),
      planned: total.planned,
      actual: total.actual,
    }));
  const series = [
    { name: 'planned', label: t('actionPlans.budget.planned'), color: 'vatra.3' },
    { name: 'actual', label: t('actionPlans.budget.actual'), color: 'teal.6' },
  ];
  return (
    <Paper {...card}>
      <Text {...text.cardTitle} mb="sm">
        {t('actionPlans.budget.chartTitle', { currency })}
      </Text>
      <BarChart
        {...CHART}
        data={data}
        series={series}
        valueFormatter={(value) => money(value, currency)}
        yAxisProps={{ tickFormatter: (value: number) => format.number(value), width: 90 }}
      />
    </Paper>
  );
}

interface Line {
  key: string;
  year: number | null;
  currency: Currency;
  planned: number;
  actual: number;
}

/** One line per year and currency of a row: what was planned and what was spent. */
function rowLines(row: BudgetRow): Line[] {
  const lines = new Map<string, Line>();
  const line = (year: number | null, currency: Currency) => {
    const key = `${year ?? 'all'}-${currency}`;
    const existing = lines.get(key);
    if (existing) return existing;
    const fresh = { key, year, currency, planned: 0, actual: 0 };
    lines.set(key, fresh);
    return fresh;
  };
  for (const item of row.planned) line(item.year, item.currency).planned += item.amount;
  for (const item of row.actual) line(item.year, item.currency).actual += item.amount;
  return [...lines.values()].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.currency.localeCompare(b.currency),
  );
}

function RowsTable({ budget }: { budget: PlanBudget }) {
  const { t } = useTranslation();
  const money = useMoney();
  const rows = budget.rows
    .map((row) => ({ row, lines: rowLines(row) }))
    .filter((item) => item.lines.length > 0);
  const yearText = (year: number | null) =>
    year === null ? t('actionPlans.budget.wholePeriod') : String(year);
  return (
    <Paper {...card} p={0}>
      <Table.ScrollContainer minWidth={860}>
        <Table {...TABLE}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('actionPlans.budget.columns.row')}</Table.Th>
              <Table.Th w={140}>{t('actionPlans.budget.columns.year')}</Table.Th>
              <Table.Th w={150} ta="right">
                {t('actionPlans.budget.columns.planned')}
              </Table.Th>
              <Table.Th w={150} ta="right">
                {t('actionPlans.budget.columns.actual')}
              </Table.Th>
              <Table.Th w={150} ta="right">
                {t('actionPlans.budget.columns.difference')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ row, lines }) => {
              const span = Math.max(1, lines.length);
              const first = lines[0];
              return [
                <Table.Tr key={`${row.rowId}-0`}>
                  <Table.Td rowSpan={span} valign="top">
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Text className="vatra-mono" size="sm" fw={600} miw={40}>
                        {row.number ?? ''}
                      </Text>
                      <Stack gap={2} miw={0}>
                        <SourceLines value={row.title} />
                        {row.otherCosts.length > 0 && (
                          <Text
                            {...text.caption}
                          >{`${t('actionPlans.budget.otherCosts')}: ${row.otherCosts.join('; ')}`}</Text>
                        )}
                      </Stack>
                    </Group>
                  </Table.Td>
                  <LineCells line={first} yearText={yearText} money={money} />
                </Table.Tr>,
                ...lines.slice(1).map((line) => (
                  <Table.Tr key={`${row.rowId}-${line.key}`}>
                    <LineCells line={line} yearText={yearText} money={money} />
                  </Table.Tr>
                )),
              ];
            })}
          </Table.Tbody>
          <Table.Tfoot>
            {budget.totals.map((total) => (
              <Table.Tr key={`${total.year ?? 'all'}-${total.currency}`} fw={700}>
                <Table.Td>
                  {total.year === null
                    ? t('actionPlans.budget.total')
                    : t('actionPlans.budget.totalYear', { year: String(total.year) })}
                </Table.Td>
                <Table.Td>{total.currency}</Table.Td>
                <Table.Td ta="right">{money(total.planned, total.currency)}</Table.Td>
                <Table.Td ta="right">{money(total.actual, total.currency)}</Table.Td>
                <Table.Td ta="right">{money(total.planned - total.actual, total.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function LineCells({
  line,
  yearText,
  money,
}: {
  line: Line | undefined;
  yearText: (year: number | null) => string;
  money: (value: number, currency: Currency) => string;
}) {
  if (!line)
    return (
      <>
        <Table.Td />
        <Table.Td />
        <Table.Td />
        <Table.Td />
      </>
    );
  const over = line.actual > line.planned && line.planned > 0;
  return (
    <>
      <Table.Td>{yearText(line.year)}</Table.Td>
      <Table.Td ta="right">{money(line.planned, line.currency)}</Table.Td>
      <Table.Td ta="right">{money(line.actual, line.currency)}</Table.Td>
      <Table.Td ta="right" c={over ? tone.danger : undefined}>
        {money(line.planned - line.actual, line.currency)}
      </Table.Td>
    </>
  );
}

function BySource({ budget }: { budget: PlanBudget }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Paper {...card} p={0}>
      <Text {...text.cardTitle} p="md" pb={0}>
        {t('actionPlans.budget.bySource')}
      </Text>
      <Table {...TABLE}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actionPlans.budget.source')}</Table.Th>
            <Table.Th w={150} ta="right">
              {t('actionPlans.budget.columns.planned')}
            </Table.Th>
            <Table.Th w={150} ta="right">
              {t('actionPlans.budget.columns.actual')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {budget.bySource.map((item) => (
            <Table.Tr key={`${item.fundingSource}-${item.currency}`}>
              <Table.Td>{item.fundingSource || t('actionPlans.budget.noSource')}</Table.Td>
              <Table.Td ta="right">{money(item.planned, item.currency)}</Table.Td>
              <Table.Td ta="right">{money(item.actual, item.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Steps({ budget, onDone }: { budget: PlanBudget; onDone?: (step: BudgetStep) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper {...card} p={0}>
      <Text {...text.cardTitle} p="md" pb={0}>
        {t('actionPlans.budget.steps')}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table {...TABLE}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('actionPlans.budget.stepColumns.step')}</Table.Th>
              <Table.Th w={80}>{t('actionPlans.budget.stepColumns.year')}</Table.Th>
              <Table.Th w={130}>{t('actionPlans.budget.stepColumns.due')}</Table.Th>
              <Table.Th w={200}>{t('actionPlans.budget.stepColumns.state')}</Table.Th>
              {onDone && <Table.Th w={130} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {budget.steps.map((step) => (
              <Table.Tr key={`${step.stepId}-${step.year}`}>
                <Table.Td>
                  <SourceLines value={step.title} />
                </Table.Td>
                <Table.Td>{String(step.year)}</Table.Td>
                <Table.Td>{format.date(step.dueOn)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Badge color={STEP_COLOR[step.state]} variant="light">
                      {t(`actionPlans.budget.stepStates.${step.state}`)}
                    </Badge>
                    {step.doneOn && (
                      <Text {...text.caption}>
                        {t('actionPlans.budget.doneOn', { date: format.date(step.doneOn) })}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                {onDone && (
                  <Table.Td>
                    {step.state !== 'done' && (
                      <Button {...button.small} onClick={() => onDone(step)}>
                        {t('actionPlans.budget.markDone')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
