import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Part of `npm test`, not only of the linter: a string typed into a component instead of
// taken from the catalogs fails the test run.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const RULE = 'i18next/no-literal-string';

describe('web components', () => {
  // The project's own configuration, running only this rule: the other rules are the linter's
  // business (`npm run check`), and the React Compiler checks would triple the time.
  const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId === RULE });

  it('contain no hard-coded user-visible text', async () => {
    const results = await eslint.lintFiles(['packages/web/src/**/*.tsx']);
    const found = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE)
        .map((message) => `${result.filePath.slice(root.length)}:${message.line} ${message.message}`),
    );
    expect(results.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('would catch one', async () => {
    const probe = 'export function Probe() {\n  return <div title="Ruaj">Ruaj ndryshimet</div>;\n}\n';
    const [result] = await eslint.lintText(probe, { filePath: `${root}packages/web/src/features/Probe.tsx` });
    expect(result?.messages.filter((message) => message.ruleId === RULE)).toHaveLength(2);
  });
});
