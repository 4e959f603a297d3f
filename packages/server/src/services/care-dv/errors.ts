import { HttpError } from '../../http/errors.js';

/** Refusals of the domestic-violence area, each with its catalog key (server.careDv.*). */
export const dvErrors = {
  notDvCase: () => new HttpError(409, 'not_dv_case', 'server.careDv.notDvCase'),
  /** A report for an order whose validity has ended, naming the order and its last day. */
  orderExpired: (orderNumber: string, validUntil: string) =>
    new HttpError(409, 'order_expired', 'server.careDv.orderExpired', { orderNumber, validUntil }),
  /** Every report the order's validity calls for has been submitted. */
  noReportDue: (orderNumber: string) =>
    new HttpError(409, 'no_report_due', 'server.careDv.noReportDue', { orderNumber }),
  field: (
    field: string,
    key:
      | 'validUntilBeforeIssue'
      | 'notInMunicipality'
      | 'futureDate'
      | 'userNotOfInstitution'
      | 'institutionRequired'
      | 'extensionNotLater'
      | 'decidedBeforeIssue',
  ) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.careDv.fields.${key}` } },
    ),
};
