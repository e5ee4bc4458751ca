import { blankSeparated, type LineInfo } from '../../document';
import type { Detector } from '../types';
import { proseLine } from './outside-article';

/**
 * Headlines of other stories pasted from a sidebar: two or more title-like lines with no blank line
 * between them, in a document whose paragraphs are otherwise separated by blank lines.
 *
 *     Warga diminta meninggalkan bantaran sungai saat debit air naik …  ← no final punctuation
 *     Jembatan darurat DITUTUP karena arus 'terlalu deras' di hulu …   ← glued to the line above
 */
export function titleLike(info: LineInfo): boolean {
  return !info.blank && !info.terminal && info.wordCount >= 4 && info.wordCount <= 30 && info.block === 'text'
    && /^[‘'"“]?\p{Lu}/u.test(info.t) && !/[{}[\]<>$=;|\\#]|^\d+[.)]\s/.test(info.t);
}

/**
 * A row of the writer's own figures (`Původní rozpočet (2021): 3,2 mld. Kč`, `Total distance: 2,826 km`): a label, a
 * colon, and a short value with a number. Other stories' headlines put words after their colon.
 */
export function figureRow(t: string): boolean {
  const colon = Math.max(t.lastIndexOf(': '), t.lastIndexOf('：'));
  if (colon < 1) return false;
  const value = t.slice(colon + 1).trim();
  return /\d/.test(value) && value.split(/\s+/).length <= 5;
}

/** Categories of a menu's or a footer's entries. */
const MENU_CATEGORIES = new Set(['navigation', 'copyright', 'share']);

export const headlineRun: Detector = {
  id: 'boilerplate/headline-run',
  description: 'Runs of headlines of other stories wedged between paragraphs',
  kind: 'boilerplate',
  categories: ['related-link'],
  detect({ infos, flagged, reportLine }) {
    // A byline under a headline makes the article's own header, not a run of other stories' headlines.
    const headline = (k: number) => titleLike(infos[k]!) && flagged.get(k)?.category !== 'byline' && !figureRow(infos[k]!.t);
    // Only meaningful when the text separates paragraphs with blank lines.
    if (!blankSeparated(infos)) return;
    // Before the first paragraph of prose a run is the article's header (a kicker over the headline), or furniture
    // the article-span rule reads (see `outside-article`): other stories' headlines stand between paragraphs.
    let firstProse = 0;
    while (firstProse < infos.length && !proseLine(infos[firstProse]!)) firstProse++;
    // Lines other rules took are read as gone, as they will be once stripped (`Features` over its titles): cleaning
    // twice must take nothing more.
    // (Not a menu's entries: titles glued among them are its own, `Public File Assistance Contact`.)
    const gone = (k: number) => flagged.has(k) && !headline(k) && !MENU_CATEGORIES.has(flagged.get(k)!.category);
    const glued = (k: number, step: 1 | -1) => {
      let g = k + step;
      while (g >= 0 && g < infos.length && gone(g)) g += step;
      return g >= 0 && g < infos.length && !infos[g]!.blank;
    };
    let i = firstProse;
    while (i < infos.length) {
      if (!headline(i)) { i++; continue; }
      const run = [i];
      for (let k = i + 1; k < infos.length && (headline(k) || gone(k)); k++) if (headline(k)) run.push(k);
      const j = run[run.length - 1]!;
      // The whole block of adjacent lines must be headlines: a list under a short heading is not a sidebar.
      const blockStart = glued(i, -1);
      const blockEnd = glued(j, 1);
      // A list the writer leads into with a colon (`This is what I tell them:`) is their own.
      const before = infos[i]!.prev;
      const ledIn = before >= 0 && !flagged.has(before) && /[:：]\s*$/.test(infos[before]!.t);
      // (Counted with the headlines other rules took, and without them, as a second clean will count them.)
      const longEnough = (lines: readonly number[]) => lines.length >= 2 && lines.reduce((n, k) => n + infos[k]!.wordCount, 0) / lines.length >= 6;
      if (!blockStart && !blockEnd && !ledIn && (longEnough(run) || longEnough(run.filter((k) => !flagged.has(k))))) {
        // (A line another rule took keeps its finding: a menu's entry, `Do Not Sell or Share My Personal Information`.)
        for (const k of run) {
          if (flagged.has(k)) continue;
          reportLine(k, 'boilerplate', 'related-link', `Headline-like line in a run of ${run.length} without final punctuation (other stories)`, 0.85);
        }
      }
      i = j + 1;
    }
  },
};
