import { countSentences, stripEmphasis, type LineInfo } from '../../document';
import type { Cues } from '../../cues';
import { SITE_SLASH, WITH_AGENCY } from '../boilerplate/byline';
import type { Detector } from '../types';

// `(AP Photo/Jane Roe)`, `REUTERS/John Smith`, `ANTARA FOTO/Nama`, `EPA-EFE/…`, `Photograph: X/Getty Images`.
// (Not a wire's regional service in brackets: `Stuttgart (dpa/lsw) - …` opens the story.)
const LICENSING_LINK = /\s*Purchase Licensing Rights(?:, opens new tab)?\s*$/;
// `… on Nov. 26, 2026. CASTELLAN/Ines Varga`: a wire in capitals, its photographer after the slash.
const WIRE_SLASH_NAME = /[.!?"”’)]\s+\p{Lu}{3,}\s*\/\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*$/u;
const AGENCY_SLASH = /(?<![\p{L}\p{N}])(?:AP(?:\s+Photo)?|AFP|REUTERS|Reuters|ANTARA(?:\s+FOTO)?|EPA(?:-EFE)?|EFE|dpa|ANSA|ANP|Lusa|ČTK|CTK|Xinhua|Anadolu|Bloomberg|Getty(?:\s+Images)?|Shutterstock|Alamy|PA(?:\s+Wire|\s+Images)?|Keystone|Imago|picture alliance|KOMPAS\.com|TRIBUNNEWS|Kompas|Tempo)\s*\/\s*(?![a-z]{2,4}\))\S/u;
// `Pump controller wiring (from the manufacturer's manual)`, `… (source: NASA)`, `… (via Wikimedia)`.
// `Seedlings (from a garden centre)` names no source: a shopping list, not a credit; nor a stretch of road or years
// (`Quarry Road (from Route 9 to the town line)`, `(from 2019)`).
const PAREN_SOURCE = /^[^.!?]{3,120}\((?:from(?![^()]*\sto\s)(?!\s+\d)|source|via|courtesy(?: of)?|image|photo|foto|sumber|dok\.?)\b(?!\s+(?:a|an|any|your|some|one)\s)[^()]{2,60}\)\s*$/iu;
const PAREN_CREDIT = /\((?:[^()]*\/)?(?:AP Photo|AFP|Reuters|REUTERS|Getty Images|Foto|Photo|Kredit|Credit|Sumber|Bild|Crédit|Istimewa|Dok\.?|DOK\.?|Ilustrasi|Instagram|TikTok|YouTube|Facebook|Twitter|Shutterstock|ANTARA)[^()]{0,80}\)\s*$/u;
// `… (Ivan Petrenko/Space Agency photo via AP)`, `… (Photo courtesy of the museum)`.
const PAREN_VIA = /\([^()]{0,80}\b(?:photo|photograph|image|foto)s?\s+(?:via|by|courtesy(?:\s+of)?)\s+[^()]{2,40}\)\s*$/iu;
// `… on the roof in 1989. (AP)`, `… en el Congreso. Javier Molinero (EFE)`: an agency in brackets, alone or after its
// photographer, after the caption's last sentence.
const PAREN_AGENCY = /[.!?"”’»]\s*(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3})?\((?:AP|AFP|Reuters|REUTERS|EPA|EFE|dpa|Getty Images|Getty|Xinhua|ANTARA|PA|Bloomberg|ČTK|ANP|ANSA|Europa Press|Lusa|Belga)\)\s*$/u;
// `… sul rio Ferrone. Foto Ansa`, `… Termini di Roma – Foto LaPresse`: the word for photo and an agency, bare, after the
// caption's last sentence or a dash.
const BARE_AGENCY = /(?:[.!?"”’]|\s[-–—])\s+(?:Foto|Photo|Fotografía|Fotografia)\s+(?:ANSA|Ansa|LaPresse|Imagoeconomica|Fotogramma|AP|AFP|Reuters|EPA|EFE|dpa|ANP|Lusa|ČTK|ANTARA|Getty Images)\s*$/u;
// `… vers 1905. DR`: rights reserved (droits réservés), the French credit for a picture whose owner is unknown.
const RIGHTS_RESERVED = /[.!?"”’»)]\s+(?:©\s*)?D\.?R\.?\s*$/u;
// `… in March 2023. Photo by the author`, `… place des Cordeliers. Photo CA/Yannick Bessière`, `… bezichtigde. Beeld
// Lotte Brandsma`: the word for photo and its photographer, bare, after the caption's last sentence.
const BARE_PHOTOGRAPHER = /[.!?"”’]\s+(?:(?:Photo|Foto|Photograph|Fotografía|Fotografia)\s+(?:(?:by|par|von|di|de|oleh|door)\s+(?:the author|l['’]auteur|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)|\p{Lu}{1,6}\s*\/\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)|Beeld\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*$/u;
// `… on the pier on Saturday. (Rosa K. Mendel / The Harbour Times)`: a photographer and their paper.
const PAREN_PHOTOGRAPHER = /\((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*(?:\p{Lu}[\p{L}'’.&-]*\s*){1,5}\)\s*$/u;

// `… na zona sul de São Paulo - Renato Azevedo Lima/Agência Meridiano`: a dash, the photographer and their paper or agency.
const DASH_PHOTOGRAPHER = /\s[-–—]\s+(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:de|da|do|dos|das|del|di|van|von|le|la)\s+)?){1,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*(?:\p{Lu}[\p{L}'’.&-]*\s*){1,4}$/u;
// `… à Nantes, le 20 novembre. JEAN DUPONT / HANS LUCAS POUR « LE QUOTIDIEN »`, `… PAUL MARTIN / AFP`: a photographer and an
// agency in capitals either side of a slash, maybe `for` the paper; alone on its line under the caption (`JOSÉ CRUZ/LUSA`).
const CAPS_SLASH = /(?:[.!?"”’»)]\s+(?:\p{Lu}[\p{Lu}'’.-]+\s+){0,2}|^(?:\p{Lu}[\p{Lu}'’.-]+\s+){1,2})\p{Lu}[\p{Lu}'’.-]+\s*\/\s*(?:(?:\p{Lu}[\p{Lu}'’.&-]+\s*){1,4}(?:(?:POUR|FOR|PARA|PER|FÜR|VOOR)\s+[«"“]\s*[^»"”]{2,40}?\s*[»"”])?|[«"“]\s*[^»"”]{2,40}?\s*[»"”])\s*$/u;
// `LOÏC BERNIER POUR « LE QUOTIDIEN »` under a caption, `… dimanche. LOÏC BERNIER POUR « LE QUOTIDIEN »`: a photographer
// in capitals working for the paper, no agency between.
const CAPS_FOR = /(?:[.!?"”’»)]\s+|^)(?:\p{Lu}[\p{Lu}'’.-]+\s+){1,3}(?:POUR|FOR|PARA|PER|FÜR|VOOR)\s+[«"“]\s*[^»"”]{2,40}?\s*[»"”]\s*$/u;
// `Les pompiers évacuent une habitante, mercredi. | OUEST-FRANCE`: the paper's name in capitals after a bar.
const BAR_CAPS = /[.!?»”)]\s*\|\s*(?:\p{Lu}[\p{Lu}'’.&-]+\s*){1,4}$/u;
// `… entre Saint-Aubin et la Loire. INFOGRAPHIE LE QUOTIDIEN`: a map's or chart's maker, in capitals, ending its caption.
const GRAPHIC_BY = /(?:[.!?"”’»)]\s+|^)(?:INFOGRAPHIE|INFOGRAFÍA|INFOGRAFIA|INFOGRAFIK|GRAFIK|GRAPHIC|GRAPHIQUE|CARTE|ILLUSTRATION)\s+(?:\p{Lu}[\p{Lu}'’.&-]*\s*){1,4}$/u;
// `Riders waiting for a train … ⏎ Credit...Tomasz Rudek for The Metro Daily`: a credit label with an ellipsis.
const ELLIPSIS_LABEL = /^(?:credit|photo|image|video)(?:\.{3}|…)\s*\S/i;
// `… this summer.Credit...Tolland Institute`: the same label glued after the caption's last sentence.
const GLUED_ELLIPSIS_LABEL = /[.!?"”’)](?:Credit|Photo|Image|Video)(?:\.{3}|…)\s*\p{Lu}[^.!?]{0,80}$/u;
// `… seusai kericuhan, Minggu malam. (TRIBUNJATENG.COM/NAMA WARTAWAN)`: a news site and its photographer in brackets.
const PAREN_SITE_SLASH = new RegExp(`${SITE_SLASH}\\s*$`, 'iu');
// `… durante un conflicto anterior. (Archivo)`: a file picture, said in brackets after the caption's last sentence.
const PAREN_FILE = /[.!?"”’]\s*\((?:Archivo|Arquivo|Archiv|Archivbild|Archives|Archive|Archief|File|File photo|Foto de archivo|Foto d'archivio)\)\s*$/u;

// `图为…大坝。（记者 林嘉 摄）`, `（新华社记者 张三 摄）`: Chinese credits a photo as "shot by" its photographer.
const SHOT_BY = /[（(][^()（）]{0,30}\s?[摄攝][)）]\s*$|[（(](?:圖|图|照片|圖片|图片|影片)[／/][^()（）]{1,30}[)）]\s*$|[（(](?:图片来源|圖片來源|图源|圖源|图片|圖片|摄影|攝影)[：:][^()（）]{1,30}[)）]\s*$|(?<=[。！？])\s*(?:新华社|新華社)?(?:记者|記者)\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})?\s*[摄攝]$/u;
// A Japanese caption's tail: its credit (`…（北浜新報社撮影）`, `…＝実行委員会提供`), or after `＝` the day it was taken
// and where (`…＝28日午後、潮見市役所`), as Japanese papers caption a photo.
const JA_CAPTION_TAIL = /(?<=\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[）」])(?:[（(][^()（）]{1,30}(?:撮影|提供)[)）]|＝[^＝。()（）]{1,30}(?:撮影|提供)|＝(?:\d{4}年)?\d{1,2}(?:月\d{1,2})?日[^＝。]{0,24})\s*$/u;
// `Illustration: Wen Saltmarsh for …`: a lead illustration's credit, which has no caption of its own.
const ILLUSTRATION_CREDIT = /^[([]?\s*(?:illustrations?|illustrazioni?|ilustraci[óo]n|ilustra[çc][ãa]o|illustratie|ilustrace|ilustrasi|artwork)(?![\p{L}])/iu;
// A listicle credits each picture on a line of its own, with where it was found: `u/name / Via reddit.com`,
// `@handle / Via Twitter`.
const VIA_SOURCE = /^(?:u\/[\w-]+|@[\w.]+|\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,3})\s+\/\s+via\s+(?:(?:[\w-]+\.)+[a-z]{2,}|twitter|x|instagram|tiktok|youtube|facebook|reddit|tumblr|imgur|pinterest|giphy|getty images)$/iu;
// `新华社记者 邓凯 摄` on its own line under the caption; `（资料图）`: a file picture, said alone under its caption.
const SHOT_BY_LINE = /^\p{Script=Han}{2,14}(?:供图|供圖)$|^(?:[\p{Script=Han}·]{2,12}\s+){1,2}[摄攝]$|^[（(](?:资料图|資料圖|资料图片|資料圖片|资料照片|資料照片)[)）]$/u;

// `Herb pots on a windowsill (Tomas Brenner)`: a photographer's name in brackets closing a short line.
const PAREN_NAME = /\((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+\)\s*$/u;

/** A bracketed name at the end of the line, unless it spells out an abbreviation before it: `BPM (Beats Per Minute)`. */
function bracketName(t: string): RegExpExecArray | null {
  const name = PAREN_NAME.exec(t);
  if (!name || name.index === 0) return null;
  const initials = name[0].slice(1, -1).trim().split(/\s+/).map((w) => w.charAt(0)).join('');
  return spellsOut(t.slice(0, name.index), initials) ? null : name;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether `text` holds `initials` as a word of its own (`17) BPM` holds `BPM`). */
function spellsOut(text: string, initials: string): boolean {
  for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + 1)) {
    const end = at + initials.length;
    if (!(at > 0 && WORD_CHAR.test(text[at - 1]!)) && !(end < text.length && WORD_CHAR.test(text[end]!))) return true;
  }
  return false;
}
// `Mike Watson Images/Moodboard/Getty`, `… on the quay Getty Images`, `Photographer/Shutterstock`.
const AGENCY_END = /(?:\/\s*(?:Getty(?:\s+Images)?|Shutterstock|iStock(?:photo)?|Alamy|Moodboard|Corbis|Unsplash|AFP|AP|Reuters|EPA|dpa)|\s(?:Getty Images|Shutterstock|iStockphoto|Alamy Stock Photo))\)?\s*$/u;
// `Photo by Ines Halloran / Gridline`, `Image courtesy of Harbour Lab`: a credit line of its own, under its caption.
// (`Photographs by Tomasz Wren` under a byline credits the whole story's pictures: a byline.)
const PHOTO_BY = /^(?:[Pp]hoto(?:graph)?|[Ii]mage|[Ii]llustration|[Vv]ideo|[Ss]creenshot|[Pp]icture)\s+(?:by|courtesy(?:\s+of)?|via)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.&-]*\s*){1,4}(?:[/|]\s*(?:\p{Lu}[\p{L}'’.&-]*\s*){1,4})?$/u;
// `… is a single toggle. Screenshot by Theo Brannigan/Bytewell`: the same credit after the caption's last sentence.
const GLUED_PHOTO_BY = new RegExp(`[.!?"”’)]\\s+${PHOTO_BY.source.slice(1)}`, 'u');
// `Theo Brannigan/Bytewell`: a photographer and the site, no space around the slash (a breadcrumb spaces it); a credit
// only under a caption's sentence (a header's art credit alone reads the same).
const NAME_SLASH_SITE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\/\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}$/u;
// `… présente désormais 180 œuvres. © Jean Morel / Agence Sillage`: a photographer's copyright after the caption.
// (A date may end the caption: `…, mercredi 4 mars 2026. © Name / Agency`.)
// (An aggregator credits the paper it syndicates so, glued or alone under the caption: `… © Provided by The Gazette`; a
// site and its photographer alone under it: `© Les Puces Savantes / Bastien Kerlouan`.)
// (An agency and its photographer after a dash, alone under the caption: `© AFP - Thomas Vergnaud`.)
const PHOTO_COPYRIGHT = /(?:(?:\p{L}{2}|\d{4}|\S)[.!?»”)]\s+©\s*(?:Provided by\s+)?|^©\s*(?:Provided by\s+|(?=(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*\s*\/\s*\p{Lu})|(?=(?:AFP|AP|Reuters|EPA|ANP|dpa|Belga|ANSA|EFE|Lusa|ČTK|Antara|Maxppp|MAXPPP|Sipa|Abaca|Getty Images)\s+[-–—]\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu})))(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:(?:\s*\/\s*|\s+[-–—]\s+)(?:\p{Lu}[\p{L}'’.&-]*\s*){1,4})?$/u;

/** `© Katell Jégou`: a copyright sign and a person's name alone, no year, no agency. */
const BARE_NAME_COPYRIGHT = /^©\s*\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|du|le|la|van|von|da|di)){1,3}$/u;

/** Where a copyright sign credits a photo after its caption (not the page's: no year, no footer words), if it does. */
export function photoCopyright(t: string, cues: Cues): number {
  if (!t.includes('©') || cues.footer.test(t)) return -1;
  const m = PHOTO_COPYRIGHT.exec(t);
  return m ? t.lastIndexOf('©') : -1;
}
/** `hide caption` closing a caption, `toggle caption` alone: the buttons a public broadcaster's captions carry. */
const CAPTION_TOGGLE = /(?:^|\s)(?:hide|toggle|show) caption$/i;
// `Fernwick / Priya Anand`: the site and its photographer, a credit line of its own.
const SITE_SLASH_PHOTOGRAPHER = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,2}\p{Lu}[\p{L}'’.&-]*\s+\/\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u;
// `Ilustrační foto`, `Symbolbild`, `File photo` alone under a picture or its caption: what the picture is.
// `Photo Le Courrier de l’Aurance / Julien Castagné`: the word for photo and the paper or photographer, alone on the line.
const PHOTO_LINE = /^(?:Photos?|Fotos?)\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|de|du|des|la|le|di|van|von|[ld]['’]\p{Lu}[\p{L}'’-]*|\/))*\s*(?:\/\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})?$/u;
// `… na sídlišti Výsluní. Ilustrační snímek`: the caption says what the picture is after its last sentence.
const ILLUSTRATION_END = /[.!?]\s+(?:Ilustrační\s+(?:foto|snímek|obrázek)|Foto\s+ilustrasi|Ilustrasi|File\s+photo|Archivbild|Symbolbild|Symbolfoto|Photo\s+d['’]illustration)\.?$/u;
const ILLUSTRATION = /^(?:ilustrační\s+(?:foto|snímek|obrázek)|(?:foto|gambar)\s+ilustrasi|ilustrasi|(?:photo|image)\s+d['’]illustration|illustrative\s+(?:image|photo)|file\s+photo|archivbild|symbolbild|symbolfoto|(?:foto|imagen)\s+de\s+archivo|imagen\s+ilustrativa|foto\s+ilustrativa|(?:foto|immagine)\s+d['’]archivio|archieffoto|archiefbeeld)\.?$/iu;
/**
 * A figure's number right before its title's capital, no stop between (`Fig. 1 Three requests …`); the prose that refers
 * to a figure goes on in lower case (`Figure 6 shows …`). (Case matters here: no `i` flag.)
 */
const FIGURE_TITLED = /^(?:[Ff]ig\.|[Ff]igure|FIGURE|[Aa]bb\.|[Aa]bbildung|[Gg]ambar|[Oo]br\.|[Oo]brázek)\s*\d+[a-z]?\s+\p{Lu}/u;
// `Figure 3: …`, `Fig. 2.`, `Gambar 1:`, `Abb. 4:`, `… [Fig 1]`.
const FIGURE = /^(?:fig(?:ure)?|gambar|abb(?:ildung)?|afb(?:eelding)?|ilustración|illustration)\.?\s*\d+[a-z]?\s*[:.—–-]|\[fig(?:ure)?\.?\s*\d+\]\s*$/iu;

/** A figure's panel opening its legend: `a, …`, `a | …`, `(a) …`, `A. …`. */
const PANEL = /^(?:\(?[a-hA-H]\)|[a-h][,|]|[A-H]\.)\s+\p{Lu}/u;

// `… Jane Doe for Getty Images`, `… | Reuters`: the agency closes the line, credited alone or with a photographer.
const AGENCY_AT_END = /(?:getty images|reuters|shutterstock|alamy|afp|istock\w*|unsplash|pexels)\.?\s*$/i;
const AGENCY_CREDIT_AT_END = /(?:^|[.|/,\-–—]\s*)(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:for\s+)?(?:getty images|reuters|shutterstock|alamy|afp|istock\w*|unsplash|pexels)\.?\s*$/iu;

// A video's length or a gallery's size shown on a teaser tile: `0:46`, `1:02:03`, `29 fotografií`, `View 12 photos`.
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const PHOTO_COUNT = /^(?:\p{L}+\s+){0,2}\d{1,4}\s+(?:photos?|pictures|images|fotos?|fotografi[eíií]?|fotek|snímků|bilder|gambar|immagini|imágenes)$/iu;

/** How far from its caption a line repeating the caption's text is taken as the photo's or video's title. */
export const TITLE_REACH = 8;

/** A video's length or a gallery's size standing under a teaser tile's title (`0:46`, `29 fotografií`). */
export function isBadge(t: string): boolean {
  return t.length <= 40 && (DURATION.test(t) || PHOTO_COUNT.test(t));
}

// `Image caption, Engineers inspected the bridge`, `Image source, Getty Images`: a broadcaster's labels for screen
// readers, copied with the page.
const LABEL_COMMA = /^(?:image|photo|picture|video|media)\s+(?:source|caption|copyright|credit)\s*,\s*\S/i;

const SOURCE_LABEL = /^[([]?\s*(?:sumber|source|quelle|fuente|fonte|bron|zdroj)\s*[:：]/i;
const AUTHOR_AND_SOURCE = /^(?:autor|author|penulis|auteur|autore)\s*:[^|·•]{2,60}[|·•]\s*(?:sumber|source|quelle|fuente|fonte|bron|zdroj)\s*:/i;
const PHOTO_WORD = /foto|photo|image|gambar|bild|imagen|immagine|afbeelding|obrázek|video/i;

export interface CreditMatch {
  /** Offset in the trimmed line where the credit starts (0 when the whole line is a credit). */
  readonly at: number;
  readonly evidence: string;
  /** Only a sentence right above it is its caption (`Site / Photographer` reads like a breadcrumb under a heading too). */
  readonly underSentence?: boolean;
  /** The line says what the picture is (`Ilustrační foto`): a caption even with no caption above it. */
  readonly illustration?: boolean;
  /** A credit that stands alone under each picture (`u/name / Via reddit.com`): a caption of its own, never the line above's. */
  readonly ownLine?: boolean;
  /** A photographer named for the paper (`NAME POUR « PAPER »`): under a caption, its credit. */
  readonly photographer?: boolean;
}

/** Finds a photo credit in a line: at its start, glued to its end, or as an agency byline. */
export function findCredit(info: LineInfo, cues: Cues): CreditMatch | undefined {
  // Markdown emphasis around a caption line (`*… Foto: X*`) is not part of it.
  // `… REUTERS/Name Purchase Licensing Rights, opens new tab`: the licensing link after a wire's credit is the page's.
  const stripped = stripEmphasis(info.t);
  const t = stripped.includes('Licensing') ? stripped.replace(LICENSING_LINK, '') : stripped;
  if (t.length > 600) return undefined;
  // Cheap facts first: most lines have no colon, slash or closing bracket and cannot hold a credit.
  const colon = t.includes(':') || t.includes('：');
  const slash = t.includes('/');
  const paren = t.endsWith(')');
  // `Sumber: Wartasport.id`, `Source: Reuters` alone credit the story, not a photo (a byline's job).
  if (colon && info.wordCount <= 30 && cues.creditAtStart.test(t) && !(SOURCE_LABEL.test(t) && !PHOTO_WORD.test(t))) {
    return { at: 0, evidence: t.slice(0, t.search(/[:：]/) + 1) };
  }
  // The label makes the whole line a caption (its source too), as a figure label does.
  if (info.wordCount <= 40 && LABEL_COMMA.test(t)) return { at: t.length, evidence: t.slice(0, t.indexOf(',') + 1) };
  if (info.wordCount <= 12 && ELLIPSIS_LABEL.test(t)) return { at: 0, evidence: t.slice(0, t.search(/\.{3}|…/) + 3) };
  const gluedEllipsis = info.wordCount <= 80 && (t.includes('...') || t.includes('…')) ? GLUED_ELLIPSIS_LABEL.exec(t) : null;
  if (gluedEllipsis) return { at: gluedEllipsis.index + 1, evidence: gluedEllipsis[0].slice(1, 30) };
  // `Autor: Tomáš Berka | Zdroj: Český rozhlas`: the story's author and source, a byline's (no picture named).
  if (colon && AUTHOR_AND_SOURCE.test(t) && !PHOTO_WORD.test(t)) return undefined;
  // The last credit label on the line; what follows must be short (a name, not a sentence).
  const last = colon ? lastCreditLabel(t, cues) : null;
  if (last && last.index > 0) {
    const before = t[last.index - 1]!;
    const glued = /[\p{L}\p{N}]/u.test(before);
    // Glued to the caption ("iniKredit:") the label must start a new word with a capital.
    const capital = /^\p{Lu}/u.test(last.text);
    const tail = t.slice(last.index + last.text.length).trim();
    const tailWords = tail.split(/\s+/).filter(Boolean).length;
    if ((glued ? capital : /[\s.(|\-–—/,。，；]/.test(before)) && tail.length > 0 && tailWords <= 8 && !/\p{Ll}{4,}[.!?]\s+\p{Lu}/u.test(tail)) {
      return { at: last.index, evidence: last.text };
    }
  }
  const agencySlash = slash && info.wordCount <= 60 ? AGENCY_SLASH.exec(t) : null;
  if (agencySlash) return { at: agencySlash.index, evidence: agencySlash[0] };
  const capsSlash = slash && info.wordCount <= 60 ? CAPS_SLASH.exec(t) ?? WIRE_SLASH_NAME.exec(t) : null;
  if (capsSlash) {
    const at = capsSlash.index + capsSlash[0].search(/\p{Lu}/u);
    return { at, evidence: t.slice(at, at + 40) };
  }
  const capsFor = info.wordCount <= 60 && /[»"”]\s*$/.test(t) ? CAPS_FOR.exec(t) : null;
  const graphicBy = !capsFor && info.wordCount <= 60 && /\p{Lu}{2}$/u.test(t) ? GRAPHIC_BY.exec(t) ?? (t.includes('|') ? BAR_CAPS.exec(t) : null) : null;
  if (capsFor || graphicBy) {
    const m = (capsFor ?? graphicBy)!;
    const at = m.index + m[0].search(/\p{Lu}/u);
    return { at, evidence: t.slice(at, at + 40), photographer: true };
  }
  const dashPhotographer = slash && info.wordCount <= 60 ? DASH_PHOTOGRAPHER.exec(t) : null;
  if (dashPhotographer) {
    const at = dashPhotographer.index + dashPhotographer[0].search(/\p{Lu}/u);
    return { at, evidence: t.slice(at) };
  }
  // A news brief also ends with its agency (`… three people died. (AP)`): a caption runs a sentence or two.
  const parenCredit = paren ? PAREN_CREDIT.exec(t) ?? PAREN_VIA.exec(t) ?? PAREN_PHOTOGRAPHER.exec(t) ?? glued(PAREN_SITE_SLASH.exec(t))
    ?? (countSentences(t) <= 2 ? PAREN_AGENCY.exec(t) ?? PAREN_FILE.exec(t) : null) : null;
  if (parenCredit) {
    const at = t.indexOf('(', parenCredit.index);
    return { at, evidence: t.slice(at, at + 30) };
  }
  const shotBy = t.endsWith('）') || t.endsWith('摄') || t.endsWith('攝') || paren ? SHOT_BY.exec(t) : null;
  if (shotBy) return { at: shotBy.index, evidence: shotBy[0] };
  const japanese = t.includes('＝') || t.endsWith('）') ? JA_CAPTION_TAIL.exec(t) : null;
  if (japanese) return { at: japanese.index, evidence: japanese[0] };
  if (t.length <= 24 && SHOT_BY_LINE.test(t)) return { at: 0, evidence: t };
  const sentences = countSentences(t);
  // (The word for photo, or `DR` closing the line, must be there: most paragraphs of three sentences hold neither.)
  const photoWord = sentences <= 3 && (t.includes('Foto') || t.includes('Photo') || t.includes('Beeld'));
  const bareAgency = photoWord ? BARE_AGENCY.exec(t) ?? BARE_PHOTOGRAPHER.exec(t)
    : sentences <= 3 && (t.endsWith('R') || t.endsWith('R.')) ? RIGHTS_RESERVED.exec(t) : null;
  if (bareAgency) {
    const at = bareAgency.index + bareAgency[0].search(/\p{Lu}/u);
    return { at, evidence: t.slice(at) };
  }
  if (paren && !info.terminal && info.wordCount <= 20) {
    const source = PAREN_SOURCE.exec(t);
    if (source) return { at: t.lastIndexOf('('), evidence: t.slice(t.lastIndexOf('(')) };
  }
  if (info.wordCount <= 3 && ILLUSTRATION.test(t)) return { at: 0, evidence: t, illustration: true };
  const illustrated = info.wordCount <= 45 ? ILLUSTRATION_END.exec(t) : null;
  if (illustrated) return { at: illustrated.index + 2, evidence: illustrated[0].slice(2), illustration: true };
  // A public broadcaster's caption with its toggles: `… Name/Station hide caption`, `toggle caption` alone.
  if (info.wordCount <= 80 && CAPTION_TOGGLE.test(t)) {
    const at = t.search(CAPTION_TOGGLE);
    return at === 0 ? { at: 0, evidence: t, ownLine: true } : { at: at + 1, evidence: t.slice(at).trim() };
  }
  if (info.wordCount <= 10 && PHOTO_LINE.test(t)) return { at: 0, evidence: t };
  if (info.wordCount <= 8 && t.includes('/') && VIA_SOURCE.test(t)) return { at: 0, evidence: t, ownLine: true };
  const copyright = info.wordCount <= 60 ? photoCopyright(t, cues) : -1;
  if (copyright >= 0) return { at: copyright, evidence: t.slice(copyright) };
  if (info.wordCount <= 12 && PHOTO_BY.test(t)) return { at: 0, evidence: t.slice(0, t.search(/\s(?:by|courtesy|via)\s/) + 4) };
  const gluedBy = info.wordCount <= 60 && / (?:by|courtesy|via) /.test(t) ? GLUED_PHOTO_BY.exec(t) : null;
  if (gluedBy) return { at: gluedBy.index + gluedBy[0].search(/\p{L}/u), evidence: gluedBy[0].slice(1, 30).trim() };
  if (info.wordCount <= 6 && slash && NAME_SLASH_SITE.test(t)) return { at: 0, evidence: t, underSentence: true };
  if (info.wordCount <= 30) {
    const end = atEnd(AGENCY_END, t);
    if (end) return { at: end.index, evidence: end[0].trim() };
    const figure = FIGURE.exec(t) ?? FIGURE_TITLED.exec(t);
    // A figure label makes the whole line a caption; there is no separate credit in it.
    if (figure) return { at: t.length, evidence: figure[0].replace(/\s+\p{Lu}$/u, '').trim() };
  }
  if (info.wordCount <= 6 && slash && SITE_SLASH_PHOTOGRAPHER.test(t)) return { at: 0, evidence: t, underSentence: true };
  if (paren && info.wordCount <= 20 && !/[.!?]\s*\(/.test(t) && t.indexOf('(') === t.lastIndexOf('(')) {
    const name = bracketName(t);
    if (name) return { at: name.index, evidence: name[0] };
  }
  // `Le Monde avec AFP`: the paper wrote the story with the agency (a byline), no picture is credited.
  if (info.wordCount <= 40 && AGENCY_AT_END.test(t.slice(-END_REACH)) && cues.agency.test(t) && AGENCY_CREDIT_AT_END.test(t) && !WITH_AGENCY.test(t)) {
    return { at: t.search(cues.agency), evidence: (cues.agency.exec(t)?.[0] ?? '') };
  }
  return undefined;
}

/** How far before its colon a credit label can start: the longest label (21 characters) and some spaces. */
const LABEL_REACH = 40;

/** A capital right after a small letter: where a label glued to the caption's last word starts (`iniKredit`). */
const GLUED_CAPITAL = /(?<=\p{Ll})\p{Lu}/gu;
const LABEL_CHAR = /^[\p{L}'’]$/u;
const SPACE_CHAR = /^\s$/u;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/** Of each UTF-16 unit: a letter or apostrophe, a space or anything else; 0 not yet known. */
const LABEL_CLASS = new Uint8Array(65536);

/** The class of the character ending at `end` (a surrogate pair is read whole: see `widthBefore`). */
function classBefore(t: string, from: number, end: number): number {
  const c = t.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && widthBefore(t, from, end) === 2) return LABEL_CHAR.test(t.slice(end - 2, end)) ? WORD : OTHER;
  let k = LABEL_CLASS[c]!;
  if (k === 0) {
    const char = String.fromCharCode(c);
    LABEL_CLASS[c] = k = LABEL_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
  }
  return k;
}

/** 2 for a surrogate pair ending at `end` and starting at `from` or after, else 1. */
const widthBefore = (t: string, from: number, end: number) =>
  end - 2 >= from && (t.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (t.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;

/** Where a run of `kind` characters ending at `at` starts, not before `from`. */
function runStart(t: string, from: number, at: number, kind: number): number {
  while (at > from && classBefore(t, from, at) === kind) at -= widthBefore(t, from, at);
  return at;
}

/**
 * The last words of `t[from, end)` (three at most, spaces after them allowed): where a credit label before a colon
 * ends. What `/((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)\s*$/u` finds in that slice, read backwards from its end: the pattern
 * tried from every position of the slice cost more than all else the line's credit check does.
 */
export function labelTail(t: string, from: number, end: number): { start: number; end: number } | null {
  const e = runStart(t, from, end, SPACE);
  if (e === from || classBefore(t, from, e) !== WORD) return null;
  let start = runStart(t, from, e, WORD);
  for (let words = 1; words < 3; words++) {
    // Another word counts only across spaces.
    const gap = runStart(t, from, start, SPACE);
    if (gap === start || gap === from || classBefore(t, from, gap) !== WORD) break;
    start = runStart(t, from, gap, WORD);
  }
  return { start, end: e };
}

/**
 * The last credit label on the line (`Kredit:` in `… pagi iniKredit: Twitter`) and where it starts, read back from
 * each colon: the words before it are looked up, the longest first, then the end of a word glued to the caption at
 * a capital (patterns of every label tried at every position of a long line cost far more).
 */
function lastCreditLabel(t: string, cues: Cues): { index: number; text: string } | null {
  for (let c = lastColon(t, t.length - 1); c >= 0; c = lastColon(t, c - 1)) {
    const from = Math.max(0, c - LABEL_REACH);
    const tail = labelTail(t, from, c);
    if (!tail) continue;
    const end = tail.end;
    const words = t.slice(tail.start, end).split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const label = words.slice(words.length - n).join(' ');
      if (cues.creditLabels.has(label.toLowerCase())) {
        let index = end;
        for (let k = words.length - 1; k >= words.length - n; k--) index = t.lastIndexOf(words[k]!, index - 1);
        return { index, text: t.slice(index, c + 1) };
      }
    }
    const last = words[words.length - 1]!;
    for (const glued of last.matchAll(GLUED_CAPITAL)) {
      if (cues.creditLabels.has(last.slice(glued.index).toLowerCase())) {
        const index = end - last.length + glued.index;
        return { index, text: t.slice(index, c + 1) };
      }
    }
  }
  return null;
}

function lastColon(t: string, before: number): number {
  return before < 0 ? -1 : Math.max(t.lastIndexOf(':', before), t.lastIndexOf('：', before));
}

/**
 * A pattern anchored at the line's end run on the line's last characters only: the regex engine would try it
 * from every position of a long line. The match's index is the line's.
 */
const END_REACH = 40;
function atEnd(pattern: RegExp, t: string): RegExpExecArray | null {
  const from = Math.max(0, t.length - END_REACH);
  const m = pattern.exec(from ? t.slice(from) : t);
  if (m) m.index += from;
  return m;
}

/** A match glued to a caption, not a line of its own (`(Site.com/Name)` alone signs the story off: a byline). */
const glued = (m: RegExpExecArray | null) => (m && m.index > 0 ? m : null);

/** A line that is nothing but a credit: `REUTERS/Mark Tollefson`, `Getty Images`, `Foto: Istimewa`. */
function creditOnly(info: LineInfo, match: CreditMatch): boolean {
  // (A photographer, their agency and the paper run to ten words: `CLAIRE MONTAGNAC / HANS LUCAS POUR « LE QUOTIDIEN DE PARIS »`.)
  return match.at === 0 && info.wordCount <= 10;
}

/** A name of up to four capitalised words, then a slash: the photographer before the agency (`Mathieu Rosselin /`). */
const PHOTOGRAPHER_BEFORE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*\/?\s*$/u;

export const credit: Detector = {
  id: 'caption/credit',
  description: 'Photo captions and credits (`Kredit: Twitter`, `(AP Photo/…)`, `REUTERS/…`)',
  kind: 'caption',
  categories: ['credit', 'video-title', 'media-title'],
  detect({ infos, cues, flagged, reportLine }) {
    const matches = new Map<number, CreditMatch>();
    /** Lines closing with a bracketed name, by that name: one photographer credited under several photos. */
    const bracketNames = new Map<string, number[]>();
    for (const info of infos) {
      // A slide's credit in a slideshow of other stories goes with its slide.
      if (info.blank || flagged.get(info.line.index)?.category === 'slideshow') continue;
      const match = findCredit(info, cues);
      if (match) matches.set(info.line.index, match);
      // (One bracket only: `Nama (Klub), Nama (Klub), Nama (PS Tirta Kencana)` is a list of people and their clubs.)
      else if (info.wordCount <= 20 && info.t.endsWith(')') && info.t.indexOf('(') === info.t.lastIndexOf('(')) {
        const name = bracketName(info.t);
        if (name) {
          const list = bracketNames.get(name[0]);
          if (list) list.push(info.line.index);
          else bracketNames.set(name[0], [info.line.index]);
        }
      }
    }
    // `Water the seedlings. (Tomas Brenner)`: after a full sentence a bracketed name could be an aside, but
    // the same name closing several short lines is the photographer's credit under each step photo.
    const evidenceCount = new Map<string, number>();
    if (bracketNames.size) for (const m of matches.values()) evidenceCount.set(m.evidence, (evidenceCount.get(m.evidence) ?? 0) + 1);
    for (const [name, lines] of bracketNames) {
      if (lines.length + (evidenceCount.get(name) ?? 0) < 2) continue;
      for (const index of lines) matches.set(index, { at: infos[index]!.t.lastIndexOf(name), evidence: name });
    }
    // A caption whose credit stands alone on the next line: `Crews install … on Monday.` + `REUTERS/Mark T.`
    const captionAbove = new Set<number>();
    for (const [index, match] of matches) {
      const info = infos[index]!;
      // A bare agency name under a headline credits the story (`Reuters`), not a photo: only a labelled or
      // photographer credit (`Image: …`, `REUTERS/Mark Tollefson`) makes the line above a caption.
      // (`Video: Nejostřejší výměny z debaty za tři minuty`: a video's title under its label, no credit of the line above.)
      if (/^video\s*[:：]/i.test(info.t.trim()) && info.wordCount > 5) continue;
      // (The photographer's name before the agency the match found is the credit's too: `Mathieu Rosselin / AFP`.)
      const photographer = match.at > 0 && info.wordCount <= 10 && PHOTOGRAPHER_BEFORE.test(info.t.slice(0, match.at));
      if (!(creditOnly(info, match) || photographer) || info.prev < 0 || !(match.photographer || /[:：/／©]|photo|foto|bild|beeld|ilustra|[摄攝]$|[资資]料[图圖照]/i.test(info.t) || ELLIPSIS_LABEL.test(info.t))) continue;
      const prev = infos[info.prev]!;
      // (A photographer before the agency, after a blank line, may credit a step's picture under a paragraph: only the line
      // glued over it is its caption.)
      if (photographer && info.prev !== index - 1) continue;
      if (match.underSentence && !(prev.terminal && prev.wordCount >= 6 && info.prev === index - 1)) continue;
      // A lead illustration's credit stands alone (`Illustration: Wen Saltmarsh for …`): the art has no caption, and the
      // line over it after a blank line is the headline's deck.
      if (match.ownLine || info.prev !== index - 1 && ILLUSTRATION_CREDIT.test(info.t)) continue;
      // A caption repeated over each photo is still a caption, whatever the repeat rule said.
      const priorCategory = flagged.get(prev.line.index)?.category;
      // (Han text has no spaces: eight characters make a caption's words.)
      if (matches.has(prev.line.index) || (priorCategory && priorCategory !== 'repeated') || prev.wordCount > 45 || (prev.wordCount < 3 && !/\p{Script=Han}{8}/u.test(prev.t))
        || /:\s*$/.test(prev.t) || /["“„«]/.test(prev.t)) continue;
      captionAbove.add(index);
      reportLine(prev.line.index, 'caption', 'credit', `Photo caption (its credit is on line ${index + 1})`, 0.7);
    }
    // `© Katell Jégou` alone, glued under a caption's line, the article going on after it: a photographer's copyright (a
    // site's names the site, a year or its rights, and closes the page).
    for (const info of infos) {
      const i = info.line.index;
      if (info.blank || info.wordCount > 4 || info.prev !== i - 1 || matches.has(i) || !BARE_NAME_COPYRIGHT.test(info.t)) continue;
      const prev = infos[i - 1]!;
      const prior = flagged.get(i - 1);
      if ((prior && prior.kind !== 'caption') || prev.wordCount < 4 || prev.wordCount > 30 || /["“„«]/.test(prev.t)) continue;
      let goesOn = false;
      for (let j = i + 1, seen = 0; j < infos.length && seen < 6 && !goesOn; j++) {
        if (infos[j]!.blank) continue;
        seen++;
        goesOn = !flagged.has(j) && infos[j]!.wordCount >= 8 && infos[j]!.terminal;
      }
      if (!goesOn) continue;
      reportLine(i, 'caption', 'credit', `Photographer's copyright under a caption (\`${info.t}\`)`, 0.95);
      if (!prior) reportLine(i - 1, 'caption', 'credit', `Photo caption (its credit is on line ${i + 1})`, 0.7);
    }
    // A teaser tile's title sits right above its media badge: `Title` + `0:46` (a video's length) or
    // `Title` + `29 fotografií` (a gallery's size). A timestamp above a line (a transcript) is not a badge.
    // The badge goes with its title: left alone, it would make the line over the title read as one on a second clean.
    for (const info of infos) {
      if (info.blank || info.next < 0 || info.wordCount > 25 || info.block !== 'text') continue;
      const badge = infos[info.next]!;
      // (A gallery's link with its count, `Lihat 12 foto`, is the image-counter rule's, and still a badge.)
      const badgeTaken = flagged.get(badge.line.index)?.category;
      if (!isBadge(badge.t) || (badgeTaken && badgeTaken !== 'image-counter')) continue;
      const taken = flagged.get(info.line.index);
      // (Another story's teaser another rule took, `Related video: …` ⏎ `1:31`: the badge is that teaser's. A widget's
      // label or a player's controls over it are read whole by their own rules.)
      if (taken) {
        if (!badgeTaken && taken.category === 'related-link' && info.wordCount >= 3) reportLine(badge.line.index, 'boilerplate', 'related-link', `Badge (\`${badge.t}\`) of the teaser on line ${info.line.index + 1}`, 0.7);
        continue;
      }
      if (info.terminal || info.wordCount < 3 || matches.has(info.line.index)) continue;
      reportLine(info.line.index, 'caption', 'media-title', `Title of the video or gallery whose badge \`${badge.t}\` follows`, 0.7);
      // (The badge is the tile's furniture, not the caption's words.)
      if (!badgeTaken) reportLine(badge.line.index, 'boilerplate', 'related-link', `Badge (\`${badge.t}\`) of the video or gallery titled on line ${info.line.index + 1}`, 0.7);
    }
    // The credit alone under `toggle caption` (`Jonah Pettibone for Commonwave`) is that caption's.
    for (const [index] of matches) {
      if (!/^toggle caption$/i.test(infos[index]!.t.trim())) continue;
      const credit = infos[index + 1];
      // (Over a menu-like reading of the short line: the article-span rule may have taken it as a header's.)
      const taken = flagged.get(index + 1)?.category;
      if (credit && !credit.blank && (!taken || taken === 'outside-article') && credit.wordCount <= 8 && !credit.terminal) {
        reportLine(index + 1, 'caption', 'credit', 'Photo credit under its caption\'s toggle', 0.8);
      }
    }
    // A figure's legend glued under its numbered caption, panel by panel (`Fig. 1: …` ⏎ `a, Relative abundance …`).
    for (const [index, match] of matches) {
      if (!FIGURE.test(infos[index]!.t) || match.at !== infos[index]!.t.length) continue;
      const legend = infos[index + 1];
      if (legend && !legend.blank && !flagged.has(index + 1) && !matches.has(index + 1) && legend.wordCount <= 120 && PANEL.test(legend.t)) {
        reportLine(index + 1, 'caption', 'credit', `Legend of the figure on line ${index + 1}`, 0.75);
      }
    }
    const captionTexts = new Map<string, number>();
    for (const [index, match] of matches) {
      const info = infos[index]!;
      const evidence = match.evidence.trim().slice(0, 40);
      // A credit with no caption to belong to (a slideshow or sidebar leftover) is page furniture.
      // (`Ilustrační foto` alone says what the picture is: a caption all the same; `Site / Name` alone may be a breadcrumb.)
      if (match.underSentence && !captionAbove.has(index)) continue;
      // (`Credit...Name` alone credits a picture without a caption: the label is a figure's, as a colon's would be.)
      if (creditOnly(info, match) && !captionAbove.has(index) && !/[:：]/.test(match.evidence) && !ELLIPSIS_LABEL.test(info.t) && !match.illustration && !match.ownLine) {
        reportLine(index, 'boilerplate', 'credit', `Photo credit without a caption (\`${evidence}\`)`, 0.8);
        continue;
      }
      reportLine(index, 'caption', 'credit', `Photo caption or credit (\`${evidence}\`)`, match.at === 0 ? 0.95 : 0.9);
      const caption = info.t.slice(0, match.at).trim().replace(/[\s(|\-–—.]+$/, '');
      if (caption.length >= 12) captionTexts.set(caption.toLowerCase(), index);
    }
    if (!captionTexts.size) return;
    // The caption's text repeated on its own line nearby is the title of the same photo or video: only the
    // lines around each caption are looked at.
    for (const source of new Set(captionTexts.values())) {
      for (let j = Math.max(0, source - TITLE_REACH); j <= Math.min(infos.length - 1, source + TITLE_REACH); j++) {
        const info = infos[j]!;
        if (info.blank || j === source) continue;
        if (captionTexts.get(info.t.toLowerCase().replace(/[.\s]+$/, '')) !== source) continue;
        reportLine(j, 'caption', 'video-title', `Repeats the caption on line ${source + 1} (photo or video title)`, 0.85);
      }
    }
    // A gallery's counters, each over its caption (`2` ⏎ `… Foto: Getty Images`): where the captions under the page's other
    // counters were found by their credits, the line glued under a counter is a caption too, credit or not.
    const counters = infos.filter((info) => flagged.get(info.line.index)?.category === 'image-counter');
    const captionUnder = (c: LineInfo) => c.next >= 0 && c.next <= c.line.index + 2 && flagged.get(c.next)?.kind === 'caption';
    if (counters.length >= 3 && counters.filter(captionUnder).length >= 2) {
      for (const c of counters) {
        const i = c.next;
        // (A gallery's counter stands after a blank line; a ranked list's numbers are glued under the entry before.)
        if (i !== c.line.index + 1 || flagged.has(i) || c.prev === c.line.index - 1) continue;
        const under = infos[i]!;
        // (A sentence standing alone under it: a ranked list's numbers stand over headlines, one glued under another.)
        if (!under.terminal || under.next === i + 1 || under.wordCount < 4 || under.wordCount > 35 || /["“„«]/.test(under.t)) continue;
        reportLine(i, 'caption', 'credit', `Photo caption under the gallery counter on line ${c.line.index + 1}`, 0.7);
      }
    }
  },
};
