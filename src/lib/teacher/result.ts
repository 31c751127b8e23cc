// What a student hands back: the result schema, the short result code for a chat or LMS text box,
// the downloadable result file, and their decoders. Scores are stored per question, so they stand
// even if the dataset is corrected later. Pure: must not import Svelte, $app or browser globals;
// times are passed in by the caller (the student's device clock).
import { z } from '../zod-mini.ts';
import { crc32, packCode, unpackCode, utf8, withinDepth, type CodeFault } from './codec.ts';
import { RESULT_DICTIONARY_V1 } from './dictionary.ts';
import {
	datasetVersionSchema,
	firstIssue,
	plainErrors,
	instantSchema,
	instantToMs,
	msToInstant,
	plainText,
	uint32Schema
} from './schemas.ts';

export const MAX_ANSWERS = 400;
export const MAX_NAME_LENGTH = 100;
const DAY_MS = 86_400_000;

/** Scores are kept to thousandths, so every score has one short, exact spelling in a code. */
export function roundScore(score: number): number {
	return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

const scoreSchema = z.number({ error: 'expected a score' }).check(
	z.gte(0, { error: 'a score is between 0 and 1' }),
	z.lte(1, { error: 'a score is between 0 and 1' }),
	z.refine((s) => roundScore(s) === s, { error: 'a score has at most three decimals' })
);

export const answerSchema = z.strictObject({
	questionId: plainText('a question id', 200),
	/** the response as the quiz engine gives it; null when the question was left unanswered */
	response: z.nullable(z.json()),
	score: scoreSchema
});

export type Answer = z.infer<typeof answerSchema>;

export const resultSchema = z
	.strictObject({
		assignmentId: z
			.string()
			.check(z.regex(/^[0-9a-z]{8}$/, { error: 'expected an assignment id' })),
		/** exactly as the student typed it */
		name: plainText('the name', MAX_NAME_LENGTH),
		seed: uint32Schema,
		datasetVersion: datasetVersionSchema,
		/** from the student's device clock */
		startedAt: instantSchema,
		/** from the student's device clock; "late" is judged by this */
		submittedAt: instantSchema,
		durationMs: z.int().check(z.gte(0), z.lte(365 * DAY_MS)),
		answers: z.array(answerSchema).check(z.minLength(1), z.maxLength(MAX_ANSWERS)),
		/** the sum of the answers' scores */
		score: z.number().check(z.gte(0))
	})
	.check(
		z.refine((r) => instantToMs(r.submittedAt) >= instantToMs(r.startedAt), {
			error: 'the submission time is before the start time',
			path: ['submittedAt']
		}),
		z.refine((r) => new Set(r.answers.map((a) => a.questionId)).size === r.answers.length, {
			error: 'a question appears twice',
			path: ['answers']
		}),
		z.refine((r) => r.score === totalScore(r.answers), {
			error: 'the total does not match the answers',
			path: ['score']
		})
	);

export type Result = z.infer<typeof resultSchema>;

export function totalScore(answers: readonly { score: number }[]): number {
	return Math.round(answers.reduce((sum, a) => sum + Math.round(a.score * 1000), 0)) / 1000;
}

export interface ResultInput {
	assignmentId: string;
	name: string;
	seed: number;
	datasetVersion: string;
	/** epoch milliseconds from the student's device */
	startedAt: number;
	submittedAt: number;
	durationMs: number;
	answers: { questionId: string; response: unknown; score: number }[];
}

/**
 * Checks a name a student typed on the assignment page, before the quiz starts; null when it is
 * fine, otherwise a message for the student.
 */
export function nameProblem(name: string): string | null {
	if (name.trim() === '') return 'Type your name so that your teacher knows whose result this is.';
	if (name.length > MAX_NAME_LENGTH)
		return `Your name is too long: use at most ${MAX_NAME_LENGTH} characters.`;
	if (/\p{Cc}/u.test(name))
		return 'Your name contains characters that cannot be used. Type it again.';
	return null;
}

/**
 * Builds a valid result from what the quiz page has: rounds scores and fills in the total. Throws
 * only when the caller passes something invalid (check the name with `nameProblem` first).
 */
export function makeResult(input: ResultInput): Result {
	const answers = input.answers.map((a) => ({
		questionId: a.questionId,
		response: (a.response ?? null) as Answer['response'],
		score: roundScore(a.score)
	}));
	return resultSchema.parse({
		assignmentId: input.assignmentId,
		name: input.name,
		seed: input.seed,
		datasetVersion: input.datasetVersion,
		startedAt: msToInstant(input.startedAt),
		submittedAt: msToInstant(Math.max(input.submittedAt, input.startedAt)),
		durationMs: Math.max(0, Math.round(input.durationMs)),
		answers,
		score: totalScore(answers)
	});
}

export const RESULT_TAG = 'corridor-r';
export const RESULT_VERSION = 1;
const MAX_CODE_LENGTH = 60_000;

// Version 1 travels as a positional array with the answers in columns (ids together, responses
// together, scores together), which deflate compresses best.
const tupleV1 = z.tuple([
	z.string(),
	z.string(),
	z.number(),
	z.string(),
	z.number(),
	z.number(),
	z.number(),
	z.array(z.string()),
	z.array(z.json()),
	z.array(z.number())
]);

// The quiz engine's response shapes, frozen for version 1: a response of one of these shapes
// travels as [index, value] instead of {"kind":...,"field":value}; anything else as [0, response],
// and a blank as 0. A new shape still works, only less compactly.
const RESPONSE_SHAPES_V1: readonly (readonly [string, string])[] = [
	['single', 'choice'],
	['multi', 'choices'],
	['true-false', 'value'],
	['numeric', 'text'],
	['ordering', 'order'],
	['matching', 'pairs'],
	['region-pick', 'region']
];

type Json = z.infer<ReturnType<typeof z.json>>;

function packResponse(response: Json): Json {
	if (response === null) return 0;
	if (typeof response === 'object' && !Array.isArray(response)) {
		const keys = Object.keys(response);
		const shape = RESPONSE_SHAPES_V1.findIndex(
			([kind, field]) =>
				keys.length === 2 && response.kind === kind && keys.includes('kind') && keys.includes(field)
		);
		if (shape >= 0) return [shape + 1, response[RESPONSE_SHAPES_V1[shape][1]]];
	}
	return [0, response];
}

/** undefined when the packed value is not one packResponse makes */
function unpackResponse(packed: Json): Json | undefined {
	if (packed === 0) return null;
	if (!Array.isArray(packed) || packed.length !== 2 || typeof packed[0] !== 'number')
		return undefined;
	const [index, value] = packed;
	if (index === 0) return value;
	const shape = RESPONSE_SHAPES_V1[index - 1];
	return shape && Number.isInteger(index) ? { kind: shape[0], [shape[1]]: value } : undefined;
}

export function encodeResult(r: Result): string {
	const checked = resultSchema.parse(r);
	const start = instantToMs(checked.startedAt);
	return packCode(
		RESULT_TAG,
		RESULT_VERSION,
		[
			checked.assignmentId,
			checked.name,
			checked.seed,
			checked.datasetVersion,
			start,
			instantToMs(checked.submittedAt) - start,
			checked.durationMs,
			checked.answers.map((a) => a.questionId),
			checked.answers.map((a) => packResponse(a.response)),
			checked.answers.map((a) => a.score)
		],
		RESULT_DICTIONARY_V1
	);
}

export type ResultFault = CodeFault | 'invalid';
export type ResultDecode =
	{ ok: true; result: Result } | { ok: false; error: string; reason: ResultFault };

function checkResult(value: unknown, noun: string): ResultDecode {
	const parsed = resultSchema.safeParse(value, { error: plainErrors });
	if (!parsed.success)
		return {
			ok: false,
			reason: 'invalid',
			error: `This ${noun} has a problem (${firstIssue(parsed.error)}).`
		};
	return { ok: true, result: parsed.data };
}

/** Reads a result code. Never throws. */
export function decodeResult(text: string): ResultDecode {
	const unpacked = unpackCode(text, {
		tag: RESULT_TAG,
		versions: [RESULT_VERSION],
		noun: 'result code',
		maxLength: MAX_CODE_LENGTH,
		dictionary: RESULT_DICTIONARY_V1
	});
	if (!unpacked.ok) return { ok: false, error: unpacked.error, reason: unpacked.reason };
	const tuple = tupleV1.safeParse(unpacked.value, { error: plainErrors });
	if (!tuple.success)
		return {
			ok: false,
			reason: 'invalid',
			error: 'This result code is not in the expected shape.'
		};
	const [
		assignmentId,
		name,
		seed,
		datasetVersion,
		start,
		took,
		durationMs,
		ids,
		responses,
		scores
	] = tuple.data;
	if (ids.length !== responses.length || ids.length !== scores.length)
		return {
			ok: false,
			reason: 'invalid',
			error: 'This result code is not in the expected shape.'
		};
	const instant = (ms: number) =>
		Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? msToInstant(ms) : '';
	const answered = responses.map(unpackResponse);
	if (answered.some((r) => r === undefined))
		return {
			ok: false,
			reason: 'invalid',
			error: 'This result code is not in the expected shape.'
		};
	const answers = ids.map((questionId, i) => ({
		questionId,
		response: answered[i] as Json,
		score: scores[i]
	}));
	return checkResult(
		{
			assignmentId,
			name,
			seed,
			datasetVersion,
			startedAt: instant(start),
			submittedAt: instant(start + took),
			durationMs,
			answers,
			score: totalScore(answers)
		},
		'result code'
	);
}

export const RESULT_FILE_VERSION = 1;
const MAX_FILE_LENGTH = 2_000_000;

function checksumOf(data: unknown): string {
	return crc32(utf8(JSON.stringify(data)))
		.toString(16)
		.padStart(8, '0');
}

/**
 * The downloadable result file: readable JSON in the shared envelope, with a CRC-32 of the data so
 * an accidental edit or a truncated download is noticed.
 */
export function resultFile(r: Result): string {
	const data = resultSchema.parse(r);
	return (
		JSON.stringify(
			{
				app: 'corridor',
				kind: 'result',
				version: RESULT_FILE_VERSION,
				checksum: checksumOf(data),
				data
			},
			null,
			2
		) + '\n'
	);
}

/** Reads a result file's text. Never throws. */
export function decodeResultFile(text: string): ResultDecode {
	const notOurs: ResultDecode = {
		ok: false,
		reason: 'not-a-code',
		error: 'This is not a Corridor result file.'
	};
	if (typeof text !== 'string') return notOurs;
	if (text.trim() === '') return { ok: false, reason: 'empty', error: 'The result file is empty.' };
	if (text.length > MAX_FILE_LENGTH)
		return { ok: false, reason: 'too-long', error: 'This file is too large to be a result file.' };
	let doc: unknown;
	try {
		doc = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return text.trimStart().startsWith('{')
			? {
					ok: false,
					reason: 'damaged',
					error: 'This result file is damaged: it is cut off or was changed. Ask for it again.'
				}
			: notOurs;
	}
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return notOurs;
	const env = doc as Record<string, unknown>;
	if (env.app !== 'corridor' || env.kind !== 'result') return notOurs;
	if (!withinDepth(doc))
		return {
			ok: false,
			reason: 'damaged',
			error: 'This result file is damaged: it is not in the expected shape. Ask for it again.'
		};
	if (env.version !== RESULT_FILE_VERSION)
		return {
			ok: false,
			reason: 'unsupported-version',
			error:
				typeof env.version === 'number' && env.version > RESULT_FILE_VERSION
					? 'This result file was made by a newer version of Corridor. Reload the page to get the latest version, then try again.'
					: 'This result file uses a format this version of Corridor cannot read.'
		};
	if (typeof env.checksum !== 'string' || env.checksum !== checksumOf(env.data))
		return {
			ok: false,
			reason: 'damaged',
			error:
				'This result file is damaged: its contents do not match its checksum. Ask for it again.'
		};
	return checkResult(env.data, 'result file');
}

/** Reads either a result code or a result file's text. Never throws. */
export function decodeResultInput(text: string): ResultDecode {
	if (typeof text !== 'string') return decodeResult(text);
	return text.trimStart().startsWith('{') ? decodeResultFile(text) : decodeResult(text);
}

const CODE_START = /corridor-r\d+\./gi;

/**
 * Splits text pasted into the Results page into separate inputs. A result file (text starting
 * with "{") is one input. Otherwise each code starts at "corridor-r<version>." and runs to the end
 * of its line; following lines made only of code characters are joined on, because chat apps wrap
 * long codes. Lines that are not part of a code are returned in `other`, so the page can show them
 * rather than drop them silently.
 */
export function splitPasted(text: string): { inputs: string[]; other: string[] } {
	if (typeof text !== 'string') return { inputs: [], other: [] };
	if (text.trimStart().startsWith('{')) return { inputs: [text.trim()], other: [] };
	const inputs: string[] = [];
	const other: string[] = [];
	let open = false;
	for (const raw of text.split(/\r\n|\r|\n/)) {
		const line = raw.trim();
		if (line === '') {
			open = false;
			continue;
		}
		const starts = [...line.matchAll(CODE_START)].map((m) => m.index ?? 0);
		if (starts.length === 0) {
			if (open && /^[A-Za-z0-9_-]+$/.test(line)) inputs[inputs.length - 1] += line;
			else {
				other.push(line);
				open = false;
			}
			continue;
		}
		const before = line.slice(0, starts[0]).trim();
		if (before) other.push(before);
		starts.forEach((start, i) => {
			const piece = line.slice(start, starts[i + 1] ?? line.length);
			const code = /^corridor-r\d+\.[A-Za-z0-9_-]*/i.exec(piece)?.[0] ?? piece;
			inputs.push(code);
			const rest = piece.slice(code.length).trim();
			if (rest) other.push(rest);
		});
		open = line.endsWith(inputs[inputs.length - 1]);
	}
	return { inputs, other };
}
