import type { Detector } from '../types';

// `This site and its articles are licensed under a Creative Commons …`, `Text is available under the Creative Commons …`,
// `This page was last edited on …`: the site's licence notice and an encyclopedia's footer.
const LICENCE = /^this\s+(?:work|website|site|blog|page|article|post|content)\b.{0,160}\blicen[cs]ed\s+under\b|^text is available under the creative commons\b|^this page was last (?:edited|modified) on\b/i;
// `Originally published at www.example.com on November 18, 2011.`, `A version of this article appears in print on …`,
// `Artikel ini telah tayang di … dengan judul …`: where the story first appeared.
const REPUBLISHED = /^(?:this (?:article|story|post|piece|essay) (?:was|is) )?(?:originally|first) (?:published|posted|appeared)\s+(?:at|on|in|by)\b|^a version of this (?:article|story) appear(?:s|ed) in print\b|^artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat)\b/i;

export const copyright: Detector = {
  id: 'boilerplate/copyright',
  description: 'Copyright lines and page footers',
  kind: 'boilerplate',
  categories: ['copyright'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      // A republication note may run long with its links; a copyright sign in a long line is the story's.
      if (info.blank || info.t.length > 600) continue;
      // A Chinese site's licence number (`京ICP备12345678号`) is its footer.
      if (info.t.length <= 300 && (/©|\(c\)\s*(?:19|20)\d\d|^copyright\b|ICP[备證证]\s*\d/i.test(info.t) || LICENCE.test(info.t))) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Copyright notice', 0.9);
      } else if (info.wordCount <= 60 && REPUBLISHED.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Where the post was first published', 0.8);
      } else if (info.t.length <= 160 && cues.footer.test(info.t) && !/:\s*$/.test(info.t) && !(info.terminal && info.wordCount >= 10)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', `Page footer (\`${(cues.footer.exec(info.t)?.[0] ?? '').slice(0, 40)}\`)`, 0.8);
      }
    }
  },
};
