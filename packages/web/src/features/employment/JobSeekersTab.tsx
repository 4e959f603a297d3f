import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobSeekerProfile } from '@vatra/core';
import { FormDialog } from '../../components/DialogForm';
import { button, dialog, layout, rowLink, text, tone } from '../../components/presets';
import { RecordTable, RecordsTab } from '../../components/RecordList';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useJobSeekers } from './data';
import { ProfileForm, RefusalForm, ReviewForm } from './forms';

type Dialog = { kind: 'review' | 'refusal' | 'details'; profile: JobSeekerProfile } | null;

/** The Employment Office's job seekers: profiles, the next review (late in red), reviews and refusals. */
export function JobSeekersTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const canRecord = hasScope(me, 'employment.record');
  const [open, setOpen] = useState<Dialog>(null);
  const list = useJobSeekers();
  const close = () => setOpen(null);
  return (
    <RecordsTab
      lead={<Text {...text.muted}>{t('employment.jobSeekers.intro')}</Text>}
      add={
        canRecord
          ? {
              label: t('employment.jobSeekers.add'),
              title: t('employment.jobSeekers.addTitle'),
              form: (onDone) => <ProfileForm onDone={onDone} />,
            }
          : null
      }
      query={list}
      emptyTitle={t('employment.jobSeekers.none')}
      minWidth={900}
      columns={[
        t('employment.jobSeekers.person'),
        t('employment.jobSeekers.qualification'),
        t('employment.jobSeekers.registeredOn'),
        t('employment.jobSeekers.nextReview'),
        t('employment.jobSeekers.refusals'),
        canRecord && '',
      ]}
      row={(profile) => (
        <Table.Tr key={profile.id}>
          <Table.Td>
            <Anchor {...rowLink} onClick={() => setOpen({ kind: 'details', profile })}>
              {profile.name}
            </Anchor>
            <Text {...text.caption}>
              {[profile.personalNumber, profile.settlement].filter(Boolean).join(' · ')}
            </Text>
          </Table.Td>
          <Table.Td>{profile.qualification}</Table.Td>
          <Table.Td>{format.date(profile.registeredOn)}</Table.Td>
          <Table.Td>
            <Text c={profile.overdue ? tone.overdue : undefined} fw={profile.overdue ? 600 : undefined}>
              {format.date(profile.nextReviewOn)}
            </Text>
            {profile.overdue && <Text {...text.caption}>{t('employment.jobSeekers.overdue')}</Text>}
          </Table.Td>
          <Table.Td>{format.number(profile.refusals.length)}</Table.Td>
          {canRecord && (
            <Table.Td ta="right">
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button {...button.small} onClick={() => setOpen({ kind: 'review', profile })}>
                  {t('employment.jobSeekers.review')}
                </Button>
                <Button {...button.small} onClick={() => setOpen({ kind: 'refusal', profile })}>
                  {t('employment.jobSeekers.recordRefusal')}
                </Button>
              </Group>
            </Table.Td>
          )}
        </Table.Tr>
      )}
    >
      <FormDialog
        opened={open !== null}
        onClose={close}
        title={open ? t(`employment.jobSeekers.dialog.${open.kind}`, { name: open.profile.name }) : ''}
        size={open?.kind === 'details' ? dialog.wide : dialog.form}
      >
        {open?.kind === 'review' && <ReviewForm profile={open.profile} onDone={close} />}
        {open?.kind === 'refusal' && <RefusalForm profile={open.profile} onDone={close} />}
        {open?.kind === 'details' && <ProfileDetails profile={open.profile} />}
      </FormDialog>
    </RecordsTab>
  );
}

function ProfileDetails({ profile }: { profile: JobSeekerProfile }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack {...layout.section}>
      <Text>{profile.experience ?? t('employment.jobSeekers.noExperience')}</Text>
      <Text {...text.overline}>{t('employment.jobSeekers.reviews')}</Text>
      {profile.reviews.length === 0 ? (
        <Text {...text.muted}>{t('employment.jobSeekers.noReviews')}</Text>
      ) : (
        profile.reviews.map((review) => (
          <Stack key={review.id} gap={2}>
            <Text {...text.caption}>{[format.date(review.reviewedOn), review.reviewedBy].join(' · ')}</Text>
            <Text>{review.note}</Text>
          </Stack>
        ))
      )}
      <Text {...text.overline}>{t('employment.jobSeekers.refusalList')}</Text>
      <Text {...text.caption}>{t('employment.jobSeekers.refusalHint')}</Text>
      {profile.refusals.length === 0 ? (
        <Text {...text.muted}>{t('employment.jobSeekers.noRefusals')}</Text>
      ) : (
        <RecordTable
          columns={[
            t('employment.jobSeekers.offeredOn'),
            t('employment.jobSeekers.employer'),
            t('employment.jobSeekers.position'),
            t('employment.jobSeekers.reason'),
          ]}
        >
          {profile.refusals.map((refusal) => (
            <Table.Tr key={refusal.id}>
              <Table.Td>{format.date(refusal.offeredOn)}</Table.Td>
              <Table.Td>{refusal.employer}</Table.Td>
              <Table.Td>{refusal.position}</Table.Td>
              <Table.Td>
                <Text>{refusal.reason}</Text>
                <Text {...text.caption}>{refusal.recordedBy}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </RecordTable>
      )}
    </Stack>
  );
}
