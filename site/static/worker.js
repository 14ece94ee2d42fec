// The playground's Web Worker: runs one Python program at a time on the
// engine (wasm), off the page's thread, and streams its events to the page.
//
// Page → worker: {type:"engine", module} (first; the compiled wasm, or null)
//   | {type:"run", source, seed, realtime, speed}
//   | {type:"pace", realtime, speed} | {type:"interrupt"}
// Worker → page: {type:"ready", version} | {type:"failed", message}
//   | {type:"batch", events, t, dropped} | {type:"done", exit, halt, t, reusable}
//   | {type:"crash", message}  (the engine panicked; this worker is spent)
import init, { engine_version, imports_of, Runner } from "./__ASSET:threadwise_playground.js__";

const wasmUrl = new URL("./__ASSET:threadwise_playground_bg.wasm__", import.meta.url);

// The Python standard library, one file per module (name → file), which the
// wasm does not carry: fetched before a run that imports it, or on demand.
const STDLIB = __ASSET_MAP:py-__;
const stdlibSources = new Map();

function stdlibUrl(name) {
  return new URL(`./${STDLIB[name]}`, import.meta.url);
}

// The engine calls this, synchronously, on the first import of a module whose
// source it lacks; a thrown string becomes the ImportError's reason.
self.threadwiseStdlibSource = (name) => {
  const known = stdlibSources.get(name);
  if (known !== undefined) return known;
  if (!Object.hasOwn(STDLIB, name)) throw "this site has no file for it";
  const request = new XMLHttpRequest();
  try {
    request.open("GET", stdlibUrl(name), false);
    request.send();
  } catch (error) {
    throw `fetching ${STDLIB[name]} failed (${error && error.message ? error.message : error})`;
  }
  if (request.status !== 200) throw `fetching ${STDLIB[name]} failed (HTTP ${request.status})`;
  stdlibSources.set(name, request.responseText);
  return request.responseText;
};

// Fetches in parallel the standard library files `source` imports, and the
// ones those import, so a run rarely stops for a synchronous request. A file
// that fails here is asked for again on import, which reports the error.
async function prefetch(source) {
  let wanted = JSON.parse(imports_of(source));
  while (wanted.length) {
    const missing = [...new Set(wanted)].filter(
      (name) => Object.hasOwn(STDLIB, name) && !stdlibSources.has(name),
    );
    const fetched = await Promise.all(
      missing.map(async (name) => {
        try {
          const response = await fetch(stdlibUrl(name));
          return response.ok ? [name, await response.text()] : null;
        } catch {
          return null;
        }
      }),
    );
    wanted = [];
    for (const [name, text] of fetched.filter(Boolean)) {
      stdlibSources.set(name, text);
      wanted.push(...JSON.parse(imports_of(text)));
    }
  }
}

// Instructions per step: small enough that an interrupt is seen quickly,
// large enough that the JSON round trip is cheap.
const SLICE = 20000;
// The page's real-time limit stops runaways; the engine's own budget must
// not stop them first.
const NO_BUDGET = 1e13;
// Wall-clock milliseconds between posts (and between yields to messages).
const POST_EVERY_MS = 12;
// What the page can usefully draw: past these, events are dropped here
// rather than cloned across and thrown away there.
const MAX_TRACE_EVENTS = 50000;
const MAX_OUTPUT_CHARS = 500000;

let runner = null;
// A run between its message and its Runner (fetching modules), and an
// interrupt that arrived in that time.
let runStarting = false;
let interruptEarly = false;
// Real-time playback: virtual time may not run ahead of the wall clock
// (times the speed). null: as fast as possible.
let pace = null;

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

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function setPace(realtime, speed) {
  if (!realtime) {
    pace = null;
  } else {
    const virtual = runner ? runner.now() : 0;
    pace = { speed: Number(speed) > 0 ? Number(speed) : 1, wall: performance.now(), virtual };
  }
}

function paceLimit() {
  return pace ? pace.virtual + (performance.now() - pace.wall) * 1e6 * pace.speed : -1;
}

