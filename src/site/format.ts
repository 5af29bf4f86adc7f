// Creating an Intl.DateTimeFormat is slow (it loads locale data); a build formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates as the reader's language writes them; UTC so a build never shifts a day. */
export function formatDate(isoDate: string, lang: string): string {
	const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
	const precision = isoDate.length === 4 ? 'year' : isoDate.length === 7 ? 'month' : 'day';
	const key = `${lang}:${precision}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		const options: Intl.DateTimeFormatOptions = precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
		formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
		formatters.set(key, formatter);
	}
	return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}

// Validators count a title as written in the HTML, where each of ' " & < > takes several characters.
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const written = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]).length;

/** A browser-tab title of at most 70 characters as written in the page: the site name goes first when space runs out. */
export function pageTitle(title: string, siteName: string, max = 70): string {
	const full = `${title} · ${siteName}`;
	if (written(full) <= max) return full;
	if (written(title) <= max) return title;
	let cut = [...title];
	while (cut.length && written(`${cut.join('').trimEnd()}…`) > max) cut = cut.slice(0, -1);
	return `${cut.join('').trimEnd()}…`;
}
