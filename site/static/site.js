// Every page: the remembered light/dark toggle and copy buttons on code.
const root = document.documentElement;
const THEME_KEY = "threadwise-theme";
const darkQuery = window.matchMedia("(prefers-color-scheme: dark)");

function currentTheme() {
  return root.dataset.theme || (darkQuery.matches ? "dark" : "light");
}

const toggle = document.querySelector("[data-theme-toggle]");
if (toggle) {
  const label = () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    toggle.setAttribute("aria-label", `Switch to ${next} theme`);
    toggle.title = `Switch to ${next} theme`;
  };
  toggle.addEventListener("click", () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be disabled; the toggle still works for this page.
    }
    label();
  });
  darkQuery.addEventListener("change", label);
  label();
  toggle.hidden = false;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-HTTP hosts have no Clipboard API: fall back to a hidden textarea.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy refused");
}

for (const pre of document.querySelectorAll("pre.code")) {
  const holder = pre.parentElement;
  if (!holder || holder.querySelector(":scope > .copy-button")) continue;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy-button";
  button.textContent = "Copy";
  button.setAttribute("aria-label", "Copy code");
  button.addEventListener("click", async () => {
    try {
      await copyText(pre.textContent);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Copy failed";
    }
    setTimeout(() => {
      button.textContent = "Copy";
    }, 1600);
  });
  holder.classList.add("has-copy");
  holder.prepend(button);
}

// Offline reading: the service worker sits at the site root (sw.js, next to
// the assets folder), so its scope is the whole site under any base path.
// Registered after load, so precaching never delays the page's own requests.
function registerServiceWorker() {
  // Read before registering: once the new worker claims the page, the
  // controller is set even though this page came from the network.
  const cameFromNetwork = !navigator.serviceWorker.controller;
  const url = new URL("../sw.js", import.meta.url);
  navigator.serviceWorker
    .register(url)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // This page came from the network before the worker existed: save it.
      if (cameFromNetwork && registration.active) {
        registration.active.postMessage({ type: "seen", url: location.href });
      }
    })
    .catch(() => {
      // No service worker (private mode, file://): the site works online.
    });
}

if ("serviceWorker" in navigator && window.isSecureContext) {
  if (document.readyState === "complete") registerServiceWorker();
  else window.addEventListener("load", registerServiceWorker, { once: true });
}