async function run(source, seed, realtime, speed) {
  let pending = [];
  let traceCount = 0;
  let outputChars = 0;
  let dropped = 0;
  const keep = (event) => {
    if (event[0] === "out") {
      outputChars += event[4].length;
      return outputChars <= MAX_OUTPUT_CHARS;
    }
    return ++traceCount <= MAX_TRACE_EVENTS;
  };
  runStarting = true;
  interruptEarly = false;
  try {
    await warming;
    if (spent) {
      runStarting = false;
      postMessage({ type: "crash", message: `the engine failed its warm-up run: ${spent}` });
      return;
    }
    await prefetch(source);
    runner = new Runner(source, seed, true, "", NO_BUDGET);
    runStarting = false;
    if (interruptEarly) runner.interrupt();
    interruptEarly = false;
    setPace(realtime, speed);
    let last = performance.now();
    for (;;) {
      const until = paceLimit();
      const step = JSON.parse(runner.step(SLICE, until));
      for (const event of step.events) {
        if (keep(event)) pending.push(event);
        else dropped++;
      }
      if (step.done) {
        postMessage({ type: "batch", events: pending, t: step.t, dropped });
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
      const caughtUp = pace !== null && step.t >= until;
      const now = performance.now();
      if (now - last >= POST_EVERY_MS || caughtUp) {
        if (pending.length) postMessage({ type: "batch", events: pending, t: step.t, dropped });
        pending = [];
        // In real time, wait for the wall clock; otherwise only let messages in.
        await (caughtUp ? sleep(POST_EVERY_MS) : yieldToMessages());
        last = performance.now();
      }
    }
  } catch (error) {
    runStarting = false;
    // A Rust panic surfaces as a RuntimeError; the instance is unusable now.
    if (pending.length) postMessage({ type: "batch", events: pending, t: 0, dropped });
    runner = null;
    postMessage({ type: "crash", message: String(error && error.message ? error.message : error) });
  }
}

let ready = false;
const early = [];
// Set when the warm-up run failed: this instance may be broken.
let spent = null;

// A small threaded program, run once with its output dropped: the browser
// compiles each wasm function on its first call, and every worker of the
// page shares that compiled code, so the reader's first run starts warm.
const WARM_UP = `import threading
def work(n):
    return sum(i * i for i in range(n))
t = threading.Thread(target=work, args=(20,))
t.start()
t.join()
print(work(10), [1, 2] + [3], {"a": 1}.get("a"), f"{1.5:.1f}", repr("x"))
`;

// Settles when the warm-up run is over, so a reader's run never overlaps it.
let warming = Promise.resolve();

async function warmUp() {
  try {
    await prefetch(WARM_UP);
    const warm = new Runner(WARM_UP, 0, true, "", 1e6);
    for (let i = 0; i < 100 && !JSON.parse(warm.step(SLICE, -1)).done; i++);
    warm.free();
  } catch (error) {
    spent = String(error && error.message ? error.message : error);
  }
}

function handle(message) {
  if (message.type === "run") {
    run(String(message.source), Number(message.seed) || 0, Boolean(message.realtime), message.speed);
  } else if (message.type === "pace") {
    setPace(Boolean(message.realtime), message.speed);
  } else if (message.type === "interrupt" && runner) {
    runner.interrupt();
  } else if (message.type === "interrupt" && runStarting) {
    // The run is still fetching its modules: deliver it once it starts.
    interruptEarly = true;
  }
}

let starting = false;

// The engine starts from the page's compiled module when it sends one.
function start(module) {
  starting = true;
  init({ module_or_path: module || wasmUrl }).then(
    () => {
      ready = true;
      postMessage({ type: "ready", version: engine_version() });
      // A run already asked for warms the engine itself.
      if (early.length === 0) warming = warmUp();
      for (const message of early.splice(0)) handle(message);
    },
    (error) => postMessage({ type: "failed", message: String(error) }),
  );
}

addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "engine") {
    if (!starting) start(message.module);
  } else if (ready) {
    handle(message);
  } else {
    early.push(message);
  }
});
