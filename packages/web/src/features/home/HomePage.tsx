import type { ReactNode } from 'react';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { JurisdictionRef, WorkCount } from '@vatra/core';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { HomeData } from '../../api/types';
import { IconBuilding, IconClock, IconUsers } from '../../components/icons';
import { grid, icon, layout, paths, recordPath, text, tone } from '../../components/presets';
import { EmptyState, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { PlanProgressSection } from '../action-plans/PlanProgressSection';
import { hasScope, useSession } from '../auth/session';
import { WorkQueueTable } from '../work/WorkQueueTable';

const CARD = { p: 'md' } as const;
const CARDS = { ...grid.cards, cols: { base: 1, sm: 2, lg: 3 } } as const;
const QUEUE_HEADER = { gap: 2, p: 'md', pb: 'sm' } as const;
const PATH = { separator: '›', separatorMargin: 6, className: 'vatra-breadcrumbs' } as const;
// Long role names ("Koordinatore për dhunën në familje…") wrap inside the badge instead of being
// cut off with an ellipsis; the full name is also the badge's tooltip.
const ROLE_BADGE = {
  size: 'md',
  maw: '100%',
  h: 'auto',
  styles: { label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 } },
} as const;
const STAT_LINK = { underline: 'never', c: 'inherit' } as const;
const COUNT_GRID = {
  cols: { base: 2, sm: 3, md: 4, xl: 5 },
  spacing: 'sm',
  verticalSpacing: 'sm',
  mt: 'sm',
} as const;
const COUNT_CARD = { withBorder: true, p: 'sm', h: '100%' } as const;
const OVERDUE_BORDER = { borderColor: 'var(--mantine-color-red-5)' } as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text {...text.overline}>{label}</Text>
      {children}
    </div>
  );
}

function JurisdictionPath({ path }: { path: JurisdictionRef[] }) {
  const format = useFormat();
  return (
    <Breadcrumbs {...PATH}>
      {path.map((node) => (
        <Text key={node.id} span>
          {format.name(node.name)}
        </Text>
      ))}
    </Breadcrumbs>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const me = useSession();
  const format = useFormat();
  const home = useQuery({ queryKey: keys.home, queryFn: () => api.get<HomeData>('/api/home') });
  const usersLink = hasScope(me, 'user.manage') ? paths.users : undefined;
  const institutionsLink = hasScope(me, 'institution.manage') ? paths.institutions : undefined;
  // Plan coordinators see their plans before the (usually empty) case queue; case workers keep the queue first.
  const planProgress = hasScope(me, 'plan.read') ? <PlanProgressSection /> : null;
  const plansFirst = !hasScope(me, 'case.read');

  let queue: ReactNode;
  if (home.isPending) queue = <PageLoader height={160} />;
  else if (home.error)
    queue = (
      <Stack {...layout.inset}>
        <QueryError error={home.error} onRetry={() => void home.refetch()} />
      </Stack>
    );
  else if (home.data.queue.length === 0)
    queue = (
      <EmptyState
        icon={<IconClock size={26} />}
        title={t('home.queue.emptyTitle')}
        text={t('home.queue.emptyText')}
      />
    );
  else queue = <WorkQueueTable items={home.data.queue} />;

  return (
    <Stack {...layout.page}>
      <Title order={2}>{t('home.greeting', { name: me.user.fullName })}</Title>

      <SimpleGrid {...CARDS}>
        <Paper {...CARD}>
          <Stack {...layout.section}>
            <Text {...text.cardTitle}>{t('home.you')}</Text>
            <Field label={t('home.username')}>
              <Text className="vatra-mono">{me.user.username}</Text>
            </Field>
            <Field label={t('home.roles')}>
              <Group {...layout.chips} mt={2}>
                {me.roles.map((role) => (
                  <Badge key={role.id} {...ROLE_BADGE} title={format.name(role.name)}>
                    {format.name(role.name)}
                  </Badge>
                ))}
              </Group>
            </Field>
          </Stack>
        </Paper>

        <Paper {...CARD}>
          <Stack {...layout.section}>
            <Text {...text.cardTitle}>{t('home.institution')}</Text>
            <Text fw={600}>{format.name(me.institution.name)}</Text>
            <Field label={t('home.institutionType')}>
              <Text>{format.name(me.institution.type.name)}</Text>
            </Field>
            <Field label={t('home.jurisdiction')}>
              <JurisdictionPath path={me.jurisdictionPath} />
            </Field>
            {me.grantedJurisdictions.length > 0 && (
              <Field label={t('home.granted')}>
                <Text>{me.grantedJurisdictions.map((node) => format.name(node.name)).join(', ')}</Text>
              </Field>
            )}
          </Stack>
        </Paper>

        <Paper {...CARD}>
          <Stack {...layout.section}>
            <Text {...text.cardTitle}>{t('home.overview')}</Text>
            {home.data ? (
              <SimpleGrid cols={2} {...grid.dense}>
                <Stat
                  icon={<IconUsers />}
                  label={t('home.countUsers')}
                  value={format.number(home.data.counts.users)}
                  to={usersLink}
                />
                <Stat
                  icon={<IconBuilding />}
                  label={t('home.countInstitutions')}
                  value={format.number(home.data.counts.institutions)}
                  to={institutionsLink}
                />
              </SimpleGrid>
            ) : (
              home.isPending && <Text {...text.muted}>{t('app.loading')}</Text>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>

      {plansFirst && planProgress}

      <Paper>
        <Stack {...QUEUE_HEADER}>
          <Title order={3}>{t('home.queue.title')}</Title>
          <Text {...text.muted}>{t('home.queue.intro')}</Text>
          {home.data && home.data.queueCounts.length > 0 && <QueueCounts counts={home.data.queueCounts} />}
        </Stack>
        {queue}
      </Paper>

      {!plansFirst && planProgress}
    </Stack>
  );
}

function Stat({
  icon: iconNode,
  label,
  value,
  to,
}: {
  icon: ReactNode;
  label: string;
  value: string;
  to?: string;
}) {
  const body = (
    <Group {...layout.inline}>
      <ThemeIcon {...icon.stat}>{iconNode}</ThemeIcon>
      <div style={{ minWidth: 0 }}>
        <Text {...text.figure}>{value}</Text>
        <Text {...text.caption} {...text.oneLine}>
          {label}
        </Text>
      </div>
    </Group>
  );
  return to ? (
    <Anchor {...STAT_LINK} component={Link} to={to}>
      {body}
    </Anchor>
  ) : (
    body
  );
}

/** How many items of each kind wait, overdue ones in red; each opens its full list. */
function QueueCounts({ counts }: { counts: WorkCount[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid {...COUNT_GRID}>
      {counts.map((count) => (
        <Anchor key={count.kind} {...STAT_LINK} component={Link} to={recordPath.work(count.kind)}>
          <Paper {...COUNT_CARD} style={count.overdue > 0 ? OVERDUE_BORDER : undefined}>
            <Text {...text.figure}>{format.number(count.total)}</Text>
            <Text size="sm" fw={500} lh={1.3}>
              {t(`cases.queueKinds.${count.kind}` as never, { defaultValue: count.kind })}
            </Text>
            {count.overdue > 0 && (
              <Text size="xs" c={tone.overdue} fw={600}>
                {t('cases.work.overdueCount', { count: format.number(count.overdue) })}
              </Text>
            )}
          </Paper>
        </Anchor>
      ))}
    </SimpleGrid>
  );
}
