import { useState } from 'react';
import { NumberInput, SegmentedControl, Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  NAMED_SUBSIDY_SOURCES,
  SUBSIDY_SOURCES,
  type SocialFundYear,
  type SubsidySource,
  type SubsidyView,
} from '@vatra/core';
import { DialogForm, FieldGrid, mutationForm } from '../../components/DialogForm';
import { MoneyInput } from '../../components/MoneyInput';
import { dateInput } from '../../components/presets';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { numberOrNull, orNull, useSocialFundWrite } from './data';

const url = (id: string, tail = '') => `/api/social-fund/subsidies/${encodeURIComponent(id)}${tail}`;

/** A new subsidy of the year, or the edit of one. */
export function SubsidyForm({
  data,
  subsidy,
  onDone,
}: {
  data: SocialFundYear;
  subsidy: SubsidyView | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ngos = data.providers.filter((p) => p.kind === 'ngo');
  const [recipientKind, setRecipientKind] = useState(subsidy && !subsidy.provider ? 'other' : 'list');
  const [providerId, setProviderId] = useState<string | null>(subsidy?.provider?.id ?? null);
  const [recipientName, setRecipientName] = useState(subsidy?.provider ? '' : (subsidy?.recipientName ?? ''));
  const [source, setSource] = useState<SubsidySource>(subsidy?.source ?? 'municipality');
  const [sourceName, setSourceName] = useState(subsidy?.sourceName ?? '');
  const [amount, setAmount] = useState<number | string>(subsidy?.amount ?? '');
  const [periodFrom, setPeriodFrom] = useState(subsidy?.periodFrom ?? `${data.year}-01-01`);
  const [periodTo, setPeriodTo] = useState(subsidy?.periodTo ?? `${data.year}-12-31`);
  const [purpose, setPurpose] = useState(subsidy?.purpose ?? '');
  const [serviceCode, setServiceCode] = useState<string | null>(subsidy?.serviceCode ?? null);
  const [planned, setPlanned] = useState<number | string>(subsidy?.beneficiariesPlanned ?? '');
  const [reached, setReached] = useState<number | string>(subsidy?.beneficiariesReached ?? '');
  const [obligations, setObligations] = useState(subsidy?.reportingObligations ?? '');
  const write = useSocialFundWrite<object>(
    subsidy ? 'patch' : 'post',
    subsidy ? url(subsidy.id) : '/api/social-fund/subsidies',
    'subsidy',
    onDone,
  );
  const named = NAMED_SUBSIDY_SOURCES.includes(source);
  const fromList = recipientKind === 'list';
  const dialog = mutationForm({
    write,
    body: () => ({
      ...(subsidy ? { version: subsidy.version } : {}),
      year: data.year,
      providerId: fromList ? providerId : null,
      recipientName: fromList ? null : orNull(recipientName),
      source,
      sourceName: named ? orNull(sourceName) : null,
      amount: numberOrNull(amount),
      periodFrom,
      periodTo,
      purpose,
      serviceCode,
      beneficiariesPlanned: numberOrNull(planned),
      beneficiariesReached: numberOrNull(reached),
      reportingObligations: orNull(obligations),
    }),
    onCancel: onDone,
    submitLabel: t('socialFund.subsidyForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <SegmentedControl
        aria-label={t('socialFund.subsidyForm.recipientKind')}
        value={recipientKind}
        onChange={setRecipientKind}
        data={[
          { value: 'list', label: t('socialFund.subsidyForm.fromList') },
          { value: 'other', label: t('socialFund.subsidyForm.other') },
        ]}
      />
      {recipientKind === 'list' ? (
        <Select
          required
          searchable
          label={t('socialFund.subsidyForm.provider')}
          data={ngos.map((p) => ({ value: p.id, label: p.name }))}
          value={providerId}
          onChange={setProviderId}
        />
      ) : (
        <TextInput
          required
          label={t('socialFund.subsidyForm.recipientName')}
          value={recipientName}
          onChange={(e) => setRecipientName(e.currentTarget.value)}
        />
      )}
      <FieldGrid>
        <Select
          label={t('socialFund.subsidyForm.source')}
          data={SUBSIDY_SOURCES.map((value) => ({ value, label: t(`socialFund.source.${value}`) }))}
          value={source}
          allowDeselect={false}
          onChange={(value) => setSource((value as SubsidySource | null) ?? source)}
        />
        {named ? (
          <TextInput
            required
            label={t('socialFund.subsidyForm.sourceName')}
            value={sourceName}
            onChange={(e) => setSourceName(e.currentTarget.value)}
          />
        ) : (
          <div />
        )}
        <MoneyInput
          required
          label={t('socialFund.subsidyForm.amount')}
          currency={data.currency}
          value={amount}
          onChange={setAmount}
        />
        <Select
          clearable
          searchable
          label={t('socialFund.subsidyForm.service')}
          data={data.services.map((s) => ({ value: s.code, label: format.name(s.name) }))}
          value={serviceCode}
          onChange={setServiceCode}
        />
        <TextInput
          {...dateInput}
          required
          label={t('socialFund.subsidyForm.periodFrom')}
          value={periodFrom}
          onChange={(e) => setPeriodFrom(e.currentTarget.value)}
        />
        <TextInput
          {...dateInput}
          required
          label={t('socialFund.subsidyForm.periodTo')}
          value={periodTo}
          onChange={(e) => setPeriodTo(e.currentTarget.value)}
        />
        <NumberInput
          min={0}
          allowDecimal={false}
          label={t('socialFund.subsidyForm.beneficiariesPlanned')}
          value={planned}
          onChange={setPlanned}
        />
        <NumberInput
          min={0}
          allowDecimal={false}
          label={t('socialFund.subsidyForm.beneficiariesReached')}
          value={reached}
          onChange={setReached}
        />
      </FieldGrid>
      <Textarea
        required
        autosize
        minRows={2}
        label={t('socialFund.subsidyForm.purpose')}
        value={purpose}
        onChange={(e) => setPurpose(e.currentTarget.value)}
      />
      <Textarea
        autosize
        minRows={2}
        label={t('socialFund.subsidyForm.reportingObligations')}
        value={obligations}
        onChange={(e) => setObligations(e.currentTarget.value)}
      />
    </DialogForm>
  );
}

/** A report the NGO sent under the subsidy. */
export function ReportForm({ subsidy, onDone }: { subsidy: SubsidyView; onDone: () => void }) {
  const { t } = useTranslation();
  const [receivedOn, setReceivedOn] = useState(today);
  const [note, setNote] = useState('');
  const write = useSocialFundWrite<object>('post', url(subsidy.id, '/reports'), 'report', onDone);
  const dialog = mutationForm({
    write,
    body: () => ({ version: subsidy.version, receivedOn, note }),
    onCancel: onDone,
    submitLabel: t('socialFund.reportForm.submit'),
  });
  return (
    <DialogForm {...dialog}>
      <TextInput
        {...dateInput}
        required
        label={t('socialFund.reportForm.receivedOn')}
        value={receivedOn}
        onChange={(e) => setReceivedOn(e.currentTarget.value)}
      />
      <Textarea
        required
        autosize
        minRows={2}
        label={t('socialFund.reportForm.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </DialogForm>
  );
}
