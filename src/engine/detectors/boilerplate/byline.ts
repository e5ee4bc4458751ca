import type { Cues } from '../../cues';
import { firstWord, stripEmphasisAndSpace, type LineInfo } from '../../document';
import type { Detector } from '../types';

// Month names and abbreviations in the languages we read (English, Indonesian, Romance, Germanic, Czech).
const MONTH = '(?:jan(?:uary|uari|vier|uar|eiro|naio|uari)?|feb(?:ruary|ruari|rero|ruar|braio|ruarie)?|fév(?:rier)?|fev(?:ereiro)?|mar(?:ch|et|s|zo|ço|t)?|mär(?:z)?|maart|mrt|apr(?:il|ile|ил)?|abr(?:il)?|avr(?:il)?|ma[iy]|mei|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin|giu(?:gno)?|jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust|ustus)?|agu(?:stus)?|ago(?:sto)?|août|sep(?:t(?:ember|iembre|embre)?)?|set(?:embro|tembre)?|okt(?:ober)?|oct(?:ober|obre|ubre)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|iembre|embre|embro)?|de[cz](?:ember|embre)?|déc(?:embre)?|des(?:ember)?|dic(?:iembre|embre)?|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)';
// `March 18 at 3:57 PM`, `Thu 3 Jan 2019 02.00 EST`, `13/03/2015 09:00`, `Jumat, 7 November 2025 10:12 WIB`.
const DATELINE = new RegExp(
  `^(?:\\p{L}+,?\\s+)?(?:\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH}\\.?,?\\s+(?:de\\s+)?\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}(?:[/-]|\\.\\s?)\\d{1,2}(?:[/-]|\\.\\s?)\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\/\\d{1,2}\\/\\d{1,2})(?:[,\\s]+(?:at\\s+|pukul\\s+|um\\s+|à\\s+|às\\s+|a las\\s+|alle\\s+|om\\s+|v\\s+)?\\d{1,2}(?:[:.]\\d{2}|\\s?h\\s?\\d{2}(?:\\s?min)?)(?:\\s*[ap]\\.?m\\.?|h\\d{2})?(?:\\s*[A-Z]{2,4})?)?`,
  'iu',
);

// A bare date ("7 May 1856") is often content; a stamp has a time, a weekday or a time zone.
const STAMP = /\d{1,2}(?:[:.h]|\s?h\s)\d{2}|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b|\b(?:[ECMP][SD]T|GMT|UTC|WIB|WITA|WIT|CET|CEST)\b/i;

// `Nora Vance - Apr 3, 2021 9:15 pm UTC`: an author, a separator, then the stamp; maybe the author's agency or
// town between (`Lucie Marková, ČTK | 11. září 2025 15:42`, `Elena Gil | Castrillo | 12/03/2025 - 19:42`), or a comma alone
// (`Klára Jirešová, 12. 3. 2026 14:35`).
const NAME_THEN_DATE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]*[\\s,]+){1,5}(?:[-–—|·•]\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})?(?:[-–—|·•]\\s*|(?<=,\\s*))${DATELINE.source.slice(1)}`, 'iu');

/** Whether `t` (a short line, emphasis stripped) is a date stamp, alone or after an author's name. */
export function dateStamp(t: string): boolean {
  return /\d/.test(t) && STAMP.test(t) && (DATELINE.test(t) || NAME_THEN_DATE.test(t) || LABELLED_DATE.test(t) || TIME_FIRST.test(t));
}

// `April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm`, `Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan
// 2019 06.16 EST`, `… UTC / Updated Dec. 7, 2024, 12:43 PM UTC`: a stamp, then when the story was updated.
const UPDATE_WORDS = '(?:updated|last (?:modified|updated)(?: on)?|modified|mis à jour(?: le)?|modifié(?: le)?|aktualisiert(?: am)?|actualizado(?: el)?|atualizado(?: em)?|aggiornato(?: il)?|diperbarui|bijgewerkt(?: op)?|aktualizováno)';
const UPDATE_LABEL = new RegExp(`\\s+(?:[|•·/–—-]\\s*)?${UPDATE_WORDS}\\s*:?\\s+`, 'iu');
const UPDATE_START = new RegExp(`^${UPDATE_WORDS}\\s*:?\\s+`, 'iu');

