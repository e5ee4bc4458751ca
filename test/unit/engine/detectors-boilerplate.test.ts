/**
 * Boilerplate detectors, textlint-tester style: per detector a `valid` table (lines that must stay body,
 * mostly look-alikes) and an `invalid` table (lines that must be flagged with the detector's category).
 * Each case is placed inside a small realistic article so that context-based detectors behave as in use.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Options } from '../../../src/engine';
import { cuesFor } from '../../../src/engine/cues';
import { fromLastEllipsis } from '../../../src/engine/detectors/boilerplate/related-link';
import { endsTerminal } from '../../../src/engine/document';
import { LANGUAGE_PACKS } from '../../../src/engine/lang';
import { PROSE, article, assertWholeLine, label, lineFinding, run, type Built, type Lang, type Where } from './helpers';

interface Case {
  /** One line, or several adjacent lines ('' makes a blank line). */
  readonly block?: string | readonly string[];
  readonly lang?: Lang;
  readonly where?: Where;
  readonly options?: Options;
  /** A whole text instead of a block inside an article; `check` then holds absolute line indices. */
  readonly text?: string;
  /** Indices into the block's lines (or absolute lines with `text`) to assert on; default every non-blank line. */
  readonly check?: readonly number[];
}

interface Table {
  readonly detector: string;
  readonly category: string;
  readonly valid: readonly CaseInput[];
  readonly invalid: readonly CaseInput[];
}

const EN = PROSE.en;
const ID = PROSE.id;
/** Two Czech paragraphs around a block where a test needs the language's words. */
const CS = [
  'Zastupitelé města ve čtvrtek schválili rozpočet na příští rok, o kterém se na radnici jednalo několik hodin.',
  'Obyvatelé, kteří na jednání přišli, si stěžovali na rostoucí ceny nájmů a na to, že autobusy do okrajových částí jezdí jen dvakrát denně.',
];

/** A Markdown article: a heading, then paragraphs, with `block` between the second and third. */
function markdownArticle(block: string | readonly string[], where: Where = 'middle'): Built {
  const built = article(block, 'en', where);
  return { text: `# Council approves new budget\n\n${built.text}`, lines: built.lines.map((l) => l + 2) };
}

function build(c: Case): { built: Built; options: Options | undefined; checked: number[] } {
  if (c.text !== undefined) {
    const lines = c.text.split('\n');
    const checked = c.check ? [...c.check] : lines.map((_l, i) => i).filter((i) => lines[i]!.trim());
    return { built: { text: c.text, lines: checked }, options: c.options, checked };
  }
  const md = c.options?.markdown === true;
  const built = md ? markdownArticle(c.block!, c.where) : article(c.block!, c.lang ?? 'en', c.where);
  const blockLines = typeof c.block === 'string' ? [c.block] : c.block!;
  const picks = c.check ?? blockLines.map((_l, i) => i).filter((i) => blockLines[i]!.trim());
  return { built, options: c.options, checked: picks.map((k) => built.lines[k]!) };
}

/** A slideshow of other stories: a titled counter, the slide's text, sometimes a credit. */
const SLIDES = [
  '3/40 Bakery chain to close ten shops',
  'The bakery chain said on Monday that it would close ten of its shops in the north after a fall in sales last year.',
  'Getty Images',
  '4/40 Airline orders new planes',
  'The airline has ordered twenty new planes for its short routes, the largest order in its history, worth about two billion dollars.',
  '5/40 Is the housing boom over?',
  'House prices fell for the third month in a row in October, according to figures published by the largest lender on Friday.',
  'AFP/Getty Images',
  '6/40 Car maker recalls vans',
  'The car maker is recalling more than forty thousand vans over a fault in the brakes that could cause accidents at high speed.',
  'Reuters',
];

type CaseInput = string | readonly string[] | Case;
const asCase = (c: CaseInput): Case => (typeof c === 'string' || Array.isArray(c) ? { block: c as string | readonly string[] } : c as Case);
const caseLabel = (c: Case) => `${label(c.block ?? c.text ?? '')}${c.lang && c.lang !== 'en' ? ` (${c.lang})` : ''}${c.where && c.where !== 'middle' ? ` [${c.where}]` : ''}`;

function runTable(table: Table): void {
  describe(table.detector, () => {
    describe('valid (stays body)', () => {
      for (const raw of table.valid) {
        const c = asCase(raw);
        it(caseLabel(c), () => {
          const { built, options, checked } = build(c);
          const result = run(built.text, options);
          for (const index of checked) {
            const f = lineFinding(result, index);
            assert.equal(f, undefined, `line ${index + 1} flagged as ${f?.kind}/${f?.category} by ${f?.detector}: ${f?.reason}`);
          }
        });
      }
    });
    describe(`invalid (flagged ${table.category})`, () => {
      for (const raw of table.invalid) {
        const c = asCase(raw);
        it(caseLabel(c), () => {
          const { built, options, checked } = build(c);
          const result = run(built.text, options);
          for (const index of checked) {
            const f = lineFinding(result, index);
            assert.ok(f, `line ${index + 1} (${JSON.stringify(built.text.split('\n')[index])}) not flagged`);
            assert.equal(f.kind, 'boilerplate');
            assert.equal(f.category, table.category, `category of line ${index + 1} (${f.detector}: ${f.reason})`);
            assert.equal(f.detector, table.detector);
            assertWholeLine(built.text, f, index);
          }
        });
      }
    });
  });
}

