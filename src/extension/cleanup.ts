/**
 * The one fix path: every removal (quick fix, fix-all, commands, clean on save, workspace cleanup) is
 * `stripFindings` over the engine's findings, so what is highlighted is exactly what a fix removes.
 */
import type { Edit, Finding, FindingKind } from '../engine';
import { engine } from './engine';

export interface CleanupPlan {
  readonly edits: readonly Edit[];
  readonly output: string;
  /** Findings whose lines go. */
  readonly applied: readonly Finding[];
  readonly removedLines: number;
  /** Characters removed, and their share of the text in percent. */
  readonly removedChars: number;
  readonly percent: number;
}

// Plan the removal of the given findings' lines (only kinds in `kinds`)
export function planCleanup(text: string, findings: readonly Finding[], kinds: readonly FindingKind[]): CleanupPlan {
  const { edits, output, applied, removedLines } = engine().stripFindings(text, findings, kinds);
  const removedChars = text.length - output.length;
  return { edits, output, applied, removedLines: removedLines.length, removedChars, percent: text.length ? (100 * removedChars) / text.length : 0 };
}

/** Does the plan remove more than the budget allows? */
export function overBudget(plan: CleanupPlan, maxRemovalPercent: number): boolean {
  return plan.removedChars > 0 && plan.percent > maxRemovalPercent;
}

/**
 * Findings adjacent to `finding` of the same kind, separated only by blank lines: the "block" a quick fix
 * can remove at once (three share buttons, a run of related headlines).
 */
export function blockAround(text: string, findings: readonly Finding[], finding: Finding): Finding[] {
  const same = findings.filter((f) => f.kind === finding.kind).sort((a, b) => a.offsets.start - b.offsets.start);
  const i = same.indexOf(finding);
  if (i < 0) return [finding];
  const onlyBlank = (from: number, to: number) => from <= to && text.slice(from, to).trim() === '';
  let lo = i;
  let hi = i;
  while (lo > 0 && onlyBlank(same[lo - 1]!.offsets.end, same[lo]!.offsets.start)) lo--;
  while (hi < same.length - 1 && onlyBlank(same[hi]!.offsets.end, same[hi + 1]!.offsets.start)) hi++;
  return same.slice(lo, hi + 1);
}
