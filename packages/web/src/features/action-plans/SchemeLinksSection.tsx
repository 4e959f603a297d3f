import { useState } from 'react';
import { Badge, Button, CloseButton, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, type ActionPlanDetail, type PlanBudget } from '@vatra/core';
import { api } from '../../api/client';
import { card, layout, text } from '../../components/presets';
import { FormError } from '../../components/ui';
import { useFormState } from '../../lib/forms';
import { useFormat } from '../../lib/locale';
import { useSchemes } from '../requests/data';
import { planPath, usePlanRefresh } from './data';
import { SourceLines } from './parts';
import { listRows } from './rows';
import { usePlanWrite } from './write';

const TABLE = { verticalSpacing: 6, fz: 'sm', striped: false } as const;

/**
 * Money from the benefits register: rows linked to schemes and what the benefits of those schemes
 * amount to per year, apart from the spending recorded by hand (never added to it).
 */
export function SchemeLinksSection({
  plan,
  budget,
  canEdit,
}: {
  plan: ActionPlanDetail;
  budget: PlanBudget;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const schemes = useSchemes();
  const write = usePlanWrite(plan.id);
  const refresh = usePlanRefresh(plan.id);
  const [removing, setRemoving] = useState<string | null>(null);
  const schemeName = (code: string) => {
    const scheme = (schemes.data ?? []).find((candidate) => candidate.code === code);
    return scheme ? format.name(scheme.name) : code;
  };
  const money = (value: number, currency: 'EUR' | 'ALL') => formatMoney(format.locale, value, currency);
  const form = useFormState<{ rowId: string | null; schemeCode: string | null }>({
    rowId: null,
    schemeCode: null,
  });

  const link = () =>
    void write.run({
      sink: form,
      send: () =>
        api.post<PlanBudget>(`${planPath(plan.id)}/rows/${form.values.rowId ?? ''}/schemes`, {
          schemeCode: form.values.schemeCode ?? '',
        }),
      notice: t('actionPlans.schemeLinks.linked'),
      onDone: (fresh) => {
        refresh.setBudget(fresh);
        form.set('schemeCode', null);
      },
    });
  const unlink = (rowId: string, schemeCode: string) => {
    setRemoving(`${rowId}:${schemeCode}`);
    void write
      .run({
        sink: form,
        send: () => api.delete<PlanBudget>(`${planPath(plan.id)}/rows/${rowId}/schemes/${schemeCode}`),
        notice: t('actionPlans.schemeLinks.unlinked'),
        onDone: (fresh) => refresh.setBudget(fresh),
      })
      .finally(() => setRemoving(null));
  };

  const rowOptions = listRows(plan.content).map((row) => ({
    value: row.id,
    label: `${row.number ?? ''} ${row.title.original}`.trim(),
  }));
  const schemeOptions = (schemes.data ?? []).map((scheme) => ({
    value: scheme.code,
    label: format.name(scheme.name),
  }));
  if (!canEdit && budget.fromBenefits.length === 0) return null;

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('actionPlans.schemeLinks.title')}</Text>
        <Text {...text.muted}>{t('actionPlans.schemeLinks.intro')}</Text>
        <FormError message={form.formError} />
        {budget.fromBenefits.length === 0 ? (
          <Text {...text.muted}>{t('actionPlans.schemeLinks.none')}</Text>
        ) : (
          <Table {...TABLE}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actionPlans.budget.columns.row')}</Table.Th>
                <Table.Th>{t('actionPlans.schemeLinks.scheme')}</Table.Th>
                <Table.Th w={220} ta="right">
                  {t('actionPlans.budget.columns.actual')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {budget.fromBenefits.map((row) => (
                <Table.Tr key={row.rowId}>
                  <Table.Td valign="top">
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Text className="vatra-mono" size="sm" fw={600} miw={40}>
                        {row.number ?? ''}
                      </Text>
                      <SourceLines value={row.title} />
                    </Group>
                  </Table.Td>
                  <Table.Td valign="top">
                    <Group gap={4}>
                      {row.schemes.map((code) => (
                        <Badge
                          key={code}
                          variant="light"
                          rightSection={
                            canEdit ? (
                              <CloseButton
                                size="xs"
                                aria-label={t('actionPlans.schemeLinks.unlink', { scheme: schemeName(code) })}
                                disabled={removing !== null}
                                onClick={() => unlink(row.rowId, code)}
                              />
                            ) : undefined
                          }
                        >
                          {schemeName(code)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" valign="top">
                    {row.lines.length === 0 ? (
                      <Text {...text.caption}>{t('actionPlans.schemeLinks.noBenefits')}</Text>
                    ) : (
                      row.lines.map((line) => (
                        <Text key={`${line.year}-${line.currency}`} size="sm">
                          {`${String(line.year)}: ${money(line.amount, line.currency)} (${t(
                            'actionPlans.schemeLinks.benefitsLine',
                            { count: line.count },
                          )})`}
                        </Text>
                      ))
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              {budget.benefitTotals.map((total) => (
                <Table.Tr key={`${total.year}-${total.currency}`} fw={700}>
                  <Table.Td colSpan={2}>
                    {t('actionPlans.schemeLinks.total', { year: String(total.year) })}
                  </Table.Td>
                  <Table.Td ta="right">{money(total.amount, total.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tfoot>
          </Table>
        )}
        {canEdit && (
          <Group {...layout.inputWithButton} align="flex-end">
            <Select
              flex={2}
              label={t('actionPlans.schemeLinks.row')}
              data={rowOptions}
              searchable
              value={form.values.rowId}
              onChange={(value) => form.set('rowId', value)}
              error={form.fields.rowId.error}
            />
            <Select
              flex={1}
              label={t('actionPlans.schemeLinks.scheme')}
              data={schemeOptions}
              searchable
              value={form.values.schemeCode}
              onChange={(value) => form.set('schemeCode', value)}
              error={form.fields.schemeCode.error}
            />
            <Button
              disabled={!form.values.rowId || !form.values.schemeCode}
              loading={write.busy && removing === null}
              onClick={link}
            >
              {t('actionPlans.schemeLinks.link')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