const TABLES: readonly Table[] = [
  {
    detector: 'boilerplate/image-counter',
    category: 'image-counter',
    valid: [
      '3 people died.',
      'In 3 of 12 districts the schools will close early.',
      '2024',
      '100%',
      // A recipe's fractions and a share of a vote are not slides.
      ['3/4 cup sugar', '1/2 teaspoon salt', '2/3 cup warm milk'],
      '1/50 of the vote was counted.',
      // A calling code in an infobox, away from any gallery.
      ['Calling code', '+689'],
      { block: 'Sebanyak 3 orang meninggal dunia.', lang: 'id' },
      { block: ['## Budget by district', '', '| District | Budget |', '|---|---|', '| North | 12 |'], options: { markdown: true } },
    ],
    invalid: [
      '3',
      '12',
      '(3/12)',
      '1 / 24',
      '1 of 24',
      'Photo 3 of 12',
      '**3**',
      '1/50 United fans celebrate the win in the city centre',
      { block: 'Foto 2 dari 5', lang: 'id' },
      { block: 'Photo 3 sur 12', lang: 'fr' },
      { block: 'Bild 3 von 12', lang: 'de' },
      { block: 'Foto 3 de 12', lang: 'es' },
      // `+9` beside `View gallery`: how many more pictures the gallery holds.
      { block: ['+9', 'View gallery'], check: [0] },
      { block: 'Galerie (12)', options: { language: 'cs' } },
      // The gallery's link with how many photos it holds, in words.
      { block: 'Fotogalerie (24 fotografií)', options: { language: 'cs' } },
      { block: 'Ver las 8 fotos', lang: 'es' },
    ],
  },
  {
    detector: 'boilerplate/slideshow',
    category: 'slideshow',
    valid: [
      // The slideshow is the whole text (a gallery article): its slides are the article (those over a
      // photographer's credit are captions).
      { text: SLIDES.join('\n\n') + '\n', check: [2, 8, 18] },
      // An introduction, then the slides: a gallery article.
      { text: [EN[0], EN[1], EN[2], ...SLIDES].join('\n\n') + '\n', check: [8, 14, 24] },
      // Two titled counters are not yet a slideshow.
      { text: [EN[0], EN[1], ...SLIDES.slice(0, 5), EN[2], EN[3]].join('\n\n') + '\n', check: [6, 12] },
    ],
    invalid: [
      // A slideshow of other stories dropped into the article: every slide's text and credit, the last slide's too.
      { text: [EN[0], EN[1], ...SLIDES, EN[2], EN[3]].join('\n\n') + '\n', check: [6, 8, 12, 16, 18, 22, 24] },
      { text: [ID[0], ID[1], ...SLIDES, ID[2], ID[3]].join('\n\n') + '\n', check: [6, 8, 12, 16, 18, 22, 24] },
    ],
  },
  {
    detector: 'boilerplate/related-link',
    category: 'related-link',
    valid: [
      // A sentence that mentions a document is the article's.
      'The full report (PDF) was published by the department on Monday.',
      // `More from` and words in lower case is prose.
      'More from the council meeting',
      '▸ Step one: water the plant the day before.',
      'Related parties have until Friday to respond to the proposal.',
      'Read the full budget at the town hall, where copies are available to residents until Friday.',
      { block: 'Baca buku itu membantu anak-anak memahami bahaya banjir di kampung mereka.', lang: 'id' },
      // An ellipsis in the story's own sentence, and a sentence that ends on the words.
      'The mayor paused… and then told the crowd to read more about the plan on the council website.',
      'Some residents said they would rather wait and read more.',
      // A section's list label needs its list noun; the article's own subheading does not name one.
      'More buses for the northern districts',
      'More from the magazine’s archive came to light when the library moved in 2019.',
      // A capitalised word opening a sentence is no ticker.
      'LATEST figures show the harbour lost 14 jobs in March.',
      'Also: bring a towel and a spare pair of socks.',
    ],
    invalid: [
      // A labelled link to a document, its type and size after it.
      'Learn more: What to do during a boil water advisory (PDF, 212 KB)',
      { block: 'Simak juga Video: Detik-detik Evakuasi Penumpang Bus Terguling di Tol Cibatari', lang: 'id' },
      'More on Allergies',
      // The label qualified in brackets before its bar.
      { block: 'Lire aussi (l’analyse) | Énergie : pourquoi la France, exportatrice d’électricité, paie plus cher', lang: 'fr' },
      { block: '【相关阅读】澄光2025年手机出货量首次突破1800万台 海外占比超四成', options: { language: 'zh' } },
      // The label alone in its brackets, over its links.
      { block: '【延伸阅读】', options: { language: 'zh' } },
      'More from Maxine Doyle',
      // A magazine's other stories, its name left out.
      'More from the magazine',
      // A news ticker's label glued to another story's title.
      'Also: The best password managers of 2026: Expert tested',
      'Also see',
      { block: 'TERKINI Bupati Girimaya Tetapkan Status Tanggap Darurat Gempa Selama 14 Hari', lang: 'id' },
      { block: '▸ 台中山區一周內第3起有感地震　氣象署：不排除還有餘震', lang: 'en' },
      { block: 'Lire aussi le portrait (2024) | Olivier Castelnau, l’ancien maire devenu ministre', lang: 'fr' },
      // Markdown escapes around a video teaser's title; the portal's link to the story.
      { block: 'Simak Video \\"[Video: Tanggul Sungai Jebol](https://example.com/v)\\"', lang: 'id', options: { markdown: true } },
      { block: 'Baca artikel Warta Kita, \\"Tanggul Jebol, 4 Desa Terendam\\" selengkapnya [di sini](https://example.com/a).', lang: 'id', options: { markdown: true } },
      { block: 'Lire : Que sont les valises qui espionnent les téléphones ?', lang: 'fr' },
      'Read more: Why the council failed to agree on taxes',
      { block: 'Simak Video "Detik-detik Maling Motor Beraksi di Teras Rumah Warga"', lang: 'id' },
      'Related',
      'Related stories:',
      // A list widget named after the site's section.
      'Most Read Local Stories',
      'Latest Business News',
      'Next Up In Culture',
      '[Read: Why the mayor refused to raise taxes]',
      'You may also like',
      { block: 'Baca juga: Warga Keluhkan Harga Beras', lang: 'id' },
      { block: 'Simak juga: Harga beras naik lagi', lang: 'id' },
      { block: '[Baca: Warga keluhkan harga beras]', lang: 'id' },
      { block: 'Lire aussi : Le maire promet des logements', lang: 'fr' },
      { block: 'Lesen Sie auch: Bürgermeister verspricht Wohnungen', lang: 'de' },
      { block: 'Weiterlesen', lang: 'de' },
      { block: 'Seguí leyendo', lang: 'es' },
      // A qualified label before its bar; a portal's pointer to more stories.
      { block: 'Lire aussi (2024) | Retraites : le long feuilleton d’une réforme', lang: 'fr' },
      { block: 'Lire aussi le décryptage | Qui sera concerné par la réforme ?', lang: 'fr' },
      { block: 'Simak berita lainnya seputar [Pilkades Serentak](https://example.com/pilkades)', lang: 'id' },
      { block: 'Te puede interesar: El alcalde promete viviendas', lang: 'es' },
      // Another story's excerpt, cut off, with its link.
      'When you walk into almost any bakery, you are overloaded with smells and sounds,… Read more Read more',
      'The harbour board met again on Tuesday to discuss the dredging contract […] Continue reading →',
      { block: 'Warga Kampung Melayu kembali mengungsi setelah hujan deras mengguyur sejak sore... Baca selengkapnya', lang: 'id' },
      { block: 'Le maire a présenté mardi son plan pour les logements sociaux du quartier… Lire la suite', lang: 'fr' },
    ],
  },
  {
    detector: 'boilerplate/teaser-section',
    category: 'related-link',
    valid: [
      // `Video` over a player labels the player: the score and goals after its blank line are the match report's.
      { block: ['Video', 'Video: Sestřih utkání', 'Přehrát video', '02:14', '', 'Slavoj Brod – FK Lipník 2:1 (1:0)', 'Góly: 23. Kubeš, 67. Matějka – 81. Šustr (pen.)'], check: [5, 6] },
      // A subheading after the list's blank line, over a photo and its caption and then its paragraph, is the article's.
      { block: ['Related', 'Dry winter leaves foothill counties bracing for an early fire season', 'How to sign up for county emergency alerts', '', 'Residents grab what they can', '', 'Lena Haverford loads her two goats into a trailer outside her home on Wednesday.', 'Marcus Velez / The Invented Times', '', 'Some residents left before dawn, loading trailers with animals, photographs and paperwork, and drove west toward the county fairgrounds.'], check: [4] },
      // `Video` among menu entries opens no list; the headline under the menu stays.
      { text: ['Beranda', 'Daerah', 'Video', 'Indeks', '', 'Warga Tanam Pisang di Jalan Rusak Sudah Lima Tahun', '', ID[0], '', ID[1], '', ID[2], ''].join('\n'), check: [5], options: { language: 'id' } },
      // Titles glued under the label, a blank line, then a subheading over a paragraph: the subheading stays.
      { block: ['Te recomendamos', 'Ocho formas de ahorrar agua en casa durante el estiaje', 'Conagua alerta por baja histórica en presas', '', 'Un pozo que ya no da', '', 'Según la Conagua, el acuífero del que se abastece la ciudad tiene un déficit de treinta y un millones de metros cúbicos al año.'], lang: 'es', check: [4] },
      // `Read more:` and `See also` lists, a title after each blank line, are the editor's links: kept.
      { block: ['Read more:', '', 'How the council plans to fix the roads in the north', '', 'Why the mayor refused to raise taxes'], check: [2, 4] },
      // One title over a short paragraph after the label's blank line makes no cards: the paragraph is the article's.
      { block: ['More from the magazine', '', 'The county’s offer', 'The county has offered to buy the boat for a dollar and moor her at the landing.', '', 'She has already checked the tide for that day.'], check: [3, 5] },
      { block: ['See also', '', 'Budget of the city council in 2024'], check: [2] },
      // The list ends at a lead-in with a colon, and the article's numbered sections are its own.
      { block: ['Recommended', '', 'What You Will Need:', '', 'A glass cloche and some moss'], check: [2, 4] },
      { block: ['Related', '', '5. Check the smoke alarm before you sleep'], check: [2] },
      // One numbered line is no ranked list.
      { block: ['Related', '', '1. Check the smoke alarm before you sleep'], check: [2] },
      // A card's title over its `Read more` link: what follows is the article's subheading.
      { block: ['Britain’s shrinking coast: the villages the sea is coming for next', 'Read more', 'A village divided', '', 'Not everybody in Skelby wants to leave, and not everybody who wants to stay thinks the council is wrong.'], check: [2] },
      // A paragraph under a label stays, whatever names it glues (`JavaScript`, `iPhone`): no title opens it.
      { block: ['Related', '', 'The new library runs JavaScript on the server, which the council website also uses for its forms and maps.'], check: [2] },
      // `À lire aussi` over its one story: the subheading after the blank line is the article's.
      { block: ['À lire aussi', 'Vézelin : le marché du samedi déménage sous la halle', '', 'Quatorze marchés disparus en dix ans'], lang: 'fr', check: [3] },
      // `קראו עוד:` (Hebrew "read more") over its titles: the subheading after the blank line is the article's, though
      // the paragraph under it holds few stopwords to end a list by.
      // Turkish has no stopwords in the package: the paragraph under the subheading is told by its length and full stop.
      { block: ['İlgili Haberler', 'Deprem çantası hazırlarken en sık yapılan 7 hata', 'Riskli okul binaları için yeni karar', '', 'ÇOCUKLAR BİZDEN HIZLIYDI', '', 'Tatbikat sırasında öğrenciler, öğretmenlerinden önce bahçeye ulaştı ve sıraya girdi.'], options: { language: 'tr' }, check: [4] },
      { block: ['קראו עוד:', 'למה העבודות על הקו נמשכו שש שנים', 'כמה עולה נסיעה ואיך משלמים', '', 'כמו באירופה, רק עם שרב', '', 'הנוסעים הראשונים התלוננו הבוקר על החום בתחנות, שבהן אין מזגנים ואין צל, ועל התורים הארוכים למכונות הכרטיסים.'], options: { language: 'he' }, check: [4] },
    ],
    invalid: [
      // A two-word title with its teaser glued after a space, first under the label.
      { block: ['Vous aimerez aussi', 'Kouign-amann maison Oui, c’est possible sans être pâtissier, il suffit d’un peu de patience.', 'Gâteau breton à la confiture de framboises'], lang: 'fr', check: [1, 2] },
      // A ranked widget whose numbers stand alone over their titles, right under a menu's last entry.
      { block: ['Balas', 'Terpopuler', '1', 'Penyanyi Dangdut Pamer Rumah Baru di Bogor, Luasnya Bikin Melongo', '2', 'Istri Pesepak Bola Lelang Tas Koleksinya untuk Amal'], lang: 'id', check: [3, 5] },
      // Titles with teasers glued on after a space: under one glued so, any capitalised word may open the next one's teaser.
      { block: ['More from SNN', 'Supreme Court agrees to hear fight over state limits on police drones The justices will take up the case in the fall.', 'White House unveils plan to speed up permits for power lines Officials say the changes could cut review times in half.', 'Analysis: Why the fight over rail crews split Republicans in farm states'], check: [1, 2, 3] },
      // `More for you` over titles and their sources.
      { block: ['More for you', 'Harmon Street bridge to close for six weeks starting Monday', 'The Wrenfield Gazette · 2h'], check: [1, 2] },
      // Right under the label, the first title may glue its teaser after any capitalised word.
      { block: ['Nejčtenější', 'Jihlava zdraží parkování v centru, hodina bude stát 40 korun Radnice chce uvolnit místa pro zákazníky obchodů.', 'Hasiči z Nového Města dostali novou cisternu za osm milionů'], options: { language: 'cs' }, check: [1, 2] },
      // A sponsored widget's label heads its headlines.
      { block: ['Paid Partner Content', 'Here’s what a new roof should cost you in 2026', 'RoofQuote Finder'], check: [1, 2] },
      // A listed post's excerpt under its date, between the titles.
      { block: ['Related', 'Directory Review Queue Drops Below Two Weeks for the First Time', 'February 20, 2026', 'The plugin review team says a new triage process cut the average wait from 41 days to nine.', 'Five Maintainers on What Burnout Looked Like for Them', 'January 28, 2026'], check: [1, 2, 3, 4, 5] },
      // A Chinese list's title that asks, with a full-width question mark.
      { block: ['相关推荐', '澄光X5 Pro上手：3.5倍长焦到底有多能打？', '澄芯C3跑分曝光 多核成绩超上一代近三成'], options: { language: 'zh' }, check: [1, 2] },
      // A badge over a title under `Lees ook`; a title that asks.
      { block: ['Lees ook', 'Premium', 'Beleggers verkopen massaal huurwoningen: wat betekent dat voor huurders?'], options: { language: 'nl' }, check: [2] },
      // `Veja também` on a Brazilian portal lists other stories.
      { block: ['Veja também', 'Frente fria derruba temperatura e BH pode ter madrugada mais fria do ano', 'Há 3 horas — Minas Gerais'], lang: 'es', check: [1] },
      // A sponsored widget's headlines and advertisers under its ad label; a related article's title under its label.
      { block: ['Paid Content', 'Homeowners are replacing their gutters with this clever guard', 'LeafShield Pros'], check: [1, 2] },
      { block: ['Related article', 'How to keep your family warm when the power goes out'], check: [1] },
      // `Also see` over titles glued under it; titles in a headline's capitals that end in a full stop.
      { block: ['Also see', 'How to find your BitLocker recovery key in under a minute', 'What is a passkey? How it works and why you should switch'], check: [1, 2] },
      { block: ['Related Content', 'A Town Built on Permafrost Is Sinking. Its Residents Are Staying Put.', 'How Scientists Watch a Glacier Breathe From 400 Miles Up'], check: [1, 2] },
      // `Read more:` alone, its story's title on the next line (or titles glued under it): the teaser.
      { block: ['Read more:', '', 'How the council plans to fix the roads in the north'], check: [2] },
      { block: ['Read more:', 'Volunteers lay sandbags at the river lock overnight', 'Water board wants to buy three houses on the dike'], check: [1, 2] },
      { block: ['Читайте также', 'Тарифы на отопление вырастут с первого июля', 'В мэрии назвали самые изношенные трубы'], options: { language: 'ru' }, check: [1, 2] },
      // Titles, authors and dates under a recommendation widget, up to the next paragraph.
      { block: ['Recommended', '', 'The Last Neon Sign on Harbour Street', '', 'Nadia Orsay', '', 'Aug 2, 2019', '', 'Navigator: A Walk Through the Closed Arcade'], check: [2, 4, 6, 8] },
      { block: ['You May Like', '', 'Backyard Birthday Party Ideas', '', 'What Is the Etiquette for a Retirement Party?'], check: [2, 4] },
      { block: ['Other People Are Reading', '', 'Window Box Herb Ideas', '', 'How to Grow Basil on a Balcony'], check: [2, 4] },
      // Titles with their teasers glued on, no space between (`weekends?Catching`, `saysPeople`).
      { block: ['Related coverage', 'Is it bad to sleep in on weekends?Catching up on sleep at the weekend may not undo a short week, researchers say.', 'Night owls and heart disease: What the research saysPeople who go to bed late may face a higher risk.'], check: [1, 2] },
      { block: ['Most Read Local Stories', 'Harrow Avenue bike lane will close for six months during sewer work', 'Police identify man killed in Eastport crash on Route 9'], check: [1, 2] },
      // Numbers counting up from 1 or bullets mark the widget's entries, a teaser glued on or not.
      { block: ['Most Popular', '1. Police identify man killed in Route 9 crash', '2. Beloved diner closes after 52 years The owner says rising rent left her no choice.', '3. City council delays vote on stadium deal'], check: [1, 2, 3] },
      { block: ['Nejčtenější', '1. Řidič kamionu usnul za volantem a zablokoval silnici', '2. Lékárny hlásí nedostatek sirupů. Výrobce slibuje nové dodávky do konce měsíce.'], options: { language: 'cs' }, check: [1, 2] },
      { block: ['Related Coverage', "• Pump stations were rated 'high risk' in a 2023 audit. Here's what it found.", '• Storm updates: Power outages and road closures across the metro'], check: [1, 2] },
      // A title with its teaser glued on after a space, told by a capitalised article (`travaux Les déviations`).
      { block: ['Les plus lus', 'Rodanne : la RD 914 fermée trois semaines pour travaux Les déviations seront en place dès lundi matin.', 'Saint-Aurin : un incendie détruit un hangar agricole dans la nuit'], lang: 'fr', check: [1, 2] },
      // A carousel's titles cut short.
      { block: ['Britain’s shrinking coast: the villages the sea is coming for next', 'Read more'], check: [0] },
      { block: ['Recommended Stories', 'Bus drivers in Corvale vote to join rail walkout', 'The vote, backed by 78% of members, could halt buses from Friday.', 'How to claim a refund on a Northline season ticket', 'Passengers with monthly passes may get up to two weeks back.'], check: [1, 2, 3, 4] },
      { block: ['热门视频', '02:15', '三分钟看完岚星春季发布会', '05:48', '7毫米手机拆解：6000mAh电池是怎么塞进去的'], options: { language: 'zh' }, check: [1, 2, 3, 4] },
      { block: ['推荐阅读', '硅碳负极电池普及 今年国产旗舰电池容量普遍突破6000mAh', '评论 96', '一季度手机出货量排名出炉 前三名差距不足2个百分点，中高端市场竞争明显加剧'], options: { language: 'zh' }, check: [1, 3] },
      { block: ['RELATED ARTICLES', 'Previous', 'Next', 'Star shows off her emerald engagement ring as she...', 'Cast reunite for the first time in five years at...'], check: [3, 4] },
      // Cards after the label's blank line, each a title with its teaser glued under it.
      { block: ['More from the magazine', '', 'The Lighthouse Keeper’s Daughter Who Never Left', 'Ardis Pell grew up on a rock eleven miles offshore. She is the last who remembers the light lit by hand.', '', 'The Mail Boat Runs Tuesdays', 'On the outer islands, a single postal contract keeps a whole way of life afloat.'], check: [2, 3, 5, 6] },
      // A card's teaser with its date glued under it, in a list glued under its label.
      { block: ['Explore further', '', 'Cave bats shift their roosts as winters warm', 'Researchers tracked 400 bats across three winters.', '2 hours ago'], check: [2, 3] },
    ],
  },
  {
    detector: 'boilerplate/comment-thread',
    category: 'comments',
    valid: [
      // The writer's name and the time to the minute over the article, under no comment: the paragraphs are the article's.
      { text: ['Petr Novák | 12. 6. 2026 10:31', CS[0], '', CS[1], ''].join('\n'), check: [1, 3], options: { language: 'cs' } },
      // A paragraph over a date over a Reply button, with no author's name over it: the article's.
      {
        text: ['Council approves new budget', '', '2 comments', EN[0], 'Updated 2 hours ago', 'Reply', ''].join('\n'),
        check: [3],
      },
      // An article's paragraph under its byline and over a lone `Reply` (no comments above): never a comment.
      {
        text: ['Council approves new budget', '', 'By Jane Doe', '', 'March 3, 2025 at 9:14 am', '', EN[0], '', EN[1], '', 'Reply', ''].join('\n'),
        check: [6, 8],
      },
      // Seven paragraphs between a date and a Reply button are more than a comment holds.
      {
        text: ['Council approves new budget', '', '2 comments', '', 'March 3, 2025 at 9:14 am', '',
          EN[0], '', EN[1], '', EN[2], '', EN[3], '', 'The bridge will close for repairs in May, the engineers said on Monday.', '',
          'Buses will be diverted through the market square while the work goes on.', '',
          'Shops on the square said they expected more customers during the closure.', '', 'Reply', ''].join('\n'),
        check: [6, 18],
      },
    ],
    invalid: [
      // Comments under their handles and times to the minute; the second one's header reads as a byline, `Name | date
      // time`, right under the first one's button.
      {
        text: [CS[0], '', CS[1], '', 'Diskuse (12)', 'Přidat komentář', 'jana_h | 12. 6. 2026 10:02', 'Bydlíme kousek od řeky a voda k nám dorazila až večer.', 'Odpovědět',
          'Petr K. | 12. 6. 2026 10:31', 'Koryto potoka se nečistilo nejmíň deset let. O tom se ale psát nebude.', 'Zobrazit všech 12 komentářů', ''].join('\n'),
        check: [7, 10], options: { language: 'cs' },
      },
      // Comments under their author and age (`MaribelG hace 2 h`), under the comments' counter or another comment's button.
      {
        text: [PROSE.es[0], '', PROSE.es[1], '', '12 comentarios', '', 'MaribelG hace 2 h',
          'Mi madre tiene 84 años y va a ese centro desde que se abrió.', 'Responder', '', 'Vecina del barrio hace 5 h', 'El jueves estuvimos más de mil personas.', 'Responder', ''].join('\n'),
        check: [6, 7, 10, 11], options: { language: 'es' },
      },
      // A Czech blog's comment: `napsal(a):` over the date, the text, `Odpovědět`.
      {
        text: [CS[0], '', CS[1], '', '2 komentáře', 'Jana Nováková napsal(a):', '4. 3. 2026 v 19:12', 'Taky jsem ji četla a konec mě dostal.', 'Odpovědět', ''].join('\n'),
        check: [5, 7], options: { language: 'cs' },
      },
      // Under a reader's handle and the time, over the Reply button.
      {
        text: [ID[0], '', ID[1], '', 'Komentar (1)', 'rina_wulandari88 · 3 jam lalu', 'Kerja di istana ternyata nggak seindah di film ya, kasihan pelayannya', 'Balas', ''].join('\n'),
        check: [6], options: { language: 'id' },
      },
      // The comment's date under it, over its Reply button; the author's name opens it (under the comments' notice).
      {
        text: ['Le musée rouvre ses portes', '', PROSE.fr[0], '', PROSE.fr[1], '', 'Commentaires (2)',
          'Les commentaires sont réservés aux abonnés. Connectez-vous pour réagir.', 'MarieJo71',
          'Enfin ! J’y allais enfant avec mon grand-père.', 'Il y a 2 heures', 'Répondre', ''].join('\n'),
        check: [8, 9],
      },
      // A comment under its author and a date no other rule took as the comment's (they are the post's byline shape).
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', 'Discussion about this post', '',
          'Tom Kessling', 'Mar 12', '', 'The bookmobile parked outside my mother’s building every other Thursday.', '', 'Reply', ''].join('\n'),
        check: [11],
      },
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', 'Discussion about this post', '',
          'Mar 12', '', 'The bookmobile parked outside my mother’s building every other Thursday.', '', 'Reply', ''].join('\n'),
        check: [8, 10],
      },
      {
        text: ['Oficina reúne 40 pessoas', '', EN[0], '', EN[1], '', '2 comentários em “Oficina reúne 40 pessoas”', '',
          'Marta Quintela disse:', '3 de março de 2025 às 19:42', 'Que bom ver a horta tão cheia de gente no sábado.', 'Responder', ''].join('\n'),
        check: [8, 10],
      },
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', '3 thoughts on “Council approves new budget”', '',
          'Maureen Tully says:', '', '14 May 2024 at 7:52 pm', '', 'We did the same on our street and it worked well for us.', '', 'Reply', '',
          'Sam Okafor says:', '', 'May 15, 2024 at 9:14 am', '', 'Great news for the allotments.', '', 'Second paragraph of the comment.', '', 'Reply', ''].join('\n'),
        check: [8, 12, 16, 20, 22],
      },
      // The author's name alone over the comment's date.
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', 'Leave a comment', '',
          'Priya D.', 'March 5, 2024 at 6:14 pm', 'Made these tonight with soup and my kids fought over the last one.', 'Reply', ''].join('\n'),
        check: [8, 10],
      },
      // A comment under its header with no Reply button: its votes, then the next header, end it.
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', 'Comments 87', 'The comments below have not been moderated.',
          'Wendy_in_Wirral, Birkenhead, United Kingdom, 2 hours ago', 'Beautiful bride, and no phones in the chapel is a brilliant idea.', '142', '9',
          'DaveyJ, Swindon, 1 hour ago', 'Never watched it. Who are these people?', '37', ''].join('\n'),
        check: [9, 13],
      },
      // A header with its reply button under the comment (`回复 赞(56)`).
      {
        text: ['公园改造完成', '', '网友评论', '西湖边的猫', '04-02 10:42', '薄是真的薄，就是这个价格有点劝退。', '赞 12 回复', ''].join('\n'),
        options: { language: 'zh' },
        check: [3, 5],
      },
      {
        text: ['公园改造完成', '', '网友评论', '栖溪老街坊 [栖溪市] 04-18 10:05', '拆了墙真是敞亮多了，以前那堵墙挡了几十年。', '回复 赞(56)', ''].join('\n'),
        options: { language: 'zh' },
        check: [4],
      },
      // A reader's name over the comment's date, under the comments' counter and form.
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', '4 thoughts on “Council approves new budget”', '', 'Sue from Tenby says:', 'March 4, 2026 at 8:12 am',
          'Lovely pond, we did the same last year.', 'Reply', ''].join('\n'),
        check: [8, 10],
      },
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', '47 Comments', 'Sort by Best', 'Join the discussion…', 'marlow_commuter', '3 hours ago',
          'I am a teacher and I live in Marlow too. Every word of this is true.', '12 Reply', ''].join('\n'),
        check: [9, 11],
      },
      {
        text: ['Council approves new budget', '', EN[0], '', EN[1], '', 'Comments (1)', 'Log In to comment', 'Janet Orr', 'Mar 14, 2025 7:41pm',
          'Mr. K taught me and both of our kids.', ''].join('\n'),
        check: [8],
      },
    ],
  },
  {
    detector: 'boilerplate/player-block',
    category: 'navigation',
    valid: [
      // A player's read-out with no dialog text beside it; a short subheading after a blank line below a player.
      {
        text: ['Council approves new budget', '', EN[0], '', 'Play Video', '', 'Current Time 0:00', '', EN[1], '', EN[2], ''].join('\n'),
        check: [4, 6],
      },
      {
        text: ['Council approves new budget', '', EN[0], '', 'Play Video', 'captions off, selected', '', 'What happens next', '', EN[1], '', EN[2], ''].join('\n'),
        check: [7],
      },
    ],
    invalid: [
      // A block of the player's texts with one dialog text and its short read-outs.
      {
        text: ['Neuer Radweg eröffnet', '', EN[0], '', 'Video wird geladen …', 'Video abspielen', 'Wiedergabe', 'Stummschalten', 'Aktueller Zeitpunkt 0:00', 'Dauer 1:52', '',
          EN[1], '', EN[2], ''].join('\n'),
        check: [5, 6, 7, 8, 9],
      },
      // A settings menu copied one entry per paragraph, between the player's texts.
      {
        text: ['Council approves new budget', '', EN[0], '', 'Captions Not Available', '', 'Auto', '', 'High (HD)', '', 'Closed Caption Settings', '',
          'Arial', '', 'Georgia', '', '75% (transparency)', '', 'Captions will look like this', '', EN[1], '', EN[2], ''].join('\n'),
        check: [6, 8, 12, 14, 16],
      },
      {
        text: ['Council approves new budget', '', EN[0], '', 'Video Player is loading.', 'Play Video', 'LIVE', 'Current Time 0:00', '1x',
          'Beginning of dialog window. Escape will cancel and close the window.', 'Text', 'Color', 'White', 'Reset', 'Done', 'Close Modal Dialog',
          'End of dialog window.', '', EN[1], '', EN[2], ''].join('\n'),
        check: [5, 6, 7, 8, 10, 11, 12, 13, 14],
      },
      // A French player's countdown, its button and its times.
      {
        text: ['Council approves new budget', '', EN[0], '', 'Publicité', 'Votre vidéo commence dans 5', 'Lecture', '00:00', '/', '01:12', 'Plein écran', '',
          EN[1], '', EN[2], ''].join('\n'),
        check: [6, 7, 9],
      },
    ],
  },
  {
    detector: 'boilerplate/headline-run',
    category: 'related-link',
    valid: [
      // A kicker glued over the headline, before the first paragraph: the article's header, not other stories.
      {
        text: ['Cronaca', '', 'Lo stop di 24 ore dei ferrovieri', 'Sciopero dei treni, Italia a metà: cancellato un convoglio su due', '',
          EN[0], '', EN[1], '', EN[2], '', EN[3], ''].join('\n'),
        check: [3],
      },
      // The writer's own list, led into with a colon.
      { block: ['This is what I tell people who write to me about starting one of their own:', '', 'Start with what grows easily where you live', 'Keep the rules short enough to fit on one index card', 'Write down every failure, not just the harvests'], check: [2, 3, 4] },
      // One subheading alone is the article's own.
      'How the council plans to fix the roads in the north',
      // A list under its lead-in line is the article's own list, not a sidebar.
      ['The plan includes three measures for the northern districts:', 'More buses for the northern districts of the city', 'Lower rents in the social housing blocks downtown'],
      // The writer's own figures, a label and a value each.
      { block: ['Původní rozpočet (2021): 3,2 mld. Kč', 'Po dodatcích č. 1–4 (2024): 4,1 mld. Kč', 'Aktuální odhad (březen 2026): 4,9 mld. Kč', 'Z toho dotace z EU: 1,45 mld. Kč'] },
      ['Days ridden: 191 out of 228 working days', 'Total distance: 2,826 km', 'Spent on the bike and kit: £486'],
      // Sentences glued together (a hard-wrapped paragraph) end in punctuation.
      ['The council also voted on the new parking rules for the city centre.', 'Most members supported the plan after a short debate on Tuesday.'],
    ],
    invalid: [
      ['How the council plans to fix the roads in the north', 'Why the mayor refused to raise taxes this year again', 'Schools in the northern districts close for repairs soon'],
      {
        block: ['Prabowo Tegaskan Komitmen Pemerintah Jaga Harga Beras Tetap Stabil', 'Rusia Memerintahkan Warga Sipil Untuk Meninggalkan Kota Kherson Segera', 'Pasukan Ukraina Kembali Merebut Desa Di Wilayah Timur Negeri'],
        lang: 'id',
      },
    ],
  },
  {
    detector: 'boilerplate/share',
    category: 'share',
    valid: [
      // A story on subscription prices states them in a sentence of its own, no offer.
      'The paper now charges $15 a month for a digital subscription, up from $10, the publisher said on Tuesday.',
      // A paragraph that names e-mail and the reader, over a subscribe button but with no heading over it, is the article's.
      { block: ['', 'Residents can send your questions to the council by e-mail before Friday, the clerk said.', 'Subscribe'], check: [1] },
      // A subheading under a channel prompt and a blank line is the article's.
      { block: ['Participe do canal do Portal N1 no WhatsApp', '', 'Cobrança na Câmara'], check: [2], lang: 'es' },
      // A subheading after a teaser that mentions signing up heads no sign-up box.
      { block: ['Related: How to sign up for county emergency alerts on your phone', '', 'Forecast offers little relief'], check: [2] },
      'Police asked anyone with information to contact them at the station on Mill Lane.',
      'The council pays 2 euro per week for each household in the scheme, the report said on Tuesday evening.',
      'This article is one of a series on the floods that the paper published over the winter.',
      // A date next to a sign-up prompt is the page's, not the box's heading.
      { block: ['Jueves 18 de septiembre de 2025', 'Suscribite'], lang: 'es', check: [0] },
      // Prose that mentions a new window, and a wrapped sentence ending in `like this:`.
      'The museum opens in a new window of time for visitors, with late hours on Fridays (opens in June).',
      { text: ['The council met on Tuesday and agreed to a new budget for the coming year, officials said.', '', 'The request would look', 'like this:', '', 'The council met again on Friday and agreed to the plan for the coming year, officials said.'].join('\n'), check: [3] },
      'Share prices fell sharply on Monday.',
      // A paragraph about an app store, and one between prompts with blank lines around it.
      'Google Play',
      { block: ['Sign up for our newsletter', '', 'The council will vote on the plan next week, after a consultation that drew some four hundred replies.', '', 'Subscribe to our newsletter'], check: [2] },
      // A paragraph glued over a sign-up box that does not speak to the reader.
      { block: ['The council will publish the full results of the survey next week, officials said.', 'Email address', 'Subscribe'], check: [0] },
      // A lone `X` (a chapter number, a mark) away from share buttons.
      { block: ['Chapter headings', 'X'], check: [1] },
      'The ministry launched a WhatsApp channel last year to send flood warnings to residents of the valley.',
      'The mayor will share the results of the survey next week.',
      'The company said 1.2 million shares changed hands on Friday.',
      'The newsletter sent to residents last week explained the plan in detail.',
      'Follow the money, the opposition leader told the council on Tuesday evening.',
      { block: 'Berita ini dibagikan lebih dari seribu kali di media sosial sejak Senin pagi.', lang: 'id' },
    ],
    invalid: [
      // The paper's subscription offer in its header, in English and French.
      'Limited time offer: Get 6 months of unlimited digital access for $1',
      { block: 'Offre spéciale : abonnez-vous pour 1 € le premier mois, sans engagement, et lisez tous nos articles.', lang: 'fr' },
      // A messaging channel's or a news reader's sign-up, long with its address (Indonesian).
      { block: 'Ikuti saluran WhatsApp KABARLEMBAH.ID untuk mendapatkan kabar terbaru dari Lembah Sari setiap hari: https://whatsapp.example/channel/kabarlembah', lang: 'id' },
      { block: '*Ikuti kabar terbaru Liga 1 dan bursa transfer pemain lewat kanal WhatsApp Bolanusa.com. Klik di sini untuk bergabung.*', lang: 'id' },
      { block: 'Simak berita dan artikel pilihan lainnya dari KABARLEMBAH.ID di Google News', lang: 'id' },
      { block: '扫一扫 在手机打开当前页', options: { language: 'zh' } },
      // A Czech blog's rating widget and like button.
      { text: [CS[0], '', CS[1], '', 'Ohodnoťte tento příspěvek:', 'Hodnocení: 4,6 z 5 (hlasů: 11)', 'To se mi líbí Načítání…', ''].join('\n'), check: [4, 5, 6], options: { language: 'cs' } },
      // A Q&A site's post buttons and a user card's badges; a recipe's rating and buttons; a call to share the result.
      'Share Improve this answer Follow',
      '5 gold badges',
      { block: ['★★★★★ 4,8 sur 5 (31 votes)', 'Imprimer la recette', 'Épingler'], lang: 'fr' },
      { block: 'Vous avez testé cette recette ? Mentionnez @carnetsdesolene sur Instagram !', lang: 'fr' },
      // A copy-link button among the networks, in Czech.
      { text: [CS[0], '', 'Sdílet Facebook X E-mail Kopírovat odkaz', '', CS[1], ''].join('\n'), check: [2], options: { language: 'cs' } },
      // A box's heading over a pitch that promises mail to the reader, over its lone button.
      { text: [CS[0], '', CS[1], '', 'Ranní Výhled', 'Nejdůležitější zprávy dne každé ráno v 6:00 do vašeho e-mailu.', 'Odebírat zdarma', ''].join('\n'), check: [4, 5, 6], options: { language: 'cs' } },
      { block: ['Newsletter Économie', 'Chaque vendredi, l’actualité des entreprises de la région dans votre boîte mail.', 'Je m’inscris'], lang: 'fr' },
      // A messaging channel's pitch under its prompt runs longer than a sign-up box's.
      ['Join our WhatsApp community', "Get the latest Brackenford news, sport and what's on sent straight to your phone. Tap here to join - you can leave at any time and we never share your number with anyone else."],
      // A sign-up box: its label, the newsletter's name, its pitch and its button.
      { block: ['Newsletter', 'Éco Matin', 'Chaque matin, l’essentiel de l’actualité économique décrypté par la rédaction', 'S’inscrire'], lang: 'fr' },
      { block: ['Newsletter ModemDenně', 'Každé ráno shrnutí nejdůležitějších zpráv ze světa technologií přímo do vaší e-mailové schránky.', 'Přihlásit k odběru'], options: { language: 'cs' } },
      { block: 'Ajouter à vos sélections', lang: 'fr' },
      // The author's address and accounts under their bio.
      'Email callum.ferreday@circuitledger.com // Mastodon @cferreday',
      { block: ['Odebírejte ranní zpravodaj Krajinfo24', 'Nejdůležitější zprávy z Vysočiny každý den v sedm ráno ve vaší schránce.', 'Zadejte e-mail', 'Odebírat'], options: { language: 'cs' } },
      'Share story',
      'e-mail',
      '1.2k shares',
      'Like Loading…',
      'Want more stories like this? Sign up for our free newsletter, The Vantage Daily.',
      '• Follow the Long Read on X at @longread, listen to our podcasts here and sign up to the long read weekly email here.',
      { block: 'Vous pouvez partager un article en cliquant sur les icônes de partage en haut de la page. Toute reproduction est interdite.', lang: 'fr' },
      'Share or comment on this article: Harbour Lights star Kezia Marlow marries co-star Rory Dunmore in a candlelit chapel ceremony',
      'Unlimited Digital Access: $1 for 4 weeks',
      { block: 'Il vous reste 72.41% de cet article à lire. La suite est réservée aux abonnés.', lang: 'fr' },
      { block: 'J’aime chargement…', lang: 'fr' },
      // A paywall's count of what is left, a first month's price, a Czech sign-up's consent.
      { block: 'Il vous reste 62% de cet article à lire. La suite est réservée aux abonnés.', lang: 'fr' },
      { block: 'Offre spéciale : abonnez-vous pour 1 € le premier mois, sans engagement.', lang: 'fr' },
      { block: 'Découvrir les offres', lang: 'fr' },
      { block: 'Odesláním souhlasíte se zpracováním osobních údajů.', options: { language: 'cs' } },
      'The following subscription-only content has been made available to you by a subscriber.',
      { block: ['Compartir en Facebook', 'Enviar por mail', 'Copiar link'], lang: 'es' },
      { block: ['Facebook', 'X.com', 'E-Mail'], lang: 'de' },
      '分享到：微信 微博 QQ空间',
      // A sign-up box: its heading over a pitch that promises mail, the button, the consent note; a follow prompt.
      { block: ['Gridline Daily', 'The biggest tech stories of the day, in one email every weekday evening.', 'Sign Up',
        'By submitting your email, you agree to our Terms and Privacy Notice.'] },
      { block: ['Cet article vous a plu ?', 'Abonnez-vous à Panorama Hebdo et accédez à tous nos articles et à nos archives.', 'Je m’abonne'], lang: 'fr' },
      { block: ['Vous avez aimé cet article ?', 'Recevez chaque vendredi l’essentiel de l’actualité du département dans votre boîte mail.', 'Je m’inscris'], lang: 'fr' },
      { block: ['Enjoyed this article?', 'The best of the week in your inbox every Sunday morning.', 'Sign up'] },
      { block: ['Boletín diario', 'Recibe gratis cada mañana en tu correo las noticias de la provincia.', 'Tu correo electrónico', 'Suscribirme'], lang: 'es' },
      'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.',
      // The writer's tagline with how to reach them.
      'Kendra Vollmer covers state government for the Register. Reach her at kvollmer@example.com or 555-0142.',
      'The Auto Wire newsletter brings you the biggest stories from the car industry every week. Sign up here.',
      { block: ['Newsletter', 'Recibe cada mañana en tu correo las noticias más importantes de la provincia.', 'Apúntate'], lang: 'es' },
      // A sign-up form's messages.
      'Something went wrong, please try again later.',
      'Thank you for subscribing!',
      // A subscription's price, a box's button, a banner's question.
      { block: 'Lees De Lantaarn digitaal vanaf 2 euro per week. Maandelijks opzegbaar.', options: { language: 'nl' } },
      { block: 'Onbeperkt toegang tot al onze artikelen?', options: { language: 'nl' } },
      // A messaging channel's prompt and its pitch under it; a bare email field.
      { block: ['Receba as notícias no WhatsApp', 'Entre no canal e receba as principais notícias do dia no seu celular.', ''], lang: 'es' },
      { block: ['Recibe cada mañana en tu correo las noticias más importantes.', 'Correo electrónico', 'Suscribirme'], lang: 'es' },
      { block: 'Comparte esta nota', lang: 'es' },
      // A paywall's notice and login prompt, the prompt to report a mistake, a sign-up box's consent note.
      { block: 'Cet article est réservé aux abonnés', lang: 'fr' },
      { block: 'Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten.', lang: 'de' },
      { block: 'Bereits Abonnentin oder Abonnent? Login', lang: 'de' },
      { block: 'Fehler gefunden? Jetzt melden.', lang: 'de' },
      'We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you.',
      { block: 'Ya soy suscriptor', lang: 'es' },
      { block: 'Apúntate', lang: 'es' },
      // A copied link's notice, a channel promotion, the site's app.
      { block: 'Tautan sudah tersalin', lang: 'id' },
      { block: 'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Warta Kita WhatsApp Channel : https://example.com/channel', lang: 'id' },
      { block: 'Download Apps Warta Kita Sekarang https://apps.example.com/', lang: 'id' },
      'Share full article',
      { block: 'Offrir l’article', lang: 'fr' },
      { block: 'Lire plus tard', lang: 'fr' },
      { block: 'URL telah disalin', lang: 'id' },
      // A profile's counts, a sign-up box's email field and its thanks, a like button alone.
      '1.2K Followers',
      '·86 Following',
      'Type your email…',
      { block: 'Votre adresse e-mail', lang: 'fr' },
      'Inserisci la tua email',
      { block: 'Geben Sie Ihre E-Mail-Adresse ein', lang: 'de' },
      { block: 'Masukkan alamat email', lang: 'id' },
      'Thanks for reading! Subscribe for free to receive new posts and support my work.',
      'Curtir',
      'Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest',
      // A blog's share bar and like button.
      'Click to share on Twitter (Opens in new window)',
      '61Click to share on Facebook (Opens in new window)61',
      'Click to email a link to a friend (Opens in new window)',
      { block: 'Klik untuk berbagi via Facebook (Membuka di jendela yang baru)', lang: 'id' },
      { block: 'Haz clic para compartir en WhatsApp (Se abre en una ventana nueva)', lang: 'es' },
      'Like this:',
      'Like Loading...',
      { block: 'Suka ini:', lang: 'id' },
      // How to reach the writer.
      'Contact Corinne Maddox at cmaddox@example.com or 555-0173; follow her on X @CorinneRides.',
      'Benjamin Rowe: 206-555-0193 or browe@example.com; on X: @browe.',
      'Share',
      'Share this article',
      'Share on Facebook',
      // A site's app box: the prompt, its pitch between prompts, the stores' badges.
      { block: ['Download de app van Omroep Noord', 'Het laatste nieuws, verkeer en weer uit jouw regio altijd bij de hand.', 'Download in de App Store', 'Ontdek het op Google Play'] },
      'Get it on Google Play',
      { block: ['Download our app', 'App Store', 'Google Play'] },
      { block: 'Scarica l’app', lang: 'en' },
      // A recipe blog's call to share; a sign-up box's pitch over its field and button.
      'Did you make this recipe? Tag @saltboxkitchen on Instagram and hashtag it #saltboxkitchen',
      { block: ['Never miss a recipe! New recipes in your inbox every Sunday.', 'Email address', 'Subscribe'] },
      // A box's heading with a figure in its name.
      { block: ['Morning Briefing in 5 minutes', 'Sign up for our newsletter'], check: [0] },
      // A one-letter network in a column of buttons.
      { block: ['Share', 'Facebook', 'X', 'WhatsApp'], check: [2] },
      'Facebook Twitter Email',
      // The copy-link button among the networks.
      { block: 'Facebook Twitter WhatsApp Telegram Salin Link', lang: 'id' },
      { block: 'Bagikan: Facebook Twitter WhatsApp LinkedIn', lang: 'id' },
      'tweet share Reddit Pocket Flipboard Email',
      { block: 'Kopírovat url adresu', options: { language: 'cs' } },
      'Share on FacebookShare on Twitter',
      'Follow us on Twitter',
      'Sign up for our newsletter',
      'Subscribe to our daily newsletter',
      { block: 'Dapatkan update berita pilihan dan breaking news setiap hari dari Warta Kita. Mari bergabung di Grup Telegram "Warta Kita Update", caranya klik link https://t.me/wartakita, kemudian join.', lang: 'id' },
      'Got a story? Email tips@example.com or call 0800 123 456',
      { block: 'Bagikan', lang: 'id' },
      { block: 'Bagikan artikel ini', lang: 'id' },
      { block: 'Ikuti kami di Google News', lang: 'id' },
      { block: 'Partager sur Facebook', lang: 'fr' },
      { block: 'Suivez-nous sur Twitter', lang: 'fr' },
      { block: 'Artikel teilen', lang: 'de' },
      { block: 'Folgen Sie uns auf Facebook', lang: 'de' },
      { block: 'Compartir en Facebook', lang: 'es' },
      { block: 'Síguenos en Twitter', lang: 'es' },
      // Sign-ups written as a full sentence: a messaging channel, a newsletter in other languages.
      'Get the latest news from the Harbour Gazette on WhatsApp. Join our channel today.',
      { block: 'Dapatkan update berita pilihan setiap hari. Mari bergabung di saluran WhatsApp kami.', lang: 'id' },
      // Dutch (no Dutch article here: the rule reads the words, whatever the document's language).
      'Schrijf je in voor de nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox.',
    ],
  },
  {
    detector: 'boilerplate/advertisement',
    category: 'advertisement',
    valid: [
      // A paragraph after an ad marker, with no price and no advertiser closing it, is the article's.
      { block: ['Anzeige', 'Die Firmware soll ab Montag an alle Geräte verteilt werden, teilte der Hersteller mit.'], lang: 'de', check: [1] },
      '$5 at the door for adults, children free.',
      'Tickets cost $749 at the box office, the organisers said on Monday.',
      // A bet in the story, with no small print under it.
      'Fans who placed a bet on the club before the season are now celebrating odds of 500 to 1.',
      'The advertisement campaign cost the council more than it had planned.',
      'Ads for the new bus line will run on local radio from next week.',
      { block: 'Iklan rokok dilarang tampil di televisi pada jam tayang anak-anak menurut aturan baru.', lang: 'id' },
      'The retailer paid bloggers through affiliate links, the regulator found in a report published on Tuesday.',
    ],
    invalid: [
      // A Chinese advert under its label, closing on its call to buy and a double arrow.
      { block: ['广告', '夏日清凉季 空调以旧换新至高补贴1500元 立即抢购>>'], options: { language: 'zh' } },
      { block: ['广告', '春季焕新季 以旧换新至高补贴1500元 点击了解'], options: { language: 'zh' } },
      // The advert glued under its marker: a price, its advertiser after a dash.
      { block: ['Anzeige', 'Glasfaser für Ihr Zuhause: Jetzt Verfügbarkeit prüfen und 6 Monate nur 19,99 € zahlen – Nordnetz'], lang: 'de' },
      // A review's buy buttons; a tech site's affiliate disclosure.
      '$749 at Best Buy',
      { block: '€699 bei Elektro Kolb', lang: 'de' },
      'If you buy something from a Gridline link, Gridline Media may earn a commission. See our ethics statement.',
      'Advertisement · Scroll to continue',
      'Report This Ad',
      'When you buy a book using a link on this page, we may earn a commission.',
      // A betting advert: its offer over its small print.
      { block: ['Bet on the next match with OddsLane – new customers get £30 in free bets', '18+ | BeGambleAware.org | T&Cs apply'] },
      // The other half of an ad marker pair, a network's feedback link.
      'SKIP ADVERTISEMENT',
      'Ad Feedback',
      'ADVERTISEMENT',
      'Advertisement',
      '- Advertisement -',
      'SCROLL TO CONTINUE WITH CONTENT',
      'Story continues below advertisement',
      'Want to see fewer ads? Become a member.',
      // A blog's disclosure that it is paid for links.
      'This post may contain affiliate links. Please read my disclosure policy.',
      'As an Amazon Associate I earn from qualifying purchases.',
      'Bytewell may earn an affiliate commission when you buy through links on our site. How we test and review products',
      { block: 'Iklan', lang: 'id' },
      { block: 'Publicité', lang: 'fr' },
      { block: 'La suite après cette publicité', lang: 'fr' },
      { block: 'Anzeige', lang: 'de' },
      'Sponsor Message',
      // A shop's affiliate button.
      { block: 'Voir l’offre', lang: 'fr' },
      { block: 'Werbung', lang: 'de' },
      { block: 'Publicidad', lang: 'es' },
    ],
  },
  {
    detector: 'boilerplate/navigation',
    category: 'navigation',
    valid: [
      // A paragraph under a `Tags` heading is no tag.
      { block: ['Tags', 'The council tags every bin in the district with a chip, which lets crews see which streets were missed.'], check: [1] },
      // A figure and a time in prose; two parts with an arrow, ending a sentence.
      'The trip took 1:26 in total.',
      // An article's own survey figures, with no poll label or vote count.
      { block: ['Asked whether they cross the bridge daily, residents answered:', 'Yes, daily 38 %', 'Sometimes 27 %', 'Never 14 %'], check: [1, 2, 3] },
      // A program's output: numbers that do not go up are no page numbers.
      { block: ['print(response.status_code, len(items))', '', '200 50'], check: [2] },
      'Read 12 times over by the council.',
      // Han prose has no spaces between its words; a count in brackets after a word is no archive.
      '大桥通车后，芦花乡的群众到县城只需要20分钟左右。',
      'Volunteers (12) cleared the path.',
      // Prose that opens like a post's tags or its links.
      'Posted in 2019, the video drew two million views within a week, the council said.',
      'Tagged as a threat by the agency, the group appealed the decision in court last year.',
      'Next article in the series will look at the rail network.',
      'The team won 5 of 23 games last season',
      'Keyword research, explained',
      'Author Toni Morrison once lived here',
      'Picture-in-Picture',
      // A player's read-outs alone: only among its other texts (player-block).
      'Play Video',
      'Current Time 0:00',
      'He moved back home to be closer to his parents.',
      'The menu at the new school canteen will change every week.',
      'Next, the council will vote on the parking rules.',
      'Previous studies found no link between the two, the researchers said.',
      'Next week the council votes on the new parking rules for the centre.',
      // `Yes` and `No` away from a feedback question; a time under prose.
      { block: ['Did the council agree?', 'Yes'], check: [1] },
      { block: ['The tunnel reopened after the repairs.', '4 min'], check: [1] },
      { block: ['## Home', '', 'Most residents own their home, the survey found last year.'], options: { markdown: true }, check: [0] },
      // A Chinese subheading in 【】, and a spec line's values split by slashes after its label.
      { block: '【轻薄与续航】', options: { language: 'zh' } },
      // A one-word heading between paragraphs, glued over its section.
      { block: ['The @tabs keyword now finds tabs in other windows.', '', 'Settings', 'The Privacy page has been split into three shorter sections:'], check: [2] },
      { block: '内存与存储：12GB+256GB / 16GB+512GB / 16GB+1TB', options: { language: 'zh' } },
      { block: ['| News | Sport | Weather |', '|---|---|---|', '| 3 | 5 | 2 |'], options: { markdown: true } },
    ],
    invalid: [
      // A blog archive's months; an encyclopedia's categories line; a hatnote under its tagline; a contents label.
      { block: ['Archiv', 'Březen 2026 (2)', 'Únor 2026 (4)'], check: [1, 2] },
      'Categories: 1879 disasters in England | Dam failures in England | Floods in Westmarch | History of Lenwater | March 1879 events',
      { block: ['From Wikistead, the free encyclopedia', 'For the 1952 flood, see Lenwater flood of 1952.'], where: 'before' },
      'On this page',
      // A Q&A site's answers heading, sort control and notice; a breadcrumb from home to a long page title.
      { block: ['3 Answers', 'Sorted by:', 'Highest score (default)'] },
      "Not the answer you're looking for? Browse other questions tagged java hashmap or ask your own question.",
      { block: 'Accueil » Recettes » Desserts » Far breton aux pruneaux de ma grand-mère', lang: 'fr' },
      // The banner over a US government site.
      { block: ['An official website of the State of Merrimont', "Here's how you know", 'Official websites use .gov', 'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS', "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites."], where: 'before' },
      'Page: 1 2 3 Next →',
      // A reader poll: its label, question, answers with their shares and the vote count.
      { block: ['Anketa', 'Jezdíte přes most u Pstružné pravidelně?', 'Ano, denně 38 %', 'Občas 27 %', 'Vůbec ne 14 %', 'Hlasovalo 1 204 čtenářů'], options: { language: 'cs' } },
      { block: '上证指数 3312.58 +0.41%  深证成指 10486.22 +0.73%  创业板指 2135.90 +1.02%', options: { language: 'zh' } },
      // Tags one a line glued under their label.
      { block: ['Tag:', 'kecelakaan bus', 'tol cibatari-sukawening', 'sopir mengantuk'], lang: 'id', check: [1, 2, 3] },
      { block: '打印本页 关闭窗口', options: { language: 'zh' } },
      { block: '大 中 小', options: { language: 'zh' } },
      'Index entries for this article',
      'Story continues',
      'How we reviewed this article:',
      { block: ['Video: Nejostřejší výměny z pondělní debaty lídrů za tři minuty', '3:24'], options: { language: 'cs' }, check: [1] },
      '12k Accesses',
      'Check for updates. Verify currency and authenticity via CrossMark',
      'Found a problem with this page?',
      'Full size image',
      'Google Scholar',
      { block: ['Related Topics ------------------------------------------', 'Affordable Housing', 'Zoning'] },
      { block: ['Subjects', 'Coral reefs', 'Microbial ecology'] },
      'Back to Gallery',
      'How can we help?',
      '214 people found this helpful',
      // A help page's feedback widget: its buttons under its question; an audio version's length under its player.
      { block: ['Was this article helpful?', 'Yes', 'No'] },
      { block: ['Écouter cet article', '4 min'], lang: 'fr' },
      'View image in fullscreen',
      'Video of the Day',
      'View Slideshow',
      'Tagged: maintainers, support, surveys',
      { block: 'Écouter', lang: 'fr' },
      // An encyclopedia's tabs copied as one row; a Chinese page's report and font-size buttons.
      'Read Edit View history',
      { block: '举报', options: { language: 'zh' } },
      // How often the page was read; a player's time; a breadcrumb of two with its arrow.
      { block: 'Počet přečtení: 1 234', options: { language: 'cs' } },
      '12,408 views',
      '00:00 / 01:26',
      { block: 'Blogy › Hobby a zahrada', options: { language: 'cs' }, },
      'Method of Research',
      // A breadcrumb with full-width separators.
      { block: 'トップ ＞ 地域 ＞ 潮見・港北', options: { language: 'ja' } },
      // A post's hashtags on their own line; a Chinese blog's category label with its value.
      '#pottery #ceramics #wheel throwing',
      { block: '#台南美食 #台南牛肉麵 #中西區美食', options: { language: 'zh' } },
      { block: '個人分類：台南美食', options: { language: 'zh' } },
      { block: '此分類上一篇：【台南東區】阿月虱目魚粥｜早上六點就開賣的銅板早餐', options: { language: 'zh' } },
      { block: 'Lihat Foto', lang: 'id' },
      // Turkish capitals: `İ` is the capital of `i`, `I` of `ı` (case-insensitive matching pairs `I` with `i`).
      { block: ['GÜNDEM', 'EKONOMİ', 'SAĞLIK', 'İletişim'], options: { language: 'tr' }, check: [0, 1, 2, 3] },
      'In This Article',
      'Was this page helpful?',
      // A story archive's metadata labels, stats and kudos.
      'Rating:',
      'Additional Tags:',
      'Stats: Published: 2025-10-19 Updated: 2025-11-02 Words: 6,847 Chapters: 2/? Kudos: 158',
      'fernleaf_and_rust, oriole_ink, Tamsin_Oakes, and 158 more users as well as 47 guests left kudos on this work!',
      { block: 'Bild vergrößern', lang: 'de' },
      { block: 'Zur Merkliste hinzufügen', lang: 'de' },
      // A blog's sidebar: the archive tree and its widgets' labels.
      '►  2025 (11)',
      '▼  March (2)',
      'Blog Archive',
      'View my complete profile',
      'About Me',
      'Followers',
      'Load more...',
      'Buy Now',
      'From:',
      // A Chinese page's utility bar, channel menu and buttons.
      '手机版 | 客户端 | 设为首页 | 加入收藏',
      '首页 新闻 国内 国际 财经 体育 娱乐 科技',
      '【打印】【关闭窗口】',
      'Edit on GitHub',
      { block: 'Zobrazit celou galerii', options: { language: 'cs' } },
      { block: 'Otevřít galerii', options: { language: 'cs' } },
      // A science news site's badges over a republished release.
      { block: ['Editors’ notes', 'Fact-checked', 'Peer-reviewed publication', 'Trusted source', 'Proofread'] },
      { block: 'Sujets associés', lang: 'fr' },
      'WEATHER ALERT: Winter Storm Warning in effect until 6 PM',
      // Two links of the page's own; a breadcrumb after its label.
      'Log in | Register',
      'You are here: Home > News > Local',
      // A live blog's toggles and notices.
      'Show key events only',
      'Please turn on JavaScript to use this feature',
      // A link's prompt; a video player's modal text.
      'Click here to receive live updates on the US election',
      'This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.',
      // A recipe card's buttons, rating and keywords.
      'Jump to Recipe',
      'Print Recipe',
      '5 from 23 votes',
      '4.8 out of 5 stars (112 ratings)',
      'Keyword flatbread, no yeast bread, yogurt flatbread',
      // An encyclopedia's tabs and toggles, and its sister project's box.
      'View history',
      '12 languages',
      'Toggle the table of contents',
      'Wikivale Commons has media related to Marrowby.',
      'From Wikivale, the free encyclopedia',
      // An article's read-aloud button.
      { block: 'Escuchar nota', lang: 'es' },
      // An encyclopedia's chrome.
      'From Wikipedia, the free encyclopedia',
      'Jump to navigation Jump to search',
      'Retrieved from "https://en.wikipedia.org/w/index.php?title=Harbour_Town&oldid=912"',
      // A blog's post links, sections and tags.
      'Next article These Weeks in Firefox: Issue 86 January 19, 2021',
      'Previous Post: The broad beans are finally in',
      { block: 'Artikel Sebelumnya Harga Cabai Naik Lagi', lang: 'id' },
      'Posted in News',
      'Tagged jobs, stack overflow',
      'Filed to:metroid',
      'Labels: Google Play, Android Developer',
      { block: 'Kategori: Kopi, Cerita Kedai', lang: 'id' },
      { block: 'Etiquetas: huerto, agua de lluvia', lang: 'es' },
      'In "News"',
      { block: 'Dalam "Kopi"', lang: 'id' },
      // A video player's texts.
      'captions off, selected',
      { block: 'Votre vidéo commence dans 5', lang: 'fr' },
      'Listen to this article · 31:40 min Learn more',
      { block: 'Écouter cet article · 4:12', lang: 'fr' },
      'captions settings, opens captions settings dialog',
      'This is a modal window.',
      'Beginning of dialog window. Escape will cancel and close the window.',
      'Stream TypeLIVE',
      'Video Player is loading.',
      'Unfortunately, this video is not available in your region.',
      '← Previous: Chasing Quick Fixes To Sustainability',
      // Page numbers of a story split over pages.
      { block: 'Halaman 1 2 Selanjutnya', lang: 'id' },
      'Page 1 2 3 Next',
      'Next Chapter →',
      'Older Article',
      'Next story',
      'Home',
      'Menu',
      'Skip to main content',
      'Home > News > World',
      'News | Sport | Weather | Culture',
      '×',
      { block: 'Beranda › Berita › Nasional', lang: 'id' },
      { block: 'Selanjutnya', lang: 'id' },
      { block: 'Accueil > Actualités > Monde', lang: 'fr' },
      { block: 'Startseite > Politik > Inland', lang: 'de' },
      { block: 'Inicio > Noticias > Internacional', lang: 'es' },
    ],
  },
  {
    detector: 'boilerplate/comments',
    category: 'comments',
    valid: [
      'Residents let us know their views at the meeting, and the comments were passed to the council.',
      // Prose that opens like a comment form or the comments' heading.
      'You must be logged in to the VPN before you open the archive, the guide says.',
      'Two thoughts on “the plan” stood out at the meeting, the mayor said.',
      'The comments section of the newspaper was closed after the election.',
      'Three comments were made by the auditors.',
      'Reply cards were sent to every household in the district.',
      'Post a comment on the council website, the mayor urged residents on Tuesday.',
      'Wendy, a nurse from Birkenhead, arrived 2 hours ago.',
    ],
    invalid: [
      // A counter of readers and comments on one line, a comment's header with the year and where the reader is.
      { block: '已有214人参与 86条评论', options: { language: 'zh' } },
      { block: '溪边的老周 [鹤鸣区] 2026-07-23 09:14:05', options: { language: 'zh' } },
      // The comments' rules under their heading.
      { block: ['38 Comments', 'Welcome to the discussion. Keep it civil and stay on topic. No personal attacks or threats. Comments that break these rules will be removed.'] },
      // A comment on a Q&A post, signed with its author and time; its folded comments.
      'Are you sure it is the same map instance? Print the identity hash in both places. – Priya Anand Feb 27, 2023 at 16:03',
      'Show 1 more comment',
      { text: [CS[0], '', CS[1], '', 'Diskuse (41)', 'Karel_B | před 12 minutami', ''].join('\n'), check: [5], options: { language: 'cs' } },
      // A reader's handle and when they wrote, to the minute.
      { text: [CS[0], '', CS[1], '', 'Diskuse (12)', 'jana_h | 12. 6. 2026 10:02', ''].join('\n'), check: [5], options: { language: 'cs' } },
      { block: 'bitflipper · 27.11.2025 12:03', lang: 'de' },
      { block: 'Jadilah yang pertama berkomentar!', lang: 'id' },
      // The story's call to comment at the end of a longer line.
      "Do you work at Brackenford General or St Aldric's? Tell us what you think in the comments below.",
      // A reader's handle and how long ago they wrote.
      { block: 'rina_wulandari88 · 3 jam lalu', lang: 'id' },
      'harbour_watcher · 2 hours ago',
      'Read the comments',
      'Moira Vance said...',
      // The comments' heading and counters under a related list: the list ends at the heading, these are the comments'.
      { block: ['相关新闻', '鹤鸣区今年将完成12个老旧小区改造 2026-03-19', '', '网友评论', '已有328条评论，2156人参与', '登录 | 注册 发表评论'], options: { language: 'zh' }, check: [3, 4, 5] },
      // A reader's comment's header: the reader, where from, when.
      'Wendy_in_Wirral, Birkenhead, United Kingdom, 2 hours ago',
      { block: '晨跑的阿明 [栖溪市] 04-18 10:32', options: { language: 'zh' } },
      'Share what you think',
      'The comments below have not been moderated.',
      'Sort by Best',
      { block: '全部评论 146', options: { language: 'zh' } },
      'Join the discussion…',
      'Sign in or create your Sentinel account to join the discussion',
      'Reader Comments (112)',
      'Promoted Comments',
      'jump to post',
      { block: '共86条评论', options: { language: 'zh' } },
      { block: '查看全部86条评论 >', options: { language: 'zh' } },
      { block: '赞(512) 回复', options: { language: 'zh' } },
      { block: 'Diskuse k článku (7)', options: { language: 'cs' } },
      { block: 'Zobrazit celou diskusi', options: { language: 'cs' } },
      'Enter your comment here...',
      { block: '已有3条评论', options: { language: 'zh' } },
      { block: '回复 点赞(36)', options: { language: 'zh' } },
      'By joining the conversation you are accepting our community guidelines.',
      '(Log in to post comments)',
      '[Reply to this comment]',
      { block: 'Los comentarios publicados son de exclusiva responsabilidad de sus autores.', lang: 'es' },
      'Delete',
      'What do you think of the proposed rise? Let us know in the comments below.',
      { block: 'Inicia sesión para comentar', lang: 'es' },
      { block: 'Silakan masuk untuk menulis komentar.', lang: 'id' },
      { block: 'Ir a los comentarios', lang: 'es' },
      'See all responses',
      // A counter behind a verb, a German prompt.
      { block: 'Ver 184 comentarios', lang: 'es' },
      'See all 184 comments',
      { block: 'Kommentare lesen', lang: 'de' },
      // A blog's comments: their heading, the form and its notices, a field of it.
      '13 thoughts on “Forty water butts and a very long hosepipe”',
      '2 comments on “These Weeks in Firefox: Issue 85”',
      { block: '2 tanggapan untuk “Semusim di Ngadisuko”', lang: 'id' },
      { block: '2 comentarios en «Ya tenemos depósito»', lang: 'es' },
      'There are 13 comments',
      'Leave a Reply',
      'Cancel reply',
      'Your email address will not be published. Required fields are marked *',
      'Save my name, email, and website in this browser for the next time I comment.',
      'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
      'You must be logged in to leave a comment. Log in or create an account.',
      'Name *',
      'Email *',
      { block: 'Tinggalkan Balasan', lang: 'id' },
      { block: 'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *', lang: 'id' },
      { block: 'Deja una respuesta', lang: 'es' },
      { block: 'Votre adresse e-mail ne sera pas publiée.', lang: 'fr' },
      { block: 'Deine E-Mail-Adresse wird nicht veröffentlicht.', lang: 'de' },
      'Expand Comments +',
      // The section's label alone.
      'Comments',
      { block: 'Kommentare', lang: 'de' },
      '12 comments',
      'Comments (12)',
      'Reply',
      'Show comments',
      'View all comments',
      '75 with 51 posters participating',
      { block: '12 komentar', lang: 'id' },
      { block: 'Lihat semua komentar', lang: 'id' },
      { block: 'Tulis komentar', lang: 'id' },
      { block: '12 commentaires', lang: 'fr' },
      { block: '24 Kommentare', lang: 'de' },
      { block: '12 comentarios', lang: 'es' },
    ],
  },
  {
    detector: 'boilerplate/copyright',
    category: 'copyright',
    valid: [
      // A sentence that names a contact but gives no number or address.
      'Contact: the town office will answer questions from residents on Monday.',
      // Prose on advice, not the site's disclaimer.
      'The pharmacist said the leaflet gave medical advice that was out of date, and the council agreed to reprint it.',
      // Prose about a licence or a theme.
      'The documentation was licensed under a new agreement with the county last year, the clerk said.',
      'Theme: the harbour. The exhibition opens by the water on Friday.',
      'We use cookie crumbs for the base; it is essential to press them down firmly.',
      // After a release's end mark, its `About` heading takes the one line under it: text glued on after it stays.
      { text: ['###', 'About Hartfield Water', 'Hartfield Water is a regional water utility serving three counties.', EN[0], EN[1], EN[2], ''].join('\n'), check: [3, 4, 5] },
      // `About …` in a story, with no end mark before it.
      { block: ['About the flood defences', 'The council said the new walls would protect some four hundred homes along the river.'] },
      'The report, originally published in 2019, found that the river had risen by a metre.',
      'The publisher lost a copyright lawsuit against the search engine last year, a case that cost millions.',
      'The newspaper was powered by advertising revenue for most of its history, its former editor said.',
      'The photo is licensed under a Creative Commons licence, the museum said on Tuesday.',
      { block: 'Penerbit itu menggugat perusahaan teknologi atas pelanggaran hak cipta foto-foto banjir yang tersebar luas.', lang: 'id' },
      // Cookies in the story, not the site's banner.
      'We use cookie crumbs for the base of the cheesecake, pressed into the tin with the back of a spoon.',
      'The regulator said the company uses cookies to follow readers across sites without their consent.',
      'Chocolate chip cookies',
      'The registration of the paper at the court took three weeks, its editor said on Monday evening.',
      'The bakery sold four hundred cookies on Saturday, and its owner said the queue reached the station.',
    ],
    invalid: [
      { text: [CS[0], '', CS[1], '', 'Vytvořeno pomocí WordPress.com.', ''].join('\n'), check: [4], options: { language: 'cs' } },
      // A release's contact with a number and an address.
      'Contact: Theresa Vukovich, 555-0100, theresa.vukovich@dep.merrimont.example',
      // A footer's menu row that names the site's terms.
      'About Us Contact Us Terms & Conditions Cookie Notice Corrections & Clarifications',
      { block: 'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.', where: 'after' },
      // A journal's licence and its publisher's note under the paper.
      { block: 'Open Access This article is licensed under a Creative Commons Attribution 4.0 International License, which permits use, sharing, adaptation, distribution and reproduction in any medium or format.', where: 'after' },
      { block: 'Publisher’s note Halvard Scientific remains neutral with regard to jurisdictional claims in published maps and institutional affiliations.', where: 'after' },
      { block: '澜公网安备33010602011234号', options: { language: 'zh' } },
      // A health site's disclaimer under every page.
      'Halverly Health does not provide medical advice, diagnosis or treatment.',
      'This material is provided for educational purposes only and is not intended to be a substitute for professional medical advice.',
      // A footer running on after its sign with the terms of use, longer than a copyright line usually is.
      '© 2026 Kestrel Digital Media. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated 1/1/2026) and Privacy Policy and Cookie Statement (updated 1/1/2026) and Addendum (effective 8/21/2018). We may earn compensation on sales from links on this site. Read our affiliate link policy.',
      // A documentation site's licence, a hosted blog's footer, a Czech cookie notice naming the cookies last.
      'Documentation licensed under CC BY 4.0. Code samples are released under the MIT License.',
      'Blog at Quillpost.com.',
      'Theme: Rowan by Ashgrove Themes.',
      { block: 'Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie.', options: { language: 'cs' } },
      // A cookie banner: its heading, notices and buttons.
      'Cookies on Example.gov',
      'We use some essential cookies to make this website work.',
      'We’d like to set additional cookies to understand how you use the site and improve our services.',
      'Accept additional cookies',
      'Reject additional cookies',
      'View cookies',
      'All content is available under the Open Government Licence v3.0, except where otherwise stated',
      'Built with Sphinx using a theme provided by Read the Docs.',
      // A footer's copyright after its notice is the page's, not a photo's.
      { block: 'Tous droits réservés. © Panorama Hebdo', lang: 'fr' },
      // A press release's tail after its end mark: the company's `About`, the disclaimer, the media contact.
      { block: ['###', '', 'About Hartfield Water', 'Hartfield Water is an investor-owned regional water utility serving 140,000 customers in three counties.', '', 'Media contact:'], check: [2, 3, 5] },
      'This news release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.',
      // An encyclopedia's footer.
      'This page was last edited on 11 February 2025, at 09:12 (UTC).',
      'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
      // Where the story first appeared, in print or on another site.
      'A version of this article appears in print on Nov. 27, 2025, Section A, Page 18 of the edition with the headline: Fares Rise.',
      { block: 'Artikel ini telah tayang di [Warta Kita](https://example.com/) dengan judul Harga Beras Naik, [https://example.com/2025/11/harga-beras-naik](https://example.com/2025/11/harga-beras-naik)', lang: 'id' },
      { block: 'Artikel ini merupakan terjemahan dan saduran dari Starwatch Weekly dan Hollywood Ledger.', lang: 'id' },
      'Originally published at www.example.com on November 18, 2011.',
      'This article appears in the May 2026 issue of The Alder Review. Subscribe to the magazine.',
      // A republished release's notice and its sources (under a science news site's copy).
      'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
      'This essay was first published in The Harbour Review in 2019.',
      'This site and its articles are licensed under a Creative Commons Attribution-ShareAlike 4.0 License.',
      '© 2024 Daily News',
      'Copyright 2024 Daily News Ltd',
      '(c) 2023 Example Media Group',
      'All rights reserved',
      'Powered by WordPress',
      { block: 'Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin.', lang: 'id' },
      { block: 'Tous droits réservés', lang: 'fr' },
      { block: 'Alle Rechte vorbehalten', lang: 'de' },
      { block: 'Todos los derechos reservados', lang: 'es' },
      // A consent banner and the link to its settings, in several languages.
      'This website uses cookies to improve your experience. By continuing to browse you accept their use.',
      'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.',
      'Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti.',
      { block: 'Nosotros y nuestros socios utilizamos cookies y tecnologías similares para medir la audiencia y mostrarte publicidad personalizada.', lang: 'es' },
      'We and our partners use cookies to personalise content and ads and to analyse our traffic.',
      { block: 'Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten und die Zugriffe auf unsere Website zu analysieren. Mit Ihrer Zustimmung auch für Werbung.', lang: 'de' },
      { block: 'Ce site utilise des cookies pour mesurer son audience et vous proposer des publicités adaptées.', lang: 'fr' },
      { block: 'Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.', lang: 'id' },
      'Cookie settings',
      'Preferenze cookie',
      { block: 'Gestion des cookies', lang: 'fr' },
      'Nastavení cookies',
      // The paper's legal registration.
      'Registrazione al Tribunale di Serravento n. 1187 del 14/09/1998. Direttore responsabile: Lorenzo Anselmi Greco.',
      { block: 'Depósito legal: M-12345-2020', lang: 'es' },
    ],
  },
  {
    detector: 'boilerplate/spam',
    category: 'spam',
    valid: [
      'The new law bans online gambling sites, including those advertising slot gacor games to teenagers across the region.',
      {
        block: 'Polisi menangkap lima orang yang diduga mengelola situs judi online dan togel di sebuah rumah kontrakan di Bekasi pada Kamis malam.',
        lang: 'id',
      },
      // A short sentence of the news, or a quote, that names gambling once.
      { block: 'Tersangka mengaku terlilit utang karena judi online selama dua tahun terakhir.', lang: 'id' },
      { block: '"Saya kalah main judi online. Saya menyesal," ucap Rendra menirukan pengakuan MR.', lang: 'id' },
    ],
    invalid: [
      // A sentence stuffed with the words.
      { block: 'Situs slot gacor terpercaya dengan RTP live tertinggi hari ini.', lang: 'id' },
      'slot gacor hari ini',
      'Buy cheap viagra online',
      { block: 'Result SGP hari ini', lang: 'id' },
      { block: 'TOGEL HARI INI', lang: 'id' },
      { block: 'Situs slot gacor maxwin terpercaya', lang: 'id' },
    ],
  },
  {
    detector: 'boilerplate/url',
    category: 'url',
    valid: [
      'See the full report at https://example.com/report for more details on the budget.',
      { block: 'Read the [budget documents](https://example.com/budget) before the meeting on Friday.', options: { markdown: true } },
      // The writer's sources: a list of addresses, one a reference runs on past.
      { block: ['https://example.com/harbour-report', '', 'https://example.org/dredging-data'] },
      { block: ['https://example.com/harbour-report', '', 'https://example.org/dredging-data'], where: 'after' },
      { block: ['Harbour Authority, "Annual dredging report", 2024,', 'https://example.com/dredging,', 'retrieved May 2025.'], check: [1] },
      // A contact block's labelled address (an RFC's authors' addresses), and a list of addresses.
      'Email: fkooman@tuxed.example',
      ['press@council.example', 'planning@council.example'],
    ],
    invalid: [
      'https://example.com/story',
      'www.example.com',
      '<https://example.com/story>',
      // The author's address alone under the story.
      { block: 'okettridge@bellportherald.com', where: 'after' },
      '@KBenesova_ZB',
      'pic.twitter.com/q3LmV8xTzP',
      { block: '[Mayor refuses to raise taxes](https://example.com/a)', options: { markdown: true } },
      { block: '**[\\<LINK LIVE STREAMING\\>](https://example.com/live)**', options: { markdown: true } },
    ],
  },
  {
    detector: 'boilerplate/repeated',
    category: 'repeated',
    valid: [
      // The first copy of a repeated paragraph stays.
      { block: EN[3]!, where: 'before' },
      // A table of contents: headings listed once at the top and again over their sections.
      {
        text: [
          'Council approves new budget after long debate', '',
          'Background to the vote', 'The debate in the chamber', 'What happens next', '',
          'Background to the vote', '', EN[0], '',
          'The debate in the chamber', '', EN[1], '',
          'What happens next', '', EN[2], '', EN[3], '',
        ].join('\n'),
        check: [6, 10, 14],
      },
      // Verse or lists repeat lines inside a block.
      { block: ['Rain, rain, go away', 'Come again another day', 'Rain, rain, go away'] },
    ],
    invalid: [
      // A paragraph pasted twice: the second copy is flagged.
      { block: EN[1]!, where: 'after' },
      { block: ID[1]!, lang: 'id', where: 'after' },
      { block: [EN[3]!, '', 'Other news from the district council', '', EN[3]!], check: [4] },
      // A photo title shown twice within a few lines.
      { block: ['Flooded road near the river', '', EN[3]!, '', 'Flooded road near the river'], check: [4] },
      // One headline written several times on the same line.
      'How the council failed How the council failed How the council failed',
      // … the last copy cut short where the page truncated it.
      'How the council failed on taxes How the council failed on taxes How the council fa',
    ],
  },
  {
    detector: 'boilerplate/byline',
    category: 'byline',
    valid: [
      // One time alone over a paragraph is the story's, not a live page's.
      { block: ['14h32', 'La ministre recevra les syndicats jeudi, a-t-on appris de source proche du dossier.'], lang: 'fr', check: [0] },
      // A sentence that opens on by and the editors is prose.
      'By the editors’ count, more than forty readers wrote in about the bridge before Friday.',
      // Log lines quoted in an incident report open with a timestamp: no date stamps.
      { block: ['2026-03-03T14:15:07.212Z WARN dispatch-use1-17 pool drained host="hooks.example.com" reason=resolver_change', '2026-03-03T14:15:07.219Z WARN dispatch-use1-17 pool drained host="api.example.net" reason=resolver_change'] },
      // A list of dates the article leads into with a colon is the article's.
      { block: ['Promotor kemudian mengumumkan penundaan tiga konser berikutnya sebagai berikut:', 'Newcastle, Tynebank Hall – Selasa, 16 September 2025', 'Leeds, Kirkgate Dome – Kamis, 18 September 2025'], lang: 'id', check: [1, 2] },
      { block: 'Por otra parte, el alcalde anunció una bajada de impuestos para el año que viene.', lang: 'es' },
      'By Tuesday, a second crew had arrived to help clear the road.',
      // A short sentence opening with `By` and a capital: words in lower case after it make it prose.
      'By Tuesday the water had receded.',
      { block: 'Oleh Pemkot, warga diminta tetap waspada.', lang: 'id' },
      // A date alone away from byline lines is the story's (a fact box, a timeline).
      { block: ['Timeline', '', '14 May 2026'], check: [2] },
      // A time alone away from byline lines (a page may keep it as the story's).
      { block: ['Sarah Archer', '', '1:39 PM ET'], check: [2] },
      'Researchers from five universities contributed to the report, which was published on Monday.',
      // The wire's credit for other writers is part of the story's text.
      'Associated Press writers Claire Donnelly in Sacramento and Ben Akintola in Los Angeles contributed to this report.',
      // A table's row with a date, and a sentence with dashes and a date.
      'Sat 12 Mar 2025 | Arsenal v Spurs at the Emirates Stadium in north London | sold out',
      'The mayor — who took office in May 2019 — said the plan would cost more than expected.',
      // A date and a name in prose; a headline ending in a job.
      'Elected on 3 May 2021 by Parliament',
      'Confessions of a court reporter',
      // A name and a web address in a sentence's place.
      'Read more at Hlasatel.cz, the mayor said.',
      'By the end of 2020 the company had grown.',
      // A reporter's finding is a sentence, not a byline.
      { block: '记者调查发现', options: { language: 'zh' } },
      // A year read as a day (`September 20…14`), a weekday inside a word (`github`, `seminggu`).
      'September 2014. https://github.com/example/harbour/wiki',
      { block: 'Seminggu 12 Maret 2025 warga antre', lang: 'id' },
      "By 2030, half of the city's buses will be electric.",
      'The town was founded on 7 May 1856.',
      { block: 'Oleh karena itu, warga diminta tetap waspada terhadap banjir susulan.', lang: 'id' },
      { block: 'Par ailleurs, le maire a annoncé une baisse des impôts locaux.', lang: 'fr' },
      { block: 'Von Montag an gilt in der Innenstadt ein neues Tempolimit für alle Autos.', lang: 'de' },
      { block: 'Por otra parte, el alcalde anunció una bajada de impuestos.', lang: 'es' },
      // A dateline opening the story is its first sentence.
      { block: 'Semarang - Polisi menangkap tiga pelaku pencurian motor di Jalan Pemuda pada Senin malam.', lang: 'id' },
    ],
    invalid: [
      // An author and the date with its year, no place in brackets: the post's byline, not a comment's header.
      { block: '腾飞科技 2026-04-02 10:15', options: { language: 'zh' } },
      // A story signed by the newsroom.
      { block: 'Par la rédaction', lang: 'fr' },
      'By the Editorial Board',
      { block: 'Oleh Tim Redaksi', lang: 'id' },
      // A live page's entry times, each alone over its entry, as French writes them.
      { block: ['14h32', 'La ministre recevra les syndicats jeudi, a-t-on appris de source proche du dossier.', '', '13h58', 'Le trafic reprend progressivement sur la ligne B du RER entre Paris et l’aéroport.', '', '13h21', 'Les manifestants se sont réunis devant la gare vers midi, selon la préfecture.'], lang: 'fr', check: [0, 3, 6] },
      // A Q&A site's question stats.
      'Asked 3 years ago Modified 1 year ago Viewed 41k times',
      // The author's name, a dash and the date; their bio naming them again by the first name, its role capitalised.
      { text: ['Dan Goodin - Apr 16, 2015 8:02 pm UTC', '', EN[0], '', EN[1], '', EN[2], '', 'Dan Goodin Dan is the Security Editor at Ars Technica, which he joined in 2012 after working for The Register.', ''].join('\n'), check: [0, 8] },
      { block: 'Publié aujourd’hui à 05h30, modifié à 09h12', lang: 'fr' },
      { block: 'Lecture 6 min.', lang: 'fr' },
      'Last modified on Mon 4 Mar 2026 20.40 GMT',
      { block: 'Čtení na 8 minut', options: { language: 'cs' } },
      'Last updated on Apr 3, 2025 by Saoirse Ambler',
      { block: '2026年04月18日 09:32 来源：栖溪日报', options: { language: 'zh' } },
      { block: '(dz)', lang: 'de', where: 'after' },
      'Received: 03 September 2025',
      { block: '23:52 · 14. 9. 2026', options: { language: 'cs' } },
      { block: '04-02 10:42', options: { language: 'zh' } },
      'DOI: https://doi.org/10.4821/s41806-026-00392-5',
      'Correspondence to Hanne Marlowe.',
      'Nereus volume 631, pages 210–218 (2026)',
      'Ingrid Vassbotn1, Kofi Mensah-Adjei1,2, Lucía Farrelly3 & Hanne Marlowe1,3',
      // The author's name over their bio at the end, the bio naming their beat for the paper the byline gave.
      {
        text: ['Tunnel floods overnight', '', 'By Odessa Kettridge and Tom Reyes | The Bellport Herald', '', EN[0], '', EN[1], '', 'Odessa Kettridge',
          'Odessa Kettridge covers transportation and infrastructure for The Bellport Herald.', ''].join('\n'),
        check: [2, 8, 9],
      },
      'Reviewed by Corinne Aldana, horticulturist',
      'Fact checked by Joel Mirasol',
      { block: '記者王小明／台中報導', lang: 'en' },
      // The paper's reporters named over the story.
      { block: '本报记者 沈若溪 本报通讯员 周立恒', options: { language: 'zh' } },
      { block: '2026/03/12 14:35', lang: 'en' },
      // A byline block: the author, a date of five words, the update; an author with a particle over the date.
      { block: ['Por Lucía Fernández', '12 de marzo de 2026', 'Actualizado: 12:40'], lang: 'es' },
      { block: ['Sanne de Groot', '12 mrt. 2026, 14:35'], options: { language: 'nl' } },
      '2026年3月12日 星期四',
      // The author and a bio on one line; a Czech author and date after a comma; a page's last update, a date alone.
      'By Marcus Velloso, a senior reviewer covering phones and wearables. He has been at Gridline since 2019.',
      { block: 'Klára Jirešová, 12. 3. 2026 14:35', options: { language: 'cs' } },
      { block: 'Aktualizováno 12. 3. 2026 16:02', options: { language: 'cs' } },
      'Last updated on Mar 14, 2025.',
      'Reporting by Hanna Lorenz in Frankfurt and Owen Pritchard in Calderwick; Editing by Miriam Kessler',
      // The wire alone under the headline and its regional service; a post's author over its date.
      { block: 'dpa', lang: 'de' },
      { block: '(dpa/lsw)', lang: 'de' },
      { block: ['Ruth Abernathy-Kwan', 'Mar 12, 2026'] },
      // A commenter or an author and a time relative to now; a date alone among byline lines.
      { block: 'Marisol Quintero · hace 2 horas', lang: 'es' },
      'Há 3 horas — Minas Gerais',
      { block: ['By Harriet Quell', 'Photographs by Tomasz Wren', '14 May 2026'] },
      // Times relative to now, an update's time with `at`.
      '2h ago',
      'Updated at 15.10 GMT',
      { block: 'Aktualisiert vor 2 Stunden', lang: 'de' },
      { block: 'Publiziert heute um 06:12 Uhr', lang: 'de' },
      // In a block of byline lines: the author's name over the date, a reading time, a live blog's entry time.
      { block: ['Anna Berger', 'Publiziert heute um 06:12 Uhr', '3 Min'], lang: 'de' },
      { block: ['2h ago', '14.32 GMT'] },
      // The author's role under the byline; a date, then how long ago the story was updated.
      { block: ['By Hannah Whitcombe', 'Staff Writer', 'Jun 11, 2026 Updated 2 hrs ago'] },
      // A recipe card's author row.
      'Author Marnie Ellacott',
      // Where the reporter wrote from, the site signing off, the paper with its agency, an update's time, a read-aloud time.
      'Reporting from Albany, N.Y.',
      { block: '**Laporan Wartawan LintasSindang.com, Rendi Saputra Wibowo**', lang: 'id' },
      { block: '(LintasSindang.com/Rendi Saputra Wibowo)', lang: 'id' },
      { block: 'Le Quotidien avec AFP', lang: 'fr' },
      'Updated 4:17 PM',
      { block: 'Temps de Lecture 4 min.', lang: 'fr' },
      '7 min read · Mar 4, 2025',
      '3 de março de 2025 às 19:42',
      { block: '12 mars 2025 à 19 h 41 min', lang: 'fr' },
      // A post's facts between separators: its date and a byline's word, an update, a section or a link's label.
      { block: 'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', lang: 'fr' },
      'Nicolas Perriault — 2013-09-29— in Code — Permalink — License— flattr this',
      // A stamp and the update; the reading time; a blog's post line; the writer and their job.
      'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
      'Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST',
      'Published 6:02 a.m. ET March 3, 2025 | Updated 4:15 p.m. ET March 4, 2025',
      'Oct 18, 2019 · 8 min read',
      'April 21, 2026 | Reading time 14 min',
      'More information: Lena Ortiz et al, Winter roost shifts in cave bats, Journal of Mammal Ecology (2026). DOI: 10.1234/jme.2026.0412',
      'Journal information: Journal of Mammal Ecology',
      'Provided by University of Corvale',
      'Citation: Cave bats shift their roosts as winters warm (2026, March 3) retrieved 4 March 2026 from https://example.com/news/2026-03-cave-bats.html',
      'Posted on 14 May 2024 by Helen Fairweather',
      'on March 10, 2015 by Nikhil Marathe',
      { block: 'Diposting pada 9 Maret 2025 oleh Dimas Arya', lang: 'id' },
      { block: 'Publicado el 16 de marzo de 2025 por Lucía Brenes', lang: 'es' },
      'Corinne Maddox Transportation reporter',
      'Seattle Times business reporter',
      'By Jane Doe',
      'Written by Jane Doe',
      'March 18, 2024 at 3:57 PM',
      'Nora Vance - Apr 3, 2021 9:15 pm UTC',
      'Updated: 2 hours ago',
      'Source: Reuters',
      { block: 'Oleh: Budi Santoso', lang: 'id' },
      { block: 'Penulis: Budi Santoso', lang: 'id' },
      { block: 'Editor: Rina', lang: 'id' },
      { block: 'Jumat, 7 November 2025 10:12 WIB', lang: 'id' },
      { block: 'Sumber: Kompas.com', lang: 'id' },
      { block: 'Par Jean Dupont', lang: 'fr' },
      { block: 'Publié le 21 juillet 2025 à 18h05', lang: 'fr' },
      { block: 'Von Anna Schmidt', lang: 'de' },
      { block: 'Aktualisiert am 3. Mai 2024, 14:05 Uhr', lang: 'de' },
      { block: 'Por María García', lang: 'es' },
      // The time before the date; a label of several words; an author and the outlet; editors' initials.
      'Updated 4:17 PM PDT, October 8, 2025',
      { block: 'Mis à jour le 4 mars 2025 à 18h12', lang: 'fr' },
      { block: 'Arif Budi Santoso - detikJateng', lang: 'id' },
      'Martin Novak, Hlasatel.cz',
      { block: 'Texto de Catarina Valente Moura', options: { language: 'pt' } },
      { block: '(ams/dil)', lang: 'id' },
      // The author, their agency or town, then the stamp.
      'Lucie Marková, ČTK | 11. září 2025 15:42',
      { block: 'Elena Moratalla Gil | Castrillo | 12/03/2025 - 19:42 · Actualizado: 20:15', lang: 'es' },
    ],
  },
  {
    detector: 'boilerplate/leftover',
    category: 'leftover',
    valid: [
      // An opening brace at the margin over the indented lines of its block.
      { block: ['', '{', '  "outDir": "dist",', '  "watch": true', '}'], check: [1, 4] },
      // A config's closing brace at the margin, right under an indented line: the article's own code.
      { block: ['runner default {', '    workers = 4', '}'], check: [2] },
      // An indented line of code's brackets and operators, and a closer right under an indented line.
      { block: ['const response = await retry(', '  () => {', '    calls++;', '  },', ');'], check: [1, 3, 4] },
      'The vote was true to form: none of the members objected.',
      'None of the members objected to the plan.',
      // `Photo` after a blank line, glued over its section's first sentence, is the section's heading.
      { block: ['Photo', 'Au dos, Orvane a conservé trois capteurs, dont un principal de 50 mégapixels.'], lang: 'fr', check: [0] },
      // Python's `...` standing for a body, indented.
      { block: ['try:', '    ...', 'finally:', '    session.close()'], check: [1] },
      // An indented closing brace is the article's own code.
      { block: ['cache {', '  local {', '    ttl = 5', '  }'], check: [3] },
      // A sentence about a post is the article's.
      'A post shared by the council on Facebook drew hundreds of angry comments by Monday morning.',
    ],
    invalid: ['IMG_2041', 'DSC01234.jpg', 'null', 'undefined', 'NaN', '[object Object]', '});', '...', '⭐️⭐️⭐️', '[Gambas:Video 20detik]', '[embed:youtube 4f7Qx]',
      // A picture's label for screen readers, left where the picture was.
      'Image', 'Photo',
      // An embedded social post's text around its caption.
      'A post shared by Harbour Times (@harbourtimes)',
      { block: 'Lihat postingan ini di Instagram', lang: 'id' }, { block: 'Sebuah kiriman dibagikan oleh BPBD Kota Lubuk Seruni (@bpbd.lubukseruni)', lang: 'id' },
      // Markdown escapes its brackets.
      { block: '\\[Gambas:Video 20detik\\]', options: { markdown: true } },
      // A closing brace on the first line, with no line above it.
      { text: ['});', '', EN[0], ''].join('\n'), check: [0] }],
  },
  {
    detector: 'boilerplate/leftover',
    category: 'rule',
    valid: [
      { block: ['```', '====', '```'], options: { markdown: true }, check: [1] },
    ],
    invalid: ['====', '***', '-----', '* * *', '~~~~~~'],
  },
  {
    detector: 'boilerplate/pattern',
    category: 'pattern',
    valid: [
      // No patterns: an ordinary line stays.
      'Hear this story read aloud',
      // An anchored pattern does not match a sentence that merely contains the words.
      { block: 'You can hear this story read aloud on our podcast, which is published every Friday.', options: { boilerplatePatterns: ['^hear this story read aloud$'] } },
    ],
    invalid: [
      { block: 'Hear this story read aloud', options: { boilerplatePatterns: ['^hear this story read aloud$'] } },
      { block: 'HEAR THIS STORY READ ALOUD', options: { boilerplatePatterns: ['^hear this story read aloud$'] } },
      { block: 'Dengarkan artikel ini', lang: 'id', options: { boilerplatePatterns: ['^dengarkan artikel'] } },
      { block: 'Écouter cet article', lang: 'fr', options: { boilerplatePatterns: ['^écouter cet article$'] } },
    ],
  },
  {
    detector: 'boilerplate/outside-article',
    category: 'outside-article',
    valid: [
      // A short line between the last paragraph and a closing sentence, before the widgets: the article's.
      { text: [EN[0], '', EN[1], '', EN[2], '', 'My rating: ★★★★☆ (4 out of 5)', '', 'I will lend it to my mother.', '', 'Share this:', 'Facebook', ''].join('\n'), check: [6, 8] },
      // The list the last paragraph leads into with its colon, then a short closing line.
      { text: [EN[0], '', EN[1], '', EN[2], '', 'Police investigated 412 crashes on the county roads this year, and these were the commonest causes of the serious ones:', 'speeding – 17', 'driving on the wrong side – 9', 'inattention – 8', '', 'Inquiries continue.', ''].join('\n'), check: [7, 8, 9] },
      // A command glued under the last paragraph that explains it.
      { text: [EN[0], '', EN[1], '', EN[2], '', 'The certificates last ninety days, and a timer renews them automatically, which you can test with a dry run.', 'sudo certbot renew --dry-run', '', 'Done.', ''].join('\n'), check: [7] },
      // A paper's `Abstract` glued over its first paragraph, under the page's metrics.
      { text: ['Heat-tolerant symbionts decide coral survival in marine heatwaves', '12k Accesses', 'Metrics details', 'Abstract', EN[0], '', EN[1], '', EN[2], '', EN[3], ''].join('\n'), check: [3] },
      // A reference page's title, the name its first paragraph documents; its tables right after the last paragraph and
      // the writer's references under `See also`.
      { text: ['Docs', 'API', 'retry()', 'timeout()', '', 'retry()', '', `The retry() function ${EN[0]}`, '', EN[1], '', EN[2], '', EN[3], '',
        'Browser compatibility', 'Runtime\tSupported since', 'Chrome\t3.0', 'Node.js\t3.0', '', 'See also', 'timeout()', 'The Retry-After header', ''].join('\n'), check: [5, 15, 16, 17, 18, 21, 22] },
      // The headline over a table of contents whose entries stand again as headings: the entries do not push it out of reach.
      {
        text: ['Skip to content', 'Halverly Health', 'Allergies Guide', '', 'Seasonal Allergies: Symptoms, Triggers, and What Helps', '', 'Medically Reviewed by Priya Lowell, MD on March 04, 2026', '',
          'In this article', 'Symptoms', 'Triggers', 'Treatment', 'Prevention', 'When to See a Doctor', 'Outlook', 'Sources', '',
          EN[0], '', 'Symptoms', '', EN[1], '', 'Triggers', '', EN[2], '', 'Treatment', '', EN[3], '', 'Prevention', '', EN[0], '', 'When to See a Doctor', '', EN[1], '', 'Outlook', '', EN[2], '', 'Sources', '', EN[3], ''].join('\n'),
        check: [4],
      },
      // A subheading glued over the first paragraph, in a page that leaves blank lines between its blocks.
      {
        text: ['Wrenfield Nightly News', '', 'These Weeks in Wrenfield: Issue 42', '', 'December 22, 2025', '', 'Highlights', EN[0], '', EN[1], '', EN[2], '', EN[3], ''].join('\n'),
        check: [6],
      },
      // An encyclopedia's one-word title among its tabs and tools: the lead opens with it.
      {
        text: ['Main menu', 'Search', 'Kessaly', '31 languages', 'Article Talk', 'Tools', '',
          'Kessaly, officially the Republic of Kessaly, is an island country in the South Atlantic Ocean, east of the coast of South America.[1]', '',
          'The first permanent settlement was a whaling station on the north coast, founded by sailors from three countries in 1821.[2]', '',
          EN[1], '', EN[2], ''].join('\n'),
        check: [2],
      },
      // A title in capitals close to the first paragraph stays, however menu-like.
      { block: ['Council Approves New Budget After Long Debate On Taxes'], where: 'before' },
      // A first paragraph at the top, then the writer's own list of short lines (no menu's label among them): kept.
      {
        text: [EN[0], '', 'Flour', 'Water', 'Salt', 'Yeast', 'Olive oil', 'Rosemary', 'Sea salt flakes', 'Honey', 'Garlic', '',
          EN[1], '', EN[2], '', EN[3], ''].join('\n'),
        check: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      },
      // A headline glued over the standfirst the headline search took stays.
      {
        text: ['Houseplants', 'Houseplant Care', '', 'How to Repot a Root-Bound Houseplant', 'Give a crowded plant room to grow, without the week of sulking afterward',
          '', 'By Hallie Brandt | Updated March 12, 2026', 'Reviewed by Corinne Aldana, horticulturist', '', 'Share', 'Save', '',
          EN[0], '', EN[1], '', EN[2], '', EN[3], ''].join('\n'),
        check: [3, 4],
      },
      // The headline above the first paragraph is the article's own.
      { block: 'Council approves new budget after long debate', where: 'before' },
      // A standfirst close to the first paragraph.
      { block: ['Council approves new budget after long debate', '', 'Residents worry about rents and buses'], where: 'before' },
      // A wiki's section heading after the last paragraph.
      { block: ['External links[edit]'], where: 'after' },
      // The headline above a byline, a comment counter and a share bar (furniture other rules find).
      {
        text: ['Home', 'Recipes', '', 'Five-Ingredient Skillet Flatbread (No Yeast, No Oven)', '', 'By Marnie Ellacott · Published March 3, 2024',
          '23 Comments', '', 'Jump to Recipe', 'Print Recipe', '', 'Share on Facebook', 'Share on X', 'Pin it', 'Email', '',
          'This post may contain affiliate links. Please read my disclosure policy.', '', EN[0], '', EN[1], '', EN[2], ''].join('\n'),
        check: [3],
      },
      // A table of contents whose entries stand again as section headings.
      {
        text: [
          'Council approves new budget after long debate', '',
          'Background to the vote', 'The debate in the chamber', 'What happens next', '',
          'Background to the vote', '', EN[0], '',
          'The debate in the chamber', '', EN[1], '',
          'What happens next', '', EN[2], '', EN[3], '',
        ].join('\n'),
        check: [2, 3, 4],
      },
      // Subheadings inside the article.
      { block: 'What happens next' },
      // An encyclopedia's fact box over the article: many of its lines hold figures, unlike a menu.
      {
        block: ['Harbour Town', '', 'Country Freedonia', '', 'Founded', '', '7 May 1856', '', 'Area', '', '• Total', '', '268 km2 (103 sq mi)', '',
          'Population', '', '• 2019 estimate', '', '49,332', '', '• Density', '', '18.2/km2', '', 'Elevation', '', '12 m (39 ft)', '', 'Time zone',
          '', 'UTC+12', '', 'Postcode', '', 'HT-4410', '', 'Coordinates 42°S 174°E', '', 'Mayor Ana Ruiz (since 2019)', '', 'Area code 04',
          '', 'GDP $2.1 billion (2020)', ''],
        where: 'before',
      },
    ],
    invalid: [
      // A banner closing on its link and arrow, over the site's menu.
      {
        text: ['Skip to main content', 'Corvid 3.2 is out — builds are up to four times faster. Read the release notes →', 'Home', 'Docs', 'CLI reference', 'Plugins', 'Blog', 'v3.2 (latest)', 'GitHub', 'Search docs', '',
          'Migrating your config', '', EN[0], '', EN[1], '', EN[2], '', EN[3], ''].join('\n'),
        check: [1],
      },
      // A sidebar of the site's pages glued in one block apart from the article: an entry that names one of its headings too.
      {
        text: ['Getting started', 'Installation', 'Guides', 'Configuration basics', 'Writing plugins', 'Reference', 'Help', 'Troubleshooting', '', 'Docs › Guides › Migrating', '', 'Migrating your config', '',
          EN[0], '', EN[1], '', 'Troubleshooting', '', EN[2], '', EN[3], ''].join('\n'),
        check: [7],
      },
      // A section menu copied as one row, right over the rubric and the headline.
      { text: ['Le Quotidien de Paris', '', 'International  Politique  Société  Économie  Planète  Idées  Culture  Sport', '', 'Économie', '',
        'Les agriculteurs bloquent trente préfectures', '', PROSE.fr[0], '', PROSE.fr[1], '', PROSE.fr[2], '', PROSE.fr[3], ''].join('\n'), options: { language: 'fr' }, check: [2] },
      // A menu copied as one row, over the headline.
      {
        text: ['News Sport Opinion Business Lifestyle Entertainment Real Estate Puzzles', 'Search', 'Log in', 'Sections', 'Local', 'Weather', 'Traffic', 'Opinion', '',
          'Council approves new budget after long debate', '', EN[0], '', EN[1], '', EN[2], '', EN[3], '', 'Contact Advertise Careers Privacy Terms Help Centre Podcasts Puzzles Crosswords', ''].join('\n'),
        check: [0, 19],
      },
      // A banner sentence over a documentation site's menu and sidebar: the banner and the menu, not the title.
      {
        text: ['⭐️ Brindle 2.0 is out! Read the release notes and the migration guide.', 'Brindle', 'Docs', 'CLI reference', 'GitHub', 'Search',
          'Getting started', 'Installation', 'Guides', 'Deploy hooks', 'Secrets', 'Reference', '', 'Migrating from Brindle 1.x to 2.0', '',
          EN[0], '', EN[1], '', EN[2], '', EN[3], ''].join('\n'),
        check: [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11],
      },
      // Page header menu before the headline.
      { block: ['Weather', 'Traffic', 'Local sport', '', 'Council approves new budget after long debate'], where: 'before', check: [0, 1, 2] },
      // Tag cloud after the last paragraph.
      { block: ['Budget', 'City council', 'Housing'], where: 'after' },
      { block: ['Anggaran', 'Dewan kota', 'Perumahan warga'], lang: 'id', where: 'after' },
    ],
  },
  {
    detector: 'boilerplate/markdown',
    category: 'front-matter',
    valid: [
      // A rule in the middle is not front matter; nor is a lone `---` at the top without a closing one.
      { text: `---\n# Council approves new budget\n\n${EN[0]}\n\n${EN[1]}\n\n${EN[2]}\n`, options: { markdown: true }, check: [1, 3] },
    ],
    invalid: [
      {
        text: `---\ntitle: "Council approves budget"\nauthor: Jane Doe\ntags: [budget, council]\n---\n\n# Council approves new budget\n\n${EN[0]}\n\n${EN[1]}\n\n${EN[2]}\n`,
        options: { markdown: true },
        check: [0, 1, 2, 3, 4],
      },
      {
        text: `---\ntitle: Council approves budget\n...\n\n# Council approves new budget\n\n${EN[0]}\n\n${EN[1]}\n`,
        options: { markdown: 'auto' },
        check: [0, 1, 2],
      },
    ],
  },
  {
    detector: 'boilerplate/markdown',
    category: 'metadata',
    valid: [
      // The article's own data table.
      { block: ['| District | Budget (m) |', '|---|---|', '| North | 12 |', '| South | 9 |'], options: { markdown: true } },
    ],
    invalid: [
      { block: ['| Field | Value |', '|---|---|', '| title | Council approves budget |', '| author | Jane Doe |', '| date | 2024-05-02 |'], options: { markdown: true } },
      { block: ['| judul | Warga keluhkan harga beras |', '| penulis | Budi Santoso |', '| tanggal | 2024-05-02 |'], options: { markdown: true } },
    ],
  },
  {
    detector: 'boilerplate/markdown',
    category: 'link-list',
    valid: [
      // The article's own list, even with a link inside an item.
      { block: ['- more buses for the northern districts', '- lower rents in the social housing blocks', '- [a new park](https://example.com/park) near the river, opening next spring'], options: { markdown: true } },
      { block: ['## What happens next'], options: { markdown: true } },
    ],
    invalid: [
      { block: ['- [Mayor refuses to raise taxes](https://example.com/a)', '- **[Schools close for repairs](https://example.com/b)**', '* [Bus fares rise again](https://example.com/c)', '1. [Rents double in ten years](https://example.com/d)'], options: { markdown: true } },
    ],
  },
  {
    detector: 'boilerplate/markdown',
    category: 'image',
    valid: [
      { block: 'The image of the flooded square was shared thousands of times on Monday.', options: { markdown: true } },
    ],
    invalid: [
      { block: '![Council chamber](https://example.com/chamber.jpg)', options: { markdown: true } },
      { block: '![](https://example.com/a.jpg)', options: { markdown: true } },
      { block: '[![alt](a.jpg)](b.html)', options: { markdown: true } },
      { block: '<img src="a.jpg" alt="The council chamber">', options: { markdown: true } },
      { block: '[img.2]', options: { markdown: true } },
      { block: '\\[img.2\\]', options: { markdown: true } },
      { block: '**[video.3]**', options: { markdown: true } },
      { block: '[gambar 1]', options: { markdown: true } },
    ],
  },
  {
    detector: 'boilerplate/markdown',
    category: 'embed',
    valid: [
      { block: 'The video embedded in the page showed the flooded square on Monday morning.', options: { markdown: true } },
    ],
    invalid: [
      { block: '<iframe src="https://www.youtube.com/embed/xyz">', options: { markdown: true } },
      { block: '{{< tweet user="council" id="123" >}}', options: { markdown: true } },
      { block: '[youtube id=abc123]', options: { markdown: true } },
      { block: '<!--more-->', options: { markdown: true } },
      { block: '<div class="ad-slot">', options: { markdown: true } },
      { block: '<blockquote class="twitter-tweet">', options: { markdown: true } },
    ],
  },
  {
    detector: 'boilerplate/markdown',
    category: 'rule',
    valid: [
      { block: '## ---- Budget', options: { markdown: true } },
    ],
    invalid: [
      { block: '---', options: { markdown: true } },
      { block: '***', options: { markdown: true } },
      { block: '___', options: { markdown: true } },
      { block: '* * *', options: { markdown: true } },
    ],
  },
];

