import { stripEmphasisAndSpace } from '../../document';
import type { Detector, Report } from '../types';
import { playerLine } from './navigation';

/** Non-blank lines on each side within which a player's text makes a short line one of its menu words. */
export const PLAYER_REACH = 40;
/** A menu word of a player is a line of up to this many words. */
export const MENU_WORDS = 5;

/** Whether a line (its finding `report`, its text `t`) is one of a player's texts, as the navigation rule found it. */
export function isPlayerText(report: Report | undefined, t: string): boolean {
  return report?.category === 'navigation' && playerLine(stripEmphasisAndSpace(t));
}

/**
 * The short words of a video player's menus (`LIVE`, `1x`, `Text`, `White`, `Done`) where its texts stand together:
 * a short line with a player text (`captions off, selected`, `Captions will look like this`) above and below it, within
 * forty lines and with only short lines or menu labels between (a settings menu lists its fonts and colours); or in a
 * block of adjacent lines with a player text and only short lines or menu labels (`Video Player is loading.`, `Play
 * Video`, `Mute`, `Current Time 0:00`).
 */
export const playerBlock: Detector = {
  id: 'boilerplate/player-block',
  description: "A video player's menu words among its other texts",
  kind: 'boilerplate',
  categories: ['navigation'],
  detect({ infos, flagged, reportLine }) {
    const isPlayer = (k: number) => isPlayerText(flagged.get(k), infos[k]!.t);
    // Most texts have no player: the rule reads nothing more.
    let any = false;
    for (const [k, r] of flagged) if (r.category === 'navigation' && isPlayer(k)) { any = true; break; }
    if (!any) return;
    const passable = (j: number) => flagged.get(j)?.category === 'navigation' || infos[j]!.wordCount <= MENU_WORDS;
    // What stands on that side of line `k` past short lines and menu labels: a player's text, the edge of its block
    // of adjacent lines (`edge`), or nothing within reach.
    const toward = (k: number, step: -1 | 1, overBlanks: boolean): 'player' | 'edge' | undefined => {
      for (let j = k + step, n = 0; n < PLAYER_REACH; j += step) {
        if (j < 0 || j >= infos.length) return 'edge';
        if (infos[j]!.blank) {
          if (!overBlanks) return 'edge';
          continue;
        }
        n++;
        if (isPlayer(j)) return 'player';
        if (!passable(j)) return undefined;
      }
      return undefined;
    };
    for (const info of infos) {
      const k = info.line.index;
      if (info.blank || info.wordCount > MENU_WORDS || flagged.has(k)) continue;
      // Between two of the player's texts, or in a block of adjacent lines with one of them and nothing longer.
      const between = toward(k, -1, true) === 'player' && toward(k, 1, true) === 'player';
      const up = toward(k, -1, false);
      const down = toward(k, 1, false);
      if (between || (up === 'player' && down === 'edge') || (up === 'edge' && down === 'player')) {
        reportLine(k, 'boilerplate', 'navigation', `Among a video player's texts (\`${info.t.trim().slice(0, 30)}\`)`, 0.7);
      }
    }
  },
};
