import { firstWord, stripEmphasisAndSpace } from '../../document';
import type { LineInfo } from '../../document';
import type { Detector } from '../types';
import { dateStamp } from './byline';

// `Home > News > World`, `Beranda › Berita › Nasional`, `News | Sport | Weather`.
// A post's hashtags on a line of their own: `#pottery #ceramics #wheel throwing`, `#台南美食 #牛肉麵` (not a Markdown `# Heading`).
const HASHTAGS = /^#[\p{L}\p{N}_]/u;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]/gu;
// (Japanese and Chinese pages write the full-width `＞` and `｜`.)
/** The home page's name opening a breadcrumb. */
const HOME = /^(?:home|homepage|accueil|beranda|domů|úvod|inicio|início|startseite|home page|首页|首頁|ホーム)$/iu;
const HAS_SEPARATOR = /[>›»|•·＞｜]|::|\s\/\s/;
const SEPARATORS = /\s*(?:>|›|»|\||•|·|::|＞|｜)\s*|\s+\/\s+/;
// Links between posts: `← Previous: Chasing Quick Fixes`, `Next Chapter →`, `Older Article`, `Next story`.
// Page numbers of a story split over pages: `Halaman 1 2 Selanjutnya`, `Page 1 2 3 Next`, `Seite 1 2 weiter`.
const PAGINATION = /^(?:(?:halaman|page|pages|seite|página|pagina|strana)\s*:?\s+)?\d{1,3}(?:\s+\d{1,3}){0,11}(?:\s+(?:selanjutnya|berikutnya|next|weiter|siguiente|suivant|successiva|další|volgende|próxima))?\s*[»›>→]?$/i;
/** Whether the page numbers in `t` go up (`1 2 3 … 10`); a program's output (`200 50`) need not. */
function ascending(t: string): boolean {
  const numbers = t.match(/\d+/g) ?? [];
  return numbers.every((n, k) => k === 0 || Number(n) > Number(numbers[k - 1]));
}
const PREV_NEXT = /^[←«‹]\s*(?:previous|prev|older|newer|next)\b|^(?:previous|prev|older|newer|next)\s+(?:post|article|story|entry|page|chapter|posts|articles|stories|entries)(?:\s*[→»›>]+)?$/i;
// The same between posts, with the other post's title: `Next article These Weeks in Firefox: Issue 86`, `Artikel
// Sebelumnya Harga Cabai Naik`, `Article précédent : …`.
const PREV_NEXT_TITLED = /^(?:此分類|此分类)?(?:上一篇|下一篇|上一條|下一條|上一条|下一条)[:：]|^[←«‹]?\s*(?:(?:previous|prev|older|newer|next)\s+(?:post|article|story|entry)|(?:artikel|berita|pos|tulisan)\s+(?:sebelumnya|selanjutnya|berikutnya)|(?:artículo|entrada|noticia)\s+(?:anterior|siguiente)|article\s+(?:précédent|suivant)|(?:vorheriger|nächster)\s+(?:artikel|beitrag)|(?:articolo)\s+(?:precedente|successivo)|(?:artigo|post)\s+(?:anterior|seguinte)|próximo\s+(?:artigo|post)|(?:vorig|volgend)\s+(?:artikel|bericht)|(?:předchozí|další)\s+článek|more\s+(?:articles|posts|stories)\s+(?:in|from|on|about))(?![\p{L}])/iu;
// A post's sections and tags: `Posted in News`, `Tagged jobs, stack overflow`, `Filed under: Politics`, `Labels: …`,
// `Kategori: Kopi`, `Etiquetas: huerto, agua`.
const TAXONOMY_LABEL = /^(?:tags|tagged|tag|labels?|categories|category|topics|argomenti|temi|onderwerpen|trefwoorden|themen|sujets|temas|témata|témy|filed (?:under|to)|kategori|topik|categorías|categoría|etiquetas|archivado en|catégories|catégorie|étiquettes|mots-clés|classé dans|kategorien|kategorie|schlagwörter|schlagworte|abgelegt unter|categorie|categoria|archiviato in|categorias|arquivado em|categorieën|gearchiveerd onder|štítky|rubrika|rubriky|全站分類|全站分类|個人分類|个人分类|文章分類|文章分类|文章標籤|文章标签|標籤|标签|文章关键词|文章關鍵詞|关键词|關鍵詞|关键字|關鍵字)\s*[:：]\s*\S/iu;
const TAXONOMY_VERB = /^(?:posted in|tagged(?: with| as)?|filed (?:under|to)|diposting dalam|ditandai|publicado en|publié dans|classé dans|veröffentlicht in|pubblicato in|publicado em|geplaatst in|publikováno v)\s+\S/iu;
// `Click here to receive live updates`, `Klik di sini untuk …`: a link's prompt, not the story's sentence.
const CLICK_HERE = /^(?:click|tap) here\b|^(?:klik|tekan) (?:di sini|disini)\b|^cliquez ici\b|^(?:haz|pulsa|pincha) clic aquí\b|^clique aqui\b|^clicca qui\b|^klicken sie hier\b|^klik hier\b|^klikněte zde\b/iu;
// `WEATHER ALERT: Winter Storm Warning in effect until 6 PM`: a site-wide banner over the page.
const ALERT_BANNER = /^(?:(?:severe )?weather (?:alert|warning)s?|traffic alerts?|school closings?|peringatan cuaca|unwetterwarnung|alerte météo|alerta meteorológica)\s*:/iu;
// `Please turn on JavaScript to use this feature`, `Bitte aktivieren Sie JavaScript`.
const JAVASCRIPT = /^(?:please )?(?:turn on|enable|activate) javascript\b|\bjavascript (?:is )?(?:required|disabled|must be enabled)\b|^(?:bitte )?aktivieren sie javascript\b|^(?:veuillez )?activer (?:le )?javascript\b|^(?:activa|habilita) (?:el )?javascript\b|^aktifkan javascript\b/iu;
// `当前位置：首页 > 社会 > 正文`, `您的位置：…`, `You are here: Home > News`: a breadcrumb's label.
const BREADCRUMB_LABEL = /^(?:当前位置|當前位置|您的位置|你的位置|所在位置|you are here|anda di sini|vous êtes ici|sie sind hier)\s*[:：]\s*\S.*[>›»]/iu;
// A recipe card's keyword row: `Keyword flatbread, no yeast bread`.
const RECIPE_KEYWORDS = /^[Kk]eywords?\s*:?\s+\p{Ll}(?:[^.!?,]*,){2}/u;
// A rating widget: `5 from 23 votes`, `4.8 out of 5 stars (112 ratings)`, `Rated 4.6 out of 5`.
const RATING = /^(?:rated\s+)?\d(?:[.,]\d{1,2})?\s+(?:from|out of|of|dari|sur|von|de|su|van|z)\s+\d+(?:\s+(?:stars?|votes?|ratings?|reviews?|sterne|étoiles|estrellas|estrelas|stelle|sterren|bintang|hvězd\w*))?(?:\s*\(\d[\d.,]*\s*(?:votes?|ratings?|reviews?)\))?$/iu;
// The section a related post is filed in, under its title: `In "News"`, `Dalam "Kopi"`, `En «Huerto»`.
const IN_SECTION = /^(?:in|dalam|en|dans|em|op|im|nel|v)\s+["“„«][^"“”„«»]{1,40}["”“»]$/iu;
// What a video player leaves in a copy of the page that nothing else says: its dialogs, menus' states and errors.
// Its read-outs (`Current Time 0:00`, `Play Video`) count only among these (see `player-block`).
const PLAYER = /^(?:video player is loading\.?|video wird geladen\s*(?:…|\.{3})?|videospeler wordt geladen\.?|(?:dies ist ein modales fenster|dit is een modaal venster|ceci est une fenêtre modale|esta es una ventana modal|questa è una finestra modale|esta é uma janela modal|ini adalah jendela modal)\.?|(?:anfang|beginn) des dialogfensters\b.*|begin van (?:het )?dialoogvenster\b.*|début de la fenêtre de dialogue\b.*|comienzo de la ventana de diálogo\b.*|inizio della finestra di dialogo\b.*|início da janela de diálogo\b.*|(?:ende des dialogfensters|einde van (?:het )?dialoogvenster|fin de la fenêtre de dialogue|fin de la ventana de diálogo|fine della finestra di dialogo|fim da janela de diálogo)\.?|modalen dialog schließen|modale dialoog sluiten|fermer la boîte de dialogue modale|cierra cuadro de diálogo modal|chiudi la finestra di dialogo|fechar janela modal|[\p{L} ]{1,20}, (?:geselecteerd|ausgewählt|sélectionné|seleccionado|selezionato|selecionado|dipilih)|this is a modal window\b.*|beginning of dialog window\b.*|end of dialog window\.?|close modal dialog|(?:captions|subtitles|descriptions|audio track)\s+(?:off|settings)\b.{0,60}|[\p{L} ]{1,20}, selected|stream\s*type\s*live|seek to live, currently (?:behind|playing) live|next video starts in\b.{0,20}|(?:your video (?:will )?(?:starts?|begins?) in|votre vidéo (?:commence|démarre) dans|ihr video (?:beginnt|startet) in|su video (?:comienza|empieza) en|il video inizia tra|video anda (?:dimulai|akan dimulai) dalam)\s*\d{1,2}(?:\s*(?:s|sec|seconds?|secondes?|sekunden|segundos|secondi|detik))?|(?:unfortunately, )?this video is (?:not available|unavailable)\b.{0,40}|video unavailable|your browser does not support (?:the )?(?:video|audio)\b.{0,40}|no compatible source was found for this media\.?|the media could not be loaded\b.{0,80}|text edge style|defaults done|captions? not available|closed captions? settings|captions will look like this)$/iu;
// An encyclopedia's chrome: `From Wikipedia, the free encyclopedia`, `Jump to navigation Jump to search`, its tabs and
// contents toggles (`View history`, `12 languages`, `Toggle the table of contents`), `… Commons has media related to …`, `Retrieved from
// "https://…"`. (Its hatnotes, `Main article: …`, stay: they are read as the article's first paragraph when it opens
// with one, and pages keep them as its text.)
const ENCYCLOPEDIA = /^(?:from \p{L}+, the free encyclopedia|jump to (?:navigation|search|content)\b.{0,30}|retrieved from\s+["“]?https?:\/\/\S+|\p{L}+ commons has media related to .{1,80}|toggle the table of contents|read edit view history|read view source view history|article talk|toggle .{1,60} subsection|\d{1,3} languages|view (?:history|source)|\(top\))$/iu;

// `Not the answer you're looking for? Browse other questions tagged …`, `Highly active question. Earn 10 reputation …`:
// a Q&A site's notices under the answers.
const QA_NOTICE = /^(?:not the answer you(?:['’]re looking for| need)\?\s+browse other questions tagged\b|(?:highly active|protected|locked) question\.\s)/i;
// `3 Answers`, `Sorted by:`, `Highest score (default)`: the heading of a question's answers and their sort control.
const QA_SORT = /^(?:\d+\s+answers?|sorted by:?|(?:highest score|trending|date modified|date created)(?:\s+\((?:default|newest first|oldest first)\))?)$/i;

/** `For the 1952 flood, see …`, `Not to be confused with …`, `"X" redirects here. …`: what an encyclopedia article is not. */
// (`This article is about …` stays: an infobox's facts are weighed against the lines around it.)
const HATNOTE = /^(?:for .{2,80}, see .{2,160}|not to be confused with .{2,160}|["“]?[^"”]{2,60}["”]? redirects here\. .{2,200})$/iu;
/** `Březen 2026 (2)`, `March 2026 (4)`: a blog archive's month and how many posts it holds. */
const ARCHIVE_MONTH = /^\p{Lu}\p{Ll}{2,11}\s+(?:19|20)\d{2}\s*\(\d{1,4}\)$/u;

// The banner over a US government site: `An official website of the State of …`, `Here's how you know`, `Official websites
// use .gov`, `A .gov website belongs to …`, `Secure .gov websites use HTTPS`, `A lock ( ) or https:// means …`.
const GOV_BANNER = /^(?:an official website of (?:the )?[\p{L} .,'’-]{3,60}|here['’]s how you know\.?|official websites use \.gov|an? \.gov website belongs to an official government organization in the united states\.?|secure \.gov websites use https|an? lock \(\s*(?:lock(?: a locked padlock)?\s*)?\) or https:\/\/ means you['’]ve safely connected to the \.gov website\.(?: share sensitive information only on official, secure websites\.)?)$/iu;
/** The words the banner's lines without `.gov` open with. */
const GOV_BANNER_FIRST = new Set(['an', 'here\'s', 'here’s']);

// `Listen to this article · 31:40 min Learn more`: the audio version's player, with its length and link.
const LISTEN = /^(?:listen to this (?:article|story)|écouter cet article|écoutez cet article|artikel anhören|dengarkan artikel ini|escucha(?:r)? (?:este )?(?:artículo|la noticia)|ascolta l['’]articolo|poslechněte si článek|poslechnout článek)(?:\s*[·•|:–—-]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:min(?:utes?)?)?)?(?:\s*[·•|]?\s*(?:learn more|en savoir plus|mehr erfahren|pelajari lebih lanjut|más información|scopri di più|více))?$/iu;

/** Words a player's text or an encyclopedia's chrome runs to (`Beginning of dialog window. Escape will cancel …`). */
const PLAYER_WORDS = 20;

/** The first words of the player's texts: most lines fail on these before the pattern is tried. */
const PLAYER_FIRST = new Set(['video', 'votre', 'ihr', 'su', 'il', 'videospeler', 'this', 'dies', 'dit', 'ceci', 'esta', 'questa', 'ini', 'beginning', 'anfang',
  'beginn', 'begin', 'début', 'comienzo', 'inizio', 'início', 'end', 'ende', 'einde', 'fin', 'fine', 'fim', 'close', 'modalen',
  'modale', 'fermer', 'cierra', 'chiudi', 'fechar', 'captions', 'caption', 'closed', 'subtitles', 'descriptions', 'audio', 'stream',
  'seek', 'next', 'unfortunately', 'your', 'no', 'the', 'text', 'defaults']);

/** `captions off, selected`, `English, geselecteerd`: a menu entry's state. */
const SELECTED_END = /, (?:selected|geselecteerd|ausgewählt|sélectionné|seleccionado|selezionato|selecionado|dipilih)$/i;

// `► 2025 (11)`, `▼ March (2)`: a blog's archive tree, a year or month and its count of posts.
const ARCHIVE_TREE = /^[►▼▶▸▾◄]\s*[^()]{1,40}\(\d{1,4}\)$/u;
// `【打印】【关闭窗口】`: a Chinese page's buttons in lenticular brackets; `首页 新闻 国内 国际 财经`: its channel menu, short Han
// words with spaces between (Han prose has none).
// `Stats: Published: 2025-10-19 Words: 6,847 …`, `…, and 158 more users as well as 23 guests left kudos on this work!`: a
// story archive's counts under and over a chapter.
// `Počet přečtení: 1 234`, `Dibaca 1.204 kali`, `12,408 views`: how often the page was read.
const READ_COUNT = /^(?:(?:počet přečtení|přečteno|zobrazeno|dibaca|views|reads|lectures|gelesen|visualizaciones|visualizações|visualizzazioni|weergaven|aufrufe)\s*:?\s*\d[\d\s.,]*(?:\s*(?:×|x|times|kali|krát|fois|veces|vezes|volte|keer|mal))?|\d[\d.,\s]*\s*(?:views|reads|kali dibaca|zhlédnutí|přečtení|lectures|visualizaciones|visualizações|visualizzazioni|weergaven|aufrufe))$/iu;
// `00:00 / 01:26`: a player's elapsed and total time.
const PLAYER_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/;
// `Tag:`, `Tags`, `Topik:`, `Témata:` alone on its line, over the tags one a line.
const TAG_LABEL_ALONE = /^(?:tags?|subjects|related topics|topik|topics|label|labels|kata kunci|témata|štítky|mots-clés|étiquettes|etiquetas|temas|schlagwörter|themen|argomenti|tagi|标签|標籤|关键词|關鍵詞)\s*[:：]?(?:\s*-{3,})?$/iu;
/** Tags one a line under their label. */
const MAX_TAGS = 12;
// `Was this article helpful?` ⏎ `Yes` ⏎ `No` ⏎ `214 people found this helpful`: a help page's feedback widget.
const FEEDBACK_PROMPT = /^(?:was this (?:article|page|answer|information|post|guide) (?:helpful|useful)|found a (?:content )?problem with this page|did this (?:article|page|answer) help(?: you)?|war (?:dieser artikel|diese seite) hilfreich|cet article (?:vous )?a-t-il été utile|(?:¿)?(?:te|le) (?:ha )?(?:resultado|fue) útil(?: este artículo)?|apakah artikel ini membantu|byl (?:pro vás )?tento článek užitečný)\s*\??$/iu;
const FEEDBACK_ANSWER = /^(?:yes|no|ja|nein|oui|non|sí|si|ya|tidak|ano|ne|👍|👎)$/iu;
const HELPFUL_COUNT = /^\d[\d,.]*\s+(?:of\s+\d[\d,.]*\s+)?(?:people|users|readers|customers)\s+found this (?:article |page |answer )?(?:helpful|useful)\.?$/i;
/** `12k Accesses`, `48 Altmetric`, `Check for updates. Verify currency and authenticity via CrossMark`: a journal's page widgets. */
const JOURNAL_WIDGET = /^(?:\d[\d.,]*k?\s+(?:accesses|altmetric)|check for updates\.?\s+verify currency and authenticity via crossmark)$/i;
/** A sentence of the article's, ending in its stop or leading in with a colon. */
const sentenceLine = (l: LineInfo) => l.wordCount >= 5 && /^\p{Lu}/u.test(l.t) && (l.terminal || /:$/.test(l.t));
/** `Index entries for this article`: a weekly's archive index, its entries in a table under it. */
const INDEX_ENTRIES = /^index entries for this (?:article|page)$/i;
/** `4 min`, `12:05`: the length of the audio version, under its player's label. */
const AUDIO_LENGTH = /^\d{1,2}(?::\d{2})?\s*(?:min|mins|minutes?|minuten|minuti|minutos|menit|minut)?\.?$/i;
/** Lines after a feedback prompt that its buttons and count may take. */
const FEEDBACK_LINES = 4;
const STORY_STATS = /^stats:\s+published:|left kudos on this work!?$/i;
// (Two at least: one word in 【】 alone is a subheading, `【轻薄与续航】`.)
const HAN_BUTTONS = /^(?:【[^【】]{1,8}】\s*){2,6}$/u;
const HAN_MENU = /^(?:\p{Script=Han}{1,4}\s+){4,}\p{Script=Han}{1,4}$/u;

/** Whether `t` (emphasis stripped) is one of a video player's texts (`Play Video`, `captions off, selected`). */
export const playerLine = (t: string): boolean =>
  (PLAYER_FIRST.has(firstWord(t)) || (t.includes(', ') && SELECTED_END.test(t))) && PLAYER.test(t);


export const navigation: Detector = {
  id: 'boilerplate/navigation',
  description: 'Menus, breadcrumbs and widget labels',
  kind: 'boilerplate',
  categories: ['navigation'],
  detect({ infos, cues, markdown, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 200) continue;
      if (markdown && (info.block === 'heading' || info.block === 'table')) continue;
      if (/^\|.*\|$/.test(info.t)) continue; // a table row, not a breadcrumb
      const t = stripEmphasisAndSpace(info.t);
      // (A one-word label glued over a paragraph of prose, between paragraphs, is the article's heading: `Settings` ⏎
      // `The Privacy page now …`.)
      // (Read as the lines stand: a label after a stripped line is no heading. `headingLabel` reads the ones kept again
      // once the lines around them are known to stay.)
      const heading = info.wordCount === 1 && standsAsHeading(infos, info.line.index, () => true);
      if ((info.wordCount <= 4 && !heading && cues.nav.test(t)) || /^[×✕✖x]$|^[<>«»‹›←→↑↓]+$/.test(t) || (info.wordCount <= 14 && PREV_NEXT.test(t))
        || (info.wordCount <= 14 && /\d\s+\d|^\p{L}+\s+\d/u.test(t) && PAGINATION.test(t) && ascending(t))) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `Navigation label \`${t}\``, 0.8);
        continue;
      }
      // Most lines are prose, longer than any of these: the word count decides first.
      const furniture = info.wordCount <= 60 && (info.first === 'stats:' || t.includes('kudos')) && STORY_STATS.test(t) ? "A story archive's stats or kudos"
        : info.wordCount <= 30 && (t.includes('.gov') || GOV_BANNER_FIRST.has(info.first)) && GOV_BANNER.test(t) ? "A government site's banner"
        : info.wordCount <= 40 && QA_NOTICE.test(t) ? "A Q&A site's notice"
        : info.wordCount <= 80 && t.includes(' | ') && /^(?:categories|category|kategorie|kategori|catégories|categorías|categorie)\s*:/i.test(t) ? "An encyclopedia's categories"
        // (A hatnote under the encyclopedia's tagline: `For the 1952 flood, see Lenwater flood of 1952.`)
        : info.wordCount <= 30 && HATNOTE.test(t) && info.prev >= 0 && ENCYCLOPEDIA.test(stripEmphasisAndSpace(infos[info.prev]!.t)) ? 'Encyclopedia hatnote'
        : info.wordCount > 20 ? undefined
        : info.wordCount <= 3 && ARCHIVE_MONTH.test(t) ? "A blog archive's month"
        : info.wordCount <= 4 && QA_SORT.test(t) ? "A Q&A site's answers heading or sort control"
        : info.wordCount <= PLAYER_WORDS && ENCYCLOPEDIA.test(t) ? 'Encyclopedia page furniture'
        : info.wordCount <= PLAYER_WORDS && playerLine(t) ? 'Video player text'
        : info.wordCount <= 16 && CLICK_HERE.test(t) ? 'Link prompt'
        : ALERT_BANNER.test(t) ? 'Alert banner'
        : info.wordCount <= 16 && t.includes('cript') && JAVASCRIPT.test(t) ? 'Notice of a feature that needs JavaScript'
        : info.wordCount <= 8 && FEEDBACK_PROMPT.test(t) ? 'Feedback prompt'
        : info.wordCount <= 6 && /^how we reviewed this article:?$/i.test(t) ? "A health site's review notice"
        : info.terminal ? undefined
        : PREV_NEXT_TITLED.test(t) ? 'Link to another post'
        : info.wordCount <= 15 && TAXONOMY_LABEL.test(t) || info.wordCount <= 10 && TAXONOMY_VERB.test(t) ? "Post's sections or tags"
        : t.charCodeAt(0) === 35 && info.wordCount <= 20 && HASHTAGS.test(t) && (t.match(HASHTAG) ?? []).length >= 2 ? "Post's hashtags"
        : IN_SECTION.test(t) ? 'Section of a related post'
        : info.wordCount <= 15 && RECIPE_KEYWORDS.test(t) ? "A recipe card's keywords"
        : info.wordCount <= 10 && RATING.test(t) ? 'Star rating'
        : info.wordCount <= 6 && READ_COUNT.test(t) ? 'Read count'
        : info.wordCount <= 6 && PLAYER_TIME.test(t) ? 'Video player text'
        : info.wordCount <= 12 && LISTEN.test(t) ? "The audio version's player"
        : info.wordCount <= 8 && ARCHIVE_TREE.test(t) ? "A blog archive's year or month"
        : HAN_BUTTONS.test(t) || HAN_MENU.test(t) ? 'Menu or buttons'
        : info.wordCount <= 10 && HELPFUL_COUNT.test(t) ? 'Count of a feedback widget'
        : info.wordCount <= 6 && INDEX_ENTRIES.test(t) ? "An archive's index entries for the article"
        : info.wordCount <= 12 && JOURNAL_WIDGET.test(t) ? "A journal page's metrics or update check"
        : undefined;
      if (furniture) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `${furniture} \`${t.slice(0, 50)}\``, 0.8);
        continue;
      }
      // `Elena Gil | Castrillo | 12/03/2025 - 19:42`: a byline's separators, left to the byline rule.
      if (!HAS_SEPARATOR.test(t) || (info.wordCount <= 14 && dateStamp(t)) || cues.byline.test(t)) continue;
      const parts = t.split(SEPARATORS).filter(Boolean);
      // `登录 | 注册`: two links of the page's own; `当前位置：首页 > 社会 > 正文`: a breadcrumb after its label (Han has no
      // capitals to count).
      // (`Blogy › Hobby a zahrada`: a breadcrumb of two, its arrow no prose writes.)
      if ((parts.length === 2 && (parts.every((p) => cues.nav.test(p)) || (!info.terminal && /\s›\s/.test(t) && parts.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 4))))
        || BREADCRUMB_LABEL.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `Menu or breadcrumb \`${t.slice(0, 50)}\``, 0.8);
        continue;
      }
      // A breadcrumb from the home page to the page itself, whose title may be long (`Accueil » Recettes » Desserts » Far
      // breton aux pruneaux de ma grand-mère`).
      if (parts.length >= 3 && !info.terminal && HOME.test(parts[0]!) && parts.slice(0, -1).every((p) => p.split(/\s+/).length <= 4)) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `Breadcrumb \`${t.slice(0, 50)}\``, 0.8);
        continue;
      }
      // (A spec line's label and its values are no menu: `内存与存储：12GB+256GB / 16GB+512GB / 16GB+1TB`.)
      if (parts.length >= 3 && !info.terminal && !parts[0]!.includes('：') && parts.every((p) => p.split(/\s+/).length <= 4)
        && parts.filter((p) => /^\p{Lu}|^\d|^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(p) || cues.nav.test(p)).length >= parts.length - 1) {
        reportLine(info.line.index, 'boilerplate', 'navigation', `Menu or breadcrumb \`${t.slice(0, 50)}\``, 0.8);
      }
    }
    for (const prompt of infos) {
      if (prompt.blank || prompt.wordCount > 12) continue;
      const under = infos[prompt.next];
      if (under && prompt.next === prompt.line.index + 1 && under.t.length <= 12 && /\d/.test(under.t) && AUDIO_LENGTH.test(stripEmphasisAndSpace(under.t))) {
        const label = stripEmphasisAndSpace(prompt.t);
        if (LISTEN.test(label)) reportLine(under.line.index, 'boilerplate', 'navigation', `Length of the audio version \`${under.t.trim()}\``, 0.75);
        // (`Video: Title` ⏎ `3:24`: the video's length.)
        else if (/^video\s*[:：]/i.test(label) && /:/.test(under.t)) reportLine(under.line.index, 'boilerplate', 'navigation', `Length of the video \`${under.t.trim()}\``, 0.75);
      }
      if (prompt.wordCount > 8 || !FEEDBACK_PROMPT.test(stripEmphasisAndSpace(prompt.t))) continue;
      for (let j = prompt.next, n = 0; j >= 0 && n < FEEDBACK_LINES && FEEDBACK_ANSWER.test(stripEmphasisAndSpace(infos[j]!.t)); j = infos[j]!.next, n++) {
        reportLine(j, 'boilerplate', 'navigation', `Button of the feedback widget on line ${prompt.line.index + 1}`, 0.8);
      }
    }
    // `Tag:` alone, then the tags one a line glued under it (`banjir`, `pengungsi`, `bpbd tirtamulya`).
    if (markdown) return;
    for (const label of infos) {
      if (label.blank || label.wordCount > 2 || !TAG_LABEL_ALONE.test(stripEmphasisAndSpace(label.t))) continue;
      let tags = 0;
      for (let j = label.line.index + 1; j < infos.length && j <= label.line.index + MAX_TAGS; j++) {
        const l = infos[j]!;
        if (l.blank || l.terminal || l.wordCount < 1 || l.wordCount > 4 || l.t.length > 40) break;
        reportLine(j, 'boilerplate', 'navigation', `Tag under \`${label.t.slice(0, 20)}\``, 0.7);
        tags++;
      }
      // (The label too, once tags follow it: `Related Topics ------`.)
      if (tags > 0) reportLine(label.line.index, 'boilerplate', 'navigation', `Label over the tags \`${label.t.slice(0, 20)}\``, 0.7);
    }
    readerPolls(infos, reportLine);
    // A finance site's index ticker: two or more names, each with its level and change (`上证指数 3312.58 +0.41%`, `DAX 18,402.1 −0.3%`).
    for (const info of infos) {
      if (!info.blank && info.t.length <= 200 && info.t.includes('%') && STOCK_TICKER.test(info.t)) reportLine(info.line.index, 'boilerplate', 'navigation', 'Stock index ticker', 0.8);
    }
  },
};

const STOCK_TICKER = /^(?:[^\s\d]{2,12}(?:\s[^\s\d]{1,12})?\s+\d[\d,.]*\s+[+\-−]\d[\d,.]*\s?%\s*){2,}$/u;
/** A poll's answer with its share of the votes (`Několikrát týdně 21 %`, `Yes, daily 38%`). */
const POLL_ANSWER = /^[^\d%]{1,60}?\s\d{1,3}(?:[.,]\d)?\s?%$/u;
const POLL_LABEL = /^(?:anketa|poll|reader poll|umfrage|sondage|encuesta|enquete|jajak pendapat|ankieta|szavazás|sondaggio)$/i;
/** `Hlasovalo 1 204 čtenářů`, `1,204 votes`, `Total votes: 1204`. */
const POLL_COUNT = /^(?:hlasovalo|celkem hlasovalo|total votes|abgestimmt haben|votants|votos)\b|^[\d\s.,]+\s+(?:votes|hlasů|stimmen|suara|głosów|voti)\b/iu;

/**
 * A reader poll's box: its label or its vote count around a question and two or more answers with their shares, no blank
 * line between. (An article's own survey figures carry neither.)
 */
function readerPolls(infos: readonly LineInfo[], reportLine: (line: number, kind: 'boilerplate', category: string, reason: string, confidence: number) => void): void {
  for (let i = 0; i < infos.length; i++) {
    if (infos[i]!.blank || !POLL_ANSWER.test(infos[i]!.t)) continue;
    let last = i;
    while (last + 1 < infos.length && !infos[last + 1]!.blank && POLL_ANSWER.test(infos[last + 1]!.t)) last++;
    const first = i;
    i = last;
    if (last === first) continue;
    const question = first > 0 && !infos[first - 1]!.blank && /\?$/.test(infos[first - 1]!.t) ? first - 1 : -1;
    const top = question >= 0 ? question : first;
    const label = top > 0 && !infos[top - 1]!.blank && POLL_LABEL.test(infos[top - 1]!.t.trim()) ? top - 1 : -1;
    const count = last + 1 < infos.length && !infos[last + 1]!.blank && infos[last + 1]!.wordCount <= 8 && POLL_COUNT.test(infos[last + 1]!.t) ? last + 1 : -1;
    if (label < 0 && count < 0) continue;
    for (let j = label >= 0 ? label : top; j <= (count >= 0 ? count : last); j++) reportLine(j, 'boilerplate', 'navigation', 'A reader poll (its question, answers and votes)', 0.75);
  }
}

/**
 * Whether the one-word line `index` is a heading: glued over a sentence, after a blank line and a sentence, once the
 * lines that do not `stay` are gone (a blank line above may close up).
 */
function standsAsHeading(infos: readonly LineInfo[], index: number, stays: (k: number) => boolean): boolean {
  let next = -1;
  for (let j = index + 1; j < infos.length && !infos[j]!.blank; j++) if (stays(j)) { next = j; break; }
  let prev = -1, gap = false;
  for (let j = index - 1; j >= 0; j--) {
    if (infos[j]!.blank) gap = true;
    else if (stays(j)) { prev = j; break; }
  }
  return next >= 0 && prev >= 0 && gap && sentenceLine(infos[next]!) && sentenceLine(infos[prev]!);
}

/**
 * A one-word label the navigation rule left standing as a heading (`Settings` ⏎ `The Privacy page now …`), read again
 * once every other line rule has run: if the paragraph under it or the one before it is stripped, the label is a
 * menu's after all, and cleaning twice must not find it newly alone.
 */
export const headingLabel: Detector = {
  id: 'boilerplate/navigation',
  description: 'A one-word label kept as a heading, unless the paragraphs around it are stripped',
  kind: 'boilerplate',
  categories: ['navigation'],
  detect({ infos, cues, markdown, flagged, settings, reportLine }) {
    const stays = (k: number) => { const r = flagged.get(k); return !r || !settings.kinds.has(r.kind); };
    for (const info of infos) {
      const index = info.line.index;
      if (info.wordCount !== 1 || info.blank || info.t.length > 200 || !stays(index)) continue;
      if (markdown && (info.block === 'heading' || info.block === 'table')) continue;
      const t = stripEmphasisAndSpace(info.t);
      if (/^\|.*\|$/.test(info.t) || !cues.nav.test(t)) continue;
      if (standsAsHeading(infos, index, stays)) continue;
      reportLine(index, 'boilerplate', 'navigation', `Navigation label \`${t}\``, 0.8);
    }
  },
};
