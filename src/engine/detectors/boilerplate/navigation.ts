import { stripEmphasisAndSpace } from '../../document';
import type { Detector } from '../types';
import { dateStamp } from './byline';

// `Home > News > World`, `Beranda › Berita › Nasional`, `News | Sport | Weather`.
const HAS_SEPARATOR = /[>›»|•·]|::|\s\/\s/;
const SEPARATORS = /\s*(?:>|›|»|\||•|·|::)\s*|\s+\/\s+/;
// Links between posts: `← Previous: Chasing Quick Fixes`, `Next Chapter →`, `Older Article`, `Next story`.
// Page numbers of a story split over pages: `Halaman 1 2 Selanjutnya`, `Page 1 2 3 Next`, `Seite 1 2 weiter`.
const PAGINATION = /^(?:(?:halaman|page|pages|seite|página|pagina|strana)\s+)?\d{1,3}(?:\s+\d{1,3}){0,11}(?:\s+(?:selanjutnya|berikutnya|next|weiter|siguiente|suivant|successiva|další|volgende|próxima))?\s*[»›>]?$/i;
const PREV_NEXT = /^[←«‹]\s*(?:previous|prev|older|newer|next)\b|^(?:previous|prev|older|newer|next)\s+(?:post|article|story|entry|page|chapter|posts|articles|stories|entries)(?:\s*[→»›>]+)?$/i;

export const navigation: Detector = {
  id: 'boilerplate/navigation',
  description: 'Menus, breadcrumbs and widget labels',
  kind: 'boilerplate',
  categories: ['navigation'],
  detect({ infos, cues, markdown, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 200) continue;
      if (markdown && (info.block === 'heading' || info.block === 'table')) continue;
      if (/^\|.*\|$/.test(info.t)) continue; // a table row, not a breadcrumb
      const t = stripEmphasisAndSpace(info.t);
      if ((info.wordCount <= 4 && cues.nav.test(t)) || /^[×✕✖x]$|^[<>«»‹›←→↑↓]+$/.test(t) || (info.wordCount <= 14 && PREV_NEXT.test(t))
        || (info.wordCount <= 14 && /\d\s+\d|^\p{L}+\s+\d/u.test(t) && PAGINATION.test(t))) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `Navigation label \`${t}\``, 0.8);
        continue;
      }
      // `Elena Gil | Castrillo | 12/03/2025 - 19:42`: a byline's separators, left to the byline rule.
      if (!HAS_SEPARATOR.test(t) || (info.wordCount <= 14 && dateStamp(t))) continue;
      const parts = t.split(SEPARATORS).filter(Boolean);
      if (parts.length >= 3 && !info.terminal && parts.every((p) => p.split(/\s+/).length <= 4)
        && parts.filter((p) => /^\p{Lu}|^\d/u.test(p) || cues.nav.test(p)).length >= parts.length - 1) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `Menu or breadcrumb \`${t.slice(0, 50)}\``, 0.8);
      }
    }
  },
};
