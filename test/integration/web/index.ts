// Web test entry: bundled by scripts/test-web.mjs (esbuild, platform browser, format cjs) and loaded by the
// workbench's web-worker extension host through `extensionTestsPath`. It must export run(): Promise<void>.

// mocha 11's browser build; sets globalThis.mocha. (mocha 12 is ESM-only and does not bundle into cjs.)
require('mocha/mocha');

declare const mocha: BrowserMocha;

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // 'spec' writes through console.log, which the host forwards to the runner via codeAutomationLog.
    // The default 'html' reporter needs a DOM, which a web worker lacks.
    mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20_000 });

    // Virtual module made by the build script: one require() per test/integration/suite/*.test.ts.
    require('harness:test-suite');

    try {
      const runner = mocha.run((failures: number) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? failures;
        console.log(`${passed} passed, ${failed} failed`);
        if (failures > 0) {
          reject(new Error(`${failures} tests failed.`));
        } else {
          resolve();
        }
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
