import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badge, card, layout, text } from '../../components/presets';
import { PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { useYearChoice, YearReportBar } from '../../components/YearReportBar';
import { useFormat } from '../../lib/locale';
import { useCareDirectory } from './data';
import { CareSubPage } from './CareSubPage';

const YEARS_BACK = 5;

/**
 * Social care › the referral directory (Pukë's indicator): each institution of the jurisdiction
 * and every other referrer with the number of cases it referred in the year, and the channels.
 */
export function CareDirectoryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('care.directory.title'));
  const choice = useYearChoice(YEARS_BACK);
  const { year } = choice;
  const directory = useCareDirectory(year);

  return (
    <CareSubPage
      title={t('care.directory.title')}
      description={t('care.directory.intro')}
      actions={<YearReportBar label={t('care.directory.year')} choice={choice} />}
    >
      {directory.isPending ? (
        <PageLoader />
      ) : directory.error ? (
        <QueryError error={directory.error} onRetry={() => void directory.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Paper {...card}>
            <Stack>
              <Text fw={600}>{t('care.directory.total', { year, count: directory.data.total })}</Text>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('care.directory.referrer')}</Table.Th>
                    <Table.Th w={90} ta="right">
                      {t('care.directory.cases')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {directory.data.rows.map((row) => (
                    <Table.Tr key={row.institution?.id ?? `party:${row.party ?? ''}`}>
                      <Table.Td>
                        <Group {...layout.chips}>
                          <Text size="sm">{row.institution?.name ?? row.party}</Text>
                          {!row.institution && (
                            <Badge {...badge.outline}>{t('care.directory.freeText')}</Badge>
                          )}
                        </Group>
                        {row.institution && <Text {...text.caption}>{row.institution.code}</Text>}
                      </Table.Td>
                      <Table.Td ta="right" fw={row.cases > 0 ? 600 : 400}>
                        {format.number(row.cases)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
          <Paper {...card}>
            <Stack>
              <Title order={4}>{t('care.directory.byChannel')}</Title>
              <Table>
                <Table.Tbody>
                  {directory.data.byChannel.map((row) => (
                    <Table.Tr key={row.channel}>
                      <Table.Td>{t(`care.channels.${row.channel}`)}</Table.Td>
                      <Table.Td w={90} ta="right">
                        {format.number(row.cases)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
        </SimpleGrid>
      )}
    </CareSubPage>
  );
}
