// The playground's Web Worker: loads the Python engine (wasm) off the page's
// thread and tells the page when it is ready. Runs are added here later.
import init, { engine_version } from "./__ASSET:threadwise_playground.js__";

const wasmUrl = new URL("./__ASSET:threadwise_playground_bg.wasm__", import.meta.url);

init({ module_or_path: wasmUrl }).then(
  () => postMessage({ type: "ready", version: engine_version() }),
  (error) => postMessage({ type: "failed", message: String(error) }),
);
