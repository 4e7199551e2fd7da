/** `tandem generate`: write a synthetic provider content tree (tests, benchmarks, demos). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateProvider } from '../bench/generate.ts';
import { monthOf, today } from '../lib/dates.ts';

export const generateHelp = `Usage: node src/cli/tandem.ts generate --out <dir> [--clients 100] [--months 24] [--seed 1] [--from content]

Writes a synthetic provider: the sample's catalog, matrix template, frameworks and
provider-wide documents, plus generated clients with reports, policies and shared
runbooks. The same seed always gives the same tree. Build it with
TANDEM_CONTENT=<dir> npm run build.
`;

function positive(name: string, value: string | undefined, fallback: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number of at least 1, found "${value}"`);
  return n;
}

/** Writes the tree; returns the process exit code. */
export async function runGenerateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      clients: { type: 'string' },
      months: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.out) {
    (values.help ? process.stdout : process.stderr).write(generateHelp);
    return values.help ? 0 : 2;
  }
  const started = performance.now();
  const tree = await generateProvider({
    out: resolve(values.out),
    from: resolve(values.from),
    clients: positive('clients', values.clients, 100),
    months: positive('months', values.months, 24),
    seed: positive('seed', values.seed, 1),
    currentMonth: monthOf(today()),
  });
  process.stdout.write(
    `Generated ${tree.clients.length} clients (${tree.files} files) in ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}
