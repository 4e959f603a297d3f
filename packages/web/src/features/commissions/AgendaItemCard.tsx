import { useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  VOTE_CHOICES,
  VOTING_ROLES,
  type AgendaItemView,
  type MeetingView,
  type VoteChoice,
} from '@vatra/core';
import { badge, button, card, layout, text, tone } from '../../components/presets';
import { pdfLink, useMeetingStep } from './data';

interface Ballot {
  vote: VoteChoice | null;
  conflictDeclared: boolean;
}

/** One dossier on the agenda: the members' votes (with conflict declarations) and the decision. */
export function AgendaItemCard({ meeting, item }: { meeting: MeetingView; item: AgendaItemView }) {
  const { t } = useTranslation();
  const voters = meeting.memberList.filter((m) => m.present && VOTING_ROLES.includes(m.role));
  const [ballots, setBallots] = useState<Record<string, Ballot>>(() =>
    Object.fromEntries(
      item.votes.map((v) => [
        v.user.id,
        { vote: v.vote === 'excluded' ? null : v.vote, conflictDeclared: v.conflictDeclared },
      ]),
    ),
  );
  const votes = useMeetingStep<{ votes: { userId: string; vote?: VoteChoice; conflictDeclared: boolean }[] }>(
    meeting.id,
    `/items/${item.id}/votes`,
    'votes',
  );
  const dossier = item.dossier;
  const open = meeting.canManage && !item.decided;
  const setBallot = (userId: string, change: Partial<Ballot>) =>
    setBallots((current) => ({
      ...current,
      [userId]: { vote: null, conflictDeclared: false, ...current[userId], ...change },
    }));
  const saveVotes = () =>
    votes.mutate({
      votes: Object.entries(ballots).map(([userId, ballot]) => ({
        userId,
        conflictDeclared: ballot.conflictDeclared,
        ...(ballot.vote && !ballot.conflictDeclared ? { vote: ballot.vote } : {}),
      })),
    });

  // A decided item without a decision row reads as rejected, as the badge's label does.
  const outcome = item.decision?.outcome ?? 'rejected';
  const rejected = !item.appealOutcome && outcome === 'rejected';

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.spread}>
          <Text {...text.cardTitle}>
            {t('commissions.item.title', { position: item.position, number: dossier.requestNumber })}
          </Text>
          {item.decided && (
            <Badge {...badge.strong} color={rejected ? tone.danger : tone.primary}>
              {item.appealOutcome
                ? t(`commissions.appealOutcome.${item.appealOutcome}`)
                : t(`commissions.outcome.${outcome}`)}
            </Badge>
          )}
        </Group>
        <Text>
          {dossier.personName} · {dossier.caseNumber}
        </Text>
        <Text {...text.muted}>{dossier.description}</Text>
        {dossier.appeal && (
          <Text {...text.caption}>
            {t('commissions.item.appeal', {
              decision: dossier.appeal.decisionNumber,
              outcome: t(`commissions.outcome.${dossier.appeal.decisionOutcome}`),
              grounds: dossier.appeal.grounds,
            })}
          </Text>
        )}
        {dossier.caseManager && (
          <Text {...text.caption}>
            {t('commissions.item.manager', { name: dossier.caseManager.fullName })}
          </Text>
        )}
        <Text {...text.overline}>{t('commissions.item.votes')}</Text>
        {voters.length === 0 && <Text {...text.muted}>{t('commissions.item.nonepresent')}</Text>}
        {voters.map((member) => {
          const ballot = ballots[member.user.id];
          const conflicted = dossier.caseManager?.id === member.user.id;
          return (
            <Group key={member.user.id} {...layout.spread}>
              <div>
                <Text size="sm">{member.user.fullName}</Text>
                {conflicted && <Text {...text.caption}>{t('commissions.item.conflictHint')}</Text>}
              </div>
              <Group {...layout.inline}>
                <Checkbox
                  label={t('commissions.item.conflict')}
                  checked={ballot?.conflictDeclared ?? false}
                  disabled={!open}
                  onChange={(event) =>
                    setBallot(member.user.id, { conflictDeclared: event.currentTarget.checked })
                  }
                />
                <SegmentedControl
                  size="xs"
                  disabled={!open || (ballot?.conflictDeclared ?? false)}
                  value={ballot?.vote ?? ''}
                  data={VOTE_CHOICES.map((choice) => ({
                    value: choice,
                    label: t(`commissions.vote.${choice}`),
                  }))}
                  onChange={(value) =>
                    setBallot(member.user.id, {
                      vote: VOTE_CHOICES.find((choice) => choice === value) ?? null,
                    })
                  }
                />
              </Group>
            </Group>
          );
        })}
        {open && voters.length > 0 && (
          <Group {...layout.formActions}>
            <Button {...button.secondary} loading={votes.isPending} onClick={saveVotes}>
              {t('commissions.item.saveVotes')}
            </Button>
          </Group>
        )}
        {open && meeting.canDecide && <DecideForm meeting={meeting} item={item} />}
        {item.decision && (
          <Group {...layout.chips}>
            <Text size="sm" className="vatra-mono">
              {item.decision.number}
            </Text>
            <Button
              {...button.small}
              component="a"
              href={pdfLink.decision(item.decision.id, 'sq')}
              target="_blank"
            >
              {t('commissions.pdf.decisionSq')}
            </Button>
            <Button
              {...button.small}
              component="a"
              href={pdfLink.decision(item.decision.id, 'sr')}
              target="_blank"
            >
              {t('commissions.pdf.decisionSr')}
            </Button>
            <Button
              {...button.small}
              component="a"
              href={pdfLink.notification(item.decision.id)}
              target="_blank"
            >
              {t('commissions.pdf.notification')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

type Approval = 'approved' | 'partly_approved';
type Granted = 'overturned' | 'returned';

function DecideForm({ meeting, item }: { meeting: MeetingView; item: AgendaItemView }) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState('');
  const [approval, setApproval] = useState<Approval>('approved');
  const [amount, setAmount] = useState<number | string>(item.dossier.amountRequested ?? '');
  const [granted, setGranted] = useState<Granted>('overturned');
  const decide = useMeetingStep<object>(meeting.id, `/items/${item.id}/decide`, 'decided');
  const kkr = meeting.commissionType === 'KKR';
  const submit = () =>
    decide.mutate({
      reasons,
      ...(kkr
        ? { approval: { outcome: approval, ...(typeof amount === 'number' ? { amount } : {}) } }
        : { appealGranted: granted }),
    });
  return (
    <Stack {...layout.section}>
      <Text {...text.overline}>{t('commissions.decide.title')}</Text>
      <Text {...text.caption}>{t(kkr ? 'commissions.decide.ruleKkr' : 'commissions.decide.ruleKa')}</Text>
      {kkr ? (
        <Group {...layout.inputWithButton}>
          <Select
            label={t('commissions.decide.approval')}
            allowDeselect={false}
            value={approval}
            data={[
              { value: 'approved', label: t('commissions.outcome.approved') },
              { value: 'partly_approved', label: t('commissions.outcome.partly_approved') },
            ]}
            onChange={(value) => setApproval(value === 'partly_approved' ? 'partly_approved' : 'approved')}
          />
          <NumberInput label={t('commissions.decide.amount')} min={0} value={amount} onChange={setAmount} />
        </Group>
      ) : (
        <Select
          label={t('commissions.decide.granted')}
          allowDeselect={false}
          value={granted}
          data={[
            { value: 'overturned', label: t('commissions.appealOutcome.overturned') },
            { value: 'returned', label: t('commissions.appealOutcome.returned') },
          ]}
          onChange={(value) => setGranted(value === 'returned' ? 'returned' : 'overturned')}
        />
      )}
      <Textarea
        label={t('commissions.decide.reasons')}
        autosize
        minRows={2}
        value={reasons}
        onChange={(event) => setReasons(event.currentTarget.value)}
      />
      <Group {...layout.formActions}>
        <Button loading={decide.isPending} disabled={reasons.trim() === ''} onClick={submit}>
          {t('commissions.decide.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
