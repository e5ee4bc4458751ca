import type { Detector } from '../types';

/**
 * Lines repeated verbatim. Short repeats (`Comments`, `Full Screen`) are widget labels wherever they stand;
 * a long repeated paragraph is flagged only from its second copy, so the first copy always survives.
 */
export const repeated: Detector = {
  id: 'boilerplate/repeated',
  description: 'Lines repeated verbatim',
  kind: 'boilerplate',
  categories: ['repeated'],
  detect({ infos, markdown, reportLine }) {
    const seen = new Map<string, number[]>();
    for (const info of infos) {
      if (info.blank || info.t.length < 3 || info.t.length > 5000) continue;
      if (markdown && info.block !== 'text') continue;
      const key = info.t.toLowerCase();
      const list = seen.get(key);
      if (list) list.push(info.line.index);
      else seen.set(key, [info.line.index]);
    }
    for (const [key, indices] of seen) {
      if (indices.length < 2) continue;
      const short = infos[indices[0]!]!.words.length <= 5 && !infos[indices[0]!]!.terminal;
      const flagged = short ? indices : indices.slice(1);
      for (const index of flagged) {
        reportLine(index, 'boilerplate', 'repeated', `Line appears ${indices.length} times (\`${key.slice(0, 40)}\`)`, short ? 0.7 : 0.6);
      }
    }
  },
};
