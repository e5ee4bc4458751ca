import type { Detector } from '../types';

// `Read more: …`, `Baca juga: …`, `[Read: Why …]`, `Related:` — teasers for other stories.
const BRACKET_TEASER = /^\[(?:read|watch|see|listen|baca|lihat|simak|lire|lesen|leer|leggi|lees)\b[^\]]*\]$/iu;

export const relatedLink: Detector = {
  id: 'boilerplate/related-link',
  description: '"Read more" teasers and headlines of other stories',
  kind: 'boilerplate',
  categories: ['related-link'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 300) continue;
      const t = info.t.replace(/^[*_>\s-]+/, '');
      if (cues.teaser.test(t)) {
        const label = t.split(/[:：»>|]/)[0]!.trim().slice(0, 40);
        reportLine(info.line.index, 'boilerplate', 'related-link', `Teaser for another story (\`${label}\`)`, 0.9);
      } else if (BRACKET_TEASER.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Bracketed teaser for another story', 0.8);
      }
    }
  },
};
