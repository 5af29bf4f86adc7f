(function () {
	var box = document.getElementById('listen');
	var speech = window.speechSynthesis;
	if (!box || !speech || !window.SpeechSynthesisUtterance) return;
	var lang = box.getAttribute('data-lang').toLowerCase();
	var play = document.getElementById('listen-play');
	var pause = document.getElementById('listen-pause');
	var stop = document.getElementById('listen-stop');
	var label = play.textContent;
	var paused = false;
	function voice() {
		return speech.getVoices().filter(function (v) {
			return v.localService && String(v.lang).toLowerCase().replace('_', '-').split('-')[0] === lang.split('-')[0];
		})[0];
	}
	function show() { if (voice()) box.hidden = false; }
	show();
	speech.addEventListener('voiceschanged', show);
	function idle() {
		paused = false;
		play.textContent = label;
		pause.hidden = stop.hidden = true;
	}
	// Title, In short, then the sections: each block of text once, in order.
	function blocks() {
		var all = document.querySelectorAll('article h1, .guide-in-short h2, .guide-in-short li, .body h2, .body h3, .body p, .body li, .body th, .body td');
		return Array.prototype.filter.call(all, function (el) { return !el.querySelector('p, li') && el.textContent.trim(); })
			.map(function (el) { return el.textContent.replace(/\s+/g, ' ').trim(); });
	}
	play.addEventListener('click', function () {
		if (paused) { speech.resume(); paused = false; play.textContent = label; return; }
		var chosen = voice();
		if (!chosen) return;
		speech.cancel();
		var texts = blocks();
		texts.forEach(function (text, i) {
			var line = new SpeechSynthesisUtterance(text);
			line.lang = chosen.lang;
			line.voice = chosen;
			if (i === texts.length - 1) line.onend = idle;
			speech.speak(line);
		});
		pause.hidden = stop.hidden = false;
	});
	pause.addEventListener('click', function () {
		speech.pause();
		paused = true;
		play.textContent = play.getAttribute('data-resume');
	});
	stop.addEventListener('click', function () { speech.cancel(); idle(); });
})();
