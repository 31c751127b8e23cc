import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyAttempt,
	applyChallenge,
	clearQuizInProgress,
	createProfile,
	deleteProfile,
	emptyProgress,
	getProfile,
	markLessonRead,
	ProgressError,
	quizInProgress,
	rebuildDerived,
	renameProfile,
	resetProfile,
	saveQuizInProgress,
	switchProfile,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, deepFreeze, item } from './make.ts';

function withProfiles(...names: string[]): ProgressDoc {
	let d = emptyProgress();
	for (const [i, name] of names.entries()) {
		const r = createProfile(d, { id: `p${i}`, name }, at(i));
		if (!r.ok) throw new Error(r.error);
		d = r.value;
	}
	return d;
}

const quiz = {
	quizKey: 'lesson:deep-processing',
	attemptId: 'a-1',
	scope: { kind: 'lesson' as const, lesson: 'deep-processing' },
	seed: 9,
	datasetVersion: 'abc123',
	mode: 'practice' as const,
	startedAt: at(1),
	questionIds: ['q1', 'q2'],
	position: 0,
	answers: {}
};

describe('profiles', () => {
	it('creates a profile, makes it active, and tidies the name', () => {
		const r = createProfile(emptyProgress(), { id: 'x', name: '  Aigerim   Nurlanovna ' }, at(0));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.activeProfileId).toBe('x');
		expect(getProfile(r.value, 'x')?.name).toBe('Aigerim Nurlanovna');
	});

	it('explains a bad name in plain words', () => {
		const empty = createProfile(emptyProgress(), { id: 'x', name: '   ' }, at(0));
		expect(empty).toMatchObject({ ok: false });
		if (!empty.ok) expect(empty.error).toMatch(/empty/);
		const long = createProfile(emptyProgress(), { id: 'x', name: 'a'.repeat(61) }, at(0));
		if (!long.ok) expect(long.error).toMatch(/too long/);
		expect(long.ok).toBe(false);
	});

	it('refuses an id that is taken or was deleted', () => {
		const d = withProfiles('A');
		expect(createProfile(d, { id: 'p0', name: 'B' }, at(5)).ok).toBe(false);
		const gone = deleteProfile(d, 'p0', at(6));
		expect(createProfile(gone, { id: 'p0', name: 'B' }, at(7)).ok).toBe(false);
	});

	it('renames, switches and deletes without changing the input', () => {
		const d = deepFreeze(withProfiles('A', 'B'));
		const renamed = renameProfile(d, 'p0', 'Alma', at(9));
		expect(renamed.ok && getProfile(renamed.value, 'p0')?.name).toBe('Alma');
		expect(switchProfile(d, 'p0').activeProfileId).toBe('p0');
		const deleted = deleteProfile(d, 'p1', at(10));
		expect(deleted.profiles.map((p) => p.id)).toEqual(['p0']);
		expect(deleted.activeProfileId).toBe('p0');
		expect(deleted.deletedProfiles).toEqual({ p1: at(10) });
		expect(d.profiles).toHaveLength(2);
	});

	it('throws a ProgressError when switching to a profile that does not exist', () => {
		expect(() => switchProfile(withProfiles('A'), 'nope')).toThrow(ProgressError);
	});

	it('reset clears progress but keeps the id and name', () => {
		let d = withProfiles('A');
		d = markLessonRead(d, 'p0', 'deep-processing', 'marked', at(2));
		d = applyAttempt(d, 'p0', attempt('a1', at(3), [item('correct')]), at(3));
		const r = resetProfile(deepFreeze(d), 'p0', at(4));
		const p = getProfile(r, 'p0');
		expect(p).toMatchObject({
			id: 'p0',
			name: 'A',
			attempts: [],
			lessonsRead: {},
			mastery: {},
			review: {}
		});
		expect(getProfile(d, 'p0')?.attempts).toHaveLength(1);
	});
});

describe('lessons read', () => {
	it('keeps the first read', () => {
		let d = withProfiles('A');
		d = markLessonRead(d, 'p0', 'deep-processing', 'scrolled', at(2));
		d = markLessonRead(d, 'p0', 'deep-processing', 'marked', at(3));
		expect(getProfile(d, 'p0')?.lessonsRead['deep-processing']).toEqual({
			how: 'scrolled',
			at: at(2)
		});
	});
});

