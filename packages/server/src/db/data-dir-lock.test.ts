import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

describe('the embedded data directory lock', () => {
  it('refuses a second opener while the first holds it, and frees it on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vatra-lock-'));
    // The parent of this test process stands in for "another live process".
    writeFileSync(join(dir, 'vatra.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vatra-lock-'));
    writeFileSync(join(dir, 'vatra.lock'), '2147483646');
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'vatra.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'vatra.lock'))).toBe(false);
  });
});
