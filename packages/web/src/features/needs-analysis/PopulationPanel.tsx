import { Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PopulationCell, PopulationSummary } from '@vatra/core';
import { card, grid, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { Checked } from './CoveragePanel';
import { joinUnits } from './data';

function Cell({ cell }: { cell: PopulationCell | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!cell || cell.total === null) return null;
  return (
    <Stack gap={0} align="flex-end">
      <Text span size="sm">
        {format.number(cell.total)}
      </Text>
      {cell.female !== null && cell.male !== null && (
        <Text span {...text.caption}>
          {t('needsAnalysis.population.byGender', {
            female: format.number(cell.female),
            male: format.number(cell.male),
          })}
        </Text>
      )}
    </Stack>
  );
}

/** Population by unit and age band (genders under each figure), with the stated totals beside the sums. */
export function PopulationPanel({ population }: { population: PopulationSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    ['inhabitants', population.inhabitants],
    ['children', population.children],
    ['workingAge', population.workingAge],
    ['elderly', population.elderly],
  ] as const;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }} {...grid.cards}>
        {figures.map(([key, value]) => (
          <Paper key={key} {...card}>
            <Text {...text.figure}>{format.number(value)}</Text>
            <Text {...text.caption}>{t(`needsAnalysis.population.${key}`)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper {...card}>
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needsAnalysis.population.unit')}</Table.Th>
                {population.bands.map((band) => (
                  <Table.Th key={band.code} ta="right">
                    {band.code}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('needsAnalysis.population.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {population.units.map((unit) => (
                <Table.Tr key={unit.unit}>
                  <Table.Td>
                    <Text size="sm">{joinUnits(unit.names.map((name) => format.name(name)))}</Text>
                    {unit.names.length > 1 && (
                      <Text {...text.caption}>{t('needsAnalysis.population.together')}</Text>
                    )}
                  </Table.Td>
                  {population.bands.map((band) => (
                    <Table.Td key={band.code} ta="right">
                      <Cell cell={unit.bands[band.code]} />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">
                    <Checked figure={unit.total} />
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t('needsAnalysis.population.sumOfUnits')}
                  </Text>
                </Table.Td>
                {population.bands.map((band) => {
                  const figure = population.municipality[band.code];
                  return (
                    <Table.Td key={band.code} ta="right" fw={600}>
                      {figure ? <Checked figure={figure} /> : null}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" fw={600}>
                  <Checked figure={population.total} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
