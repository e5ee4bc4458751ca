import { stripEmphasisAndSpace } from '../../document';
import type { Detector } from '../types';
import { bareDate } from './byline';
import { DATED_HANDLE, isCommentHeader, REPLY } from './comments';

/** Paragraphs one reader's comment may hold. */
export const MAX_COMMENT_PARAGRAPHS = 6;
/** Non-blank lines above a comment in which the comments' heading, counter, form or another comment stands. */
export const THREAD_REACH = 60;

// `Maureen Tully says:`, `Rahmawati Putri berkata:`, `Marisa Gallardo dice:`: the author over a comment's date.
// (`Sue from Tenby says:`: where the reader is from may follow the name.)
const AUTHOR_SAYS = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}_.'’-]*\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}_.'’-]*\s+(?:(?:from|in|dari|de|aus)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:says|berkata|dice|dit|sagt|diz|disse|zegt|schreef|píše|napsal\(a\)|napsal|napsala|scrive|ha detto)\s*:$/u;

/** `MaribelG hace 2 h`, `Vecina del barrio hace 5 h`, `jana_h před 3 hodinami`: a reader's name and how long ago they wrote. */
const AUTHOR_AGO = /^[\p{L}\p{N}_.@'’-]+(?:\s+[\p{L}\p{N}_.@'’-]+){0,3}\s*[·•|,]?\s*(?:(?:hace|il\s+y\s+a|vor|před|há)\s+\d{1,3}\s+\p{L}{1,9}|\d{1,3}\s+(?:h|hrs?|hours?|mins?|minutes?|days?|jam|menit|hari)\s+(?:ago|lalu|yang\s+lalu))$/iu;
// `Liked by Ruth Abernathy-Kwan`: who liked the comment, under its date.
const LIKED_BY = /^liked by\s/i;
// `西湖边的猫`, `用户7c31e9`: a Chinese site's user name.
const HAN_USER = /^(?=.*\p{Script=Han})[\p{Script=Han}\w]{2,12}$/u;
// `marlow_commuter`, `reader42`: a user name, one word with an underscore or a figure in it.
const USERNAME = /^@?(?=[\p{L}\p{N}_.-]*[_\d])[\p{L}\p{N}][\p{L}\p{N}_.-]{2,30}$/u;
// `Priya D.`, `@harbourwatcher`: the author's name alone over the date.
const AUTHOR_NAME = /^[\p{Lu}@][\p{L}\p{N}_.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}_.'’-]*){0,3}$/u;

/**
 * Readers' comments under a post: the paragraphs between a comment's date and its Reply button, below the
 * comments' heading, counter or form, or another comment; and the author's `X says:` above the
 * date. A paragraph of the article has no Reply button under it and no date stamp over it.
 *
 *     3 thoughts on “Forty water butts”      ← comments (heading)
 *     Maureen Tully says:                    ← here
 *     14 May 2024 at 7:52 pm                 ← byline (the comment's date)
 *     We did the same on our site last …     ← here
 *     Reply                                  ← comments (its button)
 */
