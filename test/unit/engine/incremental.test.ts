import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalysisSession, type AnalysisResult, type Options } from '../../../src/engine';

/**
 * AnalysisSession: an edit inside one line of plain prose is answered by shifting the previous findings;
 * every answer must equal a full analysis of the same text.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_RUNS ? undefined : Number(process.env.FUZZ_SEED ?? 20261126);
const options = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const same = (a: AnalysisResult, b: AnalysisResult) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

/** A caption and its credit, for the video-title rule: a line repeating a caption's text within eight lines. */
const CAPTIONED = ['Crews clear the road near the old bridge on the morning after the flood, in district 0', 'Photo: Jane Doe/Reuters'];
const PROSE = [
  'The council voted on Tuesday to close the old bridge to heavy traffic until the repairs on both of its piers are finished.',
  'Engineers will inspect both road bridges before they reopen, and the county highways department said the work could take a month.',
  'Residents who live near the river were told to move their cars to higher ground before the water reached the car park.',
  'The mayor said the town would ask the government for help with the cost of the repairs, which could reach two million pounds.',
  '"We will rebuild it," said Maria Lopez, who runs the bakery on Mill Lane and has lived in the town for forty years.',
  'He said the water came very fast and that nobody in the street had expected it to rise so high in a single night.',
];
const FURNITURE = ['Share on Facebook', 'ADVERTISEMENT', 'Read more: Flood warnings extended', '3', 'Photo: Jane Doe/Reuters',
  'Crews clear the road near the bridge on Monday. (AP)', 'In this photo the bridge is closed to traffic on Monday.', 'Home › News › World',
  '© 2025 Example Media. All rights reserved.', 'By Jane Doe', 'Subscribe', 'Bridge closed', 'Flood warnings extended across the county',
  '3/40 Bakery chain to close ten shops', 'Getty Images', '# Flood warnings', '- More buses for the north', '```', '![x](a.jpg)',
  'Warga mengungsi ke balai desa setelah air sungai meluap pada Senin malam, kata petugas di lokasi kejadian.',
  `${CAPTIONED[0]} | ${CAPTIONED[1]}`, 'Water the seedlings in the greenhouse every morning before nine. (Tomas Brenner)'];
/** Edits a prose line: words in or out, a name, a quote mark, a full stop removed, a line break. */
const EDITS: ((t: string) => string)[] = [
  // Stopwords in and out keep the set of lower-case words: these are the edits the quick path answers.
  (t) => t.replace(' the ', ' also the '),
  (t) => t.replace(' the ', ' '),
  (t) => t.replace(/ (to|of) /, ' $1 the '),
  (t) => t.replace(' the ', ' the new '),
  (t) => t.replace(/ \w+ /, ' '),
  (t) => t.replace('The ', 'Later the '),
  (t) => t.replace(' said', ' said Peter Smith'),
  (t) => t.replace(' town ', ' "town" '),
  (t) => t.replace(/\.$/, ''),
  (t) => t.replace(' and ', ' and\n'),
  (t) => `${t} It rained again.`,
  (t) => t.replace('bridge', 'Bridge'),
  (t) => t.replace(' the ', ' quixotically the '),
  (t) => t.replace(' the ', ' the maria '), // a word the text writes capitalised in a name (Maria Lopez)
  (t) => t.replace('Lopez', 'lopez'),
  // The text of a caption nearby: the video-title rule then flags the line.
  () => `${CAPTIONED[0]}.`,
];

const doc = fc.record({
  lines: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PROSE) }, { weight: 2, arbitrary: fc.constantFrom(...FURNITURE) }), { minLength: 3, maxLength: 30 }),
  blankRuns: fc.array(fc.constantFrom(1, 2, 2, 2, 3), { minLength: 30, maxLength: 30 }),
});
// Each line made unique (a copy of another line is never edited quickly); mostly paragraphs apart, sometimes adjacent.
const build = ({ lines, blankRuns }: { lines: string[]; blankRuns: number[] }) =>
  lines.map((l, k) => l.replace(/\.$/, `, in district ${k}.`) + '\n'.repeat(k < lines.length - 1 ? blankRuns[k]! : 1)).join('');

