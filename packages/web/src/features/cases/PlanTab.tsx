import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_ITEM_STATUSES, type CaseDetail, type PlanView } from '@vatra/core';
import { api, isApiError } from '../../api/client';
import { IconPlus } from '../../components/icons';
import { useNotify } from '../../components/notifications';
import { badge, button, card, layout, text, tone } from '../../components/presets';
import { ConfirmModal, useModalTarget } from '../../components/ui';
import { useFormat } from '../../lib/locale';
import { latestSubmission } from './AssessmentTab';
import { useCaseRefresh, useServices } from './data';
import {
  ITEM_STATUS_COLOR,
  Nothing,
  PLAN_STATUS_COLOR,
  PRIORITY_COLOR,
  PaperLink,
  paperPath,
  personName,
  useNameOf,
} from './parts';
import { PlanEditorModal, useNeedLabel } from './PlanEditor';

const ITEM_STATUS = { size: 'xs', w: 150, allowDeselect: false } as const;

/** Plans by subject (the household, or one member), newest version first. */
function bySubject(plans: PlanView[]): PlanView[][] {
  const groups = new Map<string, PlanView[]>();
  for (const plan of plans) {
    const key = plan.personId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : 0))
    .map(([, list]) => [...list].sort((a, b) => b.planVersion - a.planVersion));
}

