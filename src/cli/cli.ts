import { run } from './main';

// Entry point of the bundled `article-sieve` binary. Unexpected errors are bugs: one line, exit 3.
try {
  const code = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTty: process.stdout.isTTY === true,
  });
  process.exitCode = code;
} catch (error) {
  process.stderr.write(`article-sieve: internal error: ${(error as Error).message}\n`);
  process.exitCode = 3;
}
