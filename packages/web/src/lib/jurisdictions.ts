import type { LocalizedText } from '@vatra/core';
import type { InstitutionType, JurisdictionNode } from '../api/types';

export interface JurisdictionOption {
  value: string;
  label: string;
  level: JurisdictionNode['level'];
  depth: number;
}

/**
 * The jurisdictions as a select list in tree order, each labelled with its path
 * ("Kosovo › Peja region › Peja") so a search by any part finds it.
 */
export function jurisdictionOptions(
  nodes: JurisdictionNode[],
  name: (text: LocalizedText) => string,
  collator: Intl.Collator,
): JurisdictionOption[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, JurisdictionNode[]>();
  for (const node of nodes) {
    // a node whose parent the user may not see is a root of the user's tree
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const out: JurisdictionOption[] = [];
  const walk = (parent: string | null, prefix: string, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) =>
      collator.compare(name(a.name), name(b.name)),
    );
    for (const node of list) {
      const label = prefix ? `${prefix} › ${name(node.name)}` : name(node.name);
      out.push({ value: node.id, label, level: node.level, depth });
      walk(node.id, label, depth + 1);
    }
  };
  walk(null, '', 0);
  return out;
}

/** Institution types as select groups by country (a deployment may hold Kosovo and Albania). */
export function institutionTypeOptions(
  types: InstitutionType[],
  jurisdictions: JurisdictionNode[],
  name: (text: LocalizedText) => string,
) {
  const countryName = (code: string) => {
    const country = jurisdictions.find((node) => node.level === 'country' && node.code === code);
    return country ? name(country.name) : code;
  };
  const byCountry = new Map<string, { value: string; label: string }[]>();
  const seen = new Set<string>();
  for (const type of types) {
    if (seen.has(type.code)) continue;
    seen.add(type.code);
    const label = `${name(type.abbreviation)} — ${name(type.name)}`;
    byCountry.set(type.countryCode, [
      ...(byCountry.get(type.countryCode) ?? []),
      { value: type.code, label },
    ]);
  }
  if (byCountry.size <= 1) return [...byCountry.values()].flat();
  return [...byCountry.entries()].map(([code, items]) => ({ group: countryName(code), items }));
}
