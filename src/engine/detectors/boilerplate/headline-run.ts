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
    let i = firstProse;
    while (i < infos.length) {
      if (!headline(i)) { i++; continue; }
      let j = i;
      while (j + 1 < infos.length && headline(j + 1)) j++;
      // The whole block of adjacent lines must be headlines: a list under a short heading is not a sidebar.
      const blockStart = i > 0 && !infos[i - 1]!.blank;
      const blockEnd = j + 1 < infos.length && !infos[j + 1]!.blank;
      let words = 0;
      for (let k = i; k <= j; k++) words += infos[k]!.wordCount;
      // A list the writer leads into with a colon (`This is what I tell them:`) is their own.
      const before = infos[i]!.prev;
      const ledIn = before >= 0 && !flagged.has(before) && /[:：]\s*$/.test(infos[before]!.t);
      if (j > i && !blockStart && !blockEnd && !ledIn && words / (j - i + 1) >= 6) {
        for (let k = i; k <= j; k++) {
          reportLine(k, 'boilerplate', 'related-link', `Headline-like line in a run of ${j - i + 1} without final punctuation (other stories)`, 0.85);
        }
      }
      i = j + 1;
    }
  },
};
