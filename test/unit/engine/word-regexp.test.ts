/**
 * WordStartRegExp must behave exactly like the lookbehind form it replaces (no edge needed before Han and kana), for test, exec, search and
 * global scanning with lastIndex.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordJustBefore } from '../../../src/engine/detectors/quote/speaker';
import { labelTail } from '../../../src/engine/detectors/caption/credit';
import { WordStartRegExp } from '../../../src/engine/text/word-regexp';
import { wordBounds } from '../../../src/engine/text/words';

const BODY = '(?:getty images|reuters|afp|press|版权所有|视觉中国)(?![\\p{L}\\p{N}])';
const TEXTS = [
  'Photo by Jane Doe for Getty Images', 'dpa-press release', 'expressed', 'ReutersReuters reuters', 'AFP/Getty',
  '', 'press', '𝐀press press', 'xpress, press.', 'Ünpress über press',
  // Han has no spaces: a phrase may start after any character.
  '腾讯公司版权所有', '图片来源：视觉中国', 'Copyright © 2025 腾讯. 版权所有',
];

describe('WordStartRegExp', () => {
  const reference = (flags: string) => new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]))(?:${BODY})`, flags);
  for (const text of TEXTS) {
    it(`matches like the lookbehind form: ${JSON.stringify(text)}`, () => {
      const ours = new WordStartRegExp(BODY, 'iu');
      const ref = reference('iu');
      assert.equal(ours.test(text), ref.test(text));
      assert.equal(text.search(ours), text.search(ref));
      assert.deepEqual(ours.exec(text)?.[0], ref.exec(text)?.[0]);
      const all = (re: RegExp) => { const out: number[] = []; let m; while ((m = re.exec(text))) out.push(m.index); return out; };
      assert.deepEqual(all(new WordStartRegExp(BODY, 'giu')), all(reference('giu')));
    });
  }
  it('a non-global expression keeps lastIndex at 0, so repeated tests agree', () => {
    const re = new WordStartRegExp(BODY, 'iu');
    assert.equal(re.test('Reuters'), true);
    assert.equal(re.test('Reuters'), true);
    assert.equal(re.lastIndex, 0);
  });
});

describe('wordBounds', () => {
  const reference = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}]))*/gu;
  const words = (s: string) => { const bounds: number[] = []; const n = wordBounds(s, bounds); return Array.from({ length: n }, (_v, k) => s.slice(bounds[2 * k], bounds[2 * k + 1])); };
  for (const text of ["don't stop", 'well-known U.S. 3.5 ’90s', 'a\u0301b c', '𝐀𝐁 c 😀a', 'x--y z.', '日本語です', 'İstanbul ﬁne', '\ud800x a\ud800', '٣٤ abc', 'end-']) {
    it(`splits like the Unicode word pattern: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(words(text), text.match(reference) ?? []);
    });
  }
});

describe('wordJustBefore', () => {
  const reference = (text: string, at: number) => /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
  it('agrees with the regex it replaces on random text (letters, spaces, astral letters, punctuation)', () => {
    const alphabet = ['a', 'B', 'é', ' ', '\t', '\u00a0', ',', '.', '1', '𝐀', '😀', '中', '-'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), fc.nat(), (chars, k) => {
      const text = chars.join('');
      const at = text.length ? k % (text.length + 1) : 0;
      assert.equal(wordJustBefore(text, at), reference(text, at));
    }), { numRuns: 5000, seed: 42 });
  });
});

describe('labelTail (the words before a credit label colon)', () => {
  const reference = (text: string, from: number, end: number) => {
    const m = /((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)\s*$/u.exec(text.slice(from, end));
    return m ? { start: from + m.index, end: from + m.index + m[1]!.length } : null;
  };
  it('reads `… pagi iniKredit` and `Photo credit  ` as the pattern does', () => {
    assert.deepEqual(labelTail('Warga berkumpul pagi iniKredit', 0, 30), { start: 6, end: 30 });
    assert.deepEqual(labelTail('(Photo credit  ', 0, 15), { start: 1, end: 13 });
    assert.equal(labelTail('2024 ', 0, 5), null);
  });
  it('agrees with the regex it replaces on random text and bounds (letters, spaces, apostrophes, astral letters, split pairs)', () => {
    const alphabet = ['a', 'B', 'é', "'", '’', ' ', '\t', '\u00a0', '\u3000', ',', '.', '1', '𝐀', '😀', '中', '-', '\ud835', '\udc00'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 50 }), fc.nat(), fc.nat(), (chars, a, b) => {
      const text = chars.join('');
      const end = text.length ? b % (text.length + 1) : 0;
      const from = end ? a % (end + 1) : 0;
      assert.deepEqual(labelTail(text, from, end), reference(text, from, end));
    }), { numRuns: 5000, seed: 42 });
  });
});
