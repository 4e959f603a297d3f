import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { PersonSearchPage as SearchResult } from '../../api/types';
import { IconInfo, IconPlus, IconSearch } from '../../components/icons';
import { PagedTable } from '../../components/PagedTable';
import { dateInput, input, layout, paths, recordPath, text, tone } from '../../components/presets';
import { EmptyState, PageHeader } from '../../components/ui';
import { SearchField, useListFilters } from '../../components/useListFilters';
import { hasScope, useSession } from '../auth/session';
import { useFormat } from '../../lib/locale';
import { personName, useBirthText } from './display';

const PAGE_SIZE = 25;
const NAME = { style: { flex: '3 1 260px' } } as const;
const DATE = { style: { flex: '1 1 170px' } } as const;
const NUMBER = { style: { flex: '1 1 170px' } } as const;

interface Filters {
  q: string;
  dateOfBirth: string;
  personalNumber: string;
}

const INITIAL: Filters = { q: '', dateOfBirth: '', personalNumber: '' };

/** Registry › Find a person: by name (tolerant, ranked by the server), date of birth, personal number. */
export function PersonSearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const birth = useBirthText();
  const filters = useListFilters(INITIAL);
  const [debounced] = useDebouncedValue(filters.values, 300);

  const q = debounced.q.trim();
  const personalNumber = debounced.personalNumber.trim().toUpperCase();
  const params = {
    q: q.length >= 2 ? q : undefined,
    dateOfBirth: /^\d{4}-\d{2}-\d{2}$/.test(debounced.dateOfBirth) ? debounced.dateOfBirth : undefined,
    personalNumber: personalNumber.length >= 3 ? personalNumber : undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
  const enabled = Boolean(params.q || params.dateOfBirth || params.personalNumber);
  const results = useQuery({
    queryKey: [...keys.personSearch, params],
    queryFn: () => api.get<SearchResult>('/api/persons/search', params),
    placeholderData: keepPreviousData,
    enabled,
  });

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('registry.search.title')}
        description={t('registry.search.intro')}
        actions={
          hasScope(me, 'person.register') && (
            <Button component={Link} to={paths.registerHousehold} leftSection={<IconPlus size={18} />}>
              {t('registry.search.register')}
            </Button>
          )
        }
      />
      <Paper>
        <Group {...layout.toolbar}>
          <SearchField
            {...NAME}
            {...input.plain}
            label={t('registry.search.name')}
            placeholder={t('registry.search.namePlaceholder')}
            value={filters.values.q}
            onSearch={(value) => filters.set('q', value)}
            data-autofocus
          />
          <TextInput
            {...DATE}
            {...dateInput}
            label={t('registry.search.dateOfBirth')}
            value={filters.values.dateOfBirth}
            onChange={(event) => filters.set('dateOfBirth', event.currentTarget.value)}
          />
          <TextInput
            {...NUMBER}
            {...input.code}
            label={t('registry.search.personalNumber')}
            value={filters.values.personalNumber}
            onChange={(event) => filters.set('personalNumber', event.currentTarget.value)}
          />
        </Group>
        {!enabled ? (
          <EmptyState icon={<IconSearch size={26} />} title={t('registry.search.hint')} />
        ) : (
          <>
            {results.data?.truncated && (
              <Stack {...layout.inset}>
                <Alert color={tone.warning} icon={<IconInfo />}>
                  {t('registry.search.truncated')}
                </Alert>
              </Stack>
            )}
            <PagedTable
              query={results}
              filtered
              minWidth={920}
              page={filters.page}
              pageSize={PAGE_SIZE}
              onPageChange={filters.setPage}
              head={
                <>
                  <Table.Th>{t('registry.columns.name')}</Table.Th>
                  <Table.Th>{t('registry.columns.fatherName')}</Table.Th>
                  <Table.Th w={170}>{t('registry.columns.dateOfBirth')}</Table.Th>
                  <Table.Th>{t('registry.columns.category')}</Table.Th>
                  <Table.Th>{t('registry.columns.place')}</Table.Th>
                  <Table.Th w={170}>{t('registry.columns.household')}</Table.Th>
                </>
              }
              row={(person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Anchor component={Link} to={recordPath.person(person.id)} fw={600}>
                      {personName(person)}
                    </Anchor>
                    {person.personalNumber && (
                      <Text {...text.caption} className="vatra-mono">
                        {person.personalNumber}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{person.fatherName}</Table.Td>
                  <Table.Td>{birth(person)}</Table.Td>
                  <Table.Td>{t(`registry.categories.${person.category}`)}</Table.Td>
                  <Table.Td>{format.name(person.jurisdiction.name)}</Table.Td>
                  <Table.Td>
                    {person.householdId ? (
                      <Anchor component={Link} to={recordPath.household(person.householdId)}>
                        {t('registry.openHousehold')}
                      </Anchor>
                    ) : (
                      <Text {...text.muted}>{t('registry.noHousehold')}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )}
            />
          </>
        )}
      </Paper>
    </Stack>
  );
}
