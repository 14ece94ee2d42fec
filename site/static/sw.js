// The service worker: lets a reader reopen pages they have seen, and run
// their examples, without a network. `threadwise build` fills in this
// build's cache version and the hashed assets to precache.
const VERSION = "__CACHE_VERSION__";
const PRECACHE = __PRECACHE__;

// Several sites can share an origin (user.github.io/a/ and /b/): caches are
// named per scope, and only this scope's old caches are deleted.
const PREFIX = `threadwise:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const ASSETS = new URL("assets/", self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page that installed the worker was loaded before it: site.js asks
// for that page to be saved too.
self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type !== "seen" || typeof message.url !== "string") return;
  const url = new URL(message.url);
  url.hash = "";
  if (!url.href.startsWith(self.registration.scope)) return;
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(url.href)).catch(() => {}));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  if (request.url.startsWith(ASSETS)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  }
});

// Hashed names never change content: the cached copy is always right.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// Pages change with each deploy: the network's copy wins when there is one.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
