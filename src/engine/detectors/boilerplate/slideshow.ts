import type { LineInfo } from '../../document';
import type { Detector } from '../types';

// `13/50 Bakery chain to close ten shops`, `8/50 Is the housing boom over?`: a slide's number, the slideshow's size, a title.
const TITLED_COUNTER = /^(\d{1,3})\s*\/\s*(\d{1,3})\s+(\S+)/;
// `3/4 cup sugar`, `1/8 teaspoon salt`: a recipe's fraction, not a slide.
const UNIT = /^(?:cups?|tsp|tbsp|teaspoons?|tablespoons?|inch(?:es)?|miles?|pounds?|lbs?|oz|ounces?|kg|g|grams?|l|litres?|liters?|ml|gelas|sendok|cangkir|taza|tasse|tasses|tazza|kopje|Tasse|Tassen)\b/i;
/** At most this many lines between two counters make one slide (text and credit); more is article text. */
const MAX_SLIDE_LINES = 6;
/** Prose paragraphs on both sides of the slideshow show an article around it. */
const PROSE_WORDS = 15;
const MIN_PROSE_OUTSIDE = 3;

export interface Counter { readonly index: number; readonly n: number; readonly of: number }

/**
 * A slide counter glued to its title: slide n of at least five, a title that reads as a headline (a question
 * or an exclamation at most, never a sentence ending in a full stop: `1/50 of the vote was counted.`).
 */
export function titledCounter(info: LineInfo): Counter | undefined {
  if (info.blank || info.wordCount > 16 || /[.:;…]$/.test(info.t)) return undefined;
  const m = TITLED_COUNTER.exec(info.t);
  if (!m || UNIT.test(m[3]!)) return undefined;
  const n = Number(m[1]);
  const of = Number(m[2]);
  return n >= 1 && n <= of && of >= 5 ? { index: info.line.index, n, of } : undefined;
}

/** Runs of counters numbered one after another with the same total (`12/50`, `13/50`, `14/50`). */
function runsOf(counters: readonly Counter[]): Counter[][] {
  const runs: Counter[][] = [];
  let run: Counter[] = [];
  for (const c of counters) {
    const last = run[run.length - 1];
    if (last && c.of === last.of && c.n === last.n + 1) run.push(c);
    else {
      if (run.length) runs.push(run);
      run = [c];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= 3);
}

/** Non-blank lines strictly between two line indexes. */
function between(infos: readonly LineInfo[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = infos[from]!.next; j >= 0 && j < to; j = infos[j]!.next) out.push(j);
  return out;
}

/** A paragraph of prose as the slideshow rule counts the article around a slideshow. */
export const isProse = (info: LineInfo) => info.terminal && info.wordCount >= PROSE_WORDS;

/**
 * A slideshow whose slides carry their own titles (`13/50 Bakery chain to close ten shops`) is a gallery of other stories
 * (`The week in pictures`) dropped into the article: each slide's text and credit go with its counter.
 * When the slideshow is the article (a gallery with an introduction) its slides stay.
 */
export const slideshow: Detector = {
  id: 'boilerplate/slideshow',
  description: 'Slides of a titled slideshow embedded in an article',
  kind: 'boilerplate',
  categories: ['slideshow'],
  detect({ infos, cues, reportLine }) {
    const counters: Counter[] = [];
    for (const info of infos) {
      const c = titledCounter(info);
      if (c) counters.push(c);
    }
    if (counters.length < 3) return;
    const runs = runsOf(counters);
    if (!runs.length) return;
    // Prose paragraphs up to each line, counted once: a document may hold thousands of slideshows.
    const proseBefore = new Int32Array(infos.length + 1);
    for (let i = 0; i < infos.length; i++) proseBefore[i + 1] = proseBefore[i]! + (isProse(infos[i]!) ? 1 : 0);
    for (const run of runs) {
      const slides: number[][] = [];
      for (let k = 0; k + 1 < run.length; k++) {
        const lines = between(infos, run[k]!.index, run[k + 1]!.index);
        if (lines.length <= MAX_SLIDE_LINES) slides.push(lines);
      }
      // The last slide has no counter after it: it takes a text like the others, then a short credit line at most.
      const last = run[run.length - 1]!;
      const tail: number[] = [];
      const first = infos[last.index]!.next;
      if (first >= 0 && !titledCounter(infos[first]!)) {
        tail.push(first);
        const second = infos[first]!.next;
        if (second >= 0 && !infos[second]!.terminal && infos[second]!.wordCount <= 5 && !/^\d/.test(infos[second]!.t)) tail.push(second);
      }
      slides.push(tail);
      const inside = new Set(slides.flat());
      const start = run[0]!.index;
      const end = Math.max(last.index, ...tail);
      // A gallery article (an introduction, then the slides) keeps its slides: the article must go on after them.
      const before = proseBefore[start]!;
      const after = proseBefore[infos.length]! - proseBefore[end + 1]!;
      if (after === 0 || before + after < MIN_PROSE_OUTSIDE) continue;
      // Its heading (`The week in pictures`), and a repeat of it, right above the first slide.
      for (let j = infos[start]!.prev, k = 0; j >= 0 && k < 2; j = infos[j]!.prev, k++) {
        const info = infos[j]!;
        if (info.terminal || info.wordCount > 8 || !cues.galleryWord.test(info.t)) break;
        inside.add(j);
      }
      for (const index of inside) {
        reportLine(index, 'boilerplate', 'slideshow', `Slide of the slideshow \`${run[0]!.n}/${run[0]!.of}\`–\`${last.n}/${last.of}\` (another story's picture, text or credit)`, 0.9);
      }
    }
  },
};
