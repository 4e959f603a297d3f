import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { badge, card, layout, recordPath, text, tone } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { Nothing, personName } from '../cases/parts';
import { useCallMatches } from './data';

/** The persons a case manager should tell about the call, and whether they have applied. */
export function MatchesCard({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const matches = useCallMatches(callId, true);

  let body;
  if (matches.isPending) body = <PageLoader height={120} />;
  else if (matches.error) body = <QueryError error={matches.error} onRetry={() => void matches.refetch()} />;
  else if (matches.data.items.length === 0) body = <Nothing>{t('calls.matches.none')}</Nothing>;
  else
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calls.matches.person')}</Table.Th>
              <Table.Th w={150}>{t('calls.matches.case')}</Table.Th>
              <Table.Th w={190}>{t('calls.matches.manager')}</Table.Th>
              <Table.Th w={230}>{t('calls.matches.matchedBy')}</Table.Th>
              <Table.Th w={150}>{t('calls.matches.applied')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matches.data.items.map((match) => (
              <Table.Tr key={`${match.caseId}:${match.person.id}`}>
                <Table.Td>{personName(match.person)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={recordPath.case(match.caseId)}
                    className="vatra-mono"
                    size="sm"
                  >
                    {match.caseNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{match.caseManager?.fullName ?? t('calls.matches.noManager')}</Table.Td>
                <Table.Td>
                  <Group {...layout.chips}>
                    {match.matchedBy.map((source) => (
                      <Badge key={source} {...badge.outline}>
                        {t(`calls.matches.${source}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge color={match.applied ? tone.success : tone.neutral}>
                    {match.applied ? t('calls.matches.applied') : t('calls.matches.notApplied')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('calls.matches.title')}</Text>
        <Text {...text.caption}>{t('calls.matches.intro')}</Text>
        {body}
      </Stack>
    </Paper>
  );
}
