/**
 * Word scanning by character class instead of a Unicode regex: every line of every document is tokenised,
 * and a table lookup per character is several times faster than `\p{L}` matching.
 *
 * A word is a letter or digit followed by letters, digits and combining marks, where `'`, `’`, `-` and `.`
 * join two parts when a letter or digit follows them (`don't`, `well-known`, `U.S`, `3.5`).
 */

const LETTER = 1; // \p{L} or \p{N}
const MARK = 2; // \p{M}
const OTHER = 3;

/** Class of each UTF-16 code unit, filled on first sight (0 = not yet known). */
const CLASS = new Uint8Array(65536);
const LETTER_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;

function classify(s: string): number {
  return LETTER_RE.test(s) ? LETTER : MARK_RE.test(s) ? MARK : OTHER;
}

/** Class of the character at `i` and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    // ASCII inline: letters and digits.
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LETTER : OTHER;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2));
  }
  let k = CLASS[c]!;
  if (k === 0) CLASS[c] = k = classify(String.fromCharCode(c));
  return k;
}

/**
 * Where each word (a run of letters and digits) of `text` starts, as `(?<![\p{L}\p{N}])[\p{L}\p{N}]` finds them:
 * `visit` is called with each start in order and returns where to go on from (a match it found may cover
 * several words).
 */
export function forEachWordStart(text: string, visit: (start: number) => number): void {
  const n = text.length;
  let inWord = false;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    // ASCII inline (most characters of most texts): letters and digits.
    const ascii = c < 128;
    const letter = ascii ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : classAt(text, i) === LETTER;
    if (letter && !inWord) {
      const next = visit(i);
      if (next > i) { i = next; inWord = false; continue; }
    }
    inWord = letter;
    i += ascii ? 1 : width(text, i);
  }
}

const width = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
};

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46;

/**
 * Writes the boundaries of each word of `text` into `out` (start, end, start, end, …) and returns the number
 * of words. `out` is reused across calls, so scanning every line of a document allocates nothing per word.
 * Linear in the text's length.
 */
export function wordBounds(text: string, out: number[]): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (classAt(text, i) !== LETTER) { i += width(text, i); continue; }
    const start = i;
    i += width(text, i);
    while (i < n) {
      const k = classAt(text, i);
      if (k === LETTER || k === MARK) { i += width(text, i); continue; }
      if (isJoiner(text.charCodeAt(i)) && i + 1 < n && classAt(text, i + 1) === LETTER) { i += 1; continue; }
      break;
    }
    out[2 * count] = start;
    out[2 * count + 1] = i;
    count++;
  }
  return count;
}

/** `'`, `’`, `.`, `-`, `@`, `_`: go on inside a name token (`O’Brien`, `U.S.`, `al-Sisi`, `@handle_x`). */
const isNamePart = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 64 || c === 95;

/**
 * The tokens a global Unicode regex `[\p{L}\p{M}\p{N}@][\p{L}\p{M}\p{N}'’.\-@_]*` finds, without the regex:
 * `visit(start, end)` is called for each in order. Name spotting reads every word around every quote, and most
 * words are passed over on their first letter, before any string is made of them.
 */
export function forEachNameToken(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classAt(text, i) === OTHER && text.charCodeAt(i) !== 64) { i += width(text, i); continue; }
    const start = i;
    i += width(text, i);
    while (i < n && (classAt(text, i) !== OTHER || isNamePart(text.charCodeAt(i)))) i += width(text, i);
    visit(start, i);
  }
}
