import type { Detector } from '../detectors/types';

/** Placeholder until the learned model lands: reports nothing. */
export const lineModel: Detector = {
  id: 'boilerplate/line-model',
  description: 'Learned line classifier over length, punctuation, stopword and context features',
  kind: 'boilerplate',
  categories: ['short-line'],
  detect() {},
};
