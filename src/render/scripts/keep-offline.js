(function () {
	var box = document.getElementById('keep');
	if (!box || !('serviceWorker' in navigator) || !window.caches || location.protocol === 'file:') return;
	var status = document.getElementById('keep-status');
	var say = function (name) { status.textContent = box.getAttribute('data-' + name); };
	function ask(worker, message) {
		return new Promise(function (resolve) {
			var channel = new MessageChannel();
			channel.port1.onmessage = function (event) { resolve(event.data); };
			worker.postMessage(message, [channel.port2]);
		});
	}
	function ready() {
		return navigator.serviceWorker.register(new URL(box.getAttribute('data-worker'), location.href).href, { scope: new URL(box.getAttribute('data-scope'), location.href).href })
			.then(function () { return navigator.serviceWorker.ready; })
			.then(function (registration) { return registration.active; });
	}
	box.hidden = false;
	document.getElementById('keep-save').addEventListener('click', function () {
		say('working');
		ready().then(function (worker) { return ask(worker, { type: 'keep', lang: box.getAttribute('data-lang') }); })
			.then(function (answer) { say(answer && answer.ok ? 'done' : 'failed'); }, function () { say('failed'); });
	});
	document.getElementById('keep-remove').addEventListener('click', function () {
		navigator.serviceWorker.getRegistrations().then(function (registrations) {
			var worker = registrations[0] && registrations[0].active;
			return (worker ? ask(worker, { type: 'remove' }) : Promise.resolve())
				.then(function () { return Promise.all(registrations.map(function (r) { return r.unregister(); })); });
		}).then(function () { say('removed'); });
	});
})();
