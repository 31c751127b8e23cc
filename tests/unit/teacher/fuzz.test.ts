// Decoders of links, codes and files meet text from anywhere: these properties feed them thousands
// of random and mutated inputs and require a clear answer every time (never an exception). A hang
// would fail the test by its timeout, set generously so a slow machine does not fail it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assignmentSchema,
	decodeAssignment,
	encodeAssignment
} from '../../../src/lib/teacher/assignment.ts';
import { deflateSync } from 'fflate';
import { crc32, packCode, toBase64Url, utf8 } from '../../../src/lib/teacher/codec.ts';
import {
	ASSIGNMENT_DICTIONARY_V1,
	RESULT_DICTIONARY_V1
} from '../../../src/lib/teacher/dictionary.ts';
import { buildGradebook } from '../../../src/lib/teacher/gradebook.ts';
import {
	decodeResult,
	decodeResultFile,
	decodeResultInput,
	encodeResult,
	resultFile,
	resultSchema,
	splitPasted
} from '../../../src/lib/teacher/result.ts';
import { importTeacherDoc } from '../../../src/lib/teacher/teacher-doc.ts';
import { assignmentArb, resultArb } from '../../fixtures/teacher/arbitraries.ts';
import { sampleAssignment } from '../../fixtures/teacher/sample.ts';

const RUNS = 3000;
const LIMIT = { timeout: 120_000 };

type Outcome = { ok: true } | { ok: false; error: string };

/** Either a success, or a failure with a readable one-line message. */
function expectClearAnswer(out: Outcome) {
	if (!out.ok) {
		expect(typeof out.error).toBe('string');
		expect(out.error.length).toBeGreaterThan(10);
		expect(out.error).not.toMatch(/\n|undefined|\[object|Error:/);
	}
}

const CODE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

/** Damage a text the ways copying does: change, drop, add or repeat characters, cut it short. */
function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
	const edit = fc.oneof(
		fc.record({
			kind: fc.constant('change' as const),
			at: fc.nat(),
			c: fc.constantFrom(...CODE_CHARS)
		}),
		fc.record({
			kind: fc.constant('drop' as const),
			at: fc.nat(),
			n: fc.integer({ min: 1, max: 8 })
		}),
		fc.record({
			kind: fc.constant('insert' as const),
			at: fc.nat(),
			s: fc.string({ maxLength: 6 })
		}),
		fc.record({
			kind: fc.constant('repeat' as const),
			at: fc.nat(),
			n: fc.integer({ min: 1, max: 20 })
		}),
		fc.record({ kind: fc.constant('cut' as const), at: fc.nat() })
	);
	return fc.tuple(text, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([t, edits]) => {
		let s = t;
		for (const e of edits) {
			const at = s.length ? e.at % s.length : 0;
			if (e.kind === 'change') s = s.slice(0, at) + e.c + s.slice(at + 1);
			else if (e.kind === 'drop') s = s.slice(0, at) + s.slice(at + e.n);
			else if (e.kind === 'insert') s = s.slice(0, at) + e.s + s.slice(at);
			else if (e.kind === 'repeat') s = s.slice(0, at) + s.slice(at, at + e.n) + s.slice(at);
			else s = s.slice(0, at);
		}
		return s;
	});
}

const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: fc.constantFrom(...CODE_CHARS), maxLength: 300 }),
	fc.string({ unit: fc.constantFrom(...CODE_CHARS), maxLength: 300 }).map((s) => `a1.${s}`),
	fc
		.string({ unit: fc.constantFrom(...CODE_CHARS), maxLength: 300 })
		.map((s) => `corridor-r1.${s}`),
	fc.uint8Array({ maxLength: 300 }).map((b) => `a1.${toBase64Url(b)}`),
	fc.uint8Array({ maxLength: 300 }).map((b) => `corridor-r1.${toBase64Url(b)}`),
	fc.json().map((j) => j)
);

