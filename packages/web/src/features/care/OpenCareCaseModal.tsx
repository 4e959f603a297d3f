import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  CARE_CHANNELS,
  CARE_RECEIVED_BY,
  CARE_REFERRED_CHANNELS,
  CARE_SERVICE_TARGET_GROUPS,
  SENSITIVITIES,
  careOpenBody,
  type CareCaseDetail,
  type CareChannel,
  type CareReceivedBy,
  type Sensitivity,
  type casePage,
} from '@vatra/core';
import { api } from '../../api/client';
import type { Infer } from '../../api/types';
import type { PersonSearchHit } from '../../api/types';
import { DialogModal, FormActions } from '../../components/FormModal';
import { useNotify } from '../../components/notifications';
import { button, card, dialog, grid, input, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useInstitutionChoices } from '../cases/data';
import { careKeys } from './data';
import { careCasePath } from './paths';
import { PersonPicker } from './PersonPicker';

interface OpenValues {
  channel: CareChannel;
  receivedBy: CareReceivedBy;
  referringInstitutionId: string | null;
  referringParty: string;
  returneeCaseId: string | null;
  returnee: boolean;
  targetGroups: string[];
  sensitivity: Sensitivity;
  summary: string;
}

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;

/** Social care › Open a case: find the person, then how the case came in and who referred it. */
export function OpenCareCaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonSearchHit | null>(null);
  const close = () => {
    setPerson(null);
    onClose();
  };
  return (
    <DialogModal opened={opened} onClose={close} title={t('care.open.title')} size={dialog.form}>
      {person ? (
        <OpenForm person={person} onBack={() => setPerson(null)} onDone={close} />
      ) : (
        <PersonPicker onPick={setPerson} />
      )}
    </DialogModal>
  );
}

/** The returnee cases of the person or their household (for users who may read cases). */
function useReturneeCases(person: PersonSearchHit, enabled: boolean) {
  return useQuery({
    queryKey: ['care', 'returnee-cases', person.id],
    queryFn: async () => {
      const page = await api.get<Infer<typeof casePage>>('/api/cases', { q: person.lastName, pageSize: 50 });
      return page.items.filter(
        (kase) =>
          kase.kind === 'returnee' &&
          (kase.person.id === person.id ||
            (person.householdId !== null && kase.householdId === person.householdId)),
      );
    },
    enabled,
  });
}