describe('boilerplate detectors', () => {
  for (const table of TABLES) runTable(table);

  describe('markdown structure in Markdown documents stays body', () => {
    const cases: readonly (readonly string[])[] = [
      ['## What residents said'],
      ['- more buses for the northern districts', '- lower rents in the social housing blocks'],
      ['| District | Budget (m) |', '|---|---|', '| North | 12 |'],
      ['> The council will publish the full budget next week.'],
      ['```', 'const total = 12 + 9;', '```'],
    ];
    for (const block of cases) {
      it(label(block), () => {
        const built = markdownArticle(block);
        const result = run(built.text, { markdown: true });
        for (const index of built.lines) {
          const f = lineFinding(result, index);
          assert.equal(f, undefined, `line ${index + 1} flagged ${f?.detector}/${f?.category}`);
        }
      });
    }
  });

  it('Markdown-only detectors do not run on plain text', () => {
    const built = article('---');
    const f = lineFinding(run(built.text, { markdown: false }), built.lines[0]!);
    assert.ok(f);
    assert.notEqual(f.detector, 'boilerplate/markdown');
    assert.equal(f.category, 'rule');
  });

  it('at most one finding per line, the most confident rule winning', () => {
    // `Share` is both a share prompt and a user pattern: the user pattern (confidence 1) wins.
    const built = article('Share');
    const result = run(built.text, { boilerplatePatterns: ['^share$'] });
    const onLine = result.findings.filter((f) => f.kind !== 'quote' && f.range.start.line === built.lines[0]);
    assert.equal(onLine.length, 1);
    assert.equal(onLine[0]!.category, 'pattern');
  });

  it('a rule the settings hide leaves its lines to the other rules: credits inside an unreported slideshow', () => {
    const text = [EN[0], EN[1], ...SLIDES, EN[2], EN[3]].join('\n\n') + '\n';
    // Line 18 is `AFP/Getty Images` under the third slide's text (line 16).
    const shown = run(text);
    assert.equal(lineFinding(shown, 18)?.category, 'slideshow');
    for (const options of [{ disabledCategories: ['slideshow'] }, { minConfidence: 0.95 }]) {
      const hidden = run(text, options);
      assert.equal(lineFinding(hidden, 18)?.kind, 'caption', JSON.stringify(options));
      assert.equal(lineFinding(hidden, 18)?.category, 'credit', JSON.stringify(options));
    }
  });

  it('the article paragraphs themselves stay body in every language', () => {
    for (const lang of Object.keys(PROSE) as Lang[]) {
      const built = article(PROSE[lang][3]!.replace(/\.$/, ', said the report.'), lang);
      const result = run(built.text);
      assert.equal(result.language, lang, `language of the ${lang} article`);
      assert.deepEqual(result.findings.filter((f) => f.kind !== 'quote').map((f) => `${f.range.start.line}:${f.category}`), [], lang);
    }
  });
});

