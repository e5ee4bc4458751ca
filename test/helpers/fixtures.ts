import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What an annotated `.sieve` fixture expects on one article line (see test/fixtures/README.md). */
export interface LineExpectation {
  readonly line: number;
  readonly kind: 'body' | 'boilerplate' | 'caption' | 'any';
  readonly category?: string;
  readonly quotes: readonly QuoteExpectation[];
}

export interface QuoteExpectation {
  /** Who said it; null: nobody named; undefined: not asserted (`Q[?]`). */
  readonly speaker: string | null | undefined;
  /** Runs on into the next paragraph(s), each opening with a quote mark (`Q+`). */
  readonly continues: boolean;
  /** Runs on over the break of a hard-wrapped paragraph: the number of lines it goes on for (`Q~2`), else 0. */
  readonly wraps: number;
}

export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly expectations: readonly LineExpectation[];
}

/** Tests run from the project root (mocha, npm test). */
export const FIXTURE_ROOT = join(process.cwd(), 'test', 'fixtures', 'articles');

/** Parses an annotated fixture into the article text and per-line expectations. */
export function parseFixture(name: string, source: string): Fixture {
  const lines: string[] = [];
  const expectations: LineExpectation[] = [];
  const rows = source.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  for (const raw of rows) {
    if (raw.startsWith('#!')) continue;
    const bar = raw.indexOf('|');
    if (bar < 0) throw new Error(`${name}: line without annotation column: ${raw.slice(0, 60)}`);
    const annotation = raw.slice(0, bar).trim();
    const text = raw.slice(bar + 1).replace(/^ /, '');
    const line = lines.length;
    lines.push(text);
    let kind: LineExpectation['kind'] = 'body';
    let category: string | undefined;
    const quotes: QuoteExpectation[] = [];
    for (const token of annotation.match(/Q(?:\+|~\d*)?\[[^\]]*\]|\S+/g) ?? []) {
      const q = /^Q(\+|~\d*)?\[([^\]]*)\]$/.exec(token);
      if (q) {
        const wraps = q[1]?.startsWith('~') ? Number(q[1].slice(1) || 1) : 0;
        quotes.push({ speaker: q[2] === '-' ? null : q[2] === '?' ? undefined : q[2]!, continues: q[1] === '+', wraps });
        continue;
      }
      if (token === '~') { kind = 'any'; continue; }
      const m = /^([BC])(?::(.+))?$/.exec(token);
      if (!m) throw new Error(`${name}:${line + 1}: unknown annotation token \`${token}\``);
      kind = m[1] === 'B' ? 'boilerplate' : 'caption';
      category = m[2];
    }
    expectations.push({ line, kind, category, quotes });
  }
  return { name, text: lines.join('\n'), expectations };
}

export function loadFixtures(sub?: string): Fixture[] {
  const out: Fixture[] = [];
  for (const lang of readdirSync(FIXTURE_ROOT).sort()) {
    if (sub && lang !== sub) continue;
    const dir = join(FIXTURE_ROOT, lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sieve')).sort()) {
      out.push(parseFixture(`${lang}/${file}`, readFileSync(join(dir, file), 'utf8')));
    }
  }
  return out;
}
