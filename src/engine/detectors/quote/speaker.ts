import { IMAGE_PLACEHOLDER } from './marks';
import { INDONESIAN_DERIVED_NOUN, nameRuns } from './names';
import type { PhraseMatch } from '../../text/phrases';
import type { SpeechCues } from './speech-cues';
import type { LanguagePack } from '../../lang/types';
import { hanLastSpeaker, isChinese } from './han-speaker';

/** Who is speaking, as far as the text says; `undefined` means the text gives no cue at all. */
/** `narrator`: who read the words out when they are another's (`kata saksi menirukan teriakan terdakwa`): a pronoun after means them. */
export type Attribution = { speaker: string | null; narrator?: string | null } | undefined;

/**
 * The person the text last settled on, or (given the noun a phrase pointing back names them by: `ha detto il
 * sindaco`) the one it last named by that noun.
 */
export type LastPerson = (noun?: string, strict?: boolean) => string | null;

/** Sources left unnamed after `according to`: `fuentes de la Guardia Civil`, `sources close to the talks`, `sumber di …`. */
const SOURCES = '(?:sources?|fuentes|fontes|fonti|quellen|sumber|bronnen|zdroje)(?![\\p{L}])';
const UNNAMED_SOURCES = new RegExp(`^(?:(?:unnamed|anonymous|several|two|three|informed|police|official|government|diplomatic)\\s+)?${SOURCES}`, 'iu');

/** The same word inside an `according to` phrase the packs list whole (`según fuentes de`). */
const SOURCES_WORD = new RegExp(`(?<![\\p{L}])${SOURCES}`, 'iu');

/** `demikian pengakuan X`, `Begitu pengakuan X`: whose statement a quote was, named after it (Indonesian). */
// (`demikian sambutan tertulis Bupati X, Nama, yang dibacakan Sekda …`: a written speech read out for its owner.)
const STATEMENT_OF = /^(?:demikian|begitu|begitulah|demikianlah)\s+(?:pengakuan|keterangan|penjelasan|pernyataan|ungkapan|kesaksian|sambutan|amanat|pesan|arahan|imbauan)(?:\s+(?:tertulis|resmi|singkat))?\s+/iu;

/** `A parlare è`, `A spiegarlo sono`: who speaks, named after the verb `to be` (Italian). */
// (Spanish: `«…». Lo dice Carmela Ortuño, …`, `Así lo cuenta …`.)
const SPEAKER_IS = /^A\s+(?:parlare|dirlo|spiegarlo|raccontarlo|sottolinearlo|ricordarlo|denunciarlo|commentare|confermarlo|ammetterlo|annunciarlo)\s+(?:è|sono)\s+|^(?:Así\s+lo|Lo)\s+(?:dice|cuenta|explica|resume|asegura|recuerda|relata)\s+/u;

/** A sentence opening with whose view it gives (`Per il sindaco, …`, `Para o presidente, …`, `Pour le maire, …`). */
const IN_THE_VIEW_OF = /^\s*(?:Per|Para|Pour|Für)\s+/u;

/** Pronouns of whom something is said to, before the verb (Spanish, Portuguese, Italian, French). */
const CLITIC = /^(?:se\s+)?(?:le|les|me|nos|nous|vous|te|os|lhe|lhes|gli|mi|ci|vi|lui|leur)\s+|^se\s+/u;

/** A verb contracted onto a pronoun (`she’d`, `he'll`). */
const CONTRACTION = /['’](?:d|ll|s|re|ve|m)$/i;

/** A word in lower case without an article or preposition elided onto it (`l'assessora`, `dell’Intérieur`). */
const unelided = (word: string): string => word.toLowerCase().replace(/^(?:l|d|j|m|s|c|qu|un|dell|all|nell|dall|sull|coll)['’](?=\p{L})/u, '');

/**
 * A phrase pointing back at someone (see `SpeakerFinder.#refersBack`) and the noun it names them by; `strict` when
 * that noun is only a title (`the commissioner`): it means the person the text gave that title, or nobody known.
 */
interface Reference { readonly shape: 'closed' | 'open'; readonly noun: string; readonly strict: boolean }

/** Titles that name a body rather than a person (`the council said`, `Council leader Jane Doe`). */
const BODIES = new Set(['department', 'ministry', 'office', 'council', 'university', 'police', 'state', 'harbour', 'harbor',
  'government', 'company', 'agency', 'general']);

/** A capitalised run read as a person: honorifics and job titles removed from its front. */
export interface Person {
  readonly name: string;
  /** Offsets of the whole run (titles included) within the searched text. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
  /** The run opened with a job title (`Chief Ruth Sinclair`, `Wali Kota Tanjung Sari`). */
  readonly titled: boolean;
}

/**
 * Where the sentence holding `end` starts: just past the last `.`, `!` or `?` before it, looking back at most
 * `reach` characters (a backward scan, linear).
 */
export function sentenceStartBefore(text: string, end: number, reach = end): number {
  const from = Math.max(0, end - reach);
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || (c === 46 && !shortTitleEndsAt(text, i) && !inAbbreviation(text, i))) return i + 1;
  }
  return from;
}

/**
 * A full stop inside or right after an abbreviation: a letter or a comma follows it (`S.I.K.,`, `M.Si., mengatakan`);
 * or inside a number (`2.300 pacientes`, `Rp1.500`).
 */
function inAbbreviation(text: string, dot: number): boolean {
  const next = text.charCodeAt(dot + 1);
  const digit = (c: number) => c >= 48 && c <= 57;
  return next === 44 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (digit(next) && digit(text.charCodeAt(dot - 1)));
}

/** Whether the full stop at `dot` closes a title written short (`Sen.`), not a sentence. */
function shortTitleEndsAt(text: string, dot: number): boolean {
  // (A one-letter honorific after another, before a name: `Ir. H. Darmawan`, `Dr. H. Nama`.)
  if (dot >= 2 && /^\p{Lu}$/u.test(text[dot - 1]!) && /\s/.test(text[dot - 2]!) && /(?:^|\s)(?:Ir|Dr|Drs|Dra|Prof|Hj|KH)\.\s+$/u.test(text.slice(Math.max(0, dot - 9), dot - 1))
    && /^\s+\p{Lu}/u.test(text.slice(dot + 1, dot + 4))) return true;
  const word = /\p{Lu}\p{Ll}{1,3}$/u.exec(text.slice(Math.max(0, dot - 5), dot))?.[0];
  return word !== undefined && (dot - word.length === 0 || !/\p{L}/u.test(text[dot - word.length - 1]!))
    && (SHORT_TITLES.has(word.toLowerCase()) || (SHORT_HONORIFICS.has(word.toLowerCase()) && /^\s+\p{Lu}/u.test(text.slice(dot + 1, dot + 4))));
}

const LETTER = /^\p{L}$/u;
const SPACE = /\s/;

/**
 * The word right before `at`, lower case: the letters that end within the 30 characters before it and are
 * followed by nothing but whitespace (at least one). A backward scan, so a long line costs nothing extra.
 */
export function wordJustBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 30);
  let i = at;
  while (i > from && SPACE.test(text[i - 1]!)) i--;
  if (i === at) return undefined;
  const end = i;
  while (i > from) {
    // A letter outside the Basic Multilingual Plane is a surrogate pair: read it whole.
    const pair = i - 2 >= from && /[\udc00-\udfff]/.test(text[i - 1]!) && /[\ud800-\udbff]/.test(text[i - 2]!);
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i < end ? text.slice(i, end).toLowerCase() : undefined;
}

/** A relative clause after a name, up to its comma: `yang juga duduk sebagai hakim anggota dalam perkara tersebut, `. */
const RELATIVE_THEN_COMMA = /^\s+(?:yang|who|which)\s[^,.;:!?]{3,120},\s*/u;
/** The word that opens what someone said, reported (`menjelaskan bahwa …`, `said that …`). */
const REPORTED_CLAUSE = /(?<![\p{L}])(?:bahwa|that|que|dass|že|che|dat)(?![\p{L}])/u;
/** Honorifics written short before a name (`Drs. Sutrisno`, `Hj. Sri`, `Mr. Hale`): no sentence ends at their full stop. */
const SHORT_HONORIFICS: ReadonlySet<string> = new Set(['drs', 'dra', 'hj', 'ir', 'kh', 'mr', 'mrs', 'ms', 'mme', 'mlle']);

/** `, role …` or `, a role …` after a name: its first three words in lower case (article passed over), one a role. */
/** Titles written short before a name (`Sen. Wendell Ames`): a later `the senator` means them. */
export const SHORT_TITLES: ReadonlyMap<string, string> = new Map([['sen', 'senator'], ['rep', 'representative'],
  ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['det', 'detective'], ['prof', 'professor'],
  ['dr', 'doctor'], ['supt', 'superintendent'], ['insp', 'inspector'], ['capt', 'captain'], ['col', 'colonel'], ['cmdr', 'commander'],
  ['atty', 'attorney'], ['pres', 'president']]);

const ROLE_AFTER = /^\s*(?:\(\d{1,3}\)\s*)?(?:,\s*(?:\p{Lu}\p{Ll}{0,3}\.){2,5})*,\s*(?!(?:kepada|pada|di|ke|dari|dalam|saat|usai|ketika|to|at|in|for|with|on)\s)(?:(?:a|an|the|seorang|sang|sebagai)\s+)?(\p{Ll}[\p{L}\p{M}-]*)(?:\s+(\p{Ll}[\p{L}\p{M}-]*))?(?:\s+(\p{Ll}[\p{L}\p{M}-]*))?/u;

/** A comma right after a name, or after the age Indonesian papers give in brackets (`Ujang Supriatna (45),`). */
const COMMA_AFTER = /^\s*(?:\(\d{1,3}\)\s*)?,/;
/** A relative clause that only a person takes: `… was Dolores Ameh, who drove the bus …`. */
const WHO_AFTER = /^\s*,\s*(?:who|whose|quien|quienes)\s/i;
/**
 * The same comma with nothing after it (the name ends the text before a speech verb), or with a description
 * in lower case between commas (`Rina, tetangganya, mengaku`), maybe then when it was said (`Sutrisno, kepada
 * wartawan di balai desa, Rabu siang, mengatakan`) or the region of where (`Sumiati (44), pedagang sayur di Pasar
 * Minggu, Jakarta Selatan, mengaku`).
 */
const LAST_COMMA_AFTER = /^\s*(?:\(\d{1,3}\)\s*)?,(?:\s*(?:(?:\p{Lu}\p{Ll}{0,3}\.)+(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}{2,3})\.?|\p{Ll}[^,.;:!?]{0,60}|\p{Lu}\p{Ll}+\s+(?:\p{Ll}+|\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)|Barat|Timur|Utara|Selatan|Tengah|Tenggara|Pusat)),){0,2}\s*$/u;

/**
 * Where the text before `at` ends once trailing whitespace is left out: a backward scan, since the text before a
 * name may be a whole paragraph and an end-anchored regex would read all of it for every name.
 */
function trimmedEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}

/** The text after the last comma of `region` that has words after it (`Kepada wartawan, perempuan itu `). */
function lastClause(region: string): string {
  const trimmed = region.replace(/[\s,]+$/, '');
  return trimmed.slice(trimmed.lastIndexOf(',') + 1);
}

/** Where the last clause of `region` joined by a comma and a conjunction starts (`…, and it has`), or 0. */
function lastIndexOfClause(region: string): number {
  if (!region.includes(',') && !region.includes(';')) return 0;
  let at = 0;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(region); m; m = CLAUSE_JOIN.exec(region)) at = m.index + m[0].length;
  return at;
}

/** Whether the letter at `at` is a capital. */
const isUpper = (text: string, at: number) => { const c = text[at]!; return c !== c.toLowerCase(); };