describe('applyAttempt', () => {
	it('stores the attempt, updates mastery and review, and does not touch the input', () => {
		const d = deepFreeze(withProfiles('A'));
		const next = applyAttempt(d, 'p0', attempt('a1', at(5), [item('correct')]), at(5));
		const p = getProfile(next, 'p0');
		expect(p?.attempts.map((a) => a.id)).toEqual(['a1']);
		expect(p?.mastery['deep-processing']?.level).toBe('attempted');
		expect(Object.keys(p?.review ?? {})).toEqual(['deal/fufeng-corn/investment']);
		expect(getProfile(d, 'p0')?.attempts).toEqual([]);
	});

	it('ignores the same attempt id a second time', () => {
		const d = withProfiles('A');
		const a = attempt('a1', at(5), [item('correct')]);
		const once = applyAttempt(d, 'p0', a, at(5));
		expect(applyAttempt(once, 'p0', a, at(6))).toEqual(once);
	});

	it('refuses a malformed attempt or unknown profile with a ProgressError', () => {
		const d = withProfiles('A');
		const bad = { ...attempt('a1', at(5), [item('correct')]), score: 5 };
		expect(() => applyAttempt(d, 'p0', bad, at(5))).toThrow(/score/);
		expect(() => applyAttempt(d, 'zz', attempt('a1', at(5), []), at(5))).toThrow(ProgressError);
	});

	it('ends the quiz in progress the attempt came from', () => {
		let d = withProfiles('A');
		d = saveQuizInProgress(d, 'p0', quiz, at(2));
		expect(quizInProgress(d, 'p0', quiz.quizKey)?.position).toBe(0);
		d = applyAttempt(d, 'p0', attempt('a-1', at(5), [item('correct')]), at(5));
		expect(quizInProgress(d, 'p0', quiz.quizKey)).toBeUndefined();
	});

	it('gives the same result whatever order attempts arrive in', () => {
		const pool = [0, 1, 2, 3, 4, 5].map((i) =>
			attempt(`a${i}`, at(10 * i + 10), [
				item((['correct', 'wrong', 'partial'] as const)[i % 3]),
				item('correct', { fact: `deal/d${i % 2}/investment`, concepts: ['value-chain'] })
			])
		);
		fc.assert(
			fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (order) => {
				let d = withProfiles('A');
				for (const a of order) d = applyAttempt(d, 'p0', a, at(100));
				const p = getProfile(d, 'p0');
				expect(p).toEqual(
					rebuildDerived({ ...(p as NonNullable<typeof p>), mastery: {}, review: {} })
				);
				expect(p?.attempts.map((a) => a.id)).toEqual(pool.map((a) => a.id));
			})
		);
	});

	it('applyChallenge accepts only challenge attempts', () => {
		const d = withProfiles('A');
		expect(() => applyChallenge(d, 'p0', attempt('a1', at(5), [item('correct')]), at(5))).toThrow(
			ProgressError
		);
		const c = attempt('c1', at(5), [item('correct')], {
			kind: 'challenge',
			concepts: ['deep-processing']
		});
		expect(getProfile(applyChallenge(d, 'p0', c, at(5)), 'p0')?.attempts).toHaveLength(1);
	});
});

describe('quizzes in progress', () => {
	it('saves, replaces and clears', () => {
		let d = withProfiles('A');
		d = saveQuizInProgress(d, 'p0', quiz, at(2));
		d = saveQuizInProgress(
			d,
			'p0',
			{ ...quiz, position: 1, answers: { q1: { response: 'b' } } },
			at(3)
		);
		const q = quizInProgress(d, 'p0', quiz.quizKey);
		expect(q).toMatchObject({ position: 1, updatedAt: at(3) });
		expect(q?.answers.q1).toEqual({ response: 'b', checked: false, revealed: false });
		d = clearQuizInProgress(d, 'p0', quiz.quizKey, at(4));
		expect(quizInProgress(d, 'p0', quiz.quizKey)).toBeUndefined();
	});

	it('refuses a malformed quiz in progress', () => {
		expect(() =>
			saveQuizInProgress(withProfiles('A'), 'p0', { ...quiz, position: -1 }, at(2))
		).toThrow(/position/);
	});
});
