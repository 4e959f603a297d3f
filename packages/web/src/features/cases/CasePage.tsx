import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { CASE_STAGES, type CaseDetail } from '@vatra/core';
import { isApiError } from '../../api/client';
import { IconShield } from '../../components/icons';
import { badge, button, card, detail, layout, paths, recordPath, tone } from '../../components/presets';
import { EmptyState, PageLoader, QueryError, usePageTitle } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { AssessmentTab } from './AssessmentTab';
import { CloseModal, ReopenModal } from './CloseModal';
import { useCase } from './data';
import { DocumentsTab } from './DocumentsTab';
import { ManagerTab } from './ManagerTab';
import { MonitoringTab } from './MonitoringTab';
import { OverviewTab } from './OverviewTab';
import { DueDate, Field, OverdueBadge, ReceivedNothingBadge, STATUS_COLOR, personName } from './parts';
import { PlanTab } from './PlanTab';
import { ReferralsTab } from './ReferralsTab';
import { SensitivityModal } from './SensitivityModal';
import { TimelineTab } from './TimelineTab';
import { RequestsTab } from '../requests/RequestsTab';
import { VisitModal } from './VisitModal';

const TABS = [
  'overview',
  'assessment',
  'plan',
  'manager',
  'referrals',
  'requests',
  'monitoring',
  'documents',
  'timeline',
] as const;
type Tab = (typeof TABS)[number];

const STEPPER = { size: 'xs', iconSize: 26, allowNextStepsSelect: false } as const;
const TITLE_ROW = { gap: 'sm', align: 'center', wrap: 'wrap' } as const;
const NUMBER = { className: 'vatra-mono', fw: 700 } as const;
const HEADER_GRID = { ...detail.grid, cols: { base: 1, sm: 2, lg: 4 } } as const;
const TABS_LOOK = { keepMounted: false, variant: 'outline' } as const;

