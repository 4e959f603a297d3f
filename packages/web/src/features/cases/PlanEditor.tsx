import type { FormEvent } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  NEED_DOMAINS,
  NEED_PRIORITIES,
  planBody,
  planUpdateBody,
  type CaseDetail,
  type NeedView,
  type PlanView,
  type ServiceView,
} from '@vatra/core';
import { api } from '../../api/client';
import { useInstitutionTypes } from '../../api/queries';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { card, dateInput, dialog, input, layout, tone } from '../../components/presets';
import { IconButton } from '../../components/RowMenu';
import { FormError } from '../../components/ui';
import { fieldError, useFormState } from '../../lib/forms';
import { latestSubmission } from './AssessmentTab';
import { useInstitutionChoices, useServices, type InstitutionRefLike } from './data';
import { personName, useNameOf } from './parts';
import { CloseGlyph } from './VisitModal';
import { useCaseWrite } from './write';

type Priority = (typeof NEED_PRIORITIES)[number];

interface ItemRow {
  key: number;
  serviceCode: string | null;
  needPath: string | null;
  priority: Priority;
  responsibleInstitutionId: string | null;
  targetDate: string;
  note: string;
}

interface Values {
  /** '' for the household's plan, else a member's id (a Select needs a string). */
  subject: string;
  goal: string;
  items: ItemRow[];
}

const HOUSEHOLD = '';
const ITEM_GRID = { cols: { base: 1, sm: 2, md: 3 }, spacing: 'sm', verticalSpacing: 'xs' } as const;
const ITEM = { ...card, p: 'sm' } as const;
const SPAN_WIDE = { style: { gridColumn: 'span 2' } } as const;
const REMOVE = { variant: 'subtle', color: 'gray' } as const;

let nextKey = 1;
const blankItem = (): ItemRow => ({
  key: nextKey++,
  serviceCode: null,
  needPath: null,
  priority: 'medium',
  responsibleInstitutionId: null,
  targetDate: '',
  note: '',
});

/** The FVN needs as choices: "Housing (high) · Arbër Krasniqi". */
export function useNeedLabel(kase: CaseDetail) {
  const { t } = useTranslation();
  return (need: NeedView) => {
    const label = t('cases.plan.needLabel', {
      domain: t(`formRenderer.domains.${need.domain}`),
      priority: t(`formRenderer.priorities.${need.priority}`),
    });
    const member = need.member ? kase.members.find((item) => item.id === need.member) : undefined;
    return member ? t('cases.plan.needOfMember', { need: label, member: personName(member) }) : label;
  };
}

/** Institutions the case already knows, for the responsible-institution choice. */
export function knownInstitutions(kase: CaseDetail): InstitutionRefLike[] {
  return kase.plans.flatMap((plan) =>
    plan.items.flatMap((item) => (item.responsibleInstitution ? [item.responsibleInstitution] : [])),
  );
}

/** Drafting a new plan (plan null) or changing a draft. */
export function PlanEditorModal({
  kase,
  plan,
  opened,
  onClose,
}: {
  kase: CaseDetail;
  plan: PlanView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DialogModal
      opened={opened}
      onClose={onClose}
      title={plan ? t('cases.plan.editTitle') : t('cases.plan.newTitle')}
      size={dialog.wide}
    >
      {opened && <PlanEditor kase={kase} plan={plan} onClose={onClose} />}
    </DialogModal>
  );
}

