// Enhances the page's runnable examples: starts one warm module worker with
// the Python engine and marks each example with the engine's state.
const blocks = Array.from(document.querySelectorAll("[data-playground]"));

function statusOf(block) {
  let status = block.querySelector(".playground-status");
  if (!status) {
    status = document.createElement("p");
    status.className = "playground-status";
    status.setAttribute("aria-live", "polite");
    block.append(status);
  }
  return status;
}

function setState(state, text, version) {
  for (const block of blocks) {
    block.dataset.state = state;
    if (version) block.dataset.engineVersion = version;
    statusOf(block).textContent = text;
  }
}

if (blocks.length > 0) {
  setState("loading", "Loading the Python engine…");
  const worker = new Worker(new URL("./__ASSET:worker.js__", import.meta.url), { type: "module" });
  worker.addEventListener("message", (event) => {
    const message = event.data || {};
    if (message.type === "ready") {
      setState("ready", `Python engine ready (Threadwise engine ${message.version})`, message.version);
    } else if (message.type === "failed") {
      setState("failed", `The Python engine could not start: ${message.message}`);
    }
  });
  worker.addEventListener("error", () => {
    setState("failed", "The Python engine could not start.");
  });
}
