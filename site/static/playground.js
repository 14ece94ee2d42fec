// Enhances the page's runnable examples into playgrounds: an editor, Run and
// Stop, live output, lanes and the thread-local inspector. Python only ever
// runs in a worker (pg-pool.js); this thread only draws.
import { WorkerPool } from "./__ASSET:pg-pool.js__";
import { Editor } from "./__ASSET:pg-editor.js__";
import { OutputView } from "./__ASSET:pg-output.js__";
import { LanesView, ms } from "./__ASSET:pg-lanes.js__";
import { InspectorView } from "./__ASSET:pg-inspector.js__";
import { encodeSource, decodeSource, playgroundUrl } from "./__ASSET:pg-share.js__";
import { loadTools, toolsNow } from "./__ASSET:pg-tools.js__";
import { el } from "./__ASSET:pg-dom.js__";

const DEFAULT_LIMIT_S = 10;
const CHECK_DELAY_MS = 400;
const LANES_EVERY_MS = 250;
const isPlaygroundPage = location.pathname.replace(/\/index\.html$/, "/").endsWith("/playground/");

function button(text, title) {
  const b = el("button", "pg-button", text);
  b.type = "button";
  if (title) b.title = title;
  return b;
}

function storageKey(number) {
  return `threadwise-playground:${location.pathname}:${number}`;
}

function load(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function save(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage may be full or disabled; edits then last for the visit.
  }
}

/** The engine's halt (Rust's debug form, e.g. `Deadlock("...")`) in words. */
function haltText(halt) {
  const match = /^(\w+)\(([\s\S]*)\)$/.exec(halt);
  if (!match) return halt;
  let detail = match[2];
  try {
    if (detail.startsWith('"')) detail = JSON.parse(detail);
  } catch {
    // Not JSON after all: show it as it came.
  }
  switch (match[1]) {
    case "Budget":
      return `the program ran ${detail} instructions, the most one run may`;
    case "Deadlock":
      return `deadlock: ${detail}`;
    case "TimeLimit":
      return `virtual time passed ${detail} s`;
    default:
      return detail;
  }
}

function highlightOrNull(source) {
  const tools = toolsNow();
  return tools ? tools.highlight(source) : null;
}

/** One runnable example and its run. */
class Playground {
  constructor(section, pool) {
    this.section = section;
    this.pool = pool;
    this.number = section.dataset.playground;
    this.key = storageKey(this.number);
    this.handle = null;
    this.queue = [];
    this.threads = new Map();
    this.frame = 0;
    this.seed = 0;
    this.runLines = [];

    const pre = section.querySelector("pre.code");
    this.original = pre.textContent;
    this.editor = new Editor(pre, {
      label: `Python source of example ${this.number}`,
      highlight: highlightOrNull,
      onChange: (source) => this.edited(source),
      onRun: () => this.run(),
      onEscape: () => this.runButton.focus(),
    });
    this.editor.input.addEventListener("focus", () => this.toolsThenRender(), { once: true });
    this.syntax = el("p", "pg-syntax");
    this.syntax.setAttribute("aria-live", "polite");
    this.syntax.hidden = true;
    this.editor.root.after(this.syntax);

    this.buildOutput();
    this.buildToolbar();
    this.buildViews();
    this.status = section.querySelector(".playground-status") || el("p", "playground-status");
    this.status.setAttribute("aria-live", "polite");
    this.bar.after(this.status);
    this.setRun("idle");
    requestAnimationFrame(() => this.editor.fitToLayer());
  }

  buildOutput() {
    let box = this.section.querySelector(".playground-output");
    if (!box) {
      box = el("div", "playground-output");
      box.append(el("p", "output-label", "Output"), el("pre", "output"));
      box.querySelector("pre").append(el("samp"));
      box.hidden = true;
      this.section.append(box);
    }
    this.outputBox = box;
    this.outputLabel = box.querySelector(".output-label");
    const samp = box.querySelector("samp");
    samp.setAttribute("aria-live", "off");
    this.output = new OutputView(samp, {
      threadOf: (t) => this.threadOf(t),
      onLine: (line) => this.editor.goToLine(line),
    });
  }

