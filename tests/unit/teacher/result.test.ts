import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packCode } from '../../../src/lib/teacher/codec.ts';
import { RESULT_DICTIONARY_V1 } from '../../../src/lib/teacher/dictionary.ts';
import {
	decodeResult,
	decodeResultFile,
	decodeResultInput,
	encodeResult,
	makeResult,
	nameProblem,
	resultFile,
	splitPasted
} from '../../../src/lib/teacher/result.ts';
import { resultArb } from '../../fixtures/teacher/arbitraries.ts';
import { sampleResultInput, twentyQuestionIds } from '../../fixtures/teacher/sample.ts';

const sample = makeResult(sampleResultInput());

describe('makeResult', () => {
	it('records times as UTC instants and the total of the per-question scores', () => {
		const r = makeResult(
			sampleResultInput({
				answers: [
					{ questionId: 'q:1', response: { kind: 'single', choice: 'A' }, score: 1 },
					{ questionId: 'q:2', response: null, score: 0.5 },
					{ questionId: 'q:3', response: { kind: 'numeric', text: '12' }, score: 2 / 3 }
				]
			})
		);
		expect(r.startedAt).toBe('2026-11-30T09:00:00.000Z');
		expect(r.submittedAt).toBe('2026-11-30T09:21:30.000Z');
		expect(r.answers.map((a) => a.score)).toEqual([1, 0.5, 0.667]);
		expect(r.score).toBe(2.167);
	});

	it('rejects the same question twice', () => {
		const answers = [
			{ questionId: 'q:1', response: null, score: 1 },
			{ questionId: 'q:1', response: null, score: 0 }
		];
		expect(() => makeResult(sampleResultInput({ answers }))).toThrow(/twice/);
	});
});

describe('nameProblem', () => {
	it('accepts any real name and explains what is wrong with the others', () => {
		expect(nameProblem('Айгерім Нұрланқызы')).toBeNull();
		expect(nameProblem("O'Neil, Mary-Jane")).toBeNull();
		expect(nameProblem('   ')).toMatch(/Type your name/);
		expect(nameProblem('x'.repeat(101))).toMatch(/at most 100/);
		expect(nameProblem('Ai\u0000gerim')).toMatch(/cannot be used/);
	});

	it('accepts exactly the names a result can carry', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 110 }), (name) => {
				const build = () => makeResult(sampleResultInput({ name }));
				if (nameProblem(name) === null) expect(build).not.toThrow();
				else expect(build).toThrow();
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('result codes', () => {
	it('round-trip every valid result', () => {
		fc.assert(
			fc.property(resultArb, (r) => {
				expect(decodeResult(encodeResult(r))).toEqual({ ok: true, result: r });
			}),
			{ numRuns: 500 }
		);
	});

	it('are short enough for a chat message for a 20-question quiz', () => {
		expect(sample.answers).toHaveLength(twentyQuestionIds.length);
		const code = encodeResult(sample);
		expect(code).toMatch(/^corridor-r1\.[A-Za-z0-9_-]+$/);
		// Measured 615 characters with these (long) question ids; keep well under a tweet-and-a-half.
		expect(code.length).toBeLessThan(650);
	});

	it('survive being wrapped over several lines', () => {
		const wrapped = encodeResult(sample).replace(/(.{60})/g, '$1\r\n');
		expect(decodeResult(wrapped)).toEqual({ ok: true, result: sample });
	});

	it('tell damaged, foreign and newer codes apart', () => {
		const code = encodeResult(sample);
		const i = 40;
		const changed = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
		expect(decodeResult(changed)).toMatchObject({ ok: false, reason: 'damaged' });
		expect(decodeResult(code.slice(0, 200))).toMatchObject({ ok: false, reason: 'damaged' });
		expect(decodeResult('Hi teacher, here is my answer: 42')).toMatchObject({
			ok: false,
			reason: 'not-a-code',
			error: 'This is not a Corridor result code.'
		});
		expect(decodeResult(code.replace('corridor-r1.', 'corridor-r7.'))).toMatchObject({
			ok: false,
			reason: 'unsupported-version'
		});
	});

	it('reject a readable code with impossible content', () => {
		const tuple = [
			'abcdefgh',
			'Aigerim',
			1,
			'v1',
			Date.parse('2026-11-30T10:00:00.000Z'),
			-60_000,
			0,
			['q:1'],
			[0],
			[1]
		];
		expect(decodeResult(packCode('corridor-r', 1, tuple, RESULT_DICTIONARY_V1))).toMatchObject({
			ok: false,
			reason: 'invalid',
			error: expect.stringMatching(/before the start time/)
		});
	});
});

describe('result files', () => {
	it('round-trip every valid result', () => {
		fc.assert(
			fc.property(resultArb, (r) => {
				expect(decodeResultFile(resultFile(r))).toEqual({ ok: true, result: r });
			}),
			{ numRuns: 200 }
		);
	});

	it('are readable JSON in the shared envelope', () => {
		const doc = JSON.parse(resultFile(sample));
		expect(doc).toMatchObject({ app: 'corridor', kind: 'result', version: 1 });
		expect(doc.data.name).toBe('Aigerim Nurlanovna');
		expect(doc.data.answers[0].questionId).toBe(twentyQuestionIds[0]);
	});

	it('notice an edited score, a cut-off download and someone else’s JSON', () => {
		const text = resultFile(sample);
		const doc = JSON.parse(text);
		doc.data.answers[0].score = 1;
		doc.data.score = sample.score + 1;
		expect(decodeResultFile(JSON.stringify(doc))).toMatchObject({ ok: false, reason: 'damaged' });
		expect(decodeResultFile(text.slice(0, text.length / 2))).toMatchObject({
			ok: false,
			reason: 'damaged'
		});
		expect(decodeResultFile('{"name": "x"}')).toMatchObject({ ok: false, reason: 'not-a-code' });
		expect(decodeResultFile('')).toMatchObject({ ok: false, reason: 'empty' });
		const newer = { ...JSON.parse(text), version: 2 };
		expect(decodeResultFile(JSON.stringify(newer))).toMatchObject({
			ok: false,
			reason: 'unsupported-version'
		});
	});

	it('still read after being re-indented', () => {
		const compact = JSON.stringify(JSON.parse(resultFile(sample)));
		expect(decodeResultFile(compact)).toEqual({ ok: true, result: sample });
	});
});

describe('decodeResultInput', () => {
	it('reads either a code or a file', () => {
		expect(decodeResultInput(encodeResult(sample))).toEqual({ ok: true, result: sample });
		expect(decodeResultInput(resultFile(sample))).toEqual({ ok: true, result: sample });
	});
});

describe('splitPasted', () => {
	const a = encodeResult(sample);
	const b = encodeResult(makeResult(sampleResultInput({ name: 'Daniyar' })));

	it('finds codes among chat text and keeps the rest visible', () => {
		const pasted = `Aigerim: here is mine ${a}\n\nDaniyar:\n${b} thanks!`;
		expect(splitPasted(pasted)).toEqual({
			inputs: [a, b],
			other: ['Aigerim: here is mine', 'Daniyar:', 'thanks!']
		});
	});

	it('joins a code wrapped over several lines', () => {
		const wrapped = a.replace(/(.{50})/g, '$1\n');
		expect(splitPasted(`${wrapped}\n${b}`)).toEqual({ inputs: [a, b], other: [] });
	});

	it('treats a pasted file as one input', () => {
		const file = resultFile(sample);
		expect(splitPasted(file).inputs).toEqual([file.trim()]);
	});
});
