import type { Detector } from '../types';

// `SponsoredAcme Markets`, `Want to see fewer ads?`, `Using an ad blocker?`, `Become a Member.`
const AD_PROMPT = /^(?:sponsored|promoted|advertisement|iklan|anzeige|publicidad|publicité)(?=\p{Lu})|^(?:want to see fewer ads|using an ad ?blocker|please (?:disable|turn off) your ad ?blocker|become a (?:member|subscriber)|support (?:our|independent) journalism|matikan adblock)\b/iu;

export const advertisement: Detector = {
  id: 'boilerplate/advertisement',
  description: 'Advertisement markers (`ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`)',
  kind: 'boilerplate',
  categories: ['advertisement'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 80) continue;
      if (AD_PROMPT.test(info.t)) {
        reportLine(info.line.index, 'boilerplate', 'advertisement', `Advertising or ad-blocker prompt \`${info.t.slice(0, 40)}\``, 0.85);
        continue;
      }
      if (cues.ad.test(info.t)) reportLine(info.line.index, 'boilerplate', 'advertisement', `Advertisement marker \`${info.t}\``, 0.95);
    }
  },
};
