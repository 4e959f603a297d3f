import { useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../api/client';
import { FormDialog } from '../../components/DialogForm';
import { badge, button, dialog, layout, text, tone } from '../../components/presets';
import { QueryView, RecordsCard } from '../../components/RecordList';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { LIST_URL, currentMonth, useEmploymentList } from './data';
import { MonthInput, SendForm } from './forms';

const FILE_LOCALES = ['sq', 'sr', 'en'] as const;
const MONTH_FIELD = { w: 180 } as const;
const LOCALE_FIELD = { w: 120, allowDeselect: false } as const;
const SENT_ALERT = { color: tone.success, py: 6 } as const;
const DUE_ALERT = { color: tone.warning, py: 6 } as const;

/** The month's list for the Employment Office: screen, XLSX, and the record that it was sent. */
export function MonthlyListTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [month, setMonth] = useState(currentMonth());
  const [fileLocale, setFileLocale] = useState<string>(
    FILE_LOCALES.find((code) => code === format.locale) ?? 'sq',
  );
  const [sending, setSending] = useState(false);
  const list = useEmploymentList(month);
  const canSend = hasScope(me, 'care.assess');
  return (
    <Stack {...layout.section}>
      <Group {...layout.header} align="flex-end">
        <MonthInput
          {...MONTH_FIELD}
          label={t('employment.list.month')}
          value={month}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (/^\d{4}-\d{2}$/.test(value)) setMonth(value);
          }}
        />
        <Group align="flex-end">
          <Select
            {...LOCALE_FIELD}
            label={t('employment.list.fileLanguage')}
            data={FILE_LOCALES.map((value) => ({ value, label: t(`employment.list.locale.${value}`) }))}
            value={fileLocale}
            onChange={(value) => setFileLocale(value ?? fileLocale)}
          />
          <Button
            {...button.secondary}
            component="a"
            href={buildUrl(`${LIST_URL}.xlsx`, { month, locale: fileLocale })}
            download
          >
            {t('employment.list.export')}
          </Button>
          {canSend && list.data && !list.data.sent && (
            <Button onClick={() => setSending(true)}>{t('employment.list.markSent')}</Button>
          )}
        </Group>
      </Group>
      <QueryView query={list}>
        {(data) => (
          <>
            {data.sent ? (
              <Alert {...SENT_ALERT}>
                {t('employment.list.sent', {
                  date: format.date(data.sent.sentOn),
                  by: data.sent.sentBy,
                  persons: data.sent.persons,
                })}
              </Alert>
            ) : (
              <Alert {...DUE_ALERT}>{t('employment.list.notSent')}</Alert>
            )}
            <Text {...text.muted}>
              {t('employment.list.summary', {
                place: data.jurisdiction.name,
                households: data.households,
                persons: data.items.length,
                from: data.workingAge.from,
                to: data.workingAge.to,
              })}
            </Text>
            <RecordsCard
              isEmpty={data.items.length === 0}
              emptyTitle={t('employment.list.none')}
              minWidth={1100}
              columns={[
                t('employment.list.name'),
                t('employment.list.born'),
                t('employment.list.settlement'),
                t('employment.list.household'),
                t('employment.list.flags'),
                t('employment.list.refusals'),
              ]}
            >
              {data.items.map((item) => (
                <Table.Tr key={item.personId}>
                  <Table.Td>
                    <Text fw={600}>{item.name}</Text>
                    <Text {...text.caption}>{item.personalNumber ?? ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text>{format.date(item.dateOfBirth)}</Text>
                    <Text {...text.caption}>
                      {[
                        t('employment.list.age', { age: item.age }),
                        t(`employment.gender.${item.gender}` as never),
                      ].join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text>{item.settlement}</Text>
                    <Text {...text.caption}>{t(`employment.area.${item.area}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text>{item.householdReference}</Text>
                    <Text {...text.caption}>
                      {item.schemes.map((scheme) => t(`employment.scheme.${scheme}`)).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {item.mustRegister && (
                        <Badge color={tone.primary}>{t('employment.list.mustRegister')}</Badge>
                      )}
                      {item.priority && <Badge color={tone.warning}>{t('employment.list.priority')}</Badge>}
                      {item.hasProfile && <Badge {...badge.outline}>{t('employment.list.hasProfile')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{format.number(item.refusals)}</Table.Td>
                </Table.Tr>
              ))}
            </RecordsCard>
          </>
        )}
      </QueryView>
      <FormDialog
        opened={sending}
        onClose={() => setSending(false)}
        title={t('employment.list.sendTitle')}
        size={dialog.confirm}
      >
        <SendForm month={month} onDone={() => setSending(false)} />
      </FormDialog>
    </Stack>
  );
}
