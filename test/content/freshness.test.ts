import { expect, test } from 'vitest';
import { isRecent, isStale } from '../../src/content/freshness.ts';

test('a guide checked more than twelve months before the build is stale', () => {
	expect(isStale('2025-11-28', '2026-11-29')).toBe(true);
	expect(isStale('2024-01-01', '2026-11-29')).toBe(true);
});

test('a guide checked twelve months or less before the build is not', () => {
	expect(isStale('2025-11-29', '2026-11-29')).toBe(false);
	expect(isStale('2026-11-29', '2026-11-29')).toBe(false);
	// A review date after the build (a build of an older date) is not stale either.
	expect(isStale('2027-01-01', '2026-11-29')).toBe(false);
});

test('months are calendar months, and the limit can be chosen', () => {
	// Six months before 31 August is the last day of February.
	expect(isStale('2026-02-27', '2026-08-31', 6)).toBe(true);
	expect(isStale('2026-02-28', '2026-08-31', 6)).toBe(false);
});

test('a change is recent for 60 days after it was made, and not before it', () => {
	expect(isRecent('2027-07-17', '2027-09-15')).toBe(true);
	expect(isRecent('2027-07-16', '2027-09-15')).toBe(false);
	expect(isRecent('2027-09-16', '2027-09-15')).toBe(false);
});
