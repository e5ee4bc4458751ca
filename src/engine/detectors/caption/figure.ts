import type { LineInfo } from '../../document';
import type { Detector } from '../types';

/** A footnote mark an encyclopedia puts after a claim: `[12]`, `[a]`, `[note 3]`, `[n 3]`. */
const CITE = /\[(?:\d{1,3}|[a-z]|note \d{1,3}|n \d{1,3})\]/;
/** Paragraphs with footnote marks that make a text an encyclopedia's article. */
export const MIN_CITED = 8;
/** Words of a paragraph counted as one of the article's cited paragraphs. */
const CITED_WORDS = 20;

const MAX_CAPTION_WORDS = 45;
const MIN_CAPTION_WORDS = 3;
/** `Main article: …`, `See also: …`: a section's hatnote, not a picture's caption. */
const HATNOTE = /^(?:main articles?|see also|further information|further|related articles?)\s*:/i;
/** A lead-in to a list, maybe with its footnote marks: `… sources of income were:[10]`. */
const LEAD_IN = /[:：](?:\[[^\]]{1,24}\])*$/;
const SENTENCE_END = /[.!?]["”’)]*$/;

/** Whether a line reads as one of an encyclopedia's cited paragraphs, by its text alone (rules aside). */
export function citedText(t: string): boolean {
  return t.includes('[') && CITE.test(t) && t.trim().split(/\s+/).length >= CITED_WORDS;
}

/**
 * The part a line's text alone gives it for this rule: a cited paragraph, a caption's shape, a list's lead-in, or
 * none. An edit that keeps it changes no figure's caption (the incremental analysis reads it).
 */
export function figureRole(l: LineInfo): 'cited' | 'caption' | 'caption-sentence' | 'lead-in' | 'none' {
  if (l.blank) return 'none';
  if (citedLine(l)) return 'cited';
  if (LEAD_IN.test(l.t)) return 'lead-in';
  // (A sentence's end decides a run of several such lines.)
  return !captionShape(l) ? 'none' : SENTENCE_END.test(l.t) ? 'caption-sentence' : 'caption';
}

/** One of an encyclopedia's cited paragraphs: long enough, with a footnote mark. */
const citedLine = (l: LineInfo) => l.wordCount >= CITED_WORDS && l.t.includes('[') && CITE.test(l.t);

/** A caption's shape, its neighbours aside (see `figure`). */
function captionShape(l: LineInfo): boolean {
  if (l.block !== 'text' || l.wordCount < MIN_CAPTION_WORDS || l.wordCount > MAX_CAPTION_WORDS) return false;
  if (CITE.test(l.t) || l.t.startsWith('^') || LEAD_IN.test(l.t) || HATNOTE.test(l.t)) return false;
  return /[.!?,\d]/.test(l.t) || l.wordCount >= 7;
}

/**
 * An encyclopedia article copied from the browser, a blank line between blocks: the captions of its figures stand alone
 * between its paragraphs, which carry footnote marks (`… in 1769.[12]`) while the captions carry none.
 *
 *     … as Cook charted the coast in 1769.[31]                         ← cited paragraph
 *     A meeting of European and Māori inhabitants … Engraving, 1863.   ← here
 *     New Zealand became a separate colony on 1 July 1841.[46] …      ← cited paragraph
 *
 * Taken only where a cited paragraph follows (a section's last lines, lists, references and the infobox before the
 * first cited paragraph stay), not after a lead-in ending in a colon (the article's list), and not a line of a
 * heading's shape (a digit, a comma, a sentence's end or seven words make a caption's). Several such lines in a row
 * (a map's legend, two portraits) are captions only when none ends a sentence: a short paragraph of the article may
 * follow a caption.
 */
export const figure: Detector = {
  id: 'caption/figure',
  description: "Captions of an encyclopedia's figures, between its paragraphs with footnote marks",
  kind: 'caption',
  categories: ['figure'],
  detect({ infos, flagged, reportLine, adjacentAfterStrip }) {
    const cited = (k: number) => k >= 0 && k < infos.length && !infos[k]!.blank && !flagged.has(k) && citedLine(infos[k]!);
    let first = -1, last = -1, count = 0;
    for (let k = 0; k < infos.length; k++) {
      if (!cited(k)) continue;
      if (first < 0) first = k;
      last = k;
      count++;
    }
    if (count < MIN_CITED) return;
    // (Lines other rules took are read as gone, as they will be once stripped: cleaning twice takes nothing more.)
    const kept = (k: number) => !infos[k]!.blank && !flagged.has(k);
    const candidate = (k: number): boolean => kept(k) && captionShape(infos[k]!) && !adjacentAfterStrip(k, -1) && !adjacentAfterStrip(k, 1);
    const nextKept = (k: number) => { let j = k + 1; while (j < infos.length && !kept(j)) j++; return j; };
    let previous = first;
    for (let i = nextKept(first); i < last; ) {
      if (!candidate(i)) { previous = i; i = nextKept(i); continue; }
      const run: number[] = [];
      let j = i;
      for (; j < last && candidate(j); j = nextKept(j)) run.push(j);
      const lines: LineInfo[] = run.map((k) => infos[k]!);
      if (cited(j) && !LEAD_IN.test(infos[previous]!.t) && (run.length === 1 || !lines.some((l) => SENTENCE_END.test(l.t)))) {
        for (const k of run) reportLine(k, 'caption', 'figure', `Caption between the article's paragraphs with footnote marks (it has none)`, 0.6);
      }
      previous = run[run.length - 1]!;
      i = j;
    }
  },
};
