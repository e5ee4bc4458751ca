/** What the CLI tests share: running the built CLI, and a small article with something of each kind. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'dist', 'cli.js');

/** Runs `node dist/cli.js ARGS` with optional standard input and extra environment variables. */
export function run(args: string[], input?: string | Buffer, env?: Record<string, string>) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: typeof input === 'string' ? Buffer.from(input) : input,
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8'), raw: r.stdout };
}

/** A headline, a share prompt, a counter, a glued credit, a quote, an advertisement marker and body text. */
export const ARTICLE = [
  'Flood waters recede in Riverton as crews begin the clean-up',
  '',
  'Share on Facebook',
  '',
  'Residents of Riverton returned to their homes on Tuesday after the river fell below its banks for the first time in a week.',
  '',
  '3',
  '',
  'Volunteers clear mud from the high street on Tuesday morningCredit: Riverton Gazette',
  '',
  '"We lost everything on the ground floor, but nobody was hurt," said Maria Lopez, who runs the bakery on Mill Lane.',
  '',
  'The council said it would open a relief fund for small businesses by the end of the week, and that insurers had been asked to move quickly.',
  '',
  'ADVERTISEMENT',
  '',
  'Engineers will inspect the two road bridges before they reopen to heavy traffic, the county highways department said.',
  '',
].join('\n');
