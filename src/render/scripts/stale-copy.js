// A saved page or handbook opened long after it was built says how old it
// is, with the address of a fresh copy and its QR code (the page's own).
(function () {
	var note = document.getElementById('stale-copy');
	var built = note.getAttribute('data-built').split('-').map(Number);
	var now = new Date();
	var months = (now.getFullYear() - built[0]) * 12 + now.getMonth() + 1 - built[1] - (now.getDate() < built[2] ? 1 : 0);
	if (months < Number(note.getAttribute('data-after'))) return;
	document.getElementById('stale-months').textContent = months;
	var qr = document.querySelector('.share-qr svg, .edition svg');
	if (qr) note.appendChild(qr.cloneNode(true));
	note.hidden = false;
})();
