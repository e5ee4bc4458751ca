import type { Detector } from '../types';

const URL_ONLY = /^[<(]?(?:https?:\/\/|www\.)[^\s<>]+[>)]?$/i;
// A Markdown line that is only a link: `[text](https://…)`, `**[text](…)**`, `[\<LINK LIVE STREAMING\>](…)`.
const LINK_ONLY = /^[*_\s]*\[(?:[^\]\\]|\\.)*\]\((?:https?:\/\/|www\.)[^)\s]*\)[*_\s]*$/i;

export const url: Detector = {
  id: 'boilerplate/url',
  description: 'Lines that are only a web address or a single link',
  kind: 'boilerplate',
  categories: ['url'],
  detect({ infos, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 2000) continue;
      if (URL_ONLY.test(info.t)) reportLine(info.line.index, 'boilerplate', 'url', 'Line is only a web address', 0.9);
      else if (info.block !== 'list' && LINK_ONLY.test(info.t)) reportLine(info.line.index, 'boilerplate', 'url', 'Line is only a link to another page', 0.85);
    }
  },
};
