import type { Catalog } from '../../catalog.js';

// Strings of the registry screens (find, register, duplicates, merge).
export const registry: Catalog['web']['registry'] = {
  title: 'Registar',
};
