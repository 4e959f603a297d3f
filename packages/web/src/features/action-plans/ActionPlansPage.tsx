import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IconPlus } from '../../components/icons';
import { button, layout, paths, recordPath, rowLink, text } from '../../components/presets';
import { EmptyState, PageHeader, PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { useActionPlans } from './data';
import { ImportModal } from './ImportModal';
import { PlanStatusBadge, SourceLines } from './parts';

const TABLE = { verticalSpacing: 'sm', highlightOnHover: true } as const;

/** Action plans: every plan in the user's area, newest change first. */
export function ActionPlansPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const plans = useActionPlans();
  const [importing, setImporting] = useState(false);
  const canImport = hasScope(me, 'plan.edit');

  let body;
  if (plans.isPending) body = <PageLoader />;
  else if (plans.error) body = <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (plans.data.length === 0)
    body = (
      <Paper>
        <EmptyState title={t('actionPlans.empty')} text={t('actionPlans.emptyText')} />
      </Paper>
    );
  else
    body = (
      <Paper p={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table {...TABLE}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actionPlans.columns.plan')}</Table.Th>
                <Table.Th w={150}>{t('actionPlans.columns.municipality')}</Table.Th>
                <Table.Th w={100}>{t('actionPlans.columns.period')}</Table.Th>
                <Table.Th w={150}>{t('actionPlans.columns.status')}</Table.Th>
                <Table.Th w={220}>{t('actionPlans.columns.contents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <Anchor {...rowLink} component={Link} to={recordPath.actionPlan(plan.id)} fw={600}>
                      <SourceLines value={plan.title} strong />
                    </Anchor>
                    <Text {...text.caption}>{t(`actionPlans.kinds.${plan.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>{format.name(plan.municipality.name)}</Table.Td>
                  <Table.Td>
                    {t('actionPlans.period', { from: String(plan.period.from), to: String(plan.period.to) })}
                  </Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={plan.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t('actionPlans.counts', {
                        objectives: format.number(plan.counts.objectives),
                        measures: format.number(plan.counts.measures),
                        actions: format.number(plan.counts.actions),
                        indicators: format.number(plan.counts.indicators),
                      })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );

  return (
    <Stack {...layout.page}>
      <PageHeader
        title={t('actionPlans.title')}
        description={t('actionPlans.intro')}
        actions={
          <Group gap="xs">
            <Button {...button.secondary} component={Link} to={paths.actionPlansCompare}>
              {t('actionPlans.buttons.compare')}
            </Button>
            {canImport && (
              <Button leftSection={<IconPlus size={18} />} onClick={() => setImporting(true)}>
                {t('actionPlans.buttons.import')}
              </Button>
            )}
          </Group>
        }
      />
      {body}
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
