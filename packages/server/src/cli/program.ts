import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '@vatra/core';
import { Command, CommanderError, Option } from 'commander';
import type { Db } from '../db/open.js';
import { readSettings, type Settings } from '../settings.js';
import { auditVerifyCommand } from './audit.js';
import { backupCommand, refuseExisting, restoreCommand } from './backup.js';
import { withDatabase } from './database.js';
import { documentsVerifyCommand } from './documents.js';
import { EXIT_OK, run } from './errors.js';
import { streamIo, type CliOutput, type CliStreams, type Io } from './io.js';
import { migrateCommand, seedDemoCommand } from './migrate.js';
import { checkUserFields, createUserCommand, resetPasswordCommand, setActiveCommand } from './users.js';

// `vatra …` as a function: the arguments, the streams and the environment go in, the exit code
// comes out. A fresh commander program per call, which never calls process.exit nor writes to
// the process's streams itself, so that the tests run many commands in one process (cli.ts
// runs it on the process's). Each command opens the database and closes it (releasing the
// data directory's lock) before runCli returns.

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Runs a command against the database and records its exit code; `precheck` refuses bad
 * arguments before the database is opened.
 */
type WithDb = (
  create: boolean,
  task: (db: Db, settings: Settings) => Promise<number>,
  precheck?: () => void,
) => Promise<void>;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

// Help wraps at the terminal's width, else at commander's 80 columns.
const helpWidth = (stream: CliOutput) => (stream.isTTY && stream.columns ? stream.columns : 80);

function buildProgram(streams: CliStreams, io: Io, withDb: WithDb): Command {
  // Output and exit handling first: subcommands copy them from their parent when created.
  const program = new Command('vatra')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      getOutHelpWidth: () => helpWidth(streams.stdout),
      getErrHelpWidth: () => helpWidth(streams.stderr),
    })
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
    .action((options: { username: string }) =>
      withDb(false, (db) => setActiveCommand(db, options, false, io)),
    );

  user
    .command('activate')
    .description('let a deactivated user log in again')
    .requiredOption('--username <name>', 'login name')
    .action((options: { username: string }) =>
      withDb(false, (db) => setActiveCommand(db, options, true, io)),
    );

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

  return program;
}

/**
 * Runs `vatra <argv…>` (the arguments after the command's name) and resolves to its exit code:
 * 0 done, 1 failed (the reason on stderr), 2 audit chain broken; commander's own exits (help,
 * version 0, a usage error 1) are returned the same way instead of ending the process.
 */
export async function runCli(
  argv: readonly string[],
  streams: CliStreams,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const io = streamIo(streams);
  let exitCode = EXIT_OK;
  const withDb: WithDb = async (create, task, precheck) => {
    exitCode = await run(
      io,
      async () => {
        precheck?.();
        const settings = readSettings(env);
        return withDatabase(settings, { create }, (db) => task(db, settings));
      },
      env,
    );
  };
  try {
    await buildProgram(streams, io, withDb).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // exitOverride(): help, version and usage errors, already written to the streams.
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return exitCode;
}
