// Tandem's service worker (plain JS, no libraries).
//
// - Install: fetch /index.html, precache it and every asset it names (Trunk's hashed .js,
//   .wasm and .css, icons, manifest) in a cache of this build.
// - Navigations: network first (3 s), else the cached app shell, so the app opens offline.
// - Catalog, store, reservation and appointment GETs: network first (3 s), else the last
//   copy, stamped with `x-tandem-cached-at` (ms since epoch). Each answer is reported to the
//   page ({type: "tandem-data", path, ok, cachedAt}) so it can show an offline banner and
//   "stock as of HH:MM". Not /api/session: the visit pass keeps its own offline copy and
//   must see the network fail to say that it is showing a copy.
// - Images and icons: cache first.
// - Never cached: anything but GET, anything under /api/staff, the live stock stream.
// - Updates: a new worker waits until the page asks it to take over ("skip-waiting"), so one
//   tab never runs two builds at once. The server appends this build's id below, which makes
//   the file change byte for byte whenever dist/index.html does.
'use strict';

const SHELL_PREFIX = 'tandem-shell-';
const DATA = 'tandem-data-v1';
const IMAGES = 'tandem-images-v1';
const NETWORK_TIMEOUT_MS = 3000;
const MAX_IMAGES = 300;
const CACHED_AT = 'x-tandem-cached-at';

// Set by the line the server appends; a plain static host leaves it unset.
const shellCache = () => SHELL_PREFIX + (self.TANDEM_BUILD || 'static');

const DATA_PATHS = [
  /^\/api\/products(\/|$)/,
  /^\/api\/stores$/,
  /^\/api\/categories$/,
  /^\/api\/reservations(\/|$)/,
  /^\/api\/appointments(\/|$)/,
];
const NEVER = [/^\/api\/staff(\/|$)/, /^\/api\/stock\/stream$/];
const SHELL_ASSET = /["'](\/[A-Za-z0-9._\/-]+\.(?:js|wasm|css|png|svg|ico|webmanifest))["']/g;
const HASHED = /-[0-9a-f]{8,}(?:_bg)?\.(?:js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const res = await fetch('/index.html', { cache: 'no-cache' });
  if (!res.ok) throw new Error('index.html: HTTP ' + res.status);
  const html = await res.clone().text();
  const urls = new Set([
    '/manifest.webmanifest',
    '/icons/icon.svg',
    '/icons/icon-192.png',
    '/icons/icon-512.png',
  ]);
  for (const m of html.matchAll(SHELL_ASSET)) urls.add(m[1]);
  const cache = await caches.open(shellCache());
  await cache.addAll([...urls].map((u) => new Request(u, { cache: 'no-cache' })));
  await cache.put('/index.html', res);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([shellCache(), DATA, IMAGES]);
      for (const name of await caches.keys()) {
        if (name.startsWith('tandem-') && !keep.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (NEVER.some((re) => re.test(path))) return;
  if (req.method === 'DELETE' && path === '/api/session') {
    event.respondWith(forgetMe(req));
    return;
  }
  if (req.method !== 'GET') return;
  if (req.mode === 'navigate') {
    if (!path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      event.respondWith(navigate(req));
    }
    return;
  }
  if (path.startsWith('/api/images/') || path.startsWith('/icons/')) {
    event.respondWith(cacheFirst(req, IMAGES));
  } else if (DATA_PATHS.some((re) => re.test(path))) {
    event.respondWith(networkFirst(event));
  } else if (!path.startsWith('/api/')) {
    event.respondWith(staticFile(req));
  }
});

// Resolves with the response, or with null after the timeout (the fetch keeps going).
function withTimeout(promise) {
  return Promise.race([
    promise,
    new Promise((resolve) => setTimeout(() => resolve(null), NETWORK_TIMEOUT_MS)),
  ]);
}

async function navigate(req) {
  const network = fetch(req);
  try {
    const res = await withTimeout(network);
    if (res) return res;
  } catch (_) {
    // Offline or the server is down: the app shell below.
  }
  const shell = await caches.match('/index.html', { cacheName: shellCache() });
  return shell || network;
}

async function networkFirst(event) {
  const req = event.request;
  const path = new URL(req.url).pathname;
  const cache = await caches.open(DATA);
  const network = fetch(req).then(async (res) => {
    if (res.ok) await cache.put(req, stamped(res.clone())).catch(() => {});
    return res;
  });
  // Keep the worker alive to store a late answer even when the cache answered first.
  event.waitUntil(network.catch(() => {}));
  try {
    const res = await withTimeout(network);
    if (res) {
      tell(event, { path, ok: true, cachedAt: null });
      return res;
    }
  } catch (_) {
    // Fall through to the last copy.
  }
  let copy = await cache.match(req);
  // Availability for a slightly different position is better than nothing offline.
  if (!copy && path.endsWith('/availability')) copy = await cache.match(req, { ignoreSearch: true });
  const cachedAt = copy ? Number(copy.headers.get(CACHED_AT)) || null : null;
  tell(event, { path, ok: false, cachedAt });
  return copy || network;
}

function stamped(res) {
  const headers = new Headers(res.headers);
  headers.set(CACHED_AT, String(Date.now()));
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

async function tell(event, data) {
  const client = event.clientId && (await self.clients.get(event.clientId));
  if (client) client.postMessage(Object.assign({ type: 'tandem-data' }, data));
}

async function cacheFirst(req, name) {
  const hit = await caches.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) {
    const cache = await caches.open(name);
    await cache.put(req, res.clone()).catch(() => {});
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_IMAGES))) await cache.delete(old);
  }
  return res;
}

// Hashed build files never change: cache first. Others (manifest, robots.txt): network first.
async function staticFile(req) {
  const path = new URL(req.url).pathname;
  if (HASHED.test(path)) {
    const hit = await caches.match(req);
    if (hit) return hit;
    return fetch(req);
  }
  const network = fetch(req);
  try {
    const res = await withTimeout(network);
    if (res) return res;
  } catch (_) {
    // Offline: the precached copy below.
  }
  return (await caches.match(req)) || network;
}

// Erasing my data also erases the copies of it on this device.
async function forgetMe(req) {
  const res = await fetch(req);
  if (res.ok) await caches.delete(DATA);
  return res;
}
