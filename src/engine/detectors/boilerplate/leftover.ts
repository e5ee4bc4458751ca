import type { Detector } from '../types';

// Serialisation leftovers and separators: `null`, `undefined`, `NaN`, `[object Object]`, `***`, `====`.
const LEFTOVER = /^(?:null|undefined|nan|none|\[object object\]|true|false)$/i;
const RULE = /^(?:[-=_*~•·]\s*){3,}$/;

export const leftover: Detector = {
  id: 'boilerplate/leftover',
  description: 'Serialisation leftovers (`null`) and separator lines',
  kind: 'boilerplate',
  categories: ['leftover', 'rule'],
  detect({ infos, markdown, reportLine }) {
    for (const info of infos) {
      if (info.blank || info.t.length > 80) continue;
      if (LEFTOVER.test(info.t)) reportLine(info.line.index, 'boilerplate', 'leftover', `Serialisation leftover \`${info.t}\``, 0.9);
      else if (!markdown && RULE.test(info.t)) reportLine(info.line.index, 'boilerplate', 'rule', 'Separator line', 0.85);
    }
  },
};
