/**
 * Quote-mark scanning for one paragraph. Knows “ ” " " ‘ ’ ' « » ‹ › „ “ ‚ ‘ 「 」 『 』, the Swedish and Finnish
 * ” ” and » », the Hebrew ״ ״, and tells apostrophes from quotes:
 *
 *     don't · it’s · ’90s · rock ’n’ roll · the Joneses’ house · 'tis    → apostrophes
 *     ‘mundur atau mati’ · 'tidak berhenti' · „Ja“ · «Oui»              → quotes
 */

export interface Span {
  /** Offsets within the paragraph text. */
  readonly start: number;
  /** Just past the closing mark, or the paragraph end when the quote does not close here. */
  readonly end: number;
  readonly open: string;
  readonly closed: boolean;
  /** Quotes nested inside this one. */
  readonly nested: readonly { start: number; end: number }[];
}

const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”“', '„': '“”', '«': '»', '‹': '›', '»': '«»', '›': '‹›', '「': '」', '『': '』', '‘': '’‘', '‚': '‘’', '"': '"', "'": "'’", '”': '”',
  '״': '״',
};
const OPENERS = new Set(Object.keys(CLOSERS));
/** Every character the scanner acts on: openers, closers and apostrophes (global: the scanner jumps with it). */
const MARK_CHARS = /["'“”‘’«»‹›„‚「」『』״]/g;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const HEBREW = /\p{Script=Hebrew}/u;
/** Letters of scripts with no apostrophes, where a particle follows the closing mark (`‘…’을`, Korean). */
const NO_APOSTROPHE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A letter or digit after a closing single mark makes it an apostrophe, except a particle of those scripts. */
const wordAfter = (c: string | undefined) => isWordChar(c) && !NO_APOSTROPHE.test(c!);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\-–—/:;,…]|[“"‘«‹„「『*_]/u.test(c);

/** A Markdown dump's image placeholder right before a mark (`\[img.3\]`, `[foto-2]`). */
/** An image placeholder of a Markdown dump (`\\[img.3\\]`, `[img.3]`), as a pattern's source. */
export const IMAGE_PLACEHOLDER = String.raw`\\?\[(?:img|image|gambar|foto|photo|video)[ ._-]?\d*\\?\]`;
const PLACEHOLDER_BEFORE = new RegExp(`${IMAGE_PLACEHOLDER}$`, 'i');

/** Marks that can both open and close and may be apostrophes. */
const SINGLE = new Set(["'", '‘', '’', '‚']);

/** Elisions that start with an apostrophe: ’90s, ’n’, 'tis, 'em, 'twas, ’cause. */
const ELISION = /^(?:\d\d?s?\b|n['’]|tis\b|twas\b|em\b|cause\b|til\b|bout\b|round\b)/i;

/** Could a closing single mark for an opener at `from` come later in the text? */
function closableSingle(text: string, from: number, closers: string): boolean {
  for (let i = from + 1; i < text.length && i < from + 2000; i++) {
    const c = text[i]!;
    if (closers.includes(c) && !/\s/.test(text[i - 1]!) && !wordAfter(text[i + 1])) return true;
  }
  return false;
}

/**
 * Whether a `‘` quote open at `from` closes later with a `’` (one not between letters) before another `‘` opens:
 * then the `’` at `from` was an apostrophe (`‘… the buses’ drivers …,’`), not the closing mark
 * (`‘Not the buses’ he added, ‘or the trains.’`).
 */
function closesLater(text: string, from: number): boolean {
  for (let i = from + 1; i < text.length && i < from + 2000; i++) {
    const c = text[i];
    if (c === '‘') return false;
    if (c === '’' && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]))) return true;
  }
  return false;
}

/** How a paragraph's scan starts and what it may look ahead at. */
export interface ScanOptions {
  /** The opening mark of a quote that runs on from the line before (a hard-wrapped paragraph): the scan starts inside it. */
  readonly continuing?: string;
  /** The rest of a hard-wrapped paragraph after this line, read only to see whether a quote opened here closes later. */
  readonly following?: () => string;
}

