import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useHousehold } from '../../api/queries';
import { card, layout, recordPath, text } from '../../components/presets';
import { PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { HouseholdBenefits } from '../requests/HouseholdBenefits';
import { Detail, DetailCard } from './Details';
import { personName, useBirthText } from './display';

/** A household and the members the user may see. */
export function HouseholdPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const birth = useBirthText();
  const query = useHousehold(id);

  if (query.isPending) return <PageLoader />;
  if (query.error || !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const household = query.data;
  const head = household.members.find((member) => member.relationToHead === 'head');
  const place = format.name(household.jurisdiction.name);

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={
          head ? t('registry.household.titleOf', { name: personName(head) }) : t('registry.household.title')
        }
        description={t('registry.household.where', { settlement: household.settlement, place })}
      />
      <DetailCard title={t('registry.household.title')}>
        <Detail label={t('registry.household.place')}>{place}</Detail>
        <Detail label={t('registry.household.settlement')}>{household.settlement}</Detail>
        <Detail label={t('registry.household.address')}>{household.addressLine}</Detail>
        <Detail label={t('registry.household.phone')}>{household.phone}</Detail>
        <Detail label={t('registry.household.registered')}>{format.dateTime(household.createdAt)}</Detail>
      </DetailCard>
      <Paper {...card} p={0}>
        <Stack {...layout.section}>
          <Title order={3} px="md" pt="md">
            {t('registry.household.members')}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.columns.name')}</Table.Th>
                  <Table.Th>{t('registry.columns.relation')}</Table.Th>
                  <Table.Th>{t('registry.columns.dateOfBirth')}</Table.Th>
                  <Table.Th>{t('registry.columns.category')}</Table.Th>
                  <Table.Th>{t('registry.columns.personalNumber')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {household.members.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Anchor component={Link} to={recordPath.person(member.id)} fw={600}>
                        {personName(member)}
                      </Anchor>
                      <Text {...text.caption}>{t(`registry.genders.${member.gender}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {member.relationToHead && t(`registry.relations.${member.relationToHead}`)}
                    </Table.Td>
                    <Table.Td>{birth(member)}</Table.Td>
                    <Table.Td>{t(`registry.categories.${member.category}`)}</Table.Td>
                    <Table.Td className="vatra-mono">{member.personalNumber}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {household.hiddenMembers > 0 && (
            <Text {...text.muted} px="md" pb="md">
              {t('registry.household.hiddenMembers', { count: household.hiddenMembers })}
            </Text>
          )}
        </Stack>
      </Paper>
      <HouseholdBenefits householdId={household.id} />
    </Stack>
  );
}
