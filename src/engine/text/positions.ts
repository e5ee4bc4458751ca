import type { Line, Position, Range } from '../types';

/**
 * Converts offsets to 0-based line/character positions by binary search over the line starts.
 * A position inside a CRLF break is clamped to the end of its line.
 */
export class PositionMap {
  private readonly starts: number[];
  constructor(private readonly lines: readonly Line[]) {
    this.starts = lines.map((l) => l.start);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineAt(offset);
    const l = this.lines[line]!;
    return { line, character: Math.min(offset, l.end) - l.start };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(position: Position): number {
    const l = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))]!;
    return Math.min(l.start + Math.max(0, position.character), l.end);
  }
}
