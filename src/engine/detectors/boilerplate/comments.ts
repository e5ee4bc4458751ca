import { stripEmphasisAndSpace } from '../../document';
import type { Detector } from '../types';

// `48Comments. Click to view comments`, `reader comments`, `75 with 40 posters participating`, `No comments:`,
// `Maria Lind wrote on June 3rd, 2021 at 14:05:`.
/** `Maria Lind wrote on June 3rd, 2021 at 14:05:`: a reader's comment opens with its author and date. */
const WROTE_ON = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:wrote|said|commented|replied)\s+on\s+.{4,40}\d{4}.{0,20}:?$/iu;
// `Moira Vance said...`: a blog's comment opens with its author.
const SAID_DOTS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|wrote|dit|sagte|dijo|disse|berkata)(?:\.{3}|…)$/u;
/** A reader's comment's Reply button. */
// (With the comment's like count or other buttons after it: `Reply · 14 likes`, `Balas · Suka`.)
// (A vote count may come first: `12 Reply`.)
export const REPLY = /^(?:\d{1,5}\s+)?(?:\[reply to this comment\]|reply|delete|signaler|signaler un abus|laporkan|segnala|denunciar|nahlásit|balas|responder|répondre|antworten|rispondi|beantwoorden|reageer|odpovědět|回复|回覆|(?:赞|讚)\s*[(（]?\d+[)）]?\s*(?:回复|回覆))(?:\s*[·•|]\s*(?:\d[\d,.]*\s*)?(?:likes?|report|share|suka|flag))*(?:\s*(?:点赞|點讚|赞|讚)\s*[(（]?\d*[)）]?)?$/i;
const COUNTER = /^(?:liked by \p{Lu}.{0,60}|\d+ more (?:comments?|replies)(?:\.{3}|…)?|全部评论\s*\d+|全部評論\s*\d+|已有\s*\d+\s*(?:人(?:参与|參與|评论|評論)|条评论|條評論)(?:[，,]?\s*\d+\s*(?:人(?:参与|參與)|条评论|條評論))?|(?:登录|登入)\s*[|｜]?\s*(?:注册|註冊)\s*(?:发表评论|發表評論)|共\s*\d+\s*(?:条评论|條評論)|查看全部\s*\d*\s*(?:条评论|條評論)\s*[>›»]?|\d[\d.,]*\s*(?:comments?|komentar|replies|responses)\b.{0,40}|(?:reader|user|view|show|hide|load)\s+comments?|no comments:?|\d+\s+with\s+\d+\s+posters\s+participating|jawab)$/iu;

/**
 * A reader's comment's header: the reader, maybe where from, and when (`Wendy_in_Wirral, Birkenhead, United Kingdom, 2
 * hours ago`, `晨跑的阿明 [栖溪市] 04-18 10:32`).
 */
export const COMMENT_HEADER = /^(?:[\p{L}\p{N}_.@'’-]+\s+){0,2}[\p{L}\p{N}_.@'’-]*\p{L}[\p{L}\p{N}_.@'’-]*(?:,\s*\p{Lu}[\p{L} .'’-]{1,40}){0,3},\s*\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^[^\s\d][^\s]{1,15}\s*(?:[\[【(（][^\]】)）]{1,12}[\]】)）]\s*)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$|^[^\s\d][^\s]{1,15}\s*[\[【(（][^\]】)）]{1,12}[\]】)）]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/u;

/** A reader's handle, a dot and how long ago they wrote (`rina_wulandari88 · 3 jam lalu`, `harbour_watcher · 2 hours ago`). */
// (Czech, German, French put the word first: `Karel_B | před 12 minutami`, `vor 3 Stunden`, `il y a 2 heures`.)
const HANDLE_AGO = /^[\p{L}\p{N}_.@'’-]+(?:\s+[\p{L}\p{N}_.@'’-]+){0,2}\s*[·•|]\s*(?:\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+(?:yang\s+)?(?:lalu|ago)|(?:před|vor|il\s+y\s+a|hace|há)\s+\d{1,3}\s+\p{L}+)$/iu;
/** A comment on a Q&A post, signed at its end: `… – Priya Anand Feb 27, 2023 at 16:03`. */
const SIGNED_COMMENT = /\s[–—-]\s(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}\p{Ll}{2}\s+\d{1,2}(?:,\s+\d{4})?\s+at\s+\d{1,2}:\d{2}$/u;
/** `Show 1 more comment`, `Show 3 more comments`: a Q&A post's folded comments. */
const MORE_COMMENTS = /^show \d+ more comments?$/i;
/** Whether `t` is a reader's comment's header (`DaveyJ, Swindon, 1 hour ago`, `rina_wulandari88 · 3 jam lalu`). */
export const isCommentHeader = (t: string) => COMMENT_HEADER.test(t) || handleAgo(t);
// `jana_h | 12. 6. 2026 10:02`, `reader42 · 03/06/2026 18:40`: a handle, a bar or dot and the date with its time.
/** `Name | date time`: who wrote the comment and when, to the minute (a byline gives the date, rarely the minute). */
export const DATED_HANDLE = /^[\p{L}\p{N}_.@'’-]+(?:\s+[\p{L}\p{N}_.@'’-]+){0,2}\s*[·•|]\s*(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}$/u;
/**
 * A user name (a figure, an underscore or an at sign in it, or in lower case), a dot and how long ago (see `HANDLE_AGO`):
 * `Marisol Quintero · hace 2 horas` is a post's author and age, a byline.
 */
