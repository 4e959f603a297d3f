import { useState } from 'react';
import { Anchor, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CallStatus } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { dialog, layout, recordPath, text, tone } from '../../components/presets';
import { EmptyState, PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useSchemes } from '../requests/data';
import { CallForm } from './CallForm';
import { useCalls } from './data';

export const CALL_STATUS_COLOR: Record<CallStatus, string> = {
  draft: tone.neutral,
  open: tone.success,
  closed: tone.warning,
  ranked: tone.primary,
};

/** Calls for applications of the user's jurisdiction, and drafting a new one. */
export function CallsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const session = useSession();
  const calls = useCalls();
  const [creating, setCreating] = useState(false);
  const schemes = useSchemes();
  // Only an institution that decides a scheme tied to calls runs calls.
  const mayCreate =
    hasScope(session, 'request.decide') &&
    (schemes.data ?? []).some(
      (scheme) => scheme.tiedToCall && scheme.decidingInstitutionType === session.institution.type.code,
    );

  let body;
  if (calls.isPending) body = <PageLoader />;
  else if (calls.error) body = <QueryError error={calls.error} onRetry={() => void calls.refetch()} />;
  else if (calls.data.length === 0)
    body = <EmptyState title={t('calls.empty')} text={t('calls.emptyText')} />;
  else
    body = (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('calls.list.number')}</Table.Th>
              <Table.Th>{t('calls.list.title')}</Table.Th>
              <Table.Th w={200}>{t('calls.list.period')}</Table.Th>
              <Table.Th w={140}>{t('calls.list.budget')}</Table.Th>
              <Table.Th w={110}>{t('calls.list.applications')}</Table.Th>
              <Table.Th w={140}>{t('calls.list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {calls.data.map((call) => (
              <Table.Tr key={call.id}>
                <Table.Td>
                  <Anchor component={Link} to={recordPath.call(call.id)} className="vatra-mono" fw={600}>
                    {call.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{call.title}</Text>
                  <Text {...text.caption}>
                    {`${format.name(call.schemeName)} · ${call.institution.name}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t('calls.page.periodValue', {
                    from: format.date(call.opensOn),
                    to: format.date(call.closesOn),
                  })}
                </Table.Td>
                <Table.Td>{`${format.number(call.budget)} ${call.currency}`}</Table.Td>
                <Table.Td>{call.applications}</Table.Td>
                <Table.Td>
                  <Badge color={CALL_STATUS_COLOR[call.status]}>{t(`calls.status.${call.status}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('calls.title')}
        description={t('calls.intro')}
        actions={
          mayCreate && (
            <Button leftSection={<IconPlus />} onClick={() => setCreating(true)}>
              {t('calls.new')}
            </Button>
          )
        }
      />
      <Paper>{body}</Paper>
      <DialogModal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('calls.form.titleNew')}
        size={dialog.wide}
      >
        {creating && (
          <CallForm
            call={null}
            onClose={(saved) => {
              setCreating(false);
              if (saved) void navigate(recordPath.call(saved.id));
            }}
          />
        )}
      </DialogModal>
    </Stack>
  );
}
