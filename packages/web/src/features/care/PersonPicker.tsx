import { useState } from 'react';
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { personalNumber } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { PersonSearchHit, PersonSearchPage } from '../../api/types';
import { button, paths, text } from '../../components/presets';
import { QueryError } from '../../components/ui';
import { SearchField } from '../../components/useListFilters';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';

const RESULTS = { mah: 300, style: { overflowY: 'auto' } } as const;

/**
 * Finds the person in the registry with its tolerant search (spellings, diacritics, phonetic
 * keys), so a client known already is not registered again; nobody found leads to registration.
 */
export function PersonPicker({ onPick }: { onPick: (hit: PersonSearchHit) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const byNumber = personalNumber.safeParse(search).success;
  const canRegister = hasScope(me, 'person.register');
  const hits = useQuery({
    queryKey: [...keys.personSearch, 'care', search],
    queryFn: () =>
      api.get<PersonSearchPage>('/api/persons/search', {
        ...(byNumber ? { personalNumber: search } : { q: search }),
        pageSize: 10,
      }),
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <Text {...text.muted}>{t('care.open.intro')}</Text>
      <SearchField
        label={t('care.open.search')}
        placeholder={t('care.open.searchPlaceholder')}
        value={q}
        onSearch={setQ}
        data-autofocus
      />
      {hits.error && <QueryError error={hits.error} onRetry={() => void hits.refetch()} />}
      {search.length >= 2 && hits.data && hits.data.items.length === 0 && (
        <Stack gap={4}>
          <Text {...text.muted}>{t('care.open.noMatch')}</Text>
          {/* care's clients are mostly ordinary residents: the form starts with that category */}
          {canRegister && (
            <Anchor component={Link} to={`${paths.registerHousehold}?category=resident`}>
              {t('care.open.register')}
            </Anchor>
          )}
        </Stack>
      )}
      {search.length >= 2 && hits.data && hits.data.items.length > 0 && (
        <Stack {...RESULTS}>
          <Table>
            <Table.Tbody>
              {hits.data.items.map((hit) => (
                <Table.Tr key={hit.id}>
                  <Table.Td>
                    <Text fw={600}>{`${hit.firstName} ${hit.lastName}`}</Text>
                    <Text {...text.caption}>
                      {[
                        hit.dateOfBirth ? format.date(hit.dateOfBirth) : null,
                        format.name(hit.jurisdiction.name),
                        hit.personalNumber,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td w={110} ta="right">
                    <Button {...button.small} onClick={() => onPick(hit)}>
                      {t('care.open.pick')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
