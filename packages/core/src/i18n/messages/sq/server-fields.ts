import type { Catalog } from '../../catalog.js';

// Field validation messages: shared by the server's answers and the web's forms, so they live
// apart from the rest of `server` and the browser's catalog (browser.ts) can take them alone.
export const fields: Catalog['server']['fields'] = {
  required: 'E detyrueshme.',
  tooShort: 'Të paktën {{min}} shenja.',
  tooLong: 'Më së shumti {{max}} shenja.',
  tooSmall: 'Të paktën {{min}}.',
  tooBig: 'Më së shumti {{max}}.',
  invalid: 'Nuk është e vlefshme.',
  invalidFormat: 'Format i gabuar.',
  invalidOption: 'Zgjidhni një nga mundësitë e ofruara.',
  invalidEmail: 'Adresë e-maili e pavlefshme.',
  invalidDate: 'Datë e pavlefshme.',
  notNumber: 'Duhet të jetë numër.',
  unknownField: 'Fushë e panjohur.',
  nulCharacter:
    'Përmban një karakter kontrolli të padukshëm (NUL) që nuk mund të ruhet. Hiqeni dhe provoni përsëri.',
  tooFew: 'Zgjidhni të paktën {{min}}.',
  possibleDuplicate: 'Dublikatë e mundshme e një personi të regjistruar.',
  oneHead: 'Saktësisht një anëtar duhet të jetë kryefamiljar.',
};