describe('AnalysisSession (incremental re-analysis)', function () {
  // Each property case analyses a document several times; the machine may be busy.
  this.timeout(0);

  it('answers every edit exactly as a full analysis does', () => {
    let incremental = 0;
    const edits = fc.array(fc.record({ pick: fc.nat(), edit: fc.nat() }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(doc, edits, fc.constantFrom<Options>({}, { disabledCategories: ['credit'] }, { keepLines: [PROSE[0]!] }),
      (d, steps, opts) => {
        let text = build(d);
        const session = new AnalysisSession(opts);
        same(session.analyze(text), analyze(text, opts));
        // Edits one after another: each answer builds on the session's state after the one before.
        for (const { pick, edit } of steps) {
          const lines = text.split('\n');
          const filled = lines.map((l, k) => (l ? k : -1)).filter((k) => k >= 0);
          if (!filled.length) return;
          const k = filled[pick % filled.length]!;
          // Half the edits only move stopwords (the quick path's kind), half may change anything.
          const change = edit % 2 === 0 ? EDITS[(edit >> 1) % 3]! : EDITS[(edit >> 1) % EDITS.length]!;
          lines[k] = change(lines[k]!);
          text = lines.join('\n');
          same(session.analyze(text), analyze(text, opts));
          if (session.last === 'incremental') incremental++;
        }
      }), options);
    // The property must exercise the quick path, not only the fallback.
    assert.ok(incremental > RUNS / 10, `only ${incremental} of ${RUNS} edits were incremental`);
  });

  it('answers a word typed in a prose paragraph incrementally, shifting the findings after it', () => {
    const text = ['Bridge closed', '', PROSE[0], '', 'Share on Facebook', '', PROSE[1], '', PROSE[2], '', 'ADVERTISEMENT', '', PROSE[3], ''].join('\n');
    const session = new AnalysisSession();
    session.analyze(text);
    const edited = text.replace('heavy traffic', 'heavy goods traffic');
    const result = session.analyze(edited);
    assert.equal(session.last, 'incremental');
    same(result, analyze(edited));
    assert.equal(result.findings.find((f) => f.category === 'advertisement')?.text, 'ADVERTISEMENT');
  });

  it('falls back to a full analysis when the edit could change another line', () => {
    const quay = 'Residents of Brook Quay were moved to the school hall on Monday night, the fire service said in a statement.';
    const base = [PROSE[3], '', 'Bridge closed', '', PROSE[0], '', PROSE[1], '', PROSE[2], '', quay, ''].join('\n');
    const cases: [string, string][] = [
      [base.replace('Bridge closed', 'Bridge reopened'), 'not plain prose'], // a title, not prose
      [base.replace('heavy traffic', 'heavy traffic\nand buses'), 'not one line'],
      [base.replace('finished.', 'finished. Share on Facebook'), 'not plain prose'], // the line no longer ends a sentence the same way
      [base.replace('heavy traffic', '“heavy” traffic'), 'quotes'],
      // A word now written in lower case that the text also writes capitalised (`Brook Quay`): names may change.
      [base.replace('heavy traffic', 'heavy quay traffic'), 'words'],
      [base.replace(PROSE[1]!, PROSE[0]!), 'context'], // now a copy of another line
    ];
    for (const [edited, reason] of cases) {
      const session = new AnalysisSession();
      session.analyze(base);
      same(session.analyze(edited), analyze(edited));
      assert.equal(session.last, reason, edited.slice(0, 80));
    }
  });

  it('keeps CRLF line breaks and the offsets after them right', () => {
    const text = ['Bridge closed', '', PROSE[0], '', 'Share on Facebook', '', PROSE[1], '', 'ADVERTISEMENT', '', PROSE[2], ''].join('\r\n');
    const session = new AnalysisSession();
    session.analyze(text);
    const edited = text.replace('before they reopen', 'before they also reopen');
    same(session.analyze(edited), analyze(edited));
    assert.equal(session.last, 'incremental');
    const again = edited.replace('to heavy traffic', 'to the heavy traffic');
    same(session.analyze(again), analyze(again));
    assert.equal(session.last, 'incremental');
  });

  it('takes a new lower-case word that the text never writes capitalised', () => {
    const text = [PROSE[3], '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n');
    const session = new AnalysisSession();
    session.analyze(text);
    const edited = text.replace('heavy traffic', 'heavy xylophonic traffic');
    same(session.analyze(edited), analyze(edited));
    assert.equal(session.last, 'incremental');
  });

  it('returns the same result for the same text', () => {
    const session = new AnalysisSession();
    const a = session.analyze(PROSE.join('\n\n'));
    assert.equal(session.analyze(PROSE.join('\n\n')), a);
    assert.equal(session.last, 'same');
  });
});
