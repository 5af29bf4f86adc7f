(function () {
	var link = document.getElementById('quick-exit');
	if (!link) return;
	var leave = function (event) {
		if (event) event.preventDefault();
		document.documentElement.style.visibility = 'hidden';
		document.title = '';
		location.replace(link.href);
	};
	link.addEventListener('click', leave);
	var last = 0;
	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Escape') return;
		var now = Date.now();
		if (now - last < 1000) leave();
		last = now;
	});
})();
