/**
 * Name spotting scans tokens by character class instead of with a Unicode regex: it must find the same tokens,
 * and so the same capitalised runs, on any text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameRuns } from '../../../src/engine/detectors/quote/names';
import { forEachNameToken } from '../../../src/engine/text/words';

// `npm test` runs a fixed seed; `npm run fuzz` explores new cases on every run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The regex the scanner replaces. */
const TOKEN = /[\p{L}\p{M}\p{N}@][\p{L}\p{M}\p{N}'’.\-@_]*/gu;

function tokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachNameToken(text, (start, end) => out.push([start, end]));
  return out;
}

function reference(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)].map((m) => [m.index!, m.index! + m[0].length]);
}

const stop = new Set(['the', 'dan']);
const pieces = fc.constantFrom(
  'Rudi', 'Hartono', 'van', 'der', 'Berg', 'the', 'The', 'Dan', 'said', 'U.S.', 'O’Brien', "d'Arc", 'al-Sisi', '@handle_x', '@', 'NASA',
  'İstanbul', 'Élodie', 'ǅemal', '𝐀lpha', '\ud835', '\udc00', 'e\u0301', '\u0301', '3', '42.', '.', '...', '-', '_', '’', "'", ' ', '  ',
  '\u00a0', ',', ':', '“', '”', '\n', '中文', 'Ωmega', 'ß',
);

describe('name tokens', () => {
  it('are the tokens the regex finds, on hand-made cases', () => {
    for (const text of ['', ' ', 'Rudi Hartono', '@', '@x', '_x', '-Foo', "'Tis", 'U.S. Army', 'a\u0301b', '\u0301x', '𝐀𝐁 c', '\ud835 x', 'x\udc00y', 'e’s', 'end.']) {
      assert.deepEqual(tokens(text), reference(text), JSON.stringify(text));
    }
  });

  it('are the tokens the regex finds, on random texts', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(tokens(text), reference(text), JSON.stringify(text));
    }), { numRuns: RUNS, ...(process.env.FUZZ_RUNS ? {} : { seed: 20261126 }) });
  });

  it('make names of capitalised runs, joined by particles, never opening on a stopword', () => {
    assert.deepEqual(nameRuns('The mayor, Rudi van der Berg, said Dan Smith was at the U.S. Embassy.', stop).map((r) => r.name),
      ['Rudi van der Berg', 'Smith', 'U.S', 'Embassy']);
    assert.deepEqual(nameRuns('kata @jakarta_info dan İsmail Özdemir’s', stop).map((r) => r.name), ['@jakarta_info', 'İsmail Özdemir']);
    // A surname's particle, capitalised where the surname stands alone; not a sentence opening on it.
    assert.deepEqual(nameRuns('zegt Van Dalen. Van de 40 woningen', stop).map((r) => r.name), ['Van Dalen']);
    // `De`, `Di` open a surname inside a sentence; `De` also where the searched text starts (after a verb).
    assert.deepEqual(nameRuns('zei De Vries, secondo Di Maio.', stop).map((r) => r.name), ['De Vries', 'Di Maio']);
    assert.deepEqual(nameRuns('De Vries zei', stop).map((r) => r.name), ['De Vries']);
    // Not after a full stop: there `Di` opens the sentence (Indonesian `in`).
    assert.deepEqual(nameRuns('bertambah menjadi sembilan. Di Program Studi Kedokteran, kelompok', new Set([...stop, 'di'])).map((r) => r.name), ['Program Studi Kedokteran']);
  });
});
