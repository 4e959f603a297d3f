import { useState, type FormEvent } from 'react';
import { Button, SimpleGrid, Table, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { representativeBody, type RepresentativeList } from '@vatra/core';
import { api, buildUrl } from '../../api/client';
import { CardForm } from '../../components/CardForm';
import { dateInput, grid } from '../../components/presets';
import { usePageTitle } from '../../components/ui';
import { QueryView, RecordsPanel } from '../../components/RecordList';
import { useYearChoice, YearReportBar } from '../../components/YearReportBar';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { hasScope, useSession } from '../auth/session';
import { CareSubPage } from '../care/CareSubPage';
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
    <CareSubPage
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
    >
      {adding && list.data && <AddForm list={list.data} onDone={() => setAdding(false)} />}
      <QueryView query={list}>
        {(data) => (
          <RecordsPanel
            isEmpty={data.items.length === 0}
            emptyTitle={t('careChild.representatives.none')}
            columns={[
              t('careChild.representatives.fullName'),
              t('careChild.representatives.institution'),
              t('careChild.representatives.qualification'),
              t('careChild.representatives.appointedOn'),
            ]}
          >
            {data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.fullName}</Table.Td>
                <Table.Td>{item.institution}</Table.Td>
                <Table.Td>{item.qualification}</Table.Td>
                <Table.Td>{format.date(item.appointedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </RecordsPanel>
        )}
      </QueryView>
    </CareSubPage>
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
    <CardForm
      onSubmit={submit}
      error={form.formError}
      busy={write.busy}
      onCancel={onDone}
      submitLabel={t('careChild.representatives.add')}
    >
      <SimpleGrid {...grid.dense} cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput label={t('careChild.representatives.fullName')} required {...form.fields.fullName} />
        <TextInput label={t('careChild.representatives.institution')} required {...form.fields.institution} />
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
    </CardForm>
  );
}
