(function () {
	var form = document.getElementById('search');
	if (!form) return;
	var input = document.getElementById('search-input');
	var status = document.getElementById('search-status');
	var list = document.getElementById('search-results');
	var more = document.getElementById('search-more');
	// Results not shown yet: each one shown costs a download of its text (5 to
	// 8 KiB), so three come first and the rest only when the reader asks.
	var rest = [];
	var perPage = 3;
	var root = form.getAttribute('data-root');
	var pagefind;
	var latest = 0;
	var timer;
	form.hidden = false;
	// Pages link here from their header (#search): the reader came to type.
	// Focused once the page has loaded: a focus asked for while it is still being read is lost.
	function arrive() { if (location.hash === '#search') input.focus(); }
	window.addEventListener('load', arrive);
	window.addEventListener('hashchange', arrive);
	function load() {
		if (!pagefind) {
			pagefind = import(new URL(form.getAttribute('data-bundle'), location.href).href).then(function (pf) {
				// No worker: one file less to download (12 KiB), and these indexes are small.
				return pf.options({ baseUrl: '/', noWorker: true }).then(function () { return pf; });
			});
		}
		return pagefind;
	}
	function say(template, values) {
		status.textContent = template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
	}
	function wordsOf(query) {
		// Intl.Segmenter also splits Chinese, which is written without spaces.
		if (window.Intl && Intl.Segmenter) {
			var segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
			return Array.from(segmenter.segment(query)).filter(function (s) { return s.isWordLike; }).map(function (s) { return s.segment; });
		}
		return query.split(/\s+/);
	}
	// A one-letter word ("I", "a", "y", "o") is in nearly every page, or in none
	// the reader meant: it is left out, except in Chinese, Japanese and Korean,
	// where one character can be a whole word.
	function keywordsOf(query) {
		return wordsOf(query).filter(function (w) { return w.length > 1 || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(w); });
	}
	// Pagefind matches pages that contain every word. Readers type whole
	// questions ("can they unlock my phone at the border"), so when that finds
	// little, also look for each word alone and rank those pages by their
	// combined score (Pagefind already weighs rare words above common ones).
	// A few pages with the very words in that order ("the border is open") come
	// first; a phrase that many pages share ("pen register") tells nothing.
	function find(pf, query) {
		var words = keywordsOf(query);
		var phrase = words.length > 1 && query.indexOf('"') < 0 ? pf.search('"' + query + '"') : Promise.resolve({ results: [] });
		var dropped = words.length > 0 && words.length < wordsOf(query).length;
		var all = pf.search(dropped ? words.join(' ') : query).then(function (search) {
			if (search.results.length >= 3 || words.length < 2) return search.results;
			return Promise.all(words.map(function (w) { return pf.search(w); })).then(function (each) {
				var byId = {};
				search.results.forEach(function (r) { byId[r.id] = { result: r, score: Infinity }; });
				each.forEach(function (s) {
					s.results.forEach(function (r) {
						var seen = byId[r.id] || (byId[r.id] = { result: r, score: 0 });
						seen.score += r.score;
					});
				});
				return Object.keys(byId).map(function (id) { return byId[id]; })
					.sort(function (a, b) { return b.score - a.score; })
					.map(function (x) { return x.result; });
			});
		});
		return Promise.all([phrase, all]).then(function (found) {
			if (found[0].results.length > 3) return found[1];
			var seen = {};
			return found[0].results.concat(found[1]).filter(function (r) { return !seen[r.id] && (seen[r.id] = true); });
		});
	}
	function itemFor(data) {
		var item = document.createElement('li');
		var link = document.createElement('a');
		link.href = root + data.url.replace(/^\//, '');
		link.textContent = data.meta.title;
		var excerpt = document.createElement('p');
		excerpt.innerHTML = data.excerpt;
		item.append(link, excerpt);
		return item;
	}
	// Shows the next few results; resolves to false if the query changed meanwhile.
	function showMore(ticket) {
		var next = rest.splice(0, perPage);
		more.hidden = true;
		return Promise.all(next.map(function (r) { return r.data(); })).then(function (results) {
			if (ticket !== latest) return false;
			list.append.apply(list, results.map(itemFor));
			more.hidden = rest.length === 0;
			return true;
		});
	}
	function run() {
		var query = input.value.trim();
		var ticket = ++latest;
		rest = [];
		more.hidden = true;
		if (!query) { list.replaceChildren(); status.textContent = ''; return; }
		say(form.getAttribute('data-loading'), {});
		load().then(function (pf) { return find(pf, query); }).then(function (found) {
			if (ticket !== latest) return;
			list.replaceChildren();
			rest = found.slice();
			return showMore(ticket).then(function (current) {
				if (current) say(form.getAttribute(found.length ? 'data-count' : 'data-none'), { count: found.length, query: query });
			});
		}).catch(function () {
			if (ticket === latest) say(form.getAttribute('data-unavailable'), {});
		});
	}
	more.addEventListener('click', function () {
		var ticket = latest;
		showMore(ticket).catch(function () {
			if (ticket === latest) say(form.getAttribute('data-unavailable'), {});
		});
	});
	input.addEventListener('focus', load, { once: true });
	// Results come as you type, but only once a query can narrow things down:
	// a letter or two matches the start of many words, and fetching their index
	// would cost a reader on paid data for nothing. Enter searches for anything.
	// In Chinese, Japanese and Korean two characters already make a word.
	function worthSearching(query) {
		return query.length >= (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(query) ? 2 : 3);
	}
	input.addEventListener('input', function () {
		clearTimeout(timer);
		var query = input.value.trim();
		if (!query || worthSearching(query)) timer = setTimeout(run, 250);
	});
	form.addEventListener('submit', function (event) { event.preventDefault(); clearTimeout(timer); run(); });
})();
