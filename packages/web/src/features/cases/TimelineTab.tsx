import { Paper, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEventView, Catalog } from '@vatra/core';
import { card, text } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { useCaseTimeline } from './data';
import { monthName } from './MonitoringTab';
import { Nothing, personName } from './parts';

type EventKey = keyof Catalog['web']['cases']['timeline']['events'];

const BULLET = { bulletSize: 14, lineWidth: 2 } as const;

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Every event of the case, newest first: what, who, for which institution, when. */
export function TimelineTab({ kase }: { kase: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const timeline = useCaseTimeline(kase.id);

  if (timeline.isPending) return <PageLoader height={160} />;
  if (timeline.error) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const events = [...timeline.data].sort((a, b) => b.at.localeCompare(a.at));
  if (events.length === 0)
    return (
      <Paper {...card}>
        <Nothing>{t('cases.timeline.none')}</Nothing>
      </Paper>
    );

  const label = (kind: string) => {
    const key = `cases.timeline.events.${kind.replace(/\./g, '_')}`;
    return i18n.exists(key) ? t(key as `cases.timeline.events.${EventKey}`) : kind;
  };

  /** The facts worth a line: the form, the outcome, the month, the number, the reason. */
  const facts = (event: CaseEventView): string[] => {
    const d = event.details;
    const out: string[] = [];
    if (event.personId && event.personId !== kase.person.id) {
      const member = kase.members.find((item) => item.id === event.personId);
      if (member) out.push(personName(member));
    }
    if (d.form === 'fvn' || d.form === 'anamnesis')
      out.push(t('cases.timeline.details.form', { form: t(`cases.assessment.${d.form}`) }));
    if (isString(d.outcome)) {
      const visitKey = `cases.visit.outcomes.${d.outcome}`;
      const closeKey = `cases.close.outcomes.${d.outcome}`;
      const word = i18n.exists(visitKey)
        ? t(visitKey as never)
        : i18n.exists(closeKey)
          ? t(closeKey as never)
          : d.outcome;
      out.push(t('cases.timeline.details.outcome', { outcome: String(word) }));
    }
    if (isString(d.period))
      out.push(t('cases.timeline.details.period', { period: monthName(format.locale, d.period) }));
    if (isString(d.number)) out.push(t('cases.timeline.details.number', { number: d.number }));
    if (isString(d.decisionNumber))
      out.push(t('cases.timeline.details.decision', { number: d.decisionNumber }));
    if (isString(d.reason)) out.push(t('cases.timeline.details.reason', { reason: d.reason }));
    return out;
  };

  return (
    <Paper {...card}>
      <Timeline {...BULLET} active={events.length}>
        {events.map((event) => {
          const who = event.actor
            ? event.institution
              ? t('cases.timeline.by', { name: event.actor.fullName, institution: event.institution.name })
              : event.actor.fullName
            : t('cases.timeline.system');
          const lines = facts(event);
          return (
            <Timeline.Item key={event.id} title={label(event.kind)}>
              <Stack gap={2}>
                {lines.length > 0 && <Text size="sm">{lines.join(' · ')}</Text>}
                <Text {...text.caption}>{`${format.dateTime(event.at)} · ${who}`}</Text>
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
