import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SocialFundYear, SubsidyView } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { IconPlus } from '../../components/icons';
import { button, card, dialog, layout, text } from '../../components/presets';
import { EmptyState } from '../../components/ui';
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
        <Paper {...card}>
          <Title order={4}>{t('socialFund.subsidies.bySource')}</Title>
          <Table>
            <Table.Tbody>
              {data.bySource.map((row) => (
                <Table.Tr key={`${row.source}${row.currency}`}>
                  <Table.Td>{t(`socialFund.source.${row.source}`)}</Table.Td>
                  <Table.Td>{format.number(row.subsidies)}</Table.Td>
                  <Table.Td>{money(row.amount, row.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper {...card}>
          <Title order={4}>{t('socialFund.subsidies.byRecipient')}</Title>
          <Table>
            <Table.Tbody>
              {data.byRecipient.map((row) => (
                <Table.Tr key={`${row.providerId ?? row.recipientName}${row.currency}`}>
                  <Table.Td>{row.recipientName}</Table.Td>
                  <Table.Td>{format.number(row.subsidies)}</Table.Td>
                  <Table.Td>{money(row.amount, row.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      {data.canEdit && (
        <Group>
          <Button leftSection={<IconPlus />} onClick={() => setOpen({ kind: 'new' })}>
            {t('socialFund.subsidies.add')}
          </Button>
        </Group>
      )}
      <Paper>
        {data.subsidies.length === 0 ? (
          <EmptyState title={t('socialFund.subsidies.empty')} text={t('socialFund.subsidies.emptyText')} />
        ) : (
          <Table.ScrollContainer minWidth={1100}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('socialFund.subsidies.recipient')}</Table.Th>
                  <Table.Th>{t('socialFund.subsidies.source')}</Table.Th>
                  <Table.Th>{t('socialFund.subsidies.amount')}</Table.Th>
                  <Table.Th>{t('socialFund.subsidies.period')}</Table.Th>
                  <Table.Th>{t('socialFund.subsidies.purpose')}</Table.Th>
                  <Table.Th>{t('socialFund.subsidies.beneficiaries')}</Table.Th>
                  <Table.Th>{t('socialFund.subsidies.reports')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <DialogModal
        opened={open !== null}
        onClose={close}
        title={open?.kind === 'report' ? t('socialFund.reportForm.title') : t('socialFund.subsidyForm.title')}
        size={dialog.form}
      >
        {open?.kind === 'new' && <SubsidyForm data={data} subsidy={null} onDone={close} />}
        {open?.kind === 'edit' && <SubsidyForm data={data} subsidy={open.subsidy} onDone={close} />}
        {open?.kind === 'report' && <ReportForm subsidy={open.subsidy} onDone={close} />}
      </DialogModal>
    </Stack>
  );
}
