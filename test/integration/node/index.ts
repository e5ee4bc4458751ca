// Desktop (Node) test entry: bundled by scripts/build.mjs (platform node, cjs; vscode and mocha external)
// and loaded by a Node extension host (code-server here, @vscode/test-electron elsewhere) via extensionTestsPath.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20_000 });
  // The suite is bundled into this file, so do what mocha.loadFiles does: define suite/test globals, then load.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'bundled-suite', mocha);
  require('harness:test-suite');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${runner.stats?.passes ?? 0} passed, ${runner.stats?.failures ?? failures} failed`);
      if (failures > 0) {
        reject(new Error(`${failures} tests failed.`));
      } else {
        resolve();
      }
    });
  });
}
