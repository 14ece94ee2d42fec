// The page's run workers: one is kept warm (wasm loaded) so Run starts at
// once; a run takes it and another is warmed behind it.

import { engineModule } from "./__ASSET:pg-engine.js__";

const workerUrl = new URL("./__ASSET:worker.js__", import.meta.url);
const REFILL_DELAY_MS = 500;

// One worker and what it has said so far.
class Handle {
  /**
   * A new worker, or the one the page's head started (`boot`: {worker,
   * heard}), replaying the events it queued before this script loaded.
   */
  constructor(boot) {
    this.worker = boot ? boot.worker : new Worker(workerUrl, { type: "module" });
    this.version = null;
    this.listener = null;
    this.ready = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Rejections are reported through `ready` to whoever awaits it.
    this.ready.catch(() => {});
    this.worker.onmessage = (event) => this.heard(event.data || {});
    this.worker.onerror = (event) => this.failed(event);
    if (boot) {
      for (const event of boot.heard.splice(0)) {
        if (event.type === "error") this.failed(event);
        else this.heard(event.data || {});
      }
    } else {
      // The worker waits for the page's compiled module; without one (the
      // page could not compile it, or this browser cannot send it) it loads
      // the wasm itself.
      engineModule().then(
        (module) => {
          try {
            this.post({ type: "engine", module });
          } catch {
            this.post({ type: "engine", module: null });
          }
        },
        () => this.post({ type: "engine", module: null }),
      );
    }
  }

  heard(message) {
    if (message.type === "ready") {
      this.version = message.version;
      this.resolve(message.version);
    } else if (message.type === "failed") {
      this.reject(new Error(message.message));
    } else if (this.listener) {
      this.listener(message);
    }
  }

  failed(event) {
    event.preventDefault();
    const text = event.message || "the worker stopped";
    if (this.version === null) this.reject(new Error(text));
    else if (this.listener) this.listener({ type: "crash", message: text });
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
    const boot = self.threadwiseBoot;
    self.threadwiseBoot = null;
    this.warm = new Handle(boot);
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
