import type { Catalog } from '../../catalog.js';

// Strings of the generic form renderer (FVN, anamnesis, monitoring and every form defined as data).
export const formRenderer: Catalog['web']['formRenderer'] = {
  submit: 'Pošalji obrazac',
};
