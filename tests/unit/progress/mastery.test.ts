import { describe, expect, it } from 'vitest';
import {
	applyAttempt,
	challengeOutcome,
	createProfile,
	emptyProgress,
	getProfile,
	masteryChallengeConcepts,
	quizLevel,
	type AttemptItem,
	type MasteryLevel,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, item } from './make.ts';

let clock = 0;
function start(): ProgressDoc {
	clock = 0;
	const r = createProfile(emptyProgress(), { id: 'p', name: 'A' }, at(0));
	if (!r.ok) throw new Error(r.error);
	return r.value;
}
function quiz(d: ProgressDoc, items: AttemptItem[]): ProgressDoc {
	clock += 10;
	return applyAttempt(d, 'p', attempt(`q${clock}`, at(clock), items), at(clock));
}
function challenge(d: ProgressDoc, items: AttemptItem[]): ProgressDoc {
	clock += 10;
	const c = attempt(`c${clock}`, at(clock), items, {
		kind: 'challenge',
		concepts: ['deep-processing']
	});
	return applyAttempt(d, 'p', c, at(clock));
}
const level = (d: ProgressDoc, concept = 'deep-processing'): MasteryLevel | undefined =>
	getProfile(d, 'p')?.mastery[concept]?.level;
const correct = (n: number) => Array.from({ length: n }, () => item('correct'));

describe('quiz rule', () => {
	it('moves attempted → familiar → proficient by recent accuracy, never to mastered', () => {
		let d = start();
		d = quiz(d, correct(1));
		expect(level(d)).toBe('attempted');
		d = quiz(d, correct(2));
		expect(level(d)).toBe('familiar');
		d = quiz(d, correct(2));
		expect(level(d)).toBe('proficient');
		for (let i = 0; i < 5; i++) d = quiz(d, correct(5));
		expect(level(d)).toBe('proficient');
	});

	it('counts partial credit and goes down when recent answers are poor', () => {
		expect(quizLevel([1, 1, 0.5])).toBe('familiar');
		expect(quizLevel([1, 0, 0.5])).toBe('attempted');
		expect(quizLevel([1, 1, 1, 1, 0.5])).toBe('proficient');
		expect(quizLevel([1, 1, 1, 1, 0])).toBe('familiar');
		let d = start();
		d = quiz(d, correct(5));
		expect(level(d)).toBe('proficient');
		d = quiz(d, [item('wrong'), item('wrong')]);
		expect(level(d)).toBe('attempted');
	});

	it('ignores invalid answers entirely', () => {
		let d = start();
		d = quiz(d, [item('invalid'), item('invalid')]);
		expect(level(d)).toBeUndefined();
		d = quiz(d, [...correct(3), item('invalid')]);
		expect(level(d)).toBe('familiar');
		expect(getProfile(d, 'p')?.mastery['deep-processing']?.answered).toBe(3);
	});

	it('tracks each concept of an item separately', () => {
		let d = start();
		d = quiz(d, [
			item('correct', { concepts: ['lysine', 'starch'] }),
			item('wrong', { concepts: ['starch'] })
		]);
		expect(getProfile(d, 'p')?.mastery.lysine?.recent).toEqual([1]);
		expect(getProfile(d, 'p')?.mastery.starch?.recent).toEqual([1, 0]);
	});
});

describe('mastery challenge', () => {
	it('only a challenge reaches mastered; a wrong answer lowers one level', () => {
		let d = start();
		d = quiz(d, correct(5));
		expect(level(d)).toBe('proficient');
		d = challenge(d, correct(2));
		expect(level(d)).toBe('mastered');
		d = challenge(d, [item('correct'), item('wrong')]);
		expect(level(d)).toBe('proficient');
		d = challenge(d, [item('wrong')]);
		expect(level(d)).toBe('familiar');
	});

	it('leaves the level alone on partial answers with no wrong one', () => {
		expect(challengeOutcome('familiar', ['correct', 'partial'])).toBe('familiar');
		expect(challengeOutcome('familiar', ['correct'])).toBe('proficient');
		expect(challengeOutcome('mastered', ['correct'])).toBe('mastered');
		expect(challengeOutcome('familiar', ['wrong'])).toBe('attempted');
		expect(challengeOutcome('proficient', [])).toBe('proficient');
	});

	it('treats a concept below familiar in a challenge like a quiz', () => {
		let d = start();
		d = challenge(d, correct(2));
		expect(level(d)).toBe('attempted');
	});

	it('a mastered concept drops only to proficient after a weak quiz', () => {
		let d = start();
		d = quiz(d, correct(5));
		d = challenge(d, correct(1));
		expect(level(d)).toBe('mastered');
		d = quiz(d, correct(2));
		expect(level(d)).toBe('mastered');
		d = quiz(d, [item('wrong'), item('wrong'), item('wrong')]);
		expect(level(d)).toBe('proficient');
	});

	it('offers concepts at familiar or above for a challenge', () => {
		let d = start();
		d = quiz(d, [...correct(3), item('correct', { concepts: ['lysine'] })]);
		expect(masteryChallengeConcepts(d, 'p')).toEqual(['deep-processing']);
		expect(masteryChallengeConcepts(d, 'nobody')).toEqual([]);
	});
});