// `Aktualizováno 16:05`, `Updated 4:17 PM`: when the story was updated, the time alone.
const UPDATE_TIME = new RegExp(`^${UPDATE_WORDS}\\s*:?\\s+(?:at\\s+|um\\s+|à\\s+|às\\s+|alle\\s+|pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|uhr|h|wib))?(?:\\s+[A-Z]{2,4})?$`, 'iu');
// `14.32 GMT`, `9:05 am ET`: a live blog's entry time, alone on its line (read as one only among byline lines: a page may
// keep a lone time under its author as the story's).
/** `Staff Writer`, `Senior Correspondent`, `Kontributor`: the author's role alone under the byline. */
/** `Par la rédaction`, `By Staff`, `Oleh Tim Redaksi`: a story signed by the newsroom, no one's name. */
const BY_NEWSROOM = /^(?:by|par|oleh|von|por|di|door|od)\s+(?:the\s+)?(?:staff|newsroom|editors|editorial (?:board|team|staff)|news desk|la rédaction|rédaction|tim redaksi|redaksi|die redaktion|redaktion|la redacción|redacción|la redazione|redazione|de redactie|redactie|redakce)(?:\s+(?:of|de|du|des|of the|der|del|della|van)\s+[^.!?]{1,40})?\s*$/iu;
const AUTHOR_ROLE = /^(?:(?:staff|senior|contributing|special|chief|political|business|sports|education|health|foreign)\s+)?(?:writer|reporter|correspondent|columnist|photographer)$|^(?:wartawan|kontributor|jurnalis|koresponden)$/i;
// `Leah Varga is a contributing writer for the magazine …`: what the byline's author is, after the story.
// (`Odessa Kettridge covers transportation and infrastructure for The Bellport Herald.`: their beat for the paper.)
const IS_A_WRITER = /^\s+(?:(?:is|was)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:writer|reporter|editor|photographer|correspondent|columnist|journalist|contributor|illustrator)\b|(?:covers|reports on|writes about|has covered)\s+[^.]{3,80}?\s+for\s+(?:the\s+)?\p{Lu})/u;
// `By Leah Varga`, `Photographs by Tomas Reyne`: the names a byline gives.
// (Maybe with the paper or the photographer after them: `By Odessa Kettridge and Tom Reyes | The Bellport Herald`, `By
// Tessa Amundsen | Photographs by Joaquin Reyes-Farrow`.)
const BYLINE_NAMES = /^(?:By|(?:Photographs|Photos|Illustrations|Text|Reporting|Words)\s+by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+and\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}))?(?:\s*[|·•]\s*(?:(?:Photographs|Photos|Illustrations)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})|[^|]{1,40}))?$/u;
/** `Dan Goodin - Apr 16, 2015 8:02 pm UTC`: the author's name, a dash and the date. */
const NAME_DASH_DATE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+[-–—]\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\b/u;
/**
 * A bio that names the author again by the first name, its role in any case (`Dan Goodin Dan is the Security Editor at …`).
 * (Without the name repeated, a capitalised role may open the article's own last paragraph about its writer.)
 */
const IS_AN_EDITOR = /^\s+\p{Lu}[\p{L}'’-]+\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Pp]hotographer|[Cc]orrespondent|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor|[Ii]llustrator)\b/u;
/** `Asked 3 years ago Modified 1 year ago Viewed 41k times`: a Q&A site's question stats. */
const QA_STATS = /^asked\s+.{3,30}?\s+(?:modified\s+.{3,30}?\s+)?viewed\s+[\d.,]+k?\s+times?$/i;
/**
 * Whether `info` is an item of a list the article leads into with a colon, glued under it (`Berikut jadwal yang
 * ditunda:` ⏎ `Newcastle, Tynebank Hall – Selasa, 16 September 2025` ⏎ …): dates there are the article's.
 */
function ledList(infos: readonly LineInfo[], info: LineInfo): boolean {
  let cur = info.line.index;
  for (let steps = 0; steps < LED_LIST_REACH && infos[cur]!.prev === cur - 1 && cur > 0; steps++) {
    const above = infos[cur - 1]!;
    // (Not a reader's comment's author over its date: `Sue from Tenby says:`.)
    if (above.wordCount >= 5 && /:\s*$/.test(above.t) && !SAYS_COLON.test(above.t)) return true;
    cur--;
  }
  return false;
}
/** `… says:`, `… wrote:`: a comment's author, not a list's lead-in. */
const SAYS_COLON = /\s(?:says|said|wrote|writes|dit|a écrit|sagt|schreibt|dice|escribió|berkata|menulis|píše|napsal|napsala|scrive|zegt)\s*:\s*$/iu;
/** Items of a led list looked up through. */
const LED_LIST_REACH = 12;
/** `2026-03-03T14:15:07.212Z WARN dispatch-use1-17 pool drained host="…"`: a log line quoted in the article, no date stamp. */
const LOG_LINE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s+(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT)\]?(?:\s|$)|\S+\s+\S+.*\w=)/;
/** Entry times alone on their lines that make a page a live blog. */
const LIVE_BLOG_TIMES = 3;
/** `14h32`, `9 h 05` (French), `3:42 p.m.`: an entry's time without its zone, a live blog's when several stand alone. */
const ENTRY_TIME = /^(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)$/i;
export const ZONED_TIME = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|WIB|WITA|WIT|AEST|AEDT|IST|MEZ|MESZ)$/i;
// `2h ago`, `Updated 2 hours ago`, `Aktualisiert vor 2 Stunden`, `Publiziert heute um 06:12 Uhr`, `Diperbarui 3 jam lalu`:
// when the story or an entry was written, relative to now.
const RELATIVE_UNIT = '(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|menit|jam|hari|stunden?|minuten?|tagen?|heures?|jours?|horas?|minutos?|días?|dias?|ore|minuti|giorni|uur|dagen|hodin(?:ou|y|ami)?|minut(?:ou|ami|y)?|dny|dnem)';
const PUBLISHED_WORDS = '(?:published|posted|publiziert|veröffentlicht|publié|publicado|publicada|pubblicato|gepubliceerd|dipublikasikan|diterbitkan|publikováno)';
const RELATIVE_TIME = new RegExp(`^(?:(?:${UPDATE_WORDS}|${PUBLISHED_WORDS})\\s*:?\\s+)?(?:(?:vor|il y a|hace|há|před)\\s+\\d{1,3}\\s*${RELATIVE_UNIT}\\.?|\\d{1,3}\\s*${RELATIVE_UNIT}\\.?\\s+(?:ago|lalu|yang lalu|fa|geleden|atrás))(?:\\s*[—–|·•-]\\s*[\\p{L} ]{2,30})?$|^(?:${UPDATE_WORDS}|${PUBLISHED_WORDS})\\s*:?\\s+(?:heute|gestern|today|yesterday|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hari ini|kemarin|hoje|ontem|vandaag|gisteren|dnes|včera)(?:,?\\s+(?:um|at|à|a las|alle|pukul|às|om|v))?\\s+\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|wib))?(?:,?\\s+${UPDATE_WORDS}\\s+(?:à\\s+|at\\s+|um\\s+)?\\d{1,2}[:.h]\\d{2})?$`, 'iu');

