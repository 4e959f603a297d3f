import { useState } from 'react';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssistanceScheme, AssistedHousehold } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { badge, button, dialog, layout, text, tone } from '../../components/presets';
import { EmptyState, PageLoader, QueryError } from '../../components/ui';
import { hasScope, useSession } from '../auth/session';
import { currentMonth, useAssistedHouseholds } from './data';
import { AddHouseholdForm, EndPeriodForm } from './forms';

const FILTERS = ['current', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const SCHEME_COLOR: Record<AssistanceScheme, string> = { ne: tone.primary, fund6: tone.warning };
const asFilter = (value: string): Filter => FILTERS.find((name) => name === value) ?? 'current';

/** The register: households on economic assistance (NE) or the 6% fund, period by period. */
export function HouseholdsTab() {
  const { t } = useTranslation();
  const me = useSession();
  const canWrite = hasScope(me, 'care.assess');
  const [filter, setFilter] = useState<Filter>(FILTERS[0]);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<AssistedHousehold | null>(null);
  const list = useAssistedHouseholds(filter === FILTERS[0] ? currentMonth() : null);
  return (
    <Stack {...layout.section}>
      <Group {...layout.header}>
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(asFilter(value))}
          data={FILTERS.map((value) => ({ value, label: t(`employment.households.filter.${value}`) }))}
        />
        {canWrite && <Button onClick={() => setAdding(true)}>{t('employment.households.add')}</Button>}
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('employment.households.none')} />
      ) : (
        <Paper>
          <Table.ScrollContainer minWidth={860}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('employment.households.head')}</Table.Th>
                  <Table.Th>{t('employment.households.settlement')}</Table.Th>
                  <Table.Th>{t('employment.households.scheme')}</Table.Th>
                  <Table.Th>{t('employment.households.area')}</Table.Th>
                  <Table.Th>{t('employment.households.reference')}</Table.Th>
                  <Table.Th>{t('employment.households.period')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Text fw={600}>{item.headName}</Text>
                      <Text {...text.caption}>{t('employment.households.members', { n: item.members })}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text>{item.settlement}</Text>
                      <Text {...text.caption}>{item.jurisdiction}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge {...badge.neutral} color={SCHEME_COLOR[item.scheme]}>
                        {t(`employment.scheme.${item.scheme}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t(`employment.area.${item.area}`)}</Table.Td>
                    <Table.Td>{item.nationalReference}</Table.Td>
                    <Table.Td>
                      {t(item.toMonth ? 'employment.households.fromTo' : 'employment.households.fromOpen', {
                        from: item.fromMonth,
                        to: item.toMonth ?? '',
                      })}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td ta="right">
                        <Button {...button.small} onClick={() => setEnding(item)}>
                          {t('employment.households.end')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <DialogModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('employment.households.addTitle')}
        size={dialog.form}
      >
        {adding && <AddHouseholdForm onDone={() => setAdding(false)} />}
      </DialogModal>
      <DialogModal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('employment.households.endTitle')}
        size={dialog.confirm}
      >
        {ending && <EndPeriodForm period={ending} onDone={() => setEnding(null)} />}
      </DialogModal>
    </Stack>
  );
}
