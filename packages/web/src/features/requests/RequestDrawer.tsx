import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestAction, RequestView } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { button, card, dateInput, dialog, layout, text, tone } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { useCaseDocuments } from '../cases/data';
import { Field, personName } from '../cases/parts';
import { useInstitutionTypeName, useRequest, useRequestRefresh } from './data';
import { RequestDeadlines } from './RequestsTab';

type Step = Exclude<RequestAction, 'edit' | 'documents' | 'decideAppeal'>;
const STEPS: readonly Step[] = [
  'submit',
  'review',
  'decide',
  'recordExternal',
  'notify',
  'appeal',
  'execute',
  'complete',
  'withdraw',
];
const URL_OF: Record<Step, string> = {
  submit: 'submit',
  review: 'review',
  decide: 'decide',
  recordExternal: 'external-decision',
  notify: 'notify',
  appeal: 'appeals',
  execute: 'execution',
  complete: 'execution/complete',
  withdraw: 'withdraw',
};
const DRAWER = { position: 'right', size: 'xl' } as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** One request: deadlines, documents, decisions, appeals, execution, and the user's next steps. */
export function RequestDrawer({
  caseId,
  requestId,
  onClose,
}: {
  caseId: string;
  requestId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useRequest(requestId);
  const [step, setStep] = useState<Step | null>(null);

  let body;
  if (!requestId) body = null;
  else if (query.isPending) body = <PageLoader height={200} />;
  else if (query.error) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else {
    const request = query.data;
    body = (
      <Stack>
        <RequestDetails request={request} />
        <DocumentsSection caseId={caseId} request={request} />
        <History request={request} />
        <Group {...layout.formActions}>
          {STEPS.filter((action) => request.actions.includes(action)).map((action) => (
            <Button
              key={action}
              {...(action === 'withdraw' ? button.secondary : {})}
              onClick={() => setStep(action)}
            >
              {t(`requests.actions.${action}`)}
            </Button>
          ))}
        </Group>
        <DialogModal
          opened={step !== null}
          onClose={() => setStep(null)}
          title={step ? t(`requests.actions.${step}`) : ''}
          size={dialog.form}
        >
          {step && <StepForm caseId={caseId} request={request} step={step} onClose={() => setStep(null)} />}
        </DialogModal>
      </Stack>
    );
  }

  return (
    <Drawer
      {...DRAWER}
      opened={requestId !== null}
      onClose={onClose}
      title={query.data ? query.data.number : t('requests.tab')}
    >
      {body}
    </Drawer>
  );
}

function RequestDetails({ request }: { request: RequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const typeName = useInstitutionTypeName();
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Title order={4}>{format.name(request.schemeName)}</Title>
        <RequestDeadlines request={request} />
        <Field label={t('requests.person')}>{personName(request.person)}</Field>
        <Field label={t('requests.description')}>{request.description}</Field>
        {request.amountRequested !== null && (
          <Field label={t('requests.amount')}>{format.number(request.amountRequested)}</Field>
        )}
        <Field label={t('requests.deciding')}>
          {`${request.decidingInstitution?.name ?? typeName(request.decidingType)}${
            request.decidedByCommission ? ` (${t('requests.byCommission')})` : ''
          }`}
        </Field>
        {request.executingType && (
          <Field label={t('requests.executing')}>{typeName(request.executingType)}</Field>
        )}
      </Stack>
    </Paper>
  );
}

function DocumentsSection({ caseId, request }: { caseId: string; request: RequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const editable = request.actions.includes('documents');
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('requests.documents.title')}</Text>
        {request.documents.length === 0 && <Text {...text.muted}>{t('requests.noDocuments')}</Text>}
        {request.documents.map((document) => (
          <Stack key={document.requirement} gap={4}>
            <Group {...layout.spread}>
              <Text size="sm" fw={500}>
                {format.name(document.name)}
              </Text>
              {document.state === 'missing' && (
                <Badge color={tone.warning}>{t('requests.documents.missing')}</Badge>
              )}
            </Group>
            {document.state === 'attached' && (
              <Text {...text.caption}>
                {t('requests.documents.attached', { name: document.documentTitle ?? '' })}
              </Text>
            )}
            {document.state === 'waived' && (
              <Text {...text.caption}>
                {t('requests.documents.waived', { reason: document.waivedReason ?? '' })}
              </Text>
            )}
            {editable && (
              <RequirementForm caseId={caseId} request={request} requirement={document.requirement} />
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

function RequirementForm({
  caseId,
  request,
  requirement,
}: {
  caseId: string;
  request: RequestView;
  requirement: string;
}) {
  const { t } = useTranslation();
  const documents = useCaseDocuments(caseId);
  const refresh = useRequestRefresh(caseId);
  const write = useWrite({
    saved: async (result) => refresh(result as RequestView),
    conflict: () => refresh(),
    reloaded: '',
  });
  const form = useFormState<{ documentId: string | null; waivedReason: string }>({
    documentId: null,
    waivedReason: '',
  });
  const send = (body: Record<string, unknown>) =>
    write.run({
      sink: form,
      send: () =>
        api.post<RequestView>(`/api/requests/${request.id}/documents`, {
          requirement,
          version: request.version,
          ...body,
        }),
      notice: t('requests.saved'),
    });
  return (
    <Stack gap={4}>
      <FormError message={form.formError} />
      <Group {...layout.inputWithButton}>
        <Select
          flex={1}
          size="xs"
          placeholder={t('requests.documents.document')}
          data={(documents.data ?? []).map((document) => ({ value: document.id, label: document.fileName }))}
          {...form.fields.documentId}
        />
        <Button
          {...button.small}
          disabled={!form.values.documentId}
          loading={write.busy}
          onClick={() => void send({ documentId: form.values.documentId })}
        >
          {t('requests.documents.attach')}
        </Button>
      </Group>
      <Group {...layout.inputWithButton}>
        <TextInput
          flex={1}
          size="xs"
          placeholder={t('requests.documents.reason')}
          {...form.fields.waivedReason}
        />
        <Button
          {...button.small}
          disabled={form.values.waivedReason.trim() === ''}
          loading={write.busy}
          onClick={() => void send({ waivedReason: form.values.waivedReason })}
        >
          {t('requests.documents.waive')}
        </Button>
      </Group>
    </Stack>
  );
}

function History({ request }: { request: RequestView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (request.decisions.length === 0 && request.appeals.length === 0 && !request.execution) return null;
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        {request.decisions.length > 0 && <Text {...text.cardTitle}>{t('requests.decisions')}</Text>}
        {request.decisions.map((decision) => (
          <Stack key={decision.id} gap={2}>
            <Group {...layout.chips}>
              <Badge color={decision.outcome === 'rejected' ? tone.danger : tone.success}>
                {t(`requests.outcomes.${decision.outcome}`)}
              </Badge>
              {decision.amount !== null && <Text size="sm">{format.number(decision.amount)}</Text>}
            </Group>
            <Text {...text.caption}>
              {t('requests.decisionLine', {
                number: decision.number,
                institution: decision.institution.name,
                date: format.date(decision.decidedOn),
              })}
              {decision.atMeeting ? ` · ${t('requests.atMeeting')}` : ''}
            </Text>
            <Text size="sm">{decision.reasons}</Text>
            {decision.letter && (
              <Text {...text.caption}>
                {`${t('requests.fields.reference')}: ${decision.letter.reference}`}
              </Text>
            )}
            {decision.notifiedOn && (
              <Text
                {...text.caption}
              >{`${t('requests.fields.notifiedOn')}: ${format.date(decision.notifiedOn)}`}</Text>
            )}
          </Stack>
        ))}
        {request.appeals.length > 0 && (
          <>
            <Divider />
            <Text {...text.cardTitle}>{t('requests.appeals')}</Text>
          </>
        )}
        {request.appeals.map((appeal) => (
          <Stack key={appeal.id} gap={2}>
            <Text {...text.caption}>
              {t('requests.appealLine', {
                filed: format.date(appeal.filedOn),
                due: format.date(appeal.decisionDueOn),
              })}
            </Text>
            <Text size="sm">{appeal.grounds}</Text>
            {appeal.outcome && <Badge>{t(`requests.appealOutcomes.${appeal.outcome}`)}</Badge>}
          </Stack>
        ))}
        {request.execution && (
          <>
            <Divider />
            <Text {...text.cardTitle}>{t('requests.execution')}</Text>
            <Text size="sm">
              {t('requests.executionLine', {
                started: format.date(request.execution.startedOn),
                institution: request.execution.institution.name,
              })}
            </Text>
            {request.execution.completedOn && (
              <Text size="sm">
                {t('requests.completedLine', {
                  date: format.date(request.execution.completedOn),
                  cost: format.number(request.execution.actualCost ?? 0),
                })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

interface StepValues {
  outcome: string | null;
  amount: number | string;
  reasons: string;
  day: string;
  note: string;
  /** The external body's reference number and the scanned letter (recordExternal). */
  reference: string;
  letter: string | null;
}

/** The form of one step: only the fields that step needs. */
function StepForm({
  caseId,
  request,
  step,
  onClose,
}: {
  caseId: string;
  request: RequestView;
  step: Step;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRequestRefresh(caseId);
  const write = useWrite({
    saved: async (result) => refresh(result as RequestView),
    conflict: () => refresh(),
    reloaded: '',
  });
  const form = useFormState<StepValues>({
    outcome: 'approved',
    amount: request.amountRequested ?? '',
    reasons: '',
    day: today(),
    note: '',
    reference: '',
    letter: null,
  });
  const { values } = form;
  const amount = values.amount === '' ? null : Number(values.amount);
  const bodies: Record<Step, Record<string, unknown>> = {
    submit: {},
    review: {},
    withdraw: {},
    decide: { outcome: values.outcome, amount, reasons: values.reasons, decidedOn: values.day },
    recordExternal: {
      outcome: values.outcome,
      amount,
      reasons: values.reasons,
      decidedOn: values.day,
      reference: values.reference,
      letterDocumentId: values.letter ?? undefined,
    },
    notify: { notifiedOn: values.day },
    appeal: { filedOn: values.day, grounds: values.reasons },
    execute: { startedOn: values.day, ...(values.note ? { progressNote: values.note } : {}) },
    complete: { completedOn: values.day, actualCost: amount ?? 0 },
  };
  // Errors of the server name the body's fields; show them on the inputs that hold them.
  const rename: Record<string, keyof StepValues> = {
    decidedOn: 'day',
    notifiedOn: 'day',
    filedOn: 'day',
    startedOn: 'day',
    completedOn: 'day',
    grounds: 'reasons',
    actualCost: 'amount',
    progressNote: 'note',
    letterDocumentId: 'letter',
  };
  const sink = {
    setErrors: (errors: Record<string, string>) =>
      form.setErrors(
        Object.fromEntries(Object.entries(errors).map(([key, value]) => [rename[key] ?? key, value])),
      ),
    setFormError: form.setFormError,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink,
      send: () =>
        api.post<RequestView>(`/api/requests/${request.id}/${URL_OF[step]}`, {
          ...bodies[step],
          version: request.version,
        }),
      notice: t('requests.saved'),
      onDone: onClose,
    });
  };

  const dateLabel: Partial<Record<Step, string>> = {
    decide: t('requests.fields.decidedOn'),
    recordExternal: t('requests.fields.decidedOn'),
    notify: t('requests.fields.notifiedOn'),
    appeal: t('requests.fields.filedOn'),
    execute: t('requests.fields.startedOn'),
    complete: t('requests.fields.completedOn'),
  };
  const label = dateLabel[step];
  const deciding = step === 'decide' || step === 'recordExternal';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        {step === 'withdraw' && <Text>{t('requests.withdrawText')}</Text>}
        {step === 'recordExternal' && (
          <ExternalLetterFields
            caseId={caseId}
            body={request.decidingInstitution?.name ?? request.decidingType}
            form={form}
          />
        )}
        {deciding && (
          <Select
            label={t('requests.fields.outcome')}
            required
            allowDeselect={false}
            data={(['approved', 'partly_approved', 'rejected'] as const).map((value) => ({
              value,
              label: t(`requests.outcomes.${value}`),
            }))}
            {...form.fields.outcome}
          />
        )}
        {deciding && values.outcome !== 'rejected' && (
          <NumberInput
            label={t('requests.fields.decisionAmount')}
            min={0}
            decimalScale={2}
            {...form.fields.amount}
          />
        )}
        {step === 'complete' && (
          <NumberInput
            label={t('requests.fields.actualCost')}
            required
            min={0}
            decimalScale={2}
            {...form.fields.amount}
          />
        )}
        {label && <TextInput {...dateInput} label={label} required {...form.fields.day} />}
        {(deciding || step === 'appeal') && (
          <Textarea
            label={deciding ? t('requests.fields.reasons') : t('requests.fields.grounds')}
            required
            autosize
            minRows={3}
            {...form.fields.reasons}
          />
        )}
        {step === 'execute' && (
          <Textarea label={t('requests.fields.progressNote')} autosize {...form.fields.note} />
        )}
        <FormActions busy={write.busy} onCancel={onClose} submitLabel={t(`requests.actions.${step}`)} />
      </Stack>
    </form>
  );
}

/** The letter of a body outside Vatra: its reference number and the scan, a document of the case. */
function ExternalLetterFields({
  caseId,
  body,
  form,
}: {
  caseId: string;
  body: string;
  form: ReturnType<typeof useFormState<StepValues>>;
}) {
  const { t } = useTranslation();
  const documents = useCaseDocuments(caseId);
  return (
    <>
      <Text {...text.muted}>{t('requests.externalHint', { body })}</Text>
      <TextInput label={t('requests.fields.reference')} required {...form.fields.reference} />
      <Select
        label={t('requests.fields.letter')}
        required
        data={(documents.data ?? []).map((document) => ({ value: document.id, label: document.fileName }))}
        {...form.fields.letter}
      />
    </>
  );
}
