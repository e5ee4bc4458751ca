import { forEachWordStart } from './words';

/**
 * A list of phrases found case-insensitively as whole words: what `(?<![\p{L}\p{N}])(?:p1|p2|…)(?![\p{L}\p{N}])`
 * with the flags `iu` finds, several times faster for long lists.
 *
 * V8 tries every alternative of an alternation at every word start, and the speech-verb list of all languages
 * has hundreds. Here a phrase is tried only where a word starts, and only the phrases that open with the same
 * ASCII letters as that word (compared in lower case, found by a hash) are tried there, with a sticky
 * expression of those alternatives in their order, so the phrase chosen is the one the big expression chooses.
 */

/** What only a letter-matching class or escape can be: phrases must be literal text (see the constructor). */
const LETTER_CLASS = /(?<!\\)\.|\\[wWSDpPbB]|\[\^/;

export interface PhraseMatch {
  readonly index: number;
  /** The text matched. */
  readonly text: string;
}

const END = '(?![\\p{L}\\p{N}])';
const FOLDS_TO_ASCII = /^[a-z]$/iu;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

interface Group { readonly key: string; readonly alternatives: string[]; re?: RegExp }

/** A hash of the ASCII letters `text[from, to)`, lower case. */
function leadHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

export class PhraseList {
  /** The lookbehind form: what this list finds (tests compare with it). */
  readonly pattern: RegExp;
  readonly #alternatives: readonly string[];
  /**
   * The phrases by the ASCII letters they open with, lower case (`said`, `a` for `a déclaré`, `pr` for
   * `précise-t-il`), compiled on first use: a word that opens no phrase costs a lookup.
   */
  readonly #byLead = new Map<number, Group[]>();
  /** By a letter outside ASCII that starts a word: the phrases whose first letter matches it case-insensitively. */
  readonly #byChar = new Map<string, RegExp | null>();
  /** The whole list, for the rare word the groups cannot place. */
  #all: RegExp | null | undefined;

  /**
   * `alternatives` are phrases written as regular-expression sources of literal text (letters, `\s+` between
   * words, `['’]` for an apostrophe, escaped punctuation), in the order the alternation tries them: nothing in
   * them but a letter matches a letter, which is what lets a word's letters pick the phrases to try.
   */
  constructor(alternatives: readonly string[]) {
    for (const a of alternatives) {
      if (!/^\p{L}/u.test(a)) throw new Error(`PhraseList: a phrase must start with a letter: ${a}`);
      if (LETTER_CLASS.test(a)) throw new Error(`PhraseList: a phrase must be literal text: ${a}`);
      const lead = /^[a-z]*/i.exec(a)![0];
      // A word in the text opens with the same ASCII letters as the phrase it starts, unless the phrase has a
      // letter there that a case-insensitive match takes for an ASCII one (the long s, the Kelvin sign).
      const after = String.fromCodePoint(a.codePointAt(lead.length) ?? 32);
      if (after.charCodeAt(0) > 127 && FOLDS_TO_ASCII.test(after)) {
        throw new Error(`PhraseList: a phrase has a letter that matches an ASCII one: ${a}`);
      }
      if (!lead) continue;
      const key = lead.toLowerCase();
      const hash = leadHash(key, 0, key.length);
      const groups = this.#byLead.get(hash) ?? [];
      let group = groups.find((g) => g.key === key);
      if (!group) groups.push((group = { key, alternatives: [] }));
      group.alternatives.push(a);
      this.#byLead.set(hash, groups);
    }
    this.#alternatives = alternatives;
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${END}`, 'giu');
  }

  #compile(list: readonly string[]): RegExp | null {
    return list.length ? new RegExp(`(?:${list.join('|')})${END}`, 'iuy') : null;
  }

  /** Phrases whose first letter a case-insensitive match takes for `char` (outside ASCII; `ſ` is an `s`). */
  #char(char: string): RegExp | null {
    let re = this.#byChar.get(char);
    if (re === undefined) {
      re = this.#compile(this.#alternatives.filter((a) => new RegExp(`^${String.fromCodePoint(a.codePointAt(0)!)}$`, 'iu').test(char)));
      this.#byChar.set(char, re);
    }
    return re;
  }

  /** The length of the phrase starting at `at`, where a word starts, or -1. */
  #at(text: string, at: number): number {
    let re: RegExp | null | undefined;
    if (text.charCodeAt(at) < 128) {
      let end = at;
      while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
      if (end === at) return -1;
      const next = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
      if (next.charCodeAt(0) > 127 && FOLDS_TO_ASCII.test(next)) {
        // The word goes on with a letter that matches an ASCII one (`ſ`): its ASCII letters do not say which phrase.
        re = this.#all ??= this.#compile(this.#alternatives);
      } else {
        // A hash of the letters first: most words open no phrase, and they are left without a string made.
        const groups = this.#byLead.get(leadHash(text, at, end));
        if (!groups) return -1;
        const key = text.slice(at, end).toLowerCase();
        const group = groups.find((g) => g.key === key);
        if (!group) return -1;
        re = group.re ??= this.#compile(group.alternatives)!;
      }
    } else {
      re = this.#char(String.fromCodePoint(text.codePointAt(at)!));
    }
    if (!re) return -1;
    re.lastIndex = at;
    return re.test(text) ? re.lastIndex - at : -1;
  }

  /** Every match in order, none overlapping (as repeated `exec` with the global flag finds them). */
  matches(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    forEachWordStart(text, (start) => {
      const length = this.#at(text, start);
      if (length < 0) return start;
      out.push({ index: start, text: text.slice(start, start + length) });
      return start + length;
    });
    return out;
  }

  /** The first match, or undefined. */
  first(text: string): PhraseMatch | undefined {
    let found: PhraseMatch | undefined;
    forEachWordStart(text, (start) => {
      if (found) return text.length;
      const length = this.#at(text, start);
      if (length < 0) return start;
      found = { index: start, text: text.slice(start, start + length) };
      return text.length;
    });
    return found;
  }

  /** The last match (of those `matches` finds), or undefined. */
  last(text: string): PhraseMatch | undefined {
    const all = this.matches(text);
    return all[all.length - 1];
  }

  /** The phrase the text starts with (`^(?:…)(?![\p{L}\p{N}])`), or undefined. */
  atStart(text: string): string | undefined {
    if (!text) return undefined;
    const length = this.#at(text, 0);
    return length < 0 ? undefined : text.slice(0, length);
  }
}
