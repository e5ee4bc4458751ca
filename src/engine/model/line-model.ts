import type { Detector } from '../detectors/types';
import { FEATURE_COUNT, FEATURE_NAMES, lineFeatures } from './features';
import weights from './weights.json';

interface ClassWeights { readonly weights: readonly number[]; readonly threshold: number }
interface ModelFile { readonly features: readonly string[]; readonly boilerplate: ClassWeights; readonly caption: ClassWeights }

const model = weights as unknown as ModelFile;
// Weights trained for another feature list are ignored rather than misapplied.
const usable = model.features.length === FEATURE_COUNT && model.features.every((name, i) => name === FEATURE_NAMES[i]);

const score = (w: readonly number[], f: Float64Array) => {
  let z = 0;
  for (let i = 0; i < f.length; i++) z += w[i]! * f[i]!;
  return 1 / (1 + Math.exp(-z));
};

/**
 * Logistic regression over line features (`features.ts`), trained by `scripts/train-line-model.mjs` on
 * labelled pages and checked by leave-one-page-out cross-validation. It judges only lines that no rule
 * flagged; its threshold is set high because deleting a body line costs more than missing a menu item.
 */
export const lineModel: Detector = {
  id: 'boilerplate/line-model',
  description: 'Learned line classifier over length, punctuation, stopword and context features',
  kind: 'boilerplate',
  categories: ['page-furniture', 'caption-like'],
  detect({ infos, flagged, markdown, reportLine, settings }) {
    if (!usable) return;
    const rows = lineFeatures(infos, new Set(flagged.keys()));
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i];
      if (!f || flagged.has(i)) continue;
      // Markdown structure of the article itself (headings, its own lists and tables) is never judged by shape.
      if (markdown && infos[i]!.block !== 'text') continue;
      const pb = score(model.boilerplate.weights, f);
      if (pb >= model.boilerplate.threshold) {
        const words = infos[i]!.words.length;
        reportLine(i, 'boilerplate', 'page-furniture',
          `Looks like page furniture: ${words <= 4 ? 'a short label' : 'a line without sentence punctuation'} among similar lines (model score ${pb.toFixed(2)})`, pb);
        continue;
      }
      if (!settings.kinds.has('caption')) continue;
      const pc = score(model.caption.weights, f);
      if (pc >= model.caption.threshold) {
        reportLine(i, 'caption', 'caption-like', `Looks like a photo caption (model score ${pc.toFixed(2)})`, pc);
      }
    }
  },
};
