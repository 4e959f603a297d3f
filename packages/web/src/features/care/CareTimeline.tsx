import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  APPROVAL_DECISIONS,
  END_REASONS,
  CARE_EVALUATIONS,
  CARE_RISK_LEVELS,
  DOCUMENT_TYPES,
  SENSITIVITIES,
  type CareCaseDetail,
} from '@vatra/core';
import { card, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
import { useCareServices } from './data';
import { Nothing } from './parts';

// The server's event kinds and their catalog keys.
const KINDS = {
  'care.opened': 'care_opened',
  'care.assessed': 'care_assessed',
  'care.planned': 'care_planned',
  'care.referred': 'care_referred',
  'care.referral.accepted': 'care_referral_accepted',
  'care.referral.declined': 'care_referral_declined',
  'care.referral.followed_up': 'care_referral_followed_up',
  'care.closed': 'care_closed',
  'care.sensitivity_changed': 'care_sensitivity_changed',
  'care.document.uploaded': 'care_document_uploaded',
  'care.document.corrected': 'care_document_corrected',
  'dv.order_extended': 'dv_order_extended',
  'dv.marked': 'dv_marked',
  'dv.order_recorded': 'dv_order_recorded',
  'dv.report_submitted': 'dv_report_submitted',
  'dv.member_added': 'dv_member_added',
  'dv.meeting_held': 'dv_meeting_held',
  'care.child.group.add': 'child_group_add',
  'care.child.meeting': 'child_meeting',
  'care.child.plan.draft': 'child_plan_draft',
  'care.child.plan.approve': 'child_plan_approve',
  'care.child.report': 'child_report',
  // Written by the care services (services/care-services): places, waiting lists, the Council.
  'service.waiting': 'service_waiting',
  'service.started': 'service_started',
  'service.ended': 'service_ended',
  'council.proposed': 'council_proposed',
  'council.decided': 'council_decided',
} as const;

function kindKey(kind: string) {
  return Object.entries(KINDS).find(([known]) => known === kind)?.[1];
}

/** The care case's timeline: each step with who and when, oldest first. */
export function CareTimeline({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const services = useCareServices();
  // A care service's step: the service, and the Council's decision or why the service ended.
  const serviceDetail = (details: Record<string, unknown>) => {
    const service = services.data?.find((s) => s.code === details.serviceCode);
    const name = service ? format.name(service.name) : String(details.serviceCode);
    const decision = APPROVAL_DECISIONS.find((value) => value === details.decision);
    if (decision)
      return `${name} · ${t('care.timeline.councilDecision', {
        decision: t(`careServices.decision.${decision}`),
        number: String(details.councilDecisionNumber ?? ''),
      })}`;
    const ended = END_REASONS.find((value) => value === details.reason);
    return ended ? `${name} · ${t(`careServices.endReason.${ended}`)}` : name;
  };
  // The fact worth a glance: the number, the risk level found, the evaluation of a service.
  const detailOf = (details: Record<string, unknown>) => {
    if (typeof details.serviceCode === 'string') return serviceDetail(details);
    const risk = CARE_RISK_LEVELS.find((level) => level === details.riskLevel);
    if (risk) return t(`care.risk.${risk}`);
    const evaluation = CARE_EVALUATIONS.find((value) => value === details.evaluation);
    if (evaluation) return t(`care.referrals.evaluations.${evaluation}`);
    const sensitivity = SENSITIVITIES.find((value) => value === details.to);
    if (sensitivity) return `${t(`care.sensitivityShort.${sensitivity}`)} · ${String(details.reason ?? '')}`;
    const docType = DOCUMENT_TYPES.find((value) => value === details.docType);
    if (docType) return t(`cases.documents.types.${docType}`);
    if (typeof details.orderNumber === 'string' && typeof details.validUntil === 'string')
      return `${details.orderNumber} · ${format.date(details.validUntil)}`;
    return typeof details.number === 'string' ? details.number : null;
  };
  return (
    <Stack>
      <Title order={3}>{t('care.timeline.title')}</Title>
      <Paper {...card}>
        {kase.timeline.length === 0 ? (
          <Nothing>{t('care.timeline.empty')}</Nothing>
        ) : (
          <Timeline bulletSize={14} lineWidth={2}>
            {kase.timeline.map((event) => {
              const key = kindKey(event.kind);
              return (
                <Timeline.Item key={event.id} title={key ? t(`care.timeline.kinds.${key}`) : event.kind}>
                  <Text {...text.caption}>
                    {[format.dateTime(event.at), event.actor?.fullName, detailOf(event.details)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Paper>
    </Stack>
  );
}