/** Whether `t` is two date stamps, the second labelled as the update. */
function stampAndUpdate(t: string): boolean {
  if (!/\d/.test(t)) return false;
  const m = UPDATE_LABEL.exec(t);
  if (!m || m.index === 0) return false;
  const stamp = t.slice(0, m.index);
  const update = t.slice(m.index + m[0].length);
  // (`Jun 11, 2026 Updated 2 hrs ago`: a date alone, then how long ago the update was.)
  return (dateStamp(stamp) && (DATELINE.test(update) || TIME_FIRST.test(update))) || (bareDate(stamp) && RELATIVE_TIME.test(update));
}

// A date without a time: `14 May 2024`, `16 de marzo de 2025`, `March 10, 2015`, `2013-09-29`.
const ANY_DATE = `(?:\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH}\\.?,?(?:\\s+(?:de\\s+)?\\d{4})?|${MONTH}\\.?\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}(?:[/-]|\\.\\s?)\\d{1,2}(?:[/-]|\\.\\s?)\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
// `記者王小明／台中報導`: a Chinese reporter and where they report from.
const HAN_REPORTER = /^(?:记者|記者|文|圖|图)[\p{Script=Han}·]{2,4}[／/]\p{Script=Han}{2,8}(?:报导|報導|报道|報道)$/u;
// `本报记者 沈若溪 本报通讯员 周立恒`: the paper's reporters and correspondents named over the story.
// (A role without the paper's name before it needs a space before the name: `记者调查发现` is a sentence.)
const HAN_STAFF = /^(?:(?:(?:本报|本報)(?:特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*|(?:记者|記者|通讯员|通訊員|实习生|實習生)\s+)[\p{Script=Han}·]{2,4}\s*)+$/u;
// `2026年3月12日 星期四`, `2026-03-12 14:35:20`: a Chinese page's date, maybe with its weekday and time, and the source
// or author labelled after it (`2026年04月18日 09:32 来源：栖溪日报`).
// (A comment's `04-02 10:42`, the year left out, is read as a date too.)
const HAN_DATE = /^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$|^\d{4}年\d{1,2}月\d{1,2}日(?:\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|记者|記者)\s*[：:]\s*[^\s：:]{1,20}){0,3}$/u;
// `Last updated on Mar 14, 2025.`, `Publié le 3 mars 2025`: when the page was written or updated, a date alone.
// (A documentation page adds who made the change: `Last updated on Apr 3, 2025 by Saoirse Ambler`.)
const UPDATED_ON = new RegExp(`^(?:${UPDATE_WORDS}|${PUBLISHED_WORDS})(?:\\s+(?:on|le|am|el|em|il|op|pada))?\\s*:?\\s+${ANY_DATE}(?:\\s+(?:by|par|von|por|da|door|oleh)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?\\.?$`, 'iu');
// `Posted on 14 May 2024 by Helen Fairweather`, `on March 10, 2015 by Nikhil Marathe`, `Diposting pada 9 Maret 2025
// oleh Dimas Arya`, `Publicado el 16 de marzo de 2025 por Lucía Brenes`: a blog's post line, up to the author's name.
const POSTED_ON = new RegExp(`^(?:(?:posted|published|written|diposting|dipublikasikan|ditulis|publicado|publicada|publié|publiée|veröffentlicht|pubblicato|geplaatst|gepubliceerd|publikováno)\\s+)?(?:(?:on|pada|el|le|am|il|em|op|dne)\\s+)?(?:\\p{L}+,?\\s+)?${ANY_DATE}\\s+(?:by|oleh|por|par|von|da|door|od)\\s+`, 'iu');
const MONTH_WORD = new RegExp(`^${MONTH}\\.?$`, 'iu');
// The author's name after it, in capitals whatever the case of the rest (particles in lower case: `Sanne de Groot`).
const AUTHOR = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|van|der|den|von|da|di|du|del|della|dos|das|le|la|ter|ten|bin|binti)\s+){0,2}\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Whether `t` is a blog's post line: the date and the author. */
function postedBy(t: string): boolean {
  if (!/\d/.test(t)) return false;
  const m = POSTED_ON.exec(t);
  if (!m) return false;
  // A word before the date is a label or a weekday (`Tuesday 15 October 2019 by …`), never a verb of the story.
  const first = t.slice(0, m[0].length).split(/\s+/)[0]!;
  return (/^\d/.test(first) || STAMP.test(first) || /^(?:posted|published|written|diposting|dipublikasikan|ditulis|publicad[oa]|publiée?|veröffentlicht|pubblicato|geplaatst|gepubliceerd|publikováno|on|pada|el|le|am|il|em|op|dne)$/i.test(first)
    || MONTH_WORD.test(first)) && AUTHOR.test(t.slice(m[0].length));
}