export const commentThread: Detector = {
  id: 'boilerplate/comment-thread',
  description: "Readers' comments between their date and their Reply button",
  kind: 'boilerplate',
  categories: ['comments'],
  detect({ infos, flagged, reportLine }) {
    // A comment's header; or `Petr K. | 12. 6. 2026 10:31`, read as a byline, right under another comment's line.
    const threadHeader = (i: number) => {
      const t = stripEmphasisAndSpace(infos[i]!.t);
      const category = flagged.get(i)?.category;
      if (category === 'comments') return isCommentHeader(t);
      const above = infos[i]!.prev;
      return category === 'byline' && above === i - 1 && flagged.get(above)?.category === 'comments' && DATED_HANDLE.test(t);
    };
    for (const reply of infos) {
      if (reply.blank || flagged.get(reply.line.index)?.category !== 'comments' || !REPLY.test(stripEmphasisAndSpace(reply.t))) continue;
      const body: number[] = [];
      let j = reply.prev;
      // The date may stand under the comment, over its button (`MarieJo71` ⏎ text ⏎ `Il y a 2 heures` ⏎ `Répondre`).
      const dateUnder = j >= 0 && flagged.get(j)?.category === 'byline';
      if (dateUnder) j = infos[j]!.prev;
      // A date alone no other rule took (`Mar 12`) is the comment's date all the same.
      while (j >= 0 && !flagged.has(j) && body.length <= MAX_COMMENT_PARAGRAPHS && !bareDate(infos[j]!.t)) {
        body.push(j);
        j = infos[j]!.prev;
      }
      if (j < 0 || body.length === 0 || body.length > MAX_COMMENT_PARAGRAPHS) continue;
      // `MaribelG hace 2 h` over the comment, under the thread's heading or another comment's button: its author and age.
      const top = body[body.length - 1]!;
      // (The line over it may be the form's notice another rule read as a prompt: the thread is what a comments line near
      // above tells.)
      const inThread = () => {
        for (let k = j, seen = 0; k >= 0 && seen < THREAD_REACH; k = infos[k]!.prev, seen++) if (flagged.get(k)?.category === 'comments') return true;
        return false;
      };
      if (!dateUnder && body.length >= 2 && flagged.has(j) && infos[top]!.wordCount <= 7 && AUTHOR_AGO.test(infos[top]!.t.trim()) && inThread()) {
        for (const b of body) reportLine(b, 'boilerplate', 'comments', `A reader's comment (under its author and age on line ${top + 1})`, 0.7);
        continue;
      }
      if (dateUnder) {
        // Then the author's name opens it, under the thread's heading, notice or another comment.
        const author = infos[body[body.length - 1]!]!;
        if (body.length >= 2 && flagged.get(j)?.category === 'comments' && author.wordCount <= 4 && AUTHOR_NAME.test(author.t.trim())) {
          for (const b of body) reportLine(b, 'boilerplate', 'comments', `A reader's comment (its author on line ${author.line.index + 1}, its date under it)`, 0.7);
        }
        continue;
      }
      const dated = !flagged.has(j);
      // A date stamp over it, or a line of the comment's own (`Liked by …`): `X wrote on …:` comments (forums, some
      // blogs) are left to the reader.
      const over = flagged.get(j);
      const header = over?.category === 'comments' && isCommentHeader(stripEmphasisAndSpace(infos[j]!.t));
      if (over && over.category !== 'byline' && !header && !(over.category === 'comments' && LIKED_BY.test(infos[j]!.t))) continue;
      let thread = false;
      for (let k = infos[j]!.prev, seen = 0; k >= 0 && seen < THREAD_REACH; k = infos[k]!.prev, seen++) {
        if (flagged.get(k)?.category === 'comments') { thread = true; break; }
      }
      if (!thread) continue;
      if (dated) body.push(j);
      for (const b of body) {
        reportLine(b, 'boilerplate', 'comments', `A reader's comment (from line ${j + 1} to its Reply button on line ${reply.line.index + 1})`, 0.7);
      }
      // The author's name over the date (and the likes): `Priya D.` ⏎ `Mar 12` ⏎ `Liked by …`.
      let author = infos[j]!.prev;
      for (let steps = 0; steps < 2 && author >= 0 && ['byline', 'comments'].includes(flagged.get(author)?.category ?? ''); steps++) author = infos[author]!.prev;
      if (author >= 0 && !flagged.has(author) && (AUTHOR_SAYS.test(infos[author]!.t.trim()) || (infos[author]!.wordCount <= 4 && (AUTHOR_NAME.test(infos[author]!.t.trim()) || HAN_USER.test(infos[author]!.t.trim()))))) {
        reportLine(author, 'boilerplate', 'comments', `Author of a reader's comment \`${infos[author]!.t.trim().slice(0, 40)}\``, 0.7);
      }
    }
    // Under the comments' heading or form, a reader's name over the comment's date (`Comments (1)` ⏎ `Janet Orr` ⏎ `Mar 14,
    // 2025 7:41pm`).
    for (const name of infos) {
      const i = name.line.index;
      if (name.blank || name.wordCount > 4 || flagged.has(i) || name.prev !== i - 1 || name.next !== i + 1) continue;
      if (flagged.get(i - 1)?.category !== 'comments' || flagged.get(i + 1)?.category !== 'byline' || !(AUTHOR_NAME.test(name.t.trim()) || USERNAME.test(name.t.trim()))) continue;
      reportLine(i, 'boilerplate', 'comments', `Author of a reader's comment \`${name.t.trim().slice(0, 40)}\``, 0.7);
    }
    // A comment under its header (`DaveyJ, Swindon, 1 hour ago`) with no Reply button, its votes or the next header under
    // it: the paragraphs between.
    for (const head of infos) {
      if (head.blank || !threadHeader(head.line.index)) continue;
      const body: number[] = [];
      let j = head.next;
      while (j >= 0 && !flagged.has(j) && body.length <= MAX_COMMENT_PARAGRAPHS) { body.push(j); j = infos[j]!.next; }
      if (body.length === 0 || body.length > MAX_COMMENT_PARAGRAPHS || (j >= 0 && !flagged.has(j))) continue;
      for (const b of body) reportLine(b, 'boilerplate', 'comments', `A reader's comment (under its header on line ${head.line.index + 1})`, 0.7);
    }
  },
};
