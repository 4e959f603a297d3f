import { useState } from 'react';
import { Anchor, Button, Group, Paper, Popover, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionPlanDetail, IndicatorDefinitionSummary, PlanIndicatorState } from '@vatra/core';
import { button, card, layout, text } from '../../components/presets';
import { EmptyState, PageLoader, QueryError, useModalTarget } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useIndicatorDefinitions, usePlanIndicators } from './data';
import { defaultYear, indicatorValue, periodYears } from './display';
import { LinkModal } from './LinkModal';
import { ProgressBadge, SourceLines } from './parts';
import { ProgressLegend } from './ProgressLegend';
import { RecordValueModal } from './RecordValueModal';

const TABLE = { verticalSpacing: 'xs', fz: 'sm' } as const;
const YEAR_SELECT = { w: 120, allowDeselect: false } as const;
const POPOVER = { width: 340, position: 'bottom-start', withArrow: true, shadow: 'md' } as const;

/** The plan's indicators for one year: target, current value, progress and where the value comes from. */
export function IndicatorsTab({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const [year, setYear] = useState(() => defaultYear(plan.period));
  const indicators = usePlanIndicators(plan.id, year);
  const definitions = useIndicatorDefinitions();
  const linking = useModalTarget<PlanIndicatorState>();
  const recording = useModalTarget<PlanIndicatorState>();
  const canEdit = hasScope(me, 'plan.edit') && plan.status !== 'evaluated';
  const byKey = new Map((definitions.data ?? []).map((item) => [item.key, item]));

  let body;
  if (indicators.isPending) body = <PageLoader height={160} />;
  else if (indicators.error)
    body = <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />;
  else if (indicators.data.items.length === 0)
    body = <EmptyState title={t('actionPlans.indicators.empty')} />;
  else
    body = (
      <Paper {...card} p={0}>
        <Table.ScrollContainer minWidth={1000}>
          <Table {...TABLE}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t('actionPlans.indicators.columns.number')}</Table.Th>
                <Table.Th>{t('actionPlans.indicators.columns.indicator')}</Table.Th>
                <Table.Th w={90}>{t('actionPlans.indicators.columns.target')}</Table.Th>
                <Table.Th w={100}>{t('actionPlans.indicators.columns.current')}</Table.Th>
                <Table.Th w={120}>{t('actionPlans.indicators.columns.progress')}</Table.Th>
                <Table.Th w={230}>{t('actionPlans.indicators.columns.source')}</Table.Th>
                {canEdit && <Table.Th w={130} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.data.items.map((item) => (
                <IndicatorRow
                  key={item.indicatorId}
                  item={item}
                  definition={item.link ? byKey.get(item.link.definitionKey) : undefined}
                  onLink={canEdit ? () => linking.open(item) : undefined}
                  onRecord={canEdit ? () => recording.open(item) : undefined}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <Stack>
      <Group {...layout.header} align="flex-end">
        <Title order={3}>{t('actionPlans.tabs.indicators')}</Title>
        <Select
          {...YEAR_SELECT}
          label={t('actionPlans.indicators.year')}
          data={periodYears(plan.period).map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
        />
      </Group>
      {body}
      <ProgressLegend />
      <LinkModal
        planId={plan.id}
        year={year}
        indicator={linking.target}
        opened={linking.opened}
        onClose={linking.close}
      />
      <RecordValueModal
        planId={plan.id}
        year={year}
        indicator={recording.target}
        opened={recording.opened}
        onClose={recording.close}
      />
    </Stack>
  );
}

function IndicatorRow({
  item,
  definition,
  onLink,
  onRecord,
}: {
  item: PlanIndicatorState;
  definition: IndicatorDefinitionSummary | undefined;
  onLink?: () => void;
  onRecord?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (n: number | string | null) => indicatorValue(n, item.unit, format.number, t);
  return (
    <Table.Tr>
      <Table.Td>
        <Text className="vatra-mono" size="sm" fw={600}>
          {item.rowNumber ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <SourceLines value={item.text} />
        <Text {...text.caption}>{t(`actionPlans.units.${item.unit}`)}</Text>
      </Table.Td>
      <Table.Td>{value(item.progress.target)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {value(item.current)}
        </Text>
        {item.progress.expected !== null && item.unit !== 'percent' && (
          <Text {...text.caption}>
            {t('actionPlans.indicators.expected', { value: value(item.progress.expected) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ProgressBadge status={item.progress.status} />
      </Table.Td>
      <Table.Td>
        {item.link ? <ComputedSource item={item} definition={definition} /> : <ManualSource item={item} />}
      </Table.Td>
      {(onLink || onRecord) && (
        <Table.Td>
          <Stack gap={4}>
            {onLink && (
              <Button {...button.small} fullWidth onClick={onLink}>
                {t('actionPlans.indicators.link')}
              </Button>
            )}
            {onRecord && !item.link && (
              <Button {...button.small} fullWidth onClick={onRecord}>
                {t('actionPlans.indicators.record')}
              </Button>
            )}
          </Stack>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** "computed: <definition>" and, on click, what is counted: "7 of 10 = 70%". */
function ComputedSource({
  item,
  definition,
}: {
  item: PlanIndicatorState;
  definition: IndicatorDefinitionSummary | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = definition ? format.name(definition.title) : (item.link?.definitionKey ?? '');
  const computed = item.computed;
  const shown = (n: number | null) =>
    n === null ? '—' : definition?.unit === 'percent' ? `${format.number(n)}%` : format.number(n);
  return (
    <Popover {...POPOVER}>
      <Popover.Target>
        <Anchor component="button" type="button" size="sm" ta="left">
          {t('actionPlans.indicators.computed', { title })}
        </Anchor>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          {definition && <Text size="sm">{format.name(definition.definition)}</Text>}
          {definition && (
            <Text {...text.caption}>
              {t('actionPlans.indicators.numerator', { text: format.name(definition.numerator) })}
            </Text>
          )}
          {definition?.denominator && (
            <Text {...text.caption}>
              {t('actionPlans.indicators.denominator', { text: format.name(definition.denominator) })}
            </Text>
          )}
          {computed && (
            <>
              <Text size="sm" fw={600}>
                {computed.denominator === null
                  ? t('actionPlans.indicators.countValue', { numerator: format.number(computed.numerator) })
                  : t('actionPlans.indicators.fraction', {
                      numerator: format.number(computed.numerator),
                      denominator: format.number(computed.denominator),
                      value: shown(computed.value),
                    })}
              </Text>
              {computed.denominator === 0 && (
                <Text {...text.caption}>{t('actionPlans.indicators.noDenominator')}</Text>
              )}
              <Text {...text.caption}>
                {t('actionPlans.indicators.computedPeriod', {
                  from: format.date(computed.from),
                  to: format.date(computed.to),
                })}
              </Text>
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** "manual": the latest value, who recorded it, when, and its evidence. */
function ManualSource({ item }: { item: PlanIndicatorState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const last = item.manual[0];
  return (
    <Stack gap={0}>
      <Text size="sm">{t('actionPlans.indicators.manual')}</Text>
      {last ? (
        <>
          <Text {...text.caption}>
            {t('actionPlans.indicators.recorded', {
              value: indicatorValue(last.value, item.unit, format.number, t),
              from: format.date(last.periodStart),
              to: format.date(last.periodEnd),
            })}
          </Text>
          <Text {...text.caption}>
            {t('actionPlans.indicators.recordedBy', {
              name: last.recordedBy?.name ?? t('actionPlans.versions.unknownUser'),
              date: format.dateTime(last.recordedAt),
            })}
          </Text>
          {last.evidence && (
            <Anchor
              href={`/api/documents/${last.evidence.id}/content`}
              target="_blank"
              rel="noopener"
              size="xs"
            >
              {t('actionPlans.indicators.evidence', { file: last.evidence.fileName })}
            </Anchor>
          )}
        </>
      ) : (
        <Text {...text.caption}>{t('actionPlans.indicators.noValue')}</Text>
      )}
    </Stack>
  );
}