// `Oct 18, 2019 · 8 min read`, `5 min read`, `Lesezeit: 4 Minuten`, `April 21, 2026 | Reading time 14 min`: the reading
// time a blog or a magazine gives under its title.
const READING_TIME = /(?:^|[·•|–—-]\s*)\d{1,3}\s*(?:min|mins|minutes?|menit|minutos?|minuti|minuten|minut)\.?\s+(?:read|reading|baca|de lectura|lecture|di lettura|leestijd|čtení)(?:$|\s*[·•|]\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?(?:\s+\d{4})?|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?)$)|(?:^|[·•|]\s*)(?:lesezeit|reading time|read time|waktu baca|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|doba čtení|čtení na|lecture)\s*:?\s*\d{1,3}\s*\p{L}+\.?$/iu;

// `Publié le 21 juillet 2025 à 18h05`, `Atualizado há 2 horas`, `Diperbarui 3 jam lalu`.
const LABELLED_DATE = new RegExp(`^\\p{L}+(?:\\s+\\p{L}{1,4}){0,3}\\s+${DATELINE.source.slice(1)}`, 'iu');

// `Updated 4:17 PM PDT, October 8, 2025`, `23:52 · 14. 9. 2026` (an embedded post's): the time before the date.
const TIME_FIRST = new RegExp(
  `^(?:\\p{L}+(?:\\s+\\p{L}{1,4}){0,3}\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\p{L}{2,4})?(?:,|\\s*[·•|])?\\s+${DATELINE.source.slice(1)}`, 'iu');

