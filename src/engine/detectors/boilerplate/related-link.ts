import type { Cues } from '../../cues';
import type { Detector } from '../types';

// `Read more: …`, `Baca juga: …`, `[Read: Why …]`, `Related:` — teasers for other stories.
const BRACKET_TEASER = /^\[(?:read|watch|see|listen|baca|lihat|simak|lire|lesen|leer|leggi|lees)\b[^\]]*\]$/iu;

// `Simak berita lainnya seputar [Pilkades](…)`, `Baca artikel menarik lainnya di …`: a portal's pointer to more of its stories.
// `Baca artikel detiknews, "…" selengkapnya [di sini](…)`: the portal's link to the story itself.
const MORE_STORIES = /^(?:simak|baca|lihat|ikuti|cek)\s+(?:juga\s+)?(?:berita|artikel|informasi|update)\s+(?:\p{L}+\s+)?(?:lainnya|terbaru|terkini|menarik)\b|^baca\s+(?:artikel|berita)\s+\S+,?\s.{0,240}\bselengkapnya\b/iu;

// `▸ 台中山區一周內第3起有感地震`: a Chinese page's arrowed link to another story between paragraphs.
// (`【相关阅读】澄光2025年…`: the label in lenticular brackets, the title glued to it.)
const HAN_ARROW_TEASER = /^(?:[▸►▶➤]\s*\p{Script=Han}|【(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞)】\s*\S)/u;

// `Most Read Local Stories`, `Latest Business News`, `Next Up In Culture`, `MOST READ SHOWBIZ`: a site's list widget
// named after a section.
const SECTION_LIST = /^(?:most\s+(?:read|popular|viewed|shared|commented)(?:\s+[\p{L}&'’-]+){1,2}|(?:most\s+(?:read|popular|viewed|shared|commented|emailed)|top|latest|more|trending|popular)\s+(?:[\p{L}&'’-]+\s+){0,2}(?:stories|news|articles|headlines|posts|videos)|(?:next up|up next|more|latest|most read|most popular|top stories) in(?:\s+[\p{L}&'’-]+){1,3})\s*:?$/iu;

// `More from Maxine Doyle`, `More from Invented Engineering`, `More on Allergies`: a columnist's, a publication's or a
// topic's other stories.
const MORE_FROM = /^(?:More (?:from|by|on|about)|More stories (?:from|by)|Más de|Plus de|Mehr von|Altro da|Mais de|Meer van|Další od)(?:(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){1,4}|\s+(?:the|this|our)\s+(?:magazine|author|writer|section|series|issue|newsletter|blog|site|desk|archive))$/u;

// `TERKINI Bupati Tetapkan Status Tanggap Darurat`: a ticker's label in capitals, glued to another story's title.
const TICKER = /^(?:TERKINI|BERITA TERKINI|TRENDING|POPULER|JUST IN|LATEST|EN CE MOMENT|À LA UNE|AKTUÁLNĚ|最新)\s+(?=\p{Lu}|\p{Script=Han})/u;

// `Also: The best password managers of 2026: Expert tested`: a tech site's link to another story between paragraphs.
const ALSO_LINK = /^Also:\s+\p{Lu}/u;

/** The line without list, quote and emphasis marks in front, as teaser labels are matched. */
const teaserText = (t: string) => t.replace(/^[*_>\s-]+/, '');

/**
 * The line from its last ellipsis on (from the bracket before it, `[…]`): where a link after another story's excerpt
 * must start, as no teaser label holds an ellipsis or a bracket (a test keeps the packs so). Tried on the whole line,
 * the label list ran at every `...` of a quote.
 */
export const fromLastEllipsis = (t: string) => t.slice(Math.max(0, Math.max(t.lastIndexOf('…'), t.lastIndexOf('...')) - 1));

/** The teaser label a line holds and nothing else (`Recommended`, `Read more:`), or undefined. */
export function labelAlone(t: string, cues: Cues): string | undefined {
  const text = teaserText(t);
  const m = cues.teaser.exec(text);
  if (m && !/[\p{L}\p{N}]/u.test(text.slice(m[0].length))) return m[0];
  return (SECTION_LIST.exec(text) ?? MORE_FROM.exec(text))?.[0];
}

/** `Learn more: What to do during a boil water advisory (PDF, 212 KB)`: a labelled link to a document, its type and size after it. */
const DOCUMENT_LINK = /^(?:learn more|read more|more information|more info|download|see also|related|resources?|baca juga|unduh|en savoir plus|télécharger|mehr erfahren|herunterladen|více informací|stáhnout)\s*:\s*[^:]{3,160}\((?:pdf|docx?|xlsx?|pptx?|odt)(?:,\s*[\d.,]+\s*[kmg]i?b)?\)$/iu;

export const relatedLink: Detector = {
  id: 'boilerplate/related-link',
  description: '"Read more" teasers and headlines of other stories',
  kind: 'boilerplate',
  categories: ['related-link'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      // A teaser is a line or two; a portal's pointer or another story's excerpt may run longer with its link.
      if (info.blank || info.t.length > 600) continue;
      const t = teaserText(info.t);
      if (info.t.length <= 300 && (cues.teaser.test(t) || (info.wordCount <= 6 && (SECTION_LIST.test(t) || MORE_FROM.test(t))))) {
        const label = t.split(/[:：»>|]/)[0]!.trim().slice(0, 40);
        reportLine(info.line.index, 'boilerplate', 'related-link', `Teaser for another story (\`${label}\`)`, 0.9);
      } else if (info.wordCount <= 40 && MORE_STORIES.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Pointer to more of the site\'s stories', 0.8);
      } else if (info.t.length <= 300 && BRACKET_TEASER.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Bracketed teaser for another story', 0.8);
      } else if (info.wordCount <= 20 && (!info.terminal || /\?$/.test(t)) && ALSO_LINK.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Link to another story (`Also:`)', 0.8);
      } else if (!info.terminal && info.wordCount <= 25 && TICKER.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'News ticker: its label and another story\'s title', 0.8);
      } else if (info.t.length <= 120 && HAN_ARROW_TEASER.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Arrowed link to another story', 0.8);
      } else if (info.wordCount <= 30 && t.endsWith(')') && DOCUMENT_LINK.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Link to a document (`… (PDF, 212 KB)`)', 0.8);
      } else if ((t.includes('…') || t.includes('...')) && cues.excerptLink.test(fromLastEllipsis(t))) {
        reportLine(info.line.index, 'boilerplate', 'related-link', 'Excerpt of another story with its link (`… Read more`)', 0.8);
      }
    }
  },
};
