// The booth page's service worker: keeps the page and the event's catalog on the phone so that the booth keeps
// selling without a signal. The page itself, its files and the JSON it reads are fetched from the network first
// (a new version arrives as soon as there is a connection) and served from the cache when there is none.
// Sales are never cached: the page queues them itself and sends them when the connection is back.
const CACHE = 'kasir-v2';
const SHELL = ['/kasir', '/kasir/kasir.css', '/kasir/kasir-texts.js', '/kasir/kasir-queue.js', '/kasir/kasir.js', '/kasir/kasir-order.js',
  '/kasir/manifest.webmanifest', '/favicon.svg'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function cacheable(url) {
  return url.origin === self.location.origin && (url.pathname === '/kasir' || url.pathname.startsWith('/kasir/')
    || url.pathname === '/api/kasir/booths' || /^\/api\/kasir\/booths\/\d+\/\d+\/catalog$/.test(url.pathname)
    || url.pathname.startsWith('/gambar/'));
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !cacheable(url)) {
    return;
  }
  event.respondWith(fetch(request).then(response => {
    if (response.ok && response.type === 'basic' && !response.redirected) {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: url.pathname === '/kasir' })
    .then(cached => cached || Response.error())));
});