// `Le Monde avec AFP`, `The Herald with Reuters`: the paper and the agency it wrote the story with (no photo credit).
export const WITH_AGENCY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:avec|with|con|com|mit|met|dengan)\s+(?:l['’])?(?:AFP|AP|Reuters|dpa|ANSA|EFE|Lusa|Belga|ANP|ČTK|Antara|Bloomberg)(?:\s+(?:et|and|y|e|und|en|dan)\s+\p{Lu}[\p{L}.]*)?$/u;

/** A news site and a name after its slash, in brackets: `(LintasSindang.com/Rendi Saputra Wibowo)`. */
export const SITE_SLASH = '\\((?:[\\p{L}\\d-]+\\.(?:com|co\\.id|id|net|news))\\s*\\/\\s*[^()/]{2,60}\\)';
// The site and its reporter signing the story off, alone on the line (glued to a caption, a photo credit).
const SITE_SIGN_OFF = new RegExp(`^${SITE_SLASH}$`, 'iu');

// `Arif Budi Santoso - detikJateng`: an author and the outlet, nothing else.
const NAME_THEN_OUTLET = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}[-–—|]\s*[\p{L}][\p{L}\d.]*$/u;
// `Martin Šimek, Hlasatel.cz`: an author and the site's address.
// `dpa`, `AFP`: the agency the story is from, alone on its line under the headline.
const AGENCY_ALONE = /^(?:dpa|AFP|AP|Reuters|ANSA|EFE|Lusa|ANP|ČTK|Antara|Belga|KNA|epd|APA|SDA|Keystone-SDA|PAP|TASR)$/;
const NAME_COMMA_SITE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,\s*[\p{L}\d-]+\.(?:[a-z]{2,3}|co\.id|co\.uk)$/u;
// `Author Marnie Ellacott`, `Recipe by Tom Hale`: a card's author row, the name and nothing else.
const AUTHOR_ROW = /^(?:[Aa]uthor|[Rr]ecipe by|[Aa]utora?|[Aa]uteur|[Aa]utore|[Pp]enulis)\s*:?\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;
// `(ams/dil)`, `(ant/hhs)`: the editors' initials closing an Indonesian story.
// (One editor's too, as German sites close a story: `(dz)`, `(mho)`.)
const INITIALS = /^\(\s*[a-z]{2,4}(?:\s*\/\s*[a-z]{2,4})*\s*\)$/;

// `Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger`, `Nicolas Perriault —
// 2013-09-29— in Code — Permalink`: a post's facts in short parts between separators, one of them its date.
const META_SEPARATOR = /\s*(?:[|•·]|(?<=\S)\s*[—–]\s+|\s+[—–]\s*)\s*/u;
const DATED = new RegExp(`^(?:\\p{L}+(?:\\s+\\p{L}{1,4}){0,3}\\s+)?${ANY_DATE}`, 'iu');

/**
 * Whether `t` is a line of a post's facts: three parts or more, short, one of them a date and another a byline's
 * word, an update, a reading time, a section (`in Code`) or a link's label (`Permalink`). A row of a table with a
 * date in it (`Sat 12 Mar 15:00 | Arsenal v Spurs | Emirates`) has none of those.
 */
function metaLine(t: string, cues: Cues): boolean {
  if (!/\d/.test(t) || !/[|•·—–]/.test(t)) return false;
  const parts = t.split(META_SEPARATOR).filter(Boolean);
  if (parts.length < 3 || parts.some((p) => p.split(/\s+/).length > 10)) return false;
  return parts.some((p) => DATED.test(p) || dateStamp(p))
    && parts.some((p) => cues.byline.test(p) || UPDATE_START.test(p) || READING_TIME.test(p) || /^in\s+\p{Lu}/u.test(p) || cues.nav.test(p));
}

/**
 * A full sentence after the label, not names: `By Tuesday the water had receded.` (a byline's names hold no word in
 * lower case but their particles and the `and` between them).
 */
const NAME_LINKS = new Set(['and', 'dan', 'und', 'et', 'y', 'e', 'en', 'a', 'i', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di',
  'van', 'von', 'der', 'den', 'le', 'la', 'du', 'bin', 'binti', 'al', 'ter', 'ten', 'zu', 'and/or']);
const sentenceAfterLabel = (rest: string) => rest.split(/[\s,]+/).some((w) => /^\p{Ll}{2,}/u.test(w) && !NAME_LINKS.has(w.replace(/[.:]$/, '')));

// `Corinne Maddox Transportation reporter`, `Seattle Times business reporter`: a name and the writer's job, with at most
// two words in lower case before it (`Confessions of a court reporter` is a headline).
const WRITER_JOB_LIST = ['reporter', 'correspondent', 'editor', 'writer', 'staff writer', 'columnist', 'contributor', 'photographer',
  'wartawan', 'jurnalis', 'redaktur', 'kontributor', 'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante',
  'periodista', 'redactor', 'redactora', 'corresponsal', 'giornalista', 'inviato', 'inviata', 'jornalista', 'repórter', 'redakteur',
  'redakteurin', 'korrespondent', 'korrespondentin', 'verslaggever', 'redaktor', 'redaktorka', 'zpravodaj', 'zpravodajka'];
/** The last words of the jobs, looked up before the pattern is tried. */
const WRITER_JOBS = new Set(WRITER_JOB_LIST.map((job) => job.slice(job.lastIndexOf(' ') + 1)));
const WRITER_ROLE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:\\p{Ll}+\\s+){0,2}(?:${WRITER_JOB_LIST.join('|')})$`, 'u');

/** `Reporting by Hanna Lorenz in Frankfurt; Editing by Mark Potter`: a wire story's credits. */
const WIRE_SIGN_OFF = /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting) by \p{Lu}[^;]{2,120};\s*(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting) by \p{Lu}/u;
/** `Marisol Quintero · hace 2 horas`: a name, a separator, a time relative to now. */
const NAME_THEN_RELATIVE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*\\s*[·•|–—-]\\s*${RELATIVE_TIME.source.slice(1, RELATIVE_TIME.source.indexOf('$|'))}$`, 'iu');
/** Whether `t` is a date and nothing else (`Mar 12`, `14 May 2026`). */
export const bareDate = (t: string): boolean => /\d/.test(t) && t.length <= 30 && BARE_DATE.test(t);
const AUTHOR_FIRST = new Set(['author', 'recipe', 'autor', 'autora', 'auteur', 'autore', 'penulis']);
/** `14 May 2026`, `March 3, 2026`: a date alone, read as the story's only among byline lines. */
const BARE_DATE = new RegExp(`^(?:\\p{L}+,?\\s+)?${ANY_DATE}$`, 'iu');
/** `3 Min`, `4 min.`: a reading time alone, read as one only among byline lines. */
const LONE_READING_TIME = /^\d{1,2}\s*(?:min|mins|minutes?|minuten|minuti|minutos|menit|minut)\.?$/i;

