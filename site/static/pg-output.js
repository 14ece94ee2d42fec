// A run's output: text only (never HTML), each line tagged with the thread
// that wrote it (colour plus a name label that CSS shows and screen readers
// read), stderr styled apart, traceback lines of the program as links.

import { el } from "./__ASSET:pg-dom.js__";

// Past this many characters or lines a runaway printer's output is cut.
const MAX_CHARS = 400000;
const MAX_LINES = 5000;

/** The output area of one playground. */
export class OutputView {
  constructor(samp, { threadOf, onLine }) {
    this.samp = samp;
    this.threadOf = threadOf;
    this.onLine = onLine;
    // The recorded output stays until the first run.
    this.reset();
  }

  clear() {
    this.samp.replaceChildren();
    this.reset();
  }

  reset() {
    this.line = null;
    this.lineThread = -1;
    this.text = null;
    this.textStream = "";
    this.lines = 0;
    this.chars = 0;
    this.cut = false;
    this.threads = new Set();
  }

  /** Text from a thread's stdout ("o") or stderr ("e"). */
  write(thread, stream, text) {
    if (this.cut) return;
    if (this.chars + text.length > MAX_CHARS) {
      text = text.slice(0, Math.max(0, MAX_CHARS - this.chars));
      this.cut = true;
    }
    if (this.lines >= MAX_LINES) {
      this.cut = true;
      text = "";
    }
    this.chars += text.length;
    this.threads.add(thread);
    const parts = text.split("\n");
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (part === "" && last) return;
      this.chunk(thread, stream, last ? part : part + "\n");
      if (!last) {
        this.line = null;
        this.lines++;
      }
    });
    if (this.cut) this.note("[output cut: too much to show]");
  }

  chunk(thread, stream, text) {
    const info = this.threadOf(thread);
    if (!this.line || this.lineThread !== thread) {
      // A new line, or another thread writing into a line someone began.
      this.line = el("span", `pg-line pg-th${info.index % 6}`);
      this.line.dataset.thread = info.name;
      this.lineThread = thread;
      this.text = null;
      this.samp.append(this.line);
    }
    if (stream === "e") {
      const span = el("span", "pg-err");
      this.linkLines(span, text);
      this.line.append(span);
      this.text = null;
    } else if (this.text && this.textStream === stream) {
      // More of the same line: one text node, not a node per write.
      this.text.appendData(text);
    } else {
      this.text = document.createTextNode(text);
      this.textStream = stream;
      this.line.append(this.text);
    }
  }

  /** `File "main.py", line N` becomes a link that moves the editor's caret. */
  linkLines(span, text) {
    const pattern = /(File "main\.py", )(line (\d+))/g;
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index + match[1].length;
      span.append(text.slice(at, start));
      const link = el("a", "pg-line-link");
      link.href = "#";
      link.textContent = match[2];
      const line = Number(match[3]);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.onLine(line);
      });
      span.append(link);
      at = start + match[2].length;
    }
    span.append(text.slice(at));
  }

  /** A message from the playground itself (not the program), on its own line. */
  note(text) {
    const line = el("span", "pg-note");
    line.textContent = (this.samp.textContent.endsWith("\n") || !this.samp.textContent ? "" : "\n") + text + "\n";
    this.samp.append(line);
    this.line = null;
  }

  /** Whether more than one thread wrote (then labels are worth showing). */
  get manyThreads() {
    return this.threads.size > 1;
  }
}
