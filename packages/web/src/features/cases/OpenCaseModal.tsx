import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { caseOpenBody, type CaseDetail } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys, useHousehold } from '../../api/queries';
import type { PersonSearchHit } from '../../api/types';
import { DialogModal } from '../../components/FormModal';
import { IconInfo } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { button, card, dialog, layout, recordPath, text, tone } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { SearchField } from '../../components/useListFilters';
import { validate } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { caseKeys } from './data';
import { personName } from './parts';
import { PersonHitTable, usePersonSearch } from './PersonSearch';

const RESULTS = { mah: 320, style: { overflowY: 'auto' } } as const;

/** Cases › Open a case: find a member of a registered household, confirm, go to the new case. */
export function OpenCaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<PersonSearchHit | null>(null);
  const close = () => {
    setPicked(null);
    onClose();
  };
  return (
    <DialogModal opened={opened} onClose={close} title={t('cases.open.title')} size={dialog.form}>
      {picked?.householdId ? (
        <ConfirmHousehold householdId={picked.householdId} onBack={() => setPicked(null)} onDone={close} />
      ) : (
        <FindPerson picked={picked} onPick={setPicked} />
      )}
    </DialogModal>
  );
}

function FindPerson({
  picked,
  onPick,
}: {
  picked: PersonSearchHit | null;
  onPick: (hit: PersonSearchHit) => void;
}) {
  const { t } = useTranslation();
  const { q, setQ, hits, found } = usePersonSearch('open-case');
  return (
    <Stack {...layout.section}>
      <Text {...text.muted}>{t('cases.open.intro')}</Text>
      <SearchField
        label={t('cases.open.search')}
        placeholder={t('cases.open.searchPlaceholder')}
        value={q}
        onSearch={setQ}
        data-autofocus
      />
      {picked && !picked.householdId && (
        <Alert color={tone.warning} icon={<IconInfo />}>
          {t('cases.open.noHousehold')}
        </Alert>
      )}
      {hits.error && <QueryError error={hits.error} onRetry={() => void hits.refetch()} />}
      {found && (
        <Stack {...RESULTS}>
          {found.items.length === 0 ? (
            <Text {...text.muted}>{t('common.noResults')}</Text>
          ) : (
            <PersonHitTable hits={found.items} pickLabel={t('cases.open.pick')} onPick={onPick} />
          )}
        </Stack>
      )}
    </Stack>
  );
}

function ConfirmHousehold({
  householdId,
  onBack,
  onDone,
}: {
  householdId: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const household = useHousehold(householdId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (household.isPending) return <PageLoader height={160} />;
  if (household.error) return <QueryError error={household.error} onRetry={() => void household.refetch()} />;
  const data = household.data;
  const head = data.members.find((member) => member.relationToHead === 'head') ?? null;

  const open = async () => {
    if (!head) return;
    const checked = validate(caseOpenBody, { householdId, personId: head.id }, format.locale);
    if (checked.errors) return;
    setBusy(true);
    setError(null);
    try {
      const kase = await api.post<CaseDetail>('/api/cases', checked.data);
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      await queryClient.invalidateQueries({ queryKey: keys.home });
      notify(t('cases.open.opened', { number: kase.number }));
      onDone();
      navigate(recordPath.case(kase.id));
    } catch (cause) {
      setError(isApiError(cause) ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack {...layout.section}>
      <Paper {...card}>
        <Stack gap={4}>
          <Text {...text.overline}>{t('cases.open.household')}</Text>
          <Text fw={600}>
            {[format.name(data.jurisdiction.name), data.settlement, data.addressLine]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text {...text.caption}>
            {t('cases.open.members', { count: data.members.length + data.hiddenMembers })}
          </Text>
        </Stack>
      </Paper>
      {head ? (
        <Stack gap={2}>
          <Text {...text.overline}>{t('cases.open.openedFor')}</Text>
          <Text fw={600}>{personName(head)}</Text>
          <Text {...text.caption}>
            {[
              head.dateOfBirth ? format.date(head.dateOfBirth) : null,
              t(`registry.categories.${head.category}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      ) : (
        <Alert color={tone.warning} icon={<IconInfo />}>
          {t('cases.open.noHead')}
        </Alert>
      )}
      <FormError message={error} />
      <Group {...layout.spread}>
        <Button {...button.quiet} onClick={onBack} disabled={busy}>
          {t('cases.open.another')}
        </Button>
        <Button onClick={() => void open()} loading={busy} disabled={!head}>
          {t('cases.open.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
