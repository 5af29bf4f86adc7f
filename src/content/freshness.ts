/**
 * Safety advice goes stale: laws, apps and phones change. A guide whose facts
 * were last checked more than `months` before the build says so on its page,
 * and `npm run check` warns. Dates are YYYY-MM-DD; the build date comes from
 * the build (see buildDate), never from the clock here, so this stays pure.
 */
export function isStale(reviewed: string, buildDate: string, months = 12): boolean {
	const [y, m, d] = buildDate.split('-').map(Number);
	// The same day `months` earlier, or the last day of that month (31 August → 28 February).
	const lastDay = new Date(Date.UTC(y, m - 1 - months + 1, 0)).getUTCDate();
	const limit = new Date(Date.UTC(y, m - 1 - months, Math.min(d, lastDay))).toISOString().slice(0, 10);
	return reviewed < limit;
}

/** A change made at most `days` days before the build (and not after it): its guide's page says so under its title. */
export function isRecent(date: string, buildDate: string, days = 60): boolean {
	const age = (Date.parse(buildDate) - Date.parse(date)) / 86_400_000;
	return age >= 0 && age <= days;
}