interface Open { mark: string; start: number; nested: { start: number; end: number }[] }

/**
 * Finds the outermost quotations in a paragraph (or one line of a hard-wrapped paragraph, see `ScanOptions`).
 * A quote continued from the line before is the first span, starting at 0.
 */
export function scanQuotes(text: string, options: ScanOptions = {}): Span[] {
  const spans: Span[] = [];
  const stack: Open[] = options.continuing ? [{ mark: options.continuing, start: 0, nested: [] }] : [];
  // Look-ahead checks read on into the rest of a wrapped paragraph, built once and only when needed.
  let ahead: string | undefined;
  const rest = () => (ahead ??= options.following ? text + '\n' + options.following() : text);
  const n = Math.min(text.length, 1_000_000);
  // Jump from mark to mark: most characters of a paragraph are not quote marks.
  for (let i = 0; i < n; i++) {
    MARK_CHARS.lastIndex = i;
    const found = MARK_CHARS.exec(text);
    if (!found || found.index >= n) break;
    i = found.index;
    const c = text[i]!;
    // Markdown escapes (`\"`) are transparent: the character before the backslash decides.
    const escaped = i > 0 && text[i - 1] === '\\';
    let prev = escaped ? (i > 1 ? text[i - 2] : undefined) : i > 0 ? text[i - 1] : undefined;
    // An image placeholder glued to the paragraph (`\[img.3\]\"Dulu …`) stands where a space would.
    if (prev === ']' && PLACEHOLDER_BEFORE.test(text.slice(Math.max(0, i - 24), escaped ? i - 1 : i))) prev = ' ';
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    const top = stack[stack.length - 1];

    // Hebrew writes acronyms with a gershayim or a straight double mark between letters: מנכ״ל, יו"ר.
    if ((c === '״' || c === '"' && HEBREW.test(prev ?? '')) && isWordChar(prev) && isWordChar(next)) continue;
    // Inch marks and feet: 5'10", 12" screen.
    if ((c === '"' || c === "'") && prev !== undefined && /\d/.test(prev) && !isWordChar(next) && (!top || top.mark !== c)) continue;

    if (SINGLE.has(c) || c === "'") {
      // Between letters: don't, it’s, Jum'at.
      if (isWordChar(prev) && wordAfter(next)) continue;
      // Elision after a space: ’90s, ’n’ roll, 'tis.
      if ((c === '’' || c === "'") && isSpaceOrStart(prev) && ELISION.test(text.slice(i + 1, i + 6))) {
        if (/^n['’]/i.test(text.slice(i + 1, i + 3))) i += 2;
        continue;
      }
    }

    // Closing the innermost open quote?
    if (top && CLOSERS[top.mark]!.includes(c) && !(c === top.mark && isSpaceOrStart(prev) && isWordChar(next) && c !== '"' && c !== '״')) {
      const looksClosing = c === '"' || c === '״' ? !isSpaceOrStart(prev) || !isWordChar(next) : true;
      // `‘… since the Smiths’ boat sank,’`: a plural possessive inside a single quote, when the quote closes later.
      // Curly marks only: straight ones quote commands and code (`run 'hg heads' to see heads, 'hg merge' to merge`).
      const possessive = c === '’' && top.mark === '‘' && (prev === 's' || prev === 'S') && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))
        && closesLater(rest(), i);
      if (looksClosing && !possessive && !(SINGLE.has(c) && (prev === undefined || /\s/.test(prev)))) {
        stack.pop();
        if (stack.length === 0) spans.push({ start: top.start, end: i + 1, open: top.mark, closed: true, nested: top.nested });
        else stack[stack.length - 1]!.nested.push({ start: top.start, end: i + 1 });
        continue;
      }
    }
    // Possessive plural: the Joneses’ house (no single quote open).
    if ((c === '’' || c === "'") && isWordChar(prev)) continue;

    if (OPENERS.has(c)) {
      // Curly double marks, guillemets and corner brackets open after anything (Chinese has no space before “);
      // straight and single marks only after a space or punctuation.
      if (!isSpaceOrStart(prev) && (c === '"' || c === "'" || c === '‘' || c === '‚' || c === '״')) continue;
      // `”Vi flyttade hit”` (Swedish, Finnish): the closing mark opens only where an opening one stands, before a
      // word, with its twin ahead, or opening the paragraph (a quotation over paragraphs closes only in the last).
      if (c === '”' && (!isSpaceOrStart(prev) || !isWordChar(next) || i > 0 && rest().indexOf('”', i + 1) < 0)) continue;
      if (next === undefined || /\s/.test(next) && c !== '«' && c !== '‹') continue;
      // A single mark opens only if it closes in this paragraph, or (‘ at the start, after a colon or opening a
      // sentence, before a capital) if it is the opening of speech that runs on: `said: ‘We were told to wait …`,
      // `… looked at the damage. ‘Our terrace is gone. …`; a straight one only after a colon, before a capital
      // (`She added: 'We wanted …`).
      const speechStart = c === '‘' ? prev === undefined || /[:：]\s*$/.test(text.slice(Math.max(0, i - 3), i))
        || (/[.!?]\s+$/.test(text.slice(Math.max(0, i - 3), i)) && /^\p{Lu}/u.test(next))
        : c === "'" && /:\s+$/.test(text.slice(Math.max(0, i - 3), i)) && /^\p{Lu}/u.test(next) && !ELISION.test(text.slice(i + 1, i + 6));
      if ((SINGLE.has(c) || c === "'") && !speechStart && !closableSingle(rest(), i, CLOSERS[c]!)) continue;
      if (c === '‘' && ELISION.test(text.slice(i + 1, i + 6))) continue;
      // `»Das Wasser kam«` (German, Danish), `»Vi har inte råd»` (Swedish): reversed guillemets open only before a
      // word and with a closer ahead.
      if ((c === '»' || c === '›') && (!isWordChar(next) || ![...CLOSERS[c]!].some((m) => rest().indexOf(m, i + 1) >= 0))) continue;
      if ((c === '"' || c === '״') && stack.length && rest().indexOf(c, i + 1) < 0) continue;
      // `\"` in Markdown: the span starts at the backslash.
      const start = escaped ? i - 1 : i;
      stack.push({ mark: c, start, nested: [] });
    }
  }
  if (stack.length) {
    const outer = stack[0]!;
    const inner = stack.slice(1).map((o) => ({ start: o.start, end: text.length }));
    spans.push({ start: outer.start, end: text.length, open: outer.mark, closed: false, nested: [...outer.nested, ...inner] });
  }
  return spans;
}

/** `»` opening a paragraph before its words: the Spanish `comillas de seguir` of a quotation opened with `«`. */
const FOLLOW_ON = /^([\s>*_]*)»(?=\s*\p{L})/u;

/**
 * Whether a paragraph (`text`) goes on with a quotation that the paragraph before left open with `mark`: it opens
 * with the same mark (`“`, `«`, `„`), or with `»` after `«`, as Spanish continues a quotation over paragraphs.
 */
export function continuesQuote(mark: string, text: string): boolean {
  const lead = leadingMark(text);
  return lead === mark || (lead === null && mark === '«' && FOLLOW_ON.test(text));
}

/** `text` with a leading `»` of a continued quotation (see `continuesQuote`) blanked, for a scan inside the quote. */
export function withoutFollowOn(text: string): string {
  return text.replace(FOLLOW_ON, '$1 ');
}

/** The opening mark a paragraph starts with (after Markdown emphasis or quote markers), or null. */
export function leadingMark(text: string): string | null {
  const m = /^[\s>*_]*(\\?)(["“„«‹「『‘'”״])/.exec(text);
  return m ? m[2]! : null;
}
