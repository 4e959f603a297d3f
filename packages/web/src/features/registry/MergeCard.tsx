import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { PersonSearchHit, PersonSearchPage } from '../../api/types';
import { useNotify } from '../../components/notifications';
import { button, card, input, layout, text, tone } from '../../components/presets';
import { ConfirmModal, PageLoader, QueryError, useModalTarget } from '../../components/ui';
import { SearchField } from '../../components/useListFilters';
import { useFormat } from '../../lib/locale';
import { SEPARATOR, personName, useBirthText } from './display';

const RESULTS = 8;

/** For users who may merge: find the other record of the same person and merge it into this one. */
export function MergeCard({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const birth = useBirthText();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState(`${person.firstName} ${person.lastName}`);
  const [q] = useDebouncedValue(search.trim(), 300);
  const merging = useModalTarget<PersonSearchHit>();
  const params = { q, page: 1, pageSize: RESULTS + 1 };
  const results = useQuery({
    queryKey: [...keys.personSearch, 'merge', params],
    queryFn: () => api.get<PersonSearchPage>('/api/persons/search', params),
    enabled: q.length >= 2,
  });
  const others = (results.data?.items ?? []).filter((hit) => hit.id !== person.id).slice(0, RESULTS);

  const merge = async (duplicate: PersonSearchHit) => {
    const survivor = await api.post<PersonDetail>(`/api/persons/${person.id}/merge`, {
      duplicateId: duplicate.id,
      version: person.version,
    });
    queryClient.setQueryData(keys.person(person.id), survivor);
    await queryClient.invalidateQueries({ queryKey: ['registry'] });
    notify(t('registry.merge.done'));
  };

  const describe = (hit: PersonSearchHit) =>
    [hit.fatherName, birth(hit), hit.personalNumber, format.name(hit.jurisdiction.name)]
      .filter(Boolean)
      .join(SEPARATOR);

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Title order={3}>{t('registry.merge.title')}</Title>
        <Text {...text.muted}>{t('registry.merge.intro')}</Text>
        <SearchField
          {...input.plain}
          label={t('registry.merge.search')}
          placeholder={t('registry.merge.searchPlaceholder')}
          value={search}
          onSearch={setSearch}
          maw={480}
        />
        {q.length >= 2 && results.isPending && <PageLoader height={60} />}
        {results.error && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
        {results.data && others.length === 0 && <Text {...text.muted}>{t('registry.merge.none')}</Text>}
        {others.map((hit) => (
          <Group key={hit.id} {...layout.spread} wrap="wrap">
            <Stack gap={0} miw={0} style={{ flex: '1 1 280px' }}>
              <Text fw={600}>{personName(hit)}</Text>
              <Text {...text.caption}>{describe(hit)}</Text>
            </Stack>
            <Button {...button.small} onClick={() => merging.open(hit)}>
              {t('registry.merge.choose')}
            </Button>
          </Group>
        ))}
      </Stack>
      <ConfirmModal
        opened={merging.opened}
        onClose={merging.close}
        title={t('registry.merge.confirmTitle')}
        text={
          merging.target
            ? t('registry.merge.confirmText', {
                duplicate: `${personName(merging.target)} (${describe(merging.target)})`,
                survivor: personName(person),
              })
            : ''
        }
        confirmLabel={t('registry.merge.confirm')}
        color={tone.warning}
        onConfirm={() => (merging.target ? merge(merging.target) : Promise.resolve())}
      />
    </Paper>
  );
}