function PlanEditor({
  kase,
  plan,
  onClose,
}: {
  kase: CaseDetail;
  plan: PlanView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useNameOf();
  const needLabel = useNeedLabel(kase);
  const services = useServices();
  const institutions = useInstitutionChoices(knownInstitutions(kase));
  const write = useCaseWrite(kase.id);
  const fvn = latestSubmission(kase, 'fvn');
  const needs = fvn?.needs ?? [];
  const form = useFormState<Values>({
    subject: plan?.personId ?? HOUSEHOLD,
    goal: plan?.goal ?? '',
    items: plan
      ? plan.items.map((item) => ({
          key: nextKey++,
          serviceCode: item.serviceCode,
          needPath: item.needPath,
          priority: item.priority,
          responsibleInstitutionId: item.responsibleInstitution?.id ?? null,
          targetDate: item.targetDate ?? '',
          note: item.note ?? '',
        }))
      : [blankItem()],
  });
  const { values } = form;
  const subjectError = fieldError(form.errors, 'personId');

  const catalogue = services.data ?? [];
  const serviceOptions = NEED_DOMAINS.map((domain) => ({
    group: t(`formRenderer.domains.${domain}`),
    items: catalogue
      .filter((service) => service.domain === domain)
      .map((service) => ({ value: service.code, label: nameOf(service.name) })),
  })).filter((group) => group.items.length > 0);
  const needOptions = needs.map((need) => ({ value: need.path, label: needLabel(need) }));
  const priorityOptions = NEED_PRIORITIES.map((value) => ({
    value,
    label: t(`formRenderer.priorities.${value}`),
  }));
  const institutionOptions = institutions.map((item) => ({ value: item.id, label: nameOf(item.name) }));
  const subjectOptions = [
    { value: HOUSEHOLD, label: t('cases.plan.household') },
    ...kase.members.map((member) => ({ value: member.id, label: personName(member) })),
  ];

  const setItem = (index: number, change: Partial<ItemRow>) =>
    form.set(
      'items',
      values.items.map((item, i) => (i === index ? { ...item, ...change } : item)),
    );
  const onNeed = (index: number, path: string | null) => {
    const need = needs.find((item) => item.path === path);
    setItem(index, { needPath: path, ...(need ? { priority: need.priority } : {}) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const items = values.items.map((item) => ({
      serviceCode: item.serviceCode ?? '',
      needPath: item.needPath,
      priority: item.priority,
      responsibleInstitutionId: item.responsibleInstitutionId,
      targetDate: item.targetDate || null,
      note: item.note.trim() || null,
    }));
    const goal = values.goal.trim() || null;
    void write.run({
      sink: form,
      ...(plan
        ? {
            schema: planUpdateBody,
            body: { goal, items, version: plan.version },
            send: (body: unknown): Promise<unknown> => api.put<PlanView>(`/api/plans/${plan.id}`, body),
          }
        : {
            schema: planBody,
            body: { personId: values.subject || null, goal, items },
            send: (body: unknown): Promise<unknown> =>
              api.post<CaseDetail>(`/api/cases/${kase.id}/plans`, body),
          }),
      notice: t('cases.plan.saved'),
      onDone: onClose,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Group grow align="flex-start">
          <Select
            label={t('cases.plan.subject')}
            data={subjectOptions}
            allowDeselect={false}
            disabled={plan !== null}
            value={values.subject}
            onChange={(value) => form.set('subject', value ?? HOUSEHOLD)}
            error={subjectError}
          />
        </Group>
        <Textarea label={t('cases.plan.goal')} autosize minRows={2} {...form.fields.goal} />
        <Text fw={500} size="sm">
          {t('cases.plan.items')}
        </Text>
        {values.items.map((item, index) => (
          <PlanItemRow
            key={item.key}
            item={item}
            index={index}
            errors={form.errors}
            serviceOptions={serviceOptions}
            needOptions={needOptions}
            priorityOptions={priorityOptions}
            institutionOptions={institutionOptions}
            catalogue={catalogue}
            canRemove={values.items.length > 1}
            onChange={(change) => setItem(index, change)}
            onNeed={(path) => onNeed(index, path)}
            onRemove={() =>
              form.set(
                'items',
                values.items.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        {form.errors.items && (
          <Text c={tone.danger} size="sm">
            {form.errors.items}
          </Text>
        )}
        <Group {...layout.inline}>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={values.items.length >= 60}
            onClick={() => form.set('items', [...values.items, blankItem()])}
          >
            {t('cases.plan.addItem')}
          </Button>
        </Group>
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t('cases.plan.save')} />
      </Stack>
    </form>
  );
}

type Options = { value: string; label: string }[];

function PlanItemRow({
  item,
  index,
  errors,
  serviceOptions,
  needOptions,
  priorityOptions,
  institutionOptions,
  catalogue,
  canRemove,
  onChange,
  onNeed,
  onRemove,
}: {
  item: ItemRow;
  index: number;
  errors: Record<string, string>;
  serviceOptions: { group: string; items: Options }[];
  needOptions: Options;
  priorityOptions: Options;
  institutionOptions: Options;
  catalogue: ServiceView[];
  canRemove: boolean;
  onChange: (change: Partial<ItemRow>) => void;
  onNeed: (path: string | null) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const error = (field: string) => fieldError(errors, `items.${index}.${field}`);
  const errorOf = {
    serviceCode: error('serviceCode'),
    priority: error('priority'),
    needPath: error('needPath'),
    targetDate: error('targetDate'),
    responsibleInstitutionId: error('responsibleInstitutionId'),
    note: error('note'),
  };
  const service = catalogue.find((entry) => entry.code === item.serviceCode);
  const types = useInstitutionTypes();
  const nameOf = useNameOf();
  const type = types.data?.find((entry) => entry.code === service?.responsibleInstitutionType);
  return (
    <Paper {...ITEM}>
      <Group {...layout.inputWithButton} align="flex-start">
        <SimpleGrid {...ITEM_GRID} style={{ flex: 1 }}>
          <Select
            {...SPAN_WIDE}
            label={t('cases.plan.service')}
            required
            searchable
            data={serviceOptions}
            placeholder={t('cases.common.choose')}
            value={item.serviceCode}
            onChange={(value) => onChange({ serviceCode: value })}
            error={errorOf.serviceCode}
            description={
              service
                ? t('cases.plan.institutionHint', {
                    type: type ? nameOf(type.name) : service.responsibleInstitutionType,
                  })
                : undefined
            }
            {...input.hintBelow}
          />
          <Select
            label={t('cases.plan.priority')}
            required
            data={priorityOptions}
            allowDeselect={false}
            value={item.priority}
            onChange={(value) => onChange({ priority: NEED_PRIORITIES.find((p) => p === value) ?? 'medium' })}
            error={errorOf.priority}
          />
          <Select
            {...SPAN_WIDE}
            label={t('cases.plan.need')}
            data={needOptions}
            clearable
            placeholder={t('cases.plan.noNeed')}
            value={item.needPath}
            onChange={onNeed}
            error={errorOf.needPath}
          />
          <TextInput
            {...dateInput}
            label={t('cases.plan.targetDate')}
            value={item.targetDate}
            onChange={(event) => onChange({ targetDate: event.currentTarget.value })}
            error={errorOf.targetDate}
          />
          <Select
            {...SPAN_WIDE}
            label={t('cases.plan.institution')}
            data={institutionOptions}
            searchable
            clearable
            placeholder={t('cases.plan.noInstitution')}
            value={item.responsibleInstitutionId}
            onChange={(value) => onChange({ responsibleInstitutionId: value })}
            error={errorOf.responsibleInstitutionId}
          />
          <TextInput
            {...input.plain}
            label={t('cases.plan.note')}
            value={item.note}
            onChange={(event) => onChange({ note: event.currentTarget.value })}
            error={errorOf.note}
          />
        </SimpleGrid>
        <IconButton {...REMOVE} label={t('cases.plan.removeItem')} disabled={!canRemove} onClick={onRemove}>
          <CloseGlyph />
        </IconButton>
      </Group>
    </Paper>
  );
}
