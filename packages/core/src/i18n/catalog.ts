import type { en } from './messages/en/index.js';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** The shape every language's catalog must fill: the same keys as English, any strings. */
export type Catalog = DeepStrings<typeof en>;
