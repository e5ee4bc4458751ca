import type { LineInfo } from '../../document';
import type { Detector } from '../types';

// (`pic.twitter.com/…` too: an embedded post's picture link.)
const URL_ONLY = /^[<(]?(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>]+[>)]?$/i;
// `@KBenesova_ZB` alone: the account over an embedded post.
const HANDLE_ONLY = /^\\?@[\p{L}\d_.]{2,30}$/u;
// `okettridge@bellportherald.com`: the author's address under the story, bare. (`Email: …` with its label may be a line
// of the text's own contact block, as an RFC's authors' addresses are.)
const EMAIL_ONLY = /^[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?$/i;
// A Markdown line that is only a link: `[text](https://…)`, `**[text](…)**`, `[\<LINK LIVE STREAMING\>](…)`.
const LINK_ONLY = /^[*_\s]*\[(?:[^\]\\]|\\.)*\]\((?:https?:\/\/|www\.)[^)\s]*\)[*_\s]*$/i;

/** A line that is only a web address (left to this rule's judgement by the rules of shape and place). */
export const isUrlLine = (info: LineInfo | undefined): boolean =>
  info !== undefined && !info.blank && info.t.length <= 2000 && URL_ONLY.test(info.t);

/**
 * A lone address is the page's own link or a share link; the writer's addresses stay: one a sentence runs on past
 * (a reference wrapped over lines: `https://…,`), and a list of them (`Sources`), whose other addresses stay too.
 */
function writersAddress(infos: readonly LineInfo[], info: LineInfo, flagged: ReadonlyMap<number, unknown>): boolean {
  if (/[,;]$/.test(info.t)) return true;
  const another = (n: number) => isUrlLine(infos[n]) && !flagged.has(n) && infos[n]!.t !== info.t;
  return another(info.prev) || another(info.next);
}

export const url: Detector = {
  id: 'boilerplate/url',
  description: 'Lines that are only a web address or a single link',
  kind: 'boilerplate',
  categories: ['url'],
  detect({ infos, flagged, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 2000) continue;
      if (URL_ONLY.test(info.t)) {
        if (!writersAddress(infos, info, flagged)) reportLine(info.line.index, 'boilerplate', 'url', 'Line is only a web address', 0.9);
      } else if (info.t.length <= 32 && HANDLE_ONLY.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'url', 'Line is only an account\'s handle', 0.8);
      } else if (info.t.includes('@') && info.t.length <= 120 && EMAIL_ONLY.test(info.t)) {
        // (A list of addresses is the article's own: a directory, a list of contacts.)
        const another = (n: number) => n >= 0 && EMAIL_ONLY.test(infos[n]!.t);
        if (!another(info.prev) && !another(info.next)) reportLine(info.line.index, 'boilerplate', 'url', 'Line is only an email address', 0.85);
      } else if (info.block !== 'list' && LINK_ONLY.test(info.t)) reportLine(info.line.index, 'boilerplate', 'url', 'Line is only a link to another page', 0.85);
    }
  },
};
