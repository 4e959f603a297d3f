import { useState } from 'react';
import { Badge, Button, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssistanceScheme, AssistedHousehold } from '@vatra/core';
import { FormDialog } from '../../components/DialogForm';
import { badge, button, dialog, text, tone } from '../../components/presets';
import { RecordsTab } from '../../components/RecordList';
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
  const [ending, setEnding] = useState<AssistedHousehold | null>(null);
  const list = useAssistedHouseholds(filter === FILTERS[0] ? currentMonth() : null);
  return (
    <RecordsTab
      lead={
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(asFilter(value))}
          data={FILTERS.map((value) => ({ value, label: t(`employment.households.filter.${value}`) }))}
        />
      }
      add={
        canWrite
          ? {
              label: t('employment.households.add'),
              title: t('employment.households.addTitle'),
              form: (onDone) => <AddHouseholdForm onDone={onDone} />,
            }
          : null
      }
      query={list}
      emptyTitle={t('employment.households.none')}
      minWidth={860}
      columns={[
        t('employment.households.head'),
        t('employment.households.settlement'),
        t('employment.households.scheme'),
        t('employment.households.area'),
        t('employment.households.reference'),
        t('employment.households.period'),
        canWrite && '',
      ]}
      row={(item) => (
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
      )}
    >
      <FormDialog
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('employment.households.endTitle')}
        size={dialog.confirm}
      >
        {ending && <EndPeriodForm period={ending} onDone={() => setEnding(null)} />}
      </FormDialog>
    </RecordsTab>
  );
}
