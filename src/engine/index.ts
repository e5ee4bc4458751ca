/**
 * Article Sieve engine: pure TypeScript, no `vscode`, no Node APIs, so the same code runs in the desktop and
 * web extension hosts and in the CLI.
 */
export { analyze, analyzeWith, DetectorError } from './analyze';
export { AnalysisSession, type FullReason } from './incremental';
export { stripFindings, applyEdits, type Edit, type StripResult } from './fix';
export { extractItems, formatItems, type ExtractFormat, type ExtractedItem } from './extract';
export { resolveSettings, unsafePatternReason, DEFAULT_MIN_CONFIDENCE, type Options, type Settings } from './settings';
export { splitLines } from './text/lines';
export { PositionMap } from './text/positions';
export { DETECTORS } from './detectors';
export { LANGUAGE_PACKS } from './lang';
export { FINDING_KINDS, type AnalysisResult, type Finding, type FindingKind, type Line, type OffsetRange, type Position, type Range } from './types';
