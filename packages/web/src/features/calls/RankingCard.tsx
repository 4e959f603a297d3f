import { Fragment } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CallView, RankingEntry } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { button, card, dialog, layout, recordPath, text, tone } from '../../components/presets';
import { PageLoader, QueryError, useModalTarget } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { Nothing, personName } from '../cases/parts';
import { useCallRanking } from './data';
import { ScoreForm } from './ScoreForm';

const BUDGET_LINE = { bg: 'var(--mantine-color-red-0)' } as const;

/** The ranked applications with their breakdowns, the budget line and, for the officer, scoring. */
export function RankingCard({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ranking = useCallRanking(call.id);
  const scoring = useModalTarget<RankingEntry>();
  const money = (amount: number) => `${format.number(amount)} ${call.currency}`;

  let body;
  if (ranking.isPending) body = <PageLoader height={120} />;
  else if (ranking.error) body = <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  else if (ranking.data.items.length === 0) body = <Nothing>{t('calls.ranking.none')}</Nothing>;
  else {
    const data = ranking.data;
    // The line is drawn above the first scored application that no longer fits the budget.
    const lineAt = data.items.findIndex((item) => item.scored && !item.funded);
    body = (
      <Stack {...layout.section}>
        <Text {...text.caption}>
          {t('calls.ranking.summary', {
            count: data.fundedCount,
            amount: money(data.fundedAmount),
            budget: money(data.budget),
            remaining: money(data.remaining),
          })}
        </Text>
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('calls.ranking.rank')}</Table.Th>
                <Table.Th w={200}>{t('calls.ranking.request')}</Table.Th>
                <Table.Th w={80}>{t('calls.ranking.points')}</Table.Th>
                <Table.Th>{t('calls.ranking.breakdown')}</Table.Th>
                <Table.Th w={120}>{t('calls.ranking.amount')}</Table.Th>
                <Table.Th w={120}>{t('calls.ranking.cumulative')}</Table.Th>
                <Table.Th w={170}>{t('calls.ranking.funded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((item, index) => (
                <Fragment key={item.requestId}>
                  {index === lineAt && (
                    <Table.Tr {...BUDGET_LINE}>
                      <Table.Td colSpan={7}>
                        <Text size="xs" fw={700} c={tone.danger}>
                          {t('calls.ranking.budgetLine', { budget: money(data.budget) })}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr>
                    <Table.Td fw={700}>{item.rank ?? ''}</Table.Td>
                    <Table.Td>
                      <Text size="sm" className="vatra-mono">
                        {item.requestNumber}
                      </Text>
                      {item.person && item.caseId ? (
                        <Anchor component={Link} to={recordPath.case(item.caseId)} size="xs">
                          {`${personName(item.person)} · ${item.caseNumber ?? ''}`}
                        </Anchor>
                      ) : (
                        <Text {...text.caption}>{t('calls.ranking.hidden')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td fw={700}>{item.totalPoints ?? ''}</Table.Td>
                    <Table.Td>
                      {item.scored ? (
                        <Stack gap={0}>
                          {item.breakdown.map((line) => (
                            <Text key={line.criterion} size="xs" c={line.met ? undefined : 'dimmed'}>
                              {t('calls.ranking.line', {
                                name: format.name(line.name),
                                awarded: line.awarded,
                                points: line.points,
                              })}
                            </Text>
                          ))}
                          {item.note && <Text {...text.caption}>{item.note}</Text>}
                        </Stack>
                      ) : (
                        <Text {...text.caption}>{t('calls.ranking.notScored')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{item.amountRequested === null ? '' : money(item.amountRequested)}</Table.Td>
                    <Table.Td>{item.cumulativeAmount === null ? '' : money(item.cumulativeAmount)}</Table.Td>
                    <Table.Td>
                      <Group {...layout.chips}>
                        {item.scored && (
                          <Badge color={item.funded ? tone.success : tone.neutral}>
                            {item.funded ? t('calls.ranking.funded') : t('calls.ranking.notFunded')}
                          </Badge>
                        )}
                        {data.canScore && (
                          <Button {...button.small} onClick={() => scoring.open(item)}>
                            {item.scored ? t('calls.ranking.rescore') : t('calls.ranking.score')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    );
  }

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('calls.ranking.title')}</Text>
        <Text {...text.caption}>{t('calls.ranking.intro')}</Text>
        {body}
      </Stack>
      <DialogModal
        opened={scoring.opened}
        onClose={scoring.close}
        title={scoring.target ? t('calls.score.title', { number: scoring.target.requestNumber }) : ''}
        size={dialog.form}
      >
        {scoring.target && <ScoreForm call={call} entry={scoring.target} onClose={scoring.close} />}
      </DialogModal>
    </Paper>
  );
}
