import { stripEmphasis } from '../../document';
import { photoCopyright } from '../caption/credit';
import type { Detector } from '../types';

// `This site and its articles are licensed under a Creative Commons …`, `Text is available under the Creative Commons …`,
// `This page was last edited on …`: the site's licence notice and an encyclopedia's footer.
const LICENCE = /^this\s+(?:work|website|site|blog|page|article|post|content)\b.{0,160}\blicen[cs]ed\s+under\b|^text is available under the creative commons\b|^(?:the\s+)?(?:documentation|content|text|site content|code samples?)\s+(?:is\s+|are\s+)?(?:licensed|available|released)\s+under\s+(?:the\s+)?(?:cc|creative commons|mit|apache|gnu|bsd|mpl)\b|^this page was last (?:edited|modified) on\b|\bhas strict sourcing guidelines and relies on peer-reviewed studies\b|^our experts continually monitor the health and wellness space\b|^open access\s+this (?:article|paper|chapter) is licensed under\b|^publisher['’]s note\s+\p{L}.{0,80}\bremains neutral\b/iu;
// `Originally published at www.example.com on November 18, 2011.`, `A version of this article appears in print on …`,
// `Artikel ini telah tayang di … dengan judul …`, `Artikel ini merupakan terjemahan dan saduran dari …`, `This article
// appears in the May 2026 issue of …`: where the story first appeared.
const REPUBLISHED = /^(?:this (?:article|story|post|piece|essay) (?:was|is) )?(?:originally|first) (?:published|posted|appeared)\s+(?:at|on|in|by)\b|^a version of this (?:article|story) appear(?:s|ed) in print\b|^this (?:article|story|essay|piece) appear(?:s|ed) in the (?:\p{L}+\s+){0,3}(?:\d{4}\s+)?(?:issue|edition)\b|^artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat)\b|^artikel ini (?:merupakan|adalah) (?:terjemahan|saduran)\b/iu;