describe('an excerpt link read from the last ellipsis', () => {
  it('no teaser label holds an ellipsis or a bracket (what reading from the last one rests on)', () => {
    const labels = LANGUAGE_PACKS.flatMap((p) => p.teaserLabels);
    assert.deepEqual(labels.filter((l) => /[.…[\]]/.test(l)), []);
  });
  it('finds what the pattern finds on the whole line, on random mixes of ellipses, labels and arrows', () => {
    const cues = cuesFor('en');
    const pieces = fc.constantFrom('…', '...', '.', '[', ']', '[…]', '[...]', 'Read more', 'read more', 'Continue reading', 'Baca selengkapnya',
      ' ', '  ', '→', '»', 'x', 'the harbour', ',', '"');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
      const t = parts.join('');
      assert.equal(cues.excerptLink.test(fromLastEllipsis(t)), cues.excerptLink.test(t), JSON.stringify(t));
    }), { numRuns: 3000, seed: 7 });
  });
});

describe('a paragraph ending in footnote marks ends a sentence', () => {
  it('`… of 38,914.[1]`, `… in 1769.[12][n 3]` end a sentence; `History[edit]` does not', () => {
    assert.equal(endsTerminal('Its capital is home to just over half of the population of 38,914.[1]'), true);
    assert.equal(endsTerminal('Cook charted the coast in 1769.[12][n 3]'), true);
    assert.equal(endsTerminal('History[edit]'), false);
  });
  it('a sentence inside Czech or German quotes (`… potřebujete.“`) ends a sentence; a title in them does not', () => {
    assert.equal(endsTerminal('Na vratech visí papír: „Pytle, lopaty a holinky zdarma. Berte, co potřebujete.“'), true);
    assert.equal(endsTerminal('Er sagte: ‚Das reicht.‘'), true);
    assert.equal(endsTerminal('Kniha „Řeka“'), false);
  });
});