/** The individual plans (PIR/PII): drafting, approval, revision, progress of the services. */
export function PlanTab({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const editing = useModalTarget<PlanView>();
  const groups = bySubject(kase.plans);
  const canPlan = kase.allowed.includes('plan');
  const hasFvn = latestSubmission(kase, 'fvn') !== null;

  return (
    <Stack>
      <Group {...layout.header}>
        <Title order={3}>{t(`cases.planTypes.${kase.planType}`)}</Title>
        {canPlan && (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            {t('cases.plan.new')}
          </Button>
        )}
      </Group>
      {groups.length === 0 && (
        <Paper {...card}>
          <Nothing>{hasFvn ? t('cases.plan.none') : t('cases.plan.notAssessed')}</Nothing>
        </Paper>
      )}
      {groups.map((versions) => (
        <SubjectPlans key={versions[0]?.id} kase={kase} versions={versions} onEdit={editing.open} />
      ))}
      <PlanEditorModal kase={kase} plan={null} opened={creating} onClose={() => setCreating(false)} />
      <PlanEditorModal kase={kase} plan={editing.target} opened={editing.opened} onClose={editing.close} />
    </Stack>
  );
}

function SubjectPlans({
  kase,
  versions,
  onEdit,
}: {
  kase: CaseDetail;
  versions: PlanView[];
  onEdit: (plan: PlanView) => void;
}) {
  const { t } = useTranslation();
  const [showOld, setShowOld] = useState(false);
  // the draft being worked on and the approved version in force; superseded ones on request
  const current = versions.filter((plan) => plan.status !== 'superseded');
  const old = versions.filter((plan) => plan.status === 'superseded');
  return (
    <Stack gap="sm">
      {current.map((plan) => (
        <PlanCard
          key={plan.id}
          kase={kase}
          plan={plan}
          hasDraft={versions.some((v) => v.status === 'draft')}
          onEdit={onEdit}
        />
      ))}
      {old.length > 0 && (
        <Group>
          <Button {...button.quiet} size="xs" onClick={() => setShowOld((value) => !value)}>
            {showOld ? t('cases.plan.hideOld') : `${t('cases.plan.showOld')} (${old.length})`}
          </Button>
        </Group>
      )}
      {showOld &&
        old.map((plan) => <PlanCard key={plan.id} kase={kase} plan={plan} hasDraft onEdit={onEdit} />)}
    </Stack>
  );
}

function PlanCard({
  kase,
  plan,
  hasDraft,
  onEdit,
}: {
  kase: CaseDetail;
  plan: PlanView;
  hasDraft: boolean;
  onEdit: (plan: PlanView) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = useNameOf();
  const notify = useNotify();
  const refresh = useCaseRefresh(kase.id);
  const services = useServices();
  const needLabel = useNeedLabel(kase);
  const [confirm, setConfirm] = useState<'approve' | 'revise' | null>(null);
  const [savingItem, setSavingItem] = useState<string | null>(null);
  const subject = plan.personId ? kase.members.find((member) => member.id === plan.personId) : null;
  const needs = latestSubmission(kase, 'fvn')?.needs ?? [];
  const canPlan = kase.allowed.includes('plan');
  const serviceName = (code: string) => {
    const service = services.data?.find((entry) => entry.code === code);
    return service ? nameOf(service.name) : code;
  };

  /** Sends a plan step; a 409 reloads the case, and the dialog shows the message. */
  const step = async (path: string, body: unknown, notice: string) => {
    try {
      const fresh = await api.post<CaseDetail>(path, body);
      refresh.set(fresh);
      await refresh.lists();
      notify(notice);
    } catch (error) {
      if (isApiError(error, 409)) {
        await refresh.reload();
        throw new Error(`${error.message} ${t('cases.file.reloaded')}`);
      }
      throw error;
    }
  };

  const setItemStatus = async (itemId: string, status: string) => {
    setSavingItem(itemId);
    try {
      await api.patch(`/api/plans/${plan.id}/items/${itemId}`, { status, version: plan.version });
      notify(t('cases.plan.itemStatusSaved'));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notify(isApiError(error, 409) ? `${message} ${t('cases.file.reloaded')}` : message, 'error');
    } finally {
      await refresh.reload();
      await refresh.lists();
      setSavingItem(null);
    }
  };

  const itemStatusOptions = PLAN_ITEM_STATUSES.map((value) => ({
    value,
    label: t(`cases.plan.itemStatuses.${value}`),
  }));
  const editable = plan.status === 'approved' && canPlan && kase.status === 'open';

  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.header}>
          <Stack gap={2} miw={0}>
            <Group {...layout.chips}>
              <Text {...text.cardTitle}>{subject ? personName(subject) : t('cases.plan.household')}</Text>
              <Badge {...badge.outline}>{plan.planType}</Badge>
              <Badge color={PLAN_STATUS_COLOR[plan.status]}>{t(`cases.plan.statuses.${plan.status}`)}</Badge>
              <Text {...text.caption}>{t('cases.plan.version', { version: plan.planVersion })}</Text>
            </Group>
            <Text {...text.caption}>
              {t('cases.plan.createdBy', {
                date: format.dateTime(plan.createdAt),
                name: plan.createdBy.fullName,
              })}
              {plan.approvedBy && plan.approvedAt
                ? ` · ${t('cases.plan.approvedBy', { date: format.dateTime(plan.approvedAt), name: plan.approvedBy.fullName })}`
                : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            <PaperLink href={paperPath.plan(plan.id)} />
            {plan.status === 'draft' && canPlan && (
              <Button {...button.secondary} onClick={() => onEdit(plan)}>
                {t('cases.plan.edit')}
              </Button>
            )}
            {plan.status === 'draft' && kase.allowed.includes('approvePlan') && (
              <Button onClick={() => setConfirm('approve')}>{t('cases.plan.approve')}</Button>
            )}
            {plan.status === 'approved' && canPlan && !hasDraft && (
              <Button {...button.secondary} onClick={() => setConfirm('revise')}>
                {t('cases.plan.revise')}
              </Button>
            )}
          </Group>
        </Group>
        {plan.goal && (
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600}>{`${t('cases.plan.goal')}: `}</Text>
            {plan.goal}
          </Text>
        )}
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.plan.service')}</Table.Th>
                <Table.Th w={200}>{t('cases.plan.need')}</Table.Th>
                <Table.Th w={100}>{t('cases.plan.priority')}</Table.Th>
                <Table.Th w={190}>{t('cases.plan.institution')}</Table.Th>
                <Table.Th w={110}>{t('cases.plan.targetDate')}</Table.Th>
                <Table.Th w={160}>{t('cases.plan.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.items.map((item) => {
                const need = needs.find((entry) => entry.path === item.needPath);
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Text fw={500}>{serviceName(item.serviceCode)}</Text>
                      {item.note && <Text {...text.caption}>{item.note}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {need ? needLabel(need) : t(`formRenderer.domains.${item.domain}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge {...badge.outline} color={PRIORITY_COLOR[item.priority]}>
                        {t(`formRenderer.priorities.${item.priority}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {item.responsibleInstitution?.name ?? t('cases.plan.noInstitution')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.targetDate ? format.date(item.targetDate) : ''}</Text>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Select
                          {...ITEM_STATUS}
                          aria-label={t('cases.plan.status')}
                          data={itemStatusOptions}
                          value={item.status}
                          disabled={savingItem !== null}
                          onChange={(value) =>
                            value && value !== item.status && void setItemStatus(item.id, value)
                          }
                        />
                      ) : (
                        <Badge color={ITEM_STATUS_COLOR[item.status]}>
                          {t(`cases.plan.itemStatuses.${item.status}`)}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <ConfirmModal
        opened={confirm === 'approve'}
        title={t('cases.plan.approveTitle')}
        text={t('cases.plan.approveText', { version: plan.planVersion })}
        confirmLabel={t('cases.plan.approve')}
        color={tone.success}
        onConfirm={() =>
          step(`/api/plans/${plan.id}/approve`, { version: plan.version }, t('cases.plan.approved'))
        }
        onClose={() => setConfirm(null)}
      />
      <ConfirmModal
        opened={confirm === 'revise'}
        title={t('cases.plan.reviseTitle')}
        text={t('cases.plan.reviseText')}
        confirmLabel={t('cases.plan.revise')}
        color={tone.primary}
        onConfirm={() => step(`/api/plans/${plan.id}/revise`, {}, t('cases.plan.revised'))}
        onClose={() => setConfirm(null)}
      />
    </Paper>
  );
}