/** Whether `at` opens a sentence or a quotation: nothing but spaces, quote marks or brackets since a full stop. */
function opensSentenceAt(text: string, at: number): boolean {
  let i = trimmedEnd(text, at);
  while (i > 0 && /["“”‘’'«»„(\[—–-]/.test(text[i - 1]!)) i = trimmedEnd(text, i - 1);
  return i === 0 || /[.!?:]/.test(text[i - 1]!);
}

/** Whether the name `p` opens a sentence of `text`. */
function opensSentence(text: string, p: Person): boolean {
  const i = trimmedEnd(text, p.start);
  return i === 0 || (i < p.start && /[.!?]/.test(text[i - 1]!));
}

/** Whether a comma (and whitespace) stands right before `at`. */
const afterComma = (text: string, at: number) => {
  const i = trimmedEnd(text, at);
  return i > 0 && text[i - 1] === ',';
};

/** Pronouns after `according to` (`according to him`); the packs list subject pronouns. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'lui', 'elle', 'ihm', 'ihr', 'él', 'ella', 'ele', 'dela', 'dele', 'hem', 'haar']);

/** Between a name and the run after it: a comma, then words in lower case only (`, warga `, `, the owner of `). */
const DESCRIBED_BY = /^\s*(?:\(\d{1,3}\)\s*)?,[\s\p{Ll}'’-]+$/u;

/** What ends the phrase a name after a verb is looked for in, and the clause after a quote. */
const PHRASE_END = /[.;:!?“”"«»()]/g;
const CLAUSE_END = /[.!?“”"«»]/gu;

/** A French verb with its subject pronoun after it: `a-t-il`, `dit-elle`, `ajoute-t-il`. */
// (After an object pronoun too: `m'a-t-il dit`, `lui a-t-elle répondu`.)
const INVERTED_PRONOUN = /^(?:\p{L}['’])?\p{L}+-(?:t-)?(?:il|elle|ils|elles)$/iu;

/**
 * A phrase pointing back at someone by what they are, in the two shapes news writes: an article and up to five
 * words (`the 62-year-old`, `the shop owner`, `sang ibu`, `la sexagénaire`, `die 62-Jährige`, `de burgemeester`),
 * and, in Indonesian, a noun and up to eight words closed by `itu`, `ini` or `tersebut` (`perempuan berusia 45
 * tahun itu`, `pria yang akrab disapa Kiki itu`). Group 1 (the first shape) or 2 (the second) holds the words the noun
 * is looked for in.
 */
const referencePhrase = (articles: readonly string[]) => new RegExp(
  `^\\s*(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ss]ang|[Ll][ae]|[Ee]l|[Ii]l|[Ll]o|[Dd]er|[Dd]ie|[Hh]et|[Dd]e${articles.map((a) => `|[${a[0]!.toUpperCase()}${a[0]}]${a.slice(1)}`).join('')})\\s+|[Ll]['’])`
  + `((?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,4}[\\p{L}\\d][\\p{L}\\d'’-]*)|(\\p{L}[\\p{Ll}-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d'’-]*){0,8}?)\\s+(?:itu|ini|tersebut))(?![\\p{L}\\p{N}])`, 'u');
const REFERENCE_PHRASE = referencePhrase([]);
/**
 * The noun at `at` with what qualifies it after (`ketua komisi ii` in `kata Ketua Komisi II itu`): two ketua may have
 * been named, and only one headed that commission. A noun alone, or with more than four words after it, is the noun.
 */
const qualified = (words: readonly string[], at: number) => (words.length - at >= 2 && words.length - at <= 5 ? words.slice(at).join(' ') : words[at]!);
const DEMONSTRATIVE_AFTER = /^\s+(?:itu|ini|tersebut)(?![\p{L}\p{N}])/u;
const POSSESSIVE = /^\s*(?:his|her|their)\s/i;
/** Times a demonstrative may point at instead of a person (not `tahun`: `berusia 45 tahun itu`). */
const TIME_NOUNS = new Set(['hari', 'pagi', 'siang', 'sore', 'malam', 'minggu', 'pekan', 'bulan', 'waktu', 'saat', 'kali', 'kesempatan']);
/** Indonesian offices written out, and the short form a later reference uses (`Kepala Desa …` → `kata kades`). */
export const COMPOUND_TITLES: ReadonlyMap<string, string> = new Map([['kepala desa', 'kades'], ['kepala dinas', 'kadis'],
  ['kepala pelaksana', 'kalaksa'], ['sekretaris daerah', 'sekda'], ['wakil bupati', 'wabup'], ['wakil gubernur', 'wagub'],
  ['kepala satuan', 'kasat'], ['kepala sekolah', 'kepsek'], ['komandan korem', 'danrem'], ['komandan kodim', 'dandim'],
  ['panglima kodam', 'pangdam'], ['wakil wali', 'wawali'], ['direktur utama', 'dirut'], ['direktur jenderal', 'dirjen'], ['pasangan calon', 'paslon'], ['koordinator lapangan', 'korlap'], ['jaksa penuntut umum', 'jpu'], ['sekretaris desa', 'sekdes'], ['ketua majelis hakim', 'hakim ketua'],
  // (A defendant's lawyer is written either way: `penasihat hukumnya, Nama` … `kata kuasa hukum terdakwa`.)
  ['penasihat hukum', 'penasihat hukum'], ['kuasa hukum', 'penasihat hukum']]);
/** The short forms `COMPOUND_TITLES` gives. */
const SHORT_FORMS: ReadonlySet<string> = new Set(COMPOUND_TITLES.values());
/** `orang nomor satu di Kota X`: "the number one person", the head of the region (named by the office `HEAD_OF` gives). */
const NUMBER_ONE = /^orang\s+nomor\s+(?:satu|1)\s+di\s+(kabupaten|kota|provinsi|desa)(?![\p{L}])/iu;
const HEAD_OF: Readonly<Record<string, string>> = { kabupaten: 'bupati', kota: 'wali', provinsi: 'gubernur', desa: 'kades' };
/** An age written as a noun or before one: `the 62-year-old`, `die 62-Jährige`. */
const AGE = /^\d{1,3}-(?:year-old|jährige[rn]?)$/;

/** When something was said, between the verb and the speaker: `po zápase`, `after the match`, `après le match`. */
const WHEN_BEFORE_SPEAKER = /^(?:po\s+(?:zápase|utkání|závodě|tréninku|schůzi|jednání|zasedání|tiskové\s+konferenci|vyhlášení)|after\s+the\s+(?:match|game|race|meeting|hearing|ruling|vote)|après\s+(?:le\s+match|la\s+rencontre|la\s+course|la\s+réunion|l['’]audience)|nach\s+dem\s+(?:spiel|rennen|treffen)|tras\s+el\s+(?:partido|encuentro)|dopo\s+la\s+(?:partita|gara))\s+/iu;
/** The press spoken to right after a speech verb (`dijo a la prensa`, `kepada wartawan`, `to reporters`; Czech in the dative, `popsal Deníku`). */
const TO_THE_PRESS = /^(?:(?:deníku|serveru|webu|redakci|rozhlasu|televizi|čtk)(?![\p{L}\p{N}])\s*,?\s*|(?:a|al|à|aux|ai|alla|ao|à|to|kepada|zu|aan|tegen)\s+(?:(?:este|esta|los|las|la|el|the|this|our|awak|den|de|la)\s+)?(?:medio|medios|prensa|periodistas|reporteros|diario|periódico|imprensa|jornalistas|jornal|press|reporters|journalists|wartawan|media|presse|journalistes|giornalisti|stampa|cronisti|journalisten|pers|(?:portal|site|jornal)(?:\s+[\p{Lu}\d][\p{L}\d]*){0,2}|reportagem|redação|redacción|rédaction|redazione|redaksi|(?:agência|agencia|agenzia|agence|agentur)(?:\s+(?:lusa|efe|ansa|france-presse|reuters|antara|dpa))?|lusa|efe|ansa|afp|reuters|antara|dpa|anp)(?![\p{L}\p{N}]),?\s*)/iu;

/** Words that make a name a body's (`Servicio Sismológico Nacional`, `Defesa Civil`, `National Weather Service`). */
// (A club's initials too: `Dewa Laut FC`.)
const BODY_WORDS = new Set(['fc', 'afc', 'cf', 'klub', 'servicio', 'service', 'serviço', 'servizio', 'ministerio', 'ministry', 'ministério', 'ministero',
  'ministère', 'kementerian', 'department', 'departamento', 'dinas', 'badan', 'agency', 'agencia', 'agência', 'agenzia',
  'institute', 'instituto', 'istituto', 'institut', 'commission', 'comisión', 'comissão', 'commissione', 'university',
  'universidad', 'universidade', 'università', 'université', 'universitas', 'council', 'consejo', 'conselho', 'police',
  'policía', 'polícia', 'polizia', 'polisi', 'polizei', 'défense', 'defesa', 'defensa', 'protección', 'proteção',
  'protezione', 'bureau', 'office', 'oficina', 'centre', 'center', 'centro', 'nacional', 'national', 'nazionale',
  'government', 'gobierno', 'governo', 'pemerintah', 'secretaría', 'secretaria',
  // A town's administration: `a Prefeitura de São Paulo afirmou`, `el Ayuntamiento de Sevilla`, `la mairie de Lyon`.
  'prefeitura', 'ayuntamiento', 'municipalidad', 'alcaldía', 'mairie', 'préfecture', 'comune', 'gemeente', 'rathaus',
  'stadtverwaltung', 'magistrát', 'pemkot', 'pemkab', 'pemprov',
  // Courts and assemblies.
  'tribunal', 'tribunale', 'gericht', 'mahkamah', 'congreso', 'congress', 'parlamento', 'parliament', 'senado', 'senate',
  'asamblea', 'assembleia', 'assemblée',
  'fraktion', 'fraktionen',
  'departemen', 'direktorat', 'biro', 'divisi', 'sekretariat', 'lembaga', 'kantor', 'bank',
  // A company's arm in the country (`Arkana Indonesia`): no person's name ends so.
  'indonesia',
  // An assembly's committees and parties (`Komisi C`, `Fraksi PDIP`, `Labour Party`).
  'komisi', 'fraksi', 'committee', 'komite', 'comité', 'comitato', 'ausschuss', 'commissie', 'komise', 'partai', 'party',
  'partido', 'partito', 'partei', 'partij',
  // Words of an Indonesian office's or region's name, never a person's (`Balai Besar Wilayah Sungai`, `Kabupaten Demak`).
  'balai', 'wilayah', 'sungai', 'provinsi', 'kabupaten', 'kecamatan', 'kelurahan',
  // Schools and clinics (`SMK Negeri 1 Watu Gading`, `Puskesmas Cibeureum`).
  'sekolah', 'smk', 'sma', 'smp', 'sdn', 'smkn', 'sman', 'smpn', 'madrasah', 'pesantren', 'negeri', 'puskesmas', 'rsud',
  'school', 'école', 'escuela', 'escola', 'scuola', 'schule', 'hospital', 'hôpital', 'krankenhaus', 'ospedale',
  // A household, a firm or a foundation speaking through its spokesperson (`juru bicara Wrexley House`, `Kirana Musik
  // Management`).
  'house', 'palace', 'istana', 'management', 'entertainment', 'records', 'group', 'grup', 'foundation', 'yayasan']);

/** People who speak for someone else: the person named after them (`a spokeswoman for X`) is not the speaker. */
const SPOKESPEOPLE = new Set(['spokeswoman', 'spokesman', 'spokesperson', 'aide', 'lawyer', 'attorney', 'representative',
  'adviser', 'advisor', 'bicara', 'jubir', 'kuasa', 'portavoz', 'porte-parole', 'sprecher', 'sprecherin', 'porta-voz', 'portavoce',
  'woordvoerder', 'mluvčí', 'avocat', 'avocate', 'anwalt', 'anwältin', 'abogado', 'abogada', 'advogado', 'advogada', 'avvocato']);

/** An acronym in capitals, maybe in brackets, right before a name: `BBWS ` + `Seluna Hilir`. */
const ACRONYM_BEFORE = /(?:^|\s)\(?(\p{Lu}{3,6})\)?\s+$/u;
const OF_WORD = /\s(?:for|of|to|de|do|da|di|dari|von|van|pour|para|per|del|des|du)\s/;
/** A job, `for` and maybe an honorific right before a name: `spokeswoman for Ms. ` + `Marchetti`. */
const FOR_WHOM = /(\p{L}+)\s+(?:for|of|to|de|di|dari|von|van|pour|para|per)\s+(?:\p{L}{1,4}\.?\s+)?$/u;
/** A body's noun, `of` and maybe a word of the place's name, right before a name: `Prefeitura de São ` + `Paulo`. */
const BODY_OF = /(\p{L}+)\s+(?:de|do|da|di|of|van|von|del|des|du)\s+(?:\p{Lu}\p{L}*\s+)?$/u;

/** Whether a speaker's name is a body's (`Tamarack County Sheriff's Office`, `National Weather Service`). */
export const bodyName = (name: string): boolean => {
  const words = name.split(' ');
  // A source left unnamed opens the name (`Fonte da PJ disse …`); the same word closing one is a surname (`Arreola Fuentes`).
  return UNNAMED_SOURCE.has(words[0]!.toLowerCase()) || words.some((w) => BODY_WORDS.has(w.toLowerCase()));
};
const UNNAMED_SOURCE = new Set(['fonte', 'fontes', 'fuente', 'fuentes', 'fonti', 'source', 'sources', 'sumber', 'quelle', 'quellen', 'bron', 'bronnen']);

/** Titles of a body that the name after them places (`Pemkot Semarang`, `Polres Bogor`): the body speaks, nobody. */
const BODY_TITLES = new Set(['pemkot', 'pemkab', 'pemprov', 'polres', 'polresta', 'polda', 'polsek', 'pemerintah', 'kementerian',
  'kejaksaan', 'kejari', 'kejati', 'pengadilan', 'dprd', 'bpbd', 'dinas', 'badan', 'partai']);

/** Conjunctions that join two people in a list (see `SpeakerFinder.rolesOf`). */
const LIST_WORDS = new Set(['and', 'dan', 'serta', 'und', 'et', 'y', 'e', 'en', 'i', 'a', 'or', 'atau']);

/** One word in lower case, between a subject and its verb (`Smith also said`; not `and`, see `LIST_WORDS`, nor `itu`). */
const ADVERB_GAP = /^\s*\p{Ll}+\s*$/u;
/**
 * A body's noun in the Czech genitive, ending the lower-case rest of its name before a person (`… ústavu Eva …`); not
 * where the person is from (`Tomáše Krejčího ze společnosti Energo Rádce`).
 */
const GENITIVE_BODY = /^\s+(?!(?:z|ze|od|do|v|ve|na|u|pro|při)\s)(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:ústavu|úřadu|institutu|fakulty|univerzity|nemocnice|kraje|ministerstva|svazu|spolku|sdružení|společnosti|centra|odboru|inspekce|správy|rozhlasu|muzea|divadla|aliance|strany|hnutí|unie|koalice|komory|rady|fronty)\s+$/u;
/** An Indonesian relative clause of a few words in lower case, between a subject and its speech verb. */
const RELATIVE_GAP = /^\s+yang(?:\s+\p{Ll}+){1,7}\s*$/u;
/** Prepositions before a name: the roles before them are someone else's. */
const ROLE_BREAK = new Set(['terhadap', 'kepada', 'melawan', 'against', 'versus', 'vs', 'contre', 'contra', 'gegen', 'tegen']);
/** Between two items of a list: a conjunction, maybe after a comma (`, dan `, ` and `, ` & `). */
const LIST_LINK = /^\s*,?\s*(?:dan|serta|and|&)\s+$/u;
/**
 * After an item of a list that goes on: its conjunction (`Informasi, dan Komunikasi`), maybe after more items
 * (`, Perindustrian, dan Perdagangan` after `Koperasi, UKM`).
 */
const LIST_GOES_ON = /^(?:\s*,\s*\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2}){0,4}\s*,?\s*(?:dan|serta|and|&)\s+\p{Lu}/u;
/** The conjunction and the list's last field, outside the run: `, dan Perdagangan `. */
const LIST_LAST_FIELD = /^\s*,?\s*(?:dan|serta)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;
/** An abbreviation in brackets after a title: `(Sekda)`, `(BPBD)`, `(Dishubkominfosan)`. */
const ABBREVIATION = /^\(\p{Lu}[\p{L}\d-]{1,20}(?:\s\p{Lu}[\p{L}\d-]{1,14})?\)/u;
/** A short label in lower case in brackets, then the name, a comma before it or not: `(divers droite), ` + `Gérard`. */
const LABEL_BEFORE_NAME = /^(\((?:\p{Ll}[\p{L}-]*\s?){1,3}\))\s*,?\s*\p{Lu}/u;
/** The last word of a region's name (`Jakarta Barat`, `Jawa Tengah`, `Kemuning Raya`): no person's. */
const REGION_WORDS = new Set(['barat', 'timur', 'utara', 'selatan', 'tengah', 'raya', 'pusat', 'baru', 'daya', 'laut']);
/** The word in brackets right after `end` (`Pelaksana Tugas (Plt)`), if any. */
// (Two words at most: `Kepala Satuan Lalu Lintas (Kasat Lantas)`.)
const shortFormAfter = (text: string, end: number) =>
  text.charCodeAt(end + 1) === 40 || text.charCodeAt(end) === 40 ? /^\s?\((\p{L}+(?: \p{L}+)?)\)/u.exec(text.slice(end, end + 24))?.[1] : undefined;
/**
 * Whether `short` is made of `name`'s letters in order from its first (`Dirlantas` for `Direktur Lalu Lintas`, `Plt` for
 * `Pelaksana Tugas`), not all in capitals: a title's short form in brackets after it, which no person's name has (a party's, `Budi (PKB)`, is not).
 */
function shortens(short: string, name: string): boolean {
  const letters = name.toLowerCase();
  const s = short.toLowerCase().replace(' ', '');
  // (A body's acronym in capitals, `Partai Amanat Karya Rakyat (PAKR)`, is read by `acronymOf`.)
  if (s.length < 3 || s[0] !== letters[0] || short === short.toUpperCase()) return false;
  let k = 0;
  for (const c of letters) if (c === s[k] && ++k === s.length) return true;
  return false;
}
/** Whether the person-like run is a body's name followed by its acronym (`Lingkungan Hidup (DLH)`: the acronym ends in its initials). */
function acronymOf(text: string, p: Person): boolean {
  const short = shortFormAfter(text, p.end);
  return !!short && short.length >= 2 && short === short.toUpperCase() && short.endsWith(p.name.split(' ').map((w) => w.charAt(0).toUpperCase()).join(''));
}
const isRegion = (p: Person) => REGION_WORDS.has(p.name.slice(p.name.lastIndexOf(' ') + 1).toLowerCase());
/** Whether `later` is a full name standing right after `p` and a comma (`…, Jakarta Barat, Rudy Hartanto`). */
const personAfterComma = (phrase: string, p: Person, later: Person | undefined): later is Person =>
  !!later && !later.titled && later.words >= 2 && /^\s*,\s*$/.test(phrase.slice(p.end, later.start));
/** A clause opening with someone unnamed, by language: `Seorang perawat yang …`, `A nurse who …`. */
/** Words before a place or a body inside a description (`a nurse at Carverton Regional`, `seorang warga di Desa X`). */
/** A news outlet named as the source (`kantor berita resmi X`, `the state news agency`): no person. */
const NEWS_OUTLET = /^(?:(?:the|la|le|l['’]|el|a|o)\s+)?(?:kantor berita|media|surat kabar|harian|koran|stasiun televisi|televisi|laman|situs|news agency|state news agency|state media|newspaper|agence|agencia|agenzia|agentur)(?![\p{L}])/iu;

/** A Czech body's noun in the genitive, capitalised as the body's name opens (`Svazu pro venkov`). */
const GENITIVE_HEAD = /^(?:Svazu|Spolku|Úřadu|Ústavu|Sdružení|Hnutí|Unie|Strany|Rady|Komory|Aliance|Koalice|Fronty|Institutu|Centra)$/u;
/** Messaging and social platforms, named as where a message came from (`pesan WhatsApp dari …`): no one. */
const PLATFORMS = new Set(['whatsapp', 'instagram', 'facebook', 'twitter', 'tiktok', 'youtube', 'telegram', 'threads', 'linkedin', 'signal']);
/** Titles a later mention gives in other words: `JPU` is `jaksa`. */
const NOUN_ALSO: ReadonlyMap<string, string> = new Map([['jpu', 'jaksa']]);
/** An Indonesian verb by its prefix (`mendengar`, `menyerahkan`, `bertemu`, `terlihat`). */
// (Not the words that introduce the name itself: `terdakwa berinisial AR`, `warga bernama Sutrisno`.)
const PREFIXED_VERB = /^(?!ber(?:inisial|nama|usia|umur|profesi|tugas|pangkat|status|asal|jabatan|kewarganegaraan)$)(?:mem|men|meng|meny|me[lrwy]|ber|ter)\p{Ll}{3,}$/u;

/** A relative of someone just named, before a name (`Anak keduanya, `, `istrinya, `). */
const RELATIVE_OF = /(?:^|[\s,.])(?:anak|putra|putri|suami|istri|ibu|ayah|adik|kakak|cucu|keponakan)(?:\s+\p{Ll}+)?nya\s*,?\s*$/iu;

/** Indonesian nouns for a relative, as the text writes them (`ibunda`, `ibunya`), and the noun a later mention uses. */
export const KIN_NOUNS: ReadonlyMap<string, string> = new Map([['ibu', 'ibu'], ['ibunda', 'ibu'], ['ayah', 'ayah'], ['ayahanda', 'ayah'],
  ['istri', 'istri'], ['suami', 'suami'], ['kakak', 'kakak'], ['adik', 'adik'], ['nenek', 'nenek'], ['kakek', 'kakek']]);
/** A relative of someone named, after a speech verb: `ujar ibunda Clarissa`, `kata istri korban Budi`. */
const KIN_OF = /^(ibunda|ibu|ayahanda|ayah|istri|suami|kakak|adik|nenek|kakek)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}/u;

/** The word for a comment and the account that wrote it, after a quote (`komentar \\@bayu.kritis99`). */
const HANDLE_COMMENT = /^(?:komentar|commented|comments|kommentiert|commente)\s+(?:(?:akun|warganet|netizen|user|pengguna)\s+)?\\?@([\w.]*\w)/iu;

/** Prepositions of place before a name in a verb's clause: the name is where its subject is. */
const PLACE_BEFORE_SUBJECT = new Set(['di', 'dari', 'ke', 'asal', 'in', 'at', 'near']);
/** A region's kind between the preposition and the name, left out of the run where the text writes it in lower case. */
const REGION_KINDS = new Set(['kota', 'kabupaten', 'provinsi', 'kecamatan', 'city', 'county']);

/** Whether a place preposition stands before `at`, maybe with a region's kind between (`di Kota Cipanagara`). */
function placeBefore(text: string, at: number): boolean {
  const word = wordJustBefore(text, at);
  if (!word) return false;
  if (PLACE_BEFORE_SUBJECT.has(word)) return true;
  if (!REGION_KINDS.has(word)) return false;
  const kindAt = text.slice(0, at).toLowerCase().lastIndexOf(word);
  return kindAt > 0 && PLACE_BEFORE_SUBJECT.has(wordJustBefore(text, kindAt) ?? '');
}
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'of', 'from', 'for', 'near', 'on', 'di', 'dari', 'asal']);
const UNNAMED_SUBJECT: Readonly<Record<string, RegExp>> = {
  id: /^[\s"“]*(?:[Ss]alah\s+)?[Ss]eorang\s+\p{Ll}/u,
  en: /^[\s"“]*(?:A|An|a|an)\s+\p{Ll}/u,
};
/** `dari`, `of`, `from` and maybe a word or two in lower case before the body a member is from. */
const FROM_BODY = /^\s+(?:dari|of|from)(?:\s+\p{Ll}+){0,2}\s+$/iu;
/** A comma before the person, maybe after the body's acronym in brackets (`Fraksi Partai X (PAKR), Nama`). */
const COMMA_BEFORE_NAME = /^\s*(?:\(\p{Lu}[\p{L}\d-]{1,10}\)\s*)?,\s*$/u;
/** Languages that put an adjective after the title it qualifies (`le maire socialiste`, `el alcalde socialista`). */
const ADJECTIVE_AFTER_NOUN = new Set(['fr', 'es', 'it', 'pt']);
/** The link in a town's name before its river or hill: `Ústí nad Labem`, `Frankfurt am Main`, `Newcastle upon Tyne`. */
const PLACE_LINK = /^\s+(?:nad|pod|am|upon)\s+$/u;
/**
 * A word between a title's runs: an acronym (`AKBP`, `PSSI`), a number (`RT 03`; a unit's before its town: `Kodim
 * 0799/Wanasari`), an abbreviation in brackets (`(Sekda)`) or a capitalised word (`Kabupaten`).
 */
const TITLE_LINK_WORD = /^(?:\d+\/?|\(?\p{Lu}[\p{L}\d-]*\)?)$/u;

/** Definite and indefinite articles before a noun (`die Rentnerin`, `ein Anwohner`). */
const ARTICLES = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einer', 'einem', 'le', 'la', 'el',
  'il', 'lo', 'de', 'het', 'sang']);

/**
 * Articles that introduce someone new and unnamed: `kata seorang petugas Basarnas`, `said a Reuters photographer` —
 * a capitalised run after such a phrase is whom the person works for, not their name.
 */
const INDEFINITE = new Set(['seorang', 'a', 'an', 'un', 'una', 'uno', 'um', 'uma', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'een', 'une']);
/** `a` is also Portuguese `the` (`afirmou a moradora Maria Santos`): it counts only right before the run. */
const INDEFINITE_ONLY_ADJACENT = new Set(['a']);

/** Words that may stand before the subject of a clause handing over to a quote with a colon (see `#handsOver`). */
const HANDOVER_REACH = 5;

/** A name a source goes by in the story, said to be made up: `Rina, bukan nama sebenarnya,`, `(not her real name)`. */
const PSEUDONYM = /^\s*[,(]\s*(?:bukan nama (?:sebenarnya|asli)|nama samaran|not (?:his|her|their) real name)/iu;

/** Words a title in lower case and what it is of may take between a speech verb and the name after them. */
const TITLE_GAP_WORDS = 6;

/**
 * Words before a place: `of`, `di`, `de` (what an office is of, where someone is). Not those that also mean "by"
 * or "from" before a person (`da`, `von`, `dari`, `from`).
 */
const PLACE_BEFORE = new Set(['of', 'in', 'at', 'di', 'de', 'du', 'des', 'del', 'della', 'dello', 'do', 'dos', 'das', 'van', 'uit', 'asal', 'from']);

/**
 * German articles, prepositions and their contractions, after which a capitalised word is a noun (German writes nouns
 * so); not `de`, `le`, `van`, which open names too (`de Miranda`, `Le Pen`).
 */
const NOUN_BEFORE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'am', 'im', 'zum',
  'zur', 'beim', 'vom', 'ins', 'ans', 'auf', 'mit', 'nach']);

/** The one or two words in lower case right after a name (a single space before each). */
const JOB_AFTER = /^ (\p{Ll}[\p{Ll}-]*)(?: (\p{Ll}[\p{Ll}-]*))?/u;

/** A description in lower case between commas, and nothing after it (the text before a speech verb). */
/** After a name, maybe a relative clause between commas, then a word in lower case (see `#handsOver`). */
const RELATIVE_THEN_LOWER = /^(?:\s*,\s*(?:who|whose|qui|quien|che|yang|der|die)\s[^,:;]{0,120},)?\s+\p{Ll}/u;
/** How far after a body's name its comma may stand before the person (`… (PSDKP) Tanjung Lemo, Nama`). */
const BODY_TO_COMMA = 60;
/** A company's legal form before its name (`PT Marga Kertajaya Lestari`). */
const COMPANY_FORMS = new Set(['pt', 'cv', 'perum', 'persero', 'tbk']);
/** An image placeholder of a Markdown dump glued to a paragraph's start (`\[img.3\]`, `[img.3]`). */
const LEADING_PLACEHOLDER = new RegExp(`^\\s*(?:${IMAGE_PLACEHOLDER}\\s*)+`, 'i');
/** "Former", before the noun a phrase points back by (`eks pemain`, `mantan kapolres`). */
const FORMER = new Set(['eks', 'mantan', 'bekas']);
/** `Nama, sapaan akrabnya`: the name just given is what friends call someone. */
const NICKNAME_NOTE = /^\s*,\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?(?![\p{L}])/u;
/** A capitalised word opening a sentence and one word in lower case, right before a name (see `#introduces`). */
const TITLE_AND_LINK_BEFORE = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+)\s+(\p{Ll}{4,})\s+$/u;
/** How far after a name a description between commas may run before the speech verb (see `#verbAfterAppositive`). */
const APPOSITIVE_REACH = 200;
const APPOSITIVE_OPENS = /^\s*,\s*\p{Ll}/u;
/** A sentence's end or a quote inside a description: a full stop not after an abbreviation (`St.`, `Dr.`, `U.S.`). */
const SENTENCE_INSIDE = /[;!?"“”«»„]|(?<![\s.]\p{Lu}\p{Ll}{0,3}|\p{Lu})\.\s/u;
const DESCRIBED_BETWEEN_COMMAS = /^\s*,\s*\p{Ll}[^,.;:!?]{0,60},\s*$/u;

/** A comma or semicolon and a conjunction that starts a new clause: `, and `, `; but `, `, tetapi `. */
const CLAUSE_JOIN = /[,;]\s*(?:and|but|or|yet|while|whereas|tetapi|namun|sedangkan|padahal|mais|et|aber|und|pero|sino|ma|mas|maar|en)\s+/giu;

/** Words before whom is spoken to: `kepada`, `to`, `à`, `zu`, `aan`. */
const ADDRESSEE_BEFORE = new Set(['kepada', 'to', 'à', 'au', 'zu', 'aan', 'tegen']);
/** Speech verbs whose object is who is spoken to (`told Reuters`), never the speaker. */
const ADDRESSING_VERBS = new Set(['told', 'tells', 'tell']);

/** German `so` before the source of a quote it follows (`„…“, so Anna Keller`). */
const SO_SOURCE = /^so\s+\p{Lu}/u;

/** Characters before a speech verb its subject is looked for in, and after it a name (as for a quote's attribution). */
const SENTENCE_REACH = 400;
const NAME_REACH = 200;

/** Texts whose people `SpeakerFinder.people` keeps. */
const RECENT_KEPT = 4;

/** Reading out or mimicking another's words, and the noun for them (`menirukan pengakuan`, `membacakan pernyataan`). */
const READS_OUT = '(?:menirukan|mengutip|membacakan)\\s+(?:(?:pengakuan|ucapan|perkataan|kata-kata|keterangan|pernyataan|keluhan|cerita|pesan|teriakan|pertanyaan)\\s+)?';
/** After the speaker's name: `ucap Rendra menirukan pengakuan MR`. */
const QUOTING_ANOTHER = new RegExp(`^\\s+${READS_OUT}`, 'u');
/** After a bare reference, the noun whose words it reads out (`saksi menirukan teriakan terdakwa` → `terdakwa`). */
const QUOTED_NOUN = new RegExp(`^\\p{L}+(?:\\s+\\p{L}+)?\\s+${READS_OUT}(\\p{L}+)`, 'u');
/** Words that open a body's name, which an office's title names before the person (`Kepala Dinas …`, `… Badan …`). */
const BODY_HEADS = new Set(['badan', 'dinas', 'kementerian', 'balai', 'lembaga', 'komisi', 'dewan', 'pemerintah', 'pemkot', 'pemkab',
  'pemprov', 'kantor', 'biro', 'direktorat', 'inspektorat', 'sekretariat']);
/** An academic degree written short: `S.Sos`, `M.Si`, `S.I.K`, `Ph.D`, `M.Hum`. */
// (The last part may be in capitals: `M.AP`, `S.IP`.)
const DEGREE = /^(?:\p{Lu}\p{Ll}{0,3}\.)+(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}{2,3})\.?$/u;
/** Nouns that open the name of a place below a town, as Indonesian writes it. */
const PLACE_NOUNS = new Set(['dusun', 'desa', 'kampung', 'kelurahan', 'kecamatan', 'dukuh', 'perumahan', 'jalan', 'jl', 'gang', 'blok',
  'nagari', 'jorong', 'rt', 'rw']);
/** An Indonesian football club's first word (`Persija`, `Persebaya`, `Persiwa`). */
// (Not the nouns a field or an office is named by: `Persandian`, `Persatuan`, `Persidangan` end in `-an`; `Perseroan`.)
const INDONESIAN_CLUB = /^Pers[aeiou](?!\p{Ll}*an$)(?!ero$|egi$|entase$|onel$|onil$)\p{Ll}{2,}$/u;
/** Nouns that open the name of a place in nature or a harbour (`Tanjung Lemo`, `Teluk Bayur`, `Pulau Seribu`). */
const GEO_NOUNS = new Set(['tanjung', 'teluk', 'pulau', 'pelabuhan', 'gunung', 'bukit', 'sungai', 'danau', 'selat', 'muara', 'pantai']);
/** A rank or an honorific right before a run (`AKBP ` in `…, AKBP Yudha Permana`, `Prof. ` in `…, Prof. Dr. Nama`). */
const RANK_BEFORE = /(\p{L}{3,8})\.?\s+$/u;

/** A line that only signs the quote over it: a dash, a name, and maybe where or to whom it was said. */
const ATTRIBUTION_LINE = /^\s*[—―–]\s*(\p{Lu}[^,.;:!?()]{1,60}?)(?:\s*,\s*[^.!?]{1,80}|\s+to\s+[^.!?]{1,60})?\s*$/u;

/** Characters after `hal itu` within which its speech verb must come (`Hal itu pula yang disampaikan …`). */
const BACK_REFERENCE_REACH = 40;

const PRONOUN_SUFFIX = /nya$/i; // Indonesian `katanya`, `ujarnya`: "said he/she".

/**
 * Finds speakers around quotes without a dictionary of names:
 *
 *     Wali kota yang baru dilantik, Rudi Hartono, mengatakan: “…”                  → appositive name
 *     Dewi Lestari, Kepala Dinas Perhubungan Kota, menegaskan …: “…”               → name opening the sentence
 *     “…,” kata Sari saat ditemui wartawan                                          → name after the verb
 *     “…,” ujarnya. · “…,” she said.                                                 → the last person named
 */
export class SpeakerFinder {
  readonly #referencePhrase: RegExp;
  readonly #articles: ReadonlySet<string>;

  readonly #bareReferences: boolean | ReadonlySet<string>;
  readonly #droppedSubject: ReadonlySet<string>;
  /** German capitalises every noun: one capitalised word after `laut` is as likely a noun (`Betreiber`) as a name. */
  readonly #nounsCapitalised: boolean;
  /** Indonesian: a speech verb with its `me-` prefix takes what was said after it, never the speaker. */
  readonly #prefixedVerbs: boolean;
  /** Whether a club's name is told by its first word (`Persija`, `Persebaya`): Indonesian football. */
  readonly #clubsByPrefix: boolean;
  readonly #unnamedSubject: RegExp | undefined;
  readonly #adjectiveAfterTitle: boolean;
  /** Words that open a sentence but no name there (Indonesian derived nouns: `Kepindahan Wellington …`). */
  readonly #sentenceStop: RegExp | undefined;

  /** `pack`: the document language's, for how it points back at someone (see `LanguagePack.referenceArticles`). */
  constructor(private readonly cues: SpeechCues, private readonly notNames: ReadonlySet<string>, pack?: LanguagePack) {
    const referenceArticles = pack?.referenceArticles ?? [];
    const bare = pack?.bareReferences ?? false;
    this.#bareReferences = typeof bare === 'boolean' ? bare : new Set(bare);
    this.#droppedSubject = new Set(pack?.droppedSubjectWords ?? []);
    this.#nounsCapitalised = pack?.code === 'de';
    this.#prefixedVerbs = pack?.code === 'id';
    this.#clubsByPrefix = pack?.code === 'id';
    this.#sentenceStop = pack?.code === 'id' || pack?.code === 'ms' ? INDONESIAN_DERIVED_NOUN : undefined;
    this.#unnamedSubject = UNNAMED_SUBJECT[pack?.code ?? ''];
    this.#adjectiveAfterTitle = ADJECTIVE_AFTER_NOUN.has(pack?.code ?? '');
    this.#referencePhrase = referenceArticles.length ? referencePhrase(referenceArticles) : REFERENCE_PHRASE;
    this.#articles = referenceArticles.length ? new Set([...ARTICLES, ...referenceArticles]) : ARTICLES;
  }

  /** The last texts `people` read, and what it found (a text is often read again: by `introduced` after `lastMentioned`). */
  readonly #recent = new Map<string, readonly Person[]>();

  /** Person-like runs in `text`, in order. */
  people(text: string): readonly Person[] {
    let found = this.#recent.get(text);
    if (!found) {
      if (this.#recent.size >= RECENT_KEPT) this.#recent.delete(this.#recent.keys().next().value!);
      found = this.#people(text);
      this.#recent.set(text, found);
    }
    return found;
  }

  #people(text: string): Person[] {
    const out: Person[] = [];
    for (const found of nameRuns(text, this.notNames, this.#sentenceStop)) {
      // `Laut Betreiber`, `Menurut Budi` opening a sentence: the word for `according to` is no part of the name.
      const according = found.words > 1 && this.cues.accordingFirst.has(found.name.slice(0, found.name.indexOf(' ')).toLowerCase())
        ? this.cues.accordingTo.atStart(found.name) : undefined;
      const run = according !== undefined && found.name.charAt(according.length) === ' ' && found.words > 1
        ? { ...found, name: found.name.slice(according.length + 1), start: found.start + according.length + 1, words: found.words - according.split(' ').length }
        : found;
      // An academic degree after a name (`Nama, S.Sos., M.Si.`, `S.I.K.`) or a place named by its kind (`warga Dusun III
      // Lubuk Pinang`, `Desa Sukamaju`) is no person, the kind outside the run too (`Desa` is left out of it where the
      // text writes `kepala desa` elsewhere); nor a place in nature in running prose (`warga lereng Gunung Sela Wangi`;
      // after a title it may be the office's region: `Kepala Kantor SAR Teluk Damar, Nama`).
      const wordBefore = wordJustBefore(text, run.start);
      const first = run.name.split(' ', 1)[0]!.toLowerCase();
      if (DEGREE.test(run.name) || PLACE_NOUNS.has(first) || PLACE_NOUNS.has(wordBefore ?? '')) continue;
      if (run.words > 1 && GEO_NOUNS.has(first) && wordBefore && !this.cues.titles.has(wordBefore)
        && /(?:^|[^\p{L}])\p{Ll}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, run.start - 30), run.start))) continue;
      // A title written out, then its short form in brackets (`Pelaksana Tugas (Plt)`, `Komandan Korem (Danrem)`): no one.
      const short = shortFormAfter(text, run.end);
      // (The title may have stayed outside the run, a word the text writes in lower case elsewhere: `Kepala`.)
      if (short && (this.cues.titles.has(short.toLowerCase()) || shortens(short, run.name) || (!!wordBefore && shortens(short, `${wordBefore} ${run.name}`)))) continue;
      const words = run.name.split(' ');
      // An abbreviation's full stop ended the run before the name (`Sen.` | `Elizabeth Warren`): nobody alone;
      // nor a noun for a person after an article, as German writes it (`Die Rentnerin sagte`).
      if (words.length === 1) {
        // (One letter is no name: `napsal na síti X`.)
        if (words[0]!.length === 1) continue;
        const lower = words[0]!.toLowerCase();
        // (Initials in capitals are a person the news names so: `pengakuan MR`, not `Mr.`.)
        if (this.cues.honorifics.has(lower) && !/^\p{Lu}{2,3}$/u.test(words[0]!)) continue;
        if (this.cues.referents.has(lower) && ARTICLES.has(wordBefore ?? '')) continue;
      }
      // A name before a job in lower case after an article qualifies the job: `the Democratic Party leader`. Not
      // otherwise: Indonesian writes a role after a name (`Budi Santoso warga Cibodas`).
      if (this.#qualifiesJob(text, run.start, run.end)) continue;
      let k = 0;
      while (k < words.length - 1 && this.cues.honorifics.has(words[k]!.toLowerCase().replace(/\.$/, ''))) k++;
      // A portfolio may come before the title (`Foreign Minister Penny Wong`, `New York Police Commissioner …`).
      for (let j = k + 1; j <= k + 2 && j < words.length - 2; j++) if (this.cues.titles.has(words[j]!.toLowerCase())) { k = j; break; }
      // A title just before the run counts too (`chief executive Sunita Rao`, `Chief` left out as a common word).
      const titled = this.#titleOf(words[k]!) || (!!wordBefore && this.cues.titles.has(wordBefore));
      const untitled = k;
      while (k < words.length && this.#titleOf(words[k]!)) k++;
      const lastTitle = k > untitled ? words[k - 1]!.toLowerCase() : wordBefore;
      const field = k;
      // `Menteri Keuangan Sri Mulyani`: the field goes with its title, when a name of two words or more is left
      // (`Staf Umum Ukraina` is a body, not the staff of someone called Ukraina).
      if (k > untitled) {
        while (k < words.length - 2 && this.cues.portfolios.has(words[k]!.toLowerCase())) k++;
        // A field of two words or more is whole before a one-word name (`Menteri Luar Negeri Sugiono`).
        if (k > field && k === words.length - 2 && this.cues.portfolios.has(words[k]!.toLowerCase())) k++;
      }
      while (k < words.length - 1 && this.cues.honorifics.has(words[k]!.toLowerCase().replace(/\.$/, ''))) k++;
      // The body a title heads, by its acronym, before the person (`Kepala BPS Bambang Sulistyo Wardhana`).
      if (k > untitled && k < words.length - 2 && /^\p{Lu}{2,6}$/u.test(words[k]!)) k++;
      let rest = words.slice(k);
      // A title deeper in the run puts the name after it (`Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi`).
      let deeper = false;
      // (A rank there may stand before a one-word name: `Kasi Humas Polres Pandan Wangi AKP Sutrisno`.)
      for (let j = rest.length - 2; j >= 0; j--) {
        const word = rest[j]!.toLowerCase();
        if (j === rest.length - 2 ? this.cues.ranks.has(word) : this.cues.titles.has(word) && rest.length - j - 1 <= 4) { rest = rest.slice(j + 1); deeper = true; break; }
      }
      // (A doctor's title after the rank is no part of the name: `Kompol Dr. Gede Agus Wiratama`.)
      if (deeper) while (rest.length > 2 && this.cues.honorifics.has(rest[0]!.toLowerCase())) rest = rest.slice(1);
      // (A title and its unit's acronym alone name the office, no one: `jelas Kanit PPA`.)
      if (k > untitled && rest.length === 1 && /^\p{Lu}{3,8}$/u.test(rest[0]!)) continue;
      // (A body's word there places the body, and nobody follows: `Kanit PPA Satreskrim Polres Pandan Wangi`.)
      if (deeper && BODY_TITLES.has(words[words.length - rest.length - 1]!.toLowerCase())) continue;
      // A region a titled run names before the person ends in a compass word (`Gubernur Jawa Barat Dedi Mulyadi`,
      // `Wali Kota Jakarta Selatan …`), when a name of two words or more is left.
      if (titled || k > untitled) {
        const before = rest.length;
        for (let j = Math.min(2, rest.length - 3); j >= 1; j--) {
          if (this.cues.compass.has(rest[j]!.toLowerCase())) { rest = rest.slice(j + 1); break; }
        }
        // An office of a region names it before the person (`Wali Kota Bandung Muhammad Farhan`, `Bupati Garut
        // Abdusy Syakur Amin`): of three words or more right after such a title, the first is the region.
        // (Not when a rank deeper in the run already left the region out: `Kapolsek Pasir Bening Kompol Yohanes Dwi Saputro`.)
        if (rest.length === before && k === field && !deeper && rest.length >= 3 && lastTitle && this.cues.regionTitles.has(lastTitle)) rest = rest.slice(1);
      }
      // An Indonesian football club opens with `Pers…` (`Persiwa Wanasari`, `pelatih Persikara Rodrigo Almeida Ferraz`):
      // the club alone is no one; before a name of two words or more it is the person's club.
      if (this.#clubsByPrefix && rest.length && INDONESIAN_CLUB.test(rest[0]!)) {
        if (rest.length <= 2) continue;
        rest = rest.slice(1);
      }
      // A place after the title is the office's (`Syahbandar Tanjung Lemo yang juga …, Capt. Nama`), no one.
      if (k > untitled && rest.length && GEO_NOUNS.has(rest[0]!.toLowerCase())) continue;
      // Dates are no people: `the ministry said Friday`, `Senin (12/5)`.
      if (!rest.length || rest.every((w) => /^[\d.,:/-]+$/.test(w) || this.cues.calendar.has(w.toLowerCase()))) continue;
      out.push({ name: rest.join(' '), start: run.start, end: run.end, words: rest.length, titled });
    }
    return out;
  }

  /**
   * The speech verbs in `text`, leaving out a capitalised one inside a sentence: there it is a name's word
   * (`the United States`, `Kata Data`), since a verb is capitalised only where a sentence opens.
   */
  #verbs(text: string): PhraseMatch[] {
    const all = this.cues.verbs.matches(text);
    // (`Aku` opening a sentence is `I`, not the verb `aku` of `"…," aku Budi`.)
    return all.every((m) => !isUpper(text, m.index)) ? all
      : all.filter((m) => !isUpper(text, m.index) || (opensSentenceAt(text, m.index) && m.text !== 'Aku'));
  }

  /**
   * Whether the name from `start` to `end` qualifies a job in lower case in one of the two words after it, as
   * English writes it after an article (`the Democratic Party leader`).
   */
  #qualifiesJob(text: string, start: number, end: number): boolean {
    // Most names follow no article: that cheap look comes first.
    if (text.charCodeAt(end) !== 32) return false;
    // (An adjective in lower case may stand between: `a senior House Republican aide`.)
    const before = wordJustBefore(text, start) ?? '';
    if (!ARTICLES.has(before) && !(/^\p{Ll}+$/u.test(before) && ARTICLES.has(wordJustBefore(text, text.slice(0, start).trimEnd().length - before.length) ?? ''))) return false;
    const m = JOB_AFTER.exec(text.slice(end, end + 40));
    return !!m && (this.#job(m[1]!) || (!!m[2] && this.#job(m[2])));
  }

  #job(word: string): boolean {
    return this.cues.titles.has(word) || this.cues.roles.has(word);
  }

  /** Whether an article and a noun for a person (`o pedreiro`, `the widow`) stand right before `at`. */
  #nounBefore(text: string, at: number): boolean {
    const noun = wordJustBefore(text, at);
    if (!noun || !this.cues.referents.has(noun)) return false;
    const article = wordJustBefore(text, text.slice(0, at).trimEnd().length - noun.length);
    return !!article && this.#articles.has(article);
  }

  /** Whether one or two words open the sentence right before `at`, one of them a noun for a person (`Bek kiri `). */
  #nounOpens(text: string, at: number): boolean {
    const before = /(?:^|[.!?]["”’»]?\s+|\\?\]\s*)((?:\p{L}[\p{L}-]*\s+){1,2})$/u.exec(text.slice(Math.max(0, at - 40), at));
    return !!before && before[1]!.trim().split(/\s+/).some((w) => this.cues.referents.has(w.toLowerCase()));
  }

  /** `My mother, Agnes, ran the café`: one name between commas after a noun for a person is that person. */
  #appositiveOfRole(text: string, p: Person): string | undefined {
    if (!COMMA_AFTER.test(text.slice(p.end))) return undefined;
    const role = /(\p{L}+)\s*,\s*$/u.exec(text.slice(Math.max(0, p.start - 40), p.start))?.[1]?.toLowerCase();
    return role && this.cues.referents.has(role) ? p.name : undefined;
  }

  #afterOpeningWord(text: string, at: number): boolean {
    const word = wordJustBefore(text, at);
    if (!word || PLACE_BEFORE.has(word) || NOUN_BEFORE.has(word)) return false;
    const before = text.slice(0, text.slice(0, at).trimEnd().length - word.length).trimEnd();
    // A Markdown image placeholder may stand glued before it (`\[img.3\]Bagi Iis, …`).
    return before === '' || /[.!?]["”’»]?$|\\?\[img\.\d+\\?\]$/.test(before);
  }

  /** Whether `p` names a body (a service, a ministry, an agency) rather than a person. */
  #body(p: Person): boolean {
    return bodyName(p.name);
  }

  /**
   * The speaker a run names in `text`: nobody when it is a body (`the Tamarack County Sheriff's Office said`), or a
   * body's title before a place (`tulis Pemkot Semarang`, `kata Polres Bogor`).
   */
  #who(p: Person, text: string): string | null {
    if (this.#body(p) || PLATFORMS.has(p.name.toLowerCase())) return null;
    const nameStart = p.end - p.name.length;
    const before = wordJustBefore(text, nameStart)?.toLowerCase();
    // (Unless a person's title heads the body's acronym and a full name follows: `Ketua DPRD Ahmad Fauzi`; after a word,
    // `Kepala Dinas Perindustrian`, it is the body's field.)
    if (before && BODY_TITLES.has(before)) {
      const lead = text.slice(0, nameStart).trimEnd();
      const acronym = lead.endsWith(before.toUpperCase());
      if (!(p.words >= 2 && acronym && this.#job(wordJustBefore(text, lead.length - before.length)?.toLowerCase() ?? ''))) return null;
    }
    const lead = text.slice(Math.max(0, nameStart - 60), nameStart);
    // A body's acronym before its name or place, with no title before it (`pernyataan BBWS Seluna Hilir`, `Balai Besar
    // Wilayah Sungai (BBWS) Seluna Hilir`; not `Ketua Umum PSSI Erick Thohir` nor a rank: `AKBP Rio …`).
    // Most names follow a word in lower case or punctuation: the pattern runs only after a capital or a bracket.
    const last = lead.trimEnd().slice(-1);
    const acronym = last === ')' || (last !== '' && last !== last.toLowerCase()) ? ACRONYM_BEFORE.exec(lead) : null;
    if (acronym && !this.cues.titles.has(acronym[1]!.toLowerCase())) {
      // A person's title anywhere in the sentence's last words before it (`Kepala Pusat Data, Informasi, dan Komunikasi
      // Kebencanaan BNPB Abdul Muhari`); an office's own word (`Balai`) titles no one.
      const words = text.slice(Math.max(0, nameStart - 120), nameStart - lead.length + acronym.index).split(/[.!?]/).pop()!.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '').toLowerCase());
      // (Or a noun for a person by trade: `Hydrolog ČHMÚ Radek Kopřiva`.)
      const titled = words.some((w) => (this.#job(w) || this.cues.referents.has(w)) && !BODY_WORDS.has(w));
      if (!titled) return null;
    }
    // Both checks below need `of` (or its like) in the few words before the name: most names have none.
    if (!OF_WORD.test(lead)) return p.name;
    // Someone unnamed who works for the person (`a spokeswoman for Ms. Marchetti said`, `juru bicara dari X`).
    const forWhom = FOR_WHOM.exec(lead);
    if (forWhom && SPOKESPEOPLE.has(forWhom[1]!.toLowerCase())) return null;
    // The place a body is of (`a Prefeitura de São Paulo afirmou`, where `São` is a word of the language).
    const of = BODY_OF.exec(lead);
    return of && BODY_WORDS.has(of[1]!.toLowerCase()) ? null : p.name;
  }


  /**
   * Whether a job title or a role stands right before `at` (`chief executive Sunita Rao`, `skipper Wade Bassi`), in
   * a Romance language maybe with its adjective after it (`l’architecte dijonnais Théo Lagarde`).
   */
  private titledBefore(text: string, at: number): boolean {
    const word = wordJustBefore(text, at);
    if (!word) return false;
    if (this.#job(word)) return true;
    if (!this.#adjectiveAfterTitle) return false;
    const start = text.slice(0, at).trimEnd().length - word.length;
    if (!/^\p{Ll}/u.test(text.slice(start, start + 1)) || this.cues.verbs.atStart(word) !== undefined) return false;
    const title = wordJustBefore(text, start);
    return !!title && this.#job(title);
  }

  /**
   * Whether the one-word name `p`, between commas right before a speech verb, names the person a role before
   * it introduces: a noun in lower case (`Seorang murid, Fajar, menjawab`, `The mayor, Okafor, told`) or a job
   * title (`Kepala Desa Sukamaju, Sutrisno, mengatakan`). A capitalised word before the comma is a place as
   * often (`Leeds, England,`); days and months are no people at all (see `people`).
   */
  #namesRole(region: string, previous: Person | undefined, p: Person): boolean {
    const before = region.slice(0, p.start).replace(/\s*,\s*$/, '');
    // `Ketua RT 03, Suparman,`: a number may follow the title's run.
    if (previous?.titled && previous.end <= before.length && /^[\s\d./-]*$/.test(before.slice(previous.end))) return true;
    if (/(?:^|[\s(])\p{Ll}[\p{L}\p{M}'’-]*$/u.test(before)) return true;
    // A title over a place the run left out (`Kepala Desa Tegal Waringin, Sutrisno,` where the text writes `kepala`
    // and `desa` in lower case elsewhere): a title word, then only capitalised words or numbers.
    const words = before.slice(-80).split(/[,;:!?()]/).pop()!.trim().split(/\s+/);
    let title = words.length - 1;
    while (title >= 0 && !this.cues.titles.has(words[title]!.toLowerCase())) title--;
    if (title >= 0 && title < words.length - 1 && words.slice(title + 1).every((w) => /^(?:\p{Lu}|\d)/u.test(w))) return true;
    // A long description opening the sentence, a role in lower case leading it (`koordinator paguyuban korban … dari
    // Jabodetabek, Bandung, dan Semarang, Sutrisno, mengatakan`).
    const clause = before.slice(sentenceStartBefore(before, before.length, SENTENCE_REACH)).split(/\s+/);
    return clause.slice(0, 8).some((w) => /^\p{Ll}/u.test(w) && (this.cues.titles.has(w) || this.cues.roles.has(w)));
  }

  /** A one-word name as the person the text named before, when it did. */
  #full(p: Person, fullName: (word: string) => string | undefined): string {
    return p.words === 1 ? fullName(p.name) ?? p.name : p.name;
  }

  /**
   * Where the clause opening `text` ends: at the first mark `end` finds, except a full stop after an honorific
   * or an initial (`says Dr. Anna Kowalski`, `Stuart R. Kaplan`), which is part of a name.
   */
  #clauseEnd(text: string, end: RegExp): number {
    end.lastIndex = 0;
    for (let m = end.exec(text); m; m = end.exec(text)) {
      if (m[0] === '(') {
        // An abbreviation in brackets is part of a title (`Sekretaris Daerah (Sekda) Kota Bogor …`).
        const abbreviation = ABBREVIATION.exec(text.slice(m.index, m.index + 20))?.[0];
        if (abbreviation) { end.lastIndex = m.index + abbreviation.length; continue; }
        // So is a short label in lower case between a title and its comma before the name (`le maire (divers droite),
        // Gérard Mounier`).
        const label = LABEL_BEFORE_NAME.exec(text.slice(m.index, m.index + 40))?.[1];
        if (label) { end.lastIndex = m.index + label.length; continue; }
      }
      if (m[0] !== '.') return m.index;
      const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0];
      if (!word || !(this.cues.honorifics.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase()))) return m.index;
    }
    return text.length;
  }

  /**
   * Whether `text` opens with a phrase pointing back at someone named before (see `REFERENCE_PHRASE`) whose words
   * hold a role, a noun for a person or an age: `closed` when a demonstrative ends it (whatever names it holds
   * describe the person: `pria asal Garut tersebut`), `open` for the `the` shape (a name may follow it: `said the
   * mother of two, Jane Doe`). With `whole`, nothing but one more word in lower case may follow (`the 62-year-old
   * also`), as in the text before a speech verb.
   */
  #refersBack(text: string, whole = false): Reference | undefined {
    const m = this.#referencePhrase.exec(text);
    // With `whole`, a clause between commas may describe the person too (`The dad-of-two, who has driven buses since
    // the ’90s, said`).
    if (!m || (whole && !/^\s*(?:\p{Ll}+\s*)?,?\s*$|^\s*,[^,.;:!?]{1,100},\s*$/u.test(text.slice(m[0].length)))) return undefined;
    const words = (m[1] ?? m[2]!).toLowerCase().split(/\s+/);
    const names = (w: string) => this.cues.referents.has(w) || AGE.test(w) || this.cues.referents.has(w.split('-')[0]!);
    if (m[1] !== undefined) {
      const noun = words.find(names);
      // `his son said`: only a son the text named; the last person is more likely the father.
      if (noun !== undefined) return { shape: 'open', noun, strict: POSSESSIVE.test(text) };
      const title = words.find((w) => this.cues.titles.has(w) && !BODIES.has(w));
      return title === undefined ? undefined : { shape: 'open', noun: title, strict: true };
    }
    // `kata warga pagi itu`, `kata warga hari ini`: the demonstrative points at a time, the resident is new.
    if (TIME_NOUNS.has(words[words.length - 1]!)) return undefined;
    // `ujar eks pemain Timnas Indonesia itu`: what the person was, the noun after the word for "former"; only someone the
    // text named so (a past the text told in other words, `pensiun dari kantor pos`, takes understanding).
    const former = words.length > 1 && FORMER.has(words[0]!);
    if (former) words.shift();
    // `ujar orang nomor satu di Kabupaten X itu`: the head of the region, if the text named them by the office.
    const region = NUMBER_ONE.exec(m[2]!)?.[1]?.toLowerCase();
    if (region) return { shape: 'closed', noun: HEAD_OF[region]!, strict: true };
    // `ungkap juru taktik berusia 52 tahun tersebut`: the age the text gave someone says more than the noun.
    const aged = /(?<![\p{L}\p{N}])berusia\s+(\d{1,3})\s+tahun(?![\p{L}\p{N}])/u.exec(m[2]!);
    if (aged) return { shape: 'closed', noun: `${aged[1]}-year-old`, strict: false };
    if (names(words[0]!)) return { shape: 'closed', noun: qualified(words, 0), strict: former };
    // `tutur mantan Gubernur Nusa Cendana tersebut`: the office the person held, in capitals or not.
    if (former && this.cues.titles.has(words[0]!) && !BODIES.has(words[0]!)) return { shape: 'closed', noun: qualified(words, 0), strict: true };
    // `Country Manager itu menambahkan`: a title written in capitals, as in the text's own.
    const title = /^\s*\p{Lu}/u.test(m[2]!) ? words.findIndex((w) => this.cues.titles.has(w) && !BODIES.has(w)) : -1;
    return title < 0 ? undefined : { shape: 'closed', noun: qualified(words, title), strict: former };
  }

  /**
   * The nouns `text` names the person `name` by (titles, roles, nouns for a person): among the six words before the
   * name in its sentence (`il sindaco di Pradalto, Giancarlo Bettoni`, `Wethouder Bram Sinke`), up to another name,
   * and the three after its comma (`Tom Baker, the shop owner,`; past degrees: `Amrizal, S.T., legislator …`). A later `ha
   * detto il sindaco` means them.
   */
  rolesOf(text: string, name: string): string[] {
    let at = text.lastIndexOf(name);
    let written = name;
    if (at < 0) {
      written = name.slice(name.lastIndexOf(' ') + 1);
      at = text.lastIndexOf(written);
    }
    if (at < 0) return [];
    const before = text.slice(sentenceStartBefore(text, at, 120), at).trim().split(/\s+/).filter(Boolean);
    const nouns: string[] = [];
    const noun = (w: string) => (this.cues.titles.has(w) && !BODIES.has(w)) || this.cues.referents.has(w);
    for (let k = before.length - 1; k >= 0 && k >= before.length - 6; k--) {
      const lower = unelided(before[k]!).replace(/[^\p{L}\p{M}\d-]/gu, '');
      // `Kepala Desa …, Nama`: a later `kata kades` means them.
      // (Whose the office is may be glued on: `penasihat hukumnya, Nama`.)
      const compound = k > 0 ? COMPOUND_TITLES.get(`${before[k - 1]!.toLowerCase()} ${lower}`) ?? COMPOUND_TITLES.get(`${before[k - 1]!.toLowerCase()} ${lower.replace(/nya$/, '')}`) : undefined;
      if (compound) nouns.push(compound);
      const short = /^\p{Lu}/u.test(before[k]!) ? SHORT_TITLES.get(lower) : undefined;
      // (`ibunya, Meilani Gunawan`: her mother; `ibunda` is the mother too.)
      const kin = KIN_NOUNS.get(lower.replace(/nya$/, ''));
      if (short) nouns.push(short);
      else if (noun(lower)) {
        nouns.push(lower);
        // (`JPU KPK Nama`: a later `kata jaksa` means them.)
        const also = NOUN_ALSO.get(lower);
        if (also) nouns.push(also);
      } else if (kin) nouns.push(kin);
      // An Indonesian verb between (`majelis hakim lebih dulu mendengar keterangan Sutrisno`): the noun is another's.
      else if (this.#prefixedVerbs && PREFIXED_VERB.test(lower)) break;
      // A list ends the search: the words before it describe someone else (`Mayor Jane Doe and council member Tom
      // Smith`), and so does a preposition (`Yoga (29), terdakwa pembunuhan terhadap Dimas`). Capitalised words do not:
      // titles name their field (`pelatih Timnas U-23, Baek Min-cheol`).
      else if (LIST_WORDS.has(lower) || ROLE_BREAK.has(lower)) break;
    }
    const after = ROLE_AFTER.exec(text.slice(at + written.length, at + written.length + 60));
    if (after) for (const w of after.slice(1)) if (w && noun(w)) nouns.push(w);
    // `Reilly, 28, has now scored …`: a later `the 28-year-old` means them.
    const age = /^\s*(?:,\s*|\(\s*)(\d{1,3})\s*[,)]/.exec(text.slice(at + written.length, at + written.length + 12));
    if (age) nouns.push(`${age[1]}-year-old`);
    return nouns;
  }

  /**
   * In a language without articles, a noun for a person alone after a speech verb points back at someone named
   * before (`popsala seniorka, kterou …`, `řekl hejtman.`).
   */
  #bareReference(afterVerb: string): string | undefined {
    const bare = this.#bareReferences;
    if (!bare) return undefined;
    // Indonesian capitalises an office written alone as often as not (`kata Mendag.`, `ujar Kapolsek.`).
    // (A time or place may follow: `kata terdakwa usai sidang`, `ujar camat saat ditemui`.)
    // A second word may qualify the noun: `ujar hakim ketua`, `kata Kasat Lantas`, `ujar ibu korban sambil terisak`, `sebut
    // Kepala DLH` (a body's acronym); `kata kepala sekolah` is the office written out (`kepsek`). A name after a comma
    // names the person (`ujar ibu korban, Siti Rohmah (54),`); a day does not (`ujar Kalaksa, Sabtu (8/3/2025)`). Whose
    // office it is may follow (`ujar penasihat hukum terdakwa`).
    const m = /^(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}\d-]*)(?![\p{L}\p{N}-]))?(?:\s+(?:terdakwa|tersangka|korban|pelapor|terlapor)(?![\p{L}]))?\s*(?:[.,;!?]|$|(?=(?:usai|seusai|saat|ketika|setelah|sesudah|sebelum|di|kepada|dalam|sambil|sembari|seraya|dengan|menirukan|mengutip|membacakan)\s))/u.exec(afterVerb);
    if (!m) return undefined;
    const named = m[0].endsWith(',') ? /^\s*(\p{Lu}[\p{L}-]*)/u.exec(afterVerb.slice(m[0].length))?.[1] : undefined;
    if (named && !this.cues.calendar.has(named.toLowerCase())) return undefined;
    const word = m[1]!.toLowerCase();
    const second = m[2];
    // (Or the pair is itself an office's short form: `hakim ketua`, the `ketua majelis hakim`.)
    const pair = second ? `${word} ${second.toLowerCase()}` : undefined;
    // (Whose it is may be glued on, or follow: `kata kuasa hukumnya`, `ujar penasihat hukum terdakwa`.)
    const compound = pair ? COMPOUND_TITLES.get(pair) ?? COMPOUND_TITLES.get(pair.replace(/nya$/, '')) ?? (SHORT_FORMS.has(pair) ? pair : undefined) : undefined;
    if (compound && (bare === true || bare.has(compound))) return compound;
    if (second && !/^\p{Lu}{2,8}$/u.test(second) && !this.cues.titles.has(second.toLowerCase()) && !this.cues.referents.has(second.toLowerCase())) return undefined;
    return (bare === true ? this.cues.referents.has(word) || this.cues.titles.has(word) : bare.has(word)) ? word : undefined;
  }

  /**
   * Whether the words between a speech verb and the name after it leave the name the speaker: none (`ujar
   * Sari`), the agent of an Indonesian passive verb (`disampaikan oleh Sari`), or a title (`oleh pengamat
   * transportasi Djoko`).
   */
  #namesSpeaker(gap: string): boolean {
    const words = gap.split(/\s+/).filter((w) => w && w !== ',');
    // Not `by`: `Posted by Android Developers` is a byline.
    if (words.length && /^oleh$/i.test(words[0]!)) words.shift();
    return words.length === 0 || words.some((w) => this.cues.titles.has(w.toLowerCase()));
  }

  /**
   * Whether the words between a speech verb and a capitalised run (`gap`) introduce someone unnamed, so that the
   * run is whom they work for: an indefinite article and a noun (`seorang petugas Basarnas`), or the run used as an
   * adjective before a noun (`a Reuters photographer`; `after` is the text after the run).
   */
  #unnamedBefore(gap: readonly string[], after: string): boolean {
    // `heißt es in einer Mitteilung der Polizei`: German capitalises the noun after the article.
    const last = gap[gap.length - 1]!.toLowerCase();
    if (INDEFINITE.has(last) && !INDEFINITE_ONLY_ADJACENT.has(last)) return true;
    const article = gap[0]!.toLowerCase();
    if (!INDEFINITE.has(article)) return false;
    return /^\s+\p{Ll}/u.test(after) ? gap.length <= 2 : gap.length >= 2 && !INDEFINITE_ONLY_ADJACENT.has(article);
  }

  /** Whether `after` (the text after a name) describes it by a role: `, pemilik warung …`, `, a retired teacher`. */
  #describedAfter(after: string): boolean {
    const words = ROLE_AFTER.exec(after);
    return !!words && words.slice(1).some((w) => !!w && this.cues.roles.has(w));
  }

  /** The subject of a speech verb, from the sentence text before the verb. */
  subjectOf(region: string, verbFollows = false): Person | 'pronoun' | undefined {
    const tail = region.trimEnd();
    // `she’d`, `he’ll`: a pronoun with its verb contracted onto it.
    const lastWord = /([\p{L}'’-]+)[\s,]*$/u.exec(tail)?.[1]?.toLowerCase().replace(CONTRACTION, '');
    const firstWord = /^[\s"“‘'(]*([\p{L}'’-]+)/u.exec(region)?.[1]?.toLowerCase().replace(CONTRACTION, '');
    if (lastWord && this.cues.pronouns.has(lastWord)) return 'pronoun';
    let best: Person | undefined;
    let bestScore = 0;
    const people = this.people(region);
    // The verb's own clause: `… registered in the United States, and it has continued` is said of `it`.
    const clause = lastIndexOfClause(region);
    for (let k = 0; k < people.length; k++) {
      const p = people[k]!;
      if (p.start < clause) continue;
      // `Pemeran detektif dalam serial laris Gravesend Bay itu mengumumkan …`: a name inside a description that points
      // back at someone (the demonstrative closes it) is not the subject.
      if (DEMONSTRATIVE_AFTER.test(region.slice(p.end, p.end + 10))) continue;
      // Where the subject is (`Sejumlah sopir angkot di Kota Cipanagara mengaku`) is no one; nor the body a spokesperson
      // speaks for, its acronym and the person after it (`Juru Bicara Otoritas Jasa Keuangan (OJK) Aprilia …`).
      if (placeBefore(region, p.start)) continue;
      const acronymAfter = /^\s*\((\p{Lu}{2,8})\)\s*/u.exec(region.slice(p.end, p.end + 14));
      if (acronymAfter && people.some((q) => q.start >= p.end + acronymAfter[0].length && q.words >= 2 && q.name !== acronymAfter[1])) continue;
      const before = region.slice(0, p.start);
      const after = region.slice(p.end);
      // A party or a body's acronym in brackets after a name goes with it (`Minister Jansen (VVD) zei`), and is no one.
      if (/^\s*\($/.test(region.slice(people[k - 1]?.end ?? -1, p.start)) && /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$/u.test(p.name)) continue;
      // An office over its region, then a rank and the person (`Kapolres Banyu Asri AKBP Haris Setiabudi mengatakan`): the
      // person speaks, not the region.
      const ranked = people[k + 1];
      if (p.titled && ranked && this.cues.ranks.has(region.slice(p.end, ranked.start).trim().replace(/\.$/, '').toLowerCase())) continue;
      // (An adverb may stand between the subject and its speech verb: `Smith also said`, `Starostka Marešová zároveň
      // uklidňovala`.)
      // (Or when it was said: `Matějka po zápase prohlásil`.)
      const between = tail.slice(p.end).replace(/^\s*\(\p{Lu}[\p{Lu}\p{N}-]{1,7}\)/u, '').replace(/^\s+/, '').replace(WHEN_BEFORE_SPEAKER, '');
      // (Or a clause that describes the subject: `Sri yang berdiri di sampingnya langsung menimpali`.)
      const adjacent = /^\s*$/.test(between) || ((p.titled || verbFollows) && ADVERB_GAP.test(between) && !LIST_WORDS.has(between.trim())
        && !DEMONSTRATIVE_AFTER.test(between)) || (verbFollows && RELATIVE_GAP.test(between));
      const commaAfter = COMMA_AFTER.test(after);
      // (Ranks and honorifics before the run stand between the comma and the name: `…, AKBP Yudha Permana,`, `…, Prof.
      // Dr. Hendarto Wibisono Adi,`.)
      const from = commaAfter && !afterComma(region, p.start) ? this.#titleStart(region, p.start) : p.start;
      const appositive = commaAfter && afterComma(region, from);
      const opening = commaAfter && !/[\p{L}\p{N}]/u.test(before);
      let score: number;
      // `Polres X, melalui Kasi Humas Iptu Suharni, mengimbau`: the one a body speaks through.
      const through = /(?:^|\s)(?:melalui|lewat)\s+(?:\p{L}+\s+){0,4}$/u.test(region.slice(Math.max(0, p.start - 50), p.start)) && p.words >= 1;
      if (through && this.#who(p, region) !== null) score = 6;
      else if (p.words > 4) score = 0.5;
      // (A rank titles the person it stands before: `Kapolres Tanah Serindit, AKBP Yudha Permana, mengatakan`.)
      else if (appositive && (!p.titled || from < p.start || this.#rankedOnly(region, p)) && p.words >= 2) score = 5;
      // (The role is read before the honorifics: `Kepala Dinas Sosial Kota X, Drs. Sutrisno, M.AP., mengatakan`.)
      else if (appositive && p.words === 1 && LAST_COMMA_AFTER.test(tail.slice(p.end)) && this.#namesRole(region, people[k - 1], from < p.start ? { ...p, start: from } : p)) score = 5;
      else if (opening && !p.titled && p.words >= 2) score = 4;
      // `Lee, the Democratic Party leader, said`: one name opening the sentence, described between commas.
      else if (opening && p.words === 1 && DESCRIBED_BETWEEN_COMMAS.test(tail.slice(p.end))) score = 4;
      // `Darwis (52), nelayan:`: one name and an age in brackets opening the sentence, as Indonesian news introduces people.
      else if (opening && p.words === 1 && /^\s*\(\d{1,3}\)/.test(after) && /\p{Ll}/u.test(p.name)) score = 4;
      else if (p.titled && p.words >= 2) score = 3;
      else if (p.words >= 2) score = 2.5;
      // `Dalam surat yang diperoleh The Sun, Pryce menulis`: one name right before the verb, after the opening phrase's
      // comma, is its subject, not a name inside that phrase.
      else if (adjacent && verbFollows && afterComma(region, p.start)) score = 3;
      // `Am Abend äußerte sich Weigl`: a capitalised noun after an article or a preposition is no one.
      else score = adjacent && !NOUN_BEFORE.has(wordJustBefore(region, p.start) ?? '') ? 2 : 0;
      if (score === 0) continue;
      // The subject usually comes first in its sentence.
      score += (1 - p.start / (tail.length + 1)) * 0.4;
      if (score > bestScore) { bestScore = score; best = p; }
    }
    if (!best && firstWord && this.cues.pronouns.has(firstWord)) return 'pronoun';
    // `…, and whenever I tried to hurry the dough she would tap the bowl and say, “…”`: nobody named in the verb's
    // clause, a subject pronoun in it.
    if (!best && clause > 0 && region.slice(clause).split(/[^\p{L}'’-]+/u).some((w) => this.cues.pronouns.has(w.replace(CONTRACTION, '')) && !this.#articles.has(w))) return 'pronoun';
    return best;
  }

  /**
   * The name after a speech verb: the first person within two words of the verb (`tanya sus Rini`), or right
   * after a comma (`ha detto il direttore generale, Franco Orsolini`); a job title followed by `, Name`
   * gives the name (`kata Kepala Desa Cibodas Hilir, Ujang Supriatna`).
   */
  nameAfter(text: string): Person | undefined {
    const phrase = text.slice(0, this.#clauseEnd(text, PHRASE_END));
    const people = this.people(phrase);
    // Where the words before a name are counted from: the phrase's start, or the end of whoever was spoken to
    // (`a expliqué à Radio Horizon la commandante Frédérique Amblard`).
    let from = 0;
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const gap = phrase.slice(from, p.start);
      const lastComma = gap.lastIndexOf(',');
      const words = gap.slice(lastComma + 1).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      // `kata Kepala BPBD Kabupaten Bogor, Ade Jaya`: the title may stand before an acronym the run left out.
      const titledGap = lastComma < 0 && words.some((w) => this.cues.titles.has(unelided(w)));
      // A title in lower case may take a few words before the name (`a indiqué le ministre de l’Intérieur Bruno
      // Retailleau`, `said the company's chief executive John Smith`).
      // (A job, then where in the genitive: `anestezioložka rybníkovské nemocnice Lucie Vrbová`.)
      const near = lastComma < 0 ? words.length <= 2 || (titledGap && words.length <= TITLE_GAP_WORDS)
        || (words.length <= 4 && p.words >= 2 && /^\p{Ll}/u.test(words[0]!) && GENITIVE_BODY.test(` ${words.slice(1).join(' ')} `)) : words.length === 0;
      if (near) {
        // A body, its acronym or a place, then a job in lower case, then the person (`according to MNN meteorologist
        // Priya Halvorsen`, `said Acme chief executive John Smith`, `admitted Harlow boss Dean Mercer`): the person.
        const next = people[i + 1];
        const link = next ? phrase.slice(p.end, next.start) : '';
        // (Not the job's field: `ao Portal N1 a secretária de Educação, Nome`.)
        if (next && (/^\p{Lu}{2,6}$/u.test(p.name) || bodyName(p.name) || p.words <= 2) && /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(link)
          && link.trim().split(/\s+/).some((w) => this.#job(w)) && !/\s(?:de|da|do|di|of|du|des|del)\s+$/.test(link)) return next;
        // The rest of an institution's name in lower case, in the genitive, then the person (`hydroložka Českého
        // hydrometeorologického ústavu Eva Soukupová`).
        if (next && next.words >= 2 && p.words <= 2 && GENITIVE_BODY.test(link)) return next;
        // (Or the body's noun opens it, capitalised, its field after in lower case: `předsedy Svazu pro venkov Jaroslava Mareše`.)
        if (next && next.words >= 2 && p.words === 1 && GENITIVE_HEAD.test(p.name) && /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(link)) return next;
        // Who is spoken to is no speaker: `mengatakan kepada Washington Examiner`, `said to Reuters`.
        if (words.length && ADDRESSEE_BEFORE.has(words[words.length - 1]!.toLowerCase())) { from = p.end; continue; }
        if (words.length && this.#unnamedBefore(words, phrase.slice(p.end))) continue;
        // What an office is of, or where someone is, is a place: `il sindaco di Firenze, …`, `kata warga di Bandung`
        // (a longer run names the person after the place: `mayor of London Sadiq Khan`).
        if (words.length && PLACE_BEFORE.has(words[words.length - 1]!.toLowerCase())) {
          if (p.words < 3) continue;
          const name = p.name.slice(p.name.indexOf(' ') + 1);
          return { ...p, name, words: p.words - 1 };
        }
        // A region after the place, then the person (`di ITC Kemuning Raya, Jakarta Barat, Rudy Hartanto`); a title's
        // field, then the person (`a secretária de Educação, Luciana Ferraz Prado`).
        if (personAfterComma(phrase, p, people[i + 1]) && (isRegion(p) || (p.words === 1 && this.#fieldOfTitle(phrase, p.start)))) continue;
        // A company by its legal form, then the person after its comma (`kata kuasa hukum PT KBPN, Ferdinand Tampubolon`).
        // (Its name may be an acronym in capitals, which no run holds.)
        const later = people[i + 1];
        if (later && !later.titled && later.words >= 2 && /^\s*(?:\p{Lu}[\p{Lu}\d&]{1,9}\s*)?,\s*$/u.test(phrase.slice(p.end, later.start))
          && (COMPANY_FORMS.has(p.name.split(' ', 1)[0]!.toLowerCase()) || COMPANY_FORMS.has(wordJustBefore(phrase, p.start) ?? ''))) continue;
        // A role before the run names where the person works (`ekonom Universitas Nusa Cendekia, Dimas Arya Pradipta`).
        const titled = p.titled || titledGap || this.titledBefore(phrase, p.start);
        return (titled && this.#namedAfterTitle(phrase, people, i)) || p;
      }
      if (gap.split(',').length > 2) break;
    }
    return undefined;
  }

  /**
   * The person a title run (`people[i]`) names after it: across a comma (`kata Kepala Desa Cibodas Hilir, Ujang
   * Supriatna`), an acronym or a rank (`kata Kapolres Bogor AKBP Rio Wahyu Anggoro`, `Ketua Umum PSSI Erick
   * Thohir`), or the rest of a list of fields (`Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB
   * Abdul Muhari`).
   */
  #namedAfterTitle(phrase: string, people: readonly Person[], i: number): Person | undefined {
    // A run after an acronym with a name after its comma goes on with the title (`(BPBD) Kota Bogor, Nama`); it
    // is the person only when no name follows.
    let titleGoesOn: Person | undefined;
    for (let j = i; j + 1 < people.length; j++) {
      const next = people[j + 1]!;
      const between = phrase.slice(people[j]!.end, next.start);
      const rest = phrase.slice(next.end);
      // A field listed in the title (`Data, Informasi, dan Komunikasi`): the name comes after the list.
      // (The list's last field may be written in lower case elsewhere in the text, and so fall out of the run: `…, dan
      // Perdagangan Kabupaten X, Nama`.)
      if (LIST_LINK.test(between) || (/^\s*,\s*$/.test(between) && LIST_GOES_ON.test(rest))
        || (j > i && LIST_LAST_FIELD.test(between))) continue;
      // An abbreviation in brackets (`Sekretaris Daerah (Sekda) Kota Bogor …`) goes with the title, and so does the
      // body or district the member is from (`anggota Komisi IV DPR RI dari Fraksi Partai Karya Rakyat, Nama`,
      // `anggota DPRD Kabupaten X dari daerah pemilihan IV, Nama`).
      if (/^\s*\(\s*$/.test(between) && /^\s*\)/.test(rest)) continue;
      if (FROM_BODY.test(between) && people[j + 2] && COMMA_BEFORE_NAME.test(phrase.slice(next.end, people[j + 2]!.start))) continue;
      // A town named with its river or hill (`starostka Březové nad Lužnicí Ivana Marešová`): the word after the
      // link ends the town's name, the person follows.
      if (PLACE_LINK.test(between) && next.words >= 3) {
        const space = next.name.indexOf(' ');
        return { ...next, name: next.name.slice(space + 1), words: next.words - 1 };
      }
      // A rank before the name titles it (`AKBP Rio …`); after a comma, another title starts another person. The
      // words between may also be capitalised words the text writes in lower case elsewhere (`Kabupaten`).
      const link = between.replace(/^\s*\)/, '').trim();
      // The body the office belongs to goes on with the title (`Kepala Pelaksana (Kalaksa) Badan Penanggulangan Bencana
      // Daerah (BPBD) Kabupaten X, Nama`): the person comes after it.
      // (`Badan` may stand outside the run when the text also writes `badan` in lower case.)
      if (people[j + 2] && BODY_HEADS.has((link || /^\S+/.exec(phrase.slice(next.start, next.end))![0]).toLowerCase()) && /^\p{Lu}/u.test(link || 'A')) continue;
      if (!link || link.split(/\s+/).every((w) => TITLE_LINK_WORD.test(w) || this.cues.titles.has(w.toLowerCase()))) {
        const after = people[j + 2];
        // The body the member is from may follow the region (`anggota Komisi B DPRD Kota X dari Fraksi Y, Nama`).
        const from = after && FROM_BODY.test(phrase.slice(next.end, after.start)) && people[j + 3] && COMMA_BEFORE_NAME.test(phrase.slice(after.end, people[j + 3]!.start));
        // A rank between the office and the next name titles that name (`Polres Metro Jakarta Pusat AKBP Nama`).
        const ranked = after && /\S/.test(phrase.slice(next.end, after.start))
          && phrase.slice(next.end, after.start).trim().split(/\s+/).every((w) => this.cues.ranks.has(w.replace(/\.$/, '').toLowerCase()));
        if (!from && !ranked && (!after || after.titled || !this.#commaBeforePerson(phrase.slice(next.end, after.start)))) return next;
        titleGoesOn ??= next;
        continue;
      }
      // After an office over a region and its comma, the person, ranked or not (`kata Kapolsek Sukaringin, AKP Rudi
      // Hartono Simatupang`).
      const office = wordJustBefore(phrase, people[j]!.end - people[j]!.name.length)?.toLowerCase();
      if (/^\s*,\s*$/.test(between) && office && this.cues.regionTitles.has(office)) return next;
      // After the comma the name, maybe after a word or two that end the body's name (or its acronym: `Kabid Binpres PP
      // PBSI, Nama`; in brackets: `CEO PT X (Persikara), Nama`) and a rank in lower case that titles the person (`o
      // coordenador da Defesa Civil municipal, coronel …`).
      // (An honorific with its full stop may stand there too, capitalised: `…, Drs. H. Asep Saepul Rohman`.)
      const comma = /^\)?(?:\s+(?:\p{Ll}+|\p{Lu}{2,6}|\d{1,4}|\(\p{Lu}[\p{L}\d-]{1,10}\))){0,2}\s*,\s*((?:(?:\p{Ll}+\.?|\p{Lu}\p{Ll}{0,3}\.)\s+){0,2})$/u.exec(between);
      const rank = comma?.[1]!.split(/\s+/).filter(Boolean) ?? [];
      if (comma && (rank.length ? rank.every((w) => this.#titleWord(w)) : !next.titled || this.#rankedOnly(phrase, next))) {
        // A region may follow the place before the person (`pemilik toko di ITC Kemuning Raya, Jakarta Barat, Rudy Hartanto`).
        const later = people[j + 2];
        return isRegion(next) && personAfterComma(phrase, next, later) ? later : next;
      }
      return titleGoesOn;
    }
    return titleGoesOn;
  }

  /** A comma, maybe then ranks or honorifics in lower case (`, dr. ` in `Kadinkes Lembah Saruni, dr. Rina`): a person follows. */
  #commaBeforePerson(between: string): boolean {
    const m = /^\s*,\s*((?:(?:\p{Ll}+\.?|\p{Lu}\p{Ll}{0,3}\.)\s+){0,2})$/u.exec(between);
    return !!m && m[1]!.split(/\s+/).filter(Boolean).every((w) => this.#titleWord(w));
  }

  /** A title, a rank or an honorific written in lower case, maybe with its full stop (`coronel`, `dr.`). */
  /** Whether a capitalised word of a run is a title, maybe with whose it is before a hyphen (`Varnhold-Sprecher`). */
  #titleOf(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.cues.titles.has(lower)) return true;
    const hyphen = lower.lastIndexOf('-');
    return hyphen > 0 && this.cues.titles.has(lower.slice(hyphen + 1));
  }

  #titleWord(word: string): boolean {
    const w = word.replace(/\.$/, '').toLowerCase();
    return this.cues.titles.has(w) || this.cues.honorifics.has(w);
  }

  /** Where the ranks and honorifics written right before `at` start (`AKBP ` in `…, AKBP Yudha Permana`). */
  #titleStart(text: string, at: number): number {
    for (let m = RANK_BEFORE.exec(text.slice(Math.max(0, at - 12), at)); m; m = RANK_BEFORE.exec(text.slice(Math.max(0, at - 12), at))) {
      const word = m[1]!.toLowerCase();
      if (!this.cues.ranks.has(word) && !this.cues.honorifics.has(word)) break;
      at -= m[0].length;
    }
    return at;
  }

  /** Whether the words that title a run are only ranks, in it or just before it (`, AKBP Yudha Permana,`): a person. */
  #rankedOnly(phrase: string, p: Person): boolean {
    const title = phrase.slice(p.start, p.end - p.name.length).trim() || (/(\S+)\s+$/.exec(phrase.slice(Math.max(0, p.start - 12), p.start))?.[1] ?? '');
    return title.length > 0 && title.split(/\s+/).every((w) => this.cues.ranks.has(w.replace(/\.$/, '').toLowerCase()));
  }

  /** Attribution from the text right after a closing quote mark. */
  after(afterQuote: string, lastPerson: LastPerson): Attribution {
    // A translation or an aside in brackets between the quote and its attribution (`"Aya sora ngaguruh," (Ada suara
    // bergemuruh) tutur Dadan`) is passed over.
    const aside = /^[\s,]*\([^()]{1,200}\)(?=[\s,]*\p{Ll})/u.exec(afterQuote.slice(0, 240));
    const text = (aside ? afterQuote.slice(aside[0].length) : afterQuote).slice(0, 200);
    const rest = text.slice(/^[\s,.!?;:—–\-*_]*/.exec(text)![0].length);
    const firstWord = /^[\p{L}\p{M}'’-]+/u.exec(rest)?.[0];
    if (!firstWord) return undefined;
    const lower = firstWord.toLowerCase();
    // `ujarnya saat meresmikan Terminal …`: the suffix is the speaker; later names are places or addressees.
    const verbs = this.cues.verbs;
    // Only a verb with the suffix: `tanya` (ask) ends in `nya` itself (`tanya sus Rini`).
    const stem = lower.replace(PRONOUN_SUFFIX, '');
    if (stem !== lower && (verbs.atStart(stem) !== undefined || this.cues.accordingTo.atStart(stem) !== undefined)) {
      return { speaker: lastPerson() };
    }
    // `"…," komentar @bayu.kritis99`: a netizen's comment, named by the account (`komentar` is a noun elsewhere).
    const handle = HANDLE_COMMENT.exec(rest);
    if (handle) return { speaker: '@' + handle[1] };
    // `"…," demikian pengakuan AS yang dibacakan Heru`: whose statement, named after it.
    const statement = STATEMENT_OF.exec(rest);
    if (statement) {
      const source = rest.slice(statement[0].length);
      const name = this.nameAfter(source);
      // (A body's acronym opening the name is the body's statement: `keterangan resmi BPS Kota Banyuasri`.)
      // (Nor a region after the body's acronym, `keterangan tertulis DPMD Kabupaten Sindangraja`; initials alone are a
      // person the news names so, `pengakuan AS yang dibacakan Heru`.)
      if (name) return { speaker: /^\p{Lu}{2,6}\s/u.test(name.name) || /^\p{Lu}{2,6}\s+\p{Lu}/u.test(source.trimStart()) ? null : this.#who(name, source) };
      // `demikian pernyataan kementerian tersebut`: a body's statement, no one's.
      if (/^\s*(?:kementerian|pemerintah|kepolisian|perusahaan|pihak|lembaga|badan|dinas|kantor)\b/iu.test(source)) return { speaker: null };
    }
    // `"…" Demikian dikatakan Putri Maharani sambil …`: the sentence after it points back at the quote and names its speaker.
    if (this.cues.backReferences.atStart(rest.trimStart()) !== undefined) {
      const named = this.named(rest);
      if (named) return { speaker: named };
    }
    // `«…». A parlare è Luisa Cerri, che …`: Italian names the speaker in the sentence after the quote.
    const speakerIs = SPEAKER_IS.exec(rest);
    if (speakerIs) {
      const name = this.nameAfter(rest.slice(speakerIs[0].length));
      if (name) return { speaker: this.#body(name) ? null : name.name };
    }
    // `—le preguntó un periodista`, `«…», nos dijo la vecina`: a pronoun of whom it was said to, before the verb.
    let verb = verbs.atStart(rest);
    const clitic = verb === undefined ? CLITIC.exec(rest) : null;
    if (clitic) {
      const afterClitic = verbs.atStart(rest.slice(clitic[0].length));
      if (afterClitic !== undefined) verb = clitic[0] + afterClitic;
    }
    if (verb !== undefined) {
      // `—se le preguntó al alcalde`: an impersonal question put to someone; nobody named asked it.
      if (clitic && /^se\s+les?\s/.test(clitic[0])) return { speaker: null };
      // `lance-t-il`, `dit-elle`: the verb the list has, its subject pronoun hyphenated after it; `sagte sie am
      // Telefon`: a verb listed with its pronoun.
      if (/^-(?:t-)?(?:il|elle|ils|elles)(?![\p{L}])/iu.test(rest.slice(verb.length)) || this.#withPronoun(verb)) return { speaker: lastPerson() };
      // `dijo a la prensa el gobernador X`, `explicó a este medio Rosalba`, `told reporters`: the press is spoken to.
      // (So is when it was said, before the speaker: `uvedl po zápase trenér Lipníku Aleš Brabec`.)
      const afterVerb = rest.slice(verb.length).trimStart().replace(TO_THE_PRESS, '').replace(WHEN_BEFORE_SPEAKER, '');
      // `said he.` / `dit-il,` — a pronoun that closes the clause; `ha detto il direttore` is an article.
      const pronoun = /^([\p{L}'’-]+)\s*(?:[.,;!?]|$)/u.exec(afterVerb)?.[1]?.toLowerCase();
      if (pronoun && this.cues.pronouns.has(pronoun)) return { speaker: lastPerson() };
      // `sagte sie am Telefon`, `kata dia kepada wartawan`: a subject pronoun right after the verb, whatever follows.
      const inverted = /^(\p{L}+)\s/u.exec(afterVerb)?.[1];
      // (Not a word that is an article elsewhere: Italian `ha detto il sindaco`.)
      if (inverted && inverted === inverted.toLowerCase() && this.cues.pronouns.has(inverted) && !OBJECT_PRONOUNS.has(inverted) && !this.#articles.has(inverted)) {
        return { speaker: lastPerson() };
      }
      // `ujar perempuan berusia 45 tahun itu`, `said the 62-year-old`: someone the text named before.
      const reference = this.#refersBack(afterVerb);
      if (reference?.shape === 'closed') return { speaker: lastPerson(reference.noun, reference.strict) };
      // `ujar ibunda Clarissa`: the one named is whose mother speaks; the mother is the one the text named so.
      const kin = KIN_OF.exec(afterVerb);
      if (kin) return { speaker: lastPerson(KIN_NOUNS.get(kin[1]!.toLowerCase())!, true) };
      const bare = this.#bareReference(afterVerb);
      if (bare) {
        // `kata saksi menirukan teriakan terdakwa`: the words are the one the noun after names.
        const quoted = QUOTED_NOUN.exec(afterVerb.slice(0, 80))?.[1];
        const source = quoted ? this.#bareReference(`${quoted}.`) : undefined;
        const holder = source ? lastPerson(source, true) : null;
        return holder ? { speaker: holder, narrator: lastPerson(bare) } : { speaker: lastPerson(bare) };
      }
      // `dodala se slzami v očích`: a language that leaves the subject out goes on with how it was said.
      if (this.#droppedSubject.has(/^\p{L}+/u.exec(afterVerb)?.[0] ?? '')) return { speaker: lastPerson() };
      const name = ADDRESSING_VERBS.has(verb.toLowerCase()) ? undefined : this.nameAfter(afterVerb);
      // `ujar Oce, sapaan akrabnya`: the nickname of the one the text named before.
      if (name && name.words === 1 && NICKNAME_NOTE.test(afterVerb.slice(name.end))) return { speaker: lastPerson() ?? name.name };
      // `teriak Presiden Badan Eksekutif Mahasiswa (BEM) Untirma, Nama, …`: the office's body, then the person after its comma.
      // (Its acronym, not any bracket: a party after a person is theirs, `Bürgermeisterin Nina Hartl (CSU)`.)
      if (name && name.titled && (this.#body(name) || acronymOf(afterVerb, name))) {
        const person = this.#personAfterBody(afterVerb, name);
        if (person) return { speaker: person };
      }
      if (name) {
        // `ucap Rendra menirukan pengakuan MR`: the words were the one whose statement is read out.
        const quoting = QUOTING_ANOTHER.exec(afterVerb.slice(name.end));
        const source = quoting ? this.nameAfter(afterVerb.slice(name.end + quoting[0].length)) : undefined;
        const reader = this.#who(name, afterVerb);
        if (source && source.start === 0) return { speaker: source.name, narrator: reader };
        // `kata Gilang menirukan pengakuan tersangka`: the one the text named so (`Tersangka berinisial RH (34)`).
        const noun = quoting && !source ? this.#bareReference(afterVerb.slice(name.end + quoting[0].length)) : undefined;
        const holder = noun ? lastPerson(noun, true) : null;
        if (holder) return { speaker: holder, narrator: reader };
        return { speaker: reader };
      }
      if (reference || /^[.,!?]/.test(afterVerb) || afterVerb === '') return { speaker: lastPerson(reference?.noun, reference?.strict) };
      return { speaker: null };
    }
    // German `„…“, so Anna Keller`: `so` opens the source right after a quote, before a name.
    const according = this.cues.accordingTo.atStart(rest) ?? (SO_SOURCE.test(rest) ? 'so' : undefined);
    if (according !== undefined) {
      if (UNNAMED_SOURCES.test(rest.slice(according.length).trimStart()) || SOURCES_WORD.test(according)) return { speaker: null };
      const name = this.nameAfter(rest.slice(according.length).trimStart());
      // `de acuerdo con el Servicio Sismológico Nacional`: a body is the source, and nobody is speaking.
      return name ? { speaker: this.#body(name) ? null : name.name } : undefined;
    }
    // French inversion: `a-t-il indiqué`, `dit-elle`, `ajoute-t-il`.
    if (INVERTED_PRONOUN.test(firstWord)) return { speaker: lastPerson() };
    // pronoun + verb: `she said`, `dia menambahkan`
    if (this.cues.pronouns.has(lower)) {
      return verbs.atStart(rest.slice(firstWord.length).trimStart()) !== undefined ? { speaker: lastPerson() } : undefined;
    }
    // name + verb: `Smith said`, `Kota Lama laporan`, `Rao, 52, said`
    const person = this.people(rest.slice(0, 100))[0];
    if (person && person.start === 0) {
      const between = rest.slice(person.end).replace(/^\s*,[^,]{0,40},\s*/, ' ').trimStart();
      if (verbs.atStart(between) !== undefined || this.#verbAfterAppositive(rest.slice(person.end))) return { speaker: this.#who(person, rest) };
      // `“…” — Tom Baker, shop owner`: a name signed after a dash.
      if (/^\s*[—–]/.test(text) && /^(?:\s*,[^.!?“”"«»]*)?\s*[.]?\s*$/.test(between)) return { speaker: person.name };
    }
    // `the company's chief executive, Lorraine Pike, said in a statement.`: a speech verb later in the clause.
    const clause = rest.slice(0, Math.min(120, this.#clauseEnd(rest, CLAUSE_END)));
    const verbLater = this.#verbs(clause)[0];
    if (verbLater) {
      const subject = this.subjectOf(clause.slice(0, verbLater.index), true);
      if (subject === 'pronoun') return { speaker: lastPerson() };
      if (subject) return { speaker: this.#who(subject, clause) };
      const reference = this.#refersBack(lastClause(clause.slice(0, verbLater.index)), true);
      if (reference) return { speaker: lastPerson(reference.noun, reference.strict) };
    }
    return undefined;
  }

  /**
   * Whether a long description between commas, then a speech verb, follows a name: `Dr. Olivia Marchetti, a
   * cardiologist at St. Aldric Heart Institute in Denver, CO, who was not involved in the research, told …`. The
   * description opens in lower case and runs to the comma before the verb, within one sentence.
   */
  #verbAfterAppositive(afterName: string): boolean {
    const text = afterName.slice(0, APPOSITIVE_REACH);
    if (!APPOSITIVE_OPENS.test(text)) return false;
    for (let comma = text.indexOf(',', text.indexOf(',') + 1); comma > 0; comma = text.indexOf(',', comma + 1)) {
      if (SENTENCE_INSIDE.test(text.slice(0, comma))) return false;
      if (this.cues.verbs.atStart(text.slice(comma + 1).trimStart()) !== undefined) return true;
    }
    return false;
  }

  /**
   * The speaker a paragraph after a quote names, when it opens by pointing back at the quote and a speech verb
   * follows within a few words: `Hal itu disampaikan Juru Bicara …, Rolliansyah Soemirat, di Jakarta.`,
   * `Demikian dikatakan Wali Kota Rudi Hartono.`
   */
  named(text: string): string | undefined {
    // (An image placeholder glued to the paragraph's start is no part of it: `\[img.3\]Hal itu disampaikan …`.)
    const paragraph = text.replace(LEADING_PLACEHOLDER, '');
    // An epigraph's or a wiki's attribution line under the quote: `—Mara Velde, "The Lantern Keeper"`, `— Mara Velde to
    // Tobin Ashby`: the name the dash opens, alone on its short line.
    const signed = ATTRIBUTION_LINE.exec(paragraph);
    if (signed) {
      const name = this.nameAfter(signed[1]!);
      if (name && name.words >= 2 && !this.#body(name)) return name.name;
    }
    const back = this.cues.backReferences.atStart(paragraph.trimStart());
    if (back === undefined) return undefined;
    const rest = paragraph.trimStart().slice(back.length);
    const verb = this.#verbs(rest.slice(0, BACK_REFERENCE_REACH))[0];
    if (!verb || /[.!?]/.test(rest.slice(0, verb.index))) return undefined;
    const after = rest.slice(verb.index + verb.text.length).trimStart().replace(/^(?:oleh|by)\s+/i, '');
    const found = this.nameAfter(after);
    // A body named before its acronym (`Koordinator Satuan Pengawasan … (PSDKP) Tanjung Lemo, Nama`): the person after its comma.
    if (found && this.#namesBody(after, found)) return this.#personAfterBody(after, found);
    // A body's place after its acronym, a clause about the person, then the person (`Juru Bicara PN Lubuk Seranai yang juga
    // duduk sebagai hakim anggota …, Bonifasius Sitepu`).
    const clause = found && /(?:^|\s)\p{Lu}{2,6}\s+$/u.test(after.slice(0, found.end - found.name.length)) ? RELATIVE_THEN_COMMA.exec(after.slice(found.end)) : null;
    if (found && clause) {
      const person = this.nameAfter(after.slice(found.end + clause[0].length));
      if (person && person.words >= 2 && !this.#body(person)) return person.name;
    }
    return found?.name;
  }

  /**
   * Whether the run `found` in `text` names a body before the person: a body's name, one before its acronym (`Koordinator
   * Satuan Pengawasan … (PSDKP) Tanjung Lemo`), or a company after its legal form (`Manager PT Marga Kertajaya Lestari`).
   */
  #namesBody(text: string, found: Person): boolean {
    return COMPANY_FORMS.has(wordJustBefore(text, found.end - found.name.length) ?? '') || this.#body(found) || acronymOf(text, found)
      || /^[^,()]{0,30}\(\p{Lu}{2,8}\)/u.test(text.slice(found.end));
  }

  /** The person named after the comma that closes a body's name (`…, Sekar Handayani Pohan`), if near enough. */
  #personAfterBody(text: string, found: Person): string | undefined {
    const comma = text.indexOf(',', found.end);
    const person = comma > 0 && comma - found.end <= BODY_TO_COMMA ? this.nameAfter(text.slice(comma + 1).trimStart()) : undefined;
    return person && !this.#body(person) ? person.name : undefined;
  }

  /** Attribution from the sentence that leads into the quote: `X said: "…"`, `According to X, "…"`. */
  before(beforeQuote: string, lastPerson: LastPerson, fullName: (word: string) => string | undefined = () => undefined): Attribution {
    const sentenceStart = sentenceStartBefore(beforeQuote, beforeQuote.length);
    const sentence = beforeQuote.slice(sentenceStart).slice(-400);
    const according = this.cues.accordingTo.last(sentence);
    const verb = this.#verbs(sentence).at(-1);
    if (according && (!verb || according.index > verb.index)) {
      const source = sentence.slice(according.index + according.text.length).trimStart();
      // `según fuentes de la Guardia Civil`, `according to sources at the ministry`: unnamed sources, nobody; nor a news
      // outlet (`menurut kantor berita resmi Dastavia, DastInform`).
      if (UNNAMED_SOURCES.test(source) || SOURCES_WORD.test(according.text) || NEWS_OUTLET.test(source)) return { speaker: null };
      const name = this.nameAfter(source);
      // `Laut Betreiber, der … AG, ist …`: one capitalised German word the text names nobody by is a noun.
      if (name && this.#nounsCapitalised && name.words === 1 && !name.titled) return { speaker: fullName(name.name) ?? null };
      if (name) return { speaker: this.#body(name) ? null : name.name };
      // `Menurut dia, "…"`, `According to him, "…"`.
      const pronoun = /^([\p{L}'’-]+)\s*(?:,|$)/u.exec(source)?.[1]?.toLowerCase();
      if (pronoun && (this.cues.pronouns.has(pronoun) || OBJECT_PRONOUNS.has(pronoun))) return { speaker: lastPerson() };
      // `Menurut penasihat hukumnya, "…"`: the one the text named by that office.
      const office = this.#bareReference(source);
      if (office) return { speaker: lastPerson(office) };
    }
    if (!verb) {
      // `Per il capogruppo del centrodestra, Paolo Ravasio, quella approvata è «…»`: whose view the sentence gives.
      const opinion = IN_THE_VIEW_OF.exec(sentence);
      const holder = opinion ? this.nameAfter(sentence.slice(opinion[0].length)) : undefined;
      if (holder && (holder.words >= 2 || holder.titled) && !this.#body(holder)) return { speaker: holder.name };
      return this.#handsOver(sentence, lastPerson, fullName);
    }
    // A verb listed with its pronoun (`…, sagte sie: „…“`) says who speaks, whatever names the clause before holds.
    if (this.#withPronoun(verb.text)) return { speaker: lastPerson() };
    // A demonstrative closes the subject (`Country Manager itu menambahkan`): someone named before, not a new name.
    const pointing = this.#refersBack(lastClause(sentence.slice(0, verb.index)), true);
    if (pointing?.shape === 'closed') return { speaker: lastPerson(pointing.noun, pointing.strict) };
    const subject = this.subjectOf(sentence.slice(0, verb.index), true);
    if (subject === 'pronoun') return { speaker: lastPerson() };
    if (subject) {
      const who = this.#who(subject, sentence);
      if (who !== null) return { speaker: who };
      // A body just before a verb whose subject the language left out (`Sandoval ha recordado que … ante el Tribunal
      // Constitucional … y ha advertido de que …`): the person the sentence opens with, when the text knows them.
      const opener = this.people(sentence)[0];
      if (opener && opener !== subject && sentence.slice(0, opener.start).trim() === '' && this.#who(opener, sentence) !== null) {
        const last = opener.words >= 2 ? undefined : lastPerson();
        const name = opener.words >= 2 ? opener.name : fullName(opener.name) ?? (last?.split(' ').includes(opener.name) ? last : undefined);
        if (name) return { speaker: name };
      }
      return { speaker: null };
    }
    const subjectReference = this.#refersBack(lastClause(sentence.slice(0, verb.index)), true) ?? this.#refersBack(sentence.slice(0, verb.index), true);
    if (subjectReference) return { speaker: lastPerson(subjectReference.noun, subjectReference.strict) };
    // `Kajari menegaskan: "…"`: an office alone opening the clause, the one the text named by it.
    const subjectClause = lastClause(sentence.slice(0, verb.index)).trim();
    const bareSubject = subjectClause && subjectClause.length <= 30 ? this.#bareReference(subjectClause) : undefined;
    // (In lower case after an opening phrase and its comma too: `Dalam amar putusannya, hakim menyatakan, "…"`.)
    const lead = sentence.slice(0, verb.index).trimEnd();
    const afterPhrase = lead.endsWith(subjectClause) && /,\s*$/.test(lead.slice(0, lead.length - subjectClause.length));
    if (bareSubject && /^\p{Lu}/u.test(subjectClause)) return { speaker: lastPerson(bareSubject) };
    // (Only someone the text named by that noun: a common noun in lower case may mean anyone.)
    if (bareSubject && afterPhrase) return { speaker: lastPerson(bareSubject, true) };
    const afterVerb = sentence.slice(verb.index + verb.text.length).trimStart();
    // The pronoun after its verb (`zei hij: „…“`): the person named before.
    const inverted = /^([\p{L}'’-]+)\s*(?:[,:：]|$)/u.exec(afterVerb)?.[1]?.toLowerCase();
    if (inverted && this.cues.pronouns.has(inverted)) return { speaker: lastPerson() };
    const reference = this.#refersBack(afterVerb);
    if (reference?.shape === 'closed') return { speaker: lastPerson(reference.noun, reference.strict) };
    const after = ADDRESSING_VERBS.has(verb.text.toLowerCase()) ? undefined : this.nameAfter(afterVerb);
    if (after) return { speaker: this.#who(after, afterVerb) };
    if (reference) return { speaker: lastPerson(reference.noun, reference.strict) };
    // `Bella later shared a clip on Instagram and wrote: '…'`: one name opening the sentence, a person the text named
    // in full before, and no other person before the verb.
    const named = this.people(sentence.slice(0, verb.index));
    const opener = named[0];
    if (opener && opener.words === 1 && sentence.slice(0, opener.start).trim() === '' && this.#who(opener, sentence) !== null) {
      const full = fullName(opener.name);
      if (full && named.slice(1).every((p) => p.words === 1 && fullName(p.name) === undefined)) return { speaker: full };
    }
    // `Na odpolední tiskové konferenci pak dodala: „…`: a language that leaves the subject out, nobody named in the
    // clause, the verb handing over with a colon: the person before goes on.
    if (this.#droppedSubject.size && /^[:：]\s*$/.test(afterVerb) && !this.people(sentence.slice(0, verb.index)).length) return { speaker: lastPerson() };
    // `In una nota diffusa in tarda serata ha ricordato che … «…»`: the clause before the verb opens on how or where
    // it was said and names nobody; the person before goes on.
    const opening = /^\s*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase();
    if (opening && this.#droppedSubject.has(opening) && !this.people(sentence.slice(0, verb.index)).length) return { speaker: lastPerson() };
    return { speaker: null };
  }

  /**
   * A clause without a speech verb that hands over to the quote with a colon names the speaker as its subject:
   * `Su presidenta, Beatriz Olmedo, fue tajante: «…»`, `Il sindaco Bettoni: «…»`, `Kratochvíl to vidí podobně: „…“`.
   * Only a name of two words or a titled one: a lone capitalised word before a colon is a place or a heading as often.
   */
  #handsOver(sentence: string, lastPerson: LastPerson, fullName: (word: string) => string | undefined): Attribution {
    // (A transcript's or a list's label may be in bold, the colon inside it or after it: `**Rosmaida:** "…"`, `- **Darwis
    // (52), nelayan:** "…"`.)
    const colon = /[*_]*[:：][*_]*\s*$/.exec(sentence);
    if (!colon) return undefined;
    const lead = /^[\s>*_-]*/.exec(sentence)![0].length;
    const clause = sentence.slice(lead, Math.max(lead, colon.index));
    // A headline in title case (`Tom Ford on Dressing Melania Trump: ‘…’`) names whom it is about.
    const words = clause.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    // A title in lower case is no title case (`Il sindaco Marco Ferrandi: «…»`).
    // (Not a name with an age in brackets: `- **Fadli Ramadhan (16), pelajar SMA:**`.)
    if (words.length >= 4 && words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length * 3 >= words.length * 2
      && !words.some((w) => /^\p{Ll}/u.test(w) && this.cues.titles.has(unelided(w))) && !/\(\d{1,3}\)/.test(clause)) return undefined;
    // `Il sindaco: «…»`: the person the text named so (`Il` is no pronoun here).
    const reference = this.#refersBack(clause, true);
    if (reference) return { speaker: lastPerson(reference.noun, reference.strict) };
    const subject = this.subjectOf(clause);
    if (subject === 'pronoun') return { speaker: lastPerson() };
    // A person the text named before, by surname, opening a clause that says something of them (`Dorfmüller reagierte
    // zurückhaltend auf den Vorstoß: „…“`), maybe after a relative clause (`Rasheed-Lund, who …, put it bluntly: “…”`).
    const opener = this.people(clause)[0];
    // (Or one the text named in full, opening the clause before its verb: `Rosmawati membuka sesi itu dengan membacakan
    // visi pasangannya …: "…"`.)
    const known = opener && opener.words === 1 && opener.start === 0 && (RELATIVE_THEN_LOWER.test(clause.slice(opener.end)) || /^\s+\p{Ll}/u.test(clause.slice(opener.end)))
      ? fullName(opener.name) : undefined;
    if (known) return { speaker: known };
    // A surname alone before the colon, a sentence of its own (`… dell'amministratore delegato. Conti: «…»`).
    const alone = /^\p{Lu}[\p{L}'’-]+$/u.exec(clause.slice(sentenceStartBefore(clause, clause.length, SENTENCE_REACH)).trim())?.[0];
    const named = alone ? fullName(alone) : undefined;
    if (named) return { speaker: named };
    // The subject opens the clause, after a few words of title at most (`Majitel pekárny na návsi Jiří Kratochvíl`), not
    // deep in it (`Alverson summed up the trip from a boat in the Bering Sea: “…”`).
    // (One name and an age in brackets introduce a person as well: `Darwis (52), nelayan:`.)
    const aged = !!subject && /^\s*\(\d{1,3}\)/.test(clause.slice(subject.end, subject.end + 8));
    if (!subject || !(subject.words >= 2 || subject.titled || aged) || clause.slice(0, subject.start).split(/\s+/).filter(Boolean).length > HANDOVER_REACH) {
      return undefined;
    }
    // `Pemandangan di Jakarta Selatan: "…"`, `The scene in New Town: "…"`: a place.
    return PLACE_BEFORE.has(wordJustBefore(sentence, lead + subject.start)?.toLowerCase() ?? '') ? undefined : { speaker: subject.name };
  }

  /**
   * The subject of the last sentence of `text`, when a name opens its clause, maybe after its title in lower case, and a
   * word in lower case (its verb) follows: `Diberi kesempatan menanggapi, terdakwa Bambang membantah keterangan Hendrik.`
   * gives Bambang, whom a pronoun opening the next sentence means.
   */
  sentenceSubject(text: string, fullName: (word: string) => string | undefined): string | undefined {
    const trimmed = text.trimEnd();
    const sentence = trimmed.slice(sentenceStartBefore(trimmed, Math.max(0, trimmed.length - 1), SENTENCE_REACH));
    for (const p of this.people(sentence)) {
      const clause = sentence.slice(sentence.lastIndexOf(',', p.start) + 1, p.start).trim();
      const before = clause ? clause.split(/\s+/) : [];
      // (After its title, any name; alone, only one the text named in full before: most capitalised words opening a
      // sentence are no names, `Menanggapi hal itu, …`.)
      const titled = before.length === 1 && /^\p{Ll}/u.test(before[0]!) && (this.cues.titles.has(before[0]!) || this.cues.referents.has(before[0]!));
      const known = before.length === 0 && p.words === 1 ? fullName(p.name) : undefined;
      if (!(titled || known) || !/^\s+\p{Ll}/u.test(sentence.slice(p.end, p.end + 3)) || this.#who(p, sentence) === null || isRegion(p)) continue;
      return known ?? (p.words >= 2 ? p.name : fullName(p.name) ?? p.name);
    }
    return undefined;
  }

  /**
   * The person a later `he`/`dia` refers to, after reading `text` (quotes masked out): the subject of its
   * last speech verb, else the last person introduced at a sentence start or in an appositive.
   */
  lastMentioned(text: string, fullName: (word: string) => string | undefined = () => undefined): { name: string | null; speaking: boolean } | undefined {
    if (isChinese(text)) {
      const name = hanLastSpeaker(text);
      return name ? { name, speaking: true } : undefined;
    }
    let found: string | undefined;
    let speaking = false;
    let foundAt = -1;
    // The last cue in the text wins: each kind is read from the end, and only up to the first that names someone.
    const verbs = this.#verbs(text);
    for (let v = verbs.length - 1; v >= 0 && found === undefined; v--) {
      const m = verbs[v]!;
      // A verb listed with its pronoun (`sagte sie`) names no one new.
      if (this.#withPronoun(m.text)) continue;
      // Each verb reads a bounded window around it, as a quote's attribution does: a paragraph of thousands of
      // verbs and no full stop must stay linear.
      const clause = text.slice(sentenceStartBefore(text, m.index, SENTENCE_REACH), m.index);
      const subject = this.subjectOf(clause);
      // A body speaking (`Balai Besar Wilayah Sungai (BBWS) Seluna Hilir memastikan …`) is no one a pronoun means.
      // (`A nurse … at Carverton Regional, who asked not to be named, said`: a place inside the unnamed one's description.)
      if (subject && subject !== 'pronoun' && this.#unnamedSubject?.test(clause) && PLACE_PREPOSITIONS.has(wordJustBefore(clause, subject.start) ?? '')) {
        found = ''; foundAt = m.index; speaking = true; continue;
      }
      if (subject && subject !== 'pronoun') {
        if (this.#who(subject, clause) !== null) { found = this.#full(subject, fullName); foundAt = m.index; speaking = true; }
        continue;
      }
      // `Seorang perawat yang enggan disebutkan namanya mengatakan, …`: someone unnamed speaks, and a pronoun after means
      // them (nobody named: `''`, returned as null).
      if (subject === undefined && this.#unnamedSubject?.test(clause)) { found = ''; foundAt = m.index; speaking = true; continue; }
      if (ADDRESSING_VERBS.has(m.text.toLowerCase())) continue;
      // Indonesian names the speaker after the verb's bare form only (`tegas Budi`): after `menegaskan` comes what was
      // stressed (`Ia menegaskan Banggar hanya akan …`).
      if (this.#prefixedVerbs && /^me[mnlrwy]/i.test(m.text) && m.text.length > 5) continue;
      const raw = text.slice(m.index + m.text.length, m.index + m.text.length + NAME_REACH);
      const rest = raw.trimStart();
      const after = this.nameAfter(rest);
      if (after && this.#namesSpeaker(rest.slice(0, after.start)) && this.#who(after, rest) !== null) {
        // The names of the attribution (its title's place: `Kepala Dinas … Kota X, Nama`) are no one found after it.
        found = this.#full(after, fullName); foundAt = m.index + m.text.length + raw.length - rest.length + after.end; speaking = true;
      }
    }
    const according = this.cues.accordingTo.matches(text);
    for (let a = according.length - 1; a >= 0 && according[a]!.index > foundAt; a--) {
      const m = according[a]!;
      const source = text.slice(m.index + m.text.length, m.index + m.text.length + NAME_REACH).trimStart();
      if (NEWS_OUTLET.test(source)) continue;
      const after = this.nameAfter(source);
      // (A body giving a figure, `… unos 600 según la Policía Local`, is no one a later `añadió` means.)
      if (after && this.#who(after, source) === null) continue;
      if (after) { found = this.#full(after, fullName); foundAt = m.index; speaking = true; break; }
    }
    const people = this.people(text);
    for (let k = people.length - 1; k >= 0 && people[k]!.start >= foundAt; k--) {
      const p = people[k]!;
      // `Country Manager itu …`: a demonstrative points back at someone named before; the words are no new name. A
      // region is no one (`…, pedagang beras di Pasar Induk Cipinang, Jakarta Timur`).
      if (p.words > 4 || DEMONSTRATIVE_AFTER.test(text.slice(p.end, p.end + 10)) || isRegion(p)) continue;
      // Someone's relative named in passing after them (`Siti Khodijah (34) … Anak keduanya, Rafa (7), dirawat …`) and a
      // body's name after its acronym (`ketua Kelompok Usaha Bersama (KUB) Nelayan Karya Bahari`) are no one a later
      // `ujarnya` means. (A relative the paragraph opens on is its subject: `Anaknya, Fathan (9), masih terbaring …`.)
      const lead = text.slice(Math.max(0, p.start - 30), p.start);
      if ((k > 0 && RELATIVE_OF.test(lead)) || /\(\p{Lu}{2,8}\)\s*(?:\p{Lu}\p{Ll}+\s+)?$/u.test(lead)) continue;
      // The region after a place (`di Percut Sei Tuan, Deli Serdang, sebelum …`) is no one either; a name with an age is
      // someone (`… di Yogyakarta, Wulan (24), rela izin`).
      const placeRun = people[k - 1];
      if (placeRun && /^\s*,\s*$/.test(text.slice(placeRun.end, p.start)) && placeBefore(text, placeRun.start) && !/^\s*\(\d{1,3}\)/.test(text.slice(p.end, p.end + 8))) continue;
      // Someone named in what the speaker said (`Muhammad Nuh menjelaskan bahwa majelis hakim yang diketuai Rosmawati
      // Lubis …`) is no one a later `Ia` means: the speaker is.
      if (speaking && foundAt >= 0 && sentenceStartBefore(text, p.start, p.start - foundAt) <= foundAt && REPORTED_CLAUSE.test(text.slice(foundAt, p.start))) continue;
      // `the Ada Belle’s engine`: a boat, a house or a band the article names, no one a later `she says` means.
      if (wordJustBefore(text, p.start) === 'the') continue;
      let name: string | undefined;
      if (p.words === 1) {
        // One capitalised word opening a sentence is a person only when the text has named them already
        // (`Sutrisno meminta warga …` after `Kepala Desa Sukamaju, Sutrisno, …`, `Burgemeester Verhulst-Poppe kondigde …`);
        // most are ordinary words.
        name = opensSentence(text, p) || this.#titleOpens(text, p) ? fullName(p.name) ?? this.#titledSurname(text, p)
          // After an opening phrase and its comma, a person already named (`Di Pasar Sekarwangi, Sutini justru …`).
          : afterComma(text, p.start) ? fullName(p.name) ?? this.#appositiveOfRole(text, p)
          // After an opening word, before a comma, a person already named (`Bagi Iis, perubahan terbesar …`).
          : /^\s*,/.test(text.slice(p.end, p.end + 3)) && this.#afterOpeningWord(text, p.start) ? fullName(p.name) : undefined;
        // A source the text names by a name it made up (`Rina, bukan nama sebenarnya,`), or one name and an age
        // in brackets, as Indonesian news introduces people (`Sumiyati (47), warga RT 05, …`; not initials: `MF (29)`).
        if (!name && (PSEUDONYM.test(text.slice(p.end, p.end + 40))
          || (/\p{Ll}/u.test(p.name) && /^\s*\(\d{1,3}\)/.test(text.slice(p.end, p.end + 8))))) name = p.name;
      } else if (this.#introduces(text, p, people[k - 1])) name = p.name;
      // A body, or a place after a body's title (`meminta Pemkot Semarang`), is no one a pronoun means.
      if (name && this.#who(p, text) === null) name = undefined;
      // Read last, for the one person found: an object in a sentence a pronoun is the subject of goes on searching.
      if (name && this.#pronounSubject(text, p)) continue;
      if (name) { found = name; speaking = false; break; }
    }
    return found !== undefined ? { name: found || null, speaking } : undefined;
  }

  /** Whether a speech verb as a pack lists it ends in its pronoun (`sagte sie`, `zei hij`). */
  #withPronoun(verb: string): boolean {
    // (French puts the pronoun inside a compound tense: `a-t-il expliqué`, `a-t-elle confié`.)
    if (verb.includes('-') && /-t-(?:il|elle|ils|elles)\s/iu.test(verb)) return true;
    const own = /\s(\p{L}+)$/u.exec(verb)?.[1]?.toLowerCase();
    return !!own && this.cues.pronouns.has(own);
  }

  /**
   * Whether `p` stands inside a sentence whose subject is a pronoun, before the name (`Ia bahkan sempat dilaporkan …
   * oleh kepala keamanan kebun PT SAM, Joko Susilo, …`) or just after it in the verb's place (`Den Vertrag mit Glasnetz
   * Rheinweser habe sie … unterschrieben`), and does not open it: the pronoun carries on the person before, who stays
   * the one a later `ucapnya` means; the name is an object. A pronoun further on may be the name's own (`Dolores Ameh,
   * who drove … the paperback she had finished`).
   */
  #pronounSubject(text: string, p: Person): boolean {
    if (opensSentence(text, p)) return false;
    const start = sentenceStartBefore(text, p.start, SENTENCE_REACH);
    const isPronoun = (w: string, first: boolean) => (first || w === w.toLowerCase()) && this.cues.pronouns.has(w.toLowerCase());
    const before = text.slice(start, p.start).replace(/^[\s"“„«‘'(]+/, '');
    let first = true;
    for (const m of before.matchAll(/\p{L}+/gu)) { if (isPronoun(m[0], first)) return true; first = false; }
    // The verb, then the pronoun (`Glasnetz Rheinweser habe sie`).
    const after = /^\s+\p{L}+\s+(\p{L}+)/u.exec(text.slice(p.end, p.end + 40));
    return !!after && isPronoun(after[1]!, false);
  }

  /** Whether `title of` stands right before `at` (`secretária de `, `ministro da `, `head of `): what follows is a field. */
  #fieldOfTitle(text: string, at: number): boolean {
    const of = wordJustBefore(text, at);
    if (!of || !/^(?:de|da|do|di|of|du|des|del|della|dei)$/.test(of)) return false;
    const title = wordJustBefore(text, text.slice(0, at).trimEnd().length - of.length);
    return !!title && this.#job(title);
  }

  /** Whether the last sentence of `lead` (ended, before a quote) opens with a subject pronoun (`Ia juga mengingatkan …`). */
  pronounOpensLast(lead: string): boolean {
    const text = lead.trimEnd();
    if (!/[.!?:]$/.test(text)) return false;
    const start = sentenceStartBefore(text, text.length - 1, SENTENCE_REACH);
    const first = /^[\s"“„«‘']*(\p{Lu}[\p{L}'’]*)/u.exec(text.slice(start))?.[1]?.toLowerCase();
    return !!first && this.cues.pronouns.has(first) && !this.#articles.has(first);
  }

  /**
   * The person the sentence just before a quote opens with, as its subject (`Ook Miriam Lous, eigenaar van …, ziet de
   * schade met lede ogen aan. ‘Ons terras …`): a quote that follows with no attribution of its own is theirs. A
   * one-word name counts when the text named that person before; one word at most may precede the name.
   */
  subjectBefore(lead: string, fullName: (word: string) => string | undefined): string | undefined {
    const text = lead.trimEnd();
    if (!/[.!?]$/.test(text)) return undefined;
    const sentence = text.slice(sentenceStartBefore(text, text.length - 1, SENTENCE_REACH));
    const p = this.people(sentence)[0];
    if (!p || p.words > 4 || sentence.slice(0, p.start).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 1) return undefined;
    // A body opening the sentence (`Dinas Pemberdayaan Masyarakat dan Desa (DPMD) … memutuskan …`) speaks as nobody.
    if (this.#who(p, sentence) === null) return undefined;
    // A sentence says something of them (`Izuku grinned.`); a name alone is a citation's author (`^ John Bathgate. "…"`).
    if (!/(?:^|\s)\p{Ll}/u.test(sentence.slice(p.end))) return undefined;
    return p.words >= 2 ? p.name : fullName(p.name);
  }

  /**
   * Whether the name's title opens its sentence, maybe after one word of the language (`Auch Chefarzt Reuter will …`):
   * a title the run left out (a word the text also writes in lower case: `Burgemeester Verhulst-Poppe kondigde …` where
   * the text also says `de burgemeester`), or one it took in (the run then starts at it).
   */
  #titleOpens(text: string, p: Person): boolean {
    let at = p.start;
    if (!p.titled) {
      const title = wordJustBefore(text, p.start);
      if (!title || !this.cues.titles.has(title)) return false;
      at = text.slice(0, p.start).trimEnd().length - title.length;
    }
    const before = text.slice(0, at).trimEnd();
    if (before === '' || /[.!?]$/.test(before)) return true;
    // One word of the language before the title (`Auch Chefarzt Reuter will …`).
    const word = /(?:^|[.!?]\s+)(\p{L}+)$/u.exec(before)?.[1];
    return !!word && this.notNames.has(word.toLowerCase());
  }

  /**
   * A one-word name after a title (`Burgemeester Verhulst-Poppe`) is a person the text calls by surname; not after
   * an office over a region, which names the region (`Bupati Garut`).
   */
  #titledSurname(text: string, p: Person): string | undefined {
    if (!p.titled || !text.startsWith(p.name, p.end - p.name.length)) return undefined;
    const title = wordJustBefore(text, p.end - p.name.length);
    return title && !this.cues.regionTitles.has(title) ? p.name : undefined;
  }

  /** The people of two to four words `text` introduces (see `#introduces`), in order. */
  introduced(text: string): readonly Person[] {
    const people = this.people(text);
    // (Not a region, `spiker kelahiran Kudus, Jawa Tengah`, nor a body's name before its acronym, `Kepala Dinas Lingkungan
    // Hidup (DLH)`.)
    return people.filter((p, k) => p.words >= 2 && p.words <= 4 && !isRegion(p) && !acronymOf(text, p)
      && this.#introduces(text, p, people[k - 1]));
  }

  /**
   * Whether `text` introduces the person `p` as news does: a sentence subject (`Ruth Sinclair arrived …`), an
   * appositive (`…, Sunita Rao, welcomed …`), or by a job title before or a role after the name (`Shift supervisor
   * Daniel Kowalczyk, 47, was …`, `… dirasakan Siti Komariah, pemilik warung …`).
   */
  #introduces(text: string, p: Person, previous: Person | undefined): boolean {
    if (opensSentence(text, p) || (afterComma(text, p.start) && COMMA_AFTER.test(text.slice(p.end)))) return true;
    // A full name after an opening phrase and its comma, then its verb (`En fin de soirée, Olivier Castelnau a tenté …`).
    if (p.words >= 2 && afterComma(text, p.start) && /^\s+\p{Ll}/u.test(text.slice(p.end, p.end + 3)) && !bodyName(p.name)) return true;
    // One word opening the sentence, then the name and a comma (`Bagi Yosua Wanggai, gol itu …`, `For Ann Lee, the
    // vote …`); not a place (`Di Jakarta Selatan, …`).
    if (p.words >= 2 && COMMA_AFTER.test(text.slice(p.end)) && this.#afterOpeningWord(text, p.start)) return true;
    if (this.#describedAfter(text.slice(p.end, p.end + 60))) return true;
    if (p.words >= 2 && WHO_AFTER.test(text.slice(p.end, p.end + 12))) return true;
    // A first name and a surname owning something (`Tomás Reilly’s quick feet`): a person, whom `Reilly` later means.
    if (p.words === 2 && /['’]s$/.test(text.slice(p.end - 2, p.end)) && !bodyName(p.name)) return true;
    // An age in brackets is said of a person (`stand Herbert Lindner (71) am Zaun`, `Ujang Supriatna (45)`).
    if (/^\s*\(\d{1,3}\)/.test(text.slice(p.end, p.end + 8))) return true;
    // A noun for a person after an article (`O pedreiro José Carlos Ferreira`, `the widow Ann Price`), or opening the
    // sentence in a language without articles (`Bek kiri Fajar Ramadhan Siregar mengirim …`).
    if (this.#nounBefore(text, p.start)) return true;
    if (p.words >= 2 && this.#bareReferences && this.#nounOpens(text, p.start)) return true;
    // A rank right before the name inside the run (`Komandan Korem (Danrem) 034/Bukit Gading Brigjen TNI Aryo Damar`).
    if (p.words >= 2 && p.titled && text.slice(p.start, p.end - p.name.length).trim().split(/\s+/).slice(-2)
      .some((w) => this.cues.ranks.has(w.replace(/\.$/, '').toLowerCase()))) return true;
    // A title, then the body's acronym (`Ketua Umum PSSI Erick Thohir`, `Kapolres Bogor AKBP …`).
    if (previous?.titled && /^\s+(?:[\p{Lu}\d][\p{Lu}\d-]+\s+)+$/u.test(text.slice(previous.end, p.start))) return true;
    // A title, a region and its noun (`Hejtman Zlínského kraje Radek Vaculík`); not a list (`and`, `serta`) or a verb.
    const link = previous?.titled ? /^\s+(\p{Ll}{4,})\s+$/u.exec(text.slice(previous.end, p.start))?.[1] : undefined;
    if (link && !LIST_LINK.test(` ${link} `) && this.cues.verbs.atStart(link) === undefined) return true;
    if (p.words >= 2) {
      // An office written out, its short form in brackets, then the name (`Jaksa Penuntut Umum (JPU) Melati Kusumastuti`).
      // (Most names have no bracket before them: the character before the spaces is looked at before any pattern.)
      let back = p.start - 1;
      while (back > 0 && (text[back] === ' ' || text[back] === '\t')) back--;
      if (back < p.start - 1 && text[back] === ')') {
        const shortBefore = /\((\p{Lu}[\p{L}]{1,7})\)\s+$/u.exec(text.slice(Math.max(0, p.start - 12), p.start))?.[1];
        if (shortBefore && this.cues.titles.has(shortBefore.toLowerCase())) return true;
      }
      // A title opening the sentence, then what it heads, then the name (`Ředitel nemocnice Jiří Mach přiznává …`).
      const opener = TITLE_AND_LINK_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
      if (opener && this.cues.titles.has(opener[1]!.toLowerCase()) && !LIST_LINK.test(` ${opener[2]} `) && this.cues.verbs.atStart(opener[2]!) === undefined) return true;
    }
    // A title after another person's comma describes that person (`Budi Santoso, warga Desa Cibodas`,
    // `…, pedagang Pasar Anyar`): what follows the title is a place or a body, not someone new.
    return this.titledBefore(text, p.start) && !(previous && DESCRIBED_BY.test(text.slice(previous.end, p.start)));
  }
}
