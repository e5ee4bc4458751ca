/**
 * Robustness: odd and hostile inputs. analyze() never throws, every finding lies inside the text with
 * start < end, and findings are sorted by start.
 */
import assert from 'node:assert/strict';
import { analyze, stripFindings, type Options } from '../../../src/engine';
import { PROSE, assertWellFormed } from './helpers';

const P = PROSE.en;
const SENTENCE = 'The city council met on Tuesday evening to discuss the new budget, and the debate lasted for hours. ';

const INPUTS: readonly { name: string; text: () => string; options?: Options }[] = [
  { name: 'empty text', text: () => '' },
  { name: 'only blank lines', text: () => '\n\n   \n\t\n\r\n\r\r' },
  { name: 'only spaces, no break', text: () => '        ' },
  { name: 'U+FEFF at the start', text: () => `\uFEFFShare\n\n${P[0]}\n\n${P[1]}\n\n${P[2]}\n` },
  { name: 'U+FEFF inside lines', text: () => `${P[0]}\uFEFF\n\n\uFEFF“We cannot\uFEFF wait,” said Maria Lopez.\n\nADVERT\uFEFFISEMENT\n\n${P[1]}\n` },
  { name: '200,000-character single line of prose', text: () => SENTENCE.repeat(Math.ceil(200_000 / SENTENCE.length)).slice(0, 200_000) },
  { name: '200,000-character single word', text: () => 'a'.repeat(200_000) },
  { name: '200,000-character line with a few quotes', text: () => `“We cannot wait,” said Maria Lopez. ${SENTENCE.repeat(1_000)}“Nor can we,” said Tom Baker. ${SENTENCE.repeat(1_000)}`.slice(0, 200_000) },
  { name: '200,000-character line as a user pattern target', text: () => 'a'.repeat(200_000) + '!', options: { boilerplatePatterns: ['^a+b$'], keepPatterns: ['a$'] } },
  { name: '20,000 curly opening quotes', text: () => '“'.repeat(20_000) },
  { name: '20,000 straight double quotes', text: () => '"'.repeat(20_000) },
  { name: '20,000 alternating quote marks', text: () => '"\'«»„“‘’「」'.repeat(2_000) },
  { name: '20,000 quote marks on 20,000 lines', text: () => '“\n'.repeat(20_000) },
  { name: '20,000 open quotes with words', text: () => '“a '.repeat(20_000) },
  // The sizes issue 4 names (their speed, doubled, is in the benchmark).
  { name: 'a single 10 MB line of prose', text: () => SENTENCE.repeat(Math.ceil(10_000_000 / SENTENCE.length)).slice(0, 10_000_000) },
  { name: '100,000 repeated curly quote marks', text: () => '“'.repeat(100_000) },
  { name: '100,000 repeated straight quote marks', text: () => '"'.repeat(100_000) },
  { name: 'NUL characters', text: () => `Share\u0000\n\n${P[0]}\u0000\n\n\u0000“We \u0000cannot wait,” said Maria Lopez.\n\n\u0000\n` },
  { name: 'lone high and low surrogates', text: () => `\uD800abc\uDC00 “quote \uD83D” ${P[0]}\n\n\uDFFF\n\n${P[1]}\uD83D\n` },
  { name: 'emoji everywhere', text: () => `😀😀😀\n\n${P[0]} 👩‍👩‍👧\n\n“😀,” said 😀.\n\n${P[1]}\n` },
  { name: 'CR-only text', text: () => `${P[0]}\r\rShare\r\r${P[1]}\r\r“Yes,” she said.\r` },
  { name: '1,000 blank CRLF lines', text: () => '\r\n'.repeat(1_000) },
  { name: 'many short lines', text: () => Array.from({ length: 5_000 }, (_v, k) => (k % 3 ? `${k}` : 'Share')).join('\n') },
  { name: 'control characters and tabs', text: () => `\t\u0001\u0002Share\u0007\n\u000b\f\n${P[0]}\n` },
  { name: 'right-to-left text', text: () => `قال الوزير: «لن ننتظر أكثر» في المؤتمر الصحفي يوم الثلاثاء.\n\n${P[0]}\n` },
  { name: 'unbalanced brackets and Markdown', text: () => `# [\n\n![(\n\n| a | b\n\n\`\`\`\n${P[0]}\n`, options: { markdown: true } },
  { name: 'front matter never closed', text: () => `---\ntitle: "x\n\n${P[0]}\n`, options: { markdown: true } },
  { name: 'a forced unknown language', text: () => `${P[0]}\n\nShare\n`, options: { language: 'xx' } },
];

describe('robustness', () => {
  for (const input of INPUTS) {
    it(`${input.name}: never throws, ranges inside the text, sorted`, () => {
      const text = input.text();
      let result!: ReturnType<typeof analyze>;
      assert.doesNotThrow(() => { result = analyze(text, input.options); });
      assertWellFormed(text, result);
      assert.ok(result.lineCount >= 1);
      for (const f of result.findings) {
        assert.equal(text.slice(f.offsets.start, f.offsets.end), f.text);
        assert.ok(f.range.start.line < result.lineCount && f.range.end.line < result.lineCount);
      }
      // Stripping never throws either, and never grows the text.
      const stripped = stripFindings(text, result.findings);
      assert.ok(stripped.output.length <= text.length);
    });
  }

  it('empty text: no findings, one line', () => {
    const r = analyze('');
    assert.deepEqual(r.findings, []);
    assert.equal(r.lineCount, 1);
    assert.equal(r.language, 'und');
  });

  it('only blank lines: no findings', () => {
    assert.deepEqual(analyze('\n\n  \n').findings, []);
  });

  it('a 200,000-character line of prose: one line, nothing flagged (its speed is in the benchmark)', () => {
    const text = SENTENCE.repeat(Math.ceil(200_000 / SENTENCE.length)).slice(0, 200_000);
    const r = analyze(text);
    assert.equal(r.lineCount, 1);
    assert.deepEqual(r.findings.filter((f) => f.kind !== 'quote'), []);
  });

  it('line findings stay inside their line when the text has U+FEFF at the start', () => {
    const text = `\uFEFFShare\n\n${P[0]}\n\n${P[1]}\n\n${P[2]}\n`;
    const r = analyze(text);
    for (const f of r.findings) assert.equal(f.range.start.line, f.range.end.line);
  });
});
