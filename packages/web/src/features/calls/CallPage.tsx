import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CallAction, CallView } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { badge, button, card, detail, dialog, layout, paths, text, tone } from '../../components/presets';
import { ConfirmModal, PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { CallForm } from './CallForm';
import { CALL_STATUS_COLOR } from './CallsPage';
import { errorText, useCall, useCallStep } from './data';
import { MatchesCard } from './MatchesCard';
import { RankingCard } from './RankingCard';

type Step = Exclude<CallAction, 'edit'>;

/** One call: its terms and criteria, whom to inform, the ranked applications and the steps. */
export function CallPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { id = '' } = useParams();
  const call = useCall(id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<Step | null>(null);
  const step = useCallStep(id);

  if (call.isPending) return <PageLoader />;
  if (call.error) return <QueryError error={call.error} onRetry={() => void call.refetch()} />;
  const c = call.data;
  const mayInform = hasScope(session, 'request.file');
  const steps = c.actions.filter((action): action is Step => action !== 'edit');

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={c.title}
        description={t('calls.page.subtitle', { number: c.number, institution: c.institution.name })}
        actions={
          <Group {...layout.chips}>
            <Badge color={CALL_STATUS_COLOR[c.status]}>{t(`calls.status.${c.status}`)}</Badge>
            {c.actions.includes('edit') && (
              <Button {...button.secondary} onClick={() => setEditing(true)}>
                {t('calls.actions.edit')}
              </Button>
            )}
            {steps.map((action) => (
              <Button key={action} onClick={() => setConfirming(action)}>
                {t(`calls.actions.${action}`)}
              </Button>
            ))}
          </Group>
        }
      />
      <Anchor component={Link} to={paths.calls} size="sm">
        {t('calls.page.back')}
      </Anchor>
      <TermsCard call={c} />
      <CriteriaCard call={c} />
      {mayInform && c.status !== 'draft' && <MatchesCard callId={c.id} />}
      {c.status !== 'draft' && <RankingCard call={c} />}
      <DialogModal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('calls.form.titleEdit')}
        size={dialog.wide}
      >
        {editing && <CallForm call={c} onClose={() => setEditing(false)} />}
      </DialogModal>
      <ConfirmModal
        opened={confirming !== null}
        title={confirming ? t(`calls.confirm.${confirming}Title`) : ''}
        text={confirming ? t(`calls.confirm.${confirming}Text`) : ''}
        confirmLabel={confirming ? t(`calls.actions.${confirming}`) : ''}
        color={tone.primary}
        onClose={() => setConfirming(null)}
        onConfirm={async () => {
          if (!confirming) return;
          try {
            await step.mutateAsync({ step: confirming, version: c.version });
          } catch (error) {
            throw new Error(errorText(error));
          }
        }}
      />
    </Stack>
  );
}

function TermsCard({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <SimpleGrid {...detail.grid}>
          <div>
            <Text {...detail.label}>{t('calls.page.scheme')}</Text>
            <Text {...detail.value}>{format.name(call.schemeName)}</Text>
          </div>
          <div>
            <Text {...detail.label}>{t('calls.page.institution')}</Text>
            <Text {...detail.value}>{call.institution.name}</Text>
          </div>
          <div>
            <Text {...detail.label}>{t('calls.page.period')}</Text>
            <Text {...detail.value}>
              {t('calls.page.periodValue', {
                from: format.date(call.opensOn),
                to: format.date(call.closesOn),
              })}
            </Text>
            <Badge {...badge.outline} color={call.acceptsApplications ? tone.success : tone.neutral}>
              {call.acceptsApplications ? t('calls.page.accepting') : t('calls.page.notAccepting')}
            </Badge>
          </div>
          <div>
            <Text {...detail.label}>{t('calls.page.budget')}</Text>
            <Text {...detail.value}>{`${format.number(call.budget)} ${call.currency}`}</Text>
          </div>
          <div>
            <Text {...detail.label}>{t('calls.page.applications')}</Text>
            <Text {...detail.value}>{call.applications}</Text>
          </div>
        </SimpleGrid>
        {call.description && (
          <div>
            <Text {...detail.label}>{t('calls.page.description')}</Text>
            <Text {...detail.value} style={{ whiteSpace: 'pre-wrap' }}>
              {call.description}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

function CriteriaCard({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const max = call.criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.spread}>
          <Text {...text.cardTitle}>{t('calls.criteria.title')}</Text>
          <Text {...text.caption}>{t('calls.criteria.max', { points: max })}</Text>
        </Group>
        <Table>
          <Table.Tbody>
            {call.criteria.map((criterion) => (
              <Table.Tr key={criterion.code}>
                <Table.Td>
                  <Text size="sm">{format.name(criterion.name)}</Text>
                  <Text {...text.caption}>{t(`calls.kind.${criterion.kind}`)}</Text>
                </Table.Td>
                <Table.Td w={120}>{t('calls.criteria.points', { points: criterion.points })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
