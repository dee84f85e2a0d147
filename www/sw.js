// Service worker: keeps the playground usable offline after the first visit (cache-first for the
// files of this build, listed by scripts/playground.mjs, under a name per build and scope).
const VERSION = "__VERSION__";
const FILES = __FILES__;
const PREFIX = `mpsb-playground ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith((async () => {
    const cached = await caches.match(event.request, { cacheName: CACHE, ignoreSearch: true });
    return cached ?? fetch(event.request);
  })());
});
