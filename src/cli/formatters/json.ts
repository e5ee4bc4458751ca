import type { AnalysisResult, Finding } from '../../engine';

/** The contract's finding shape (`../shared/eval/CONTRACT.md`), plus the id of the detector that found it. */
export function contractFinding(f: Finding): object {
  return {
    kind: f.kind,
    category: f.category,
    range: f.range,
    text: f.text,
    reason: f.reason,
    confidence: f.confidence,
    ...(f.kind === 'quote' ? { speaker: f.speaker ?? null } : {}),
    detector: f.detector,
  };
}

/** The scan contract: one object per file. */
export function scanJson(file: string, result: AnalysisResult): object {
  return { file, language: result.language, lineCount: result.lineCount, findings: result.findings.map(contractFinding) };
}