  buildToolbar() {
    const bar = el("div", "pg-toolbar");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", `Example ${this.number} controls`);
    this.runButton = button("Run", "Run (Ctrl+Enter in the editor)");
    this.runButton.classList.add("pg-primary");
    this.stopButton = button("Stop", "Stop the program now");
    this.interruptButton = button("Interrupt", "Send SIGINT (KeyboardInterrupt) to the main thread");
    this.seedButton = button("New seed", "Re-run with different thread switch points");
    this.resetButton = button("Reset", "Restore the article's version of the code");
    this.shareButton = button("Share", "Copy a link that opens this code in the playground");

    this.playback = el("select", "pg-select");
    this.playback.setAttribute("aria-label", "Playback");
    for (const [value, text] of [["instant", "Instant"], ["real", "Real time"]]) {
      const option = el("option", "", text);
      option.value = value;
      this.playback.append(option);
    }
    this.speed = el("select", "pg-select");
    this.speed.setAttribute("aria-label", "Playback speed");
    for (const value of ["0.25", "0.5", "1", "2", "4", "10"]) {
      const option = el("option", "", `${value}×`);
      option.value = value;
      if (value === "1") option.selected = true;
      this.speed.append(option);
    }
    this.speed.hidden = true;
    this.playback.addEventListener("change", () => {
      this.speed.hidden = this.playback.value !== "real";
      this.sendPace();
    });
    this.speed.addEventListener("change", () => this.sendPace());

    const limitLabel = el("label", "pg-limit");
    limitLabel.append("Time limit ");
    this.limit = el("input");
    this.limit.type = "number";
    this.limit.min = "1";
    this.limit.max = "600";
    this.limit.value = String(DEFAULT_LIMIT_S);
    this.limit.setAttribute("aria-label", "Time limit in seconds");
    limitLabel.append(this.limit, " s");

    this.runButton.addEventListener("click", () => this.run());
    this.stopButton.addEventListener("click", () => this.stop("stopped", "Stopped."));
    this.interruptButton.addEventListener("click", () => this.handle?.post({ type: "interrupt" }));
    this.seedButton.addEventListener("click", () => this.run((Math.random() * 0xffffffff) >>> 0));
    this.resetButton.addEventListener("click", () => this.reset());
    this.shareButton.addEventListener("click", () => this.share());

    bar.append(
      this.runButton, this.stopButton, this.interruptButton, this.seedButton,
      this.playback, this.speed, limitLabel, this.resetButton, this.shareButton,
    );
    this.bar = bar;
    this.outputBox.before(bar);
    this.shareLink = el("p", "pg-share");
    this.shareLink.hidden = true;
    bar.after(this.shareLink);
  }

  buildViews() {
    const details = el("details", "pg-views");
    details.append(el("summary", "", "Threads: lanes and thread-local values"));
    const lanesHead = el("h3", "pg-view-title", "Lanes");
    const inspectorHead = el("h3", "pg-view-title", "Thread-local inspector");
    const legend = el("p", "pg-legend");
    for (const [state, text] of [
      ["running", "running"], ["ready", "waiting to run"], ["blocked", "blocked"],
      ["sleeping", "sleeping"], ["ended", "ended"],
    ]) {
      const key = el("span", "pg-key");
      const swatch = el("span", `pg-swatch pg-${state}`);
      swatch.setAttribute("aria-hidden", "true");
      key.append(swatch, text);
      legend.append(key);
    }
    legend.append(el("span", "pg-hint", "Hover a bar for its line of code."));
    details.append(lanesHead, legend);
    this.lanes = new LanesView(details, {
      threadOf: (t) => this.threadOf(t),
      lineText: (n) => (this.runLines[n - 1] || "").trim(),
    });
    details.append(inspectorHead);
    this.inspector = new InspectorView(details, { threadOf: (t) => this.threadOf(t) });
    this.views = details;
    this.section.append(details);
  }

