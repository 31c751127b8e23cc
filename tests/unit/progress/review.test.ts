import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
	applyAttempt,
	createProfile,
	dueCount,
	dueFacts,
	emptyProgress,
	getProfile,
	reviewCard,
	type AttemptItem,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, DAY, item } from './make.ts';

const FACT = 'deal/fufeng-corn/investment';

function start(): ProgressDoc {
	const r = createProfile(emptyProgress(), { id: 'p', name: 'A' }, at(0));
	if (!r.ok) throw new Error(r.error);
	return r.value;
}
function answer(d: ProgressDoc, id: string, minute: number, items: AttemptItem[]) {
	return applyAttempt(d, 'p', attempt(id, at(minute), items), at(minute));
}
const card = (d: ProgressDoc, key = FACT) => getProfile(d, 'p')?.review[key];

describe('FSRS scheduling with a fixed clock', () => {
	it('schedules as ts-fsrs does for the same sequence of ratings', () => {
		const f = fsrs(generatorParameters({ enable_fuzz: false }));
		let ref = createEmptyCard(new Date(at(0)));
		const steps: [number, 'correct' | 'wrong' | 'partial', Grade][] = [
			[0, 'correct', Rating.Good],
			[20, 'correct', Rating.Good],
			[3 * DAY, 'wrong', Rating.Again],
			[3 * DAY + 30, 'partial', Rating.Hard],
			[10 * DAY, 'correct', Rating.Good]
		];
		let d = start();
		for (const [i, [minute, status, rating]] of steps.entries()) {
			ref = f.next(ref, new Date(at(minute)), rating).card;
			d = answer(d, `a${i}`, minute, [item(status)]);
			expect(card(d)?.due).toBe(ref.due.toISOString());
			expect(card(d)?.reps).toBe(ref.reps);
			expect(card(d)?.lapses).toBe(ref.lapses);
		}
	});

	it('moves the due date later after each correct review', () => {
		let d = start();
		let minute = 0;
		let gap = 0;
		for (let i = 0; i < 5; i++) {
			d = answer(d, `a${i}`, minute, [item('correct')]);
			const due = Date.parse(card(d)?.due as string);
			const next = due - Date.parse(at(minute));
			expect(next).toBeGreaterThan(gap);
			gap = next;
			minute = (due - Date.parse(at(0))) / 60_000;
		}
		expect(card(d)?.state).toBe('review');
	});

	it('brings a lapsed item back sooner than a remembered one', () => {
		let base = start();
		base = answer(base, 'a0', 0, [item('correct')]);
		base = answer(base, 'a1', 20, [item('correct')]);
		base = answer(base, 'a2', 3 * DAY, [item('correct')]);
		const review = Date.parse(card(base)?.due as string);
		const minute = (review - Date.parse(at(0))) / 60_000;
		const good = answer(base, 'a3', minute, [item('correct')]);
		const hard = answer(base, 'a3', minute, [item('partial')]);
		const lapse = answer(base, 'a3', minute, [item('wrong')]);
		const dueOf = (d: ProgressDoc) => Date.parse(card(d)?.due as string);
		expect(dueOf(lapse)).toBeLessThan(dueOf(hard));
		expect(dueOf(hard)).toBeLessThan(dueOf(good));
		expect(card(lapse)?.lapses).toBe(1);
		expect(card(lapse)?.state).toBe('relearning');
	});

	it('does not count invalid answers', () => {
		let d = start();
		d = answer(d, 'a0', 0, [item('invalid')]);
		expect(card(d)).toBeUndefined();
		const c = reviewCard(undefined, 'correct', at(0));
		expect(reviewCard(c, 'invalid', at(5))).toEqual(c);
	});

	it('reviews a fact once per attempt, rated by its worst answer', () => {
		let d = start();
		d = answer(d, 'a0', 0, [item('correct'), item('wrong')]);
		expect(card(d)?.reps).toBe(1);
		expect(card(d)).toEqual(reviewCard(undefined, 'wrong', at(0)));
	});
});

describe('due facts', () => {
	it('lists what is due as the clock moves forward', () => {
		let d = start();
		d = answer(d, 'a0', 0, [
			item('correct'),
			item('wrong', {
				fact: 'deal/lihua-cotton/investment',
				lesson: 'clusters-and-contract-farming'
			})
		]);
		d = answer(d, 'a1', 15, [
			item('correct'),
			item('correct', { fact: 'deal/lihua-cotton/investment' })
		]);
		d = answer(d, 'a2', 25, [
			item('correct'),
			item('wrong', { fact: 'deal/lihua-cotton/investment' })
		]);
		expect(dueCount(d, 'p', at(25))).toBe(0);
		const soon = dueFacts(d, 'p', at(40));
		expect(soon.map((f) => f.factKey)).toEqual(['deal/lihua-cotton/investment']);
		expect(soon[0].lesson?.slug).toBe('deep-processing');
		const later = dueFacts(d, 'p', at(30 * DAY));
		expect(later.map((f) => f.factKey).sort()).toEqual(
			[FACT, 'deal/lihua-cotton/investment'].sort()
		);
		expect(Date.parse(later[0].due)).toBeLessThanOrEqual(Date.parse(later[1].due));
		expect(dueCount(d, 'p', at(30 * DAY))).toBe(2);
		expect(dueCount(d, 'nobody', at(30 * DAY))).toBe(0);
	});
});
