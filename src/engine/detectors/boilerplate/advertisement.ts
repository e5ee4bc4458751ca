import type { Detector } from '../types';

export const advertisement: Detector = {
  id: 'boilerplate/advertisement',
  description: 'Advertisement markers (`ADVERTISEMENT`, `SCROLL TO CONTINUE WITH CONTENT`)',
  kind: 'boilerplate',
  categories: ['advertisement'],
  detect({ infos, cues, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 80) continue;
      if (cues.ad.test(info.t)) reportLine(info.line.index, 'boilerplate', 'advertisement', `Advertisement marker \`${info.t}\``, 0.95);
    }
  },
};