// `This website uses cookies to improve your experience`, `Questo sito utilizza cookie tecnici e, previo tuo consenso, …`,
// `Wir verwenden Cookies …`: a consent banner. A site or `we` using cookies for the reader's consent, privacy or the
// site's traffic (`We use cookie crumbs for the base` is a recipe's).
const COOKIE_USE = /^(?:we(?:['’]d| would) like to (?:set|use)|(?:we and our (?:partners|vendors)|nosotros y nuestros socios|nous et nos partenaires|wir und unsere partner|wij en onze partners|nós e (?:os )?nossos parceiros|noi e i nostri partner|kami dan mitra kami|this (?:web)?site|our (?:web)?site|we|questo sito(?: web)?|il (?:nostro )?sito|ce site(?: web)?|nous|diese (?:web)?seite|diese website|unsere (?:web)?seite|wir|este (?:sitio(?: web)?|site|sítio|portal)|deze (?:web)?site|wij|tento web|tyto (?:webové )?stránky|situs(?: web)? ini|kami)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:uses?|utilizza|usa|utilise|utilisons|verwendet|verwenden|nutzt|nutzen|benutzt|benutzen|setzt|setzen|utiliza|utilizamos|usamos|gebruikt|gebruiken|maakt gebruik van|maken gebruik van|používá|používáme|menggunakan)|utilizziamo|usiamo|utilizamos|usamos|používáme)\s+(?:[\p{L}'’-]+\s+){0,4}?cookies?(?![\p{L}])/iu;
// `Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie.`: Czech names
// the cookies last.
const COOKIE_USE_LAST = /^(?:tento web|tyto (?:webové )?stránky|náš web|(?:na )?(?:tomto|našem) webu)\s+(?:\p{L}+\s+)?(?:používá|využívá|používáme|využíváme)\s.{0,200}?\bcookies?(?![\p{L}])/iu;
// (Every licence notice opens with one of these words or names the sourcing guidelines: most lines skip the long pattern.)
const LICENCE_OPENING = /^(?:this|text|the|documentation|content|site|code|our|open|publisher)/i;
const SOURCING = /sourcing guidelines/i;
const COOKIE_PURPOSE = /(?:essential|necessary) cookies|website work|site work|how you use|other (?:web)?sites|consen|zustimm|einwillig|accept|akzept|acept|accett|aceit|souhlas|privacy|privac|confidentialit|datenschutz|soukrom|privasi|experience|esperienza|expérience|experiencia|experiência|ervaring|zážit|pengalaman|analy|statist|personali|browsing|navigazione|navigation|navegaci|navegaç|prohlížení|traffic|traffico|trafic|tráfego|pubblicit|advertis|publicit|werbung|reklam|iklan|terze parti|third[- ]part|tiers|dritt|terceros|terceiros|derden|třetích|pihak ketiga/i;
// `Cookie settings`, `Preferenze cookie`, `Gestion des cookies`: the link to the banner; `Accept additional cookies`, `Cookies on
// Example.gov`: the banner's buttons and heading.
const COOKIE_LINK = /^(?:(?:accept|reject|allow|deny|decline|refuse|view|hide|manage)(?:\s+(?:all|additional|optional|analytics|essential|necessary|these))?\s+cookies|cookies on\s+\S+)$|^(?:(?:manage|gestisci|gérer|gestionar|gerir|verwalten|beheer)\s+)?(?:cookies?[-\s]*(?:settings|preferences|policy|preferenze|impostazioni|einstellungen|richtlinie|instellingen|beleid|nastavení|pengaturan|consent)|(?:settings|preferences|preferenze|impostazioni|paramètres|gestion|configuración|configurar|preferencias|preferências|definições|nastavení|pengaturan|kebijakan|política|politique|informativa|instellingen|zásady)\s+(?:(?:de|des|dei|sui|di|sulle|van|voor|dos|das|používání)\s+)?(?:i\s+|los\s+|os\s+|les\s+)?(?:cookies?|souborů cookie))$/iu;

// `Registrazione al Tribunale di … n. 1187 del 14/09/1998.`, `Depósito legal: …`, `Registo ERC n.º …`: the paper's
// legal registration in its footer.
const REGISTRATION = /^(?:registrazione (?:presso il |al |del )?tribunale|reg\. ?trib\.|autorizzazione del tribunale|testata (?:giornalistica )?registrata|iscrizione (?:al )?roc|depósito legal|registo (?:na )?erc|registad[ao] na erc|verantwortlich (?:im sinne|i\.\s?s\.\s?d\.)|numéro de commission paritaire|commission paritaire|terverifikasi (?:dewan pers|faktual))(?![\p{L}])/iu;

// A press release's tail: its end mark (`###`, `-30-`), then the company's `About …` section, the forward-looking
// statements disclaimer, the media contact.
const RELEASE_END = /^(?:#\s?#\s?#|-\s?30\s?-)$/;
/** Non-blank lines after the end mark in which its sections stand. */
const RELEASE_TAIL_LINES = 12;
const ABOUT_HEADING = /^(?:about|à propos d[eu']|acerca de|sobre|über|tentang|informazioni su|over)\s+\S.{0,60}$/iu;
const DISCLAIMER_HEADING = /^(?:forward-looking statements?|cautionary (?:note|statement)s?(?: regarding forward-looking statements?)?|safe harbou?r statement)$/i;
// `This news release contains forward-looking statements …`: the disclaimer, wherever it stands.
const DISCLAIMER = /^(?:this (?:news |press )?release (?:contains|includes|may contain) forward-looking statements|certain statements in this (?:news |press )?release)/i;
const MEDIA_CONTACT = /^(?:media|press|investor|news)\s+(?:contacts?|inquiries|enquiries|relations)\s*:?$|^(?:kontak media|contacto (?:de prensa|para medios)|contact presse|pressekontakt|contatto stampa|contato (?:de imprensa|para imprensa)|perscontact)\s*:?$/iu;

/** Words one of the registration's phrases holds (its number too), looked for before the pattern. */
const LEGAL_HINT = /egistr|eg\.|ribunal|estata|scrizione|epósito|erantwortlich|paritaire|erverifikasi/;
// `Contact: Theresa Vukovich, 555-0100, theresa.vukovich@dep.example`: a release's contact, with a number or an address.
const CONTACT_LINE = /^(?:(?:media|press)\s+)?contacts?\s*:\s*\p{Lu}[\p{L}.'’ -]{2,40}(?:,\s*[^,]{2,60}){0,3},\s*(?:\(?\+?\d[\d ().-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\.?$/iu;
const MEDIA_FIRST = new Set(['media', 'press', 'investor', 'news', 'kontak', 'contacto', 'contact', 'pressekontakt', 'contatto', 'contato',
  'perscontact']);

// `Halverly Health does not provide medical advice, diagnosis or treatment.`, `… for educational purposes only and is not
// intended to be a substitute for professional medical advice`: a health site's disclaimer under every page.
const MEDICAL_DISCLAIMER = /\b(?:does not provide medical advice|(?:is )?not intended (?:to be |as )?(?:a )?(?:substitute for|to replace) (?:professional )?medical advice|for (?:general )?(?:educational|informational) purposes only)\b/i;

// `Built with Sphinx using a theme provided by Read the Docs.`: a documentation site's generator, in its footer.
// `Blog at WordPress.com.`, `Theme: Rowan by Ashgrove Themes.`: a hosted blog's footer.
const GENERATOR = /^(?:built|made|generated|created) (?:with|using|by) (?:sphinx|mkdocs|jekyll|hugo|docusaurus|gatsby|pelican|hexo)\b|^(?:blog at|vytvořeno pomocí|propulsé par|creado con|criado com|erstellt mit|creato con|dibuat dengan) (?:[\w-]+\.)?(?:wordpress|blogger)\.(?:com|net|org|blog)\.?$|^blog at [\w-]+\.(?:com|net|org|blog)\.?$|^theme:? [^.]{1,50} by [^.]{1,50}\.?$/i;

/** `This document is subject to copyright. Except for any fair dealing … no part may be reproduced without …`. */
const SUBJECT_TO_COPYRIGHT = /^(?:this (?:document|article|story|content|page|material) is (?:subject to|protected by) copyright\b|(?:the )?content is provided for information purposes only)/i;

export const copyright: Detector = {
  id: 'boilerplate/copyright',
  description: 'Copyright lines and page footers',
  kind: 'boilerplate',
  categories: ['copyright'],
  detect({ infos, cues, reportLine }) {
    // Lines after the end mark its sections may stand in (the page's footer follows).
    let tail = 0;
    for (const info of infos) {
      if (info.blank) continue;
      const i = info.line.index;
      if (tail === 0) {
        const c = info.t.charCodeAt(0);
        if ((c === 35 || c === 45) && RELEASE_END.test(info.t)) tail = RELEASE_TAIL_LINES;
        continue;
      }
      tail--;
      // After the end mark: the company's `About …` and the disclaimer, each heading with its paragraph (the one line
      // under it: scraped text may glue the rest of the page on).
      if (!info.terminal && info.wordCount <= 10 && (ABOUT_HEADING.test(info.t) || DISCLAIMER_HEADING.test(info.t))) {
        reportLine(i, 'boilerplate', 'copyright', `Section of a press release's tail (\`${info.t.slice(0, 40)}\`)`, 0.8);
        if (info.next >= 0) reportLine(info.next, 'boilerplate', 'copyright', `Paragraph of the press release's \`${info.t.slice(0, 30)}\` section`, 0.75);
      }
    }
    for (const info of infos) {
      // A republication note may run long with its links; a copyright sign in a long line is the story's.
      if (info.blank || info.t.length > 600) continue;
      // A Chinese site's licence number (`京ICP备12345678号`) is its footer.
      // (`… entièrement repensée. © Jean Morel / Agence Sillage` credits a photo: a caption, see `caption/credit`.)
      // (A footer may run on after its sign with the terms of use: a line opening with it is read up to 600 characters.)
      if ((info.t.length <= 300 || (info.t.length <= 2000 && /^(?:©|copyright\b|open access\s)/i.test(info.t))) && (/©|\(c\)\s*(?:19|20)\d\d|^copyright\b|ICP[备證证]\s*\d|公网安备\s*\d|公網安備\s*\d/i.test(info.t) || ((LICENCE_OPENING.test(info.t) || SOURCING.test(info.t)) && LICENCE.test(info.t))) && !(info.wordCount <= 60 && photoCopyright(stripEmphasis(info.t), cues) >= 0)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Copyright notice', 0.9);
      } else if (info.wordCount <= 80 && info.t.includes('statements') && DISCLAIMER.test(info.t) || info.wordCount <= 4 && MEDIA_FIRST.has(info.first) && MEDIA_CONTACT.test(info.t)
        || (info.wordCount <= 16 && (info.first === 'contact:' || info.first === 'contacts:' || MEDIA_FIRST.has(info.first)) && CONTACT_LINE.test(info.t))) {
        reportLine(info.line.index, 'boilerplate', 'copyright', DISCLAIMER.test(info.t) ? 'Forward-looking statements disclaimer' : 'Media contact of a press release', 0.8);
      } else if (info.wordCount <= 60 && (info.t.includes('purposes only') || info.t.includes('medical advice')) && MEDICAL_DISCLAIMER.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Medical disclaimer of the site', 0.8);
      } else if (info.wordCount <= 60 && info.t.includes('copyright') && SUBJECT_TO_COPYRIGHT.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Copyright notice', 0.85);
      } else if (info.wordCount <= 60 && REPUBLISHED.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Where the post was first published', 0.8);
      } else if (info.wordCount <= 40 && /\d/.test(info.t) && LEGAL_HINT.test(info.t) && REGISTRATION.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'copyright', 'Legal registration of the paper', 0.8);
      } else if (info.wordCount <= 80 && (info.t.includes('ookie') || info.t.includes('OOKIE')) && (info.wordCount <= 5 ? COOKIE_LINK.test(info.t) : (COOKIE_USE.test(info.t) || COOKIE_USE_LAST.test(info.t)) && COOKIE_PURPOSE.test(info.t))) {
        reportLine(info.line.index, 'boilerplate', 'copyright', info.wordCount <= 5 ? 'Cookie banner button or link' : 'Cookie consent notice', 0.8);
      } else if (info.t.length <= 160 && ((!(info.terminal && info.wordCount >= 10) && cues.footer.test(info.t) && !/:\s*$/.test(info.t)) || GENERATOR.test(info.t))) {
        reportLine(info.line.index, 'boilerplate', 'copyright', `Page footer (\`${((cues.footer.exec(info.t) ?? GENERATOR.exec(info.t))?.[0] ?? '').slice(0, 40)}\`)`, 0.8);
      }
    }
  },
};
