// Lanes: one row per thread on the run's virtual time axis, showing when it
// ran, waited to run, was blocked (and on what), slept, and ended. A table
// below says the same in words for screen readers.

import { el } from "./__ASSET:pg-dom.js__";

// Past this many segments a thread's lane stops recording (and says so).
const MAX_SEGMENTS = 4000;

/** Milliseconds of virtual time, for people. */
export function ms(ns) {
  const value = ns / 1e6;
  return `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms`;
}

/** The lanes of one playground. */
export class LanesView {
  constructor(container, { threadOf, lineText }) {
    this.threadOf = threadOf;
    this.lineText = lineText;
    this.root = el("div", "pg-lanes");
    this.rows = el("div", "pg-lane-rows");
    this.rows.setAttribute("aria-hidden", "true");
    this.table = el("table", "pg-lane-table");
    this.root.append(this.rows, this.table);
    container.append(this.root);
    this.clear();
  }

  clear() {
    this.lanes = new Map();
    this.current = null;
    this.end = 0;
    this.dirty = true;
  }

  lane(thread) {
    let lane = this.lanes.get(thread);
    if (!lane) {
      lane = { segments: [], open: null, started: null, ended: null, reasons: new Set(), full: false };
      this.lanes.set(thread, lane);
    }
    return lane;
  }

  /** Closes the thread's current state at `t` and opens `state`. */
  set(thread, t, state, reason = "", line = 0) {
    const lane = this.lane(thread);
    if (lane.open && lane.open.state === state && lane.open.reason === reason) return;
    if (lane.open) {
      lane.open.to = t;
      if (lane.segments.length < MAX_SEGMENTS) lane.segments.push(lane.open);
      else lane.full = true;
    }
    lane.open = state === "ended" ? null : { state, reason, line, from: t, to: t };
    if (reason) lane.reasons.add(line ? `${reason} (line ${line})` : reason);
  }

  /** Takes one trace event. */
  event(e) {
    const [kind, t] = e;
    if (typeof t === "number" && t > this.end) this.end = t;
    switch (kind) {
      case "start":
        this.lane(e[2]).started = t;
        // The first thread runs from its start; later ones wait for a switch.
        if (this.current === null) this.current = e[2];
        this.set(e[2], t, this.current === e[2] ? "running" : "ready");
        break;
      case "switch":
        if (this.lanes.get(e[2])?.open?.state === "running") this.set(e[2], t, "ready");
        this.set(e[3], t, "running");
        this.current = e[3];
        break;
      case "block": {
        const sleeping = e[3].startsWith("sleep(");
        this.set(e[2], t, sleeping ? "sleeping" : "blocked", e[3], e[4]);
        break;
      }
      case "wake":
        // A thread woken while no one else ran carries on without a switch.
        this.set(e[2], t, e[2] === this.current ? "running" : "ready");
        break;
      case "end":
        this.set(e[2], t, "ended");
        this.lane(e[2]).ended = t;
        break;
      default:
        return;
    }
    this.dirty = true;
  }

  /** Redraws (at most once per animation frame, when something changed). */
  render() {
    if (!this.dirty) return;
    this.dirty = false;
    const span = Math.max(this.end, 1);
    const pct = (t) => `${((t / span) * 100).toFixed(3)}%`;
    const rows = [];
    const body = el("tbody");
    for (const [thread, lane] of this.lanes) {
      const info = this.threadOf(thread);
      const row = el("div", "pg-lane");
      const name = el("span", "pg-lane-name", info.name + (info.daemon ? " (daemon)" : ""));
      const track = el("span", `pg-track pg-th${info.index % 6}`);
      const segments = lane.open ? [...lane.segments, { ...lane.open, to: this.end }] : lane.segments;
      let last = -1;
      for (const s of segments) {
        // Segments narrower than a pixel or so add nothing but DOM.
        if (s.to - s.from < span / 2000 && s.state !== "blocked" && s.from - last < span / 2000) continue;
        last = s.from;
        const seg = el("span", `pg-seg pg-${s.state}`);
        seg.style.left = pct(s.from);
        seg.style.width = pct(Math.max(s.to - s.from, 0));
        const what = s.reason ? `${s.state} on ${s.reason}` : s.state;
        const code = s.line ? `, line ${s.line}: ${this.lineText(s.line)}` : "";
        seg.title = `${info.name}: ${what}, ${ms(s.from)} to ${ms(s.to)}${code}`;
        track.append(seg);
      }
      if (lane.ended !== null) {
        const endMark = el("span", "pg-seg pg-ended");
        endMark.style.left = pct(lane.ended);
        endMark.title = `${info.name}: ended at ${ms(lane.ended)}`;
        track.append(endMark);
      }
      row.append(name, track);
      rows.push(row);

      const tr = el("tr");
      tr.append(
        el("th", "", info.name),
        el("td", "", info.daemon ? "yes" : "no"),
        el("td", "", lane.started === null ? "" : ms(lane.started)),
        el("td", "", lane.ended === null ? "still running" : ms(lane.ended)),
        el("td", "", [...lane.reasons].join("; ") + (lane.full ? " (lane truncated)" : "")),
      );
      tr.firstChild.scope = "row";
      body.append(tr);
    }
    this.rows.replaceChildren(...rows);
    const head = el("thead");
    const hr = el("tr");
    for (const h of ["Thread", "Daemon", "Started", "Ended", "Waited on"]) {
      const th = el("th", "", h);
      th.scope = "col";
      hr.append(th);
    }
    head.append(hr);
    const caption = el("caption", "", `Threads on the virtual time axis (0 to ${ms(this.end)})`);
    this.table.replaceChildren(caption, head, body);
  }
}
