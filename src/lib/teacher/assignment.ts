// Assignments and the links that carry them: the assignment schema, its compact versioned code
// for the URL fragment, a stable short id and the full link. Pure: must not import Svelte, $app or
// browser globals; the site's origin and base path are parameters.
import { z } from '../zod-mini.ts';
import { packCode, unpackCode, type CodeFault } from './codec.ts';
import { ASSIGNMENT_DICTIONARY_V1 } from './dictionary.ts';
import { hash32 } from './names.ts';
import {
	datasetVersionSchema,
	firstIssue,
	plainErrors,
	instantSchema,
	instantToMs,
	msToInstant,
	plainText,
	slugSchema,
	uint32Schema
} from './schemas.ts';

export const MAX_QUESTIONS_PER_LESSON = 20;
export const MAX_ATTEMPTS = 99;

export const assignmentSchema = z
	.strictObject({
		title: plainText('the title', 120),
		lessons: z.array(slugSchema).check(z.maxLength(60)),
		modules: z.array(slugSchema).check(z.maxLength(20)),
		questionsPerLesson: z.int().check(z.gte(1), z.lte(MAX_QUESTIONS_PER_LESSON)),
		mode: z.enum(['practice', 'test']),
		/** absent: no limit (a student's own device cannot enforce one anyway) */
		attemptsAllowed: z.optional(z.int().check(z.gte(1), z.lte(MAX_ATTEMPTS))),
		dueAt: z.optional(instantSchema),
		perStudentVariant: z.boolean(),
		seed: uint32Schema,
		createdAt: instantSchema,
		datasetVersion: datasetVersionSchema
	})
	.check(
		z.refine((a) => a.lessons.length + a.modules.length > 0, {
			error: 'choose at least one lesson or module',
			path: ['lessons']
		})
	);

export type Assignment = z.infer<typeof assignmentSchema>;

export const ASSIGNMENT_TAG = 'a';
export const ASSIGNMENT_VERSION = 1;
const MAX_FRAGMENT_LENGTH = 4000;

// Version 1 travels as a positional array: property names would double the link's length.
const tupleV1 = z.tuple([
	z.string(),
	z.array(z.string()),
	z.array(z.string()),
	z.number(),
	z.union([z.literal(0), z.literal(1)]),
	z.number(),
	z.number(),
	z.union([z.literal(0), z.literal(1)]),
	z.number(),
	z.number(),
	z.string()
]);

function toTuple(a: Assignment): z.infer<typeof tupleV1> {
	return [
		a.title,
		a.lessons,
		a.modules,
		a.questionsPerLesson,
		a.mode === 'test' ? 1 : 0,
		a.attemptsAllowed ?? 0,
		a.dueAt === undefined ? 0 : instantToMs(a.dueAt),
		a.perStudentVariant ? 1 : 0,
		a.seed,
		instantToMs(a.createdAt),
		a.datasetVersion
	];
}

function fromTuple(t: z.infer<typeof tupleV1>): unknown {
	const [title, lessons, modules, qpl, mode, attempts, due, variant, seed, created, version] = t;
	const instant = (ms: number) =>
		Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? msToInstant(ms) : '';
	return {
		title,
		lessons,
		modules,
		questionsPerLesson: qpl,
		mode: mode === 1 ? 'test' : 'practice',
		...(attempts === 0 ? {} : { attemptsAllowed: attempts }),
		...(due === 0 ? {} : { dueAt: instant(due) }),
		perStudentVariant: variant === 1,
		seed,
		createdAt: instant(created),
		datasetVersion: version
	};
}

/** The code for the URL fragment, e.g. "a1.eNq...". Throws only on an invalid assignment (a bug). */
export function encodeAssignment(a: Assignment): string {
	const checked = assignmentSchema.parse(a);
	return packCode(ASSIGNMENT_TAG, ASSIGNMENT_VERSION, toTuple(checked), ASSIGNMENT_DICTIONARY_V1);
}

export type AssignmentDecode =
	| { ok: true; assignment: Assignment }
	| { ok: false; error: string; reason: CodeFault | 'invalid' };

