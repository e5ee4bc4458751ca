import type { Detector } from '../types';

// Code, tables and commands repeat lines legitimately: `list: [`, `$ hg clone`, `updating to branch default`.
const CODE_LIKE = /[{}[\]<>$=;|\\]|^\s*(?:\d+[.)]|[-*+])\s/;

/**
 * Lines repeated verbatim. A repeated prose paragraph is flagged from its second copy on, so the first copy
 * always survives; a short label (`Comments`, `Full Screen`) only when it stands alone three or more times.
 * Lines inside multi-line blocks (code, tables, verse) are left alone, and so are tables of contents
 * (headings listed once at the top and again over their sections).
 */
export const repeated: Detector = {
  id: 'boilerplate/repeated',
  description: 'Lines repeated verbatim',
  kind: 'boilerplate',
  categories: ['repeated'],
  detect({ infos, markdown, flagged, reportLine, adjacentAfterStrip }) {
    for (const info of infos) {
      // One headline written two or three times on the same line: `How to X How to X How to X`.
      if (info.blank || info.wordCount < 4 || info.t.length > 600) continue;
      // Only a line whose opening words come back later can be one phrase repeated.
      if (info.t.indexOf(info.t.slice(0, 12), 12) < 0) continue;
      // The last copy may be cut short where the page truncated it (`How X How X How`).
      const m = /^(.{12,}?)(?:\s*\1){1,4}(?:\s+(.*))?$/u.exec(info.t);
      if (m && (m[2] === undefined || m[1]!.startsWith(m[2]))) reportLine(info.line.index, 'boilerplate', 'repeated', `The same words repeated on one line (\`${m[1]!.slice(0, 40)}\`)`, 0.8);
    }
    // In document order, so that distances count only the lines that survive stripping (earlier copies
    // already decided): a second clean sees the same distances and flags nothing new.
    const last = new Map<string, number>();
    const rank = new Int32Array(infos.length);
    let kept = 0;
    for (const info of infos) {
      const i = info.line.index;
      rank[i] = kept;
      const eligible = !info.blank && info.t.length >= 3 && info.t.length <= 5000 && !(markdown && info.block !== 'text');
      if (eligible) {
        const key = info.t.toLowerCase();
        const prev = last.get(key);
        // Titles and list entries repeat legitimately (a table of contents, "New Zealand" in every navbox);
        // a repeated sentence, or a copy a line or two away (a photo title shown twice), does not. Copies
        // inside blocks (wrapped text, verse, tables) repeat legitimately too: only a copy standing alone goes.
        // (Code-likeness goes with the text, so it is asked only of a repeat.)
        if (prev !== undefined && !flagged.has(i) && !adjacentAfterStrip(i, -1) && !adjacentAfterStrip(i, 1) && !CODE_LIKE.test(info.t)) {
          const prose = info.wordCount >= 8 && info.terminal;
          const near = rank[i]! - rank[prev]! <= 2 && info.wordCount >= 3;
          if (prose || near) reportLine(i, 'boilerplate', 'repeated', `Repeats line ${prev + 1} verbatim (\`${key.slice(0, 40)}\`)`, 0.65);
        }
        // Only a copy that stays counts as the original: one flagged for another reason will be gone.
        if (!flagged.has(i) || flagged.get(i)?.category === 'repeated') last.set(key, i);
      }
      if (!info.blank && !flagged.has(i)) kept++;
    }
  },
};
