import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The referee (`../shared/eval/score.mjs`) run over the CLI, as the issues measure it. Skipped when the
 * shared folder is not beside the project (a clone on its own).
 */
const SHARED = join(process.cwd(), '..', 'shared');
const SCORE = join(SHARED, 'eval', 'score.mjs');

interface Figures {
  boilerplate: { f1: number };
  caption: { f1: number };
  bodyLost: number;
  quotes: { tp: number; fp: number; fn: number; f1: number };
  speakerAccuracy: number;
  speakerScored: number;
  failed: unknown[];
}

function referee(data: string): Figures {
  const r = spawnSync(process.execPath, [SCORE, '--cli', `${process.execPath} dist/cli.js`, '--data', data, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Figures;
}

(existsSync(SCORE) ? describe : describe.skip)('referee acceptance (../shared/eval)', function () {
  this.timeout(120000);

  it('seed article: every line right, all 13 gold quotes, named speakers right', () => {
    const f = referee(join(SHARED, 'seed'));
    assert.deepEqual(f.failed, []);
    assert.equal(f.boilerplate.f1, 1);
    assert.equal(f.caption.f1, 1);
    assert.equal(f.bodyLost, 0);
    assert.equal(f.quotes.tp, 13);
    assert.equal(f.quotes.fn, 0);
    assert.equal(f.speakerAccuracy, 1);
  });

  it('Markdown articles: body lost ≤ 1 %, boilerplate F1 ≥ 0.90, quote F1 ≥ 0.95, speakers ≥ 85 %', () => {
    const f = referee(join(SHARED, 'eval', 'markdown-dev'));
    assert.deepEqual(f.failed, []);
    assert.ok(f.bodyLost <= 0.01, `body lost ${f.bodyLost}`);
    assert.ok(f.boilerplate.f1 >= 0.9, `boilerplate F1 ${f.boilerplate.f1}`);
    assert.ok(f.quotes.f1 >= 0.95, `quote F1 ${f.quotes.f1}`);
    assert.ok(f.speakerAccuracy >= 0.85, `speaker accuracy ${f.speakerAccuracy}`);
  });

  it('web pages: body lost ≤ 2 %, boilerplate F1 ≥ 0.70 (captions tracked, see README)', () => {
    const f = referee(join(SHARED, 'eval', 'pages-dev'));
    assert.deepEqual(f.failed, []);
    assert.ok(f.bodyLost <= 0.02, `body lost ${f.bodyLost}`);
    assert.ok(f.boilerplate.f1 >= 0.7, `boilerplate F1 ${f.boilerplate.f1}`);
    // Regression floor, below the 0.40 target: uncredited captions are the open problem.
    assert.ok(f.caption.f1 >= 0.25, `caption F1 ${f.caption.f1}`);
  });
});
