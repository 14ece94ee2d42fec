// The page's run workers: one is kept warm (wasm loaded) so Run starts at
// once; a run takes it and another is warmed behind it.

const workerUrl = new URL("./__ASSET:worker.js__", import.meta.url);
const REFILL_DELAY_MS = 500;

// One worker and what it has said so far.
class Handle {
  constructor() {
    this.worker = new Worker(workerUrl, { type: "module" });
    this.version = null;
    this.listener = null;
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener("message", (event) => {
        const message = event.data || {};
        if (message.type === "ready") {
          this.version = message.version;
          resolve(message.version);
        } else if (message.type === "failed") {
          reject(new Error(message.message));
        } else if (this.listener) {
          this.listener(message);
        }
      });
      this.worker.addEventListener("error", (event) => {
        event.preventDefault();
        const text = event.message || "the worker stopped";
        if (this.version === null) reject(new Error(text));
        else if (this.listener) this.listener({ type: "crash", message: text });
      });
    });
    // Rejections are reported through `ready` to whoever awaits it.
    this.ready.catch(() => {});
  }

  post(message) {
    this.worker.postMessage(message);
  }

  end() {
    this.listener = null;
    this.worker.terminate();
  }
}

/** Hands out warm workers, one run each. */
export class WorkerPool {
  constructor() {
    this.warm = new Handle();
    this.timer = 0;
  }

  /** Resolves with the engine version once the warm worker is ready. */
  get ready() {
    return this.warm.ready;
  }

  /** The warm worker, for one run. */
  take() {
    const handle = this.warm || new Handle();
    this.warm = null;
    // Warm the next one a little later: instantiating wasm now would take a
    // core from the run that was just asked for.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refill(), REFILL_DELAY_MS);
    return handle;
  }

  refill() {
    if (!this.warm) this.warm = new Handle();
  }

  /** A worker whose run ended normally becomes the warm one if none is. */
  give(handle) {
    if (this.warm) {
      handle.end();
    } else {
      handle.listener = null;
      this.warm = handle;
    }
  }
}
