/**
 * Splits a byte stream into lines without ever holding more than one line (plus one chunk) in memory.
 * Handles LF and CRLF endings, a last line without a newline, and lines longer than a chunk. A line that
 * grows past `maxBytes` is not buffered: it comes out in pieces (`long` items) so the caller can stream it.
 */

export type LineItem =
  /** A whole line without its ending; `crlf` when it ended with CRLF. */
  | { readonly type: 'line'; readonly lineNo: number; readonly bytes: Uint8Array; readonly crlf: boolean }
  /** A piece of a line longer than `maxBytes`: `first` on the first piece, `last` (with `crlf`) on the final one. */
  | { readonly type: 'long'; readonly lineNo: number; readonly bytes: Uint8Array; readonly first: boolean; readonly last: boolean; readonly crlf: boolean };

const LF = 0x0a;
const CR = 0x0d;

export class LineSplitter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private lineNo = 0;
  /** Inside a line longer than `maxBytes` whose first piece has gone out already. */
  private long = false;
  /** A CR held back at the end of a long line's piece: it belongs to the content unless LF follows. */
  private heldCr = false;

  constructor(private readonly maxBytes: number) {}

  /** Lines completed by `chunk`, in order. */
  push(chunk: Uint8Array): LineItem[] {
    const items: LineItem[] = [];
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(LF, pos);
      if (nl < 0) {
        if (pos < chunk.length) this.add(chunk.subarray(pos), items);
        return items;
      }
      this.finish(chunk.subarray(pos, nl), true, items);
      pos = nl + 1;
    }
  }

  /** The last line when the input does not end with a newline. */
  end(): LineItem[] {
    const items: LineItem[] = [];
    if (this.pendingBytes || this.long || this.heldCr) this.finish(new Uint8Array(0), false, items);
    return items;
  }

  private add(piece: Uint8Array, items: LineItem[]): void {
    this.pending.push(piece);
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxBytes) {
      let bytes = concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
      const first = !this.long;
      if (first) this.lineNo++;
      if (this.heldCr) bytes = concat([Uint8Array.of(CR), bytes], bytes.length + 1);
      // A trailing CR may be the first half of CRLF: hold it until we know.
      this.heldCr = bytes[bytes.length - 1] === CR;
      if (this.heldCr) bytes = bytes.subarray(0, bytes.length - 1);
      this.long = true;
      items.push({ type: 'long', lineNo: this.lineNo, bytes, first, last: false, crlf: false });
    }
  }

  private finish(piece: Uint8Array, hadLf: boolean, items: LineItem[]): void {
    let bytes = this.pending.length ? concat([...this.pending, piece], this.pendingBytes + piece.length) : piece;
    this.pending = [];
    this.pendingBytes = 0;
    if (this.long) {
      if (this.heldCr) bytes = concat([Uint8Array.of(CR), bytes], bytes.length + 1);
      this.heldCr = false;
      this.long = false;
      const crlf = hadLf && bytes.length > 0 && bytes[bytes.length - 1] === CR;
      items.push({ type: 'long', lineNo: this.lineNo, bytes: crlf ? bytes.subarray(0, bytes.length - 1) : bytes, first: false, last: true, crlf });
      return;
    }
    this.lineNo++;
    const crlf = hadLf && bytes.length > 0 && bytes[bytes.length - 1] === CR;
    if (crlf) bytes = bytes.subarray(0, bytes.length - 1);
    // Too long, though it arrived whole within a chunk: the same treatment as a streamed long line.
    if (bytes.length > this.maxBytes) items.push({ type: 'long', lineNo: this.lineNo, bytes, first: true, last: true, crlf });
    else items.push({ type: 'line', lineNo: this.lineNo, bytes, crlf });
  }
}

/** Concatenates into a fresh, unpooled buffer (safe to transfer to a worker). */
export function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}
