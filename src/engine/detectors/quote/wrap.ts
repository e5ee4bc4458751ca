/**
 * Hard-wrapped paragraphs: an email, a plain-text dump or a Markdown file wrapped at 72 or 80 columns puts one
 * paragraph on several adjacent lines, and a quotation often runs over the break:
 *
 *     "We will rebuild the bridge, because the people who cross it every day have
 *     waited long enough," said Maria Lopez, the council's chair.
 *
 * Scraped text puts one paragraph on each line instead, often with no blank line between them, so adjacent
 * lines alone say nothing. A block reads as wrapped when its lines look like the work of a wrapping editor.
 */

/** Width bounds of wrapped lines (the last line of a paragraph may be shorter). */
export const WRAP_MIN = 40;
export const WRAP_MAX = 100;

/**
 * A block of more adjacent lines than this is a list or a dump (scraped text without blank lines), never one
 * paragraph: its lines are looked at no further, so a document of glued lines costs no walk over all of them.
 */
export const MAX_PARAGRAPH_LINES = 200;

const LOWER_START = /^\p{Ll}/u;
const SENTENCE_END = /[.!?。！？…]["'”’»›」』)\]*_]*$/u;

/** Length of the first word of `t` (up to the first space). */
function firstWordLength(t: string): number {
  const space = t.search(/\s/);
  return space < 0 ? t.length : space;
}

/**
 * Whether the trimmed, adjacent lines `texts` are one hard-wrapped paragraph: every line at most `WRAP_MAX`
 * long and every line but the last at least `WRAP_MIN`; at least half of the lines but the last run on
 * without ending a sentence; and at least two thirds of those breaks inside a sentence look like a wrap's:
 * where a greedy wrap would put them (the next line's first word would not have fit within the block's longest
 * line), or before a line that goes on in lower case (a paragraph edited after it was wrapped). A run of
 * headlines fails the last test: their lengths vary, and each starts with a capital.
 */
export function isWrappedParagraph(texts: readonly string[]): boolean {
  const breaks = texts.length - 1;
  if (breaks < 1) return false;
  let width = 0;
  for (const t of texts) {
    if (t.length > WRAP_MAX) return false;
    if (t.length > width) width = t.length;
  }
  let runOn = 0;
  let wraps = 0;
  for (let k = 0; k < breaks; k++) {
    const t = texts[k]!;
    if (t.length < WRAP_MIN) return false;
    // A break after a full stop says nothing: a paragraph of one-line sentences has those too.
    if (SENTENCE_END.test(t)) continue;
    runOn++;
    const next = texts[k + 1]!;
    if (t.length + 1 + firstWordLength(next) > width || LOWER_START.test(next)) wraps++;
  }
  return 2 * runOn >= breaks && 3 * wraps >= 2 * runOn;
}
