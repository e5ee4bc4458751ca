// Injected into browser bundles (esbuild `inject`): gives test helpers such as npm `assert`/`util` a `process`.
import process from 'process/browser.js';
export { process };
