import type { AnalysisResult, Finding } from '../../engine';
import { splitLines } from '../../engine';

const COLORS = { boilerplate: '\x1b[2;9m', caption: '\x1b[36m', quote: '\x1b[33m' } as const;
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';

/** eslint-style lines: `file:line:col  kind/category  reason`. */
export function scanText(file: string, result: AnalysisResult, color: boolean): string {
  const out: string[] = [];
  for (const f of result.findings) {
    const where = `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const what = `${f.kind}/${f.category}`;
    const speaker = f.kind === 'quote' ? `  — ${f.speaker ?? 'speaker unknown'}` : '';
    out.push(color
      ? `${DIM}${where}${RESET}  ${COLORS[f.kind]}${what}${RESET}  ${f.reason}${speaker}`
      : `${where}  ${what}  ${f.reason}${speaker}`);
  }
  const counts = countKinds(result.findings);
  out.push(`${color ? BOLD : ''}${file}: ${counts.boilerplate} boilerplate, ${counts.caption} caption, ${counts.quote} quote (language ${result.language})${color ? RESET : ''}`);
  return out.join('\n') + '\n';
}

export function countKinds(findings: readonly Finding[]) {
  const counts = { boilerplate: 0, caption: 0, quote: 0 };
  for (const f of findings) counts[f.kind]++;
  return counts;
}

/** The article with findings highlighted in place (the demo view): boilerplate struck, captions cyan, quotes yellow. */
export function highlighted(text: string, result: AnalysisResult): string {
  const lines = splitLines(text);
  const byLine = new Map<number, Finding>();
  const quotes: Finding[] = [];
  for (const f of result.findings) {
    if (f.kind === 'quote') quotes.push(f);
    else byLine.set(f.range.start.line, f);
  }
  const out: string[] = [];
  for (const line of lines) {
    const f = byLine.get(line.index);
    if (f) {
      out.push(`${COLORS[f.kind]}${line.text}${RESET}  ${DIM}← ${f.kind}/${f.category}${RESET}`);
      continue;
    }
    // Colour quote spans on this line.
    let s = '';
    let pos = 0;
    const tags: string[] = [];
    for (const q of quotes) {
      if (q.offsets.end <= line.start || q.offsets.start >= line.end) continue;
      const a = Math.max(q.offsets.start, line.start) - line.start;
      const b = Math.min(q.offsets.end, line.end) - line.start;
      s += line.text.slice(pos, a) + COLORS.quote + line.text.slice(a, b) + RESET;
      pos = b;
      if (q.offsets.end <= line.end) tags.push(`— ${q.speaker ?? '?'}`);
    }
    s += line.text.slice(pos);
    out.push(tags.length ? `${s}  ${DIM}${tags.join(' ')}${RESET}` : s);
  }
  return out.join('\n');
}
