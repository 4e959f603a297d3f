import { HttpError } from '../../http/errors.js';

/** Refusals of uploads and reads of documents; each names the field concerned. */
export const documentErrors = {
  tooLarge: (maxMb: number) =>
    new HttpError(
      413,
      'file_too_large',
      'server.documents.tooLarge',
      { max: maxMb },
      { file: { key: 'server.documents.tooLarge', values: { max: maxMb } } },
    ),
  unsupportedType: () =>
    new HttpError(
      415,
      'unsupported_file_type',
      'server.documents.unsupportedType',
      {},
      { file: { key: 'server.documents.unsupportedType' } },
    ),
  /** Bytes of one kind under the name of another (PNG bytes named .pdf). */
  nameMismatch: () =>
    new HttpError(
      415,
      'file_name_mismatch',
      'server.documents.nameMismatch',
      {},
      { file: { key: 'server.documents.nameMismatch' } },
    ),
  oneFile: () =>
    new HttpError(
      400,
      'validation',
      'server.errors.validation',
      {},
      { file: { key: 'server.documents.oneFile' } },
    ),
  notMultipart: () =>
    new HttpError(
      400,
      'not_multipart',
      'server.documents.notMultipart',
      {},
      { file: { key: 'server.documents.fileRequired' } },
    ),
  badForm: () => new HttpError(400, 'bad_request', 'server.documents.badForm'),
  personNotInCase: () =>
    new HttpError(
      422,
      'person_not_in_case',
      'server.documents.personNotInCase',
      {},
      { personId: { key: 'server.documents.personNotInCase' } },
    ),
  seriesMismatch: () =>
    new HttpError(
      422,
      'series_mismatch',
      'server.documents.seriesMismatch',
      {},
      { seriesId: { key: 'server.documents.seriesMismatch' } },
    ),
  contentMissing: () => new HttpError(404, 'content_missing', 'server.documents.contentMissing'),
  badRange: () =>
    new HttpError(
      400,
      'validation',
      'server.errors.validation',
      {},
      { to: { key: 'server.documents.badRange' } },
    ),
};
