import { useState, type FormEvent } from 'react';
import { Anchor, Button, Paper, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { representativeBody, type RepresentativeList } from '@vatra/core';
import { api, buildUrl } from '../../api/client';
import { FormActions } from '../../components/FormModal';
import { card, dateInput, grid, layout } from '../../components/presets';
import { EmptyState, FormError, PageHeader, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { useYearChoice, YearReportBar } from '../../components/YearReportBar';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { hasScope, useSession } from '../auth/session';
import { carePaths } from '../care/paths';
import { careChildKeys, REPRESENTATIVES_URL, useRepresentatives } from './data';

const YEARS = 5;

/** Social care › the municipality's yearly list of procedural representatives, with its XLSX. */
export function RepresentativesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  usePageTitle(t('careChild.representatives.title'));
  const choice = useYearChoice(YEARS, { withNext: true });
  const { year } = choice;
  const [adding, setAdding] = useState(false);
  const list = useRepresentatives(year);
  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={carePaths.list} size="sm">
        {t('care.title')}
      </Anchor>
      <PageHeader
        title={t('careChild.representatives.title')}
        description={list.data ? `${list.data.jurisdiction.name} · ${year}` : undefined}
        actions={
          <YearReportBar
            label={t('careChild.representatives.year')}
            choice={choice}
            download={{
              href: buildUrl(`${REPRESENTATIVES_URL}.xlsx`, { year, locale: format.locale }),
              label: t('careChild.representatives.export'),
            }}
          >
            {hasScope(me, 'care.child') && !adding && (
              <Button onClick={() => setAdding(true)}>{t('careChild.representatives.add')}</Button>
            )}
          </YearReportBar>
        }
      />
      {adding && list.data && <AddForm list={list.data} onDone={() => setAdding(false)} />}
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('careChild.representatives.none')} />
      ) : (
        <Paper {...card}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('careChild.representatives.fullName')}</Table.Th>
                <Table.Th>{t('careChild.representatives.institution')}</Table.Th>
                <Table.Th>{t('careChild.representatives.qualification')}</Table.Th>
                <Table.Th>{t('careChild.representatives.appointedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{item.fullName}</Table.Td>
                  <Table.Td>{item.institution}</Table.Td>
                  <Table.Td>{item.qualification}</Table.Td>
                  <Table.Td>{format.date(item.appointedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function AddForm({ list, onDone }: { list: RepresentativeList; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const write = useWrite({
    saved: async (result) => {
      queryClient.setQueryData(careChildKeys.representatives(list.year), result);
    },
    conflict: async () => {
      await queryClient.invalidateQueries({ queryKey: careChildKeys.representatives(list.year) });
    },
    reloaded: t('careChild.reloaded'),
  });
  const form = useFormState({ fullName: '', institution: '', qualification: '', appointedOn: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: representativeBody,
      body: { ...form.values, jurisdictionId: list.jurisdiction.id, year: list.year },
      send: (body) => api.post<RepresentativeList>(REPRESENTATIVES_URL, body),
      notice: t('careChild.representatives.added'),
      onDone,
    });
  };
  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={form.formError} />
          <SimpleGrid {...grid.dense} cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput label={t('careChild.representatives.fullName')} required {...form.fields.fullName} />
            <TextInput
              label={t('careChild.representatives.institution')}
              required
              {...form.fields.institution}
            />
            <TextInput
              label={t('careChild.representatives.qualification')}
              required
              {...form.fields.qualification}
            />
            <TextInput
              {...dateInput}
              label={t('careChild.representatives.appointedOn')}
              required
              {...form.fields.appointedOn}
            />
          </SimpleGrid>
          <FormActions busy={write.busy} onCancel={onDone} submitLabel={t('careChild.representatives.add')} />
        </Stack>
      </form>
    </Paper>
  );
}
