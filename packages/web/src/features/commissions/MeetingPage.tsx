import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { VOTING_ROLES, type MeetingView } from '@vatra/core';
import { badge, button, card, layout, paths, text } from '../../components/presets';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { AgendaItemCard } from './AgendaItemCard';
import { pdfLink, useMeeting, useMeetingStep, useWaiting } from './data';

/** One meeting: members and attendance, the agenda from the waiting dossiers, votes, decisions, minutes. */
export function MeetingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  if (meeting.isPending) return <PageLoader />;
  if (meeting.error) return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('commissions.meeting.title', { number: m.number })}
        description={t('commissions.meeting.subtitle', {
          commission: m.institution.name,
          date: format.date(m.heldOn),
          place: m.place ?? '—',
        })}
        actions={
          <Group {...layout.chips}>
            <Badge {...badge.neutral}>{t(`commissions.status.${m.status}`)}</Badge>
            <Button {...button.small} component="a" href={pdfLink.minutes(m.id, 'sq')} target="_blank">
              {t('commissions.pdf.minutesSq')}
            </Button>
            <Button {...button.small} component="a" href={pdfLink.minutes(m.id, 'sr')} target="_blank">
              {t('commissions.pdf.minutesSr')}
            </Button>
          </Group>
        }
      />
      <Anchor component={Link} to={paths.meetings} size="sm">
        {t('commissions.meeting.back')}
      </Anchor>
      <MembersCard meeting={m} />
      <AgendaCard meeting={m} />
      {m.agenda.map((item) => (
        <AgendaItemCard key={item.id} meeting={m} item={item} />
      ))}
      <MinutesCard meeting={m} />
    </Stack>
  );
}

function MembersCard({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [present, setPresent] = useState<string[]>(
    meeting.memberList.filter((m) => m.present).map((m) => m.user.id),
  );
  const save = useMeetingStep<{ present: string[]; version: number }>(
    meeting.id,
    '/attendance',
    'attendance',
  );
  // The server keeps attendance as it was once an item is decided (the decision's quorum).
  const locked = !meeting.canManage || meeting.agenda.some((item) => item.decided);
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.spread}>
          <Text {...text.cardTitle}>{t('commissions.members.title')}</Text>
          <Text {...text.caption}>
            {t('commissions.members.quorum', { quorum: meeting.quorum, present: meeting.presentVoting })}
          </Text>
        </Group>
        {meeting.memberList.map((member) => (
          <Checkbox
            key={member.user.id}
            label={`${member.user.fullName} · ${t(`commissions.role.${member.role}`)}`}
            description={VOTING_ROLES.includes(member.role) ? undefined : t('commissions.members.noVote')}
            checked={present.includes(member.user.id)}
            disabled={locked}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              setPresent((list) =>
                checked ? [...list, member.user.id] : list.filter((userId) => userId !== member.user.id),
              );
            }}
          />
        ))}
        {!locked && (
          <Group {...layout.formActions}>
            <Button
              loading={save.isPending}
              onClick={() => save.mutate({ present, version: meeting.version })}
            >
              {t('commissions.members.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function AgendaCard({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const waiting = useWaiting(meeting.id, meeting.canManage);
  const save = useMeetingStep<{ items: { requestId: string; appealId: string | null }[]; version: number }>(
    meeting.id,
    '/agenda',
    'agenda',
  );
  const current = meeting.agenda.map((item) => ({
    requestId: item.dossier.requestId,
    appealId: item.dossier.appeal?.id ?? null,
  }));
  const move = (index: number, by: number) => {
    const items = [...current];
    const [moved] = items.splice(index, 1);
    if (!moved) return;
    items.splice(index + by, 0, moved);
    save.mutate({ items, version: meeting.version });
  };
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('commissions.agenda.title')}</Text>
        {meeting.agenda.length === 0 && <Text {...text.muted}>{t('commissions.agenda.empty')}</Text>}
        {meeting.agenda.length > 0 && (
          <Table>
            <Table.Tbody>
              {meeting.agenda.map((item, index) => (
                <Table.Tr key={item.id}>
                  <Table.Td w={40}>{item.position}</Table.Td>
                  <Table.Td className="vatra-mono">{item.dossier.requestNumber}</Table.Td>
                  <Table.Td>{item.dossier.personName}</Table.Td>
                  <Table.Td>
                    {meeting.canManage && !item.decided && (
                      <Group {...layout.chips}>
                        <Button {...button.small} disabled={index === 0} onClick={() => move(index, -1)}>
                          {t('commissions.agenda.up')}
                        </Button>
                        <Button
                          {...button.small}
                          disabled={index === meeting.agenda.length - 1}
                          onClick={() => move(index, 1)}
                        >
                          {t('commissions.agenda.down')}
                        </Button>
                        {item.votes.length === 0 && (
                          <Button
                            {...button.small}
                            onClick={() =>
                              save.mutate({
                                items: current.filter((_, i) => i !== index),
                                version: meeting.version,
                              })
                            }
                          >
                            {t('commissions.agenda.remove')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {meeting.canManage && (
          <>
            <Text {...text.overline}>{t('commissions.waiting.title')}</Text>
            {waiting.data?.items.length === 0 && (
              <Text {...text.muted}>{t('commissions.waiting.empty')}</Text>
            )}
            {waiting.data?.items.map((dossier) => (
              <Group key={`${dossier.requestId}/${dossier.appeal?.id ?? ''}`} {...layout.spread}>
                <div>
                  <Text fw={500}>
                    {dossier.requestNumber} · {dossier.personName}
                  </Text>
                  <Text {...text.caption}>
                    {dossier.appeal
                      ? t('commissions.waiting.appeal', { decision: dossier.appeal.decisionNumber })
                      : dossier.description}
                  </Text>
                </div>
                <Button
                  {...button.small}
                  loading={save.isPending}
                  onClick={() =>
                    save.mutate({
                      items: [
                        ...current,
                        { requestId: dossier.requestId, appealId: dossier.appeal?.id ?? null },
                      ],
                      version: meeting.version,
                    })
                  }
                >
                  {t('commissions.waiting.add')}
                </Button>
              </Group>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function MinutesCard({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const close = useMeetingStep<{ minutes: string; version: number }>(meeting.id, '/close', 'closed');
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('commissions.minutes.title')}</Text>
        {meeting.canManage ? (
          <>
            <Textarea
              label={t('commissions.minutes.label')}
              description={t('commissions.minutes.hint')}
              autosize
              minRows={4}
              value={minutes}
              onChange={(event) => setMinutes(event.currentTarget.value)}
            />
            <Group {...layout.formActions}>
              <Button
                loading={close.isPending}
                disabled={minutes.trim() === ''}
                onClick={() => close.mutate({ minutes, version: meeting.version })}
              >
                {t('commissions.minutes.close')}
              </Button>
            </Group>
          </>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes ?? t('commissions.minutes.none')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
