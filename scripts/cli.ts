/**
 * bounce-doctor command line. Each subcommand lives in scripts/cli/<name>.ts and exports
 * `run(args): Promise<number>` (the exit code). Output contracts are documented in the README.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { MSG_CHILD_ENV, serveMsgFiles } from './cli/msg-child.ts';

const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  classify: () => import('./cli/classify.ts'),
  spf: () => import('./cli/spf.ts'),
  check: () => import('./cli/check.ts'),
  triage: () => import('./cli/triage.ts'),
};

const usage = `usage: npm run -s cli -- <command> [options]

commands:
  classify --json [--lines] FILE...   classify bounces, one JSON line per failed recipient
  spf --zone ZONE.json --cases CASES.jsonl
                                      evaluate SPF (RFC 7208) for each case
  check (--zone ZONE.json | --doh URL) --from ADDR --ip IP [--helo NAME] [--selector S] [--rcpt ADDR]
                                      run every DNS check and print the results as JSON
  triage [--csv|--json] [--recipients] [--columns A,R] FILE...
                                      triage many bounces (messages, mbox, zip, service exports and
                                      feeds, Postfix/Exim logs): a summary by cause, JSON, or a
                                      suppression list`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${usage}\n`);
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  const command = await load();
  return command.run(args);
}

if (process.env[MSG_CHILD_ENV]) {
  // The child process that reads Outlook .msg files for `classify` (scripts/cli/msg-child.ts).
  serveMsgFiles();
} else if (!isMainThread && (workerData as { task?: string } | undefined)?.task === 'classify') {
  // A worker thread of `classify` (see scripts/cli/classify.ts): classify its share and return.
  void import('./cli/classify.ts').then((classify) => classify.worker());
} else {
  void start();
}

function start() {
  // npm runs a script from the package's folder, but the paths a user types are relative to the
  // folder they typed them in, which npm passes as INIT_CWD.
  // https://docs.npmjs.com/cli/v11/commands/npm-run-script
  if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD)
    process.chdir(process.env.INIT_CWD);
  return main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `bounce-doctor: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
