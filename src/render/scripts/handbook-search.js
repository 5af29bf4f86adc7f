(function () {
	var form = document.getElementById('hb-search');
	if (!form) return;
	var input = document.getElementById('hb-input');
	var status = document.getElementById('hb-status');
	var list = document.getElementById('hb-results');
	function norm(text) {
		return text.normalize('NFKD')
			.replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
			.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
			.replace(/\u0649/g, '\u064a')
			.replace(/\u0629/g, '\u0647')
			.toLowerCase();
	}
	var cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
	function terms(query) {
		var out = [];
		norm(query).split(/[\s.,;:!?¿¡"'()«»“”،؟。，、？！：；]+/).forEach(function (word) {
			if (!word) return;
			if (cjk.test(word)) {
				var chars = Array.from(word);
				if (chars.length === 1) out.push(word);
				for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
			} else if (word.length > 1) {
				out.push(word);
			}
		});
		return out;
	}
	// Read when first needed: this script runs before the guides below it are parsed.
	var sections;
	function guides() {
		sections = sections || Array.prototype.map.call(document.querySelectorAll('section.hb-guide'), function (section) {
			var heading = section.querySelector('h2');
			var raw = section.textContent.replace(/\s+/g, ' ');
			// The words readers search with count like the title.
			var named = heading.textContent + ' ' + (section.getAttribute('data-terms') || '');
			return { id: section.id, title: heading.textContent, titleText: norm(named), raw: raw, text: norm(named + ' ' + raw) };
		});
		return sections;
	}
	function say(template, values) {
		status.textContent = template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
	}
	function run() {
		var query = input.value.trim();
		var wanted = terms(query);
		if (!wanted.length) { list.replaceChildren(); status.textContent = ''; return; }
		var found = guides().map(function (s) {
			var hits = 0;
			var score = 0;
			var first = -1;
			wanted.forEach(function (t) {
				var at = s.text.indexOf(t);
				if (at < 0) return;
				hits++;
				score += s.text.split(t).length - 1 + (s.titleText.indexOf(t) >= 0 ? 20 : 0);
				if (first < 0 || at < first) first = at;
			});
			return { section: s, hits: hits, score: score, first: first };
		}).filter(function (r) { return r.hits > 0 && r.hits * 2 >= wanted.length; })
			.sort(function (a, b) { return b.hits - a.hits || b.score - a.score; });
		list.replaceChildren.apply(list, found.map(function (r) {
			var item = document.createElement('li');
			var link = document.createElement('a');
			link.href = '#' + r.section.id;
			link.textContent = r.section.title;
			var excerpt = document.createElement('p');
			var start = Math.max(0, r.first - 60);
			excerpt.textContent = (start ? '… ' : '') + r.section.raw.slice(start, start + 160) + ' …';
			item.append(link, excerpt);
			return item;
		}));
		say(form.getAttribute(found.length ? 'data-count' : 'data-none'), { count: found.length, query: query });
	}
	form.hidden = false;
	var timer;
	input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
	form.addEventListener('submit', function (event) { event.preventDefault(); clearTimeout(timer); run(); });
})();
