import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyAttempt,
	clearQuizInProgress,
	createProfile,
	deleteProfile,
	emptyProgress,
	getProfile,
	markLessonRead,
	mergeProgress,
	quizInProgress,
	rebuildDerived,
	renameProfile,
	resetProfile,
	saveQuizInProgress,
	type Attempt,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, deepFreeze, item } from './make.ts';

function base(): ProgressDoc {
	const r = createProfile(emptyProgress(), { id: 'p', name: 'A' }, at(0));
	if (!r.ok) throw new Error(r.error);
	return r.value;
}
const ids = (d: ProgressDoc, p = 'p') => getProfile(d, p)?.attempts.map((a) => a.id) ?? [];

const pool: Attempt[] = Array.from({ length: 8 }, (_, i) =>
	attempt(`a${i}`, at(7 * i + 3), [
		item((['correct', 'wrong', 'partial', 'invalid'] as const)[i % 4]),
		item(i % 2 ? 'correct' : 'wrong', {
			fact: `deal/d${i % 3}/investment`,
			concepts: ['value-chain']
		})
	])
);

describe('mergeProgress', () => {
	it('never loses an attempt, and the result does not depend on who saw what first', () => {
		const side = fc.array(fc.constantFrom(...pool), { maxLength: pool.length });
		fc.assert(
			fc.property(side, side, (xs, ys) => {
				let a = base();
				let b = base();
				for (const x of xs) a = applyAttempt(a, 'p', x, at(100));
				for (const y of ys) b = applyAttempt(b, 'p', y, at(100));
				const ab = mergeProgress(deepFreeze(a), deepFreeze(b));
				const ba = mergeProgress(b, a);
				const expected = [...new Set([...xs, ...ys])].map((x) => x.id).sort();
				expect([...ids(ab)].sort()).toEqual(expected);
				expect(getProfile(ab, 'p')).toEqual(getProfile(ba, 'p'));
				const p = getProfile(ab, 'p') as NonNullable<ReturnType<typeof getProfile>>;
				expect(p).toEqual(rebuildDerived(p));
				expect(mergeProgress(ab, ab)).toEqual(ab);
			})
		);
	});

	it('keeps profiles from both sides and a deleted profile stays deleted', () => {
		let a = base();
		let b = base();
		const r = createProfile(b, { id: 'q', name: 'B' }, at(5));
		if (r.ok) b = r.value;
		const m = mergeProgress(a, b);
		expect(m.profiles.map((p) => p.id)).toEqual(['p', 'q']);
		expect(m.activeProfileId).toBe('p');
		a = deleteProfile(m, 'q', at(9));
		expect(mergeProgress(a, b).profiles.map((p) => p.id)).toEqual(['p']);
		expect(mergeProgress(b, a).profiles.map((p) => p.id)).toEqual(['p']);
	});

	it('takes the later rename', () => {
		const a = renameProfile(base(), 'p', 'Early', at(5));
		const b = renameProfile(base(), 'p', 'Late', at(6));
		if (!a.ok || !b.ok) throw new Error('rename');
		expect(getProfile(mergeProgress(a.value, b.value), 'p')?.name).toBe('Late');
		expect(getProfile(mergeProgress(b.value, a.value), 'p')?.name).toBe('Late');
	});

	it('keeps a reset: work from before it does not come back from an older tab', () => {
		let old = markLessonRead(base(), 'p', 'deep-processing', 'marked', at(1));
		old = applyAttempt(old, 'p', pool[0], at(3));
		let now = resetProfile(old, 'p', at(20));
		now = applyAttempt(now, 'p', pool[4], at(31));
		const m = mergeProgress(now, old);
		expect(ids(m)).toEqual(['a4']);
		expect(getProfile(m, 'p')?.lessonsRead).toEqual({});
		expect(mergeProgress(old, now)).toEqual({ ...m, activeProfileId: 'p' });
	});

	it('keeps the first read of a lesson', () => {
		const a = markLessonRead(base(), 'p', 'deep-processing', 'marked', at(5));
		const b = markLessonRead(base(), 'p', 'deep-processing', 'scrolled', at(3));
		expect(getProfile(mergeProgress(a, b), 'p')?.lessonsRead['deep-processing']).toEqual({
			how: 'scrolled',
			at: at(3)
		});
	});

	it('a quiz finished or abandoned in one tab does not come back from the other', () => {
		const quiz = {
			quizKey: 'k',
			attemptId: 'a1',
			scope: { kind: 'review' as const },
			seed: 1,
			datasetVersion: 'v',
			mode: 'test' as const,
			startedAt: at(1),
			questionIds: ['q'],
			position: 0,
			answers: {}
		};
		const both = saveQuizInProgress(base(), 'p', quiz, at(2));
		const abandoned = clearQuizInProgress(both, 'p', 'k', at(3));
		expect(quizInProgress(mergeProgress(both, abandoned), 'p', 'k')).toBeUndefined();
		const finished = applyAttempt(both, 'p', attempt('a1', at(4), [item('correct')]), at(4));
		expect(quizInProgress(mergeProgress(both, finished), 'p', 'k')).toBeUndefined();
		const moved = saveQuizInProgress(both, 'p', { ...quiz, position: 1 }, at(5));
		expect(quizInProgress(mergeProgress(both, moved), 'p', 'k')?.position).toBe(1);
	});
});
