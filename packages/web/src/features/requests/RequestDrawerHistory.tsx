import { Badge, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@vatra/core';
import { card, layout, text, tone } from '../../components/presets';
import { useFormat } from '../../lib/locale';

/** What became of the request: its decisions, the appeals against them, and the execution. */
export function RequestHistory({ request }: { request: RequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (request.decisions.length === 0 && request.appeals.length === 0 && !request.execution) return null;
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        {request.decisions.length > 0 && <Text {...text.cardTitle}>{t('requests.decisions')}</Text>}
        {request.decisions.map((decision) => (
          <Stack key={decision.id} gap={2}>
            <Group {...layout.chips}>
              <Badge color={decision.outcome === 'rejected' ? tone.danger : tone.success}>
                {t(`requests.outcomes.${decision.outcome}`)}
              </Badge>
              {decision.amount !== null && <Text size="sm">{format.number(decision.amount)}</Text>}
            </Group>
            <Text {...text.caption}>
              {t('requests.decisionLine', {
                number: decision.number,
                institution: decision.institution.name,
                date: format.date(decision.decidedOn),
              })}
              {decision.atMeeting ? ` · ${t('requests.atMeeting')}` : ''}
            </Text>
            <Text size="sm">{decision.reasons}</Text>
            {decision.letter && (
              <Text {...text.caption}>
                {`${t('requests.fields.reference')}: ${decision.letter.reference}`}
              </Text>
            )}
            {decision.notifiedOn && (
              <Text
                {...text.caption}
              >{`${t('requests.fields.notifiedOn')}: ${format.date(decision.notifiedOn)}`}</Text>
            )}
          </Stack>
        ))}
        {request.appeals.length > 0 && (
          <>
            <Divider />
            <Text {...text.cardTitle}>{t('requests.appeals')}</Text>
          </>
        )}
        {request.appeals.map((appeal) => (
          <Stack key={appeal.id} gap={2}>
            <Text {...text.caption}>
              {t('requests.appealLine', {
                filed: format.date(appeal.filedOn),
                due: format.date(appeal.decisionDueOn),
              })}
            </Text>
            <Text size="sm">{appeal.grounds}</Text>
            {appeal.outcome && <Badge>{t(`requests.appealOutcomes.${appeal.outcome}`)}</Badge>}
          </Stack>
        ))}
        {request.execution && (
          <>
            <Divider />
            <Text {...text.cardTitle}>{t('requests.execution')}</Text>
            <Text size="sm">
              {t('requests.executionLine', {
                started: format.date(request.execution.startedOn),
                institution: request.execution.institution.name,
              })}
            </Text>
            {request.execution.completedOn && (
              <Text size="sm">
                {t('requests.completedLine', {
                  date: format.date(request.execution.completedOn),
                  cost: format.number(request.execution.actualCost ?? 0),
                })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
