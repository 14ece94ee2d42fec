// The engine's wasm, fetched and compiled once per page. The page's tools
// and every run worker instantiate this one compiled module, so a worker
// starts without fetching or compiling anything, and the download overlaps
// the loading of the workers' scripts.

const wasmUrl = new URL("./__ASSET:threadwise_playground_bg.wasm__", import.meta.url);

async function compile() {
  // The page's head started it (see base.html) unless this page has no head
  // of ours.
  if (self.threadwiseEngine) {
    try {
      return await self.threadwiseEngine;
    } catch {
      // Compile it again below, where a failure is reported properly.
    }
  }
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(fetch(wasmUrl));
    } catch {
      // A host that sends the wasm with another MIME type: compile the bytes.
    }
  }
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`the engine's wasm did not load (HTTP ${response.status})`);
  return WebAssembly.compile(await response.arrayBuffer());
}

let compiled = null;

/** The compiled engine module (started on first call). */
export function engineModule() {
  if (!compiled) compiled = compile();
  return compiled;
}
