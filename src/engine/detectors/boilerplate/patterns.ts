import type { Detector } from '../types';

export const userPatterns: Detector = {
  id: 'boilerplate/pattern',
  description: 'Lines matching the user\'s own boilerplate patterns',
  kind: 'boilerplate',
  categories: ['pattern'],
  detect({ infos, settings, reportLine }) {
    if (!settings.boilerplatePatterns.length) return;
    for (const info of infos) {
      if (info.blank) continue;
      // Long lines are cut before matching so that no pattern runs over megabytes.
      const t = info.t.length > 4000 ? info.t.slice(0, 4000) : info.t;
      const hit = settings.boilerplatePatterns.find((re) => re.test(t));
      if (hit) reportLine(info.line.index, 'boilerplate', 'pattern', `Matches your pattern \`${hit.source.slice(0, 60)}\``, 1);
    }
  },
};
