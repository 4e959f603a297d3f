import { useState } from 'react';
import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@vatra/core';
import { api } from '../../api/client';
import { keys, useJurisdictions } from '../../api/queries';
import { DialogModal } from '../../components/FormModal';
import { IconBan } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { FormError } from '../../components/ui';
import { jurisdictionOptions } from '../../lib/jurisdictions';
import { useFormat } from '../../lib/locale';

/**
 * Jurisdictions a user may see beyond their institution's (a regional coordinator covering a
 * second region, a national auditor given another country). Only places the administrator
 * holds are offered; the server checks the same.
 */
export function GrantsModal({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <DialogModal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('users.grantsTitle', { name: user.fullName }) : ''}
    >
      {user && <Grants user={user} />}
    </DialogModal>
  );
}

function Grants({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const jurisdictions = useJurisdictions();
  const [granted, setGranted] = useState(user.grantedJurisdictions);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const options = jurisdictionOptions(jurisdictions.data ?? [], format.name, new Intl.Collator(format.locale))
    .filter((option) => !granted.some((g) => g.id === option.value))
    .map(({ value, label }) => ({ value, label }));

  const change = async (
    request: () => Promise<UserSummary>,
    notice: (place: string) => string,
    place: string,
  ) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await request();
      setGranted(updated.grantedJurisdictions);
      setChoice(null);
      notify(notice(place));
      await queryClient.invalidateQueries({ queryKey: keys.users });
    } catch (failure) {
      // The server's message is already in the user's language.
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const add = () => {
    if (!choice) return;
    const place = options.find((option) => option.value === choice)?.label ?? '';
    void change(
      () => api.post<UserSummary>(`/api/admin/users/${user.id}/grants`, { jurisdictionId: choice }),
      (p) => t('users.granted', { name: user.fullName, place: p }),
      place,
    );
  };

  return (
    <Stack>
      <Text size="sm">{t('users.grantsIntro')}</Text>
      <FormError message={error} />
      {granted.length === 0 ? (
        <Text c="dimmed">{t('users.grantsNone')}</Text>
      ) : (
        <Stack gap="xs">
          {granted.map((place) => {
            const name = format.name(place.name);
            return (
              <Group key={place.id} justify="space-between" wrap="nowrap">
                <Text>{name}</Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={busy}
                  aria-label={t('users.grantRemove', { place: name })}
                  title={t('users.grantRemove', { place: name })}
                  onClick={() =>
                    void change(
                      () => api.delete<UserSummary>(`/api/admin/users/${user.id}/grants/${place.id}`),
                      (p) => t('users.revoked', { name: user.fullName, place: p }),
                      name,
                    )
                  }
                >
                  <IconBan size={16} />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
      )}
      <Group align="flex-end" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          searchable
          label={t('users.grantPlace')}
          data={options}
          value={choice}
          onChange={setChoice}
          nothingFoundMessage={t('common.noResults')}
          disabled={busy || jurisdictions.isPending}
        />
        <Button onClick={add} disabled={!choice || busy} loading={busy}>
          {t('users.grantAdd')}
        </Button>
      </Group>
    </Stack>
  );
}
