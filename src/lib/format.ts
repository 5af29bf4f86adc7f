/** Dates as the reader's language writes them; UTC so a build never shifts a day. */
export function formatDate(isoDate: string, lang: string): string {
	const [y, m = 1, d = 1] = isoDate.split('-').map(Number);
	const options: Intl.DateTimeFormatOptions =
		isoDate.length === 4 ? { year: 'numeric' } : isoDate.length === 7 ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
	return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
