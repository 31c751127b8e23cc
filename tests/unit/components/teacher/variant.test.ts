import { describe, expect, it } from 'vitest';
import {
	buildVariant,
	resultFileName,
	resultInputOf,
	type OutlineModule
} from '../../../../src/lib/components/teacher/variant.ts';
import { loadDataset } from '../../../../src/lib/content/dataset/index.ts';
import { OUTLINE_LESSONS } from '../../../../src/lib/quiz/outline.ts';
import {
	decodeResult,
	encodeResult,
	makeResult,
	studentSeed
} from '../../../../src/lib/teacher/index.ts';
import { readContentFiles } from '../../../../scripts/content-files.ts';
import { sampleAssignment } from '../../../fixtures/teacher/sample.ts';

const dataset = loadDataset(readContentFiles()).dataset!;
const data = { dataset, extra: [] };
// Every outline lesson in one module, so the variant does not depend on which lesson files exist.
const outline: OutlineModule[] = [
	{
		id: 'the-deals',
		title: 'The deals',
		lessons: OUTLINE_LESSONS.map((slug) => ({ slug, title: slug }))
	}
];
const a = {
	...sampleAssignment,
	modules: [],
	lessons: ['the-astana-forum', 'deep-processing'],
	questionsPerLesson: 3
};

describe('buildVariant', () => {
	it('gives the same questions for names that differ only in spacing and case', () => {
		const one = buildVariant(a, { name: '  Aigerim   Nurlanovna ' }, data, outline);
		const two = buildVariant(a, { name: 'aigerim nurlanovna' }, data, outline);
		expect(one.seed).toBe(studentSeed(a, 'Aigerim Nurlanovna'));
		expect(one.questions.length).toBeGreaterThan(0);
		expect(two.questions.map((q) => q.id)).toEqual(one.questions.map((q) => q.id));
	});

	it('rebuilds exactly a recorded variant from its seed', () => {
		const byName = buildVariant(a, { name: 'Ержан' }, data, outline);
		const bySeed = buildVariant(a, { seed: byName.seed }, data, outline);
		expect(bySeed.questions).toEqual(byName.questions);
	});

	it('without per-student variants everyone gets the shared variant', () => {
		const shared = { ...a, perStudentVariant: false };
		const x = buildVariant(shared, { name: 'X' }, data, outline);
		const y = buildVariant(shared, {}, data, outline);
		expect(x.seed).toBe(shared.seed);
		expect(x.questions.map((q) => q.id)).toEqual(y.questions.map((q) => q.id));
	});

	it('asks for no questions (not "any lesson") when nothing the assignment names still exists', () => {
		const gone = { ...a, lessons: ['no-such-lesson'] };
		const v = buildVariant(gone, {}, data, outline);
		expect(v.questions).toEqual([]);
		expect(v.unknown).toEqual(['no-such-lesson']);
	});
});

describe('resultInputOf', () => {
	it('turns a finished attempt into a result code that reads back', () => {
		const input = resultInputOf(a, 'Aigerim', 77, {
			datasetVersion: 'ds-1',
			startedAt: '2026-11-30T09:00:00.000Z',
			finishedAt: '2026-11-30T09:12:00.000Z',
			durationMs: 720_000,
			items: [
				{
					questionId: 'forum:count',
					generator: 'forum',
					kind: 'numeric',
					factKeys: [],
					concepts: [],
					lesson: { slug: 'the-astana-forum' },
					response: { kind: 'numeric', text: '58' },
					status: 'correct',
					score: 1
				},
				{
					questionId: 'forum:total',
					generator: 'forum',
					kind: 'single',
					factKeys: [],
					concepts: [],
					lesson: { slug: 'the-astana-forum' },
					status: 'invalid',
					score: 0
				}
			]
		});
		const decoded = decodeResult(encodeResult(makeResult(input)));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.result).toMatchObject({
			name: 'Aigerim',
			seed: 77,
			score: 1,
			submittedAt: '2026-11-30T09:12:00.000Z'
		});
		expect(decoded.result.answers[1].response).toBeNull();
	});
});

describe('resultFileName', () => {
	it('keeps letters of any script and never a path', () => {
		const name = resultFileName(a, '../Ержан /\\ Seitkali');
		expect(name).toMatch(/^corridor-result-[0-9a-z]{8}-Ержан-Seitkali\.json$/);
	});
});
