// A light code editor: a transparent textarea over the highlighted code, so
// the browser keeps caret, selection, undo and accessibility; line numbers;
// Python-aware Tab, Shift-Tab and Enter; a syntax error mark.

import { el } from "./__ASSET:pg-dom.js__";

const INDENT = "    ";
let editors = 0;

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** Replaces the static `pre.code` of a playground with an editor. */
export class Editor {
  constructor(pre, { label, highlight, onChange, onRun, onEscape }) {
    this.highlight = highlight;
    this.onChange = onChange;
    this.code = pre.querySelector("code") || pre;
    this.lines = 0;

    this.root = el("div", "pg-editor");
    this.gutter = el("div", "pg-gutter");
    this.gutter.setAttribute("aria-hidden", "true");
    this.area = el("div", "pg-area");
    // As wide as the longest line, so the textarea over it never scrolls on its own.
    this.inner = el("div", "pg-inner");
    this.area.append(this.inner);
    this.input = el("textarea", "pg-input");
    this.input.spellcheck = false;
    this.input.setAttribute("autocapitalize", "off");
    this.input.setAttribute("autocomplete", "off");
    this.input.setAttribute("aria-label", label);
    this.input.setAttribute("aria-keyshortcuts", "Control+Enter Escape");
    this.input.wrap = "off";
    // Tab indents here, so say how to leave (Escape goes to the Run button).
    const hint = el("span", "pg-sr");
    hint.id = `pg-editor-hint-${++editors}`;
    hint.textContent = "Tab indents. Escape leaves the editor. Control+Enter runs.";
    this.input.setAttribute("aria-describedby", hint.id);
    this.mark = el("div", "pg-mark");
    this.mark.hidden = true;

    // The same <pre> stays as the visible layer: no layout shift.
    pre.replaceWith(this.root);
    pre.classList.add("pg-layer");
    pre.setAttribute("aria-hidden", "true");
    this.inner.append(pre, this.input, this.mark);
    this.root.append(this.gutter, this.area, hint);

    this.input.value = this.code.textContent;
    this.syncGutter();

    this.input.addEventListener("input", () => {
      this.render();
      this.onChange(this.input.value);
    });
    this.input.addEventListener("keydown", (event) => this.key(event, onRun, onEscape));
  }

  /** Gives layer, textarea and gutter one font size and one line pitch: the
   * pitch the static code had, so nothing moves, and so text lines up exactly
   * (the page's <pre> mixes two font sizes, whose line boxes drift apart). */
  fitToLayer() {
    const pre = this.inner.firstChild;
    const style = getComputedStyle(pre);
    const fontSize = getComputedStyle(this.code).fontSize;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    // Rendered lines: the text's, plus the CSS line after a final newline.
    const lines = this.input.value.split("\n").length;
    const pitch = `${(pre.getBoundingClientRect().height - padding) / lines}px`;
    for (const node of [pre, this.input, this.gutter, this.mark]) {
      node.style.lineHeight = pitch;
      node.style.fontSize = fontSize;
    }
    this.input.style.padding = style.padding;
    this.gutter.style.paddingBlock = `${style.paddingTop} ${style.paddingBottom}`;
    this.root.style.setProperty("--pg-pad-top", style.paddingTop);
    this.root.style.setProperty("--pg-pad-left", style.paddingLeft);
    this.root.style.setProperty("--pg-line", pitch);
  }

  get value() {
    return this.input.value;
  }

  /** Replaces the whole source (Reset, shared links, saved edits). */
  set value(text) {
    this.input.value = text;
    this.render();
  }

  /** Re-highlights (the engine's highlighter when loaded, else plain text). */
  render() {
    const source = this.input.value;
    let html = null;
    try {
      html = this.highlight(source);
    } catch {
      html = null;
    }
    this.code.innerHTML = html === null ? escapeHtml(source) : html;
    this.syncGutter();
  }

  syncGutter() {
    const count = this.input.value.split("\n").length;
    if (count === this.lines) return;
    this.lines = count;
    const spans = [];
    for (let i = 1; i <= count; i++) {
      const span = el("span");
      span.textContent = String(i);
      spans.push(span);
    }
    this.gutter.replaceChildren(...spans);
  }

