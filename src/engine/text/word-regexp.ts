const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
/** Han and kana: scripts written without spaces, where any character may start a word. */
const UNSPACED = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const UNSPACED_START = new RegExp(`^[${UNSPACED}]`);

/**
 * A regular expression whose matches must start at a word edge: no letter or digit just before them, unless they
 * start in a script written without spaces (Han, kana), where any character may start a word.
 *
 * Written with a leading lookbehind (`(?<![\p{L}\p{N}])(?:…)`), V8 tries the lookbehind at every position
 * before it looks at the alternation, which makes long cue lists several times slower. This class runs the
 * alternation alone and checks the edge by hand; `test`, `exec`, `search` and `lastIndex` behave as they
 * would for the lookbehind form (its `source`).
 */
export class WordStartRegExp extends RegExp {
  readonly #inner: RegExp;
  readonly #isGlobal: boolean;

  constructor(body: string, flags: string) {
    super(`(?:(?<![\\p{L}\\p{N}])|(?=[${UNSPACED}]))(?:${body})`, flags);
    this.#inner = new RegExp(`(?:${body})`, flags.includes('g') ? flags : `${flags}g`);
    this.#isGlobal = flags.includes('g');
  }

  override exec(text: string): RegExpExecArray | null {
    const inner = this.#inner;
    inner.lastIndex = this.#isGlobal ? this.lastIndex : 0;
    let m: RegExpExecArray | null;
    while ((m = inner.exec(text))) {
      if (m.index === 0 || !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index)) || UNSPACED_START.test(m[0])) {
        if (this.#isGlobal) this.lastIndex = inner.lastIndex;
        return m;
      }
      inner.lastIndex = m.index + 1;
    }
    if (this.#isGlobal) this.lastIndex = 0;
    return null;
  }
}
