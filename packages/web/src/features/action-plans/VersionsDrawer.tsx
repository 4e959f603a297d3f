import { Badge, Drawer, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionPlanDetail } from '@vatra/core';
import { text } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { usePlanVersions } from './data';

const DRAWER = { position: 'right', size: 420 } as const;

/** Every saved version of the plan, newest first, with who changed it and why. */
export function VersionsDrawer({
  plan,
  opened,
  onClose,
}: {
  plan: ActionPlanDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = usePlanVersions(plan.id, opened);

  let body;
  if (versions.isPending) body = <PageLoader height={120} />;
  else if (versions.error)
    body = <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (versions.data.length === 0) body = <Text {...text.muted}>{t('actionPlans.versions.none')}</Text>;
  else {
    const items = [...versions.data].sort((a, b) => b.version - a.version);
    body = (
      <Timeline active={0} bulletSize={14} lineWidth={2}>
        {items.map((item) => (
          <Timeline.Item
            key={item.version}
            title={
              <Group gap={6}>
                <Text fw={600} size="sm">
                  {t('actionPlans.versions.version', { version: format.number(item.version) })}
                </Text>
                {item.version === plan.version && (
                  <Badge size="xs">{t('actionPlans.versions.current')}</Badge>
                )}
              </Group>
            }
          >
            <Text size="sm">{item.change}</Text>
            <Text {...text.caption}>
              {t('actionPlans.versions.by', {
                name: item.changedBy?.name ?? t('actionPlans.versions.unknownUser'),
                date: format.dateTime(item.changedAt),
              })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    );
  }

  return (
    <Drawer
      {...DRAWER}
      opened={opened}
      onClose={onClose}
      title={t('actionPlans.versions.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>{body}</Stack>
    </Drawer>
  );
}
