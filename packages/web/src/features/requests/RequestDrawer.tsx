import { useState } from 'react';
import { Button, Drawer, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { button, card, dialog, layout } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { Field, personName } from '../cases/parts';
import { useInstitutionTypeName, useRequest } from './data';
import { RequestDocuments } from './RequestDrawerDocuments';
import { RequestHistory } from './RequestDrawerHistory';
import { RequestStepForm, STEPS, type Step } from './RequestDrawerStep';
import { RequestDeadlines } from './RequestsTab';

const DRAWER = { position: 'right', size: 'xl' } as const;

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
        <RequestDocuments caseId={caseId} request={request} />
        <RequestHistory request={request} />
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
          {step && (
            <RequestStepForm caseId={caseId} request={request} step={step} onClose={() => setStep(null)} />
          )}
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

/** What is asked, for whom, and who decides and carries it out. */
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
