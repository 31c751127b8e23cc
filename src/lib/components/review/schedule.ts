// What the Review page says about the schedule: how many facts are due now, how many more fall due
// later today, and the next days that have reviews. UI helper, not a domain module: pure, the time
// and the time zone are parameters. The cards and their due dates come from $lib/progress (FSRS).
import type { ReviewCard } from '../../progress/schema.ts';

export interface UpcomingDay {
	/** the day as YYYY-MM-DD in the given time zone */
	day: string;
	/** the earliest due time that day (ISO), to format for the learner */
	first: string;
	count: number;
}

export interface ReviewSchedule {
	/** facts with a schedule at all (0: nothing was ever answered) */
	total: number;
	dueNow: number;
	/** due after now but before the end of today */
	laterToday: number;
	/** the earliest due time after now, if any */
	next?: string;
	/** the next days (after today) with reviews, soonest first */
	upcoming: UpcomingDay[];
}

/** "2026-11-28" for an instant in a time zone (the runtime's own zone when undefined). */
export function dayKey(iso: string, timeZone?: string): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(iso));
}

export function reviewSchedule(
	cards: Readonly<Record<string, ReviewCard>>,
	now: string,
	options: { days?: number; timeZone?: string } = {}
): ReviewSchedule {
	const t = Date.parse(now);
	const today = dayKey(now, options.timeZone);
	let dueNow = 0;
	let laterToday = 0;
	let next: string | undefined;
	const byDay = new Map<string, UpcomingDay>();
	for (const card of Object.values(cards)) {
		const due = Date.parse(card.due);
		if (due <= t) {
			dueNow++;
			continue;
		}
		if (next === undefined || due < Date.parse(next)) next = card.due;
		const day = dayKey(card.due, options.timeZone);
		if (day === today) {
			laterToday++;
			continue;
		}
		const seen = byDay.get(day);
		if (!seen) byDay.set(day, { day, first: card.due, count: 1 });
		else
			byDay.set(day, {
				day,
				first: Date.parse(card.due) < Date.parse(seen.first) ? card.due : seen.first,
				count: seen.count + 1
			});
	}
	const upcoming = [...byDay.values()]
		.sort((a, b) => a.day.localeCompare(b.day))
		.slice(0, options.days ?? 5);
	return { total: Object.keys(cards).length, dueNow, laterToday, next, upcoming };
}
