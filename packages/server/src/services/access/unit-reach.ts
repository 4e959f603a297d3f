import { sql, type Expression, type SqlBool } from 'kysely';
import type { AccessContext } from './context.js';

// Reads a worker of an administrative unit may also make in the unit's municipality. Providers
// are registered to the municipality, but a unit's worker (NJVNR Gjegjan) refers people to the
// municipality's services, so reads of the care-service register use these paths, and a route
// declaring `readFromUnit` is checked against them by the access hook. Writes keep the ordinary
// jurisdiction rule: each record against the user's own paths.

/**
 * The jurisdiction paths the user may read such records in: their own, plus the municipality of each
 * of their jurisdictions that is an administrative unit (its parent in the tree).
 */
export async function readPathsWithUnitMunicipality(access: AccessContext): Promise<string[]> {
  const user = access.requireUser();
  if (user.paths.length === 0) return [];
  const parents = await access.db
    .selectFrom('jurisdictions as j')
    .innerJoin('jurisdictions as parent', 'parent.id', 'j.parent_id')
    .select('parent.path')
    .where('j.path', 'in', [...user.paths])
    .where('j.level', '=', 'unit')
    .where('parent.level', '=', 'municipality')
    .execute();
  return [...new Set([...user.paths, ...parents.map((row) => row.path)])];
}

/** SQL: the path column lies inside one of the given paths (lists filter in SQL). */
export function withinPaths(paths: readonly string[], pathColumn: string): Expression<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(
    paths.map((path) => sql`starts_with(${sql.ref(pathColumn)}, ${path})`),
    sql` or `,
  )})`;
}

/** Whether a record's path lies inside the paths (the read check of one provider). */
export function coversPath(paths: readonly string[], path: string): boolean {
  return paths.some((mine) => path.startsWith(mine));
}