// A journal page's facts about the paper: `Received: 03 September 2025`, `DOI: https://doi.org/…`, `Correspondence to
// Hanne Marlowe.`, `Nereus volume 631, pages 210–218 (2026)`, and the authors with their affiliations' numbers glued on
// (`Ingrid Vassbotn1, Kofi Mensah-Adjei1,2 & Hanne Marlowe1,3`).
/**
 * Under a republished press release: `More information: Name et al, Title, Journal (2026). DOI: 10.…`, `Journal information:
 * Journal`, `Provided by University of X`, `Citation: Title (2026, March 3) retrieved 4 March 2026 from https://…`.
 */
const RELEASE_FACTS = /^(?:more information\s*:\s*.{10,600}(?:doi\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+|\(\d{4}\)\.?)|journal information\s*:\s*[^.!?]{2,160}|provided by\s+(?:the\s+)?\p{Lu}[^,.!?]{2,80}|citation\s*:\s*.{5,400}\bretrieved\s+.{3,40}\s+from\s+https?:\/\/\S+)$/iu;
const RELEASE_FACTS_FIRST = new Set(['more', 'journal', 'provided', 'citation:']);
const PAPER_FACTS = /^(?:(?:received|accepted|revised|issue date)\s*:\s*\d{1,2}\s+\p{L}+\s+\d{4}|doi\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+|correspondence to\s+\p{Lu}[^.]{1,80}\.?|\p{Lu}[\p{L} ]{1,40}\s+volume\s+\d+,\s+(?:pages?|article)\s+[\d–-]+\s+\(\d{4}\)|(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\d{1,2}(?:,\d{1,2})*(?:,\s+|\s+&\s+|\s+and\s+)){2,}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\d{1,2}(?:,\d{1,2})*)$/iu;

// `By Marcus Velloso, a senior reviewer covering phones … He has been at Gridline since 2019.`: the author and a bio.
const AUTHOR_BIO = /^(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on|[Dd]i|[Oo]leh|[Dd]oor)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*,\s+(?:a|an|the|un|une|uno|una|el|la|ein|eine|seorang|een|o)\s+\p{Ll}/u;