const handleAgo = (t: string) => (/^[^\s·•|]*[\d_@]/.test(t) || /^\p{Ll}/u.test(t)) && (HANDLE_AGO.test(t) || DATED_HANDLE.test(t));
/** `… said...`: what `SAID_DOTS` needs at the end, checked before it. */
const endsInDots = (t: string) => t.endsWith('...') || t.endsWith('…');
/** `… 2 hours ago`, `… 04-18 10:32`: what `COMMENT_HEADER` needs at the end (an `o` or a digit), checked before it. */
function endsAsHeader(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 111 || (c >= 48 && c <= 57);
}

/** Numbers written out that open the comments' heading (`One thought on “…”`). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'satu', 'dua', 'tiga', 'un', 'une', 'uno', 'una', 'um', 'uma', 'ein', 'eine', 'één', 'jeden', 'jedna']);
/** The line's first word after emphasis marks (a number or a word). */
const FIRST_WORD = /^[*_\s]*(\d+|[\p{L}'’-]+)/u;
// `13 thoughts on “Title”`, `2 Responses to “Title”`, `2 tanggapan untuk “Judul”`, `2 comentarios en «Título»`: the
// heading of a post's comments, which repeats the post's title whatever its length.
const THREAD_HEADING = new RegExp(`^(?:\\d+|${[...NUMBER_WORDS].join('|')})\\s+(?:thoughts?|comments?|responses?|replies|tanggapan|komentar|balasan|comentarios?|respuestas?|réflexions?|commentaires?|réponses?|commenti|risposte|comentários?|respostas?|reacties?|komentářů|komentáře|komentář|kommentare?|gedanken|antworten)\\s+(?:on|to|untuk|pada|en|sobre|sur|à|zu|su|em|op|bij|k|u)\\s+["“„«‘'‹»].{1,200}$`, 'iu');
// `There are 13 comments`, `Ada 3 komentar`.
const THERE_ARE = /^(?:there (?:are|is)|ada|hay|il y a|es gibt|ci sono|há|er zijn)\s+\d+\s+(?:comments?|komentar|comentarios?|commentaires?|kommentare?|commenti|comentários?|reacties?)$/iu;
// A comment form's field label: `Name *`, `Email *`, `Komentar *` (the asterisk marks a required field).
const COMMENT_CALL = /\b(?:let us know|tell us|share your (?:views|thoughts))\b[^.!?]{0,40}\bin the comments?\b|\bhave your say in the comments\b|^(?:sign in|log in|register)(?: or (?:create|register)[^.]{0,40})? to (?:join|comment on) the (?:discussion|conversation)|^(?:tulis(?:kan)? pendapat(?:mu| anda) di kolom komentar|sampaikan pendapat(?:mu| anda) di kolom komentar)/i;
const FIELD = /^\p{L}[\p{L} -]{0,24} \*$/u;

export const comments: Detector = {
  id: 'boilerplate/comments',
  description: 'Comment counters and comment-section prompts',
  kind: 'boilerplate',
  categories: ['comments'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      // (A comment signed at its end may run long; only a line ending in a time is read.)
      if (!info.blank && info.wordCount <= 120 && endsAsHeader(info.t) && SIGNED_COMMENT.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'comments', `A comment signed with its author and time \`${info.t.slice(0, 40)}\``, 0.85);
        continue;
      }
      if (info.blank || info.t.length > 260) continue;
      // Longer lines are read only when their first word may open a form's notice or the comments' heading.
      const long = info.t.length > 80;
      const first = long ? FIRST_WORD.exec(info.t)?.[1]?.toLowerCase() ?? '' : '';
      const form = info.wordCount <= 25 && (!long || cues.commentFormFirst.has(first));
      const heading = info.wordCount <= 45 && (!long || /^\d/.test(first) || NUMBER_WORDS.has(first));
      // (Or when they name the comments: the story's call to comment ends a longer line, `Do you work at …? Tell us …`.)
      const call = info.wordCount <= 30 && /comment|komentar|discussion|conversation/i.test(info.t);
      if (long && !form && !heading && !call) continue;
      const t = stripEmphasisAndSpace(info.t);
      if (form && cues.commentForm.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Comment form or its notice \`${t.slice(0, 40)}\``, 0.9);
        continue;
      }
      if (heading && THREAD_HEADING.test(t) && !/[.!?]$/.test(t.replace(/["”»“'’]+$/, ''))) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Heading of the comments \`${t.slice(0, 40)}\``, 0.9);
        continue;
      }
      // `What do you think? Let us know in the comments below.`: the story's call to comment.
      if (call && COMMENT_CALL.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Call to comment \`${t.slice(0, 40)}\``, 0.75);
        continue;
      }
      if (info.t.length > 80) continue;
      if (MORE_COMMENTS.test(t) || cues.comments.test(t) || COUNTER.test(t) || (/\d{4}/.test(t) && WROTE_ON.test(t)) || (endsInDots(t) && SAID_DOTS.test(t)) || REPLY.test(t) || (info.wordCount <= 12 && endsAsHeader(t) && COMMENT_HEADER.test(t)) || (info.wordCount <= 8 && (t.includes('·') || t.includes('•') || t.includes('|')) && handleAgo(t)) || THERE_ARE.test(t) || /^\(?log in to post comments\)?$/i.test(t) || /^(?:show|view|load|hide|expand|collapse|post|add|leave|see|lihat|tulis)\s+(?:a\s+|all\s+|semua\s+)?(?:comments?|responses?|replies|komentar)(?:\s*[+›»])?$/i.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Comment counter or prompt \`${t}\``, 0.9);
      } else if (info.wordCount <= 3 && info.t.trimEnd().endsWith('*') && FIELD.test(info.t.trim())) {
        reportLine(info.line.index, 'boilerplate', 'comments', `Field of a comment form \`${t}\``, 0.8);
      }
    }
  },
};
