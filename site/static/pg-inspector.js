// The thread-local inspector: one table per `threading.local` object (named
// by the variable and line that made it), one row per attribute, one column
// per thread, each cell that thread's own value. Cells flash when touched.

import { el } from "./__ASSET:pg-dom.js__";

/** The inspector of one playground. */
export class InspectorView {
  constructor(container, { threadOf }) {
    this.threadOf = threadOf;
    this.root = el("div", "pg-inspector");
    container.append(this.root);
    this.clear();
  }

  clear() {
    this.root.replaceChildren();
    this.locals = new Map();
    this.touched = new Map();
    const empty = el("p", "pg-empty", "No threading.local objects yet.");
    this.root.append(empty);
  }

  local(id, label = `local #${id}`, line = 0, cls = "", creator = -1) {
    let local = this.locals.get(id);
    if (local) return local;
    if (this.locals.size === 0) this.root.replaceChildren();
    const table = el("table", "pg-local");
    table.dataset.local = String(id);
    const who = creator >= 0 ? ` by ${this.threadOf(creator).name}` : "";
    const caption = el("caption", "", `${label}${line ? ` (line ${line})` : ""}${cls && cls !== "_thread._local" ? `: ${cls}` : ""}, made${who}`);
    const head = el("thead");
    const headRow = el("tr");
    const corner = el("th", "", "Attribute");
    corner.scope = "col";
    headRow.append(corner);
    head.append(headRow);
    const body = el("tbody");
    table.append(caption, head, body);
    this.root.append(table);
    local = { table, headRow, body, columns: new Map(), rows: new Map() };
    this.locals.set(id, local);
    return local;
  }

  column(local, thread) {
    let index = local.columns.get(thread);
    if (index !== undefined) return index;
    index = local.columns.size;
    local.columns.set(thread, index);
    const info = this.threadOf(thread);
    const th = el("th", `pg-th${info.index % 6}`, info.name);
    th.scope = "col";
    local.headRow.append(th);
    for (const row of local.rows.values()) row.append(el("td", "pg-unset", "—"));
    return index;
  }

  row(local, name) {
    let row = local.rows.get(name);
    if (row) return row;
    row = el("tr");
    const th = el("th", "", name);
    th.scope = "row";
    row.append(th);
    for (let i = 0; i < local.columns.size; i++) row.append(el("td", "pg-unset", "—"));
    local.rows.set(name, row);
    local.body.append(row);
    return row;
  }

  /** Takes one trace event. */
  event(e) {
    if (e[0] === "lnew") {
      const [, , thread, id, cls, label, line] = e;
      this.local(id, label, line, cls, thread);
    } else if (e[0] === "lacc") {
      const [, , thread, id, op, name, value, line] = e;
      const local = this.local(id);
      const index = this.column(local, thread);
      const cell = this.row(local, name).children[index + 1];
      if (op === "set" || (op === "get" && value !== null)) {
        cell.textContent = value ?? "";
        cell.className = "";
      } else if (op === "del") {
        cell.textContent = "(deleted)";
        cell.className = "pg-unset";
      }
      cell.title = `${op} at line ${line}`;
      this.touched.set(cell, op);
    }
  }

  /** Flashes the cells touched since the last call (once each per frame). */
  flush() {
    if (this.touched.size === 0) return;
    const styles = getComputedStyle(this.root);
    const write = styles.getPropertyValue("--pg-flash-write").trim() || "#f5d76e";
    const read = styles.getPropertyValue("--pg-flash-read").trim() || "#bcd7f5";
    for (const [cell, op] of this.touched) {
      const colour = op === "get" ? read : write;
      cell.animate([{ backgroundColor: colour }, { backgroundColor: "transparent" }], { duration: 700, easing: "ease-out" });
    }
    this.touched.clear();
  }
}
