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
      if (info.blank || info.words.length < 4 || info.t.length > 600) continue;
      // Only a line whose opening words come back later can be one phrase repeated.
      if (info.t.indexOf(info.t.slice(0, 12), 12) < 0) continue;
      const m = /^(.{12,}?)(?:\s*\1){1,4}$/u.exec(info.t);
      if (m) reportLine(info.line.index, 'boilerplate', 'repeated', `The same words repeated on one line (\`${m[1]!.slice(0, 40)}\`)`, 0.8);
    }
    const seen = new Map<string, number[]>();
    for (const info of infos) {
      if (info.blank || info.t.length < 3 || info.t.length > 5000) continue;
      if (markdown && info.block !== 'text') continue;
      const i = info.line.index;
      if (CODE_LIKE.test(info.t)) continue;
      const key = info.t.toLowerCase();
      const list = seen.get(key);
      if (list) list.push(i);
      else seen.set(key, [i]);
    }
    // Distances count the lines that survive stripping, so a second clean sees the same distances.
    const rank = new Int32Array(infos.length);
    let kept = 0;
    for (let i = 0; i < infos.length; i++) {
      rank[i] = kept;
      if (!infos[i]!.blank && !flagged.has(i)) kept++;
    }
    for (const [key, indices] of seen) {
      if (indices.length < 2) continue;
      const first = infos[indices[0]!]!;
      // Titles and list entries repeat legitimately (a table of contents, "New Zealand" in every navbox);
      // a repeated sentence or a copy within a few lines (a photo title shown twice) does not.
      const prose = first.words.length >= 8 && first.terminal;
      for (let k = 1; k < indices.length; k++) {
        // Copies inside blocks (wrapped text, verse, tables) repeat legitimately: only a copy standing alone goes.
        if (adjacentAfterStrip(indices[k]!, -1) || adjacentAfterStrip(indices[k]!, 1)) continue;
        const near = rank[indices[k]!]! - rank[indices[k - 1]!]! <= 2 && first.words.length >= 3;
        if (!prose && !near) continue;
        reportLine(indices[k]!, 'boilerplate', 'repeated', `Repeats line ${indices[k - 1]! + 1} verbatim (\`${key.slice(0, 40)}\`)`, 0.65);
      }
    }
  },
};
