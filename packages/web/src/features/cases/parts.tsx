import type { ReactNode } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStage, LocalizedText, PersonSummary } from '@vatra/core';
import { badge, button, card, detail, layout, text, tone } from '../../components/presets';
import { useFormat } from '../../lib/locale';

// Small pieces the case screens share: badges, labelled values, names.

/** Colours of the case stages, in order of the path. */
export const STAGE_COLOR: Record<CaseStage, string> = {
  registered: 'gray',
  visited: 'cyan',
  assessed: 'blue',
  planned: 'violet',
  monitoring: 'teal',
  closed: 'dark',
};

export const STATUS_COLOR = { open: tone.success, closed: tone.neutral } as const;

export const PLAN_STATUS_COLOR = {
  draft: tone.warning,
  approved: tone.success,
  superseded: tone.neutral,
} as const;

export const ITEM_STATUS_COLOR = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'teal',
  cancelled: 'dark',
} as const;

export const REFERRAL_STATUS_COLOR = {
  sent: 'blue',
  received: 'cyan',
  accepted: 'teal',
  declined: 'red',
  completed: 'green',
  withdrawn: 'gray',
} as const;

export const PRIORITY_COLOR = { high: 'red', medium: 'orange', low: 'gray' } as const;

const NO_SHRINK = { style: { flexShrink: 0 } } as const;
const OVERDUE_TEXT = { c: tone.overdue, fw: 600 } as const;

export function StageBadge({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLOR[stage]} {...NO_SHRINK}>
      {t(`cases.stages.${stage}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge {...badge.strong} color={tone.danger} {...NO_SHRINK}>
      {t('cases.overdue')}
    </Badge>
  );
}

export function ReceivedNothingBadge() {
  const { t } = useTranslation();
  return (
    <Badge color={tone.warning} variant="outline" title={t('cases.receivedNothingHint')} {...NO_SHRINK}>
      {t('cases.receivedNothing')}
    </Badge>
  );
}

/** A date or date-time, red and bold when it is past. */
export function DueDate({
  value,
  overdue,
  withTime = false,
}: {
  value: string;
  overdue: boolean;
  withTime?: boolean;
}) {
  const format = useFormat();
  const shown = withTime ? format.dateTime(value) : format.date(value);
  return overdue ? <Text {...OVERDUE_TEXT}>{shown}</Text> : <Text>{shown}</Text>;
}

/** A person's name as the server sends it (masked for a sensitive case). */
export function personName(person: Pick<PersonSummary, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/** A name that may come localized (configuration) or already in the user's language (API refs). */
export function useNameOf() {
  const format = useFormat();
  return (name: LocalizedText | string) => (typeof name === 'string' ? name : format.name(name));
}

/** A label and its value. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <Stack gap={2} miw={0}>
      <Text {...detail.label}>{label}</Text>
      {empty ? (
        <Text {...detail.value} {...text.muted}>
          {t('cases.common.none')}
        </Text>
      ) : typeof children === 'string' ? (
        <Text {...detail.value}>{children}</Text>
      ) : (
        children
      )}
    </Stack>
  );
}

/** A titled card with optional buttons on the right of its title. */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper {...card}>
      <Stack {...layout.section}>
        <Group {...layout.header}>
          <Title order={3}>{title}</Title>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A muted line for "nothing here yet". */
export function Nothing({ children }: { children: ReactNode }) {
  return <Text {...text.muted}>{children}</Text>;
}

/**
 * A link that downloads one of the case's papers (certificate, plan, decision, closure report)
 * as PDF, printed in the person's language. The session cookie goes with it.
 */
export function PaperLink({ href, label }: { href: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={href} download {...button.small} leftSection={<DownloadGlyph />}>
      {label ?? t('cases.common.downloadPdf')}
    </Button>
  );
}

/** The papers' addresses in the API. */
export const paperPath = {
  certificate: (caseId: string, certificateId: string) =>
    `/api/cases/${encodeURIComponent(caseId)}/certificates/${encodeURIComponent(certificateId)}/pdf`,
  plan: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/pdf`,
  decision: (caseId: string, assignmentId: string) =>
    `/api/cases/${encodeURIComponent(caseId)}/assignments/${encodeURIComponent(assignmentId)}/pdf`,
  closure: (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/closure/pdf`,
};

function DownloadGlyph() {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
    </svg>
  );
}
