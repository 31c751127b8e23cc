import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assignmentId,
	assignmentUrl,
	decodeAssignment,
	encodeAssignment,
	isPastDue,
	quizSpec,
	type Assignment
} from '../../../src/lib/teacher/assignment.ts';
import { packCode } from '../../../src/lib/teacher/codec.ts';
import { ASSIGNMENT_DICTIONARY_V1 } from '../../../src/lib/teacher/dictionary.ts';
import { assignmentArb } from '../../fixtures/teacher/arbitraries.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

describe('encodeAssignment / decodeAssignment', () => {
	it('round-trips every valid assignment', () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				expect(decodeAssignment(encodeAssignment(a))).toEqual({ ok: true, assignment: a });
			}),
			{ numRuns: 500 }
		);
	});

	it('starts with a version marker and uses only characters safe in a URL fragment', () => {
		const code = encodeAssignment(sampleAssignment);
		expect(code).toMatch(/^a1\.[A-Za-z0-9_-]+$/);
	});

	it('reads a fragment with its #, and a whole pasted link', () => {
		const url = assignmentUrl('https://example.org/corridor', sampleAssignment);
		const code = encodeAssignment(sampleAssignment);
		expect(decodeAssignment(`#${code}`)).toEqual({ ok: true, assignment: sampleAssignment });
		expect(decodeAssignment(url)).toEqual({ ok: true, assignment: sampleAssignment });
	});

	it('explains what is wrong with a bad link', () => {
		const code = encodeAssignment(sampleAssignment);
		const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
		expect(decodeAssignment(flipped)).toMatchObject({ ok: false, reason: 'damaged' });
		expect(decodeAssignment(code.slice(0, code.length - 5))).toMatchObject({
			ok: false,
			reason: 'damaged'
		});
		expect(decodeAssignment('')).toMatchObject({ ok: false, reason: 'empty' });
		expect(decodeAssignment('#/lessons')).toMatchObject({ ok: false, reason: 'not-a-code' });
		expect(decodeAssignment(code.replace(/^a1/, 'a2'))).toMatchObject({
			ok: false,
			reason: 'unsupported-version'
		});
	});

	it('rejects a well-formed code whose content is not a valid assignment', () => {
		const wrongShape = packCode('a', 1, { title: 'x' });
		expect(decodeAssignment(wrongShape)).toMatchObject({ ok: false, reason: 'invalid' });
		// The right shape, but no lessons or modules chosen.
		const empty = packCode(
			'a',
			1,
			['T', [], [], 5, 0, 0, 0, 0, 1, 0, 'v'],
			ASSIGNMENT_DICTIONARY_V1
		);
		expect(decodeAssignment(empty)).toMatchObject({
			ok: false,
			reason: 'invalid',
			error: expect.stringMatching(/at least one lesson or module/)
		});
	});

	it('refuses to encode an invalid assignment', () => {
		const bad = { ...sampleAssignment, lessons: [], modules: [] } as Assignment;
		expect(() => encodeAssignment(bad)).toThrow();
		expect(() => encodeAssignment({ ...sampleAssignment, title: '   ' })).toThrow();
	});
});

describe('assignmentId', () => {
	it('is stable for the same assignment and differs when anything changes', () => {
		const id = assignmentId(sampleAssignment);
		expect(id).toMatch(/^[0-9a-z]{8}$/);
		expect(assignmentId({ ...sampleAssignment })).toBe(id);
		expect(assignmentId({ ...sampleAssignment, seed: sampleAssignment.seed + 1 })).not.toBe(id);
		expect(assignmentId({ ...sampleAssignment, title: 'Week 4' })).not.toBe(id);
		expect(assignmentId({ ...sampleAssignment, perStudentVariant: false })).not.toBe(id);
	});

	it('survives a trip through the link', () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				const back = decodeAssignment(encodeAssignment(a));
				expect(back.ok && assignmentId(back.assignment)).toBe(assignmentId(a));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('assignmentUrl', () => {
	const code = encodeAssignment(sampleAssignment);
	it.each([
		['https://example.org', `https://example.org/assignment#${code}`],
		['https://example.org/', `https://example.org/assignment#${code}`],
		['https://school.kz/courses/corridor', `https://school.kz/courses/corridor/assignment#${code}`],
		['https://school.kz/courses/corridor/', `https://school.kz/courses/corridor/assignment#${code}`]
	])('under %s', (base, expected) => {
		expect(assignmentUrl(base, sampleAssignment)).toBe(expected);
	});
});

describe('quizSpec', () => {
	const course = [
		{ id: 'the-deals', lessons: ['the-astana-forum', 'kinds-of-agreement', 'deals-on-the-map'] },
		{ id: 'adding-value', lessons: ['deep-processing', 'clusters-and-contract-farming'] }
	];

	it('expands modules into lessons in course order, each once', () => {
		const spec = quizSpec(
			{
				...sampleAssignment,
				lessons: ['deep-processing', 'kinds-of-agreement'],
				modules: ['the-deals']
			},
			course,
			77
		);
		expect(spec).toEqual({
			lessons: ['the-astana-forum', 'kinds-of-agreement', 'deals-on-the-map', 'deep-processing'],
			count: 4 * sampleAssignment.questionsPerLesson,
			seed: 77,
			unknown: []
		});
	});

	it('names ids the course no longer has', () => {
		const spec = quizSpec(
			{ ...sampleAssignment, lessons: ['old-lesson'], modules: ['old-module', 'adding-value'] },
			course,
			1
		);
		expect(spec.unknown).toEqual(['old-module', 'old-lesson']);
		expect(spec.lessons).toEqual(['deep-processing', 'clusters-and-contract-farming']);
	});
});

describe('isPastDue', () => {
	const due = Date.parse(sampleAssignment.dueAt!);
	it('compares the given clock with the due time', () => {
		expect(isPastDue(sampleAssignment, due)).toBe(false);
		expect(isPastDue(sampleAssignment, due + 1)).toBe(true);
		const { dueAt: _dueAt, ...undated } = sampleAssignment;
		expect(isPastDue(undated, due + 1e12)).toBe(false);
	});
});
