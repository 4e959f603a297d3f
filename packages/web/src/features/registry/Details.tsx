import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { card, detail, layout, text } from '../../components/presets';

/** A titled card of labelled values. */
export function DetailCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Title order={3}>{title}</Title>
        <SimpleGrid {...detail.grid}>{children}</SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** A label and its value; an empty value reads "not recorded". */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <Stack gap={2} miw={0}>
      <Text {...detail.label}>{label}</Text>
      {empty ? (
        <Text {...detail.value} {...text.muted}>
          {t('registry.person.notSet')}
        </Text>
      ) : typeof children === 'string' ? (
        <Text {...detail.value}>{children}</Text>
      ) : (
        children
      )}
    </Stack>
  );
}
