import { Badge, Paper, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  CheckedFigure,
  CoverageFigure,
  MeasureCode,
  NeedsAnalysis,
  TargetGroupFigures,
} from '@vatra/core';
import { card, grid, text, tone } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { COVERAGE_KEYS, percent } from './data';

/** A figure computed from the rows, with the source's stated total beside it when it differs. */
export function Checked({ figure }: { figure: CheckedFigure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = figure.computed ?? figure.stated;
  if (value === null) return null;
  if (!figure.mismatch || figure.stated === null || figure.computed === null) return format.number(value);
  return (
    <Tooltip
      label={t('needsAnalysis.mismatch', {
        stated: format.number(figure.stated),
        computed: format.number(figure.computed),
      })}
    >
      <Stack gap={0} align="flex-end">
        <Text span size="sm" fw={600}>
          {format.number(figure.computed)}
        </Text>
        <Text span size="xs" c={tone.warning}>
          {t('needsAnalysis.stated', { value: format.number(figure.stated) })}
        </Text>
      </Stack>
    </Tooltip>
  );
}

function coverageFigures(coverage: CoverageFigure, number: (value: number) => string) {
  const values = {
    inNeed: number(coverage.inNeed),
    served: number(coverage.served),
    coverage: percent(coverage.coverage, number),
    gap: number(coverage.gap),
  };
  return COVERAGE_KEYS.map((key) => [key, values[key]] as const);
}

function GroupCard({ group, unitName }: { group: TargetGroupFigures; unitName: (code: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const coverage = group.coverage;
  const units = Object.entries(group.unitCoverage);
  return (
    <Paper {...card}>
      <Stack gap="xs">
        <Text {...text.cardTitle}>{t(`needsAnalysis.groups.${group.group}`)}</Text>
        {coverage ? (
          <SimpleGrid cols={4}>
            {coverageFigures(coverage, format.number).map(([key, value]) => (
              <Stack key={key} gap={0}>
                <Text {...text.figure} c={key === 'gap' && coverage.gap > 0 ? tone.danger : undefined}>
                  {value}
                </Text>
                <Text {...text.caption}>{t(`needsAnalysis.coverage.${key}`)}</Text>
              </Stack>
            ))}
          </SimpleGrid>
        ) : (
          <Text {...text.caption}>{t('needsAnalysis.coverage.none')}</Text>
        )}
        <Table>
          <Table.Tbody>
            {group.measures.map((measure) => (
              <Table.Tr key={measure.measure}>
                <Table.Td>
                  <Text size="sm">{t(`needsAnalysis.measures.${measure.measure as MeasureCode}`)}</Text>
                  {measure.sources.length > 0 && (
                    <Text {...text.caption}>
                      {t('needsAnalysis.coverage.sources', { sources: measure.sources.join('; ') })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Checked figure={measure.value} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {units.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needsAnalysis.coverage.byUnit')}</Table.Th>
                <Table.Th ta="right">{t('needsAnalysis.coverage.inNeed')}</Table.Th>
                <Table.Th ta="right">{t('needsAnalysis.coverage.served')}</Table.Th>
                <Table.Th ta="right">{t('needsAnalysis.coverage.coverage')}</Table.Th>
                <Table.Th ta="right">{t('needsAnalysis.coverage.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map(([unit, figure]) => (
                <Table.Tr key={unit}>
                  <Table.Td>{unitName(unit)}</Table.Td>
                  <Table.Td ta="right">{format.number(figure.inNeed)}</Table.Td>
                  <Table.Td ta="right">{format.number(figure.served)}</Table.Td>
                  <Table.Td ta="right">{percent(figure.coverage, format.number)}</Table.Td>
                  <Table.Td ta="right">
                    <Badge variant="light" color={figure.gap > 0 ? tone.danger : tone.success}>
                      {format.number(figure.gap)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

/** Each target group: its figures, and coverage and the gap where the year's data gives both. */
export function CoveragePanel({
  analysis,
  unitName,
}: {
  analysis: NeedsAnalysis;
  unitName: (code: string) => string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} {...grid.cards}>
      {analysis.groups.map((group) => (
        <GroupCard key={group.group} group={group} unitName={unitName} />
      ))}
    </SimpleGrid>
  );
}
