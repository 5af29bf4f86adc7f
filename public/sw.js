/*
 * Resguardo's offline copy. It does nothing until a reader presses "Keep this
 * guide on my phone": then it stores that language's pages, handbook and
 * search files. It only ever answers requests for this site's own files.
 */
var PREFIX = 'resguardo-';

function scopeUrl(path) {
	return new URL(path, self.registration.scope).href;
}

var keeping = {};

/**
 * Stores every file of one language. The old copy stays usable until the new
 * one is complete: files are added over it, then files no longer listed are
 * dropped. Two requests for the same language share one run.
 */
function keep(lang) {
	if (keeping[lang]) return keeping[lang];
	keeping[lang] = fetch(scopeUrl(lang + '/offline.json'), { cache: 'no-store' })
		.then(function (response) {
			if (!response.ok) throw new Error('offline list missing');
			return response.json();
		})
		.then(function (list) {
			var wanted = list.files.map(scopeUrl);
			return caches.open(PREFIX + lang).then(function (cache) {
				return cache.addAll(wanted).then(function () {
					return cache.keys();
				}).then(function (stored) {
					var keepUrls = wanted.concat([scopeUrl(lang + '/offline.json')]);
					return Promise.all(stored.filter(function (request) { return keepUrls.indexOf(request.url) < 0; }).map(function (request) { return cache.delete(request); }));
				}).then(function () {
					return cache.put(scopeUrl(lang + '/offline.json'), new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
				});
			});
		});
	keeping[lang].then(done, done);
	function done() { delete keeping[lang]; }
	return keeping[lang];
}

/** Which kept language a URL belongs to, if any. */
function keptLanguageOf(url) {
	var path = url.href.slice(self.registration.scope.length);
	var lang = path.split('/')[0];
	return caches.has(PREFIX + lang).then(function (kept) { return kept ? lang : null; });
}

/** When online and the content changed since it was kept, store the new version. */
function refresh(lang) {
	return caches.open(PREFIX + lang).then(function (cache) {
		return Promise.all([cache.match(scopeUrl(lang + '/offline.json')), fetch(scopeUrl(lang + '/offline.json'), { cache: 'no-store' })]);
	}).then(function (both) {
		if (!both[0] || !both[1].ok) return;
		return Promise.all([both[0].json(), both[1].json()]).then(function (lists) {
			if (lists[0].version !== lists[1].version) return keep(lang);
		});
	}).catch(function () {});
}

self.addEventListener('install', function () {
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	event.waitUntil(self.clients.claim());
});

self.addEventListener('message', function (event) {
	var data = event.data || {};
	var reply = function (message) {
		if (event.ports && event.ports[0]) event.ports[0].postMessage(message);
	};
	if (data.type === 'keep' && /^[a-zA-Z-]+$/.test(data.lang)) {
		event.waitUntil(keep(data.lang).then(function () { reply({ ok: true }); }, function () { reply({ ok: false }); }));
	}
	if (data.type === 'remove') {
		event.waitUntil(caches.keys().then(function (names) {
			return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX) === 0; }).map(function (n) { return caches.delete(n); }));
		}).then(function () { reply({ ok: true }); }));
	}
});

self.addEventListener('fetch', function (event) {
	var request = event.request;
	var url = new URL(request.url);
	// Only this site's own files, and only reads.
	if (request.method !== 'GET' || url.origin !== self.location.origin || request.url.indexOf(self.registration.scope) !== 0) return;
	event.respondWith(keptLanguageOf(url).then(function (lang) {
		var isPage = request.mode === 'navigate' || /\/$|\.html$|\.json$/.test(url.pathname);
		if (isPage) {
			// Pages first from the network, so a new version is seen when online.
			return fetch(request).then(function (response) {
				if (lang && request.mode === 'navigate') refresh(lang);
				return response;
			}, function () {
				return caches.match(request, { ignoreSearch: true }).then(function (hit) { return hit || Response.error(); });
			});
		}
		return caches.match(request).then(function (hit) { return hit || fetch(request); });
	}));
});