  threadOf(id) {
    let info = this.threads.get(id);
    if (!info) {
      info = { name: id === 0 ? "MainThread" : `thread ${id}`, daemon: false, index: this.threads.size };
      this.threads.set(id, info);
    }
    return info;
  }

  /** Engine state for the whole section: loading, ready or failed. */
  setEngine(state, text, version) {
    this.section.dataset.state = state;
    if (version) this.section.dataset.engineVersion = version;
    if (this.section.dataset.run === "idle") this.status.textContent = text;
  }

  setRun(state) {
    this.section.dataset.run = state;
    const running = state === "running";
    this.stopButton.disabled = !running;
    this.interruptButton.disabled = !running;
    this.editor.root.classList.toggle("pg-running", running);
  }

  async toolsThenRender() {
    try {
      await loadTools();
      this.editor.render();
    } catch {
      // Without the page-side tools the editor stays plain text; runs still work.
    }
  }

  edited(source) {
    save(this.key, source === this.original ? null : source);
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  async check() {
    let tools;
    try {
      tools = await loadTools();
    } catch {
      return;
    }
    let error = null;
    try {
      error = tools.check(this.editor.value);
    } catch {
      error = null;
    }
    this.editor.markError(error);
    this.syntax.hidden = !error;
    this.syntax.textContent = error ? `Line ${error.line}, column ${error.col}: ${error.msg}` : "";
  }

  /** Source to start with: a shared link, then saved edits, then the article's. */
  async restore() {
    let source = null;
    if (isPlaygroundPage && this.number === "1") source = await decodeSource(location.hash);
    if (source === null) source = load(this.key);
    if (source !== null && source !== this.editor.value) {
      this.editor.value = source;
      await this.toolsThenRender();
      this.check();
    }
  }

  reset() {
    save(this.key, null);
    this.editor.input.focus();
    this.editor.input.select();
    this.editor.insert(this.original);
    this.editor.value = this.original;
    this.check();
    this.status.textContent = "Restored the article's version.";
  }

  async share() {
    const url = playgroundUrl() + (await encodeSource(this.editor.value));
    this.shareLink.replaceChildren();
    const link = el("a", "", url);
    link.href = url;
    this.shareLink.append("Link to this code: ", link);
    this.shareLink.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      this.status.textContent = "Share link copied to the clipboard.";
    } catch {
      this.status.textContent = "Share link ready below.";
    }
  }

  run(seed = 0) {
    // The benchmark marks: only the latest run's are kept.
    performance.clearMarks("threadwise-run");
    performance.clearMarks("threadwise-first-output");
    performance.mark("threadwise-run");
    this.seenOutput = false;
    if (this.handle) this.stop("stopped", "Stopped.");
    this.seed = seed;
    this.threads = new Map();
    this.queue = [];
    this.done = null;
    this.dropped = 0;
    this.lanesDrawn = 0;
    this.output.clear();
    this.lanes.clear();
    this.inspector.clear();
    this.outputBox.hidden = false;
    this.outputLabel.textContent = "Output";
    this.section.classList.remove("pg-tagged");
    this.setRun("running");
    this.status.textContent = seed ? `Running with seed ${seed}…` : "Running…";
    const handle = this.pool.take();
    this.handle = handle;
    this.started = performance.now();
    handle.listener = (message) => this.message(handle, message);
    clearTimeout(this.limitTimer);
    handle.ready.then(
      () => {
        if (this.handle !== handle) return;
        this.started = performance.now();
        const source = this.editor.value;
        this.runLines = source.split("\n");
        handle.post({ type: "run", source, seed, ...this.pace() });
        // The limit counts from the program's start, not the worker's warm-up.
        const limit = Math.max(1, Number(this.limit.value) || DEFAULT_LIMIT_S);
        this.limitTimer = setTimeout(() => {
          this.stop("timeout", `Stopped: the program ran longer than the time limit of ${limit} s.`);
        }, limit * 1000);
      },
      (error) => {
        if (this.handle !== handle) return;
        this.finish("crashed", `Internal error: the Python engine could not start (${error.message}).`);
      },
    );
  }