function OpenForm({
  person,
  onBack,
  onDone,
}: {
  person: PersonSearchHit;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const institutions = useInstitutionChoices([]);
  const form = useFormState<OpenValues>({
    channel: 'walk_in',
    receivedBy: 'in_person',
    referringInstitutionId: null,
    referringParty: '',
    returneeCaseId: null,
    returnee: false,
    targetGroups: [],
    sensitivity: 'normal',
    summary: '',
  });
  const { values } = form;
  const returneeCases = useReturneeCases(
    person,
    values.channel === 'returnee_case' && hasScope(me, 'case.read'),
  );
  const [busy, setBusy] = useState(false);
  const referred = CARE_REFERRED_CHANNELS.includes(values.channel);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setFormError(null);
    const body = {
      personId: person.id,
      channel: values.channel,
      receivedBy: values.receivedBy,
      ...(values.referringInstitutionId ? { referringInstitutionId: values.referringInstitutionId } : {}),
      ...(values.referringParty.trim() ? { referringParty: values.referringParty.trim() } : {}),
      ...(values.channel === 'returnee_case' && values.returneeCaseId
        ? { returneeCaseId: values.returneeCaseId }
        : {}),
      returnee: values.returnee,
      targetGroups: values.targetGroups,
      sensitivity: values.sensitivity,
      ...(values.summary.trim() ? { summary: values.summary.trim() } : {}),
    };
    const checked = careOpenBody.safeParse(body);
    if (!checked.success) {
      form.setFormError(t('errors.fixFields'));
      return;
    }
    setBusy(true);
    try {
      const kase = await api.post<CareCaseDetail>('/api/care/cases', checked.data);
      await queryClient.invalidateQueries({ queryKey: careKeys.all });
      notify(t('care.open.opened', { number: kase.number }));
      onDone();
      navigate(careCasePath(kase.id));
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const channelOptions = CARE_CHANNELS.map((value) => ({ value, label: t(`care.channels.${value}`) }));
  const receivedOptions = CARE_RECEIVED_BY.map((value) => ({ value, label: t(`care.receivedBy.${value}`) }));
  // The phone line is answered by phone and a walk-in comes in person; other channels (a village
  // head may come or call) keep what the officer chose.
  const changeChannel = (channel: CareChannel) => {
    form.set('channel', channel);
    if (channel === 'phone_line') form.set('receivedBy', 'phone');
    if (channel === 'walk_in') form.set('receivedBy', 'in_person');
  };
  const institutionOptions = institutions
    .map((item) => ({
      value: item.id,
      label: typeof item.name === 'string' ? item.name : format.name(item.name),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const groupOptions = CARE_SERVICE_TARGET_GROUPS.map((value) => ({
    value,
    label: t(`care.targetGroups.${value}`),
  }));
  const sensitivityOptions = SENSITIVITIES.map((value) => ({
    value,
    label: t(`care.sensitivities.${value}`),
  }));
  const caseOptions = (returneeCases.data ?? []).map((kase) => ({
    value: kase.id,
    label: `${kase.number} · ${kase.person.firstName} ${kase.person.lastName}`,
  }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Paper {...card}>
          <Group {...layout.spread}>
            <Stack gap={2}>
              <Text {...text.overline}>{t('care.open.person')}</Text>
              <Text fw={600}>{`${person.firstName} ${person.lastName}`}</Text>
              <Text {...text.caption}>
                {[
                  person.dateOfBirth ? format.date(person.dateOfBirth) : null,
                  format.name(person.jurisdiction.name),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Button {...button.quiet} onClick={onBack} disabled={busy}>
              {t('care.open.change')}
            </Button>
          </Group>
        </Paper>
        <FormError message={form.formError} />
        <SimpleGrid {...GRID}>
          <Select
            label={t('care.open.channel')}
            required
            data={channelOptions}
            value={values.channel}
            allowDeselect={false}
            onChange={(value) => changeChannel(CARE_CHANNELS.find((item) => item === value) ?? 'walk_in')}
            error={form.fields.channel.error}
          />
          <Select
            label={t('care.open.receivedBy')}
            required
            data={receivedOptions}
            value={values.receivedBy}
            allowDeselect={false}
            onChange={(value) =>
              form.set('receivedBy', CARE_RECEIVED_BY.find((item) => item === value) ?? 'in_person')
            }
            error={form.fields.receivedBy.error}
          />
          <Select
            {...input.hintBelow}
            label={t('care.open.institution')}
            description={t('care.open.institutionHint')}
            searchable
            clearable
            data={institutionOptions}
            value={values.referringInstitutionId}
            onChange={(value) => form.set('referringInstitutionId', value)}
            error={form.fields.referringInstitutionId.error}
          />
          <TextInput
            {...input.plain}
            {...input.hintBelow}
            label={t('care.open.party')}
            description={t('care.open.partyHint')}
            required={referred && !values.referringInstitutionId}
            {...form.fields.referringParty}
          />
        </SimpleGrid>
        {values.channel === 'returnee_case' && (
          <Select
            label={t('care.open.returneeCase')}
            description={
              caseOptions.length === 0 ? t('care.open.noReturneeCases') : t('care.open.returneeCaseHint')
            }
            required
            data={caseOptions}
            value={values.returneeCaseId}
            onChange={(value) => form.set('returneeCaseId', value)}
            error={form.fields.returneeCaseId.error}
          />
        )}
        <Checkbox
          label={t('care.open.returnee')}
          description={t('care.open.returneeHint')}
          checked={values.returnee}
          onChange={(event) => form.set('returnee', event.currentTarget.checked)}
        />
        <MultiSelect
          label={t('care.open.targetGroups')}
          data={groupOptions}
          value={values.targetGroups}
          onChange={(value) => form.set('targetGroups', value)}
          searchable
          error={form.fields.targetGroups.error}
        />
        <Select
          label={t('care.open.sensitivity')}
          data={sensitivityOptions}
          value={values.sensitivity}
          allowDeselect={false}
          onChange={(value) =>
            form.set('sensitivity', SENSITIVITIES.find((item) => item === value) ?? 'normal')
          }
        />
        <Textarea label={t('care.open.summary')} autosize minRows={3} {...form.fields.summary} />
        <FormActions busy={busy} onCancel={onDone} submitLabel={t('care.open.submit')} />
      </Stack>
    </form>
  );
}
