import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { card, layout, text } from '../../components/presets';
import { PageLoader } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { personName } from '../cases/parts';
import { useHouseholdBenefits } from './data';

/** The household's benefits register, for users who work on cases. */
export function HouseholdBenefits({ householdId }: { householdId: string }) {
  const session = useSession();
  if (!hasScope(session, 'case.read')) return null;
  return <BenefitsCard householdId={householdId} />;
}

function BenefitsCard({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const benefits = useHouseholdBenefits(householdId);
  // Out of reach (another jurisdiction) or failed: the page shows the household without it.
  if (benefits.error) return null;
  return (
    <Paper {...card} p={0}>
      <Stack {...layout.section}>
        <Title order={3} px="md" pt="md">
          {t('requests.benefits.title')}
        </Title>
        {benefits.isPending ? (
          <PageLoader height={80} />
        ) : benefits.data.length === 0 ? (
          <Text {...text.muted} px="md" pb="md">
            {t('requests.benefits.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requests.scheme')}</Table.Th>
                  <Table.Th>{t('requests.person')}</Table.Th>
                  <Table.Th>{t('requests.benefits.grantedOn')}</Table.Th>
                  <Table.Th>{t('requests.benefits.grantedBy')}</Table.Th>
                  {/* Neutral: a benefit granted directly by a decision has no execution and no actual cost. */}
                  <Table.Th ta="right">{t('requests.benefits.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {benefits.data.map((benefit) => (
                  <Table.Tr key={benefit.id}>
                    <Table.Td>
                      <Text size="sm">
                        {benefit.schemeName ? format.name(benefit.schemeName) : benefit.schemeCode}
                      </Text>
                      {benefit.requestNumber && <Text {...text.caption}>{benefit.requestNumber}</Text>}
                    </Table.Td>
                    <Table.Td>{personName(benefit.person)}</Table.Td>
                    <Table.Td>{format.date(benefit.grantedOn)}</Table.Td>
                    <Table.Td>{benefit.grantedBy.name}</Table.Td>
                    <Table.Td ta="right">
                      {benefit.amount === null ? '' : format.number(benefit.amount)}
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
