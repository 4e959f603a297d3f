import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASE_FORMS, formSubmitBody, type CaseDetail, type CaseForm, type SubmissionView } from '@vatra/core';
import { api } from '../../api/client';
import { useFormDefinition } from '../../api/queries';
import { FormRenderer, type FormDraft, type RepeatMembers } from '../../components/form-renderer';
import { IconInfo } from '../../components/icons';
import { badge, button, card, layout, text, tone } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { ageOn } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { Nothing, PRIORITY_COLOR, personName } from './parts';
import { FormAnswers } from './FormAnswers';
import { useCaseWrite } from './write';

const SWITCH = { size: 'sm' } as const;

/** The latest revision of each form of the case (corrections replace what they correct). */
export function latestSubmission(kase: CaseDetail, formKey: string): SubmissionView | null {
  const forms = kase.forms.filter((form) => form.formKey === formKey);
  if (forms.length === 0) return null;
  return (
    [...forms].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || b.revision - a.revision)[0] ??
    null
  );
}

/** The household members the repeated sections are filled in for, as the server counts them. */
export function useRepeatMembers(kase: CaseDetail): RepeatMembers {
  return useMemo(() => {
    const all = kase.members.map((member) => ({
      id: member.id,
      label: personName(member),
      age: ageOn(member.dateOfBirth),
    }));
    // a member without a date of birth counts as an adult (the server's rule)
    const isChild = (age: number | null) => (age ?? 99) < 18;
    const strip = ({ id, label }: { id: string; label: string }) => ({ id, label });
    return {
      household_members: all.map(strip),
      adults: all.filter((member) => !isChild(member.age)).map(strip),
      children: all.filter((member) => isChild(member.age)).map(strip),
    };
  }, [kase.members]);
}

/** The FVN and the social anamnesis: the latest submission read-only, filled in or corrected. */
export function AssessmentTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const [formKey, setFormKey] = useState<CaseForm>('fvn');
  const options = CASE_FORMS.map((key) => ({ value: key, label: t(`cases.assessment.${key}`) }));
  return (
    <Stack>
      <SegmentedControl
        {...SWITCH}
        data={options}
        value={formKey}
        onChange={(value) => setFormKey(CASE_FORMS.find((key) => key === value) ?? 'fvn')}
      />
      <CaseFormPanel key={formKey} kase={kase} formKey={formKey} />
    </Stack>
  );
}

function CaseFormPanel({ kase, formKey }: { kase: CaseDetail; formKey: CaseForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const definition = useFormDefinition(formKey);
  const members = useRepeatMembers(kase);
  const latest = latestSubmission(kase, formKey);
  const [editing, setEditing] = useState(false);
  const canWrite = kase.allowed.includes(formKey);

  let body;
  if (definition.isPending) body = <PageLoader height={160} />;
  else if (definition.error)
    body = <QueryError error={definition.error} onRetry={() => void definition.refetch()} />;
  else if (editing)
    body = (
      <FormEditor
        kase={kase}
        formKey={formKey}
        definition={definition.data}
        members={members}
        corrects={latest}
        onDone={() => setEditing(false)}
      />
    );
  else if (!latest)
    body = (
      <Paper {...card}>
        <Nothing>
          {kase.stage === 'registered' ? t('cases.assessment.notYetVisit') : t('cases.assessment.notYet')}
        </Nothing>
      </Paper>
    );
  else
    body = (
      <Stack>
        {formKey === 'fvn' && <NeedsCard kase={kase} submission={latest} />}
        {latest.formVersion !== definition.data.version && (
          <Alert color={tone.neutral} icon={<IconInfo />}>
            {t('cases.assessment.olderVersion', { version: latest.formVersion })}
          </Alert>
        )}
        <FormRenderer
          definition={definition.data}
          locale={format.locale}
          value={latest.data as FormDraft}
          readOnly
          members={members}
        />
      </Stack>
    );

  return (
    <Stack>
      <Group {...layout.header}>
        <Stack gap={2} miw={0}>
          <Title order={3}>{t(`cases.assessment.${formKey}`)}</Title>
          {latest && (
            <Text {...text.caption}>
              {`${t('cases.assessment.revision', { revision: latest.revision })} · ${t(
                'cases.assessment.byWhom',
                {
                  date: format.dateTime(latest.submittedAt),
                  name: latest.submittedBy.fullName,
                },
              )}`}
            </Text>
          )}
        </Stack>
        {canWrite && !editing && definition.data && (
          <Button {...(latest ? button.secondary : {})} onClick={() => setEditing(true)}>
            {latest ? t('cases.assessment.correct') : t('cases.assessment.fill')}
          </Button>
        )}
      </Group>
      {body}
    </Stack>
  );
}

function FormEditor({
  kase,
  formKey,
  definition,
  members,
  corrects,
  onDone,
}: {
  kase: CaseDetail;
  formKey: CaseForm;
  definition: NonNullable<ReturnType<typeof useFormDefinition>['data']>;
  members: RepeatMembers;
  corrects: SubmissionView | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const write = useCaseWrite(kase.id);
  return (
    <FormAnswers
      definition={definition}
      start={corrects ? (corrects.data as FormDraft) : {}}
      members={members}
      submitLabel={t('cases.assessment.submit')}
      cancelLabel={t('cases.assessment.cancel')}
      busy={write.busy}
      send={(data, sink) =>
        void write.run({
          sink,
          schema: formSubmitBody,
          body: { formVersion: definition.version, data, ...(corrects ? { corrects: corrects.id } : {}) },
          send: (body) => api.post<CaseDetail>(`/api/cases/${kase.id}/forms/${formKey}`, body),
          notice: t('cases.assessment.submitted'),
          onDone,
        })
      }
      onCancel={onDone}
    />
  );
}

/** The needs the FVN found: what a plan answers. */
function NeedsCard({ kase, submission }: { kase: CaseDetail; submission: SubmissionView }) {
  const { t } = useTranslation();
  const memberName = (id?: string) => {
    const member = id ? kase.members.find((item) => item.id === id) : undefined;
    return member ? personName(member) : '';
  };
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('cases.assessment.needs')}</Text>
        {submission.needs.length === 0 ? (
          <Nothing>{t('cases.assessment.noNeeds')}</Nothing>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Tbody>
                {submission.needs.map((need) => (
                  <Table.Tr key={need.path}>
                    <Table.Td w={220}>
                      <Text fw={500}>{t(`formRenderer.domains.${need.domain}`)}</Text>
                      {need.member && <Text {...text.caption}>{memberName(need.member)}</Text>}
                    </Table.Td>
                    <Table.Td w={110}>
                      <Badge {...badge.outline} color={PRIORITY_COLOR[need.priority]}>
                        {t(`formRenderer.priorities.${need.priority}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{need.note ?? ''}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