  /** Real-time playback: the worker keeps virtual time to the wall clock. */
  pace() {
    return { realtime: this.playback.value === "real", speed: Number(this.speed.value) };
  }

  sendPace() {
    this.handle?.post({ type: "pace", ...this.pace() });
  }

  message(handle, message) {
    if (this.handle !== handle) return;
    if (message.type === "batch") {
      for (const e of message.events) this.queue.push(e);
      this.dropped = message.dropped || 0;
      this.schedule();
    } else if (message.type === "done") {
      // The program finished; replaying it in real time is not a runaway.
      clearTimeout(this.limitTimer);
      this.done = message;
      this.schedule();
    } else if (message.type === "crash") {
      this.finish("crashed", `Internal error in the Python engine: ${message.message}. The rest of the page still works; run again to retry.`);
    }
  }

  schedule() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Applies what arrived since the last frame (the worker paces real time). */
  draw() {
    this.frame = 0;
    for (const e of this.queue) this.apply(e);
    this.queue = [];
    // Redrawing every lane is the costly part: a few times a second is enough.
    const now = performance.now();
    if (this.done || now - this.lanesDrawn > LANES_EVERY_MS) {
      this.lanes.render();
      this.lanesDrawn = now;
    }
    this.inspector.flush();
    if (this.output.manyThreads) this.section.classList.add("pg-tagged");
    if (this.done) this.completed(this.done);
  }

  apply(e) {
    switch (e[0]) {
      case "out":
        if (!this.seenOutput) {
          this.seenOutput = true;
          // For the benchmarks: click to first output on screen.
          performance.mark("threadwise-first-output");
        }
        this.output.write(e[2], e[3], e[4]);
        return;
      case "start":
      case "name": {
        const info = this.threadOf(e[2]);
        info.name = e[3];
        info.daemon = Boolean(e[4]);
        break;
      }
      default:
        break;
    }
    this.lanes.event(e);
    this.inspector.event(e);
  }

  completed(done) {
    this.reusable = done.reusable !== false;
    const wall = Math.round(performance.now() - this.started);
    const halt = done.halt || "";
    const dropped = this.dropped ? ` ${this.dropped} events were too many to show.` : "";
    if (halt.startsWith("Internal") && !halt.includes("limit")) {
      this.finish("crashed", `Internal error in the Python engine: ${haltText(halt)}.`);
    } else if (halt) {
      this.finish("halted", `Stopped: ${haltText(halt)}.${dropped}`);
    } else {
      const seed = this.seed ? `, seed ${this.seed}` : "";
      this.finish("done", `Exit status ${done.exit} (${ms(done.t)} virtual, ${wall} ms real${seed}).${dropped}`);
    }
  }

  /** Ends the current run now (Stop, the time limit). */
  stop(state, text) {
    if (!this.handle) return;
    this.handle.end();
    this.handle = null;
    this.pool.refill();
    // Show what the program did before it was stopped.
    this.done = null;
    for (const e of this.queue) this.apply(e);
    this.queue = [];
    this.lanes.render();
    this.inspector.flush();
    this.finish(state, text);
  }

  finish(state, text) {
    clearTimeout(this.limitTimer);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.handle) {
      if ((state === "done" || state === "halted") && this.reusable) this.pool.give(this.handle);
      else this.handle.end();
      this.handle = null;
    }
    this.done = null;
    this.setRun(state);
    this.status.textContent = text;
    if (state !== "done") this.output.note(text);
  }
}

const sections = Array.from(document.querySelectorAll("[data-playground]"));
if (sections.length > 0) {
  const pool = new WorkerPool();
  const playgrounds = sections.map((section) => new Playground(section, pool));
  for (const p of playgrounds) {
    p.setEngine("loading", "Loading the Python engine…");
    p.restore();
  }
  pool.ready.then(
    (version) => {
      performance.mark("threadwise-ready");
      for (const p of playgrounds) p.setEngine("ready", `Python engine ready (Threadwise engine ${version})`, version);
    },
    (error) => {
      for (const p of playgrounds) p.setEngine("failed", `The Python engine could not start: ${error.message}`);
    },
  );
}
