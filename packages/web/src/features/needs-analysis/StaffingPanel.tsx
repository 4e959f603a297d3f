import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NeedsAnalysis, StaffingLine } from '@vatra/core';
import { card, text, tone } from '../../components/presets';
import { useFormat } from '../../lib/locale';

const STATUS_COLOR = { short: tone.danger, within: tone.success, over: tone.warning } as const;

function Range({ range }: { range: { min: number; max: number } }) {
  const { t } = useTranslation();
  return range.min === range.max ? range.min : t('needsAnalysis.staffing.range', range);
}

function GapCell({ line }: { line: Pick<StaffingLine, 'gap' | 'status'> }) {
  return (
    <Text span fw={line.status === 'short' ? 700 : 400} c={line.status === 'short' ? tone.danger : undefined}>
      <Range range={line.gap} />
    </Text>
  );
}

/** Each staffing norm: the basis, the staff it requires (a range), the staff counted and the gap. */
export function StaffingPanel({ analysis }: { analysis: NeedsAnalysis }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!analysis.normsConfigured) return <Text {...text.muted}>{t('needsAnalysis.staffing.noNorms')}</Text>;
  return (
    <Stack>
      <Paper {...card}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needsAnalysis.staffing.norm')}</Table.Th>
              <Table.Th>{t('needsAnalysis.staffing.basis')}</Table.Th>
              <Table.Th ta="right">{t('needsAnalysis.staffing.required')}</Table.Th>
              <Table.Th ta="right">{t('needsAnalysis.staffing.actual')}</Table.Th>
              <Table.Th ta="right">{t('needsAnalysis.staffing.gap')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {analysis.staffing.map((line) => (
              <Table.Tr key={line.norm}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {format.name(line.name)}
                  </Text>
                  <Text {...text.caption}>
                    {t('needsAnalysis.staffing.legalBasis', { text: format.name(line.legalBasis) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t(`needsAnalysis.staffing.bases.${line.basis}`, { value: format.number(line.basisValue) })}
                </Table.Td>
                <Table.Td ta="right">
                  <Range range={line.required} />
                </Table.Td>
                <Table.Td ta="right">{line.actual}</Table.Td>
                <Table.Td ta="right">
                  <GapCell line={line} />
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[line.status]} variant="light">
                    {t(`needsAnalysis.staffing.status.${line.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text {...text.caption} mt="xs">
          {t('needsAnalysis.staffing.rounding')}
        </Text>
      </Paper>
      {analysis.staffing
        .filter((line) => line.units.length > 0)
        .map((line) => (
          <Paper key={line.norm} {...card}>
            <Text {...text.cardTitle}>{format.name(line.name)}</Text>
            <Text {...text.caption} mb="xs">
              {t('needsAnalysis.staffing.perUnit')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('needsAnalysis.staffing.unit')}</Table.Th>
                  <Table.Th ta="right">{t('needsAnalysis.staffing.required')}</Table.Th>
                  <Table.Th ta="right">{t('needsAnalysis.staffing.actual')}</Table.Th>
                  <Table.Th ta="right">{t('needsAnalysis.staffing.gap')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {line.units.map((unit) => (
                  <Table.Tr key={unit.unit}>
                    <Table.Td>{format.name(unit.name)}</Table.Td>
                    <Table.Td ta="right">
                      <Range range={unit.required} />
                    </Table.Td>
                    <Table.Td ta="right">{unit.actual}</Table.Td>
                    <Table.Td ta="right">
                      <GapCell line={unit} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))}
      {analysis.staff.length > 0 && (
        <Paper {...card}>
          <Text {...text.cardTitle} mb="xs">
            {t('needsAnalysis.staffing.staffTitle')}
          </Text>
          <Group gap="lg">
            {analysis.staff.map((row) => (
              <Stack key={row.role} gap={0}>
                <Text {...text.figure}>{row.count}</Text>
                <Text {...text.caption}>{format.name(row.name)}</Text>
              </Stack>
            ))}
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
