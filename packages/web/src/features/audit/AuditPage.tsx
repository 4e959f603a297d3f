import type { FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES, type AuditEntry } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { AuditPage as AuditPageData, AuditVerify } from '../../api/types';
import { DialogModal } from '../../components/FormModal';
import { IconAlert, IconChainCheck, IconCheck, IconSearch } from '../../components/icons';
import { PagedTable } from '../../components/PagedTable';
import { button, dialog, grid, layout, text, tone } from '../../components/presets';
import { PageHeader, QueryError, useModalTarget } from '../../components/ui';
import { useListFilters, usePagedQuery } from '../../components/useListFilters';
import { officeDayEnd, officeDayStart } from '../../lib/dates';
import { examples } from '../../lib/examples';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';

const PAGE_SIZE = 50;
type Outcome = (typeof AUDIT_OUTCOMES)[number];

interface Filters {
  from: string;
  to: string;
  action: string;
  username: string;
  outcome: Outcome | null;
  recordType: string;
  recordId: string;
}

const NO_FILTERS: Filters = {
  from: '',
  to: '',
  action: '',
  username: '',
  outcome: null,
  recordType: '',
  recordId: '',
};

const OUTCOME_COLOR: Record<Outcome, string> = {
  ok: tone.success,
  denied: tone.warning,
  failed: tone.danger,
};

