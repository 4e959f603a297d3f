import type { EnrolmentView, LocalizedText, ProviderServiceView, ProviderSummary } from '@vatra/core';
import type { EnrolmentRow, ProviderRow, ServiceRow } from '../../storage/care-services/queries.js';
import type { AccessContext } from '../access/context.js';
import { licenceStatus } from './dates.js';

/** A person's name, or nothing when the person or the case is more sensitive than the reader may see. */
export function personName(
  access: AccessContext,
  row: {
    first_name: string;
    last_name: string;
    person_sensitivity: string;
    case_sensitivity?: string | null;
  },
): { name: string; hidden: boolean } {
  const visible = access.visibleSensitivities() as string[];
  const hidden =
    !visible.includes(row.person_sensitivity) ||
    (row.case_sensitivity != null && !visible.includes(row.case_sensitivity));
  return hidden ? { name: '', hidden } : { name: `${row.first_name} ${row.last_name}`, hidden };
}

export function serviceView(row: ServiceRow): ProviderServiceView {
  return {
    id: row.id,
    serviceCode: row.service_code,
    capacity: row.capacity,
    place: row.place,
    active: row.active,
    occupied: row.occupied,
    waiting: row.waiting,
    free: Math.max(0, row.capacity - row.occupied),
    version: row.version,
  };
}

export function providerSummary(row: ProviderRow, services: ServiceRow[]): ProviderSummary {
  return {
    id: row.id,
    jurisdiction: {
      id: row.jurisdiction_id,
      code: row.jurisdiction_code,
      name: row.jurisdiction_name as LocalizedText,
    },
    name: row.name,
    kind: row.kind,
    licenceNumber: row.licence_number,
    licenceValidUntil: row.licence_valid_until,
    licenceStatus: licenceStatus(row.licence_valid_until),
    settlement: row.settlement,
    address: row.address,
    fundingSource: row.funding_source,
    fundingNote: row.funding_note,
    active: row.active,
    version: row.version,
    services: services.filter((s) => s.provider_id === row.id).map(serviceView),
  };
}

/** An enrolment as the API shows it; `free` is the places free in its service (for the offer). */
export function enrolmentView(access: AccessContext, row: EnrolmentRow, free: number): EnrolmentView {
  return {
    id: row.id,
    person: { id: row.person_id, ...personName(access, row) },
    careCase: row.care_case_id && row.case_number ? { id: row.care_case_id, number: row.case_number } : null,
    providerId: row.provider_id,
    providerName: row.provider_name,
    providerServiceId: row.provider_service_id,
    serviceCode: row.service_code,
    status: row.status,
    requestedOn: row.requested_on,
    position: row.position,
    offered: row.status === 'waiting' && row.position === 1 && free > 0,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    endNote: row.end_note,
    approvalItemId: row.approval_item_id,
    version: row.version,
  };
}
