import type { Cues } from '../../cues';
import { stripEmphasisAndSpace, type LineInfo } from '../../document';
import type { Detector } from '../types';

// `Share on Facebook`, `Share on FacebookShare`, `Facebook Twitter Email`, `Bagikan`, `Follow us on X`.
const SOCIAL = /^(?:share|tweet|email|e-mail|print|facebook|twitter|x|x\.com|linkedin|whatsapp|pinterest|telegram|reddit|line|copy|link|save|pin|flipboard|pocket|messenger|mail|bagikan|partager|compartir|teilen|condividi|delen|sdílet|compartilhar)$/i;

const NEWSLETTER = /\b(?:newsletter\w*|nieuwsbrief\w*|infolettre|boletim|subscribe|sign up|sign-up|inbox|berlangganan|buletin|abonnez-vous|suscr[ií]b\w*|abonnieren|iscriviti|assine|inschrijven|briefing)\b/i;
const CODE_LIKE = /[{}"=<>]|https?:/;
// `Download Apps Detikcom Sekarang`, `Unduh aplikasi …`: the site's app.
// `Download de app van …`, `Scarica l'app`, and the stores' badges (`Download in de App Store`, `Get it on Google Play`).
const APP_DOWNLOAD = /^(?:download|unduh|scarica|descarga|descargue|baixe|télécharge[zr]?|lade|laden sie|stáhněte(?: si)?)\s+(?:(?:the|our|de|la|l['’]|a|die|unsere|nuestra|nossa|onze)\s*)?(?:apps?|aplikasi|aplikaci|applicazione|application|aplicación|aplicativo|aplicação)(?![\p{L}\p{N}])/iu;
const APP_STORE = /^(?:(?:download|get it|get|ontdek het|ontdek|downloaden|disponible|available|verfügbar|jetzt|laden im|beschikbaar|disponibile|scarica|descárgala|descarga|baixe|baixar|dapatkan|unduh|stáhněte)(?:\s+\p{Ll}+){0,3}\s+)(?:app store|google play|appgallery)$/iu;
const STORE = /^(?:app store|google play|appgallery)$/i;
const PROMPT_START = /^(?:thanks for reading|want more (?:stories|news|articles) like this\?|sign up|subscribe|join|get (?:our|the)|daftar|berlangganan|ikuti|follow|simak|gabung|bergabung|inscrivez|abonnieren|suscríbete|iscriviti|assine|schrijf je in|receba|přihlaste se|dapatkan|download(?: the)? apps?|download aplikasi|unduh aplikasi)(?![\p{L}\p{N}])/iu;
/** `PROMPT_START` after any emphasis marks, for a cheap look at a long line before it is stripped. */
const LONG_PROMPT_START = new RegExp(`^[*_\\s]*${PROMPT_START.source.slice(1)}`, 'iu');
// `Receba as notícias no WhatsApp. Clique aqui e participe do nosso canal.`, `Ikuti saluran WhatsApp kami`: a messaging channel's sign-up.
const CHANNEL = /\b(?:whatsapp|telegram)\b.{0,80}\b(?:canal|channel|saluran|kanal|grupo?|group|comunidade|community)\b|\b(?:canal|channel|saluran|kanal|grupo?|group|comunidade|community)\b.{0,40}\b(?:whatsapp|telegram)\b/i;
// `Ikuti berita terkini … di Google News`: the site's channel on a news reader, after a prompt's opening words only (a
// story may be about Google News).
const NEWS_READER = /\bgoogle news\b/i;
// `Limited time offer: Get 6 months of unlimited digital access for $1`: the paper's subscription offer.
const OFFER = /\b(?:limited[- ]time|special|introductory|exclusive|subscriber)\s+offer\b|\b(?:offre (?:spéciale|découverte|d['’]essai|exceptionnelle|limitée)|oferta (?:especial|exclusiva|limitada)|sonderangebot|penawaran (?:khusus|spesial|terbatas)|(?:speciální|zvýhodněná) nabídka)(?![\p{L}])|\bfor (?:just|only)\s+[$€£]|\bsubscribe (?:now|today)\b/iu;
const OFFER_START = /^(?:get|try|start|read|enjoy|subscribe|join|lees|probeer|abonnez|profitez|essayez|lisez|abonnieren|lies|testen|suscríbete|prueba|lee|assine|leia|experimente|abbonati|prova|leggi|dapatkan|nikmati|baca|berlangganan|předplaťte|vyzkoušejte|čtěte)(?![\p{L}])/iu;
const OFFER_GOODS = /\b(?:(?:unlimited|digital|full|premium)\s+(?:digital\s+)?access|subscriptions?|e-edition)\b/i;
// `Got a story? Email tips@… or call 0800 …`, `Hubungi redaksi di …`.
// `Contact Corinne Maddox at cmaddox@… or 555-0173`, `Benjamin Romano: 206-652-6593 or bromano@…`: how to reach the writer.
const CONTACT_WRITER = /^(?:(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Hh]ubungi|[Cc]ontacter|[Cc]ontactar|[Kk]ontakt)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:at|via|on|di|à|en|unter)\s+\S+@|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*:\s+(?:\+?\d[\d\s().-]{6,}\d\s+(?:or|atau|ou|o|oder|of|nebo)\s+)?[\w.+-]+@[\w-]+\.)/u;
// `Kendra Vollmer covers state government for the Register. Reach her at kvollmer@… or 555-0142`: the writer's tagline.
const REACH_THE_WRITER = /(?:^|[.!?]\s+)(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ww]rite to)\s+(?:him|her|them|me)\s+(?:at|on|via)\s+\S+@/u;
const CONTACT = /(?:got a (?:story|tip)|send (?:us )?(?:a )?tips?|contact (?:us|the newsroom)|email us|hubungi (?:kami|redaksi)|kirim (?:berita|tulisan))\b.*(?:@|\d{3})/i;
// The buttons of a blog's share bar, which say where they open: `Click to share on Twitter (Opens in new window)`,
// `Klik untuk berbagi via Facebook (Membuka di jendela yang baru)`, `61Click to share on Facebook (Opens in new window)61`.
const NEW_WINDOW = /\((?:opens?|opening|membuka|se abre|s['’]ouvre|ouvre|wird|si apre|abre|opent|otevře)(?![\p{L}])[^()]{0,40}\)\s*\d*$/iu;
const CLICK_TO_SHARE = /^\d*\s*(?:click to (?:share|email|print)|klik untuk (?:berbagi|membagikan|mengirim|mencetak)|haz clic para (?:compartir|enviar|imprimir)|cliquez pour (?:partager|envoyer|imprimer)|klicken, um|fai clic per (?:condividere|inviare|stampare)|clique para (?:partilhar|compartilhar|enviar|imprimir)|klik om te (?:delen|e-mailen|printen)|klikněte pro (?:sdílení|tisk|odeslání))(?![\p{L}])/iu;
// `Email dan@example.com // Twitter @dan`: the author's address and accounts under their bio.
const AUTHOR_CONTACTS = /^e-?mail\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:\/\/|\||·)\s*(?:twitter|x|mastodon|bluesky|threads|instagram|linkedin|signal)\s+@?[\w.@-]+)*$/i;
// A sign-up box's email field: `Type your email…`, `Votre adresse e-mail`.
const EMAIL_FIELD = /^(?:(?:type|enter) )?(?:your )?e-?mail address(?:\.{3}|…)?$|^(?:(?:type|enter) )?your e-?mail(?:\.{3}|…)?$|^(?:votre adresse (?:e-?mail|électronique)|alamat email anda|tu (?:correo electrónico|email)|ihre e-mail-adresse|deine e-mail-adresse|seu e-mail|o seu e-mail|il tuo indirizzo email|je e-mailadres|váš e-mail)(?:\.{3}|…)?$|^(?:digite|informe|insira) (?:o )?seu e-?mail$|^(?:correo electrónico|endereço de e-?mail|adresse e-?mail|e-?mail-adresse|alamat e-?mail|indirizzo e-?mail|e-?mailadres)\s*\*?$|^(?:請輸入|请输入)\s*(?:email|e-mail|電子郵件|电子邮件|信箱|邮箱)$|^(?:inserisci|insira|introduza|introduce|introduzca|saisissez|entrez|geben sie|gib|vul|voer|masukkan|zadejte)\s+(?:(?:la tua|il tuo|o seu|o teu|seu|tu|votre|ihre|deine|je|uw|váš|alamat)\s+)?(?:(?:indirizzo|endereço|dirección|adresse|adres)\s+(?:de\s+|di\s+)?)?e-?mail(?:-?adresse|adres)?(?:\s+(?:ein|in|anda))?(?:\.{3}|…)?$/i;
// `1.2K Followers`, `·86 Following`: a profile's counts.
const FOLLOWERS = /^[·•]?\s*\d[\d.,]*\s*[KkMm]?\s+(?:followers|following|subscribers|pengikut|seguidores|abonnés|abonnenten|follower|volgers|sledující)$/iu;

// `Share Improve this answer Follow`, `Share Edit Follow Flag`: the buttons under a Q&A site's question or answer.
const POST_BUTTONS = /^share(?:\s+(?:improve this (?:question|answer)|edit|follow|flag|delete|cite))+$/i;
// `5 gold badges`, `17 bronze badges`: a Q&A site's user card.
const BADGES = /^\d[\d,]*\s+(?:gold|silver|bronze)\s+badges?$/i;

// (In French and Indonesian too: `Vous avez testé cette recette ? Mentionnez @…`, `Sudah mencoba resep ini?`.)
const MADE_IT = /^(?:did you (?:make|try|cook|bake) (?:this|it)(?: recipe)?\?|(?:made|tried) (?:this|it)(?: recipe)?\?|tag @[\w.]+ on instagram|vous avez (?:testé|essayé|fait|réalisé) cette recette\s*\?|(?:sudah|pernah) (?:mencoba|bikin|membuat) resep ini\s*\?)/i;
// `★★★★★ 4,8 sur 5 (31 votes)`, `4.8 from 31 votes`: a recipe's or a product's rating.
// (`Hodnocení: 4,6 z 5 (hlasů: 11)`: the Czech widget names its label and the votes first.)
const RATING = /^(?:hodnocení:\s*\d(?:[.,]\d{1,2})?\s*z\s*5\s*\(hlasů:\s*\d+\)|ohodnoťte tento příspěvek:?|rate this(?: post| article)?:?)$|^(?:[★☆✩✭]{3,5}\s*)?\d(?:[.,]\d{1,2})?\s*(?:\/\s*5|(?:sur|out of|from|dari|von|de|su|z)\s+5)?\s*\(?\d[\d.,]*\s*(?:votes?|ratings?|avis|reviews?|ulasan|bewertungen|hodnocení|valoraciones|recensioni)\)?$/iu;
// Words that speak to the reader, in a sign-up box's pitch (`New recipes in your inbox`, `altijd bij de hand in jouw regio`).
// `Receba as notícias no WhatsApp`, `Follow us on Telegram`: a messaging channel's prompt.
const CHANNEL_PROMPT = /^(?:receba|siga|entre|participe|join|get|follow|ikuti|gabung|suivez|recibe|únete|segui|folge)\b.{0,60}\b(?:whatsapp|telegram)\b/iu;
const FOLLOW_TOPICS = /^follow (?:topics|authors)\b/i;
/** `Vous avez aimé cet article ?`, `Enjoyed this article?`: a question heading a sign-up box. */
const ENJOYED = /^(?:vous avez aimé cet article|enjoyed this (?:article|story|post)|did you (?:enjoy|like) this (?:article|story|post)|like this (?:article|story)|hat ihnen (?:der|dieser) artikel gefallen|suka dengan artikel ini|líbil se vám (?:tento )?článek|¿te ha gustado este artículo)\s*\?$/iu;
/**
 * Whether `info` reads like a sign-up box's heading: a short unpunctuated line no rule took. A date or a price next to
 * the box is the page's, not the box's heading.
 */
function boxHeading(info: LineInfo, flagged: ReadonlyMap<number, unknown>): boolean {
  if (info.blank || flagged.has(info.line.index) || (info.terminal && !ENJOYED.test(info.t)) || info.wordCount > 6 || info.block === 'heading') return false;
  return !(/\d/.test(info.t) && (info.wordCount <= 2 || /[€$£¥]|\d[.,:/-]\d|(?<!\d)(?:19|20)\d\d(?!\d)/.test(info.t)));
}

/** A pitch that promises mail (`… in one email every weekday evening`). */
// (Inflected and in other languages: `do vašeho e-mailu`, `dans votre boîte mail`, `ins E-Mail-Postfach`.)
const BY_EMAIL = /\b(?:e-?mail(?:s|u|em|y)?|inbox|newsletter|courriel|(?:tu|su|vuestro)\s+correo|boîte (?:mail|aux lettres|de réception)|postfach|bandeja de entrada|casella (?:di posta|email))\b|電子報|电子报|電子郵件|电子邮件|邮箱/iu;
/** A sign-up box's button alone (`Aanmelden`, `Anmelden`, `Daftar`). */
const SIGN_UP_BUTTON = /^(?:sign up|register|je m['’]abonne|apúntate|apuntarme|suscríbete|suscribirme|inscríbete|aanmelden|inschrijven|anmelden|registrieren|s['’]inscrire|inscribirse|regístrate|inscrever-se|cadastrar|iscriviti|daftar|registrovat|přihlásit(?: se)? k odběru|odebírat(?: zdarma)?|je m['’]inscris|訂閱|订阅|立即訂閱|立即订阅)$/i;
const SECOND_PERSON = /(?<![\p{L}])(?:you|your|jouw|jij|uw|tua|tuo|tuoi|tue|votre|vos|vous|ton|deine?|dich|dir|você|seu|sua|teu|tus|tu|kamu|anda|váš|vaše|vaší|vašich|vašeho|vašem|vašemu|vašim|vám|tvůj|tvoje|tvého|tvém)(?![\p{L}])/iu;

// A paywall's notice and its login prompt: `Cet article est réservé aux abonnés`, `Dieser Artikel ist Abonnentinnen und
// Abonnenten vorbehalten.`, `This article is for subscribers only`, `Bereits Abonnentin oder Abonnent? Login`.
const PAYWALL = /^(?:(?:unlimited|onbeperkt|unbegrenzte[rn]?|illimité|ilimitado|illimitato) (?:toegang|access|zugang|accès|acceso|acesso|accesso)\b.{0,60}\?$|(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)|(?:this|the) (?:article|story) is for subscribers only|the following subscription-only content has been made available|(?:cet|l['’]) ?article est réservé aux abonnés|(?:dieser|der) (?:artikel|beitrag) ist (?:nur )?(?:für )?abonnent\S*(?: und abonnent\S*)?(?: vorbehalten)?|(?:este|el) (?:artículo|contenido) es exclusivo para (?:suscriptores|socios)|(?:este|o) (?:artigo|conteúdo) é exclusivo para assinantes|(?:questo|l['’]) ?articolo è riservato agli abbonati|(?:dit|het) artikel is (?:alleen )?(?:exclusief )?voor abonnees|(?:artikel|konten) ini (?:khusus|hanya) untuk (?:pelanggan|member)|tento článek je (?:jen|pouze) pro předplatitele|il vous reste \d{1,3}(?:[.,]\d{1,2})?\s?% de cet article à lire|la suite est réservée aux abonnés|you have \d{1,3}% (?:of this article )?left to read|already (?:a )?(?:subscriber|member)\?|bereits abonnent\S*(?: oder abonnent\S*)?\?|déjà abonné\S*\s?\?|¿ya (?:eres|estás) suscrito\S*\?|já é assinante\?|sei già abbonato\?|al abonnee\?|sudah berlangganan\?)/iu;
// `Something went wrong, please try again later.`, `Thank you for subscribing!`: a sign-up form's messages.
const FORM_MESSAGE = /^(?:something went wrong,? please try again(?: later)?|please enter a valid e-?mail(?: address)?|thank you for (?:subscribing|signing up)|thanks for (?:subscribing|signing up)|terjadi kesalahan,? silakan coba lagi|une erreur (?:est survenue|s['’]est produite)|ein fehler ist aufgetreten|se ha producido un error|ocorreu um erro)[.!]?$/i;
const READER_SUPPORTED = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}is a reader-supported publication\b/u;
// (`1 € le premier mois`: the first month's price.)
const SUBSCRIPTION_PRICE = /(?:[€$£]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|(?:euro|eur|dollars?|pounds?|reais|real)\b))[^.]{0,30}\b(?:(?:per|pro|par|por|a|al|la|\/)\s*(?:week|semaine|semana|woche|settimana|month|maand|mois|mes|mês|monat|mese|year|jaar|an|año|ano|jahr|anno|minggu|bulan|tahun)|(?:le |the |el |o )?(?:premier|first|primer|primeiro) (?:mois|month|mes|mês)|for \d{1,2} (?:weeks|months))\b/iu;
/** A currency sign or word: what a price needs, looked for before the price itself. */
const CURRENCY = /[€$£]|euro|EUR|reais|dollar|pound/;
const SUBSCRIPTION_WORD = /abonne|abonn|subscri|suscri|assin|abbona|langgan|opzegbaar|cancel|kündbar|résiliable|digita/iu;
// `Fehler gefunden? Jetzt melden.`, `Spotted an error? Let us know`: the site's prompt to report a mistake.
const REPORT_ERROR = /^(?:fehler gefunden\?|(?:found|spotted|see) (?:an? )?(?:error|mistake|typo)\?|vous avez (?:repéré|trouvé|remarqué) une (?:erreur|faute)\s?\?|une erreur\s?\?|¿(?:has visto|encontraste|viste) (?:un|algún) error\?|encontrou (?:um|algum) erro\?|hai trovato un errore\?|fout gezien\?|našli jste chybu\?)/iu;
// `We use your sign-up to provide content in ways you've consented to …`, `By signing up, you agree to our …`: a sign-up
// box's consent note.
const SIGN_UP_CONSENT = /^(?:we use your sign-?up to\b|by (?:signing up|subscribing|clicking (?:sign up|subscribe)|registering|submitting your e-?mail(?: address)?|entering your e-?mail(?: address)?),? you (?:agree|consent|accept)|iscrivendoti (?:dichiari|accetti)|en vous inscrivant,? vous (?:acceptez|reconnaissez)|al (?:suscribirte|registrarte),? (?:aceptas|acepta)|ao (?:se )?(?:inscrever|subscrever|registar)[\p{L}-]*,? (?:você )?(?:aceita|concorda)|mit (?:der|ihrer|deiner) anmeldung (?:akzeptier|stimm)|dengan mendaftar,? (?:anda|kamu) (?:menyetujui|setuju)|(?:odesláním|přihlášením(?: k odběru)?|registrací),? souhlasíte)/iu;

// `Vos données sont traitées par X pour vous adresser la newsletter.`: a sign-up box's privacy note (read with its
// newsletter word: a story about privacy says as much of someone else's data).
const DATA_NOTICE = /^(?:vos données(?: personnelles)?|your (?:personal )?data|ihre (?:personenbezogenen )?daten|sus datos(?: personales)?|os seus dados|i tuoi dati|uw gegevens|data (?:pribadi )?anda|vaše (?:osobní )?údaje)\s+(?:sont|seront|is|are|will be|werden|son|serán|são|serão|sono|saranno|worden|akan|jsou|budou)\s+(?:\p{L}+\s+)?(?:traitées|utilisées|processed|used|verarbeitet|genutzt|tratados|utilizados|trattati|utilizzati|verwerkt|gebruikt|diproses|digunakan|zpracovávány|zpracovány)(?![\p{L}])/iu;

/** The three patterns above as one: most lines fail it at their first word, and only one that passes is told apart. */
const SENTENCE_PROMPT = new RegExp(`${PAYWALL.source}|${REPORT_ERROR.source}|${SIGN_UP_CONSENT.source}`, 'iu');

// The like button's label, as blog software writes it (capitalised: `like this:` in a wrapped sentence is prose).
// `Vous pouvez partager un article en cliquant sur les icônes de partage …`: a French paper's notice on sharing.
const SHARING_NOTICE = /^vous pouvez partager un article en cliquant sur les icônes de partage\b/i;
// `1.2k shares`: the story's share counter.
const SHARE_COUNT = /^\d[\d.,]*\s*[km]?\s+(?:shares?|partages|compartidos|condivisioni|sdílení|kali dibagikan)$/i;
// `Share or comment on this article: <the headline>`: a tabloid's share bar, the story's title after its label.
const SHARE_OR_COMMENT = /^share or comment on this (?:article|story)\s*:/i;
const LIKE = /^(?:Like|Curtir|Like this|Like Loading(?:\.\.\.|…)|To se mi líbí Načítání(?:\.\.\.|…)|Suka ini|Suka Memuat\.\.\.|Me gusta esto|Me gusta Cargando\.\.\.|J['’]aime ceci|J['’]aime [Cc]hargement…|Gefällt mir|Mi piace|Gostar disto|Curtir isso|Vind ik leuk|To se mi líbí|Líbí se mi)\s*[:.…]*$/u;

// `Email ThisBlogThis!Share to Twitter`: the words that join the buttons' names.
// (`Salin Link`, `Copier le lien`, `Kopírovat odkaz`: the copy-link button among the networks.)
const socialToken = (w: string) => SOCIAL.test(w) || /^(?:on|via|to|this!?|blog|salin|tautan|copier|le|lien|kopieren|copiar|enlace|copia|kopírovat|zkopírovat|odkaz|複製連結|复制链接|複製網址)$/i.test(w);
const isSeparator = (c: string) => /[\s|•·,/]/.test(c);
const isLowerAscii = (c: string) => c >= 'a' && c <= 'z';
const isUpperAscii = (c: string) => c >= 'A' && c <= 'Z';

/** The first token of `t` as the camel-case split below would give it (`ShareFacebook` → `Share`). */
function firstToken(t: string): string {
  let i = 0;
  while (i < t.length && isSeparator(t[i]!)) i++;
  const start = i;
  while (i < t.length && !isSeparator(t[i]!) && !(i > start && (isLowerAscii(t[i - 1]!) || t[i - 1] === '!') && isUpperAscii(t[i]!))) i++;
  return t.slice(start, i);
}

/** A line's text without the emphasis marks around it, looked at only where a pattern's first letters may match. */
const t0 = (info: LineInfo) => (/^[*_]/.test(info.t) ? stripEmphasisAndSpace(info.t) : info.t);

/** What a line is by its own text as this rule reads it: a prompt (`prompt`: a sign-up, whose box's heading may stand next to it). */
export interface ShareLine {
  readonly reason: string;
  readonly confidence: number;
  readonly prompt: boolean;
  /**
   * A line of a sign-up box (`Subscribe`, a paywall's notice): not enough to make a short line next to it the box's
   * heading (it may be the story's headline), but part of the box for its pitch.
   */
  readonly signUp?: boolean;
}

/** The share, follow, sign-up or contact prompt `info` is by its own text, if any. */
export function shareLine(info: LineInfo, cues: Cues): ShareLine | undefined {
  if (info.blank || info.t.length > 400) return undefined;
  // A paywall's notice, a box's consent note, the prompt to report a mistake: a sentence or two, long or short.
  // `The Larkhaven Ledger is a reader-supported publication. To receive new posts …`: a newsletter platform's pitch.
  if (info.wordCount <= 40 && info.t.includes('reader-supported') && READER_SUPPORTED.test(info.t)) {
    return { reason: `Subscription pitch \`${info.t.slice(0, 40)}\``, confidence: 0.8, prompt: false, signUp: true };
  }
  if (info.wordCount <= 40 && SENTENCE_PROMPT.test(t0(info))) {
    if (PAYWALL.test(t0(info))) return { reason: `Paywall notice \`${info.t.slice(0, 40)}\``, confidence: 0.85, prompt: false, signUp: true };
    if (REPORT_ERROR.test(t0(info))) return { reason: `Prompt to report a mistake \`${info.t.slice(0, 40)}\``, confidence: 0.8, prompt: false };
    if (SIGN_UP_CONSENT.test(t0(info))) return { reason: `Consent note of a sign-up box \`${info.t.slice(0, 40)}\``, confidence: 0.8, prompt: false, signUp: true };
  }
  if (info.wordCount <= 40 && DATA_NOTICE.test(t0(info)) && NEWSLETTER.test(info.t)) {
    return { reason: `Privacy note of a sign-up box \`${info.t.slice(0, 40)}\``, confidence: 0.8, prompt: false, signUp: true };
  }
  // `Lees De Lantaarn digitaal vanaf 2 euro per week. Maandelijks opzegbaar.`: a subscription's price.
  // (A story on subscription prices states them in a sentence of its own: a long one must read as the offer, `Get …`.)
  if (info.wordCount <= 25 && CURRENCY.test(info.t) && (SUBSCRIPTION_PRICE.test(info.t) && SUBSCRIPTION_WORD.test(info.t) || OFFER.test(info.t) && OFFER_GOODS.test(info.t))
    && (!(info.terminal && info.wordCount >= 12) || OFFER.test(info.t) || OFFER_START.test(info.t))) {
    return { reason: `Subscription offer \`${info.t.slice(0, 40)}\``, confidence: 0.75, prompt: false, signUp: true };
  }
  // `分享到：微信 微博 QQ空间`: a Chinese share bar after its label.
  if (info.t.length <= 60 && /^(?:分享到|分享至|分享)[:：]/.test(info.t)) return { reason: `Share bar \`${info.t.slice(0, 40)}\``, confidence: 0.9, prompt: false };
  // `Follow topics and authors from this story to see more like this in your … feed`: a sentence, a prompt all the same.
  if (info.wordCount <= 30 && FOLLOW_TOPICS.test(info.t)) return { reason: `Follow prompt \`${info.t.slice(0, 40)}\``, confidence: 0.75, prompt: false };
  if (info.wordCount <= 60 && info.t.includes('@') && REACH_THE_WRITER.test(info.t)) {
    return { reason: `Contact or tip-off prompt \`${info.t.slice(0, 40)}\``, confidence: 0.7, prompt: false };
  }
  if (info.wordCount <= 50 && info.t.length <= 400 && SHARE_OR_COMMENT.test(info.t)) {
    return { reason: `Share bar with the story's title \`${info.t.slice(0, 40)}\``, confidence: 0.85, prompt: false };
  }
  if (info.wordCount <= 60 && info.t.length <= 500 && SHARING_NOTICE.test(info.t)) {
    return { reason: `Notice on sharing the article \`${info.t.slice(0, 40)}\``, confidence: 0.85, prompt: false };
  }
  // Channel and newsletter sign-ups may run to a few sentences (`Dapatkan update berita … Mari bergabung di Grup
  // Telegram …`); every other prompt is short. Most long lines are prose: the opening words decide first.
  if (info.t.length > 120) {
    if (info.wordCount > 50 || !LONG_PROMPT_START.test(info.t)) return undefined;
    const t = stripEmphasisAndSpace(info.t);
    return PROMPT_START.test(t) && (NEWSLETTER.test(t) || CHANNEL.test(t) || NEWS_READER.test(t))
      ? { reason: `Newsletter or subscription prompt \`${t.slice(0, 40)}\``, confidence: 0.7, prompt: true } : undefined;
  }
  // `Email *`: a form's required field, not a share button.
  if (/\s\*$/.test(info.t)) return undefined;
  const t = stripEmphasisAndSpace(info.t);
  if (info.wordCount <= 6) {
    if (LIKE.test(t)) return { reason: `Like button \`${t.slice(0, 40)}\``, confidence: 0.9, prompt: false };
    if (SHARE_COUNT.test(t)) return { reason: `Share counter \`${t.slice(0, 40)}\``, confidence: 0.85, prompt: false };
    if (EMAIL_FIELD.test(t)) return { reason: `Email field of a sign-up box \`${t.slice(0, 40)}\``, confidence: 0.8, prompt: true };
    if (FOLLOWERS.test(t)) return { reason: `Follower count \`${t.slice(0, 40)}\``, confidence: 0.85, prompt: false };
    if (POST_BUTTONS.test(t)) return { reason: `A Q&A post's buttons \`${t.slice(0, 40)}\``, confidence: 0.9, prompt: false };
    if (BADGES.test(t)) return { reason: `A user card's badges \`${t.slice(0, 40)}\``, confidence: 0.85, prompt: false };
  }
  // A sentence ending in `(opens in a new window).` is prose; a button's label may close on a counter (`…window)61`).
  if (info.wordCount <= 20 && ((/^[\dckhf]/i.test(t) && CLICK_TO_SHARE.test(t)) || ((/\d$/.test(t) || !info.terminal) && NEW_WINDOW.test(t)))) {
    return { reason: `Share button \`${t.slice(0, 40)}\``, confidence: 0.9, prompt: false };
  }
  if (info.wordCount <= 10 && cues.share.test(t)) return { reason: `Share or follow prompt \`${t.slice(0, 40)}\``, confidence: 0.9, prompt: false, signUp: NEWSLETTER.test(t) || SIGN_UP_BUTTON.test(t) };
  // `Did you make this recipe? Tag @site on Instagram`: a recipe blog's call to share.
  if (info.wordCount <= 10 && (/\d/.test(t) || /^(?:ohodnoťte|rate this)/i.test(t)) && RATING.test(t)) return { reason: `A rating \`${t.slice(0, 40)}\``, confidence: 0.8, prompt: false };
  if (info.wordCount <= 25 && MADE_IT.test(t)) return { reason: `Call to share the reader's result \`${t.slice(0, 40)}\``, confidence: 0.8, prompt: false };
  // Widget labels glued together: split camel-case joins and separators, then require every token to be social.
  // The first token decides cheaply for most lines: every token must be social for the line to be buttons.
  // (A network's own capitals stay: `WhatsApp`, `LinkedIn`; a label's colon goes: `Bagikan: Facebook Twitter`.)
  const tokens = info.wordCount > 14 || !socialToken(firstToken(t).replace(/[:：]$/, '')) ? []
    : t.split(/[\s|•·,/]+/).filter(Boolean).map((w) => w.replace(/[:：]$/, '')).flatMap((w) => socialToken(w) ? [w] : w.replace(/([a-z!])([A-Z])/g, '$1 $2').split(' '));
  if (tokens.length >= 2 && tokens.length <= 16 && tokens.every(socialToken) && tokens.some((w) => SOCIAL.test(w))) {
    return { reason: `Social sharing buttons \`${t.slice(0, 40)}\``, confidence: 0.9, prompt: false };
  }
  // (Behind a bullet too: `• Follow the Long Read on X at @longread, listen to our podcasts here`.)
  if (/^(?:[•·]\s*)?(?:follow|ikuti|suivez|siga|síguenos|siguenos|sigue|seguinos|segue|folge|segui|volg)(?![\p{L}])/iu.test(t) && info.wordCount <= 30
    && (!info.terminal || (/^[•·]/.test(t) && info.wordCount >= 6))) {
    return { reason: `Follow prompt \`${t.slice(0, 40)}\``, confidence: 0.75, prompt: false };
  }
  // `The Auto Wire newsletter brings you … Sign up here.`: a pitch closing on its link.
  if (info.wordCount <= 40 && /sign up here\.?$/i.test(t) && NEWSLETTER.test(t)) return { reason: `Newsletter pitch \`${t.slice(0, 40)}\``, confidence: 0.8, prompt: false, signUp: true };
  if (info.wordCount <= 12 && FORM_MESSAGE.test(t)) return { reason: `A sign-up form's message \`${t.slice(0, 40)}\``, confidence: 0.75, prompt: false, signUp: true };
  if (info.wordCount <= 12 && CHANNEL_PROMPT.test(t)) return { reason: `Messaging channel prompt \`${t.slice(0, 40)}\``, confidence: 0.75, prompt: true };
  if (info.wordCount <= 8 && APP_STORE.test(t)) return { reason: `App store badge \`${t.slice(0, 40)}\``, confidence: 0.8, prompt: true };
  // (The line's shape first: most short lines are sentences, and the three lists need not be read for them.)
  if ((info.wordCount <= 14 && !(info.terminal && info.wordCount >= 8) || info.wordCount <= 50 && PROMPT_START.test(t) || !info.terminal && info.wordCount <= 20)
    && (NEWSLETTER.test(t) || CHANNEL.test(t) || APP_DOWNLOAD.test(t) || (NEWS_READER.test(t) && PROMPT_START.test(t))) && (APP_DOWNLOAD.test(t) || !CODE_LIKE.test(t))) {
    return { reason: `Newsletter or subscription prompt \`${t.slice(0, 40)}\``, confidence: 0.7, prompt: true };
  }
  if (info.wordCount <= 8 && t.includes('@') && AUTHOR_CONTACTS.test(t)) return { reason: `The author's contacts \`${t.slice(0, 40)}\``, confidence: 0.8, prompt: false };
  if (info.wordCount <= 25 && (CONTACT.test(t) || (t.includes('@') && CONTACT_WRITER.test(t)))) return { reason: `Contact or tip-off prompt \`${t.slice(0, 40)}\``, confidence: 0.7, prompt: false };
  return undefined;
}

export const share: Detector = {
  id: 'boilerplate/share',
  description: 'Share, follow and newsletter prompts',
  kind: 'boilerplate',
  categories: ['share'],
  detect({ infos, cues, flagged, reportLine }) {
    const prompts = new Set<number>();
    const buttons = new Set<number>();
    const box = new Set<number>();
    for (const info of infos) {
      const found = shareLine(info, cues);
      if (!found) continue;
      reportLine(info.line.index, 'boilerplate', 'share', found.reason, found.confidence);
      (found.prompt ? prompts : buttons).add(info.line.index);
      if (found.prompt || found.signUp) box.add(info.line.index);
    }
    // A one-letter network (`X`) on its own line is a button only in a column of buttons, a store's name alone a
    // badge only next to the app's prompt.
    for (const info of infos) {
      if (info.wordCount > 2 || info.blank || flagged.has(info.line.index)) continue;
      const t = stripEmphasisAndSpace(info.t);
      if (SOCIAL.test(t) && (buttons.has(info.prev) || buttons.has(info.next))) {
        reportLine(info.line.index, 'boilerplate', 'share', `Share button \`${t}\` among others`, 0.85);
      } else if (STORE.test(t) && (prompts.has(info.prev) || prompts.has(info.next))) {
        reportLine(info.line.index, 'boilerplate', 'share', `App store badge \`${t}\``, 0.8);
        prompts.add(info.line.index);
        box.add(info.line.index);
      }
    }
    // The heading of a sign-up box: a short unpunctuated line next to a prompt (`Get daily business news`, `La
    // Penisola in 5 minuti`). A prompt another rule took for something else (a teaser that mentions signing up) heads
    // no box.
    const isPrompt = (k: number) => prompts.has(k) && flagged.get(k)?.category === 'share';
    // (Under the box's own label too: `Newsletter` ⏎ `Éco Matin` ⏎ pitch ⏎ `S’inscrire`.)
    const isLabel = (k: number) => box.has(k) && flagged.get(k)?.category === 'share' && /^(?:(?:the|our|la|notre|le|unser|der)\s+)?newsletters?$/i.test(infos[k]!.t);
    for (const info of infos) {
      if (!boxHeading(info, flagged)) continue;
      // (Under a prompt only with no blank line between: a subheading after a channel prompt and a blank line is the
      // article's.)
      const near = isPrompt(info.next) || ((isPrompt(info.prev) || isLabel(info.prev)) && info.prev === info.line.index - 1);
      if (near) reportLine(info.line.index, 'boilerplate', 'share', `Heading of a sign-up box (\`${info.t.slice(0, 40)}\`)`, 0.65);
    }
    // Its pitch, no blank line between it and its prompts: between its heading or a prompt and another prompt (`Het
    // laatste nieuws … altijd bij de hand.`), or over two prompts, speaking to the reader (`New recipes in your inbox`).
    for (const info of infos) {
      const i = info.line.index;
      // (A Markdown heading is no box's text: it may be what made the text read as Markdown, and a clean that took it
      // would read the rest as plain text, differently.)
      // (Under a messaging channel's prompt, its pitch runs longer: `Get the latest … sent straight to your phone. Tap here
      // to join - you can leave at any time …`.)
      const limit = i > 0 && info.prev === i - 1 && CHANNEL.test(infos[i - 1]!.t) ? 45 : 25;
      if (info.blank || flagged.has(i) || info.wordCount > limit || info.block === 'heading') continue;
      const above = info.prev === i - 1 && (box.has(info.prev) || flagged.get(info.prev)?.category === 'share');
      // Under its prompt, the last line of the box (`Entre no canal … e receba as notícias no seu celular.`).
      if (info.next !== i + 1 || !box.has(info.next)) {
        if (above && box.has(info.prev) && (info.next < 0 || info.next > i + 1) && SECOND_PERSON.test(info.t)) {
          reportLine(i, 'boilerplate', 'share', `Text of a sign-up box (\`${info.t.slice(0, 40)}\`)`, 0.65);
        }
        continue;
      }
      const below = infos[info.next]!.next;
      // (Over a lone button, a pitch that promises mail to the reader with the box's heading right over it: `Ranní Výhled`
      // ⏎ `… každé ráno do vašeho e-mailu.` ⏎ `Odebírat zdarma`.)
      const headed = i > 0 && info.prev === i - 1 && boxHeading(infos[i - 1]!, flagged) && SECOND_PERSON.test(info.t) && BY_EMAIL.test(info.t);
      if (above || headed || (below === i + 2 && box.has(below) && (SECOND_PERSON.test(info.t) || BY_EMAIL.test(info.t)))) {
        reportLine(i, 'boilerplate', 'share', `Text of a sign-up box (\`${info.t.slice(0, 40)}\`)`, 0.65);
        // Over the pitch, the box's heading (`Gridline Daily`): a short unpunctuated line with no blank line between.
        const heading = infos[info.prev];
        if (!above && heading && info.prev === i - 1 && boxHeading(heading, flagged)) {
          reportLine(info.prev, 'boilerplate', 'share', `Heading of a sign-up box (\`${heading.t.slice(0, 40)}\`)`, 0.65);
        }
      }
    }
  },
};
