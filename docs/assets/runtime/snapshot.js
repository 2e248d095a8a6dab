// The memory snapshot kept in Cache Storage: made in the browser after a first plain boot, restored on
// every later calculator page. One snapshot at a time, keyed by Pyodide version + build id + archive;
// its SHA-256 is stored beside it and checked before the bytes are trusted (the known answer is then
// checked after the restore, in boot.js). Anything unexpected deletes it: the next page boots plain.
const CACHE = "calculator-snapshots";
const DIGEST = "x-snapshot-sha256";

export function available() {
  return typeof caches === "object" && typeof crypto === "object" && Boolean(crypto.subtle);
}

// The cache key: a URL that is never fetched (the service worker leaves it alone).
export function keyFor({ pyodide, build, archive }) {
  return new URL(`__snapshot__/${pyodide}/${build}/${archive}`, self.location.href).href;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

// The stored snapshot's bytes when present and intact, else null (a damaged one is deleted).
export async function load(key) {
  const cache = await caches.open(CACHE);
  const response = await cache.match(key);
  if (!response) return null;
  const expected = response.headers.get(DIGEST);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!expected || (await sha256(bytes)) !== expected) {
    await cache.delete(key);
    return null;
  }
  return bytes;
}

export async function exists(key) {
  const cache = await caches.open(CACHE);
  return Boolean(await cache.match(key));
}

// Keeps this snapshot and deletes every other one (older builds or archives).
export async function store(key, bytes) {
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) if (request.url !== key) await cache.delete(request);
  await cache.put(key, new Response(bytes, {
    headers: { "content-type": "application/octet-stream", [DIGEST]: await sha256(bytes) },
  }));
}

export async function remove(key) {
  try {
    await (await caches.open(CACHE)).delete(key);
  } catch {
    // storage unavailable: nothing to delete
  }
}
