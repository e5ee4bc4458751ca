import { countSentences, stripEmphasis } from '../../document';
import type { LineInfo } from '../../document';
import type { Detector, DetectorContext } from '../types';

/** Captions run to a sentence or three; a longer paragraph that opens this way is the article describing a photo. */
const MAX_WORDS = 90;
const MAX_SENTENCES = 3;
/** `图为…`, `圖為…`, `上图：…`: "the picture shows", opening a Chinese caption; `▲…`, a Taiwanese paper's caption mark. */
const HAN_OPENER = /^(?:图为|圖為|图片为|圖片為|上图|上圖|下图|下圖|▲\s*)\p{Script=Han}/u;

/** A picture's pin button glued to its caption (`Share on PinterestKeeping a diary …`). */
const PIN_GLUED = /^Share on Pinterest(?=\p{Lu}\p{Ll})/u;

/**
 * A caption that points at its picture: `In this Nov. 29, 2016, photo the rocket…`, `Na snímku…`,
 * `Pictured above: …`, `Dalam foto ini…`. Captions without a credit are otherwise hard to tell from prose.
 */
export const pictured: Detector = {
  id: 'caption/pictured',
  description: 'Captions that open by pointing at their picture (`In this photo…`, `Na snímku…`)',
  kind: 'caption',
  categories: ['pictured'],
  detect({ infos, cues, markdown, flagged, reportLine }) {
    for (const info of infos) {
      // In a Markdown dump, the line in italics right under an image placeholder (`\[img.2\]`, `![](…)`) is its
      // caption, credit or not (`*Ibu Sumiyati menyuapi anak keduanya …*`).
      if (markdown && captionUnderImage(info, infos, flagged)) {
        reportLine(info.line.index, 'caption', 'pictured', 'Caption in italics under its picture', 0.75);
        continue;
      }
      // `图为芦花乡白沙村村民在柑橘园内修剪果树。`: Han text has no word edges for the openers' pattern.
      if (!info.blank && info.t.length <= 120 && HAN_OPENER.test(info.t) && !flagged.has(info.line.index)) {
        reportLine(info.line.index, 'caption', 'pictured', `Caption pointing at its picture (\`${info.t.slice(0, 2)}\`)`, 0.75);
        continue;
      }
      if (info.blank || info.wordCount < 4 || info.wordCount > MAX_WORDS || info.block !== 'text') continue;
      // `Share on PinterestKeeping a headache diary …`: the picture's pin button glued to its caption.
      if (PIN_GLUED.test(info.t) && !flagged.has(info.line.index)) {
        reportLine(info.line.index, 'caption', 'pictured', 'Caption glued to its picture\'s pin button', 0.75);
        continue;
      }
      const t = stripEmphasis(info.t);
      const m = cues.pictureOpener.exec(t.length > 160 ? t.slice(0, 160) : t);
      if (!m) continue;
      if (countSentences(t) > MAX_SENTENCES) continue;
      // A repeat of the caption (each photo of a gallery keeps it) is still the caption.
      const prior = flagged.get(info.line.index);
      if (prior && prior.category !== 'repeated') continue;
      reportLine(info.line.index, 'caption', 'pictured', `Caption pointing at its picture (\`${m[0].trim()}\`)`, 0.75);
    }
  },
};

/** Wholly in single emphasis: `*…*` or `_…_`, not bold. */
const ITALIC_LINE = /^([*_])(?![*_\s]).*[^*_\s]\1$/;

function captionUnderImage(info: LineInfo, infos: readonly LineInfo[], flagged: DetectorContext['flagged']): boolean {
  if (info.blank || info.block !== 'text' || info.wordCount < 3 || info.wordCount > MAX_WORDS || flagged.has(info.line.index)) return false;
  if (!ITALIC_LINE.test(info.t)) return false;
  const above = info.prev;
  return above >= 0 && info.line.index - above <= 2 && flagged.get(above)?.category === 'image' && infos[above]!.block === 'text';
}
