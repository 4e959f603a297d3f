import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PersonSearchHit } from '../../api/types';
import { paths, text } from '../../components/presets';
import { QueryError } from '../../components/ui';
import { SearchField } from '../../components/useListFilters';
import { hasScope, useSession } from '../auth/session';
import { PersonHitTable, usePersonSearch } from '../cases/PersonSearch';

const RESULTS = { mah: 300, style: { overflowY: 'auto' } } as const;

/**
 * Finds the person in the registry with its tolerant search (spellings, diacritics, phonetic
 * keys), so a client known already is not registered again; nobody found leads to registration.
 */
export function PersonPicker({ onPick }: { onPick: (hit: PersonSearchHit) => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const canRegister = hasScope(me, 'person.register');
  const { q, setQ, hits, found } = usePersonSearch('care');
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
      {found && found.items.length === 0 && (
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
      {found && found.items.length > 0 && (
        <Stack {...RESULTS}>
          <PersonHitTable hits={found.items} pickLabel={t('care.open.pick')} onPick={onPick} />
        </Stack>
      )}
    </Stack>
  );
}
