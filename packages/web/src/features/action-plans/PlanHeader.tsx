import { useState } from 'react';
import { Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ActionPlanDetail } from '@vatra/core';
import { api, buildUrl } from '../../api/client';
import { IconChevronDown } from '../../components/icons';
import { badge, button, card, detail, layout, text } from '../../components/presets';
import { ConfirmModal } from '../../components/ui';
import { useNotify } from '../../components/notifications';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { AdoptModal } from './AdoptModal';
import { CopyModal } from './CopyModal';
import { planPath, usePlanRefresh } from './data';
import { Field, PlanStatusBadge } from './parts';
import { VersionsDrawer } from './VersionsDrawer';

const HEADER_GRID = { ...detail.grid, cols: { base: 1, sm: 2, lg: 4 } } as const;
const TITLE = { order: 2, fz: 22, lh: 1.3 } as const;

type Dialog = 'adopt' | 'start' | 'evaluate' | 'copy' | 'versions' | null;

/** The plan's title, status and facts, and what may be done with the plan as a whole. */
export function PlanHeader({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const notify = useNotify();
  const refresh = usePlanRefresh(plan.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const canApprove = hasScope(me, 'plan.approve');
  const canEdit = hasScope(me, 'plan.edit');
  const adoption = plan.content.adoption;

  const changeStatus = async (status: 'in_implementation' | 'evaluated') => {
    try {
      const fresh = await api.post<ActionPlanDetail>(`${planPath(plan.id)}/status`, {
        version: plan.version,
        status,
      });
      refresh.setPlan(fresh);
      notify(t('actionPlans.statusChange.done'));
    } finally {
      await refresh.everything();
    }
  };

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.header}>
          <Stack gap={4} miw={0} style={{ flex: '1 1 420px' }}>
            <Title {...TITLE}>{plan.title.original}</Title>
            {format.locale === 'en' && plan.title.en !== plan.title.original && (
              <Text {...text.muted}>{plan.title.en}</Text>
            )}
            <Group {...layout.chips}>
              <PlanStatusBadge status={plan.status} />
              <Badge {...badge.neutral}>{t(`actionPlans.kinds.${plan.kind}`)}</Badge>
            </Group>
          </Stack>
          <Group gap="xs">
            {canApprove && plan.status === 'draft' && (
              <Button onClick={() => setDialog('adopt')}>{t('actionPlans.buttons.adopt')}</Button>
            )}
            {canEdit && plan.status === 'adopted' && (
              <Button onClick={() => setDialog('start')}>{t('actionPlans.buttons.start')}</Button>
            )}
            {canApprove && plan.status === 'in_implementation' && (
              <Button {...button.secondary} onClick={() => setDialog('evaluate')}>
                {t('actionPlans.buttons.evaluate')}
              </Button>
            )}
            {canEdit && (
              <Button {...button.secondary} onClick={() => setDialog('copy')}>
                {t('actionPlans.buttons.copy')}
              </Button>
            )}
            <Menu position="bottom-end">
              <Menu.Target>
                <Button {...button.secondary} rightSection={<IconChevronDown size={14} />}>
                  {t('actionPlans.buttons.export')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  component="a"
                  href={buildUrl(`${planPath(plan.id)}/export`, { format: 'json' })}
                  download
                >
                  {t('actionPlans.buttons.exportJson')}
                </Menu.Item>
                <Menu.Item
                  component="a"
                  href={buildUrl(`${planPath(plan.id)}/export`, { format: 'xlsx' })}
                  download
                >
                  {t('actionPlans.buttons.exportXlsx')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button {...button.quiet} onClick={() => setDialog('versions')}>
              {t('actionPlans.buttons.versions')}
            </Button>
          </Group>
        </Group>

        <SimpleGrid {...HEADER_GRID}>
          <Field label={t('actionPlans.header.municipality')}>{format.name(plan.municipality.name)}</Field>
          <Field label={t('actionPlans.header.period')}>
            {t('actionPlans.period', { from: String(plan.period.from), to: String(plan.period.to) })}
          </Field>
          <Field label={t('actionPlans.header.adoption')}>
            {adoption
              ? t('actionPlans.header.adoptedBy', {
                  by: adoption.by,
                  number: adoption.decisionNumber ?? '—',
                  date: adoption.date ? format.date(adoption.date) : '—',
                })
              : t('actionPlans.header.notAdopted')}
          </Field>
          <Field label={t('actionPlans.header.version')}>
            {`${format.number(plan.version)} · ${format.dateTime(plan.updatedAt)}`}
            {plan.copiedFrom && (
              <Text {...text.caption}>
                {t('actionPlans.header.copiedFrom', { key: plan.copiedFrom.key })}
              </Text>
            )}
          </Field>
        </SimpleGrid>
      </Stack>

      <AdoptModal plan={plan} opened={dialog === 'adopt'} onClose={close} />
      <CopyModal plan={plan} opened={dialog === 'copy'} onClose={close} />
      <VersionsDrawer plan={plan} opened={dialog === 'versions'} onClose={close} />
      <ConfirmModal
        opened={dialog === 'start'}
        title={t('actionPlans.statusChange.startTitle')}
        text={t('actionPlans.statusChange.startText')}
        confirmLabel={t('actionPlans.buttons.start')}
        color="teal"
        onConfirm={() => changeStatus('in_implementation')}
        onClose={close}
      />
      <ConfirmModal
        opened={dialog === 'evaluate'}
        title={t('actionPlans.statusChange.evaluateTitle')}
        text={t('actionPlans.statusChange.evaluateText')}
        confirmLabel={t('actionPlans.buttons.evaluate')}
        color="violet"
        onConfirm={() => changeStatus('evaluated')}
        onClose={close}
      />
    </Paper>
  );
}
