import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { householdCreateBody, PERSON_CATEGORIES } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { keys } from '../../api/queries';
import type { DuplicateCheck, Household } from '../../api/types';
import { IconAlert, IconBan, IconInfo, IconPlus, IconSearch } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { button, card, grid, input, layout, recordPath, text, tone } from '../../components/presets';
import { FormError, PageHeader } from '../../components/ui';
import { catalogText } from '../../i18n';
import { validate, type FieldErrors } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { personName } from './display';
import { DuplicatesPanel, type MemberCandidates } from './DuplicatesPanel';
import { PersonFields } from './PersonFields';
import { duplicateQuery, emptyPerson, personBody, type PersonValues } from './personForm';
import { usePlaceOptions } from './places';

interface Member extends PersonValues {
  /** A key for React only; never sent. */
  key: number;
}

interface HouseholdValues {
  jurisdictionId: string | null;
  settlement: string;
  addressLine: string;
  phone: string;
}

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;
const MAX_MEMBERS = 30;
/** Fields chosen from a list; left empty they are sent as null. */
const CHOSEN = ['gender', 'relationToHead', 'category'] as const;

let nextKey = 1;
const newMember = (
  relation: PersonValues['relationToHead'],
  category: PersonValues['category'] = null,
): Member => ({
  ...emptyPerson(relation),
  category,
  key: nextKey++,
});

/** What the duplicate check looked at; a change after it means checking again. */
const signatureOf = (members: Member[]) => JSON.stringify(members.map(duplicateQuery));

