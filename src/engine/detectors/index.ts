import type { Detector } from './types';
import { imageCounter } from './boilerplate/image-counter';
import { relatedLink } from './boilerplate/related-link';
import { headlineRun } from './boilerplate/headline-run';
import { share } from './boilerplate/share';
import { advertisement } from './boilerplate/advertisement';
import { headingLabel, navigation } from './boilerplate/navigation';
import { comments } from './boilerplate/comments';
import { copyright } from './boilerplate/copyright';
import { spam } from './boilerplate/spam';
import { url } from './boilerplate/url';
import { repeated } from './boilerplate/repeated';
import { byline } from './boilerplate/byline';
import { markdown } from './boilerplate/markdown';
import { leftover } from './boilerplate/leftover';
import { userPatterns } from './boilerplate/patterns';
import { outsideArticle } from './boilerplate/outside-article';
import { slideshow } from './boilerplate/slideshow';
import { teaserSection } from './boilerplate/teaser-section';
import { commentThread } from './boilerplate/comment-thread';
import { playerBlock } from './boilerplate/player-block';
import { credit } from './caption/credit';
import { pictured } from './caption/pictured';
import { figure } from './caption/figure';
import { quotes } from './quote/quotes';

export type { Detector, DetectorContext, Report } from './types';

/** Every detector, in the order they run. Rule detectors first; the line model sees what they found. */
export const DETECTORS: readonly Detector[] = [
  userPatterns, markdown, imageCounter, slideshow, relatedLink, share, advertisement, comments, copyright, spam, leftover,
  navigation, byline, credit, pictured,
  // After every other line rule: whether an address is one of a list depends on the addresses around it staying.
  url,
  // Context rules last: they look at neighbours as they will be once the lines above are stripped.
  teaserSection, commentThread, playerBlock, headlineRun, outsideArticle, repeated,
  // An encyclopedia's captions, told by what every other rule left between its cited paragraphs.
  figure,
  // After them all: a label kept as a heading stays one only if the paragraphs around it do.
  headingLabel, quotes,
];