export const byline: Detector = {
  id: 'boilerplate/byline',
  description: 'Bylines, datelines and "updated" stamps',
  kind: 'boilerplate',
  categories: ['byline'],
  detect({ infos, cues, flagged, reportLine }) {
    for (const info of infos) {
      if (!info.blank && info.wordCount <= 60 && info.t.length <= 400 && AUTHOR_BIO.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The author and their bio \`${info.t.slice(0, 40)}\``, 0.75);
        continue;
      }
      // A line of a post's facts may run to thirty words; every other byline to twenty.
      if (info.blank || info.t.length > 200 || info.wordCount > 30 || (info.terminal && info.wordCount >= 8)) continue;
      const short = info.wordCount <= 20 && info.t.length <= 160;
      const t = stripEmphasisAndSpace(info.t);
      const label = short ? cues.byline.exec(t) : null;
      // `By Jane Doe`, `Editor: Budi` — a name or a colon follows; `By the end of 2020 …` is prose.
      const rest = label ? t.slice(label[0].length - 1) : '';
      if (label && (/^\p{Lu}|^@/u.test(rest) || /[:：]/.test(label[0])) && !(info.terminal && sentenceAfterLabel(rest))) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Byline or editor line \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 8 && BY_NEWSROOM.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Byline of the newsroom \`${t.slice(0, 40)}\``, 0.75);
      } else if (/^(?:sumber|source|sources|quelle|fuente|fonte|bron|zdroj)\s*[:：]\s*\S/i.test(t) && info.wordCount <= 10) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Source line \`${t.slice(0, 40)}\``, 0.7);
      } else if (info.wordCount <= 12 && SITE_SIGN_OFF.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The site and its reporter \`${t.slice(0, 40)}\``, 0.8);
      } else if (info.wordCount <= 8 && WITH_AGENCY.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The paper and its agency \`${t.slice(0, 40)}\``, 0.85);
      } else if (info.wordCount <= 6 && (NAME_THEN_OUTLET.test(t) || INITIALS.test(t) || (info.wordCount === 1 && AGENCY_ALONE.test(t)) || (t.includes(',') && t.includes('.') && NAME_COMMA_SITE.test(t))
        || (AUTHOR_FIRST.has(info.first) && AUTHOR_ROW.test(t)))) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Author and outlet, or editors' initials \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 14 && (dateStamp(t) || (UPDATE_START.test(t) && dateStamp(t.replace(UPDATE_START, '')))) && !ledList(infos, info) && !LOG_LINE.test(t) || (short && info.wordCount >= 6 && stampAndUpdate(t)) || (/\d/.test(t) && (((info.wordCount <= 6 && UPDATE_TIME.test(t)) || (info.wordCount <= 10 && RELATIVE_TIME.test(t))) || (info.wordCount <= 12 && UPDATED_ON.test(t)))) || (t.length <= 30 && HAN_REPORTER.test(t)) || (t.length <= 80 && HAN_DATE.test(t))) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Date stamp \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 14 && info.first === 'asked' && QA_STATS.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `A question's age and views \`${t.slice(0, 40)}\``, 0.8);
      } else if (info.wordCount <= 70 && RELEASE_FACTS_FIRST.has(info.first) && RELEASE_FACTS.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `A republished release's source and citation \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 60 && /\d|^correspondence/i.test(t) && PAPER_FACTS.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The paper's authors or publication facts \`${t.slice(0, 40)}\``, 0.75);
      } else if (t.length <= 40 && HAN_STAFF.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The paper's reporters \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 14 && postedBy(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Date and author of the post \`${t.slice(0, 40)}\``, 0.75);
      } else if (!info.terminal && metaLine(t, cues)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The post's date and facts \`${t.slice(0, 40)}\``, 0.7);
      } else if (info.wordCount <= 6 && !info.terminal && WRITER_JOBS.has(t.slice(t.lastIndexOf(' ') + 1).toLowerCase()) && WRITER_ROLE.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Writer and their job \`${t.slice(0, 40)}\``, 0.7);
      } else if (info.wordCount <= 40 && WIRE_SIGN_OFF.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `The wire's reporting and editing credits \`${t.slice(0, 40)}\``, 0.8);
      } else if (info.wordCount <= 10 && /\d/.test(t) && NAME_THEN_RELATIVE.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Author and time \`${t.slice(0, 40)}\``, 0.75);
      } else if (info.wordCount <= 12 && /\d/.test(t) && READING_TIME.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'byline', `Reading time \`${t.slice(0, 40)}\``, 0.75);
      }
    }
    // In a block of byline lines (no blank line between): the author's name alone over the date, a reading time or a
    // time alone (`Anna Berger` ⏎ `Publiziert heute um 06:12 Uhr` ⏎ `3 Min`, `2h ago` ⏎ `14.32 GMT`).
    const isByline = (k: number) => flagged.get(k)?.category === 'byline';
    // The story's facts under its headline: its date and author, its comment counter.
    const isFacts = (k: number) => isByline(k) || flagged.get(k)?.category === 'comments';
    for (const info of infos) {
      const i = info.line.index;
      if (info.blank || info.wordCount > 6 || flagged.has(i)) continue;
      // A post's author over its date, both alone (`Ruth Abernathy-Kwan` ⏎ `Mar 12, 2026`).
      const dateBelow = info.next === i + 1 && !flagged.has(i + 1) ? infos[i + 1]! : undefined;
      if (dateBelow && info.wordCount >= 2 && info.wordCount <= 4 && dateBelow.wordCount <= 6 && bareDate(dateBelow.t) && AUTHOR.test(info.t) && !/\d/.test(info.t)) {
        reportLine(i, 'boilerplate', 'byline', `The author's name over the date \`${info.t.slice(0, 40)}\``, 0.7);
        reportLine(i + 1, 'boilerplate', 'byline', `Date of the post \`${dateBelow.t.slice(0, 40)}\``, 0.7);
        continue;
      }
      const nearByline = (info.prev === i - 1 && isFacts(i - 1)) || (info.next === i + 1 && isFacts(i + 1));
      if (!nearByline) continue;
      const t = stripEmphasisAndSpace(info.t);
      // A reader's comment has its text right under the date (`Priya D.` ⏎ `March 5, 2024 at 6:14 pm` ⏎ `Made these …`).
      const date = infos[i + 1];
      const underDate = date && date.next === i + 2 && !isByline(i + 2) && infos[i + 2]!.wordCount > 4;
      if (info.next === i + 1 && isByline(i + 1) && !underDate && AUTHOR.test(t) && info.wordCount >= 2 && info.wordCount <= 4 && !/\d/.test(t)) {
        reportLine(i, 'boilerplate', 'byline', `The author's name over the date \`${t.slice(0, 40)}\``, 0.7);
      } else if (/\d/.test(t) && (LONE_READING_TIME.test(t) || ZONED_TIME.test(t) || bareDate(t))) {
        reportLine(i, 'boilerplate', 'byline', `${LONE_READING_TIME.test(t) ? 'Reading time' : 'Date or time'} \`${t}\``, 0.7);
      } else if (info.wordCount <= 3 && AUTHOR_ROLE.test(t)) {
        reportLine(i, 'boilerplate', 'byline', `The author's role \`${t}\``, 0.7);
      }
    }
    // The author's box after the story: their name over their role (`Theo Brannigan` ⏎ `Contributing Writer`), then the
    // bio that opens with the name; or a bio sentence about a name the byline gave (`Leah Varga is a contributing writer …`).
    const authors = new Set<string>();
    for (const info of infos) {
      if (info.blank || info.wordCount > 10 || flagged.get(info.line.index)?.category !== 'byline') continue;
      const t = stripEmphasisAndSpace(info.t);
      const m = BYLINE_NAMES.exec(t) ?? NAME_DASH_DATE.exec(t);
      if (m) for (const name of [m[1], m[2], m[3]]) if (name) authors.add(name);
    }
    for (const info of infos) {
      const i = info.line.index;
      if (info.blank || info.wordCount > 4 || info.wordCount < 2 || flagged.has(i) || /\d/.test(info.t)) continue;
      const role = info.next === i + 1 ? infos[i + 1]! : undefined;
      if (role && !flagged.has(i + 1) && role.wordCount <= 3 && AUTHOR.test(info.t) && AUTHOR_ROLE.test(stripEmphasisAndSpace(role.t))) {
        authors.add(info.t);
        reportLine(i, 'boilerplate', 'byline', `The author's name over their role \`${info.t}\``, 0.7);
        reportLine(i + 1, 'boilerplate', 'byline', `The author's role \`${role.t}\``, 0.7);
      }
    }
    if (authors.size > 0) {
      // (Looked up by the line's first word, which each line keeps: a long page gives hundreds of authors.)
      const byFirstWord = new Map<string, string[]>();
      for (const name of authors) {
        const key = firstWord(name);
        (byFirstWord.get(key) ?? byFirstWord.set(key, []).get(key)!).push(name);
      }
      for (const info of infos) {
        const i = info.line.index;
        if (info.blank || info.wordCount > 80 || flagged.has(i)) continue;
        const names = byFirstWord.get(info.first);
        if (!names) continue;
        // (Their box's bio, right under the role, opens with the name and any verb: `… has covered security for a decade`.)
        const box = info.prev >= 0 && AUTHOR_ROLE.test(stripEmphasisAndSpace(infos[info.prev]!.t));
        for (const name of names) {
          if (!info.t.startsWith(name + ' ')) continue;
          const rest = info.t.slice(name.length);
          if (IS_A_WRITER.test(rest) || IS_AN_EDITOR.test(rest) || (box && /^\s+\p{Ll}/u.test(rest))) {
            reportLine(i, 'boilerplate', 'byline', `The author's bio \`${info.t.slice(0, 40)}\``, 0.7);
            // (Their name alone right over it heads the box.)
            if (info.prev === i - 1 && !flagged.has(i - 1) && infos[i - 1]!.t.trim() === name) reportLine(i - 1, 'boilerplate', 'byline', `The author's name over their bio \`${name}\``, 0.7);
            break;
          }
        }
      }
    }
    // A live blog's entry times, each alone on its line over the entry (`16:05 WIB` ⏎ its title): a few of them make the
    // page one, where a single time under the author may be the story's own.
    const times = infos.filter((info) => !info.blank && info.t.length <= 24 && (ZONED_TIME.test(info.t) || ENTRY_TIME.test(info.t)));
    if (times.length >= LIVE_BLOG_TIMES) {
      for (const info of times) if (!flagged.has(info.line.index)) reportLine(info.line.index, 'boilerplate', 'byline', `Entry time of a live blog \`${info.t}\``, 0.7);
    }
  },
};
