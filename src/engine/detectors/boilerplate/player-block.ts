import { stripEmphasisAndSpace } from '../../document';
import type { Detector } from '../types';
import { playerLine } from './navigation';

/** Non-blank lines on each side within which a player's text makes a short line one of its menu words. */
export const PLAYER_REACH = 40;
/** A menu word of a player is a line of up to this many words. */
const MENU_WORDS = 5;

/**
 * The short words of a video player's menus (`LIVE`, `1x`, `Text`, `White`, `Done`) where its texts stand together:
 * a short line with a player text (`captions off, selected`, `Captions will look like this`) above and below it, within
 * forty lines and with only short lines or menu labels between (a settings menu lists its fonts and colours).
 */
export const playerBlock: Detector = {
  id: 'boilerplate/player-block',
  description: "A video player's menu words among its other texts",
  kind: 'boilerplate',
  categories: ['navigation'],
  detect({ infos, flagged, reportLine }) {
    const isPlayer = (k: number) => flagged.get(k)?.category === 'navigation' && playerLine(stripEmphasisAndSpace(infos[k]!.t));
    // Whether a player's text stands on that side of line `k`, with only short lines or menu labels between.
    const playerToward = (k: number, step: -1 | 1) => {
      for (let j = k + step, n = 0; j >= 0 && j < infos.length && n < PLAYER_REACH; j += step) {
        if (infos[j]!.blank) continue;
        n++;
        if (isPlayer(j)) return true;
        if (flagged.get(j)?.category !== 'navigation' && infos[j]!.wordCount > MENU_WORDS) return false;
      }
      return false;
    };
    for (const info of infos) {
      const k = info.line.index;
      if (info.blank || info.wordCount > MENU_WORDS || flagged.has(k)) continue;
      if (playerToward(k, -1) && playerToward(k, 1)) {
        reportLine(k, 'boilerplate', 'navigation', `Among a video player's texts (\`${info.t.trim().slice(0, 30)}\`)`, 0.7);
      }
    }
  },
};