  /** Marks a syntax error ({line, col, end}, 1-based) or clears the mark (null). */
  markError(error) {
    this.gutter.querySelector(".pg-err-line")?.classList.remove("pg-err-line");
    if (!error) {
      this.mark.hidden = true;
      this.input.removeAttribute("aria-invalid");
      return;
    }
    this.gutter.children[error.line - 1]?.classList.add("pg-err-line");
    this.mark.style.setProperty("--line", String(error.line - 1));
    this.mark.style.setProperty("--col", String(error.col - 1));
    this.mark.style.setProperty("--len", String(Math.max(1, error.end - error.col)));
    this.mark.hidden = false;
    this.input.setAttribute("aria-invalid", "true");
  }

  /** Puts the caret at the start of a 1-based line and focuses the editor. */
  goToLine(line) {
    const lines = this.input.value.split("\n");
    const n = Math.min(Math.max(line, 1), lines.length);
    let offset = 0;
    for (let i = 0; i < n - 1; i++) offset += lines[i].length + 1;
    const indent = lines[n - 1].length - lines[n - 1].trimStart().length;
    this.input.focus();
    this.input.setSelectionRange(offset + indent, offset + indent);
    this.gutter.children[n - 1]?.scrollIntoView({ block: "nearest" });
  }

  key(event, onRun, onEscape) {
    // Keys that finish an input method's composition are the IME's, not ours.
    if (event.isComposing) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onEscape();
    } else if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      if (event.shiftKey) this.shiftLines(false);
      else if (this.selectionIsMultiline()) this.shiftLines(true);
      else this.insert(INDENT.slice(this.column() % INDENT.length));
    } else if (event.key === "Enter" && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      this.newline();
    }
  }

  column() {
    const { value, selectionStart } = this.input;
    return selectionStart - (value.lastIndexOf("\n", selectionStart - 1) + 1);
  }

  selectionIsMultiline() {
    const { value, selectionStart, selectionEnd } = this.input;
    return value.slice(selectionStart, selectionEnd).includes("\n");
  }

  /** Inserts through the editing commands so native undo records it. */
  insert(text) {
    this.input.focus();
    if (!document.execCommand("insertText", false, text)) {
      this.input.setRangeText(text, this.input.selectionStart, this.input.selectionEnd, "end");
      this.input.dispatchEvent(new Event("input"));
    }
  }

  newline() {
    const { value, selectionStart } = this.input;
    const lineStart = value.lastIndexOf("\n", selectionStart - 1) + 1;
    const before = value.slice(lineStart, selectionStart);
    let indent = before.match(/^[ \t]*/)[0];
    // A comment after the colon does not stop the block from opening.
    if (/:\s*(#.*)?$/.test(before)) indent += INDENT;
    this.insert("\n" + indent);
  }

  /** Indents (or dedents) every line the selection touches, as one edit. */
  shiftLines(indent) {
    const { value, selectionStart, selectionEnd } = this.input;
    const start = value.lastIndexOf("\n", selectionStart - 1) + 1;
    let end = value.indexOf("\n", selectionEnd > selectionStart && value[selectionEnd - 1] === "\n" ? selectionEnd - 1 : selectionEnd);
    if (end < 0) end = value.length;
    const lines = value.slice(start, end).split("\n");
    let firstDelta = 0;
    let total = 0;
    const shifted = lines.map((line, i) => {
      if (indent) {
        const delta = line.length ? INDENT.length : 0;
        if (i === 0) firstDelta = delta;
        total += delta;
        return line.length ? INDENT + line : line;
      }
      const remove = Math.min(INDENT.length, line.length - line.replace(/^ +/, "").length);
      if (i === 0) firstDelta = -remove;
      total -= remove;
      return line.slice(remove);
    });
    if (total === 0) return;
    this.input.setSelectionRange(start, end);
    this.insert(shifted.join("\n"));
    const newStart = Math.max(start, selectionStart + firstDelta);
    this.input.setSelectionRange(newStart, Math.max(newStart, selectionEnd + total));
  }
}
