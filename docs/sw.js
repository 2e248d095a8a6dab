// The service worker: the site keeps working offline after the first visit.
// builder/offline.py fills in BUILD (changes with any file), PRECACHE (every page and the site's own
// assets, fetched when this worker installs) and ON_USE (the calculators' runtime, search files:
// cached the first time a page uses them, as they are large). Where service workers are missing
// (WeChat on iOS, plain http) nothing here runs and the site works online as before.
// Cache keys never carry a query string: a link's ?input= may hold what a person typed.
// URLs it does not list (the runtime's own /__snapshot__/ keys among them) are left to the browser.
const BUILD = "__BUILD__";
const PRECACHE = ["__PRECACHE__"];
const ON_USE = ["__ON_USE__"];

const SITE_CACHE = `site-${BUILD}`;
const RUNTIME_CACHE = "runtime";
const scope = new URL("./", self.location.href);
const key = (path) => new URL(path, scope).href;
const precached = new Set(PRECACHE.map(key));
const onUse = new Set(ON_USE.map(key));

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SITE_CACHE);
    await cache.addAll(PRECACHE.map((path) => new Request(key(path), { cache: "no-cache" })));
    await self.skipWaiting();   // pages then say "网站已更新，刷新后生效" (assets/offline.js)
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {   // only this worker's own caches ("calculator-snapshots" is the runtime's)
      if (name.startsWith("site-") && name !== SITE_CACHE) await caches.delete(name);
    }
    const runtime = await caches.open(RUNTIME_CACHE);   // keep what this build still uses
    for (const request of await runtime.keys()) {
      if (!onUse.has(request.url)) await runtime.delete(request);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  const path = url.origin + url.pathname;
  if (request.mode === "navigate") event.respondWith(page(request, path));
  else if (precached.has(path)) event.respondWith(fromSite(request, path));
  else if (onUse.has(path)) event.respondWith(cachedOnUse(request, path));
});

// A cached response as the answer to `request`. A copy without its own URL, so that the page or
// worker keeps the address it asked for, query included (?input=…, the worker's ?pyodide=…).
function answer(hit, request) {
  if (hit.url === request.url) return hit;
  return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });
}

// A page: this build's copy (so pages and assets always match), else the network, else the 404 page.
async function page(request, path) {
  const cache = await caches.open(SITE_CACHE);
  const hit = await cache.match(path);
  if (hit) return answer(hit, request);
  try {
    return await fetch(request);
  } catch (error) {
    const missing = await cache.match(key("404.html"));
    return missing ? new Response(missing.body, { status: 404, headers: missing.headers }) : Response.error();
  }
}

async function fromSite(request, path) {
  const hit = await (await caches.open(SITE_CACHE)).match(path);
  return hit ? answer(hit, request) : fetch(request);
}

async function cachedOnUse(request, path) {
  const cache = await caches.open(RUNTIME_CACHE);
  const hit = await cache.match(path);
  if (hit) return answer(hit, request);
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(path, response.clone());
  return response;
}
