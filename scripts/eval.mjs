// Runs the shared referee over this CLI and the published baselines in one go and prints a Markdown table
// for the README:  npm run eval   (needs ../shared beside the project).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const shared = join(process.cwd(), '..', 'shared');
const score = join(shared, 'eval', 'score.mjs');
if (!existsSync(score)) {
  console.error('eval: ../shared/eval/score.mjs not found (the shared evaluation data must sit beside the project)');
  process.exit(2);
}
const sets = [
  ['seed article', join(shared, 'seed')],
  ['web pages (pages-dev)', join(shared, 'eval', 'pages-dev')],
  ['Markdown articles (markdown-dev)', join(shared, 'eval', 'markdown-dev')],
];
const systems = [
  ['Article Sieve', `${process.execPath} dist/cli.js`],
  ['C4 line rule', `${process.execPath} ${join(shared, 'eval', 'baselines', 'c4.mjs')}`],
  ['jusText-like', `${process.execPath} ${join(shared, 'eval', 'baselines', 'justext-like.mjs')}`],
];
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const f3 = (x) => x.toFixed(3);
console.log('| data | system | body lost | boilerplate F1 | caption F1 | quote F1 | speakers right |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const [name, dir] of sets) {
  for (const [system, cli] of systems) {
    const r = spawnSync(process.execPath, [score, '--cli', cli, '--data', dir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) { console.log(`| ${name} | ${system} | failed: ${r.stderr.trim().split('\n').pop()} |||||`); continue; }
    const f = JSON.parse(r.stdout);
    const speakers = f.speakerScored ? `${pct(f.speakerAccuracy)} of ${f.speakerScored}` : '—';
    console.log(`| ${name} | ${system} | ${pct(f.bodyLost)} | ${f3(f.boilerplate.f1)} | ${f3(f.caption.f1)} | ${f.quotes.tp + f.quotes.fn ? f3(f.quotes.f1) : '—'} | ${speakers} |`);
  }
}
