import { stripEmphasisAndSpace } from '../../document';
import type { Detector } from '../types';

// `48Comments. Click to view comments`, `reader comments`, `75 with 40 posters participating`, `No comments:`,
// `Maria Lind wrote on June 3rd, 2021 at 14:05:`.
const COUNTER = /^(?:\d[\d.,]*\s*(?:comments?|komentar|replies|responses)\b.{0,40}|(?:reader|user|view|show|hide|load)\s+comments?|no comments:?|\d+\s+with\s+\d+\s+posters\s+participating|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:wrote|said|commented|replied)\s+on\s+.{4,40}\d{4}.{0,20}:?|reply|balas|jawab|répondre|antworten|responder|rispondi|odpovědět)$/iu;

export const comments: Detector = {
  id: 'boilerplate/comments',
  description: 'Comment counters and comment-section prompts',
  kind: 'boilerplate',
  categories: ['comments'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 80) continue;
      const t = stripEmphasisAndSpace(info.t);
      if (cues.comments.test(t) || COUNTER.test(t) || /^(?:show|view|load|hide|expand|collapse|post|add|leave|lihat|tulis)\s+(?:a\s+|all\s+|semua\s+)?(?:comments?|komentar)(?:\s*[+›»])?$/i.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Comment counter or prompt \`${t}\``, 0.9);
      }
    }
  },
};
