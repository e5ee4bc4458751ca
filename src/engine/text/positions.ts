import type { Line, Position, Range } from '../types';

/**
 * Converts offsets to 0-based line/character positions by binary search over the line starts.
 * A position inside a CRLF break is clamped to the end of its line.
 */
export class PositionMap {
  private readonly starts: readonly number[];
  private readonly ends: readonly number[];
  constructor(lines: readonly Line[]);
  /** Over each line's start and end (break excluded) offsets: the arrays are read, never copied or changed. */
  constructor(starts: readonly number[], ends: readonly number[]);
  constructor(linesOrStarts: readonly Line[] | readonly number[], ends?: readonly number[]) {
    if (ends) {
      this.starts = linesOrStarts as readonly number[];
      this.ends = ends;
    } else {
      const lines = linesOrStarts as readonly Line[];
      this.starts = lines.map((l) => l.start);
      this.ends = lines.map((l) => l.end);
    }
  }

  /** The last line starting at or before `offset`. */
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
    return { line, character: Math.min(offset, this.ends[line]!) - this.starts[line]! };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    return Math.min(this.starts[line]! + Math.max(0, position.character), this.ends[line]!);
  }
}
