import './regexp-native';
import { run } from './main';
import { isJsonlWorker, startJsonlWorker } from './jsonl/worker';

// Entry point of the bundled `article-sieve` binary. Unexpected errors are bugs: one line, exit 3.
// The same bundle is the script of the `--jsonl --jobs N` worker threads.
const internal = (error: unknown) => {
  process.stderr.write(`article-sieve: internal error: ${(error as Error).message}\n`);
  process.exitCode = 3;
};

if (isJsonlWorker()) startJsonlWorker();
else {
  try {
    const code = run(process.argv.slice(2), {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
      isTty: process.stdout.isTTY === true,
      streams: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, workerScript: __filename },
    });
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => { process.exitCode = c; }, internal);
  } catch (error) {
    internal(error);
  }
}
