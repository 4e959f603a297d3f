import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CARE_LEVELS, carePlanBody, type CareCaseDetail, type CareLevel } from '@vatra/core';
import { api } from '../../api/client';
import { IconPlus } from '../../components/icons';
import { button, card, dateInput, grid, input, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { fieldError, type FieldErrors } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useInstitutionChoices } from '../cases/data';
import { careCaseUrl, useCareServices, useCareWrite } from './data';
import { Nothing } from './parts';

interface ItemDraft {
  key: number;
  serviceCode: string | null;
  level: CareLevel;
  responsibleInstitutionId: string | null;
  targetDate: string;
  note: string;
}

const ITEM_GRID = { ...grid.dense, cols: { base: 1, sm: 2, lg: 5 } } as const;

/** The name of a care service in the user's language, or its code when the catalogue lacks it. */
export function useServiceName() {
  const format = useFormat();
  const services = useCareServices();
  return (code: string) => {
    const found = services.data?.find((service) => service.code === code);
    return found ? format.name(found.name) : code;
  };
}

/** The individual care plan: the active version, or the editor of a new one. */
export function CarePlanTab({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const serviceName = useServiceName();
  const [editing, setEditing] = useState(false);
  const plan = kase.plan;
  const assessed = kase.status !== 'identified';
  const canPlan = hasScope(me, 'care.assess') && kase.status !== 'closed' && assessed;

  return (
    <Stack>
      <Group {...layout.header}>
        <Stack gap={2}>
          <Title order={3}>{t('care.plan.title')}</Title>
          {plan && (
            <Text {...text.caption}>
              {`${t('care.plan.version', { version: plan.planVersion })} · ${plan.createdBy.fullName} · ${format.date(plan.createdAt)}`}
            </Text>
          )}
        </Stack>
        {canPlan && !editing && (
          <Button {...(plan ? button.secondary : {})} onClick={() => setEditing(true)}>
            {plan ? t('care.plan.revise') : t('care.plan.make')}
          </Button>
        )}
      </Group>
      {editing ? (
        <PlanEditor kase={kase} onDone={() => setEditing(false)} />
      ) : !plan ? (
        <Paper {...card}>
          <Nothing>{assessed ? t('care.plan.notYet') : t('care.plan.needsAssessment')}</Nothing>
        </Paper>
      ) : (
        <Paper {...card}>
          <Stack>
            <Stack gap={2}>
              <Text {...text.overline}>{t('care.plan.goal')}</Text>
              <Text>{plan.goal}</Text>
              {plan.reviewOn && (
                <Text {...text.caption}>{`${t('care.plan.reviewOn')}: ${format.date(plan.reviewOn)}`}</Text>
              )}
            </Stack>
            <Table.ScrollContainer minWidth={720}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('care.plan.service')}</Table.Th>
                    <Table.Th>{t('care.plan.level')}</Table.Th>
                    <Table.Th>{t('care.plan.institution')}</Table.Th>
                    <Table.Th>{t('care.plan.targetDate')}</Table.Th>
                    <Table.Th>{t('care.plan.itemStatus')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Text fw={500}>{serviceName(item.serviceCode)}</Text>
                        {item.note && <Text {...text.caption}>{item.note}</Text>}
                      </Table.Td>
                      <Table.Td>{t(`care.levels.${item.level}`)}</Table.Td>
                      <Table.Td>
                        {item.responsibleInstitution ? format.name(item.responsibleInstitution.name) : ''}
                      </Table.Td>
                      <Table.Td>{item.targetDate ? format.date(item.targetDate) : ''}</Table.Td>
                      <Table.Td>{t(`care.plan.itemStatuses.${item.status}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

let nextKey = 1;
const emptyItem = (): ItemDraft => ({
  key: nextKey++,
  serviceCode: null,
  level: 'local',
  responsibleInstitutionId: null,
  targetDate: '',
  note: '',
});

function PlanEditor({ kase, onDone }: { kase: CareCaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const write = useCareWrite(kase.id);
  const services = useCareServices();
  const institutions = useInstitutionChoices([]);
  const [goal, setGoal] = useState(kase.plan?.goal ?? '');
  const [reviewOn, setReviewOn] = useState(kase.plan?.reviewOn ?? '');
  const [items, setItems] = useState<ItemDraft[]>(() =>
    kase.plan && kase.plan.items.length > 0
      ? kase.plan.items.map((item) => ({
          key: nextKey++,
          serviceCode: item.serviceCode,
          level: item.level,
          responsibleInstitutionId: item.responsibleInstitution?.id ?? null,
          targetDate: item.targetDate ?? '',
          note: item.note ?? '',
        }))
      : [emptyItem()],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const serviceOptions = (services.data ?? []).map((service) => ({
    value: service.code,
    label: format.name(service.name),
  }));
  const institutionOptions = institutions
    .map((item) => ({
      value: item.id,
      label: typeof item.name === 'string' ? item.name : format.name(item.name),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const levelOptions = CARE_LEVELS.map((value) => ({ value, label: t(`care.levels.${value}`) }));
  const change = (key: number, patch: Partial<ItemDraft>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: { setErrors, setFormError },
      schema: carePlanBody,
      body: {
        goal,
        ...(reviewOn ? { reviewOn } : {}),
        items: items.map((item) => ({
          serviceCode: item.serviceCode ?? '',
          level: item.level,
          ...(item.responsibleInstitutionId
            ? { responsibleInstitutionId: item.responsibleInstitutionId }
            : {}),
          ...(item.targetDate ? { targetDate: item.targetDate } : {}),
          ...(item.note.trim() ? { note: item.note.trim() } : {}),
        })),
        version: kase.version,
      },
      send: (body) => api.post<CareCaseDetail>(`${careCaseUrl(kase.id)}/plan`, body),
      notice: t('care.plan.saved'),
      onDone,
    });
  };

  const goalError = fieldError(errors, 'goal');
  const reviewOnError = fieldError(errors, 'reviewOn');

  return (
    <Paper {...card}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <Textarea
            label={t('care.plan.goal')}
            required
            autosize
            minRows={2}
            value={goal}
            onChange={(event) => setGoal(event.currentTarget.value)}
            error={goalError}
          />
          <TextInput
            {...dateInput}
            label={t('care.plan.reviewOn')}
            value={reviewOn}
            onChange={(event) => setReviewOn(event.currentTarget.value)}
            error={reviewOnError}
          />
          {items.map((item, index) => (
            <Paper key={item.key} {...card}>
              <SimpleGrid {...ITEM_GRID}>
                <Select
                  label={t('care.plan.service')}
                  required
                  searchable
                  data={serviceOptions}
                  value={item.serviceCode}
                  onChange={(value) => change(item.key, { serviceCode: value })}
                  error={fieldError(errors, `items.${index}.serviceCode`)}
                />
                <Select
                  label={t('care.plan.level')}
                  data={levelOptions}
                  value={item.level}
                  allowDeselect={false}
                  onChange={(value) =>
                    change(item.key, { level: CARE_LEVELS.find((level) => level === value) ?? 'local' })
                  }
                />
                <Select
                  label={t('care.plan.institution')}
                  searchable
                  clearable
                  data={institutionOptions}
                  value={item.responsibleInstitutionId}
                  onChange={(value) => change(item.key, { responsibleInstitutionId: value })}
                  error={fieldError(errors, `items.${index}.responsibleInstitutionId`)}
                />
                <TextInput
                  {...dateInput}
                  label={t('care.plan.targetDate')}
                  value={item.targetDate}
                  onChange={(event) => change(item.key, { targetDate: event.currentTarget.value })}
                  error={fieldError(errors, `items.${index}.targetDate`)}
                />
                <TextInput
                  {...input.plain}
                  label={t('care.plan.note')}
                  value={item.note}
                  onChange={(event) => change(item.key, { note: event.currentTarget.value })}
                />
              </SimpleGrid>
              {items.length > 1 && (
                <Group {...layout.formActions} mt="xs">
                  <Button
                    {...button.quiet}
                    onClick={() => setItems((current) => current.filter((other) => other.key !== item.key))}
                  >
                    {t('care.plan.removeItem')}
                  </Button>
                </Group>
              )}
            </Paper>
          ))}
          <Group {...layout.spread}>
            <Button
              {...button.secondary}
              leftSection={<IconPlus size={16} />}
              onClick={() => setItems((current) => [...current, emptyItem()])}
            >
              {t('care.plan.addItem')}
            </Button>
            <Group {...layout.formActions}>
              <Button {...button.secondary} onClick={onDone} disabled={write.busy}>
                {t('care.file.cancel')}
              </Button>
              <Button type="submit" loading={write.busy}>
                {t('care.plan.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
