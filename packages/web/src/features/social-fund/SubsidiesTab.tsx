import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialFundYear, SubsidyView } from '@vatra/core';
import { FormDialog } from '../../components/DialogForm';
import { button, card, layout, text } from '../../components/presets';
import { AddButton, RecordsCard } from '../../components/RecordList';
import { useFormat } from '../../lib/locale';
import { useMoney } from './money';
import { ReportForm, SubsidyForm } from './subsidy-forms';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'report'; subsidy: SubsidyView };

/** The year's subsidies to NGOs, with the sums by source and by recipient. */
export function SubsidiesTab({ data }: { data: SocialFundYear }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const [open, setOpen] = useState<Dialog | null>(null);
  const close = () => setOpen(null);
  const none = t('socialFund.none');
  const count = (value: number | null) => (value === null ? none : format.number(value));
  return (
    <Stack {...layout.section}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SumsCard
          title={t('socialFund.subsidies.bySource')}
          rows={data.bySource.map((row) => ({
            ...row,
            key: `${row.source}${row.currency}`,
            name: t(`socialFund.source.${row.source}`),
          }))}
        />
        <SumsCard
          title={t('socialFund.subsidies.byRecipient')}
          rows={data.byRecipient.map((row) => ({
            ...row,
            key: `${row.providerId ?? row.recipientName}${row.currency}`,
            name: row.recipientName,
          }))}
        />
      </SimpleGrid>
      {data.canEdit && (
        <AddButton label={t('socialFund.subsidies.add')} onClick={() => setOpen({ kind: 'new' })} />
      )}
      <RecordsCard
        isEmpty={data.subsidies.length === 0}
        emptyTitle={t('socialFund.subsidies.empty')}
        emptyText={t('socialFund.subsidies.emptyText')}
        minWidth={1100}
        columns={[
          t('socialFund.subsidies.recipient'),
          t('socialFund.subsidies.source'),
          t('socialFund.subsidies.amount'),
          t('socialFund.subsidies.period'),
          t('socialFund.subsidies.purpose'),
          t('socialFund.subsidies.beneficiaries'),
          t('socialFund.subsidies.reports'),
          '',
        ]}
      >
        {data.subsidies.map((subsidy) => (
          <Table.Tr key={subsidy.id}>
            <Table.Td>{subsidy.recipientName}</Table.Td>
            <Table.Td>
              {t(`socialFund.source.${subsidy.source}`)}
              {subsidy.sourceName && <Text {...text.caption}>{subsidy.sourceName}</Text>}
            </Table.Td>
            <Table.Td>{money(subsidy.amount, subsidy.currency)}</Table.Td>
            <Table.Td>
              {t('socialFund.subsidies.periodText', {
                from: format.date(subsidy.periodFrom),
                to: format.date(subsidy.periodTo),
              })}
            </Table.Td>
            <Table.Td>
              {subsidy.purpose}
              {subsidy.reportingObligations && (
                <Text {...text.caption}>
                  {t('socialFund.subsidies.reportingObligations')}: {subsidy.reportingObligations}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {t('socialFund.subsidies.beneficiariesText', {
                planned: count(subsidy.beneficiariesPlanned),
                reached: count(subsidy.beneficiariesReached),
              })}
            </Table.Td>
            <Table.Td>
              {subsidy.reports.length === 0
                ? none
                : subsidy.reports.map((report) => (
                    <Text key={report.id} size="sm">
                      {format.date(report.receivedOn)}: {report.note}
                    </Text>
                  ))}
            </Table.Td>
            <Table.Td>
              {data.canEdit && (
                <Group gap="xs" wrap="nowrap">
                  <Button {...button.small} onClick={() => setOpen({ kind: 'edit', subsidy })}>
                    {t('socialFund.subsidies.edit')}
                  </Button>
                  <Button {...button.small} onClick={() => setOpen({ kind: 'report', subsidy })}>
                    {t('socialFund.subsidies.addReport')}
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordsCard>
      <FormDialog
        opened={open !== null}
        onClose={close}
        title={open?.kind === 'report' ? t('socialFund.reportForm.title') : t('socialFund.subsidyForm.title')}
      >
        {open?.kind === 'new' && <SubsidyForm data={data} subsidy={null} onDone={close} />}
        {open?.kind === 'edit' && <SubsidyForm data={data} subsidy={open.subsidy} onDone={close} />}
        {open?.kind === 'report' && <ReportForm subsidy={open.subsidy} onDone={close} />}
      </FormDialog>
    </Stack>
  );
}

/** The year's subsidies summed by one thing (a source, a recipient): how many, and how much. */
function SumsCard({
  title,
  rows,
}: {
  title: string;
  rows: { key: string; name: string; subsidies: number; amount: number; currency: string }[];
}) {
  const format = useFormat();
  const money = useMoney();
  return (
    <Paper {...card}>
      <Title order={4}>{title}</Title>
      <Table>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td>{format.number(row.subsidies)}</Table.Td>
              <Table.Td>{money(row.amount, row.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
