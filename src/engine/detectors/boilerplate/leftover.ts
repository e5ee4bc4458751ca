import type { Detector } from '../types';

// Serialisation leftovers and separators: `null`, `undefined`, `NaN`, `[object Object]`, `***`, `====`.
const LEFTOVER = /^(?:null|undefined|nan|none|\[object object\]|true|false)$/i;
const RULE = /^(?:[-=_*~•·]\s*){3,}$/;
// `[Gambas:Video 20detik]`, `[embed:…]`: a media embed the copy left as a placeholder.
// Markdown may escape the brackets: `\[Gambas:Video 20detik\]`.
const EMBED = /^\\?\[(?:gambas|embed|video|iframe|widget|instagram|twitter|tiktok|youtube)\s*:[^\]]{0,80}?\\?\]$/i;

export const leftover: Detector = {
  id: 'boilerplate/leftover',
  description: 'Serialisation leftovers (`null`) and separator lines',
  kind: 'boilerplate',
  categories: ['leftover', 'rule'],
  detect({ infos, markdown, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 80) continue;
      if (LEFTOVER.test(info.t)) reportLine(info.line.index, 'boilerplate', 'leftover', `Serialisation leftover \`${info.t}\``, 0.9);
      // As sure as front matter (0.95): a setting that hid separators but showed front matter could let a clean
      // turn `---` lines, once the lines above them go, into front matter that the next clean removes.
      else if (!markdown && RULE.test(info.t)) reportLine(info.line.index, 'boilerplate', 'rule', 'Separator line', 0.95);
      else if (EMBED.test(info.t)) reportLine(info.line.index, 'boilerplate', 'leftover', `Media embed placeholder \`${info.t.slice(0, 40)}\``, 0.9);
      // `});`, `]`, `...`, `⭐️⭐️⭐️` — nothing a reader reads (code blocks in Markdown are left alone, and so is a
      // closing brace indented or right under an indented line: the article's own code keeps its indentation, a
      // script's residue rarely does).
      else if (!/[\p{L}\p{N}]/u.test(info.t) && !(markdown && (info.block === 'code' || info.block === 'table'))
        && !(/^[\])}>;,]+$/.test(info.t) && (/^[ \t]/.test(info.line.text) || (info.prev >= 0 && info.prev === info.line.index - 1 && /^[ \t]+\S/.test(infos[info.prev]!.line.text))))) {
        reportLine(info.line.index, 'boilerplate', 'leftover', `Line without any words (\`${info.t.slice(0, 20)}\`)`, 0.6);
      }
    }
  },
};
