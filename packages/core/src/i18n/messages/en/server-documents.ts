// Server messages about uploaded documents.
export const documents = {
  tooLarge: 'The file is larger than {{max}} MB.',
  fileRequired: 'Choose a file to upload.',
  unsupportedType:
    'Only PDF, JPEG and PNG files are accepted, and this file is none of them, whatever its name.',
  nameMismatch:
    'The file’s name says one type and its content is another (for example a PNG image named .pdf). Rename the file or upload the right one.',
  emptyFile: 'The file is empty.',
  oneFile: 'Upload one file at a time.',
  notMultipart: 'Send the document as a form with a file.',
  badForm: 'The upload could not be read. Try again.',
  caseOrPerson: 'Choose the case or the person the document belongs to.',
  personNotInCase: 'This person is not a member of the household of the case.',
  seriesMismatch:
    'A correction must be of the same type and belong to the same case and person as the document it corrects.',
  contentMissing: 'The file of this document cannot be found in storage. Tell the administrator.',
  badRange: 'The end date is before the start date.',
} as const;