/** Registry › Register a household: the household, its members, the duplicate check, then save. */
export function RegisterHouseholdPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const places = usePlaceOptions();
  // ?category=resident when coming from social care: its clients are mostly ordinary residents
  const [params] = useSearchParams();
  const preset = PERSON_CATEGORIES.find((category) => category === params.get('category')) ?? null;
  const [household, setHousehold] = useState<HouseholdValues>({
    jurisdictionId: null,
    settlement: '',
    addressLine: '',
    phone: '',
  });
  const [members, setMembers] = useState<Member[]>(() => [newMember('head', preset)]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [check, setCheck] = useState<{ signature: string; results: MemberCandidates[] } | null>(null);
  const [acknowledged, setAcknowledged] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<'check' | 'save' | null>(null);

  // the user's own municipality is the usual place of registration
  const jurisdictionId = household.jurisdictionId ?? places.preferred;

  const clearError = (path: string) =>
    setErrors((current) => {
      const kept = Object.entries(current).filter(([key]) => key !== path && !key.startsWith(`${path}.`));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });

  const setField = <K extends keyof HouseholdValues>(field: K, value: HouseholdValues[K]) => {
    setHousehold((current) => ({ ...current, [field]: value }));
    clearError(field);
  };
  const setMember =
    (index: number) =>
    <K extends keyof PersonValues>(field: K, value: PersonValues[K]) => {
      setMembers((current) =>
        current.map((member, i) => (i === index ? { ...member, [field]: value } : member)),
      );
      clearError(`members.${index}.${field === 'birthYear' ? 'dateOfBirth' : String(field)}`);
      if (field === 'relationToHead') clearError('members');
    };
  const addMember = () => setMembers((current) => [...current, newMember(null, preset)]);
  const removeMember = (index: number) => {
    setMembers((current) => current.filter((_, i) => i !== index));
    // paths of later members shift: their errors no longer point at the right inputs
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('members'))),
    );
  };

  const body = () => ({
    jurisdictionId,
    settlement: household.settlement,
    addressLine: household.addressLine.trim() || null,
    phone: household.phone.trim() || null,
    members: members.map((member) => personBody(member)),
    acknowledgedDuplicates: [...acknowledged].filter((id) =>
      check?.results.some((result) => result.candidates.some((candidate) => candidate.id === id)),
    ),
  });

  /** The client's own check, worded as the server words it. */
  const validateAll = () => {
    const checked = validate(householdCreateBody, body(), format.locale);
    const found: FieldErrors = checked.errors ? { ...checked.errors } : {};
    // an unchosen option is missing rather than wrong: word it as the required fields are
    members.forEach((member, index) => {
      for (const field of CHOSEN) {
        const path = `members.${index}.${field}`;
        if (member[field] === null && found[path])
          found[path] = catalogText(format.locale, 'server.fields.required');
      }
    });
    if (members.filter((member) => member.relationToHead === 'head').length !== 1 && !found.members) {
      found.members = catalogText(format.locale, 'server.fields.oneHead');
    }
    if (Object.keys(found).length === 0) return true;
    setErrors(found);
    setFormError(t('errors.fixFields'));
    return false;
  };

  const runCheck = async () => {
    const results = await Promise.all(
      members.map(async (member, index) => {
        const found = await api.post<DuplicateCheck>('/api/persons/duplicates', duplicateQuery(member));
        return { member: index, name: personName(member), candidates: found.candidates };
      }),
    );
    setCheck({ signature: signatureOf(members), results });
  };

  const onCheck = async () => {
    setFormError(null);
    if (!validateAll()) return;
    setBusy('check');
    try {
      await runCheck();
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const current = check !== null && check.signature === signatureOf(members);
  const candidateIds = current
    ? [...new Set(check.results.flatMap((result) => result.candidates.map((candidate) => candidate.id)))]
    : [];
  const allAcknowledged = candidateIds.every((id) => acknowledged.has(id));
  const canSave = current && allAcknowledged;

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!canSave || !validateAll()) return;
    setBusy('save');
    try {
      const created = await api.post<Household>('/api/households', body());
      await queryClient.invalidateQueries({ queryKey: keys.personSearch });
      notify(t('registry.register.created'));
      navigate(recordPath.household(created.id));
    } catch (error) {
      if (isApiError(error, 409) && error.code === 'possible_duplicate') {
        // the answer's candidates do not reach here (the client keeps code, message and fields),
        // so the check runs again and shows them with the ones already confirmed
        setErrors(error.fields);
        setFormError(t('registry.register.duplicatesAgain'));
        await runCheck().catch(() => undefined);
      } else if (isApiError(error)) {
        setErrors(error.fields);
        setFormError(error.message);
      } else {
        setFormError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(null);
    }
  };

  const hint = !check
    ? t('registry.register.mustCheck')
    : !current
      ? t('registry.register.recheck')
      : !allAcknowledged
        ? t('registry.register.mustAcknowledge')
        : null;

  return (
    <form onSubmit={(event) => void onSave(event)} noValidate>
      <Stack {...layout.page}>
        <PageHeader title={t('registry.register.title')} description={t('registry.register.intro')} />
        <FormError message={formError} />

        <Paper {...card}>
          <Stack {...layout.section}>
            <Title order={3}>{t('registry.register.household')}</Title>
            <SimpleGrid {...GRID}>
              <Select
                label={t('registry.fields.municipality')}
                data={places.options}
                value={jurisdictionId}
                onChange={(value) => setField('jurisdictionId', value)}
                error={errors.jurisdictionId}
                disabled={places.pending}
                searchable
                allowDeselect={false}
                withAsterisk
              />
              <TextInput
                {...input.plain}
                label={t('registry.fields.settlement')}
                value={household.settlement}
                onChange={(event) => setField('settlement', event.currentTarget.value)}
                error={errors.settlement}
                withAsterisk
              />
              <TextInput
                {...input.plain}
                label={t('registry.fields.address')}
                value={household.addressLine}
                onChange={(event) => setField('addressLine', event.currentTarget.value)}
                error={errors.addressLine}
              />
              <TextInput
                {...input.plain}
                type="tel"
                label={t('registry.fields.householdPhone')}
                value={household.phone}
                onChange={(event) => setField('phone', event.currentTarget.value)}
                error={errors.phone}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Group {...layout.spread}>
          <Title order={3}>{t('registry.register.members')}</Title>
        </Group>
        {errors.members && (
          <Alert color={tone.danger} icon={<IconAlert />}>
            {errors.members}
          </Alert>
        )}
        {members.map((member, index) => (
          <Paper key={member.key} {...card}>
            <Stack {...layout.section}>
              <Group {...layout.spread}>
                <Group gap="xs" miw={0}>
                  <Text fw={650}>{t('registry.register.member', { number: index + 1 })}</Text>
                  <Text {...text.muted} {...text.oneLine}>
                    {personName(member)}
                  </Text>
                </Group>
                {members.length > 1 && (
                  <ActionIcon
                    {...button.quiet}
                    onClick={() => removeMember(index)}
                    aria-label={t('registry.register.removeMember', { number: index + 1 })}
                  >
                    <IconBan size={18} />
                  </ActionIcon>
                )}
              </Group>
              {errors[`members.${index}`] && (
                <Alert color={tone.warning} icon={<IconAlert />}>
                  {errors[`members.${index}`]}
                </Alert>
              )}
              <PersonFields
                values={member}
                set={setMember(index)}
                errors={errors}
                prefix={`members.${index}.`}
              />
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button
            {...button.secondary}
            leftSection={<IconPlus size={18} />}
            onClick={addMember}
            disabled={members.length >= MAX_MEMBERS}
          >
            {t('registry.register.addMember')}
          </Button>
        </Group>

        {check && current && (
          <DuplicatesPanel
            results={check.results}
            acknowledged={acknowledged}
            onAcknowledge={(id, checked) =>
              setAcknowledged((set) => {
                const next = new Set(set);
                if (checked) next.add(id);
                else next.delete(id);
                return next;
              })
            }
          />
        )}

        {hint && (
          <Alert color={tone.neutral} icon={<IconInfo />}>
            {hint}
          </Alert>
        )}
        <Group {...layout.formActions}>
          <Button
            {...(canSave ? button.secondary : {})}
            leftSection={<IconSearch size={16} />}
            onClick={() => void onCheck()}
            loading={busy === 'check'}
            disabled={busy === 'save'}
          >
            {t('registry.register.check')}
          </Button>
          <Button type="submit" disabled={!canSave || busy === 'check'} loading={busy === 'save'}>
            {t('registry.register.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
