import type { LineInfo } from '../../document';
import type { Detector, DetectorContext } from '../types';

// `![alt](img.jpg)`, `[img.2]`, `\[img.2\]`, `**\[video.3\]**`, `[![alt](a.jpg)](b.html)`.
const IMAGE = /^[*_\s]*(?:<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|\\?\[(?:img|image|gambar|foto|video|vid|audio|embed|photo)[ ._-]?\d*\\?\](?:\([^)]*\))?)[*_\s]*$/i;
// `<img …>`, `<iframe …>`, `<!--more-->`, `[youtube …]`, `{{< tweet … >}}`, `[caption id=…]`.
const EMBED = /^\s*(?:<\/?(?:img|iframe|video|audio|source|embed|object|script|style|figure|figcaption|div|span|br|hr|picture|noscript|blockquote class)\b[^>]*>\s*|<!--[\s\S]*?-->\s*|\[\/?(?:youtube|embed|video|audio|caption|gallery|tweet|instagram|iframe)[^\]]*\][^[]*(?:\[\/[a-z]+\])?\s*|\{\{<?[^}]*>?\}\}\s*)+$/i;
// The first column of a metadata table: `| title | … |`, `| author | … |`.
const META_KEY = /^(?:field|key|name|property|title|judul|description|deskripsi|desc|url|urlshort|link|slug|author|authors|penulis|editor|date|tanggal|published|updated|tags?|category|kategori|source|sumber|image|thumbnail|keywords?|lang|language|id|type|canonical|summary)$/i;

function tableRows(infos: readonly LineInfo[], start: number): number {
  let end = start;
  while (end + 1 < infos.length && infos[end + 1]!.block === 'table') end++;
  return end;
}

function metadataTable(context: DetectorContext, start: number, end: number): boolean {
  let keyed = 0;
  let rows = 0;
  for (let i = start; i <= end; i++) {
    const cells = context.infos[i]!.t.split('|').map((c) => c.trim()).filter((_c, k, all) => k > 0 && k < all.length - 1);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
    rows++;
    if (cells.length === 2 && META_KEY.test(cells[0]!.replace(/[*_`]/g, ''))) keyed++;
  }
  return rows > 0 && keyed / rows >= 0.6;
}

export const markdown: Detector = {
  id: 'boilerplate/markdown',
  description: 'Markdown residue: front matter, metadata tables, link lists, image placeholders, embeds, rules',
  kind: 'boilerplate',
  categories: ['front-matter', 'metadata', 'link-list', 'image', 'embed', 'rule'],
  detect(context) {
    const { infos, reportLine } = context;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (info.blank) continue;
      const t = info.t;
      // In plain text only unmistakable syntax counts: a Markdown image alone on its line (HTML may be a
      // code example in a technical article).
      if (!context.markdown) {
        if (t.length <= 2000 && /^[*_\\]*!?\[/.test(t) && IMAGE.test(t)) reportLine(i, 'boilerplate', 'image', 'Image or media placeholder', 0.95);
        continue;
      }
      switch (info.block) {
        case 'code':
          continue;
        case 'front-matter':
          reportLine(i, 'boilerplate', 'front-matter', 'Front matter (page metadata, not article text)', 0.95);
          continue;
        case 'rule':
          // As sure as front matter: see the separator line in leftover.ts.
          reportLine(i, 'boilerplate', 'rule', 'Horizontal rule', 0.95);
          continue;
        case 'table': {
          const end = tableRows(infos, i);
          if (metadataTable(context, i, end)) {
            for (let k = i; k <= end; k++) reportLine(k, 'boilerplate', 'metadata', 'Metadata table (field/value rows about the page)', 0.9);
          }
          i = end;
          continue;
        }
        case 'list': {
          // An item that is nothing but a link to another story: `- **[Title](https://…)**`.
          const item = t.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
          if (/^[*_\s]*\[(?:[^\]\\]|\\.)+\]\([^)]+\)(?:\{[^}]*\})?[*_\s]*$/.test(item)) {
            reportLine(i, 'boilerplate', 'link-list', 'List item that is only a link to another story', 0.9);
          }
          continue;
        }
        default:
          break;
      }
      if (IMAGE.test(t)) reportLine(i, 'boilerplate', 'image', 'Image or media placeholder', 0.95);
      else if (EMBED.test(t)) reportLine(i, 'boilerplate', 'embed', 'Embed code or HTML leftover', 0.9);
    }
  },
};
