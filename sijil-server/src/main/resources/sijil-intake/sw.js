// Service worker of the offline report form (docs/intake.md). It keeps the form page and its
// assets so the form opens with no connection after one visit. Pages: network first, the kept copy
// when offline. Assets: the kept copy, refreshed from the network. The API is never cached: reports
// wait in the page's IndexedDB queue, not here.
'use strict';
var CACHE = 'sijil-intake-v2';
var ASSETS = [
  '/intake/report',
  '/static/sijil.css',
  '/static/intake.js',
  '/static/intake-bundle.js',
  '/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2',
  '/static/fonts/noto-naskh-arabic-arabic-700-normal.woff2'
];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(ASSETS); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf('sijil-intake-') === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function keep(request, response) {
  if (response.ok && response.type === 'basic' && !response.redirected) {
    var copy = response.clone();
    caches.open(CACHE).then(function (c) { c.put(request, copy); });
  }
  return response;
}

self.addEventListener('fetch', function (e) {
  var url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) {
    return;
  }
  if (e.request.mode === 'navigate') {
    if (url.pathname !== '/intake/report') {
      return; // only the form is kept: the analysts' pages are never stored on a device
    }
    e.respondWith(fetch(e.request).then(function (r) { return keep(e.request, r); }).catch(function () {
      return caches.match(e.request).then(function (hit) {
        return hit || caches.match('/intake/report', { ignoreSearch: true });
      }).then(function (page) {
        return page || Response.error();
      });
    }));
    return;
  }
  e.respondWith(caches.match(e.request).then(function (hit) {
    var fresh = fetch(e.request).then(function (r) { return keep(e.request, r); })
      .catch(function () { return hit || Response.error(); });
    return hit || fresh;
  }));
});