/** Cases › one case: its header with the path and deadlines, and the tabs of the case file. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCase(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'overview';
  usePageTitle(query.data ? query.data.number : t('cases.title'));

  if (query.isPending) return <PageLoader />;
  if (query.error) {
    if (isApiError(query.error, 404) || isApiError(query.error, 403))
      return <EmptyState icon={<IconShield size={26} />} title={t('cases.file.notFound')} />;
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const kase = query.data;

  return (
    <Stack {...layout.page}>
      <Anchor component={Link} to={paths.cases} size="sm">
        {t('cases.file.back')}
      </Anchor>
      <CaseHeader kase={kase} />
      <Tabs
        {...TABS_LOOK}
        value={tab}
        onChange={(value) =>
          setParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })
        }
      >
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === 'requests' ? t('requests.tab') : t(`cases.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Stack pt="md">
          {tab === 'overview' && <OverviewTab kase={kase} />}
          {tab === 'assessment' && <AssessmentTab kase={kase} />}
          {tab === 'plan' && <PlanTab kase={kase} />}
          {tab === 'manager' && <ManagerTab kase={kase} />}
          {tab === 'referrals' && <ReferralsTab kase={kase} />}
          {tab === 'requests' && <RequestsTab kase={kase} />}
          {tab === 'monitoring' && <MonitoringTab kase={kase} />}
          {tab === 'documents' && <DocumentsTab kase={kase} />}
          {tab === 'timeline' && <TimelineTab kase={kase} />}
        </Stack>
      </Tabs>
    </Stack>
  );
}

function CaseHeader({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [modal, setModal] = useState<'visit' | 'close' | 'reopen' | 'sensitivity' | null>(null);
  const canVisit = kase.allowed.includes('visit');
  const canClose = kase.allowed.includes('close');
  const canReopen = kase.allowed.includes('reopen');
  // Not in `allowed`: who may mark a case sensitive is a matter of scope, not of the case's step.
  const canMarkSensitive = hasScope(me, 'case.plan.approve');
  const stageIndex = kase.stage === 'closed' ? CASE_STAGES.length : CASE_STAGES.indexOf(kase.stage) + 1;
  const closureOverdue = kase.status === 'open' && kase.closureDueOn < today();

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.header}>
          <Stack gap={4} miw={0} style={{ flex: '1 1 320px' }}>
            <Group {...TITLE_ROW}>
              <Title order={2}>
                <Text span {...NUMBER} inherit>
                  {kase.number}
                </Text>
              </Title>
              <Title order={2} fw={500}>
                {personName(kase.person)}
              </Title>
            </Group>
            <Group {...layout.chips}>
              <Badge color={STATUS_COLOR[kase.status]}>{t(`cases.statuses.${kase.status}`)}</Badge>
              {kase.sensitivity !== 'normal' && (
                <Badge {...badge.strong} color={tone.warning}>
                  {t(`registry.sensitivities.${kase.sensitivity}`)}
                </Badge>
              )}
              {kase.receivedNothing && <ReceivedNothingBadge />}
              {kase.visitOverdue && <OverdueBadge />}
            </Group>
          </Stack>
          <Group gap="xs">
            {canVisit && <Button onClick={() => setModal('visit')}>{t('cases.visit.button')}</Button>}
            {canClose && (
              <Button {...button.secondary} onClick={() => setModal('close')}>
                {t('cases.close.button')}
              </Button>
            )}
            {canReopen && (
              <Button {...button.secondary} onClick={() => setModal('reopen')}>
                {t('cases.reopen.button')}
              </Button>
            )}
            {canMarkSensitive && (
              <Button {...button.secondary} onClick={() => setModal('sensitivity')}>
                {t('cases.sensitivity.button')}
              </Button>
            )}
          </Group>
        </Group>

        <Stepper
          {...STEPPER}
          active={stageIndex - 1}
          color={kase.status === 'closed' ? tone.neutral : tone.primary}
        >
          {CASE_STAGES.map((stage) => (
            <Stepper.Step key={stage} label={t(`cases.stages.${stage}`)} />
          ))}
        </Stepper>

        <SimpleGrid {...HEADER_GRID}>
          <Field label={t('cases.file.place')}>
            {`${format.name(kase.jurisdiction.name)} · ${kase.settlement}`}
          </Field>
          <Field label={t('cases.file.kind')}>{`${t(`cases.kinds.${kase.kind}`)} · ${kase.planType}`}</Field>
          <Field label={t('cases.file.clockStart')}>{format.dateTime(kase.clockStart)}</Field>
          <Field label={t('cases.file.visitDue')}>
            {kase.stage === 'registered' || kase.visitOverdue ? (
              <DueDate value={kase.visitDueAt} overdue={kase.visitOverdue} withTime />
            ) : (
              t('cases.visitDone')
            )}
          </Field>
          <Field label={t('cases.file.closureDue')}>
            {kase.status === 'open' ? <DueDate value={kase.closureDueOn} overdue={closureOverdue} /> : null}
          </Field>
          <Field label={t('cases.file.caseManager')}>
            {kase.caseManager?.fullName ?? t('cases.noManager')}
          </Field>
          <Field label={t('cases.file.sensitivity')}>{t(`registry.sensitivities.${kase.sensitivity}`)}</Field>
          {kase.closure && (
            <Field label={t('cases.file.outcome')}>{t(`cases.close.outcomes.${kase.closure.outcome}`)}</Field>
          )}
        </SimpleGrid>
        {(kase.transferredFrom || kase.transferredTo || kase.reopenedCount > 0) && (
          <Group gap="md">
            {kase.transferredFrom && (
              <Anchor component={Link} to={recordPath.case(kase.transferredFrom.id)} size="sm">
                {t('cases.file.transferredFrom', { number: kase.transferredFrom.number })}
              </Anchor>
            )}
            {kase.transferredTo && (
              <Anchor component={Link} to={recordPath.case(kase.transferredTo.id)} size="sm">
                {t('cases.file.transferredTo', { number: kase.transferredTo.number })}
              </Anchor>
            )}
            {kase.reopenedCount > 0 && (
              <Text size="sm">{t('cases.file.reopened', { count: kase.reopenedCount })}</Text>
            )}
          </Group>
        )}
      </Stack>
      <VisitModal kase={kase} opened={modal === 'visit'} onClose={() => setModal(null)} />
      <CloseModal kase={kase} opened={modal === 'close'} onClose={() => setModal(null)} />
      <ReopenModal kase={kase} opened={modal === 'reopen'} onClose={() => setModal(null)} />
      {canMarkSensitive && (
        <SensitivityModal kase={kase} opened={modal === 'sensitivity'} onClose={() => setModal(null)} />
      )}
    </Paper>
  );
}
