// Trains the line model (logistic regression, one per class) on labelled pages and writes
// src/engine/model/weights.json. Thresholds come from leave-one-file-out cross-validation, so the figures it
// prints are for pages the model did not see. Run: npm run train  (needs ../shared/eval beside the project).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWith, resolveSettings } from '../src/engine/index.ts';
import { FEATURE_NAMES, lineFeatures } from '../src/engine/model/features.ts';

const DIRS = ['../shared/eval/pages-dev', '../shared/eval/markdown-dev', '../shared/seed'].filter(existsSync);
const BODY_LOSS_BUDGET = Number(process.env.BODY_LOSS_BUDGET ?? 0.006); // share of body lines the model may take
const L2 = 1e-3, BODY_WEIGHT = 2;

function load() {
  const files = [];
  for (const dir of DIRS) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const labels = join(dir, f.replace(/\.txt$/, '.labels.json'));
      if (!existsSync(labels)) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      const gold = new Map(JSON.parse(readFileSync(labels, 'utf8')).lines.map((l) => [l.line, l.label]));
      let infos;
      const settings = resolveSettings({ markdown: f.endsWith('.md') ? true : 'auto' });
      const result = analyzeWith(text, settings, { skipModel: true, onPrepared: (i) => { infos = i; } });
      const flagged = new Set(result.findings.filter((x) => x.kind !== 'quote').map((x) => x.range.start.line));
      const markdown = infos.some((i) => i.block !== 'text');
      const rows = lineFeatures(infos, flagged);
      const samples = [];
      rows.forEach((x, i) => {
        if (!x || flagged.has(i) || !gold.has(i)) return;
        if (markdown && infos[i].block !== 'text') return;
        samples.push({ x, label: gold.get(i), text: infos[i].t });
      });
      const bodyTotal = [...gold.values()].filter((l) => l === 'body').length;
      files.push({ name: `${dir}/${f}`, samples, bodyTotal });
    }
  }
  return files;
}

/** L2-regularised logistic regression fitted by Newton's method (IRLS): a few exact steps, no learning rate. */
function train(samples, positive) {
  const d = FEATURE_NAMES.length;
  let w = new Float64Array(d);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Float64Array(d);
    const H = Array.from({ length: d }, () => new Float64Array(d));
    for (const s of samples) {
      const c = s.label === 'body' ? BODY_WEIGHT : 1;
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * s.x[i];
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - (s.label === positive ? 1 : 0)) * c;
      const h = p * (1 - p) * c;
      for (let i = 0; i < d; i++) {
        g[i] += err * s.x[i];
        const hx = h * s.x[i];
        if (hx === 0) continue;
        for (let j = i; j < d; j++) H[i][j] += hx * s.x[j];
      }
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) H[i][j] = H[j][i];
      H[i][i] += L2 * samples.length;
      g[i] += L2 * samples.length * w[i];
    }
    const step = solve(H, g);
    let change = 0;
    for (let i = 0; i < d; i++) { w[i] -= step[i]; change += Math.abs(step[i]); }
    if (change < 1e-6) break;
  }
  return [...w];
}

/** Solves H x = g by Gaussian elimination with partial pivoting. */
function solve(H, g) {
  const d = g.length;
  const A = H.map((row, i) => [...row, g[i]]);
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    if (Math.abs(A[c][c]) < 1e-12) continue;
    for (let r = c + 1; r < d; r++) {
      const f = A[r][c] / A[c][c];
      for (let k = c; k <= d; k++) A[r][k] -= f * A[c][k];
    }
  }
  const x = new Array(d).fill(0);
  for (let r = d - 1; r >= 0; r--) {
    let s = A[r][d];
    for (let k = r + 1; k < d; k++) s -= A[r][k] * x[k];
    x[r] = Math.abs(A[r][r]) < 1e-12 ? 0 : s / A[r][r];
  }
  return x;
}

const prob = (w, x) => { let z = 0; for (let i = 0; i < w.length; i++) z += w[i] * x[i]; return 1 / (1 + Math.exp(-z)); };

function chooseThreshold(oof, positive, bodyTotal) {
  let best = { threshold: 0.99, f1: 0, bodyLost: 0, tp: 0 };
  const positives = oof.filter((o) => o.label === positive).length;
  for (let t = 0.99; t >= 0.5; t -= 0.01) {
    let tp = 0, fp = 0, lost = 0;
    for (const o of oof) {
      if (o.p[positive] < t) continue;
      if (o.label === positive) tp++; else fp++;
      if (o.label === 'body') lost++;
    }
    if (lost / bodyTotal > BODY_LOSS_BUDGET) break;
    const f1 = tp ? (2 * tp) / (2 * tp + fp + (positives - tp)) : 0;
    if (f1 >= best.f1) best = { threshold: Math.round(t * 100) / 100, f1, bodyLost: lost / bodyTotal, tp, fp };
  }
  return best;
}

const files = load();
const bodyTotal = files.reduce((a, f) => a + f.bodyTotal, 0);
const oof = [];
for (let k = 0; k < files.length; k++) {
  const rest = files.filter((_, j) => j !== k).flatMap((f) => f.samples);
  const wb = train(rest, 'boilerplate');
  const wc = train(rest, 'caption');
  for (const s of files[k].samples) oof.push({ label: s.label, p: { boilerplate: prob(wb, s.x), caption: prob(wc, s.x) } });
}
const tb = chooseThreshold(oof, 'boilerplate', bodyTotal);
const tc = chooseThreshold(oof.filter((o) => o.p.boilerplate < tb.threshold), 'caption', bodyTotal);
const all = files.flatMap((f) => f.samples);
const out = {
  features: FEATURE_NAMES,
  trainedOn: `${files.length} files, ${all.length} lines not flagged by rules`,
  crossValidation: { boilerplate: tb, caption: tc },
  boilerplate: { weights: train(all, 'boilerplate').map((v) => Math.round(v * 1e4) / 1e4), threshold: tb.threshold },
  caption: { weights: train(all, 'caption').map((v) => Math.round(v * 1e4) / 1e4), threshold: tc.threshold },
};
writeFileSync('src/engine/model/weights.json', JSON.stringify(out, null, 1) + '\n');
console.log(`trained on ${out.trainedOn}`);
console.log('leave-one-file-out:', JSON.stringify(out.crossValidation));
if (process.env.DEBUG_OOF) {
  const flat = files.flatMap((f) => f.samples.map((s) => ({ ...s, file: f.name })));
  const scored = flat.map((s, i) => ({ s, p: oof[i].p.boilerplate })).sort((a, b) => b.p - a.p);
  for (const { s, p } of scored.slice(0, 80)) console.log(p.toFixed(3), s.label, s.file.split('/').pop(), s.text?.slice(0, 90));
}
