import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { requestCreateBody, type CaseDetail, type RequestSummary, type RequestView } from '@vatra/core';
import { api } from '../../api/client';
import { DialogModal, FormActions } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { badge, card, dialog, grid, layout, rowLink, text, tone } from '../../components/presets';
import { FormError, PageLoader, QueryError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useWrite } from '../../lib/write';
import { hasScope, useSession } from '../auth/session';
import { Nothing, personName } from '../cases/parts';
import { useOpenCalls } from '../calls/data';
import { useCaseRequests, useInstitutionTypeName, useRequestRefresh, useSchemes } from './data';
import { RequestDrawer } from './RequestDrawer';

const GRID = { ...grid.fields, cols: { base: 1, sm: 2 } } as const;

export const REQUEST_STATUS_COLOR: Record<RequestSummary['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'indigo',
  decided: 'teal',
  appealed: 'orange',
  appeal_decided: 'teal',
  withdrawn: 'gray',
};

/** The request's status and the deadline of its current step; red when it has passed. */
export function RequestDeadlines({ request }: { request: RequestSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const color = request.overdue ? tone.overdue : undefined;
  return (
    <Stack gap={2} align="flex-start">
      <Group {...layout.chips}>
        <Badge color={REQUEST_STATUS_COLOR[request.status]}>{t(`requests.statuses.${request.status}`)}</Badge>
        {request.overdue && (
          <Badge {...badge.strong} color={tone.danger}>
            {t('requests.overdue')}
          </Badge>
        )}
      </Group>
      {request.decisionDueOn && (request.status === 'submitted' || request.status === 'under_review') && (
        <Text {...text.caption} c={color}>
          {t('requests.decisionDue', { date: format.date(request.decisionDueOn) })}
        </Text>
      )}
      {request.appealDueOn && (
        <Text {...text.caption}>{t('requests.appealDue', { date: format.date(request.appealDueOn) })}</Text>
      )}
      {request.appealDecisionDueOn && (
        <Text {...text.caption} c={color}>
          {t('requests.appealDecisionDue', { date: format.date(request.appealDecisionDueOn) })}
        </Text>
      )}
    </Stack>
  );
}

/** Case › Requests: the requests filed for the household's members, and filing a new one. */
export function RequestsTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const requests = useCaseRequests(kase.id);
  const [filing, setFiling] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const mayFile = hasScope(session, 'request.file') && kase.status === 'open';

  let body;
  if (requests.isPending) body = <PageLoader height={160} />;
  else if (requests.error)
    body = <QueryError error={requests.error} onRetry={() => void requests.refetch()} />;
  else if (requests.data.length === 0)
    body = (
      <Paper {...card}>
        <Nothing>{t('requests.none')}</Nothing>
      </Paper>
    );
  else
    body = (
      <Paper {...card} p={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('requests.number')}</Table.Th>
                <Table.Th>{t('requests.scheme')}</Table.Th>
                <Table.Th w={180}>{t('requests.person')}</Table.Th>
                <Table.Th w={230}>{t('requests.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.data.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    <Anchor {...rowLink} className="vatra-mono" onClick={() => setOpenId(request.id)}>
                      {request.number}
                    </Anchor>
                    <Text {...text.caption}>{format.date(request.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.name(request.schemeName)}</Text>
                    {request.amountRequested !== null && (
                      <Text {...text.caption}>{format.number(request.amountRequested)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{personName(request.person)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RequestDeadlines request={request} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('requests.tab')}</Title>
        {mayFile && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setFiling(true)}>
            {t('requests.file')}
          </Button>
        )}
      </Group>
      {body}
      <DialogModal
        opened={filing}
        onClose={() => setFiling(false)}
        title={t('requests.fileTitle')}
        size={dialog.form}
      >
        {filing && (
          <FileRequestForm
            kase={kase}
            onClose={(created) => {
              setFiling(false);
              if (created) setOpenId(created.id);
            }}
          />
        )}
      </DialogModal>
      <RequestDrawer caseId={kase.id} requestId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

interface FileValues {
  personId: string | null;
  schemeCode: string | null;
  description: string;
  amountRequested: number | string;
  /** The open call the request answers, for a scheme tied to calls. */
  callId: string | null;
}

function FileRequestForm({ kase, onClose }: { kase: CaseDetail; onClose: (created?: RequestView) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const schemes = useSchemes();
  const refresh = useRequestRefresh(kase.id);
  const write = useWrite({
    saved: async (result) => refresh(result as RequestView),
    conflict: () => refresh(),
    reloaded: '',
  });
  const form = useFormState<FileValues>({
    personId: kase.person.id,
    schemeCode: null,
    description: '',
    amountRequested: '',
    callId: null,
  });
  const { values } = form;
  const scheme = (schemes.data ?? []).find((entry) => entry.code === values.schemeCode);
  const typeName = useInstitutionTypeName();
  const openCalls = useOpenCalls(values.schemeCode, scheme?.tiedToCall ?? false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write.run({
      sink: form,
      schema: requestCreateBody,
      body: {
        personId: values.personId ?? undefined,
        schemeCode: values.schemeCode,
        description: values.description,
        amountRequested: values.amountRequested === '' ? null : Number(values.amountRequested),
        callId: scheme?.tiedToCall && values.callId ? values.callId : undefined,
      },
      send: (body) => api.post<RequestView>(`/api/cases/${kase.id}/requests`, body),
      notice: t('requests.filed'),
      onDone: (created) => onClose(created),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <SimpleGrid {...GRID}>
          <Select
            label={t('requests.person')}
            required
            allowDeselect={false}
            data={kase.members.map((member) => ({ value: member.id, label: personName(member) }))}
            {...form.fields.personId}
          />
          <Select
            label={t('requests.scheme')}
            required
            searchable
            data={(schemes.data ?? []).map((entry) => ({
              value: entry.code,
              label: format.name(entry.name),
            }))}
            {...form.fields.schemeCode}
            onChange={(code) => {
              // A call belongs to one scheme: choosing another scheme drops it.
              form.set('schemeCode', code);
              form.set('callId', null);
            }}
          />
        </SimpleGrid>
        {scheme && (
          <Paper {...card}>
            <Stack {...layout.section}>
              <Text {...text.overline}>{t('requests.requiredDocuments')}</Text>
              {scheme.requiredDocuments.length === 0 ? (
                <Nothing>{t('requests.noDocuments')}</Nothing>
              ) : (
                <List size="sm">
                  {scheme.requiredDocuments.map((document) => (
                    <List.Item key={document.code}>{format.name(document.name)}</List.Item>
                  ))}
                </List>
              )}
              <Text {...text.caption}>
                {`${t('requests.deciding')}: ${typeName(scheme.decidingInstitutionType)}${
                  scheme.decidedByCommission ? ` (${t('requests.byCommission')})` : ''
                }${scheme.executingInstitutionType ? ` · ${t('requests.executing')}: ${typeName(scheme.executingInstitutionType)}` : ''}`}
              </Text>
            </Stack>
          </Paper>
        )}
        {scheme?.tiedToCall && (
          <Select
            label={t('calls.filing.call')}
            description={
              openCalls.data?.length === 0 ? t('calls.filing.noOpenCall') : t('calls.filing.callHint')
            }
            required
            allowDeselect={false}
            data={(openCalls.data ?? []).map((call) => ({
              value: call.id,
              label: t('calls.filing.option', {
                number: call.number,
                title: call.title,
                closesOn: format.date(call.closesOn),
              }),
            }))}
            {...form.fields.callId}
          />
        )}
        <Textarea
          label={t('requests.description')}
          required
          autosize
          minRows={3}
          {...form.fields.description}
        />
        <NumberInput label={t('requests.amount')} min={0} decimalScale={2} {...form.fields.amountRequested} />
        <FormActions busy={write.busy} onCancel={() => onClose()} submitLabel={t('requests.file')} />
      </Stack>
    </form>
  );
}