/**
 * Reads an assignment from a fragment ("#a1...." or "a1...."), or from a whole link pasted by
 * someone. Never throws.
 */
export function decodeAssignment(fragment: string): AssignmentDecode {
	if (typeof fragment !== 'string')
		return { ok: false, reason: 'not-a-code', error: 'This is not a Corridor assignment link.' };
	const hash = fragment.indexOf('#');
	const code = hash >= 0 ? fragment.slice(hash + 1) : fragment;
	const unpacked = unpackCode(code, {
		tag: ASSIGNMENT_TAG,
		versions: [ASSIGNMENT_VERSION],
		noun: 'assignment link',
		maxLength: MAX_FRAGMENT_LENGTH,
		dictionary: ASSIGNMENT_DICTIONARY_V1
	});
	if (!unpacked.ok) return { ok: false, error: unpacked.error, reason: unpacked.reason };
	const tuple = tupleV1.safeParse(unpacked.value, { error: plainErrors });
	if (!tuple.success)
		return {
			ok: false,
			reason: 'invalid',
			error: 'This assignment link is not in the expected shape. Ask your teacher for a new link.'
		};
	const parsed = assignmentSchema.safeParse(fromTuple(tuple.data), { error: plainErrors });
	if (!parsed.success)
		return {
			ok: false,
			reason: 'invalid',
			error: `This assignment link has a problem (${firstIssue(parsed.error)}). Ask your teacher for a new link.`
		};
	return { ok: true, assignment: parsed.data };
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A stable 8-character id (40 bits) for an assignment: a hash of its version-1 form, so the same
 * settings, seed and creation time always give the same id.
 */
export function assignmentId(a: Assignment): string {
	const text = JSON.stringify(toTuple(a));
	const high = hash32(text);
	const low = hash32(text, 0x9747b28c) & 0xff;
	let id = '';
	// 40 bits as eight 5-bit digits: the 32 high bits, then 8 more.
	const bits = [high >>> 27, high >>> 22, high >>> 17, high >>> 12, high >>> 7, high >>> 2];
	for (const b of bits) id += BASE32[b & 31];
	id += BASE32[((high & 3) << 3) | (low >>> 5)];
	id += BASE32[low & 31];
	return id;
}

/**
 * The link a teacher shares: `<origin><base path>/assignment#<code>`. `siteBase` is the origin plus
 * the base path the site is hosted under, e.g. "https://example.org/corridor".
 */
export function assignmentUrl(siteBase: string, a: Assignment): string {
	return `${siteBase.replace(/\/+$/, '')}/assignment#${encodeAssignment(a)}`;
}

export interface QuizSpec {
	/** lesson slugs in course order, each once */
	lessons: string[];
	/** questionsPerLesson × number of lessons */
	count: number;
	/** the seed of this student's variant (see studentSeed) */
	seed: number;
	/** lesson or module ids in the assignment that the course no longer has */
	unknown: string[];
}

/**
 * What to ask the quiz engine for: the assignment's modules expanded into their lessons, in course
 * order, plus the lessons chosen one by one, and the student's seed. `course` is the outline's
 * modules with their lesson slugs in order.
 */
export function quizSpec(
	a: Assignment,
	course: readonly { id: string; lessons: readonly string[] }[],
	studentSeedValue: number
): QuizSpec {
	const chosen = new Set(a.lessons);
	for (const m of course) if (a.modules.includes(m.id)) for (const l of m.lessons) chosen.add(l);
	const ordered = course.flatMap((m) => m.lessons).filter((l) => chosen.has(l));
	const known = new Set(course.flatMap((m) => m.lessons));
	const moduleIds = new Set(course.map((m) => m.id));
	const unknown = [
		...a.modules.filter((m) => !moduleIds.has(m)),
		...a.lessons.filter((l) => !known.has(l))
	];
	return {
		lessons: [...new Set(ordered)],
		count: a.questionsPerLesson * new Set(ordered).size,
		seed: studentSeedValue,
		unknown
	};
}

/** Whether the due time has passed by the given clock (epoch ms); false without a due date. */
export function isPastDue(a: Assignment, now: number): boolean {
	return a.dueAt !== undefined && now > instantToMs(a.dueAt);
}
