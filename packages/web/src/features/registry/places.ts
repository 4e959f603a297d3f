import type { Me } from '@vatra/core';
import type { JurisdictionNode } from '../../api/types';
import { useJurisdictions } from '../../api/queries';
import { useSession } from '../auth/session';
import { useFormat } from '../../lib/locale';

/**
 * The places a household can be registered in: municipalities and administrative units inside
 * the user's jurisdiction (the institution's, plus any granted), as the server requires.
 */
export function registrationPlaces(nodes: JurisdictionNode[], me: Me): JurisdictionNode[] {
  const roots = new Set([
    ...me.jurisdictionPath.slice(-1).map((place) => place.id),
    ...me.grantedJurisdictions.map((place) => place.id),
  ]);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const inside = (node: JurisdictionNode): boolean => {
    for (
      let at: JurisdictionNode | undefined = node;
      at;
      at = at.parentId ? byId.get(at.parentId) : undefined
    ) {
      if (roots.has(at.id)) return true;
    }
    return false;
  };
  return nodes.filter((node) => (node.level === 'municipality' || node.level === 'unit') && inside(node));
}

export function usePlaceOptions() {
  const me = useSession();
  const format = useFormat();
  const jurisdictions = useJurisdictions();
  const nodes = jurisdictions.data ?? [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const collator = new Intl.Collator(format.locale);
  const options = registrationPlaces(nodes, me)
    .map((node) => {
      const parent = node.level === 'unit' && node.parentId ? byId.get(node.parentId) : undefined;
      const label = parent
        ? `${format.name(parent.name)} › ${format.name(node.name)}`
        : format.name(node.name);
      return { value: node.id, label };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
  const own = me.jurisdictionPath.at(-1);
  const preferred = options.find((option) => option.value === own?.id)?.value ?? options[0]?.value ?? null;
  return { options, preferred, pending: jurisdictions.isPending };
}
