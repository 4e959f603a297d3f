#!/usr/bin/env node
// Reads vitest's JSON report and prints one plain line: `<label>: N passed, M failed`
// (label defaults to "vitest"), after the names of whatever failed.
//
//   node scripts/summarize-vitest.mjs .tmp/vitest-unit.json [label]
//
// A test file that fails as a whole (it does not import, a hook throws) counts as one failure
// when none of its tests is marked failed. Exit code: 0 when nothing failed and vitest called
// the run a success, else 1 (also when the report is missing or unreadable).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [file, label = 'vitest'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/summarize-vitest.mjs <vitest-json-report> [label]');
  process.exit(2);
}

if (!existsSync(file)) {
  console.log(`${label}: no report at ${file} (vitest did not finish)`);
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(1);
}

let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log(
    `${label}: unreadable report ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(1);
}

const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
const names = [];
for (const suite of report.testResults ?? []) {
  const where = relative(process.cwd(), suite.name ?? '?');
  const failing = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
  for (const test of failing) names.push(`${where} > ${test.fullName ?? test.title}`);
  if (suite.status === 'failed' && failing.length === 0) {
    failed += 1;
    names.push(
      `${where} (the file failed: ${(suite.message ?? '').split('\n')[0] || 'see the output above'})`,
    );
  }
}
for (const name of names) console.log(`${label}: FAILED ${name}`);
if (report.success === false && failed === 0) {
  console.log(`${label}: vitest reported the run as failed (unhandled errors?) although no test failed`);
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${label}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || report.success === false ? 1 : 0);
