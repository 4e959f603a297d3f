import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CareChannel, CareReceivedBy, CareRiskLevel, CareStatus, Sensitivity } from '@vatra/core';
import { detail, tone } from '../../components/presets';

// Small pieces the care screens share: the badges of status, risk, returnee and sensitivity, and
// how a case came in.

const NO_SHRINK = { style: { flexShrink: 0 } } as const;
const LIGHT = { variant: 'light' } as const;

const STATUS_COLOR: Record<CareStatus, string> = {
  identified: 'gray',
  assessed: 'blue',
  planned: 'indigo',
  in_service: 'teal',
  closed: 'dark',
};

const RISK_COLOR: Record<CareRiskLevel, string> = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export function StatusBadge({ status }: { status: CareStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} {...NO_SHRINK}>
      {t(`care.statuses.${status}`)}
    </Badge>
  );
}

export function RiskBadge({ level }: { level: CareRiskLevel | null }) {
  const { t } = useTranslation();
  if (!level)
    return (
      <Text size="sm" c="dimmed">
        {t('care.risk.none')}
      </Text>
    );
  return (
    <Badge {...LIGHT} color={RISK_COLOR[level]} {...NO_SHRINK}>
      {t(`care.risk.${level}`)}
    </Badge>
  );
}

export function ReturneeBadge() {
  const { t } = useTranslation();
  return (
    <Badge {...LIGHT} color={tone.primary} size="xs" {...NO_SHRINK}>
      {t('care.returnee')}
    </Badge>
  );
}

export function SensitivityBadge({ sensitivity }: { sensitivity: Sensitivity }) {
  const { t } = useTranslation();
  if (sensitivity === 'normal') return null;
  return (
    <Badge {...LIGHT} color={tone.danger} size="xs" {...NO_SHRINK}>
      {t(`care.sensitivityShort.${sensitivity}`)}
    </Badge>
  );
}

/** A grey line for an empty part of the case file. */
export function Nothing({ children }: { children: string }) {
  return <Text c="dimmed">{children}</Text>;
}

const SEPARATOR = ' · ';

/**
 * How a case came in and how it was received ("Kryetari i fshatit · me telefon"), on the case page
 * and in the list. Two spans: the channel stays findable on its own.
 */
export function ChannelText({ channel, receivedBy }: { channel: CareChannel; receivedBy: CareReceivedBy }) {
  const { t } = useTranslation();
  return (
    <Text {...detail.value}>
      <Text span inherit>
        {t(`care.channels.${channel}`)}
      </Text>
      {SEPARATOR}
      <Text span inherit>
        {t(`care.receivedVia.${receivedBy}`)}
      </Text>
    </Text>
  );
}
