import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalog, SchemeFigures, SchemeReportData } from '@vatra/core';
import { card, layout, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';

// The report's tables on screen: the schemes with activity in the quarter and their totals, the
// requests behind them, and the persons who have received nothing. The files have every scheme.

type ColumnKey = keyof Catalog['web']['schemeReports']['columns'];
type Column = { key: ColumnKey; value: (row: SchemeFigures) => number | null; money?: boolean };

const COLUMNS: Column[] = [
  { key: 'filed', value: (r) => r.requestsFiled },
  { key: 'approved', value: (r) => r.approved },
  { key: 'partlyApproved', value: (r) => r.partlyApproved },
  { key: 'rejected', value: (r) => r.rejected },
  { key: 'pendingOverdue', value: (r) => r.pendingOverdue },
  { key: 'appeals', value: (r) => r.appealsFiled },
  { key: 'appealsLate', value: (r) => r.appealsDecidedLate },
  { key: 'completed', value: (r) => r.executionsCompleted },
  { key: 'medianDays', value: (r) => r.medianDaysToComplete },
  { key: 'maxDays', value: (r) => r.maxDaysToComplete },
  { key: 'approvedAmount', value: (r) => r.approvedAmount, money: true },
  { key: 'actualCost', value: (r) => r.actualCost, money: true },
  { key: 'benefits', value: (r) => r.benefitsCount },
  { key: 'benefitAmount', value: (r) => r.benefitAmount, money: true },
];

function active(row: SchemeFigures): boolean {
  return (
    COLUMNS.some((column) => (column.value(row) ?? 0) !== 0) ||
    row.appealsUpheld + row.appealsOverturned + row.appealsReturned + row.executionsStarted > 0
  );
}

export function SchemeTable({ data }: { data: SchemeReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = data.schemes.filter(active);
  const cell = (column: Column, row: SchemeFigures) => {
    const value = column.value(row);
    return value === null ? '—' : format.number(value);
  };
  return (
    <Paper {...card} p={0}>
      <Stack {...layout.section}>
        <Title order={3} px="md" pt="md">
          {t('schemeReports.perScheme')}
        </Title>
        {rows.length === 0 ? (
          <Text {...text.muted} px="md" pb="md">
            {t('schemeReports.noActivity')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={1100}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('schemeReports.columns.scheme')}</Table.Th>
                  {COLUMNS.map((column) => (
                    <Table.Th key={column.key} ta="right">
                      {t(`schemeReports.columns.${column.key}`)}
                      {column.money ? ` (${data.currency})` : ''}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.schemeCode}>
                    <Table.Td>{row.schemeName ? format.name(row.schemeName) : row.schemeCode}</Table.Td>
                    {COLUMNS.map((column) => (
                      <Table.Td key={column.key} ta="right">
                        {cell(column, row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  <Table.Td>{t('schemeReports.total')}</Table.Td>
                  {COLUMNS.map((column) => (
                    <Table.Td key={column.key} ta="right">
                      {cell(column, data.totals)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

export function PeopleTables({ data }: { data: SchemeReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scheme = (code: string) => {
    const found = data.schemes.find((row) => row.schemeCode === code);
    return found?.schemeName ? format.name(found.schemeName) : code;
  };
  const nothing = data.receivedNothing;
  return (
    <>
      <Paper {...card} p={0}>
        <Stack {...layout.section}>
          <Title order={3} px="md" pt="md">
            {t('schemeReports.requests')}
          </Title>
          {data.requests.length === 0 ? (
            <Text {...text.muted} px="md" pb="md">
              {t('schemeReports.noRequests')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={960}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('schemeReports.columns.request')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.person')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.scheme')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.decision')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.appeal')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.execution')}</Table.Th>
                    <Table.Th ta="right">{t('schemeReports.columns.benefitAmount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.requests.map((row) => (
                    <Table.Tr key={row.requestId}>
                      <Table.Td>
                        <Text size="sm">{row.requestNumber}</Text>
                        <Text {...text.caption}>{row.caseNumber}</Text>
                      </Table.Td>
                      <Table.Td>{row.person.name}</Table.Td>
                      <Table.Td>{scheme(row.schemeCode)}</Table.Td>
                      <Table.Td>
                        {row.decisionOutcome && row.decidedOn
                          ? `${t(`schemeReports.outcome.${row.decisionOutcome}`)} · ${format.date(row.decidedOn)}`
                          : '—'}
                      </Table.Td>
                      <Table.Td>
                        {row.appealOutcome ? t(`schemeReports.appealOutcome.${row.appealOutcome}`) : '—'}
                      </Table.Td>
                      <Table.Td>
                        {row.executionStatus
                          ? t(`schemeReports.executionStatus.${row.executionStatus}`)
                          : '—'}
                      </Table.Td>
                      <Table.Td ta="right">
                        {row.benefitAmount === null ? '—' : format.number(row.benefitAmount)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
      <Paper {...card} p={0}>
        <Stack {...layout.section}>
          <Title order={3} px="md" pt="md">
            {t('schemeReports.receivedNothing')}
          </Title>
          <Text {...text.muted} px="md">
            {nothing.count === 0
              ? t('schemeReports.nobody')
              : t('schemeReports.receivedNothingText', { count: String(nothing.count) })}
            {nothing.items.some((item) => item.person.masked) ? ` ${t('schemeReports.masked')}` : ''}
          </Text>
          {nothing.count > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('schemeReports.columns.case')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.person')}</Table.Th>
                    <Table.Th>{t('schemeReports.columns.birthYear')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {nothing.items.map((item) => (
                    <Table.Tr key={item.person.id}>
                      <Table.Td>{item.caseNumber}</Table.Td>
                      <Table.Td>{item.person.name}</Table.Td>
                      <Table.Td>{item.birthYear ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
    </>
  );
}
