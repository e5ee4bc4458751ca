// Checks the translations: every vscode.l10n.t('…') string in src/extension has an entry in each
// l10n/bundle.l10n.<lang>.json, and every package.nls.json key has one in each package.nls.<lang>.json.
// Usage: node scripts/check-l10n.mjs [--print]   (--print lists the runtime strings as JSON)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'src/extension');
const strings = new Set();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
  const src = readFileSync(join(dir, file), 'utf8');
  for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1].replace(/\\'/g, "'"));
}
if (process.argv.includes('--print')) {
  console.log(JSON.stringify(Object.fromEntries([...strings].sort().map((s) => [s, s])), null, 2));
  process.exit(0);
}
const problems = [];
for (const bundle of readdirSync(join(root, 'l10n')).filter((f) => /^bundle\.l10n\.[\w-]+\.json$/.test(f))) {
  const t = JSON.parse(readFileSync(join(root, 'l10n', bundle), 'utf8'));
  for (const s of strings) if (!(s in t)) problems.push(`${bundle}: missing "${s}"`);
  for (const k of Object.keys(t)) if (!strings.has(k)) problems.push(`${bundle}: unused "${k}"`);
  for (const [k, v] of Object.entries(t)) {
    const want = (k.match(/\{\d+\}/g) ?? []).sort().join();
    if ((v.match(/\{\d+\}/g) ?? []).sort().join() !== want) problems.push(`${bundle}: placeholders differ in "${k}"`);
  }
}
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
for (const file of readdirSync(root).filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f))) {
  const t = JSON.parse(readFileSync(join(root, file), 'utf8'));
  for (const k of Object.keys(nls)) if (!(k in t)) problems.push(`${file}: missing "${k}"`);
}
const pkg = readFileSync(join(root, 'package.json'), 'utf8');
for (const m of pkg.matchAll(/"%([^%"]+)%"/g)) if (!(m[1] in nls)) problems.push(`package.json uses %${m[1]}% but package.nls.json lacks it`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.error(`l10n: ${strings.size} runtime strings and ${Object.keys(nls).length} manifest strings translated`);
