import { useTranslation } from 'react-i18next';
import {
  COMMUNITIES,
  CONTACT_LANGUAGES,
  MEETING_TYPES,
  OUTREACH_CHANNELS,
  OUTREACH_TYPES,
  PROJECT_CURRENCIES,
  PROJECT_SCOPES,
  RISK_STATUSES,
  TEAM_ROLES,
  type Catalog,
  type PlanRegisterKind,
} from '@vatra/core';

type FieldName = keyof Catalog['web']['planRegisters']['fields'];

/** How one field of an entry is typed into the form; `name` is its key in the entry's data. */
export interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'date' | 'email' | 'number' | 'select' | 'multiselect' | 'lines' | 'cases';
  required?: boolean;
  options?: { value: string; label: string }[];
  description?: string;
  /** Takes the whole width of the form. */
  wide?: boolean;
}

/** The form of each register, in the order the fields are typed. */
export function useFieldSpecs(kind: PlanRegisterKind): FieldSpec[] {
  const { t } = useTranslation();
  const f = (name: FieldName, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    name,
    label: t(`planRegisters.fields.${name}`),
    type,
    ...extra,
  });
  const languages = CONTACT_LANGUAGES.map((value) => ({ value, label: t(`registry.languages.${value}`) }));
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  switch (kind) {
    case 'team':
      return [
        f('name', 'text', { required: true }),
        f('institution', 'text', { required: true }),
        f('teamRole', 'select', {
          required: true,
          options: TEAM_ROLES.map((value) => ({ value, label: t(`planRegisters.teamRoles.${value}`) })),
        }),
        f('decisionNumber', 'text', { required: true }),
        f('decisionDate', 'date', { required: true }),
        f('from', 'date', { required: true }),
        f('to', 'date'),
        f('phone', 'text'),
        f('email', 'email'),
      ];
    case 'meeting':
      return [
        f('meetingType', 'select', {
          required: true,
          options: MEETING_TYPES.map((value) => ({ value, label: t(`planRegisters.meetingTypes.${value}`) })),
        }),
        f('date', 'date', { required: true }),
        f('place', 'text', { wide: true }),
        f('participants', 'lines', { wide: true, description: t('planRegisters.fields.participantsHint') }),
        { name: 'caseIds', label: t('planRegisters.fields.casesDiscussed'), type: 'cases', wide: true },
        f('minutes', 'textarea', { wide: true }),
        f('decisions', 'textarea', { wide: true }),
      ];
    case 'training':
      return [
        f('topic', 'text', { required: true, wide: true }),
        f('date', 'date', { required: true }),
        f('organiser', 'text', { required: true }),
        f('participantsCount', 'number', { required: true }),
        f('hours', 'number'),
        {
          name: 'participants',
          label: t('planRegisters.fields.participantNames'),
          type: 'lines',
          wide: true,
          description: t('planRegisters.fields.linesHint'),
        },
        f('institutions', 'lines', { wide: true, description: t('planRegisters.fields.linesHint') }),
      ];
    case 'contact':
      return [
        f('name', 'text', { required: true }),
        f('institution', 'text', { required: true }),
        f('position', 'text'),
        f('phone', 'text'),
        f('email', 'email'),
        f('languages', 'multiselect', { options: languages }),
        f('note', 'textarea', { wide: true }),
      ];
    case 'project':
      return [
        f('title', 'text', { required: true, wide: true }),
        f('donor', 'text', { required: true }),
        f('implementer', 'text', { required: true }),
        f('from', 'date', { required: true }),
        f('to', 'date'),
        f('budget', 'number'),
        f('currency', 'select', {
          required: true,
          options: PROJECT_CURRENCIES.map((value) => ({ value, label: value })),
        }),
        f('services', 'textarea', { required: true, wide: true }),
        f('targetGroup', 'text', { required: true }),
        f('scope', 'select', {
          required: true,
          options: PROJECT_SCOPES.map((value) => ({ value, label: t(`planRegisters.scopes.${value}`) })),
        }),
        f('settlements', 'text', { wide: true }),
      ];
    case 'risk':
      return [
        f('description', 'textarea', { required: true, wide: true }),
        f('likelihood', 'select', { required: true, options: scale }),
        f('impact', 'select', { required: true, options: scale }),
        f('owner', 'text', { required: true }),
        f('status', 'select', {
          required: true,
          options: RISK_STATUSES.map((value) => ({ value, label: t(`planRegisters.riskStatuses.${value}`) })),
        }),
        f('mitigation', 'textarea', { required: true, wide: true }),
        f('reviewedOn', 'date'),
      ];
    case 'outreach':
      return [
        f('eventType', 'select', {
          required: true,
          options: OUTREACH_TYPES.map((value) => ({
            value,
            label: t(`planRegisters.outreachTypes.${value}`),
          })),
        }),
        f('date', 'date', { required: true }),
        f('title', 'text', { required: true, wide: true }),
        f('communities', 'multiselect', {
          required: true,
          options: COMMUNITIES.map((value) => ({ value, label: t(`registry.communities.${value}`) })),
        }),
        f('languages', 'multiselect', { required: true, options: languages }),
        f('channel', 'select', {
          required: true,
          options: OUTREACH_CHANNELS.map((value) => ({ value, label: t(`planRegisters.channels.${value}`) })),
        }),
        f('place', 'text'),
        f('participantsCount', 'number'),
        f('copies', 'number'),
        { name: 'caseIds', label: t('planRegisters.fields.casesIdentified'), type: 'cases', wide: true },
        f('note', 'textarea', { wide: true }),
      ];
  }
}

/** Fields whose numbers the form holds as text and sends as numbers. */
export const NUMERIC_SELECTS = new Set(['likelihood', 'impact']);
