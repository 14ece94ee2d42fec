// The playground's Web Worker: runs one Python program at a time on the
// engine (wasm), off the page's thread, and streams its events to the page.
//
// Page → worker: {type:"run", source, seed} | {type:"interrupt"}
// Worker → page: {type:"ready", version} | {type:"failed", message}
//   | {type:"batch", events, t} | {type:"done", exit, halt, t, reusable}
//   | {type:"crash", message}  (the engine panicked; this worker is spent)
import init, { engine_version, Runner } from "./__ASSET:threadwise_playground.js__";

const wasmUrl = new URL("./__ASSET:threadwise_playground_bg.wasm__", import.meta.url);

// Instructions per step: small enough that an interrupt is seen quickly,
// large enough that the JSON round trip is cheap.
const SLICE = 20000;
// The page's real-time limit stops runaways; the engine's own budget must
// not stop them first.
const NO_BUDGET = 1e13;
// Wall-clock milliseconds between posts (and between yields to messages).
const POST_EVERY_MS = 12;

let runner = null;

// Lets queued messages (an interrupt) in without the 4 ms clamp of setTimeout.
const channel = new MessageChannel();
const resumers = [];
channel.port1.onmessage = () => resumers.shift()?.();
function yieldToMessages() {
  return new Promise((resolve) => {
    resumers.push(resolve);
    channel.port2.postMessage(0);
  });
}

async function run(source, seed) {
  let pending = [];
  try {
    runner = new Runner(source, seed, true, "", NO_BUDGET);
    let last = performance.now();
    for (;;) {
      const step = JSON.parse(runner.step(SLICE, -1));
      for (const event of step.events) pending.push(event);
      if (step.done) {
        postMessage({ type: "batch", events: pending, t: step.t });
        // Freeing can itself fail (dropping a very deep structure); then this
        // instance must not serve another run.
        let reusable = true;
        try {
          runner.free();
        } catch {
          reusable = false;
        }
        runner = null;
        postMessage({ type: "done", exit: step.exit, halt: step.halt ?? null, t: step.t, reusable });
        return;
      }
      const now = performance.now();
      if (now - last >= POST_EVERY_MS) {
        postMessage({ type: "batch", events: pending, t: step.t });
        pending = [];
        await yieldToMessages();
        last = performance.now();
      }
    }
  } catch (error) {
    // A Rust panic surfaces as a RuntimeError; the instance is unusable now.
    if (pending.length) postMessage({ type: "batch", events: pending, t: 0 });
    runner = null;
    postMessage({ type: "crash", message: String(error && error.message ? error.message : error) });
  }
}

let ready = false;
const early = [];

function handle(message) {
  if (message.type === "run") {
    run(String(message.source), Number(message.seed) || 0);
  } else if (message.type === "interrupt" && runner) {
    runner.interrupt();
  }
}

addEventListener("message", (event) => {
  const message = event.data || {};
  if (ready) handle(message);
  else early.push(message);
});

init({ module_or_path: wasmUrl }).then(
  () => {
    ready = true;
    postMessage({ type: "ready", version: engine_version() });
    for (const message of early.splice(0)) handle(message);
  },
  (error) => postMessage({ type: "failed", message: String(error) }),
);
