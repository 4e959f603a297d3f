import type {
  Currency,
  LocalizedText,
  SocialFundRequestView,
  SocialFundYear,
  SubsidySource,
  SubsidyView,
} from '@vatra/core';
import type { RequestRow, SubsidyRow } from '../../storage/social-fund/queries.js';

/** Money kept to the cent, as the numeric(14, 2) columns store it. */
export function money(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sums in cents, so totals of many rows do not drift. */
function sum(values: number[]): number {
  return values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;
}

const place = (row: { jurisdiction_id: string; jurisdiction_code: string; jurisdiction_name: unknown }) => ({
  id: row.jurisdiction_id,
  code: row.jurisdiction_code,
  name: row.jurisdiction_name as LocalizedText,
});

const provider = (row: {
  provider_id: string | null;
  provider_name: string | null;
  provider_kind: string | null;
}) =>
  row.provider_id && row.provider_name
    ? { id: row.provider_id, name: row.provider_name, kind: row.provider_kind ?? '' }
    : null;

export function requestView(row: RequestRow): SocialFundRequestView {
  return {
    id: row.id,
    jurisdiction: place(row),
    year: row.year,
    serviceCode: row.service_code,
    provider: provider(row),
    currency: row.currency,
    municipalAmount: Number(row.municipal_amount),
    requestedAmount: Number(row.requested_amount),
    status: row.status,
    submittedOn: row.submitted_on,
    approvedAmount: row.approved_amount === null ? null : Number(row.approved_amount),
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    rejectionReason: row.rejection_reason,
    note: row.note,
    version: row.version,
  };
}

export function subsidyView(
  row: SubsidyRow,
  reports: { id: string; subsidy_id: string; received_on: string; note: string }[],
): SubsidyView {
  return {
    id: row.id,
    jurisdiction: place(row),
    year: row.year,
    provider: provider(row),
    recipientName: row.provider_name ?? row.recipient_name ?? '',
    source: row.source,
    sourceName: row.source_name,
    currency: row.currency,
    amount: Number(row.amount),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    purpose: row.purpose,
    serviceCode: row.service_code,
    beneficiariesPlanned: row.beneficiaries_planned,
    beneficiariesReached: row.beneficiaries_reached,
    reportingObligations: row.reporting_obligations,
    reports: reports
      .filter((r) => r.subsidy_id === row.id)
      .map((r) => ({ id: r.id, receivedOn: r.received_on, note: r.note })),
    version: row.version,
  };
}

/** Per currency: municipal shares and amounts requested of every request, amounts approved of the approved. */
export function requestTotals(requests: SocialFundRequestView[]): SocialFundYear['totals'] {
  const currencies = [...new Set(requests.map((r) => r.currency))].sort();
  return currencies.map((currency) => {
    const mine = requests.filter((r) => r.currency === currency);
    return {
      currency,
      municipalAmount: sum(mine.map((r) => r.municipalAmount)),
      requestedAmount: sum(mine.map((r) => r.requestedAmount)),
      approvedAmount: sum(mine.filter((r) => r.status === 'approved').map((r) => r.approvedAmount ?? 0)),
      requests: mine.length,
    };
  });
}

function grouped<K extends string>(subsidies: SubsidyView[], key: (s: SubsidyView) => K) {
  const groups = new Map<string, { key: K; currency: Currency; items: SubsidyView[] }>();
  for (const subsidy of subsidies) {
    const k = `${key(subsidy)}|${subsidy.currency}`;
    const group = groups.get(k) ?? { key: key(subsidy), currency: subsidy.currency, items: [] };
    group.items.push(subsidy);
    groups.set(k, group);
  }
  return [...groups.values()];
}

const SOURCE_ORDER: readonly SubsidySource[] = [
  'municipality',
  'mayor_office',
  'ministry_project',
  'donor',
  'co_financing',
  'service_fees',
];

export function subsidiesBySource(subsidies: SubsidyView[]): SocialFundYear['bySource'] {
  return grouped(subsidies, (s) => s.source)
    .map((g) => ({
      source: g.key,
      currency: g.currency,
      amount: sum(g.items.map((s) => s.amount)),
      subsidies: g.items.length,
    }))
    .sort(
      (a, b) =>
        SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
        a.currency.localeCompare(b.currency),
    );
}

/** Per recipient: a provider by its id, an organisation outside the list by its name. */
export function subsidiesByRecipient(subsidies: SubsidyView[]): SocialFundYear['byRecipient'] {
  return grouped(subsidies, (s) => s.provider?.id ?? `name:${s.recipientName.toLowerCase()}`)
    .map((g) => ({
      providerId: g.items[0]?.provider?.id ?? null,
      recipientName: g.items[0]?.recipientName ?? '',
      currency: g.currency,
      amount: sum(g.items.map((s) => s.amount)),
      subsidies: g.items.length,
    }))
    .sort((a, b) => b.amount - a.amount || a.recipientName.localeCompare(b.recipientName));
}
