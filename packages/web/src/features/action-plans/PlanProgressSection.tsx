import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney, type PlanDashboard } from '@vatra/core';
import { recordPath, text, tone } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { usePlanDashboard } from './data';
import { PROGRESS_COLOR, PROGRESS_ORDER, executionPercent } from './display';

const CARDS = { cols: { base: 1, sm: 2, lg: 3 }, spacing: 'md', verticalSpacing: 'md' } as const;
const CARD = { p: 'md', withBorder: true } as const;
const HEADER = { gap: 2, p: 'md', pb: 'sm' } as const;
const BAR = { size: 14, radius: 'sm' } as const;

type PlanEntry = PlanDashboard['plans'][number];

/** Home: how the plans in the user's area are doing this year, one compact card per plan. */
export function PlanProgressSection() {
  const { t } = useTranslation();
  const dashboard = usePlanDashboard(true);
  if (dashboard.isPending) return <PageLoader height={120} />;
  if (dashboard.error) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;
  return (
    <Paper>
      <Stack {...HEADER}>
        <Title order={3}>{t('actionPlans.dashboard.title')}</Title>
        <Text {...text.muted}>{t('actionPlans.dashboard.intro', { year: String(data.year) })}</Text>
      </Stack>
      <Stack p="md" pt={0}>
        {data.plans.length === 0 ? (
          <Text {...text.muted}>{t('actionPlans.dashboard.empty')}</Text>
        ) : (
          <SimpleGrid {...CARDS}>
            {data.plans.map((entry) => (
              <PlanCard key={entry.plan.id} entry={entry} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

function PlanCard({ entry }: { entry: PlanEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = PROGRESS_ORDER.map((status) => ({ status, count: entry.progress[status] ?? 0 }));
  const total = counts.reduce((sum, item) => sum + item.count, 0);
  const overdue = entry.overdueActions.length;
  return (
    <Paper {...CARD}>
      <Stack gap="xs">
        <div>
          <Anchor component={Link} to={recordPath.actionPlan(entry.plan.id)} fw={600} size="sm" lineClamp={2}>
            {entry.plan.title.original}
          </Anchor>
          <Text {...text.caption}>{format.name(entry.plan.municipality.name)}</Text>
        </div>
        {total > 0 && (
          <Progress.Root {...BAR}>
            {counts
              .filter((item) => item.count > 0)
              .map((item) => {
                const label = t('actionPlans.dashboard.indicatorsCount', {
                  label: t(`actionPlans.progress.${item.status}`),
                  count: format.number(item.count),
                });
                return (
                  <Tooltip key={item.status} label={label}>
                    <Progress.Section
                      value={(item.count / total) * 100}
                      color={PROGRESS_COLOR[item.status]}
                      aria-label={label}
                    />
                  </Tooltip>
                );
              })}
          </Progress.Root>
        )}
        <Group gap={10} wrap="wrap">
          {counts
            .filter((item) => item.count > 0)
            .map((item) => (
              <Text key={item.status} size="xs">
                {t('actionPlans.dashboard.indicatorsCount', {
                  label: t(`actionPlans.progress.${item.status}`),
                  count: format.number(item.count),
                })}
              </Text>
            ))}
        </Group>
        {overdue > 0 ? (
          <Tooltip label={<OverdueList entry={entry} />} multiline w={360} position="bottom-start">
            <Anchor
              component={Link}
              to={recordPath.actionPlan(entry.plan.id)}
              size="xs"
              c={tone.overdue}
              fw={600}
            >
              {t('actionPlans.dashboard.overdue', { count: format.number(overdue) })}
            </Anchor>
          </Tooltip>
        ) : (
          <Text size="xs" c="dimmed">
            {t('actionPlans.dashboard.noOverdue')}
          </Text>
        )}
        {entry.budget.map((item) => {
          const percent = executionPercent(item.planned, item.actual);
          return (
            <div key={item.currency}>
              <Text size="xs" fw={600}>
                {t('actionPlans.dashboard.budget', { currency: item.currency })}
              </Text>
              <Progress value={Math.min(100, percent ?? 0)} size="sm" color={tone.success} />
              <Text {...text.caption}>
                {t('actionPlans.dashboard.execution', {
                  percent: percent === null ? '—' : `${format.number(percent)}%`,
                  actual: formatMoney(format.locale, item.actual, item.currency),
                  planned: formatMoney(format.locale, item.planned, item.currency),
                })}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** The first overdue actions with their deadline as the plan states it. */
function OverdueList({ entry }: { entry: PlanEntry }) {
  const shown = entry.overdueActions.slice(0, 5);
  const more = entry.overdueActions.length - shown.length;
  return (
    <Stack gap={2}>
      {shown.map((action) => (
        <Text key={action.rowId} size="xs">
          {`${action.number ?? ''} ${action.title.original} (${action.deadline})`.trim()}
        </Text>
      ))}
      {more > 0 && <Text size="xs">{`+${more}`}</Text>}
    </Stack>
  );
}
