(function () {
	// A printed guide carries the QR code of its live page.
	window.addEventListener('beforeprint', function () {
		var qr = document.querySelector('.share-qr');
		if (qr) qr.open = true;
	});
	if (!navigator.clipboard) return;
	['share-copy', 'share-message'].forEach(function (id) {
		var button = document.getElementById(id);
		button.hidden = false;
		button.addEventListener('click', function () {
			navigator.clipboard.writeText(button.getAttribute(id === 'share-copy' ? 'data-url' : 'data-copy-message')).then(function () {
				document.getElementById('share-status').textContent = button.getAttribute('data-done');
			});
		});
	});
})();
