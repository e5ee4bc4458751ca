// Lists mislabelled lines for a labelled folder: node scripts/errors.mjs DIR [body-lost|missed]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, mode = 'body-lost'] = process.argv.slice(2);
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.labels.json')), 'utf8')).lines;
  const out = JSON.parse(execFileSync('node', ['dist/cli.js', 'scan', '--format', 'json', join(dir, f)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const pred = new Map();
  for (const x of out.findings) if (x.kind !== 'quote') pred.set(x.range.start.line, x);
  for (const g of gold) {
    const p = pred.get(g.line);
    const label = p ? p.kind : 'body';
    if (mode === 'body-lost' && g.label === 'body' && label !== 'body') console.log(`${f}:${g.line + 1} ${p.category} | ${g.text.slice(0, 120)}`);
    if (mode === 'missed' && g.label !== 'body' && label !== g.label) console.log(`${f}:${g.line + 1} ${g.label}->${label} | ${g.text.slice(0, 120)}`);
  }
}
