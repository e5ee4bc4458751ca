import type { AnalysisResult } from '../../engine';

/** The scan contract (`../shared/eval/CONTRACT.md`): one object per file. */
export function scanJson(file: string, result: AnalysisResult): object {
  return {
    file,
    language: result.language,
    lineCount: result.lineCount,
    findings: result.findings.map((f) => ({
      kind: f.kind,
      category: f.category,
      range: f.range,
      text: f.text,
      reason: f.reason,
      confidence: f.confidence,
      ...(f.kind === 'quote' ? { speaker: f.speaker ?? null } : {}),
      detector: f.detector,
    })),
  };
}
