import { useState } from 'react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { personName } from '../cases/parts';
import { useCaseSearch } from './data';

/**
 * Cases linked to a meeting (discussed) or an outreach event (identified afterwards), searched on
 * the server by number or name among the cases the user may see. Cases already linked keep their
 * number as label even when the search does not bring them back.
 */
export function CasePicker({
  label,
  value,
  onChange,
  known,
  error,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  known: { id: string; number: string }[];
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [opened, setOpened] = useState(false);
  const found = useCaseSearch(debounced, opened);
  const labels = new Map(known.map((item) => [item.id, item.number]));
  for (const item of found.data?.items ?? [])
    labels.set(item.id, `${item.number} · ${personName(item.person)}`);
  for (const id of value) if (!labels.has(id)) labels.set(id, id.slice(0, 8));
  const data = [...labels].map(([id, text]) => ({ value: id, label: text }));
  return (
    <MultiSelect
      label={label}
      placeholder={t('planRegisters.caseSearch')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={found.isError ? t('planRegisters.caseSearchFailed') : t('common.noResults')}
      clearable
      error={error}
    />
  );
}
