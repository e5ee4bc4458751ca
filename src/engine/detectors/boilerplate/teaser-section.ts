import type { Cues } from '../../cues';
import type { LineInfo } from '../../document';
import type { Detector } from '../types';
import { labelAlone } from './related-link';

const EDITORIAL = /^(?:read|see|continue|baca|lihat|simak|lire|voir|lesen|siehe|leer|ver|leia|veja|leggi|vedi|lees|zie|čtěte)\b/i;

/** Lines after a label that the section may hold: a related list is short. */
export const MAX_SECTION_LINES = 12;
/** A question or exclamation of up to fifteen words may be a listed story's title. */
export const MAX_TITLE_WORDS = 15;

/** A story title, an author's name or a date under a "Related" label; not a paragraph, not a lead-in. */
function listEntry(info: LineInfo): boolean {
  if (info.wordCount < 2 || info.wordCount > 20 || info.block !== 'text' || /[:：]$/.test(info.t)) return false;
  // `5. Check the smoke alarm before you sleep`: the article's own numbered section resumes.
  if (/^\d{1,3}[.)]\s/.test(info.t)) return false;
  // Titles may ask or exclaim (`What Is the Etiquette for a Party?`); a sentence ending in a full stop is prose.
  return !info.terminal || (/[?!]["”’»)]*$/.test(info.t) && info.wordCount <= MAX_TITLE_WORDS);
}

/**
 * A recommendation widget's label standing alone on its line (`Recommended`, `You May Like`, `Související`).
 * Only a label alone: `Read more: How the bridge was saved` names its one story itself. `Read more:` and
 * `See also` lists are the editor's own links, kept with the article; only the widgets are page furniture.
 */
export function widgetLabel(t: string, cues: Cues): boolean {
  const alone = labelAlone(t, cues);
  return alone !== undefined && !EDITORIAL.test(alone.replace(/^[\[(*_\s]+/, ''));
}

/**
 * The list under a "Related" label standing alone on its line (`Recommended`, `Other People Are Reading`,
 * `You May Like`, `Související`): the story titles, authors and dates that follow it, up to the next
 * paragraph of prose, a lead-in ending in a colon, or a dozen lines.
 *
 *     Recommended                                   ← teaser label (related-link)
 *     The Last Neon Sign on Harbour Street           ← here
 *     Nadia Orsay                                    ← here
 *     Aug 2, 2019                                    ← here
 *     Across the valley, the old foundry still …     ← prose: the list has ended
 */
export const teaserSection: Detector = {
  id: 'boilerplate/teaser-section',
  description: 'Story titles listed under a "Related" label',
  kind: 'boilerplate',
  categories: ['related-link'],
  detect({ infos, cues, flagged, reportLine }) {
    for (const label of infos) {
      if (label.blank || flagged.get(label.line.index)?.category !== 'related-link') continue;
      if (!widgetLabel(label.t, cues)) continue;
      let taken = 0;
      for (let j = label.next; j >= 0 && taken < MAX_SECTION_LINES; j = infos[j]!.next) {
        const info = infos[j]!;
        taken++;
        if (flagged.has(j)) continue;
        if (!listEntry(info)) break;
        reportLine(j, 'boilerplate', 'related-link', `Listed under the teaser label on line ${label.line.index + 1} (other stories)`, 0.7);
      }
    }
  },
};
