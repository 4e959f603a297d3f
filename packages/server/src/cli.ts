import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '@vatra/core';
import { Command, Option } from 'commander';
import { auditVerifyCommand } from './cli/audit.js';
import { documentsVerifyCommand } from './cli/documents.js';
import { backupCommand, refuseExisting, restoreCommand } from './cli/backup.js';
import { withDatabase } from './cli/database.js';
import { run } from './cli/errors.js';
import { processIo } from './cli/io.js';
import { migrateCommand, seedDemoCommand } from './cli/migrate.js';
import { checkUserFields, createUserCommand, resetPasswordCommand, setActiveCommand } from './cli/users.js';
import type { Db } from './db/open.js';
import { readSettings, type Settings } from './settings.js';

// `npx vatra …`: administration from the command line, on the database the server uses
// (DATABASE_URL, else the embedded one in VATRA_DATA_DIR). Only argument parsing lives here;
// the commands are in cli/. Exit codes: 0 done, 1 failed (the reason on stderr), 2 audit
// chain broken.

const io = processIo();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Runs a command against the database and sets the exit code from its outcome; `precheck`
 * refuses bad arguments before the database is opened.
 */
async function withDb(
  create: boolean,
  task: (db: Db, settings: Settings) => Promise<number>,
  precheck?: () => void,
): Promise<void> {
  process.exitCode = await run(io, async () => {
    precheck?.();
    const settings = readSettings();
    return withDatabase(settings, { create }, (db) => task(db, settings));
  });
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const program = new Command('vatra')
  .description('Vatra administration: database, demo data, user accounts, backups, the audit trail')
  .version(version)
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    `
Environment: DATABASE_URL (PostgreSQL), else the embedded database in VATRA_DATA_DIR (default ./.vatra).
With the embedded database, stop the server first: two processes must not open one data directory.
Exit codes: 0 done, 1 failed (reason on stderr; VATRA_DEBUG=1 adds the stack), 2 audit chain broken.`,
  );

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(() => withDb(true, (db) => migrateCommand(db, io)));

program
  .command('seed-demo')
  .description('migrate, load the country configuration and add the demo users and data (once)')
  .action(() => withDb(true, (db, settings) => seedDemoCommand(db, settings, io)));

const user = program.command('user').description('manage user accounts');

user
  .command('create')
  .description('create a user account; the password comes from stdin or is generated and shown once')
  .requiredOption('--username <name>', 'login name: lower-case letters, digits, dot, dash, underscore')
  .requiredOption('--full-name <name>', 'first and last name')
  .requiredOption('--institution <code>', 'code of the institution the user works for, e.g. QPS-XK-PEJ')
  .option('--role <code>', 'role code from the institution’s country (repeat for several)', collect)
  .addOption(new Option('--locale <locale>', 'language of the interface').choices(LOCALES).default('sq'))
  .option('--email <address>', 'e-mail address')
  .option('--password-stdin', 'read the password from the first line of standard input')
  .action(
    (options: {
      username: string;
      fullName: string;
      institution: string;
      role?: string[];
      locale: Locale;
      email?: string;
      passwordStdin?: boolean;
    }) => {
      const user = { ...options, role: options.role ?? [] };
      return withDb(
        false,
        (db) => createUserCommand(db, user, io),
        () => checkUserFields(user),
      );
    },
  );

user
  .command('reset-password')
  .description('set a new password (to be changed at next login) and end the user’s sessions')
  .requiredOption('--username <name>', 'login name')
  .option(
    '--password-stdin',
    'read the password from the first line of standard input (else one is generated)',
  )
  .action((options: { username: string; passwordStdin?: boolean }) =>
    withDb(false, (db) => resetPasswordCommand(db, options, io)),
  );

user
  .command('deactivate')
  .description('stop a user from logging in and end their sessions')
  .requiredOption('--username <name>', 'login name')
  .action((options: { username: string }) => withDb(false, (db) => setActiveCommand(db, options, false, io)));

user
  .command('activate')
  .description('let a deactivated user log in again')
  .requiredOption('--username <name>', 'login name')
  .action((options: { username: string }) => withDb(false, (db) => setActiveCommand(db, options, true, io)));

program
  .command('backup')
  .description('write every row of every table to a gzip file (the server may keep running on PostgreSQL)')
  .argument('<file>', 'the backup file to write')
  .option('--force', 'overwrite the file if it exists')
  .action((file: string, options: { force?: boolean }) =>
    withDb(
      false,
      (db) => backupCommand(db, file, options, io),
      () => refuseExisting(file, options),
    ),
  );

program
  .command('restore')
  .description(
    'restore a backup into an EMPTY database (a fresh VATRA_DATA_DIR or empty PostgreSQL database)',
  )
  .argument('<file>', 'a file written by `vatra backup`')
  .action((file: string) => withDb(true, (db) => restoreCommand(db, file, io)));

const audit = program.command('audit').description('the audit trail');

audit
  .command('verify')
  .description('check the hash chain of the audit trail; exit 2 when it is broken')
  .action(() => withDb(false, (db) => auditVerifyCommand(db, io)));

program
  .command('documents')
  .description('uploaded documents (files under VATRA_DATA_DIR/documents)')
  .command('verify')
  .description('check that every document is on disk with the checksum recorded at upload; exit 1 if not')
  .action(() => withDb(false, (db, settings) => documentsVerifyCommand(db, settings, io)));

await program.parseAsync(process.argv);
