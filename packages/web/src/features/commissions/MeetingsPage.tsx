import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { COMMISSION_ROLES, type CommissionRole, type MeetingList, type MeetingView } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import {
  badge,
  card,
  dateInput,
  dialog,
  grid,
  input,
  layout,
  recordPath,
  text,
} from '../../components/presets';
import { EmptyState, FormError, PageHeader, PageLoader, QueryError } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { commissionKeys, useMeetings } from './data';

/** Commissions › meetings: the commission's meetings, and planning a new one. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const meetings = useMeetings();
  const [planning, setPlanning] = useState(false);

  if (meetings.isPending) return <PageLoader />;
  if (meetings.error) return <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const data = meetings.data;

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t(`commissions.title.${data.commission.type}`)}
        description={t('commissions.intro', { commission: data.commission.name })}
        actions={
          <Button leftSection={<IconPlus />} onClick={() => setPlanning(true)}>
            {t('commissions.plan.action')}
          </Button>
        }
      />
      <Paper>
        {data.items.length === 0 ? (
          <EmptyState title={t('commissions.list.empty')} text={t('commissions.list.emptyText')} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('commissions.list.number')}</Table.Th>
                  <Table.Th>{t('commissions.list.date')}</Table.Th>
                  <Table.Th>{t('commissions.list.place')}</Table.Th>
                  <Table.Th>{t('commissions.list.items')}</Table.Th>
                  <Table.Th>{t('commissions.list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((meeting) => (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={recordPath.meeting(meeting.id)}
                        className="vatra-mono"
                        fw={600}
                      >
                        {meeting.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{format.date(meeting.heldOn)}</Table.Td>
                    <Table.Td>{meeting.place ?? ''}</Table.Td>
                    <Table.Td>{meeting.items}</Table.Td>
                    <Table.Td>
                      <Badge {...badge.neutral}>{t(`commissions.status.${meeting.status}`)}</Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <DialogModal
        opened={planning}
        onClose={() => setPlanning(false)}
        title={t('commissions.plan.title')}
        size={dialog.form}
      >
        {planning && <PlanForm list={data} onDone={() => setPlanning(false)} />}
      </DialogModal>
    </Stack>
  );
}

type RoleChoice = CommissionRole | 'none';

function PlanForm({ list, onDone }: { list: MeetingList; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [heldOn, setHeldOn] = useState(today);
  const [place, setPlace] = useState('');
  const [quorum, setQuorum] = useState<number | string>('');
  const [roles, setRoles] = useState<Record<string, RoleChoice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const roleOptions = [
    { value: 'none', label: t('commissions.plan.notMember') },
    ...COMMISSION_ROLES.map((role) => ({ value: role, label: t(`commissions.role.${role}`) })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const members = Object.entries(roles).flatMap(([userId, role]) =>
        role === 'none' ? [] : [{ userId, role }],
      );
      const created = await api.post<MeetingView>('/api/commissions/meetings', {
        heldOn,
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(typeof quorum === 'number' ? { quorum } : {}),
        members,
      });
      await queryClient.invalidateQueries({ queryKey: commissionKeys.all });
      onDone();
      void navigate(recordPath.meeting(created.id));
    } catch (caught) {
      setError(
        isApiError(caught) ? [caught.message, ...Object.values(caught.fields)].join(' ') : String(caught),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack {...layout.section}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} {...grid.fields}>
          <TextInput
            {...dateInput}
            required
            label={t('commissions.plan.date')}
            value={heldOn}
            onChange={(event) => setHeldOn(event.currentTarget.value)}
          />
          <TextInput
            label={t('commissions.plan.place')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
          />
          <NumberInput
            {...input.hintBelow}
            label={t('commissions.plan.quorum')}
            description={t('commissions.plan.quorumHint')}
            min={1}
            value={quorum}
            onChange={setQuorum}
          />
        </SimpleGrid>
        <Text {...text.overline}>{t('commissions.plan.members')}</Text>
        <Paper {...card}>
          <Stack {...layout.section}>
            {list.users.map((user) => (
              <Select
                key={user.id}
                label={user.fullName}
                data={roleOptions}
                value={roles[user.id] ?? 'none'}
                allowDeselect={false}
                onChange={(value) =>
                  setRoles((current) => ({
                    ...current,
                    [user.id]: roleOptions.find((option) => option.value === value)?.value as RoleChoice,
                  }))
                }
              />
            ))}
          </Stack>
        </Paper>
        <FormError message={error} />
        <FormActions busy={busy} onCancel={onDone} submitLabel={t('commissions.plan.submit')} />
      </Stack>
    </form>
  );
}
