import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CARE_EVALUATIONS,
  CARE_RISK_LEVELS,
  DOCUMENT_TYPES,
  SENSITIVITIES,
  type CareCaseDetail,
} from '@vatra/core';
import { card, text } from '../../components/presets';
import { useFormat } from '../../lib/locale';
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
} as const;

function kindKey(kind: string) {
  return Object.entries(KINDS).find(([known]) => known === kind)?.[1];
}

/** The care case's timeline: each step with who and when, oldest first. */
export function CareTimeline({ kase }: { kase: CareCaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The fact worth a glance: the number, the risk level found, the evaluation of a service.
  const detailOf = (details: Record<string, unknown>) => {
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
