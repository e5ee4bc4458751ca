/**
 * Person-name spotting without a dictionary: runs of capitalised words (`Rudi Hartono`,
 * `Staf Umum Ukraina`), joined by particles (`bin`, `van`, `de`, `al-`).
 */

import { forEachNameToken } from '../../text/words';

export interface NameRun {
  readonly name: string;
  /** Offsets within the searched text. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

// Not `di`: the Indonesian and Italian `at` / `of` (`Sri Mulyani di Jakarta`, `sindaco di Roma`) far outnumbers it in names.
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'da', 'dos', 'das', 'del', 'la', 'le', 'al', 'el', 'ibn', 'ter', 'du']);
/** Particles that open a surname written alone (`Van Dalen`), unlike sentence-opening `De` or `La`. */
const SURNAME_PARTICLES = new Set(['van', 'von', 'ter', 'ten']);
/** Particles that open a surname written alone only within a sentence (`zei De Vries`, `secondo De Luca`). */
const MID_SENTENCE_PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dos', 'du', 'le', 'la']);

/**
 * Whether the particle `lower` at `start` opens a surname: after a word in lower case or a comma, or
 * (`de` only) where the searched text starts, often just after a speech verb (`zei De Vries`: the search reads
 * `De Vries …`).
 */
function opensSurname(text: string, start: number, lower: string): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 0) return lower === 'de';
  if (i === start - 1) return false;
  if (text[i] === ',') return true;
  // (After a sentence's full stop it opens the sentence: `… sembilan. Di Program Studi …` is Indonesian `in`.)
  if (!/[\p{L}\p{M}'’-]/u.test(text[i]!)) return false;
  // The word before is in lower case (`zei De Vries`), not a capitalised name (`Zwembad De Golfslag`).
  let w = i;
  while (w > 0 && /[\p{L}\p{M}'’-]/u.test(text[w - 1]!)) w--;
  return w < i + 1 && /\p{Ll}/u.test(text[w]!);
}

/** `L’élu`, `D’après`, `Qu’il`: a capital, an apostrophe and a lower-case word. */
const ELIDED = /^(?:\p{Lu}|Qu)['’]\p{Ll}/u;
function capitalised(word: string): boolean {
  if (word.startsWith('@') && word.length > 1) return true;
  const first = word[0]!;
  if (first === first.toLowerCase() || /\d/.test(first)) return false;
  // An elided article or pronoun opening a sentence is no name (`L’élu rappelle`, `Qu’il`); `D’Alema`, `O’Brien` are.
  if (ELIDED.test(word)) return false;
  // ALL-CAPS words longer than three letters are shouting or acronyms of bodies, not names.
  if (word.length <= 3 || word !== word.toUpperCase()) return true;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return !(letters.length > 3 && letters === letters.toUpperCase());
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** Capitalised runs in `text`, in order. `stop` words never start a run (sentence-initial `The`, `Dan`). */
/** `D-Lakeview`, `R-Mill`: a US lawmaker's party and district after their name. */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;

/** Given names that stopword lists hold as words (`bill`, `will`). */
const GIVEN_NAMES = new Set(['bill', 'will']);

/**
 * `Kepindahan`, `Pembangunan`, `Persiapannya` opening a sentence: a noun derived with ke-…-an or pe-…-an (Indonesian),
 * no name, though the name after it (`Kepindahan Wellington ke …`) is. (Inside a sentence such a word opens a body's
 * field: `Dinas Koperasi dan Perdagangan Kota X`.)
 */
export const INDONESIAN_DERIVED_NOUN = /^(?:ke|pe|pem|pen|peng|peny|per|pel)\p{Ll}{3,}an(?:nya)?$/u;

/** Whether `start` opens a sentence of `text`: nothing but spaces, quote marks or brackets since a stop. */
function opensSentenceAt(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && /[\s"“”‘’'«»„(\[*_]/.test(text[i - 1]!)) i--;
  return i === 0 || /[.!?]/.test(text[i - 1]!);
}

export function nameRuns(text: string, stop: ReadonlySet<string>, sentenceStop?: RegExp): NameRun[] {
  const runs: NameRun[] = [];
  let cur: { start: number; end: number; parts: string[]; particles: number } | null = null;
  const flush = () => {
    if (cur && cur.parts.length > cur.particles) {
      // Trailing particles are not part of the name.
      while (cur.parts.length && PARTICLES.has(cur.parts[cur.parts.length - 1]!.toLowerCase())) cur.parts.pop();
      const name = cur.parts.join(' ').replace(/['’]s$/, '').replace(/[.,]$/, '');
      runs.push({ name, start: cur.start, end: cur.end, words: cur.parts.length });
    }
    cur = null;
  };
  let lastEnd = 0;
  /** Inside a US party-and-district tag (`R-Mill Creek`), whose words are a place's. */
  let inTag = false;
  forEachNameToken(text, (start, end) => {
    const c = text.charCodeAt(start);
    // A word opening in lower-case ASCII or a digit is no name: outside a run it needs no closer look.
    if (!cur && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) { lastEnd = end; inTag = false; return; }
    const token = text.slice(start, end);
    const word = token.endsWith('.') ? token.replace(/[.]+$/, '') : token;
    // A run continues only across plain spaces (not commas, colons or quote marks).
    const spaced = cur !== null || inTag ? onlySpaces(text, lastEnd, start) : false;
    if (cur && !spaced) flush();
    lastEnd = end;
    if ((token.charCodeAt(1) === 45 && PARTY_TAG.test(token)) || (inTag && spaced && capitalised(word))) {
      flush();
      inTag = true;
      return;
    }
    inTag = false;
    // The rupiah before an amount (`Honornya Rp 150.000`) is no name's word.
    if (word === 'Rp') { flush(); return; }
    const isCapitalised = capitalised(word);
    if (!isCapitalised && !cur) return;
    const lower = word.toLowerCase();
    // `Van Dalen`, `Von Trapp`: a surname's particle, capitalised when the surname stands alone, opens a run.
    if (isCapitalised && cur === null && (SURNAME_PARTICLES.has(lower) || (MID_SENTENCE_PARTICLES.has(lower) && word.length === token.length && opensSurname(text, start, lower)))) {
      cur = { start, end, parts: [word], particles: 1 };
      cur.end = start + word.length;
      return;
    }
    // A run opens on no stopword, save a given name the lists hold (`Bill`, `Will`) before a capitalised surname.
    if (isCapitalised && !(cur === null && ((stop.has(lower) && !(GIVEN_NAMES.has(lower) && /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))))
      || (sentenceStop?.test(lower) && opensSentenceAt(text, start))))) {
      if (!cur) cur = { start, end, parts: [], particles: 0 };
      // An initial keeps its full stop (`Stuart R. Kaplan`), as the text writes the name.
      const initial = word.length === 1 && token.length === 2;
      cur.parts.push(initial ? token : word);
      cur.end = start + (initial ? token : word).length;
      if (token.endsWith('.') && word.length > 2) flush(); // sentence end
    } else if (cur && PARTICLES.has(lower)) {
      cur.parts.push(word);
      cur.particles++;
    } else flush();
  });
  flush();
  return runs;
}
