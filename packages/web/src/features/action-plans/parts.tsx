import type { ReactNode } from 'react';
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ACTION_PLAN_STATUSES, PROGRESS_STATUSES, SourceText } from '@vatra/core';
import { detail, text } from '../../components/presets';
import { useLocale } from '../../lib/locale';
import { PLAN_STATUS_COLOR, PROGRESS_COLOR } from './display';

const BADGE_NO_SHRINK = { style: { flexShrink: 0 } } as const;

export function PlanStatusBadge({ status }: { status: (typeof ACTION_PLAN_STATUSES)[number] }) {
  const { t } = useTranslation();
  return (
    <Badge color={PLAN_STATUS_COLOR[status]} {...BADGE_NO_SHRINK}>
      {t(`actionPlans.statuses.${status}`)}
    </Badge>
  );
}

export function ProgressBadge({ status }: { status: (typeof PROGRESS_STATUSES)[number] }) {
  const { t } = useTranslation();
  // The grey statuses are told apart by the word and the outline, not by the shade.
  const grey = status === 'no_data' || status === 'no_target';
  return (
    <Badge
      color={grey ? 'gray' : PROGRESS_COLOR[status]}
      variant={status === 'no_data' ? 'outline' : 'light'}
      {...BADGE_NO_SHRINK}
    >
      {t(`actionPlans.progress.${status}`)}
    </Badge>
  );
}

/**
 * Text as the source wrote it; English readers also get the English rendering under it
 * (the sources are in Albanian or Serbian, which the other readers read as written).
 */
export function SourceLines({
  value,
  strong = false,
  size = 'sm',
}: {
  value: SourceText;
  strong?: boolean;
  size?: 'xs' | 'sm' | 'md';
}) {
  const locale = useLocale();
  const showEnglish = locale === 'en' && value.en !== value.original;
  return (
    <Stack gap={0} miw={0}>
      <Text size={size} fw={strong ? 600 : undefined}>
        {value.original}
      </Text>
      {showEnglish && <Text {...text.caption}>{value.en}</Text>}
    </Stack>
  );
}

/** A label above a value on the plan's header. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text {...detail.label}>{label}</Text>
      <Text {...detail.value} component="div">
        {children}
      </Text>
    </div>
  );
}
