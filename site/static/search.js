// Site search: loads the build's index on first focus and searches it as
// the reader types. Terms are split exactly as the builder splits them
// (src/search/tokens.rs); every query word must match the start of a word
// of the question, and fields rank title > headings > summary > body (the
// builder encodes that in each score).
const box = document.querySelector("[data-search]");
const MAX_RESULTS = 8;
const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 180;

function wordsOf(text, stop) {
  const out = [];
  const push = (word) => {
    if ([...word].length >= 2 && !stop.has(word) && !out.includes(word)) out.push(word);
  };
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || []) {
    const word = raw.replace(/^_+|_+$/g, "");
    if (!word) continue;
    if (word.includes("_")) word.split("_").forEach(push);
    push(word);
  }
  return out;
}

// Index of the first term that is >= word.
function lowerBound(terms, word) {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ranked results for `query`: [{doc, score}], best first. */
export function search(index, query) {
  const words = wordsOf(query, index.stopSet);
  if (words.length === 0) return { words, hits: [] };
  let totals = null;
  for (const word of words) {
    // Best score per question among the terms this word starts; an exact
    // term gets a half point, so "lock" ranks "lock" above "locked".
    const best = new Map();
    for (let i = lowerBound(index.terms, word); i < index.terms.length; i++) {
      const term = index.terms[i];
      if (!term.startsWith(word)) break;
      const bonus = term === word ? 0.5 : 0;
      const postings = index.postings[i];
      for (let p = 0; p < postings.length; p += 2) {
        const score = postings[p + 1] + bonus;
        if (score > (best.get(postings[p]) || 0)) best.set(postings[p], score);
      }
    }
    if (totals === null) {
      totals = best;
    } else {
      for (const [doc, score] of totals) {
        if (best.has(doc)) totals.set(doc, score + best.get(doc));
        else totals.delete(doc);
      }
    }
    if (totals.size === 0) break;
  }
  const hits = [...totals].map(([doc, score]) => ({ doc, score }));
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return { words, hits };
}

function matcher(words) {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
}

// Appends `text` to `parent`, each match in a <mark>; text nodes only, so
// nothing in the index is ever read as HTML.
function appendMarked(parent, text, pattern) {
  let last = 0;
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    parent.append(text.slice(last, match.index));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    parent.append(mark);
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
}

// A window of the body around the first match (or its start).
function snippetOf(text, pattern) {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  let start = match ? Math.max(0, match.index - SNIPPET_BEFORE) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < (match ? match.index : start + 20)) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
}

function setUp(box) {
  const input = box.querySelector("input");
  const panel = box.querySelector(".search-panel");
  const list = box.querySelector("[role=listbox]");
  const status = box.querySelector(".search-status");
  let index = null;
  let loading = null;
  let active = -1;

  function load() {
    if (!loading) {
      const started = performance.now();
      loading = fetch(box.dataset.index)
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json();
        })
        .then((data) => {
          if (data.version !== 1) throw new Error("unknown index format");
          data.stopSet = new Set(data.stop);
          index = data;
          box.dataset.loadMs = (performance.now() - started).toFixed(1);
          box.dataset.ready = "";
          update();
        })
        .catch((error) => {
          loading = null;
          show();
          status.textContent = `Search is unavailable: ${error.message}`;
        });
    }
    return loading;
  }

  function show() {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function setActive(n) {
    const options = list.querySelectorAll("[role=option]");
    active = options.length === 0 ? -1 : n;
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function update() {
    const query = input.value.trim();
    list.replaceChildren();
    active = -1;
    if (!query) {
      close();
      return;
    }
    show();
    if (!index) {
      status.textContent = "Loading the search index…";
      return;
    }
    const started = performance.now();
    const { words, hits } = search(index, query);
    box.dataset.lastQueryMs = (performance.now() - started).toFixed(2);
    if (words.length === 0) {
      status.textContent = "Type a longer word to search.";
      return;
    }
    if (hits.length === 0) {
      status.textContent = `No question mentions “${query}”.`;
      return;
    }
    const shown = hits.slice(0, MAX_RESULTS);
    const count = hits.length === 1 ? "1 question" : `${hits.length} questions`;
    const more = hits.length > shown.length ? `, showing the best ${shown.length}` : "";
    status.textContent = count + more;
    const pattern = matcher(words);
    shown.forEach(({ doc }, i) => {
      const entry = index.docs[doc];
      const item = document.createElement("li");
      item.id = `tw-search-result-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      const link = document.createElement("a");
      link.href = `${index.base}${entry.slug}/`;
      link.tabIndex = -1;
      const title = document.createElement("span");
      title.className = "search-title";
      appendMarked(title, entry.title, pattern);
      const summary = document.createElement("span");
      summary.className = "search-summary";
      summary.textContent = entry.summary;
      const snippet = document.createElement("span");
      snippet.className = "search-snippet";
      appendMarked(snippet, snippetOf(entry.text, pattern), pattern);
      link.append(title, summary, snippet);
      item.append(link);
      item.addEventListener("mousemove", () => {
        if (active !== i) setActive(i);
      });
      list.append(item);
    });
  }

  input.addEventListener("focus", () => {
    load();
    if (input.value.trim()) update();
  });
  input.addEventListener("input", update);
  input.addEventListener("keydown", (event) => {
    const count = list.querySelectorAll("[role=option]").length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (panel.hidden && input.value.trim()) update();
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter") {
      const options = list.querySelectorAll("[role=option] a");
      const target = options[active >= 0 ? active : 0];
      if (target && !panel.hidden) {
        event.preventDefault();
        location.assign(target.href);
      }
    } else if (event.key === "Escape") {
      // First Escape closes the results but keeps the query (a search
      // field would clear itself); the next one clears and leaves.
      event.preventDefault();
      if (!panel.hidden) {
        close();
      } else {
        input.value = "";
        input.blur();
      }
    }
  });
  box.querySelector("form")?.addEventListener("submit", (event) => event.preventDefault());
  document.addEventListener("click", (event) => {
    if (!box.contains(event.target)) close();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

if (box) setUp(box);
