import { useState } from 'react';
import {
  Accordion,
  ActionIcon,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionPlanDetail, PlanIndicator } from '@vatra/core';
import { IconInfo, IconPencil } from '../../components/icons';
import { badge, card, layout, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { costText, deadlineText, indicatorValue } from './display';
import { SourceLines } from './parts';
import { RowEditModal } from './RowEditModal';
import { hasDetails, type PlanRow, type RowLevel } from './rows';

const DETAILS = { cols: { base: 1, sm: 2, lg: 4 }, spacing: 'md', verticalSpacing: 4 } as const;
const NUMBER = { className: 'vatra-mono', fw: 700, size: 'sm', miw: 36 } as const;
const ACCORDION = { multiple: true, variant: 'separated', chevronPosition: 'left' } as const;
const ACTION_ROW = {
  pl: 'md',
  py: 'xs',
  style: { borderLeft: '3px solid var(--mantine-color-gray-3)' },
} as const;

/** Objectives → measures → actions as the plan states them; editors may change a row. */
export function StructureTab({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const canEdit = hasScope(me, 'plan.edit') && plan.status !== 'evaluated';
  const [editing, setEditing] = useState<string | null>(null);
  const goals = new Map(plan.content.goals.map((goal) => [goal.id, goal]));
  const onEdit = canEdit ? setEditing : undefined;

  return (
    <Stack>
      <Accordion {...ACCORDION} defaultValue={plan.content.objectives.slice(0, 1).map((o) => o.id)}>
        {plan.content.objectives.map((objective) => {
          const goal = objective.goal ? goals.get(objective.goal) : undefined;
          return (
            <Accordion.Item key={objective.id} value={objective.id}>
              <Accordion.Control>
                <Group {...layout.inline} align="flex-start">
                  <Text {...NUMBER}>{objective.number ?? ''}</Text>
                  <Stack gap={2} miw={0} style={{ flex: 1 }}>
                    {goal && (
                      <Text
                        {...text.caption}
                      >{`${t('actionPlans.structure.goal')} ${goal.number ?? ''}: ${goal.title.original}`}</Text>
                    )}
                    <SourceLines value={objective.title} strong />
                    <Text {...text.caption}>
                      {t('actionPlans.structure.measuresCount', { count: objective.measures.length })}
                    </Text>
                  </Stack>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <RowBody row={objective} level="objective" onEdit={onEdit} />
                  {objective.measures.map((measure) => (
                    <Paper key={measure.id} {...card}>
                      <Stack gap="xs">
                        <RowHeading row={measure} level="measure" onEdit={onEdit} />
                        <RowBody row={measure} level="measure" />
                        {measure.actions.map((action) => (
                          <Stack key={action.id} gap={4} {...ACTION_ROW}>
                            <RowHeading row={action} level="action" onEdit={onEdit} />
                            <RowBody row={action} level="action" />
                          </Stack>
                        ))}
                      </Stack>
                    </Paper>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {plan.content.notes.length > 0 && <PlanNotes notes={plan.content.notes} />}
      <RowEditModal plan={plan} rowId={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

/** What the people who turned the source into data noted about it (in English, as written). */
function PlanNotes({ notes }: { notes: string[] }) {
  const { t } = useTranslation();
  return (
    <Paper {...card}>
      <Text {...text.overline}>{t('actionPlans.structure.planNotes')}</Text>
      {notes.map((note) => (
        <Text key={note} size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      ))}
    </Paper>
  );
}

function RowHeading({
  row,
  level,
  onEdit,
}: {
  row: PlanRow;
  level: RowLevel;
  onEdit?: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group {...layout.spread} align="flex-start">
      <Group {...layout.inline} align="flex-start" miw={0}>
        <Text {...NUMBER}>{row.number ?? ''}</Text>
        <Stack gap={0} miw={0}>
          <Text {...text.overline}>{t(`actionPlans.structure.${level}`)}</Text>
          <SourceLines value={row.title} strong={level === 'measure'} />
        </Stack>
      </Group>
      {onEdit && <EditButton onClick={() => onEdit(row.id)} />}
    </Group>
  );
}

function EditButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('actionPlans.buttons.edit')}>
      <ActionIcon variant="subtle" color="gray" onClick={onClick} aria-label={t('actionPlans.buttons.edit')}>
        <IconPencil size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

/** Who, with whom, by when, at what cost, and the indicators of one row. */
function RowBody({ row, level, onEdit }: { row: PlanRow; level: RowLevel; onEdit?: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('actionPlans.structure.none');
  const details = hasDetails(row) ? row : null;
  return (
    <Stack gap={6}>
      {level === 'objective' && onEdit && (
        <Group justify="flex-end">
          <EditButton onClick={() => onEdit(row.id)} />
        </Group>
      )}
      {details && (
        <SimpleGrid {...DETAILS}>
          <Detail label={t('actionPlans.structure.responsible')}>
            {details.responsible.join(', ') || none}
          </Detail>
          <Detail label={t('actionPlans.structure.partners')}>{details.partners.join(', ') || none}</Detail>
          <Detail label={t('actionPlans.structure.deadline')}>
            {deadlineText(details.deadline, t, format.date) ?? none}
          </Detail>
          <Detail label={t('actionPlans.structure.costs')}>
            {details.costs.length
              ? details.costs.map((cost) => costText(cost, t, format.locale)).join('; ')
              : none}
          </Detail>
        </SimpleGrid>
      )}
      {row.indicators.length > 0 && <IndicatorList indicators={row.indicators} />}
      {row.note && <RowNote note={row.note} />}
    </Stack>
  );
}

function Detail({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text {...text.caption} fw={600}>
        {label}
      </Text>
      <Text size="xs">{children}</Text>
    </div>
  );
}

function IndicatorList({ indicators }: { indicators: PlanIndicator[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing={4} fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actionPlans.structure.indicators')}</Table.Th>
            <Table.Th w={110}>{t('actionPlans.structure.baseline')}</Table.Th>
            <Table.Th w={260}>{t('actionPlans.structure.targets')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <SourceLines value={indicator.text} size="xs" />
                  <Badge {...badge.outline} style={{ flexShrink: 0 }}>
                    {t(`actionPlans.units.${indicator.unit}`)}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>
                {indicator.baseline
                  ? indicatorValue(indicator.baseline.value, indicator.unit, format.number, t)
                  : t('actionPlans.structure.none')}
              </Table.Td>
              <Table.Td>
                {indicator.targets.length
                  ? indicator.targets
                      .map((target) =>
                        t('actionPlans.structure.targetYear', {
                          year: String(target.year),
                          value: indicatorValue(target.value, indicator.unit, format.number, t),
                        }),
                      )
                      .join(' · ')
                  : t('actionPlans.structure.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * What the people who turned the source into data noted on a row. The notes are in English and
 * matter little day to day, so they wait behind a small icon instead of filling the page.
 */
function RowNote({ note }: { note: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={note} multiline w={460} position="bottom-start">
      <Group gap={4} w="fit-content" c="dimmed" tabIndex={0} aria-label={note}>
        <IconInfo size={14} />
        <Text {...text.caption}>{t('actionPlans.structure.note')}</Text>
      </Group>
    </Tooltip>
  );
}
