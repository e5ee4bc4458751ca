// Lists gold quotes whose predicted speaker differs, for a labelled folder: node scripts/speaker-report.mjs DIR
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.labels.json')), 'utf8')).quotes ?? [];
  const out = JSON.parse(execFileSync('node', ['dist/cli.js', 'scan', '--format', 'json', join(dir, f)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const quotes = out.findings.filter((x) => x.kind === 'quote');
  for (const g of gold) {
    if (!g.speaker) continue;
    const p = quotes.find((q) => q.range.start.line <= g.line && q.range.end.line >= g.line);
    const ok = p && p.speaker && (p.speaker.toLowerCase().includes(g.speaker.toLowerCase()) || g.speaker.toLowerCase().includes(p.speaker.toLowerCase()));
    if (!ok) console.log(`${f}:${g.line + 1}  gold=${g.speaker}  pred=${p ? p.speaker : '(no quote)'}  | ${readFileSync(join(dir, f), 'utf8').split('\n')[g.line].slice(0, 260)}`);
  }
}
