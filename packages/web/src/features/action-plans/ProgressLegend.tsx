import { Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { card, layout, text } from '../../components/presets';
import { PROGRESS_ORDER } from './display';
import { ProgressBadge } from './parts';

/** The progress rule in words (core/plans/progress.ts judgeProgress), under the indicators. */
export function ProgressLegend() {
  const { t } = useTranslation();
  return (
    <Paper {...card}>
      <Stack gap="xs">
        <Group {...layout.spread} wrap="wrap">
          <Text {...text.overline}>{t('actionPlans.indicators.legendTitle')}</Text>
          <Group {...layout.chips}>
            {PROGRESS_ORDER.map((status) => (
              <ProgressBadge key={status} status={status} />
            ))}
          </Group>
        </Group>
        <List size="xs" spacing={2}>
          <List.Item>{t('actionPlans.indicators.legend.percent')}</List.Item>
          <List.Item>{t('actionPlans.indicators.legend.count')}</List.Item>
          <List.Item>{t('actionPlans.indicators.legend.yesNo')}</List.Item>
          <List.Item>{t('actionPlans.indicators.legend.none')}</List.Item>
        </List>
      </Stack>
    </Paper>
  );
}
