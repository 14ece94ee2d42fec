// The page's run workers: one is kept warm (wasm loaded) so Run starts at
// once; a run takes it and another is warmed behind it.

const workerUrl = new URL("./__ASSET:worker.js__", import.meta.url);

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
  }

  /** Resolves with the engine version once the warm worker is ready. */
  get ready() {
    return this.warm.ready;
  }

  /** The warm worker, for one run; a new one starts warming at once. */
  take() {
    const handle = this.warm;
    this.warm = new Handle();
    return handle;
  }

  /** A worker whose run ended normally: kept if nothing is warm yet. */
  give(handle) {
    if (this.warm.version === null && handle.version !== null) {
      this.warm.end();
      handle.listener = null;
      this.warm = handle;
    } else {
      handle.end();
    }
  }
}
