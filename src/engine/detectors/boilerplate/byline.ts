import { stripEmphasisAndSpace } from '../../document';
import type { Detector } from '../types';

// Month names and abbreviations in the languages we read (English, Indonesian, Romance, Germanic, Czech).
const MONTH = '(?:jan(?:uary|uari|vier|uar|eiro|naio|uari)?|feb(?:ruary|ruari|rero|ruar|braio|ruarie)?|fév(?:rier)?|fev(?:ereiro)?|mar(?:ch|et|s|zo|ço|t)?|mär(?:z)?|maart|apr(?:il|ile|ил)?|abr(?:il)?|avr(?:il)?|ma[iy]|mei|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin|giu(?:gno)?|jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust|ustus)?|agu(?:stus)?|ago(?:sto)?|août|sep(?:t(?:ember|iembre|embre)?)?|set(?:embro|tembre)?|okt(?:ober)?|oct(?:ober|obre|ubre)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|iembre|embre|embro)?|de[cz](?:ember|embre)?|déc(?:embre)?|des(?:ember)?|dic(?:iembre|embre)?|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)';
// `March 18 at 3:57 PM`, `Thu 3 Jan 2019 02.00 EST`, `13/03/2015 09:00`, `Jumat, 7 November 2025 10:12 WIB`.
const DATELINE = new RegExp(
  `^(?:\\p{L}+,?\\s+)?(?:\\d{1,2}\\.?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:[,\\s]+(?:at\\s+|pukul\\s+|um\\s+|à\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?|h\\d{2})?(?:\\s*[A-Z]{2,4})?)?`,
  'iu',
);

// A bare date ("7 May 1856") is often content; a stamp has a time, a weekday or a time zone.
const STAMP = /\d{1,2}[:.h]\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|senin|selasa|rabu|kamis|jumat|sabtu|minggu|\b(?:[ECMP][SD]T|GMT|UTC|WIB|WITA|WIT|CET|CEST)\b/i;

// `Nora Vance - Apr 3, 2021 9:15 pm UTC`: an author, a separator, then the stamp; maybe the author's agency or
// town between (`Lucie Marková, ČTK | 11. září 2025 15:42`, `Elena Gil | Castrillo | 12/03/2025 - 19:42`).
const NAME_THEN_DATE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]*[\\s,]+){1,5}(?:[-–—|·•]\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})?[-–—|·•]\\s*${DATELINE.source.slice(1)}`, 'iu');

/** Whether `t` (a short line, emphasis stripped) is a date stamp, alone or after an author's name. */
export function dateStamp(t: string): boolean {
  return /\d/.test(t) && STAMP.test(t) && (DATELINE.test(t) || NAME_THEN_DATE.test(t) || LABELLED_DATE.test(t) || TIME_FIRST.test(t));
}

// `Publié le 21 juillet 2025 à 18h05`, `Atualizado há 2 horas`, `Diperbarui 3 jam lalu`.
const LABELLED_DATE = new RegExp(`^\\p{L}+(?:\\s+\\p{L}{1,4}){0,3}\\s+${DATELINE.source.slice(1)}`, 'iu');

// `Updated 4:17 PM PDT, October 8, 2025`: the time before the date.
const TIME_FIRST = new RegExp(
  `^(?:\\p{L}+(?:\\s+\\p{L}{1,4}){0,3}\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\p{L}{2,4})?,?\\s+${DATELINE.source.slice(1)}`, 'iu');

// `Arif Budi Santoso - detikJateng`: an author and the outlet, nothing else.
const NAME_THEN_OUTLET = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}[-–—|]\s*[\p{L}][\p{L}\d.]*$/u;
// `(ams/dil)`, `(ant/hhs)`: the editors' initials closing an Indonesian story.
const INITIALS = /^\(\s*[a-z]{2,4}(?:\s*\/\s*[a-z]{2,4})+\s*\)$/;

export const byline: Detector = {
  id: 'boilerplate/byline',
  description: 'Bylines, datelines and "updated" stamps',
  kind: 'boilerplate',
  categories: ['byline'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 160 || info.wordCount > 20) continue;
      const t = stripEmphasisAndSpace(info.t);
      if (info.terminal && info.wordCount >= 8) continue;
      const label = cues.byline.exec(t);
      // `By Jane Doe`, `Editor: Budi` — a name or a colon follows; `By the end of 2020 …` is prose.
      const rest = label ? t.slice(label[0].length - 1) : '';
      if (label && (/^\p{Lu}|^@/u.test(rest) || /[:：]/.test(label[0]))) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Byline or editor line \`${t.slice(0, 40)}\``, 0.75);
      } else if (/^(?:sumber|source|sources|quelle|fuente|fonte|bron|zdroj)\s*[:：]\s*\S/i.test(t) && info.wordCount <= 10) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Source line \`${t.slice(0, 40)}\``, 0.7);
      } else if ((info.wordCount <= 6 && NAME_THEN_OUTLET.test(t)) || INITIALS.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Author and outlet, or editors' initials \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 14 && dateStamp(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Date stamp \`${t.slice(0, 40)}\``, 0.75);
      }
    }
  },
};
