import type { LineInfo } from '../../document';
import type { Detector } from '../types';

// Serialisation leftovers and separators: `null`, `undefined`, `NaN`, `[object Object]`, `***`, `====`.
const LEFTOVER = /^(?:null|undefined|nan|none|\[object object\]|true|false)$/i;
const RULE = /^(?:[-=_*~•·]\s*){3,}$/;
// `[Gambas:Video 20detik]`, `[embed:…]`: a media embed the copy left as a placeholder.
// Markdown may escape the brackets: `\[Gambas:Video 20detik\]`.
const EMBED = /^\\?\[(?:gambas|embed|video|iframe|widget|instagram|twitter|tiktok|youtube)\s*:[^\]]{0,80}?\\?\]$/i;

// `IMG_2041`, `DSC01234.jpg`: a picture's file name left where the picture was.
const FILE_NAME = /^(?:IMG|DSC|DSCN|DSCF|PXL|PANO|VID)[_-]?\d{3,}(?:[_-]\d+)*(?:\.(?:jpe?g|png|heic|webp|gif))?$/i;
// `Image`, `Photo` alone: the label a screen reader gets for a picture, left where the picture was.
const PICTURE_LABEL = /^(?:image|photo|picture|foto|bild|imagen|immagine|gambar|obrázek|fotografie|图片|圖片|画像|사진)$/iu;

// `A post shared by Name (@handle)`, `Lihat postingan ini di Instagram`, `Sebuah kiriman
// dibagikan oleh …`: the text an embedded social post leaves around its caption (`View this post on Instagram` is a
// share prompt).
const SOCIAL_EMBED = /^(?:lihat (?:postingan|kiriman|foto|video) ini di instagram|ver esta (?:publicación|publicação|foto) (?:en|no) instagram|voir cette publication sur instagram|diesen beitrag auf instagram ansehen|visualizza questo post su instagram|bekijk dit bericht op instagram)$|^(?:a post shared by|sebuah kiriman dibagikan oleh|una publicación compartida por|une publication partagée par|ein beitrag geteilt von|uma publicação compartilhada por|un post condiviso da|een bericht gedeeld door)\s.{1,80}\(@[\w.]{1,40}\)/iu;

/** A line of code's brackets and operators only (`});`, `() => {`, `]`), or Python's `...` standing for a body. */
const CODE_PUNCTUATION = /^(?:[\])}>;,({[=\s]+|\.\.\.)$/;

/** Whether `info` stands after a blank line, glued over a sentence of five words or more: a section's heading. */
function headsSection(infos: readonly LineInfo[], info: LineInfo): boolean {
  const i = info.line.index;
  const next = info.next === i + 1 ? infos[i + 1]! : undefined;
  return info.prev !== i - 1 && !!next && next.wordCount >= 5 && next.terminal;
}

export const leftover: Detector = {
  id: 'boilerplate/leftover',
  description: 'Serialisation leftovers (`null`) and separator lines',
  kind: 'boilerplate',
  categories: ['leftover', 'rule'],
  detect({ infos, markdown, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 160) continue;
      if (info.wordCount <= 20 && SOCIAL_EMBED.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'leftover', `Text of an embedded social post \`${info.t.slice(0, 40)}\``, 0.85);
        continue;
      }
      if (info.t.length > 80) continue;
      if (LEFTOVER.test(info.t)) reportLine(info.line.index, 'boilerplate', 'leftover', `Serialisation leftover \`${info.t}\``, 0.9);
      // As sure as front matter (0.95): a setting that hid separators but showed front matter could let a clean
      // turn `---` lines, once the lines above them go, into front matter that the next clean removes.
      else if (!markdown && RULE.test(info.t)) reportLine(info.line.index, 'boilerplate', 'rule', 'Separator line', 0.95);
      else if (info.t.length <= 40 && FILE_NAME.test(info.t)) reportLine(info.line.index, 'boilerplate', 'leftover', `A picture's file name left where the picture was (\`${info.t}\`)`, 0.75);
      // (Glued over a sentence after a blank line it is the section's heading: `Photo` ⏎ `Au dos, Orvane a conservé …`.)
      else if (info.wordCount === 1 && PICTURE_LABEL.test(info.t) && !headsSection(infos, info)) reportLine(info.line.index, 'boilerplate', 'leftover', `Picture label left where the picture was (\`${info.t}\`)`, 0.7);
      else if (EMBED.test(info.t)) reportLine(info.line.index, 'boilerplate', 'leftover', `Media embed placeholder \`${info.t.slice(0, 40)}\``, 0.9);
      // `});`, `]`, `...`, `⭐️⭐️⭐️` — nothing a reader reads (code blocks in Markdown are left alone, and so is a
      // line of code's brackets indented or right under an indented line, `  () => {`: the article's own code keeps its
      // indentation, a script's residue rarely does).
      else if (!/[\p{L}\p{N}]/u.test(info.t) && !(markdown && (info.block === 'code' || info.block === 'table'))
        && !(CODE_PUNCTUATION.test(info.t) && (/^[ \t]/.test(info.line.text) || (info.prev >= 0 && info.prev === info.line.index - 1 && /^[ \t]+\S/.test(infos[info.prev]!.line.text))
          // (Or an opening bracket over the indented lines of its block: `{` ⏎ `  "outDir": "dist",`.)
          || (/[{[(]$/.test(info.t) && info.next === info.line.index + 1 && /^[ \t]+\S/.test(infos[info.next]!.line.text))))) {
        reportLine(info.line.index, 'boilerplate', 'leftover', `Line without any words (\`${info.t.slice(0, 20)}\`)`, 0.6);
      }
    }
  },
};
