import { describe, expect, it } from 'vitest';
import { reviewSchedule } from '../../../../src/lib/components/review/schedule.ts';
import { newCard, reviewCard } from '../../../../src/lib/progress/review.ts';

const start = '2026-03-02T09:00:00.000Z';
const tz = 'UTC';

describe('reviewSchedule', () => {
	it('is empty when nothing was ever answered', () => {
		expect(reviewSchedule({}, start, { timeZone: tz })).toEqual({
			total: 0,
			dueNow: 0,
			laterToday: 0,
			next: undefined,
			upcoming: []
		});
	});

	it('a missed fact is due again soon; a known one days later', () => {
		const cards = {
			missed: reviewCard(undefined, 'wrong', start),
			known: reviewCard(reviewCard(undefined, 'correct', start), 'correct', start)
		};
		const now = reviewSchedule(cards, start, { timeZone: tz });
		expect(now.dueNow).toBe(0);
		expect(now.laterToday).toBe(1);
		expect(now.next).toBe(cards.missed.due);
		expect(now.upcoming).toHaveLength(1);
		expect(now.upcoming[0].count).toBe(1);
		expect(now.upcoming[0].first).toBe(cards.known.due);

		const later = reviewSchedule(cards, cards.missed.due, { timeZone: tz });
		expect(later.dueNow).toBe(1);
		const afterAll = reviewSchedule(cards, cards.known.due, { timeZone: tz });
		expect(afterAll.dueNow).toBe(2);
		expect(afterAll.next).toBeUndefined();
	});

	it('counts new cards as due at once and groups later ones by day, soonest first', () => {
		const day = (d: number) => `2026-03-0${d}T10:00:00.000Z`;
		const cards = {
			a: newCard(start),
			b: { ...newCard(start), due: day(5) },
			c: { ...newCard(start), due: day(4) },
			d: { ...newCard(start), due: '2026-03-04T08:00:00.000Z' }
		};
		const s = reviewSchedule(cards, start, { timeZone: tz });
		expect(s.dueNow).toBe(1);
		expect(s.upcoming.map((u) => [u.day, u.count, u.first])).toEqual([
			['2026-03-04', 2, '2026-03-04T08:00:00.000Z'],
			['2026-03-05', 1, day(5)]
		]);
		expect(reviewSchedule(cards, start, { timeZone: tz, days: 1 }).upcoming).toHaveLength(1);
	});
});
