import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, type PlanRegisterEntry, type PlanRegisterKind } from '@vatra/core';
import { layout, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { RISK_LEVEL_COLOR } from './data';

export interface Column {
  label: string;
  render: (entry: PlanRegisterEntry) => ReactNode;
}

const Long = ({ children }: { children: ReactNode }) => (
  <Text size="sm" lineClamp={2} maw={360}>
    {children}
  </Text>
);

function Chips({ items }: { items: string[] }) {
  return (
    <Group {...layout.chips}>
      {items.map((item) => (
        <Badge key={item} variant="light" size="sm">
          {item}
        </Badge>
      ))}
    </Group>
  );
}

/** The columns of each register's table. */
export function useColumns(kind: PlanRegisterKind): Column[] {
  const { t } = useTranslation();
  const format = useFormat();
  const period = (from: string, to: string | undefined) =>
    t('planRegisters.period', {
      from: format.date(from),
      to: to ? format.date(to) : t('planRegisters.openEnded'),
    });
  const cases = (entry: PlanRegisterEntry) => <Chips items={entry.cases.map((item) => item.number)} />;
  const col = (label: string, render: Column['render']): Column => ({ label, render });
  const f = (name: 'date' | 'name' | 'institution' | 'topic' | 'organiser' | 'participantsCount') =>
    t(`planRegisters.fields.${name}`);
  switch (kind) {
    case 'team':
      return [
        col(f('name'), (e) => e.data.kind === 'team' && <Text fw={600}>{e.data.name}</Text>),
        col(f('institution'), (e) => e.data.kind === 'team' && e.data.institution),
        col(
          t('planRegisters.fields.teamRole'),
          (e) => e.data.kind === 'team' && t(`planRegisters.teamRoles.${e.data.teamRole}`),
        ),
        col(
          t('planRegisters.columns.decision'),
          (e) =>
            e.data.kind === 'team' &&
            t('planRegisters.decision', {
              number: e.data.decisionNumber,
              date: format.date(e.data.decisionDate),
            }),
        ),
        col(
          t('planRegisters.columns.period'),
          (e) => e.data.kind === 'team' && period(e.data.from, e.data.to),
        ),
      ];
    case 'meeting':
      return [
        col(f('date'), (e) => e.data.kind === 'meeting' && format.date(e.data.date)),
        col(
          t('planRegisters.fields.meetingType'),
          (e) => e.data.kind === 'meeting' && t(`planRegisters.meetingTypes.${e.data.meetingType}`),
        ),
        col(
          t('planRegisters.fields.participants'),
          (e) =>
            e.data.kind === 'meeting' &&
            t('planRegisters.participants', { count: e.data.participants.length }),
        ),
        col(t('planRegisters.columns.cases'), cases),
        col(
          t('planRegisters.fields.decisions'),
          (e) => e.data.kind === 'meeting' && <Long>{e.data.decisions ?? e.data.minutes}</Long>,
        ),
      ];
    case 'training':
      return [
        col(f('date'), (e) => e.data.kind === 'training' && format.date(e.data.date)),
        col(f('topic'), (e) => e.data.kind === 'training' && <Long>{e.data.topic}</Long>),
        col(f('organiser'), (e) => e.data.kind === 'training' && e.data.organiser),
        col(
          f('participantsCount'),
          (e) => e.data.kind === 'training' && format.number(e.data.participantsCount),
        ),
      ];
    case 'contact':
      return [
        col(f('name'), (e) => e.data.kind === 'contact' && <Text fw={600}>{e.data.name}</Text>),
        col(
          f('institution'),
          (e) =>
            e.data.kind === 'contact' && (
              <>
                <Text size="sm">{e.data.institution}</Text>
                {e.data.position && <Text {...text.caption}>{e.data.position}</Text>}
              </>
            ),
        ),
        col(
          t('planRegisters.fields.phone'),
          (e) =>
            e.data.kind === 'contact' && (
              <>
                <Text size="sm">{e.data.phone}</Text>
                {e.data.email && <Text {...text.caption}>{e.data.email}</Text>}
              </>
            ),
        ),
        col(
          t('planRegisters.fields.languages'),
          (e) =>
            e.data.kind === 'contact' && (
              <Chips items={e.data.languages.map((l) => t(`registry.languages.${l}`))} />
            ),
        ),
      ];
    case 'project':
      return [
        col(t('planRegisters.fields.title'), (e) => e.data.kind === 'project' && <Long>{e.data.title}</Long>),
        col(t('planRegisters.fields.donor'), (e) => e.data.kind === 'project' && e.data.donor),
        col(t('planRegisters.fields.implementer'), (e) => e.data.kind === 'project' && e.data.implementer),
        col(
          t('planRegisters.columns.period'),
          (e) => e.data.kind === 'project' && period(e.data.from, e.data.to),
        ),
        col(
          t('planRegisters.fields.budget'),
          (e) =>
            e.data.kind === 'project' &&
            e.data.budget !== undefined &&
            formatMoney(format.locale, e.data.budget, e.data.currency),
        ),
        col(
          t('planRegisters.fields.scope'),
          (e) => e.data.kind === 'project' && t(`planRegisters.scopes.${e.data.scope}`),
        ),
      ];
    case 'risk':
      return [
        col(
          t('planRegisters.fields.description'),
          (e) => e.data.kind === 'risk' && <Long>{e.data.description}</Long>,
        ),
        col(
          t('planRegisters.columns.score'),
          (e) =>
            e.risk && (
              <Badge color={RISK_LEVEL_COLOR[e.risk.level]} variant="filled">
                {`${e.risk.score} · ${t(`planRegisters.riskLevels.${e.risk.level}`)}`}
              </Badge>
            ),
        ),
        col(t('planRegisters.fields.owner'), (e) => e.data.kind === 'risk' && e.data.owner),
        col(
          t('planRegisters.fields.mitigation'),
          (e) => e.data.kind === 'risk' && <Long>{e.data.mitigation}</Long>,
        ),
        col(
          t('planRegisters.fields.status'),
          (e) => e.data.kind === 'risk' && t(`planRegisters.riskStatuses.${e.data.status}`),
        ),
      ];
    case 'outreach':
      return [
        col(f('date'), (e) => e.data.kind === 'outreach' && format.date(e.data.date)),
        col(
          t('planRegisters.fields.title'),
          (e) =>
            e.data.kind === 'outreach' && (
              <>
                <Long>{e.data.title}</Long>
                <Text {...text.caption}>
                  {[t(`planRegisters.outreachTypes.${e.data.eventType}`), e.data.place]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </>
            ),
        ),
        col(
          t('planRegisters.fields.communities'),
          (e) =>
            e.data.kind === 'outreach' && (
              <Chips items={e.data.communities.map((c) => t(`registry.communities.${c}`))} />
            ),
        ),
        col(
          t('planRegisters.fields.channel'),
          (e) =>
            e.data.kind === 'outreach' && (
              <>
                <Text size="sm">{t(`planRegisters.channels.${e.data.channel}`)}</Text>
                <Text {...text.caption}>
                  {e.data.languages.map((l) => t(`registry.languages.${l}`)).join(', ')}
                </Text>
              </>
            ),
        ),
        col(
          f('participantsCount'),
          (e) =>
            e.data.kind === 'outreach' &&
            e.data.participantsCount !== undefined &&
            format.number(e.data.participantsCount),
        ),
        col(t('planRegisters.columns.cases'), cases),
      ];
  }
}
