import { Box, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riskScore, type PlanRegisterEntry } from '@vatra/core';
import { card, layout, text } from '../../components/presets';
import { RISK_LEVEL_COLOR } from './data';

const SCALE = [1, 2, 3, 4, 5] as const;
const CELL = { h: 44, style: { display: 'grid', placeItems: 'center', borderRadius: 4 } } as const;

/** Open and monitored risks on the 5 × 5 matrix: likelihood upwards, impact to the right. */
export function RiskMatrix({ entries }: { entries: PlanRegisterEntry[] }) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.data.kind !== 'risk' || entry.archivedAt) continue;
    if (entry.data.status === 'closed' || entry.data.status === 'mitigated') continue;
    const key = `${entry.data.likelihood}:${entry.data.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Text {...text.cardTitle}>{t('planRegisters.matrix.title')}</Text>
        <Text {...text.caption}>{t('planRegisters.matrix.hint')}</Text>
        <SimpleGrid cols={6} spacing={4} verticalSpacing={4} maw={420}>
          {[...SCALE].reverse().map((likelihood) => [
            <Text key={`l${likelihood}`} {...text.caption} ta="right" pr={4} style={{ alignSelf: 'center' }}>
              {likelihood}
            </Text>,
            ...SCALE.map((impact) => {
              const count = counts.get(`${likelihood}:${impact}`) ?? 0;
              const { level } = riskScore(likelihood, impact);
              return (
                <Tooltip
                  key={`${likelihood}:${impact}`}
                  label={t('planRegisters.matrix.cell', { likelihood, impact, count })}
                >
                  <Box
                    {...CELL}
                    bg={`${RISK_LEVEL_COLOR[level]}.${count > 0 ? 6 : 1}`}
                    c={count > 0 ? 'white' : undefined}
                    aria-label={t('planRegisters.matrix.cell', { likelihood, impact, count })}
                  >
                    {count > 0 && <Text fw={700}>{count}</Text>}
                  </Box>
                </Tooltip>
              );
            }),
          ])}
          <Text {...text.caption} ta="right" pr={4}>
            {t('planRegisters.matrix.likelihood')}
          </Text>
          {SCALE.map((impact) => (
            <Text key={`i${impact}`} {...text.caption} ta="center">
              {impact}
            </Text>
          ))}
        </SimpleGrid>
        <Text {...text.caption} maw={420} ta="center">
          {t('planRegisters.matrix.impact')}
        </Text>
      </Stack>
    </Paper>
  );
}
