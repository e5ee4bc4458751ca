import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/cli/input';
import { writeAtomic } from '../../../src/cli/write';

describe('writeAtomic', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'article-sieve-write-')); });

  it('replaces the content, keeps the file mode and leaves no temporary file', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    writeAtomic(file, 'new text\r\n', true);
    assert.deepEqual(readFileSync(file), Buffer.from('\ufeffnew text\r\n'));
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['a.txt']);
  });

  it('when the final rename fails, the original is untouched and the temporary file is removed', () => {
    // Renaming a file over a directory fails (EISDIR) even for root, which permission tricks do not.
    const target = join(dir, 'article.txt');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep me');
    assert.throws(() => writeAtomic(target, 'cleaned', false), (e: unknown) =>
      e instanceof InputError && /could not write \(E\w+\); file left unchanged/.test(e.message));
    assert.ok(statSync(target).isDirectory());
    assert.equal(readFileSync(join(target, 'inside'), 'utf8'), 'keep me');
    assert.deepEqual(readdirSync(dir), ['article.txt']);
  });

  it('when the directory is gone, it reports the file and writes nothing', () => {
    assert.throws(() => writeAtomic(join(dir, 'missing', 'x.txt'), 'text', false), InputError);
    assert.deepEqual(readdirSync(dir), []);
  });
});
