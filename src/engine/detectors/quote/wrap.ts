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

const SENTENCE_END = /[.!?。！？…]["'”’»›」』)\]*_]*$/u;

/** Length of the first word of `t` (up to the first space). */
function firstWordLength(t: string): number {
  const space = t.search(/\s/);
  return space < 0 ? t.length : space;
}

/**
 * Whether the trimmed, adjacent lines `texts` are one hard-wrapped paragraph: every line at most `WRAP_MAX`
 * long and every line but the last at least `WRAP_MIN`; at least half of the lines but the last run on
 * without ending a sentence; and at least two thirds of the breaks are where a greedy wrap would put them
 * (the next line's first word would not have fit within the block's longest line). A run of headlines or of
 * short one-line paragraphs fails the last test: their lengths vary too much.
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
  let greedy = 0;
  for (let k = 0; k < breaks; k++) {
    const t = texts[k]!;
    if (t.length < WRAP_MIN) return false;
    if (!SENTENCE_END.test(t)) runOn++;
    if (t.length + 1 + firstWordLength(texts[k + 1]!) > width) greedy++;
  }
  return 2 * runOn >= breaks && 3 * greedy >= 2 * breaks;
}
