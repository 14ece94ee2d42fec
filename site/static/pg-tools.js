// The engine's highlighter and syntax check on the page's own thread. They
// only lex and compile (never run Python), take well under a millisecond for
// an example, and being synchronous keeps the editor's layer in step with
// every keystroke. Loaded on first use, not at page load.
import init, { highlight_html, check_syntax } from "./__ASSET:threadwise_playground.js__";
import { engineModule } from "./__ASSET:pg-engine.js__";

let loading = null;
let tools = null;

/** Starts loading (once); resolves with {highlight, check}. */
export function loadTools() {
  if (!loading) {
    loading = engineModule().then((module) => init({ module_or_path: module })).then(() => {
      tools = {
        highlight: (source) => highlight_html(source),
        check: (source) => JSON.parse(check_syntax(source)),
      };
      return tools;
    });
  }
  return loading;
}

/** The tools if already loaded, else null. */
export function toolsNow() {
  return tools;
}
