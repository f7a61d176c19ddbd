/**
 * npm run dns:serve -- --zone FILE [--port N] [--host H] [--latency MS] [--fault KIND]
 *                      [--fault-names a.example,b.example]
 *
 * Serves a fixture zone over DNS-over-HTTPS on http://HOST:PORT/dns-query (see doh-server.ts
 * for the run-time control endpoints). Prints the URL, then runs until interrupted.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Zone } from '../src/engine/dns/zone.ts';
import { FAULTS, isFault, startDohServer, type Fault } from './doh-server.ts';

const usage = `usage: npm run dns:serve -- --zone FILE [--port N] [--host H] [--latency MS]
                            [--fault KIND] [--fault-names NAME,NAME]
faults: ${Object.entries(FAULTS)
  .map(([mode, { text }]) => `\n  ${mode.padEnd(10)} ${text}`)
  .join('')}`;

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${flag} wants a whole number, got "${value}"`);
  return Number(value);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      zone: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      latency: { type: 'string' },
      fault: { type: 'string' },
      'fault-names': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.zone) {
    process.stderr.write(`${usage}\n`);
    return values.help ? 0 : 2;
  }
  const fault: Fault | undefined = values.fault
    ? { mode: values.fault as Fault['mode'], names: values['fault-names']?.split(',') }
    : undefined;
  if (fault && !isFault(fault)) throw new Error(`unknown fault "${values.fault}"\n${usage}`);
  const zone = JSON.parse(await readFile(values.zone, 'utf8')) as Zone;
  const server = await startDohServer({
    zone,
    port: number(values.port, '--port') ?? 0,
    host: values.host,
    latencyMs: number(values.latency, '--latency'),
    fault,
  });
  process.stdout.write(`${server.url}\n`);
  process.stderr.write(
    `serving ${values.zone}${fault ? ` with fault ${fault.mode}` : ''}; ` +
      `faults: POST ${server.origin}/__faults {"mode":"servfail"}; Ctrl-C stops\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dns:serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
