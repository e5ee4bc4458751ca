import type { Detector } from '../types';

// Gambling and SEO spam injected into scraped pages: `Result SGP`, `togel hari ini`, `slot gacor`.
const SPAM = /(?<![\p{L}\p{N}])(?:togel|toto\s*(?:gelap|macau|sgp|hk)|slot\s*(?:gacor|online|88|maxwin|deposit|thailand|demo)|situs\s*slot|judi\s*(?:online|bola|slot)|(?:result|keluaran|pengeluaran|data|live\s*draw|prediksi|bocoran|angka\s*main)\s*(?:sgp|hk|hongkong|sdy|sydney|singapore|macau|togel)|(?:sgp|hk|sdy)\s*(?:pools|prize|hari\s*ini)|bandar\s*(?:togel|bola|judi)|casino\s*online|poker\s*online|agen\s*(?:slot|judi|togel)|link\s*alternatif|rtp\s*(?:live|slot)|maxwin|gacor|sbobet|pragmatic\s*play|buy\s*(?:cheap\s*)?(?:viagra|cialis)|cheap\s*(?:viagra|cialis))(?![\p{L}\p{N}])/iu;

const SPAM_ALL = new RegExp(SPAM.source, 'giu');

// A cheap first look: the full pattern runs only on lines that hold one of these stems.
const KEYWORDS = /togel|toto|slot|judi|sgp|hk|sdy|sydney|singapore|macau|casino|poker|bandar|agen|gacor|maxwin|sbobet|viagra|cialis|rtp|link alt|pragmatic/i;

export const spam: Detector = {
  id: 'boilerplate/spam',
  description: 'SEO and gambling spam lines',
  kind: 'boilerplate',
  categories: ['spam'],
  detect({ infos, reportLine }) {
    for (const info of infos) {
      // A sentence that reports on gambling keeps its place; a short keyword line does not.
      if (info.blank || info.t.length > 400 || (info.wordCount > 14 && info.terminal)) continue;
      if (!KEYWORDS.test(info.t)) continue;
      const m = SPAM.exec(info.t);
      // A short sentence of the news about gambling names it once (`Tersangka mengaku terlilit utang karena judi
      // online.`); spam stuffs its words (`Situs slot gacor terpercaya dengan RTP live tertinggi.`).
      if (m && info.terminal && info.wordCount >= 6 && (info.t.match(SPAM_ALL) ?? []).length < 2) continue;
      if (m) {
        reportLine(info.line.index, 'boilerplate', 'spam', `Gambling or SEO spam (\`${m[0]}\`)`, 0.9);
      }
    }
  },
};