describe('a teaser label inside a menu', () => {
  it('`Video` between `Bisnis` and `Indeks Berita` opens no list: the headline under the breadcrumb stays', () => {
    const text = ['LintasKidul.com', 'Home', 'Karangsembung', 'Pesisir Kidul', 'Pendidikan', 'Nasional', 'Bisnis', 'Video', 'Indeks Berita', '',
      'Home » Karangsembung » Pendidikan', '', 'Atap Dua Kelas Ambruk, Murid SDN Cibeureum 2 Hampir Dua Pekan Belajar di Tenda', '',
      'Laporan Wartawan LintasKidul.com, Fauzan Ramdani', 'Editor: Rina Marlina', 'Selasa, 10 November 2026 11:42 WIB', '',
      'Sebanyak 148 murid sekolah dasar itu belajar di tenda darurat sejak atap dua ruang kelas mereka ambruk pada awal bulan ini.', '',
      'Kepala sekolah mengatakan perbaikan baru akan dimulai setelah anggaran daerah cair pada bulan depan.', ''].join('\n');
    const result = run(text, { language: 'id' });
    assert.equal(lineFinding(result, 12), undefined, JSON.stringify(lineFinding(result, 12)));
  });
});

describe('a live blog\'s entry times', () => {
  const entry = (time: string, title: string) => [time, title, 'Petugas gabungan terus mengevakuasi warga yang terjebak banjir di permukiman padat sejak pagi tadi.', ''];
  it('three or more times alone on their lines are the entries\' times; one alone under the story stays', () => {
    const blog = [...entry('16:05 WIB', 'Air mulai surut di Kelurahan Ujung Gurun'), ...entry('15:20 WIB', 'Posko pengungsian ditambah'),
      ...entry('14:32 WIB', 'Listrik padam di tiga kecamatan')].join('\n');
    const result = run(blog, { language: 'id' });
    for (const line of [0, 4, 8]) assert.equal(lineFinding(result, line)?.category, 'byline', String(line));
    const single = run(entry('16:05 WIB', 'Air mulai surut di Kelurahan Ujung Gurun').join('\n'), { language: 'id' });
    assert.equal(lineFinding(single, 0), undefined);
  });
});
