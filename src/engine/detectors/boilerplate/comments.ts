import type { Detector } from '../types';

export const comments: Detector = {
  id: 'boilerplate/comments',
  description: 'Comment counters and comment-section prompts',
  kind: 'boilerplate',
  categories: ['comments'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 60) continue;
      const t = info.t.replace(/^[*_\s]+|[*_\s]+$/g, '');
      if (cues.comments.test(t) || /^(?:show|view|load|hide|post|add|leave|lihat|tulis)\s+(?:a\s+|all\s+|semua\s+)?(?:comments?|komentar)$/i.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Comment counter or prompt \`${t}\``, 0.9);
      }
    }
  },
};