describe('decodeAssignment under fuzzing', LIMIT, () => {
	it('answers clearly for random text', () => {
		fc.assert(
			fc.property(anyText, (text) => expectClearAnswer(decodeAssignment(text))),
			{ numRuns: RUNS }
		);
	});

	it('answers clearly for damaged links, and anything it accepts is a valid assignment', () => {
		fc.assert(
			fc.property(mutated(assignmentArb.map(encodeAssignment)), (text) => {
				const out = decodeAssignment(text);
				expectClearAnswer(out);
				if (out.ok) expect(assignmentSchema.safeParse(out.assignment).success).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('rejects well-checksummed codes holding the wrong data', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const out = decodeAssignment(packCode('a', 1, value, ASSIGNMENT_DICTIONARY_V1));
				expectClearAnswer(out);
				expect(out.ok).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('decodeResult and decodeResultFile under fuzzing', LIMIT, () => {
	it('answer clearly for random text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expectClearAnswer(decodeResult(text));
				expectClearAnswer(decodeResultFile(text));
				expectClearAnswer(decodeResultInput(text));
			}),
			{ numRuns: RUNS }
		);
	});

	it('answer clearly for damaged codes, and anything accepted is a valid result', () => {
		fc.assert(
			fc.property(mutated(resultArb.map(encodeResult)), (text) => {
				const out = decodeResult(text);
				expectClearAnswer(out);
				if (out.ok) expect(resultSchema.safeParse(out.result).success).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('answer clearly for damaged files', () => {
		fc.assert(
			fc.property(mutated(resultArb.map(resultFile)), (text) => {
				const out = decodeResultFile(text);
				expectClearAnswer(out);
				if (out.ok) expect(resultSchema.safeParse(out.result).success).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('reject well-checksummed codes and files holding the wrong data', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const code = decodeResult(packCode('corridor-r', 1, value, RESULT_DICTIONARY_V1));
				expectClearAnswer(code);
				expect(code.ok).toBe(false);
				const data = JSON.parse(JSON.stringify(value ?? null));
				const file = decodeResultFile(
					JSON.stringify({ app: 'corridor', kind: 'result', version: 1, checksum: 'x', data })
				);
				expectClearAnswer(file);
				expect(file.ok).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	});

	it('refuses a code that would inflate to an enormous text', () => {
		const bomb = packCode('corridor-r', 1, 'a'.repeat(5_000_000), RESULT_DICTIONARY_V1);
		expect(bomb.length).toBeLessThan(60_000);
		expect(decodeResult(bomb)).toMatchObject({ ok: false, reason: 'damaged' });
	});

	it('refuses very long input without reading it', () => {
		expect(decodeResult('corridor-r1.' + 'A'.repeat(1_000_000))).toMatchObject({
			ok: false,
			reason: 'too-long'
		});
		expect(decodeAssignment('a1.' + 'A'.repeat(1_000_000))).toMatchObject({
			ok: false,
			reason: 'too-long'
		});
	});
});

describe('other readers under fuzzing', LIMIT, () => {
	it('importTeacherDoc answers clearly for random and damaged text', () => {
		const doc = JSON.stringify({
			app: 'corridor',
			kind: 'teacher',
			version: 1,
			data: { assignments: [] }
		});
		fc.assert(
			fc.property(fc.oneof(anyText, mutated(fc.constant(doc))), (text) =>
				expectClearAnswer(importTeacherDoc(text))
			),
			{ numRuns: RUNS }
		);
	});

	it('splitPasted and buildGradebook take any text and account for every input', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(anyText, mutated(resultArb.map(encodeResult))), { maxLength: 6 }),
				(inputs) => {
					for (const text of inputs) splitPasted(text);
					const g = buildGradebook(sampleAssignment, inputs);
					const counted = g.rows.length + g.flagged.length;
					expect(counted).toBe(inputs.length);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('deeply nested JSON', LIMIT, () => {
	// Recursive code (zod, JSON.stringify) would overflow the stack on these; they must be refused.
	const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
	/** A code with a correct checksum around any JSON text, built by hand. */
	function handPacked(prefix: string, text: string, dictionary: Uint8Array): string {
		const json = utf8(text);
		const body = deflateSync(json, { level: 9, dictionary });
		const bytes = new Uint8Array(1 + body.length + 4);
		bytes[0] = 1;
		bytes.set(body, 1);
		new DataView(bytes.buffer).setUint32(1 + body.length, crc32(json));
		return prefix + toBase64Url(bytes);
	}

	it.each([50, 5000, 100_000])(
		'refuses nesting %i deep in codes, files and saved documents',
		(n) => {
			const response = `["abcdefgh","A",1,"v",0,0,0,["q"],[[0,${deep(n)}]],[1]]`;
			expect(
				decodeResult(handPacked('corridor-r1.', response, RESULT_DICTIONARY_V1))
			).toMatchObject({ ok: false, reason: 'damaged' });
			expect(
				decodeAssignment(handPacked('a1.', `[${deep(n)}]`, ASSIGNMENT_DICTIONARY_V1))
			).toMatchObject({ ok: false, reason: 'damaged' });
			const file = `{"app":"corridor","kind":"result","version":1,"checksum":"0","data":${deep(n)}}`;
			expect(decodeResultFile(file)).toMatchObject({ ok: false });
			const doc = `{"app":"corridor","kind":"teacher","version":1,"data":{"assignments":${deep(n)}}}`;
			expectClearAnswer(importTeacherDoc(doc));
			expect(importTeacherDoc(doc).ok).toBe(false);
		}
	);
});

describe('utf8 edge cases', LIMIT, () => {
	it('rejects a raw code whose bytes are not UTF-8', () => {
		const bytes = new Uint8Array([0, 0xff, 0xfe, 0x22, 0, 0, 0, 0]);
		expect(decodeResult(`corridor-r1.${toBase64Url(bytes)}`).ok).toBe(false);
		expect(utf8('é')).toEqual(new Uint8Array([0xc3, 0xa9]));
	});
});
