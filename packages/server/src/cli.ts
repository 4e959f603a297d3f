import { runCli } from './cli/program.js';

// `npx vatra …` (bin/vatra.js runs the compiled file): administration from the command line, on
// the database the server uses (DATABASE_URL, else the embedded one in VATRA_DATA_DIR). This
// file only hands the process's arguments, streams and environment to runCli (cli/program.ts,
// which the tests call in-process); the commands are in cli/. Exit codes: 0 done, 1 failed
// (the reason on stderr), 2 audit chain broken.

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
