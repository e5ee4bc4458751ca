/**
 * PhraseList must find what the lookbehind alternation it replaces finds: the same matches at the same places,
 * the same phrase where several could start, and the same answer at the start of a text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { speechCues } from '../../../src/engine/detectors/quote/speech-cues';
import { PhraseList } from '../../../src/engine/text/phrases';

// `npm test` runs a fixed seed; `npm run fuzz` explores new cases on every run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Every match of the reference (lookbehind, global) expression, as index and text. */
function reference(re: RegExp, text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ index: m.index, text: m[0] });
  return out;
}

function check(list: PhraseList, text: string): void {
  const expected = reference(list.pattern, text);
  assert.deepEqual(list.matches(text), expected, JSON.stringify(text));
  assert.deepEqual(list.first(text), expected[0], JSON.stringify(text));
  assert.deepEqual(list.last(text), expected[expected.length - 1], JSON.stringify(text));
  const start = new RegExp(`^${list.pattern.source.slice(list.pattern.source.indexOf('(?:'))}`, 'iu').exec(text)?.[0];
  assert.equal(list.atStart(text), start, JSON.stringify(text));
}

describe('PhraseList', () => {
  const { verbs, accordingTo } = speechCues();
  const small = new PhraseList(['said', 'says', 'a\\s+déclaré', 'kata', 'katanya', 'ha\\s+detto', 'élève', 'kelvin', 'seis']);

  it('finds what the alternation finds, on hand-made cases', () => {
    for (const text of [
      '', 'said', 'Said Smith', 'unsaid said', '“We will,” said Maria.', 'He SAID, she says', 'Elle a déclaré: «Oui»',
      'Il a\u00a0déclaré', 'katanya', 'kata Sari, katanya', 'ha detto il direttore', '3said', 'é said', 'e\u0301said', 'ésaid',
      'saidx said.', 'L’élève a dit', 'ÉLÈVE', '\u212aelvin', 'ſaid', '𝐀said said', 'seiſ', 'SEIſ said', 'ka\u212aelvin',
    ]) {
      check(small, text);
      check(verbs, text);
      check(accordingTo, text);
    }
  });

  it('refuses phrases its word lookup cannot place: not starting with a letter, or not literal text', () => {
    assert.throws(() => new PhraseList(['"said']), /start with a letter/);
    assert.throws(() => new PhraseList(['said\\w*']), /literal text/);
    assert.throws(() => new PhraseList(['sa.d']), /literal text/);
    assert.throws(() => new PhraseList(['ſaid']), /matches an ASCII one/);
  });

  it('finds what the alternation finds, on random mixes of cue words, letters, marks and punctuation', () => {
    const pieces = fc.constantFrom('said', 'Said', 'SAID', 'kata', 'katanya', 'ujarnya', 'a déclaré', 'ha detto', 'according to',
      'menurut', 'selon', 'laut', 'sagte', 'x', 'é', 'sei', 's', 'ka', 'ta', 'el', '\u0301', '’', "'", '-', ' ', '\u00a0', ',', '.', '“', '3', '𝐀', 'ſ', '\u212a', 'İ', 'ß');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      check(verbs, text);
      check(accordingTo, text);
      check(small, text);
    }), { numRuns: RUNS, ...(process.env.FUZZ_RUNS ? {} : { seed: 20261126 }) });
  });
});
