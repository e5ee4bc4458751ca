import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input';

/**
 * Replaces a file's content atomically: write a temporary file beside it, flush, then rename over the
 * original. A failure at any step leaves the original untouched and removes the temporary file.
 */
export function writeAtomic(file: string, content: string, bom: boolean): void {
  const tmp = join(dirname(file), `.${basename(file)}.article-sieve-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    const mode = statSync(file).mode & 0o7777;
    fd = openSync(tmp, 'wx', mode);
    const bytes = Buffer.from((bom ? '\ufeff' : '') + content, 'utf8');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode);
    renameSync(tmp, file);
  } catch (error) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already closed */ }
    try { unlinkSync(tmp); } catch { /* never created */ }
    throw new InputError(`${file}: could not write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); file left unchanged`);
  }
}
