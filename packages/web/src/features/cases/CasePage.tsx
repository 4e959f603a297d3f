import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CASE_STAGES, type CaseDetail } from '@vatra/core';
import { badge, button, card, detail, layout, paths, recordPath, tone } from '../../components/presets';
import { usePageTitle } from '../../components/ui';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { AssessmentTab } from './AssessmentTab';
import { CaseFile, CaseTitle, useTabParam } from './CaseFile';
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
] as const satisfies readonly [string, ...string[]];

const STEPPER = { size: 'xs', iconSize: 26, allowNextStepsSelect: false } as const;
const HEADER_GRID = { ...detail.grid, cols: { base: 1, sm: 2, lg: 4 } } as const;

/** Cases › one case: its header with the path and deadlines, and the tabs of the case file. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCase(id);
  const { tab, choose } = useTabParam(TABS, () => true);
  usePageTitle(query.data ? query.data.number : t('cases.title'));

  return (
    <CaseFile
      query={query}
      notFoundTitle={() => t('cases.file.notFound')}
      back={{ to: paths.cases, label: t('cases.file.back') }}
      header={(kase) => <CaseHeader kase={kase} />}
      tabs={TABS}
      tab={tab}
      onTab={choose}
      tabLabel={(value) => (value === 'requests' ? t('requests.tab') : t(`cases.tabs.${value}`))}
    >
      {(kase) => (
        <>
          {tab === 'overview' && <OverviewTab kase={kase} />}
          {tab === 'assessment' && <AssessmentTab kase={kase} />}
          {tab === 'plan' && <PlanTab kase={kase} />}
          {tab === 'manager' && <ManagerTab kase={kase} />}
          {tab === 'referrals' && <ReferralsTab kase={kase} />}
          {tab === 'requests' && <RequestsTab kase={kase} />}
          {tab === 'monitoring' && <MonitoringTab kase={kase} />}
          {tab === 'documents' && <DocumentsTab kase={kase} />}
          {tab === 'timeline' && <TimelineTab kase={kase} />}
        </>
      )}
    </CaseFile>
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
            <CaseTitle number={kase.number}>{personName(kase.person)}</CaseTitle>
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
