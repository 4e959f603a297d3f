import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CareCaseDetail, ChildProtection, ChildReportSlot } from '@vatra/core';
import { childPlanApproveBody } from '@vatra/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { badge, card, layout, text, tone } from '../../components/presets';
import { PageLoader, QueryError } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { hasScope, useSession } from '../auth/session';
import { Nothing } from '../care/parts';
import { GroupSection } from './ChildGroupSection';
import { PlanForm, ReportForm } from './ChildForms';
import { childUrl, useChildProtection, useChildWrite } from './data';

const STATUS_COLOR: Record<ChildReportSlot['status'], string> = {
  submitted: tone.success,
  overdue: tone.danger,
  due_soon: tone.warning,
  upcoming: tone.neutral,
};

/** Care case › child protection: the protection plan, the intersectoral group, the reports. */
export function ChildProtectionTab({ kase }: { kase: CareCaseDetail }) {
  const query = useChildProtection(kase.id);
  if (query.isPending) return <PageLoader />;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const open = kase.status !== 'closed';
  return (
    <Stack>
      <PlanSection cp={query.data} open={open} />
      <GroupSection cp={query.data} open={open} />
      <ReportSection cp={query.data} open={open} />
    </Stack>
  );
}

function PlanSection({ cp, open }: { cp: ChildProtection; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const write = useChildWrite(cp.careCaseId);
  const [drafting, setDrafting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const child = hasScope(me, 'care.child');
  const approve = (planId: string) =>
    void write.run({
      sink: { setErrors: () => undefined, setFormError: setError },
      schema: childPlanApproveBody,
      body: { version: cp.caseVersion },
      send: (body) => api.post<ChildProtection>(`${childUrl(cp.careCaseId)}/plans/${planId}/approve`, body),
      notice: t('careChild.plan.approved'),
    });
  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t('careChild.plan.title')}</Title>
        {open && child && !drafting && (
          <Button onClick={() => setDrafting(true)}>{t('careChild.plan.draft')}</Button>
        )}
      </Group>
      {error && <Text c={tone.danger}>{error}</Text>}
      {drafting && <PlanForm cp={cp} onDone={() => setDrafting(false)} />}
      {cp.plans.length === 0 && !drafting && (
        <Paper {...card}>
          <Nothing>{t('careChild.plan.none')}</Nothing>
        </Paper>
      )}
      {cp.plans.map((plan) => (
        <Paper key={plan.id} {...card}>
          <Stack gap="xs">
            <Group {...layout.header}>
              <Group gap="sm">
                <Text fw={600}>{t('careChild.plan.number', { number: plan.planNumber })}</Text>
                <Badge {...badge.strong} color={plan.status === 'approved' ? tone.success : tone.neutral}>
                  {t(`careChild.plan.statuses.${plan.status}`)}
                </Badge>
              </Group>
              {open && child && plan.status === 'draft' && (
                <Button loading={write.busy} onClick={() => approve(plan.id)}>
                  {t('careChild.plan.approve')}
                </Button>
              )}
            </Group>
            <Text {...text.caption}>
              {`${t('careChild.plan.supervisedBy')}: ${plan.supervisedBy.fullName}`}
              {plan.approvedAt && ` · ${t('careChild.plan.approvedOn')}: ${format.date(plan.approvedAt)}`}
            </Text>
            <Text {...text.overline}>{t('careChild.plan.goals')}</Text>
            {plan.goals.map((goal) => (
              <Text key={goal}>{goal}</Text>
            ))}
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('careChild.plan.measure')}</Table.Th>
                  <Table.Th>{t('careChild.plan.responsible')}</Table.Th>
                  <Table.Th>{t('careChild.plan.dueOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.measures.map((measure, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{measure.measure}</Table.Td>
                    <Table.Td>{measure.responsible}</Table.Td>
                    <Table.Td>{measure.dueOn ? format.date(measure.dueOn) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function ReportSection({ cp, open }: { cp: ChildProtection; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [period, setPeriod] = useState<number | null>(null);
  const canReport = open && hasScope(me, 'care.child');
  return (
    <Stack>
      <Stack gap={2}>
        <Title order={3}>{t('careChild.reports.title')}</Title>
        <Text {...text.caption}>{t('careChild.reports.every', { months: cp.reportEveryMonths })}</Text>
      </Stack>
      {period !== null && <ReportForm cp={cp} period={period} onDone={() => setPeriod(null)} />}
      <Paper {...card}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('careChild.reports.period')}</Table.Th>
              <Table.Th>{t('careChild.reports.dueOn')}</Table.Th>
              <Table.Th>{t('careChild.reports.status')}</Table.Th>
              <Table.Th>{t('careChild.reports.submittedOn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cp.reports.map((slot) => (
              <Table.Tr key={slot.period}>
                <Table.Td>
                  {`${slot.period} · ${format.date(slot.startsOn)} – ${format.date(slot.dueOn)}`}
                </Table.Td>
                <Table.Td>{format.date(slot.dueOn)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[slot.status]}>
                    {t(`careChild.reports.statuses.${slot.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {slot.submittedOn ? `${format.date(slot.submittedOn)} · ${slot.submittedBy ?? ''}` : ''}
                </Table.Td>
                <Table.Td>
                  {canReport && slot.status !== 'submitted' && slot.status !== 'upcoming' && (
                    <Button size="xs" onClick={() => setPeriod(slot.period)}>
                      {t('careChild.reports.submit')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
