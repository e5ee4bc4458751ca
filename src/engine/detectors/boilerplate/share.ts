import type { Detector } from '../types';

// `Share on Facebook`, `Share on FacebookShare`, `Facebook Twitter Email`, `Bagikan`, `Follow us on X`.
const SOCIAL = /^(?:share|tweet|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|telegram|reddit|line|copy|link|save|pin|flipboard|messenger|mail|bagikan|partager|compartir|teilen|condividi|delen|sdílet|compartilhar)$/i;

export const share: Detector = {
  id: 'boilerplate/share',
  description: 'Share, follow and newsletter prompts',
  kind: 'boilerplate',
  categories: ['share'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 120) continue;
      const t = info.t.replace(/^[*_\s]+|[*_\s]+$/g, '');
      if (cues.share.test(t)) {
        reportLine(info.line.index, 'boilerplate', 'share', `Share or follow prompt \`${t.slice(0, 40)}\``, 0.9);
        continue;
      }
      // Widget labels glued together: split camel-case joins and separators, then require every token to be social.
      const tokens = t.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s|•·,/]+/).filter(Boolean);
      if (tokens.length >= 2 && tokens.length <= 12 && tokens.every((w) => SOCIAL.test(w) || /^on$|^via$/i.test(w))) {
        reportLine(info.line.index, 'boilerplate', 'share', `Social sharing buttons \`${t.slice(0, 40)}\``, 0.9);
      } else if (/^(?:follow|ikuti|suivez|siga|folge|segui|volg)\b/i.test(t) && info.words.length <= 10 && !info.terminal) {
        reportLine(info.line.index, 'boilerplate', 'share', `Follow prompt \`${t.slice(0, 40)}\``, 0.75);
      } else if (/newsletter|subscribe|sign up|berlangganan|abonnez|suscr[ií]b|abonnieren|iscriviti|assine|inschrijven/i.test(t)
        && info.words.length <= 14 && !(info.terminal && info.words.length >= 8)) {
        reportLine(info.line.index, 'boilerplate', 'share', `Newsletter or subscription prompt \`${t.slice(0, 40)}\``, 0.7);
      }
    }
  },
};
