import { useState } from 'react';
import { NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FUNDING_SOURCES, PROVIDER_KINDS, type ApprovalListView, type ProviderView } from '@vatra/core';
import { DialogForm, FieldGrid, mutationForm } from '../../components/DialogForm';
import { dateInput, recordPath } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { useBasket, useCareWrite, usePersonSearch } from './data';

/** Empty text is "not given": the API takes null or leaves the field out. */
const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Creates a provider, or edits one (with its version). */
export function ProviderForm({ provider, onDone }: { provider: ProviderView | null; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(provider?.name ?? '');
  const [kind, setKind] = useState<string>(provider?.kind ?? 'public');
  const [licenceNumber, setLicenceNumber] = useState(provider?.licenceNumber ?? '');
  const [licenceValidUntil, setLicenceValidUntil] = useState(provider?.licenceValidUntil ?? '');
  const [settlement, setSettlement] = useState(provider?.settlement ?? '');
  const [address, setAddress] = useState(provider?.address ?? '');
  const [fundingSource, setFundingSource] = useState<string>(provider?.fundingSource ?? 'municipality');
  const [fundingNote, setFundingNote] = useState(provider?.fundingNote ?? '');
  const [active, setActive] = useState(provider?.active ?? true);
  const write = useCareWrite<object, ProviderView>(
    provider ? 'patch' : 'post',
    provider ? `/api/care/providers/${provider.id}` : '/api/care/providers',
    'provider',
    (saved) => {
      onDone();
      if (!provider) void navigate(recordPath.careProvider(saved.id));
    },
  );
  const dialog = mutationForm({
    write,
    body: () => ({
      name,
      kind,
      licenceNumber: orNull(licenceNumber),
      licenceValidUntil: orNull(licenceValidUntil),
      settlement,
      address: orNull(address),
      fundingSource,
      fundingNote: orNull(fundingNote),
      ...(provider ? { active, version: provider.version } : {}),
    }),
    onCancel: onDone,
    submitLabel: t('careServices.providerForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <TextInput
        required
        label={t('careServices.providerForm.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <FieldGrid>
        <Select
          label={t('careServices.providerForm.kind')}
          data={PROVIDER_KINDS.map((value) => ({ value, label: t(`careServices.kind.${value}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => setKind(value ?? kind)}
        />
        <Select
          label={t('careServices.providerForm.fundingSource')}
          data={FUNDING_SOURCES.map((value) => ({ value, label: t(`careServices.funding.${value}`) }))}
          value={fundingSource}
          allowDeselect={false}
          onChange={(value) => setFundingSource(value ?? fundingSource)}
        />
        <TextInput
          label={t('careServices.providerForm.licenceNumber')}
          value={licenceNumber}
          onChange={(e) => setLicenceNumber(e.currentTarget.value)}
        />
        <TextInput
          {...dateInput}
          label={t('careServices.providerForm.licenceValidUntil')}
          value={licenceValidUntil}
          onChange={(e) => setLicenceValidUntil(e.currentTarget.value)}
        />
        <TextInput
          required
          label={t('careServices.providerForm.settlement')}
          value={settlement}
          onChange={(e) => setSettlement(e.currentTarget.value)}
        />
        <TextInput
          label={t('careServices.providerForm.address')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
        />
      </FieldGrid>
      <TextInput
        label={t('careServices.providerForm.fundingNote')}
        value={fundingNote}
        onChange={(e) => setFundingNote(e.currentTarget.value)}
      />
      {provider && (
        <Switch
          label={t('careServices.providerForm.active')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
      )}
    </DialogForm>
  );
}

/** Adds a service of the basket to a provider, with its places. */
export function ServiceForm({ provider, onDone }: { provider: ProviderView; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const basket = useBasket();
  const [serviceCode, setServiceCode] = useState<string | null>(null);
  const [capacity, setCapacity] = useState<number | string>(10);
  const [place, setPlace] = useState('');
  const write = useCareWrite<object, ProviderView>(
    'post',
    `/api/care/providers/${provider.id}/services`,
    'service',
    onDone,
  );
  const offered = new Set(provider.services.map((s) => s.serviceCode));
  const options = (basket.data?.items ?? [])
    .filter((s) => !offered.has(s.code))
    .map((s) => ({ value: s.code, label: format.name(s.name) }));
  const dialog = mutationForm({
    write,
    body: () => ({
      serviceCode,
      capacity: Number(capacity),
      place: orNull(place),
      version: provider.version,
    }),
    onCancel: onDone,
    submitLabel: t('careServices.serviceForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <Select
        required
        searchable
        label={t('careServices.serviceForm.service')}
        data={options}
        value={serviceCode}
        onChange={setServiceCode}
      />
      <FieldGrid>
        <NumberInput
          required
          min={1}
          label={t('careServices.serviceForm.capacity')}
          value={capacity}
          onChange={setCapacity}
        />
        <TextInput
          label={t('careServices.serviceForm.place')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
        />
      </FieldGrid>
    </DialogForm>
  );
}

export function NewListForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const write = useCareWrite<object, ApprovalListView>('post', '/api/care/council-lists', 'list', (list) => {
    onDone();
    void navigate(recordPath.councilList(list.id));
  });
  const dialog = mutationForm({
    write,
    body: () => ({ title }),
    onCancel: onDone,
    submitLabel: t('careServices.council.create'),
  });
  return (
    <DialogForm {...dialog}>
      <TextInput
        required
        label={t('careServices.council.listTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
    </DialogForm>
  );
}

/** A person found by name in the registry. */
export function PersonPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = usePersonSearch(q);
  const data = (found.data?.items ?? []).map((person) => ({
    value: person.id,
    label: `${person.firstName} ${person.lastName}${person.dateOfBirth ? ` · ${format.date(person.dateOfBirth)}` : ''}`,
  }));
  return (
    <Select
      required
      searchable
      label={t('careServices.enrolForm.person')}
      placeholder={t('careServices.enrolForm.personSearch')}
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 ? t('common.noResults') : t('careServices.enrolForm.personSearch')}
    />
  );
}
