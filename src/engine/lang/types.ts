/**
 * Language data: cue words the detectors look for. Data only, no behaviour (the detectors live in
 * `../detectors`). All phrases are matched case-insensitively; write them in lower case.
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name of the language. */
  readonly name: string;
  /**
   * A light pack: page furniture (labels, buttons, footers) and speech verbs only, no names or titles. Its stopwords
   * take no part in the quick detection by stopwords (franc tells these languages from their neighbours better).
   */
  readonly light?: boolean;
  /** ISO 639-3 codes the language detector may answer for this language. */
  readonly iso6393: readonly string[];
  /** Labels that open a photo credit when followed by a colon: `foto:` → "Foto: Reuters". */
  readonly creditLabels: readonly string[];
  /** Agency / photo-desk names that mark a credit on their own: "REUTERS/Jane Doe", "Getty Images". */
  readonly creditAgencies: readonly string[];
  /** Labels that open a teaser for another story: `read more`, `baca juga`, `related`. */
  readonly teaserLabels: readonly string[];
  /** Whole-line share / follow / newsletter prompts (a line that is one of these or starts with one). */
  readonly sharePhrases: readonly string[];
  /** Advertisement markers: `advertisement`, `iklan`, `scroll to continue with content`. */
  readonly adPhrases: readonly string[];
  /** Nouns for comments, used in comment counters: `12 comments`, `komentar (3)`. */
  readonly commentWords: readonly string[];
  /**
   * Openings of the lines of a comment form and its notices, as blog software writes them in the language:
   * `leave a reply`, `your email address will not be published`, `tinggalkan balasan`.
   */
  readonly commentForm: readonly string[];
  /** Short navigation / widget labels that are boilerplate when alone on a line: `home`, `menu`, `login`. */
  readonly navWords: readonly string[];
  /** Footer phrases: `all rights reserved`, `hak cipta dilindungi`. */
  readonly footerPhrases: readonly string[];
  /** Speech verbs, in the forms used around quotes: `said`, `says`, `told`, `kata`, `ujar`. */
  readonly speechVerbs: readonly string[];
  /** Phrases that name a source before it: `according to`, `menurut`. */
  readonly accordingTo: readonly string[];
  /**
   * Openings of a paragraph that names who said the quote before it: `hal itu` (`Hal itu disampaikan Menteri
   * …`), `demikian`. A speech verb must follow within a few words.
   */
  readonly quoteBackReferences?: readonly string[];
  /** Personal pronouns that refer back to the last named person: `he`, `she`, `dia`. */
  readonly pronouns: readonly string[];
  /** Words for a picture in gallery counters: `photo`, `image`, `slide` ("Photo 3 of 12"). */
  readonly galleryWords: readonly string[];
  /** The word for "of" in counters: `of`, `dari`, `von`. */
  readonly ofWords: readonly string[];
  /**
   * Openings of a caption that points at its picture: `in this photo`, `na snímku`, `dalam foto ini`. A `…`
   * stands for a few words in between (`in this … photo` reads `In this Nov. 29, 2016, file photo`).
   */
  readonly pictureOpeners: readonly string[];
  /** Words in bylines and datelines: `by`, `oleh`, `updated`, `published`. */
  readonly bylineWords: readonly string[];
  /** Job titles that open a capitalised run without being a name: `chief`, `minister`, `kepala`, `wali`. */
  readonly titles?: readonly string[];
  /**
   * Police and military ranks, which title the person they stand before and no office (`Kapolres Bogor, AKBP Rio …`):
   * read as titles too.
   */
  readonly ranks?: readonly string[];
  /**
   * Fields of a ministry or an office that follow its title before the name, as Indonesian writes it (`Menteri
   * Keuangan Sri Mulyani`, `Kepala Dinas Pendidikan …`): stripped with the title.
   */
  readonly portfolios?: readonly string[];
  /** Honorifics stripped from the front of a name: `mr`, `dr`, `hj`, `pak`. */
  readonly honorifics?: readonly string[];
  /** Nouns for what a person is or does, which describe a name after it: `Siti Komariah, pemilik warung`. */
  readonly roles?: readonly string[];
  /**
   * Nouns for a person that are no role (`woman`, `perempuan`, `bocah`): with the roles, the heads of phrases that
   * point back at someone named before (`the 62-year-old woman said`, `ujar perempuan berusia 45 tahun itu`).
   */
  readonly personNouns?: readonly string[];
  /**
   * Definite articles that may open such a phrase and that the shared list lacks because they are other words
   * elsewhere (Portuguese `o`, `a`: `contou o pedreiro`); used only for text in this language.
   */
  readonly referenceArticles?: readonly string[];
  /**
   * Nouns for a person that, alone after a speech verb, point back at someone named before: `true` for all of them
   * in a language without articles (Czech `popsala seniorka`), or a list of those a story has one of (Indonesian
   * court reports: `ujar terdakwa`, `kata jaksa`).
   */
  readonly bareReferences?: boolean | readonly string[];
  /**
   * Prepositions and reflexives that may follow a speech verb whose subject the language leaves out: the speaker is
   * the person named before (`dodala se slzami v očích`, `añadió con tristeza`, `ha aggiunto con la voce rotta`).
   */
  readonly droppedSubjectWords?: readonly string[];
  /**
   * Titles of an office over a region that the language writes before the region's name and then the person's
   * (`Bupati Garut Abdusy Syakur Amin`, `Wali Kota Bandung Muhammad Farhan`): `kota` stands for `wali kota`.
   */
  readonly regionTitles?: readonly string[];
  /**
   * Compass words that end the name of a region in the language's word order (`Jawa Barat`, `Jakarta Selatan`):
   * a titled run names the region of the office before the person (`Gubernur Jawa Barat Dedi Mulyadi`).
   */
  readonly compassWords?: readonly string[];
  /**
   * Names of the days and months, which stand where names do (`Polisi, Senin, mengatakan`, `the ministry said
   * Friday`) and are never a person; months that are also given names (`May`, `June`) are left out.
   */
  readonly calendarWords?: readonly string[];
}
