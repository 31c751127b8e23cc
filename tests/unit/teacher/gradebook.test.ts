import { describe, expect, it } from 'vitest';
import { assignmentId, type Assignment } from '../../../src/lib/teacher/assignment.ts';
import { buildGradebook } from '../../../src/lib/teacher/gradebook.ts';
import { encodeResult, resultFile } from '../../../src/lib/teacher/result.ts';
import { codeOf, resultOf } from '../../fixtures/teacher/class.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

// Due 2026-12-01T18:00Z; created 2026-11-28T21:00Z.
const a: Assignment = { ...sampleAssignment, perStudentVariant: false };
const HOUR = 60;

describe('buildGradebook', () => {
	const aigerim = codeOf(a, { name: 'Aigerim', scores: { 'q:1': 1, 'q:2': 0, 'q:3': 1 } });
	const daniyar = codeOf(a, {
		name: 'Daniyar',
		scores: { 'q:1': 1, 'q:2': 0.5, 'q:3': 0 },
		submittedAfterMin: 100 * HOUR
	});

	it('makes one row per student with score, time and lateness', () => {
		const g = buildGradebook(a, [daniyar, aigerim]);
		expect(g.assignmentId).toBe(assignmentId(a));
		expect(g.rows.map((r) => r.name)).toEqual(['Aigerim', 'Daniyar']);
		const [first, second] = g.rows;
		expect(first).toMatchObject({ score: 2, maxScore: 3, durationMs: 600_000 });
		expect(first.percent).toBeCloseTo(66.667, 2);
		expect(first.lateByDeviceClock).toBe(false);
		expect(second).toMatchObject({ score: 1.5, lateByDeviceClock: true, attempts: 1 });
		expect(g.flagged).toEqual([]);
		expect(g.summary).toMatchObject({ students: 2, late: 1, flagged: 0 });
		expect(g.summary.meanPercent).toBeCloseTo(58.333, 2);
	});

	it('has one column per question and ranks questions weakest first', () => {
		const g = buildGradebook(a, [aigerim, daniyar]);
		expect(g.columns).toEqual(['q:1', 'q:2', 'q:3']);
		expect(g.items).toEqual([
			{ questionId: 'q:2', answered: 2, right: 0, successRate: 0.25 },
			{ questionId: 'q:3', answered: 2, right: 1, successRate: 0.5 },
			{ questionId: 'q:1', answered: 2, right: 2, successRate: 1 }
		]);
		expect(g.rows[1].answers.get('q:2')?.score).toBe(0.5);
	});

	it('counts each question only over the students who had it', () => {
		const variant: Assignment = { ...a, perStudentVariant: true };
		const g = buildGradebook(variant, [
			codeOf(variant, { name: 'A', scores: { 'q:1': 1, 'q:2': 0 } }),
			codeOf(variant, { name: 'B', scores: { 'q:2': 1, 'q:3': 1 } })
		]);
		expect(g.columns).toEqual(['q:1', 'q:2', 'q:3']);
		expect(g.items.find((i) => i.questionId === 'q:1')).toMatchObject({ answered: 1 });
		expect(g.items.find((i) => i.questionId === 'q:2')).toMatchObject({
			answered: 2,
			successRate: 0.5
		});
		expect(g.rows.every((r) => r.seedMatches)).toBe(true);
		expect(g.rows[0].answers.has('q:3')).toBe(false);
	});

	it('flags every input it does not count, with a reason, in input order', () => {
		const other: Assignment = { ...a, title: 'Another class' };
		const inputs = [
			aigerim,
			aigerim,
			codeOf(other, { name: 'Erlan', scores: { 'q:1': 1 } }),
			aigerim.slice(0, 100),
			'my answers are B, C, A',
			aigerim.replace('corridor-r1.', 'corridor-r9.'),
			'   ',
			daniyar
		];
		const g = buildGradebook(a, inputs);
		expect(g.rows.map((r) => r.name)).toEqual(['Aigerim', 'Daniyar']);
		expect(g.flagged.map((f) => [f.index, f.reason])).toEqual([
			[1, 'duplicate'],
			[2, 'different-assignment'],
			[3, 'damaged'],
			[4, 'unreadable'],
			[5, 'unsupported-version'],
			[6, 'unreadable']
		]);
		expect(g.flagged[0].message).toMatch(/same result from Aigerim as entry 1/);
		expect(g.flagged[1]).toMatchObject({ name: 'Erlan' });
		expect(g.flagged[3].excerpt).toBe('my answers are B, C, A');
		expect(g.rows.length + g.flagged.length).toBe(inputs.length);
	});

	it('counts a student’s best attempt and lists the others', () => {
		const first = codeOf(a, { name: 'Aigerim', scores: { 'q:1': 0 }, submittedAfterMin: 10 });
		const best = codeOf(a, { name: 'aigerim ', scores: { 'q:1': 1 }, submittedAfterMin: 20 });
		const third = codeOf(a, { name: 'AIGERIM', scores: { 'q:1': 0.5 }, submittedAfterMin: 30 });
		const g = buildGradebook({ ...a, attemptsAllowed: 2 }, [first, best, third]);
		expect(g.rows).toHaveLength(1);
		expect(g.rows[0]).toMatchObject({ name: 'aigerim ', score: 1, attempts: 3, index: 1 });
		expect(g.rows[0].overAttemptLimit).toBe(true);
		expect(g.flagged.map((f) => [f.index, f.reason])).toEqual([
			[0, 'another-attempt'],
			[2, 'another-attempt']
		]);
		expect(g.flagged[0].message).toMatch(/best attempt \(entry 2\)/);
	});

	it('reads result files as well as codes, and treats a file and its code as the same result', () => {
		const r = resultOf(a, { name: 'Aigerim', scores: { 'q:1': 1 } });
		const g = buildGradebook(a, [
			resultFile(r),
			codeOf(a, { name: 'Aigerim', scores: { 'q:1': 1 } })
		]);
		expect(g.rows).toHaveLength(1);
		expect(g.flagged.map((f) => f.reason)).toEqual(['duplicate']);
	});

	it('recognises the same result whatever order the response fields were written in', () => {
		const r = resultOf(a, { name: 'Aigerim', scores: { 'q:1': 1 } });
		const reordered = {
			...r,
			answers: r.answers.map((x) => ({ ...x, response: { choice: 'A', kind: 'single' } }))
		};
		const g = buildGradebook(a, [encodeResult(r), resultFile(reordered)]);
		expect(g.rows).toHaveLength(1);
		expect(g.flagged.map((f) => f.reason)).toEqual(['duplicate']);
	});

	it('notes a wrong seed, a changed dataset and a clock ahead of the teacher’s', () => {
		const variant: Assignment = { ...a, perStudentVariant: true };
		const g = buildGradebook(
			variant,
			[
				codeOf(variant, { name: 'A', scores: { 'q:1': 1 }, seed: 1 }),
				codeOf(variant, { name: 'B', scores: { 'q:1': 1 }, datasetVersion: 'older' }),
				codeOf(variant, {
					name: 'C',
					scores: { 'q:1': 1 },
					submittedAt: '2027-01-01T00:00:00.000Z'
				})
			],
			Date.parse('2026-12-02T00:00:00.000Z')
		);
		const [rowA, rowB, rowC] = g.rows;
		expect([rowA.seedMatches, rowB.seedMatches, rowC.seedMatches]).toEqual([false, true, true]);
		expect([rowA.datasetMatches, rowB.datasetMatches]).toEqual([true, false]);
		expect([rowA.clockAhead, rowC.clockAhead]).toEqual([false, true]);
	});

	it('leaves lateness open when there is no due date', () => {
		const { dueAt: _dueAt, ...undated } = a;
		const g = buildGradebook(undated, [codeOf(undated, { name: 'A', scores: { 'q:1': 1 } })]);
		expect(g.rows[0].lateByDeviceClock).toBeNull();
	});

	it('is empty but well-formed with no inputs', () => {
		const g = buildGradebook(a, []);
		expect(g).toMatchObject({ rows: [], columns: [], items: [], flagged: [] });
		expect(g.summary.meanPercent).toBeNull();
	});
});