/** A picked day as the instant it starts, or ends, in the offices' time zone (the times shown), in ISO form. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return (end ? officeDayEnd(day) : officeDayStart(day)).toISOString();
}

const FILTERS = { ...grid.dense, cols: { base: 1, xs: 2, md: 4 }, p: 'md', pb: 'xs' } as const;
const FILTER_ACTIONS = { ...layout.formActions, px: 'md', pb: 'md' } as const;
const CODE_INPUT = { autoCapitalize: 'none', spellCheck: false } as const;
const DATE = { type: 'date' } as const;
const SUBMIT = { type: 'submit' } as const;
const TIME_LINK = { c: tone.primary, td: 'underline', style: { textDecorationStyle: 'dotted' } } as const;
const RECORD_ID = { ...text.caption, ...text.oneLine, maw: 220 } as const;
const DETAILS = { size: dialog.form } as const;

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useFormState<Filters>(NO_FILTERS);
  const listing = useListFilters<Filters>(NO_FILTERS);
  const applied = listing.values;
  const details = useModalTarget<AuditEntry>();
  const { fields } = filters;

  const params = {
    from: dayBoundary(applied.from, false),
    to: dayBoundary(applied.to, true),
    action: applied.action.trim(),
    username: applied.username.trim(),
    outcome: applied.outcome ?? undefined,
    recordType: applied.recordType.trim(),
    recordId: applied.recordId.trim(),
    page: listing.page,
    pageSize: PAGE_SIZE,
  };
  const entries = usePagedQuery<AuditPageData>(keys.audit, '/api/audit', params);

  const verify = useMutation({ mutationFn: () => api.get<AuditVerify>('/api/audit/verify') });
  const runVerify = () => verify.mutate();

  const outcomeOptions = AUDIT_OUTCOMES.map((outcome) => ({
    value: outcome,
    label: t(`audit.outcomes.${outcome}`),
  }));
  const onOutcome = (value: string | null) =>
    filters.set('outcome', AUDIT_OUTCOMES.find((outcome) => outcome === value) ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    listing.replace(filters.values);
  };

  const clear = () => {
    filters.reset(NO_FILTERS);
    listing.replace(NO_FILTERS);
  };

  const isEmpty = (value: Filters) => Object.values(value).every((item) => item === null || item === '');
  const filtered = !isEmpty(applied);

  const body = (
    <PagedTable
      query={entries}
      filtered={filtered}
      minWidth={900}
      page={listing.page}
      pageSize={PAGE_SIZE}
      onPageChange={listing.setPage}
      head={
        <>
          <Table.Th w={180}>{t('audit.columns.at')}</Table.Th>
          <Table.Th>{t('audit.columns.user')}</Table.Th>
          <Table.Th>{t('audit.columns.action')}</Table.Th>
          <Table.Th>{t('audit.columns.record')}</Table.Th>
          <Table.Th w={120}>{t('audit.columns.outcome')}</Table.Th>
          <Table.Th w={130}>{t('audit.columns.ip')}</Table.Th>
        </>
      }
      row={(entry) => (
        <Table.Tr key={entry.id}>
          <Table.Td>
            <UnstyledButton onClick={() => details.open(entry)} title={t('common.details')}>
              <Text {...TIME_LINK}>{format.dateTime(entry.at)}</Text>
            </UnstyledButton>
          </Table.Td>
          <Table.Td>
            {entry.username ? (
              <Text className="vatra-mono">{entry.username}</Text>
            ) : (
              <Text {...text.muted}>{t('audit.system')}</Text>
            )}
            {entry.institutionCode && (
              <Text {...text.caption} className="vatra-mono">
                {entry.institutionCode}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text className="vatra-mono">{entry.action}</Text>
          </Table.Td>
          <Table.Td>
            {entry.recordType && <Text className="vatra-mono">{entry.recordType}</Text>}
            {entry.recordId && (
              <Text {...RECORD_ID} className="vatra-mono" title={entry.recordId}>
                {entry.recordId}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Badge color={OUTCOME_COLOR[entry.outcome]}>{t(`audit.outcomes.${entry.outcome}`)}</Badge>
          </Table.Td>
          <Table.Td>
            <Text {...text.muted} className="vatra-mono">
              {entry.ip}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.intro')}
        actions={
          <Button
            {...button.secondary}
            leftSection={<IconChainCheck size={18} />}
            onClick={runVerify}
            loading={verify.isPending}
            title={t('audit.verifyHint')}
          >
            {t('audit.verify')}
          </Button>
        }
      />

      {verify.data && (
        <Alert
          color={verify.data.ok ? tone.success : tone.danger}
          icon={verify.data.ok ? <IconCheck /> : <IconAlert />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => verify.reset()}
        >
          <Text fw={600}>
            {verify.data.ok
              ? t('audit.verifyOk', { checked: format.number(verify.data.checked) })
              : t('audit.verifyBroken', { id: verify.data.firstBrokenId ?? '' })}
          </Text>
          {!verify.data.ok && verify.data.reason && (
            <Text>{t('audit.verifyReason', { reason: verify.data.reason })}</Text>
          )}
        </Alert>
      )}
      {verify.error && <QueryError error={verify.error} onRetry={runVerify} />}

      <Paper>
        <form onSubmit={submit}>
          <SimpleGrid {...FILTERS}>
            <TextInput {...DATE} {...fields.from} label={t('audit.from')} />
            <TextInput {...DATE} {...fields.to} label={t('audit.to')} />
            <TextInput {...CODE_INPUT} {...fields.username} label={t('audit.username')} />
            <Select
              label={t('audit.outcome')}
              placeholder={t('audit.anyOutcome')}
              data={outcomeOptions}
              value={filters.values.outcome}
              onChange={onOutcome}
              clearable
            />
            <TextInput
              {...CODE_INPUT}
              {...fields.action}
              label={t('audit.action')}
              placeholder={t('audit.actionPlaceholder', { example: examples.auditAction })}
            />
            <TextInput {...CODE_INPUT} {...fields.recordType} label={t('audit.recordType')} />
            <TextInput {...CODE_INPUT} {...fields.recordId} label={t('audit.recordId')} />
          </SimpleGrid>
          <Group {...FILTER_ACTIONS}>
            <Button {...button.secondary} onClick={clear} disabled={!filtered && isEmpty(filters.values)}>
              {t('common.clear')}
            </Button>
            <Button {...SUBMIT} leftSection={<IconSearch size={16} />}>
              {t('audit.apply')}
            </Button>
          </Group>
        </form>
        {body}
      </Paper>

      <DialogModal
        {...DETAILS}
        opened={details.opened}
        onClose={details.close}
        title={details.target ? t('audit.detailsTitle', { id: details.target.id }) : ''}
      >
        {details.target && <AuditDetails entry={details.target} />}
      </DialogModal>
    </Stack>
  );
}

function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('audit.columns.at'), format.dateTime(entry.at)],
    [t('audit.columns.user'), entry.username ?? t('audit.system')],
    [t('audit.columns.action'), entry.action],
    [t('audit.recordType'), entry.recordType ?? ''],
    [t('audit.recordId'), entry.recordId ?? ''],
    [t('audit.columns.outcome'), t(`audit.outcomes.${entry.outcome}`)],
    [t('audit.columns.ip'), entry.ip ?? ''],
  ];
  const hasDetails = Object.keys(entry.details).length > 0;
  return (
    <Stack>
      <Table withRowBorders={false} verticalSpacing={4} highlightOnHover={false}>
        <Table.Tbody>
          {rows
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Td {...text.muted} w={170}>
                  {label}
                </Table.Td>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {hasDetails ? (
        <Code block className="vatra-json">
          {JSON.stringify(entry.details, null, 2)}
        </Code>
      ) : (
        <Text {...text.muted}>{t('audit.noDetails')}</Text>
      )}
    </Stack>
  );
}
