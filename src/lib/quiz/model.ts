// Question and response shapes for every kind, as zod schemas; types are inferred from them.
// Hand-written questions (content/questions/*.yaml) are validated with the same schemas.
// Pure: must not import Svelte, $app or browser globals.
import { z } from 'zod';

export const KINDS = [
	'single',
	'multi',
	'true-false',
	'numeric',
	'ordering',
	'matching',
	'region-pick'
] as const;
export type Kind = (typeof KINDS)[number];

const id = z
	.string({ error: 'expected an id (lowercase words joined by dashes)' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected an id (lowercase words joined by dashes)'
	});
const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text' });

export const choiceSchema = z.object({ id: text, text }).strict();
export type Choice = z.infer<typeof choiceSchema>;

export const lessonRefSchema = z.object({ slug: id, section: id.optional() }).strict();
export type LessonRef = z.infer<typeof lessonRefSchema>;

const base = {
	/** stable: generator id + chosen parameters, e.g. "deal-region:fufeng-corn" */
	id: z.string().regex(/^[a-z0-9-]+(:[a-z0-9._-]+)*$/, {
		error: 'expected "generator:param:param" (lowercase, digits, dashes)'
	}),
	generator: text,
	prompt: text,
	factKeys: z.array(text).default([]),
	explanation: text,
	sources: z.array(text).min(1, { error: 'expected at least one source id' }),
	concepts: z.array(id).default([]),
	lesson: lessonRefSchema,
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: 'expected 1 (easy), 2 (medium) or 3 (hard)'
	})
};

const choices = z.array(choiceSchema).min(2, { error: 'expected at least two choices' });

export const singleSchema = z
	.object({ ...base, kind: z.literal('single'), choices, answer: text })
	.strict();
export const multiSchema = z
	.object({
		...base,
		kind: z.literal('multi'),
		choices,
		answer: z.array(text).min(1, { error: 'expected at least one correct choice' })
	})
	.strict();
export const trueFalseSchema = z
	.object({ ...base, kind: z.literal('true-false'), answer: z.boolean() })
	.strict();
export const numericSchema = z
	.object({
		...base,
		kind: z.literal('numeric'),
		answer: z.number({ error: 'expected a number' }),
		/** what the learner should type, in words: "million US dollars" */
		unit: text,
		/** the multiplier applied to a bare number ("800" with scale 1e6 is 800 million) */
		scale: z.number().positive().default(1),
		/** scale words accepted in the input, e.g. ["million", "billion"] */
		scaleWords: z.array(text).default([]),
		/** accepted error: relative (0.05 = 5%) or absolute (in base units) */
		tolerance: z
			.object({ kind: z.enum(['relative', 'absolute']), amount: z.number().nonnegative() })
			.strict()
	})
	.strict();
export const orderingSchema = z
	.object({
		...base,
		kind: z.literal('ordering'),
		choices,
		/** choice ids from first to last */
		answer: z.array(text).min(2)
	})
	.strict();
export const matchingSchema = z
	.object({
		...base,
		kind: z.literal('matching'),
		/** items to match, each to one choice */
		items: choices,
		choices,
		/** item id -> choice id */
		answer: z.record(z.string(), text)
	})
	.strict();
export const regionOptionSchema = z
	.object({ id, name: text, lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
	.strict();
export const regionPickSchema = z
	.object({
		...base,
		kind: z.literal('region-pick'),
		regions: z.array(regionOptionSchema).min(2),
		answer: id
	})
	.strict();

export const questionSchema = z.discriminatedUnion('kind', [
	singleSchema,
	multiSchema,
	trueFalseSchema,
	numericSchema,
	orderingSchema,
	matchingSchema,
	regionPickSchema
]);

export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<K extends Kind> = Extract<Question, { kind: K }>;

export const responseSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('single'), choice: z.string() }).strict(),
	z.object({ kind: z.literal('multi'), choices: z.array(z.string()) }).strict(),
	z.object({ kind: z.literal('true-false'), value: z.boolean() }).strict(),
	/** what the learner typed, e.g. "$800m" */
	z.object({ kind: z.literal('numeric'), text: z.string() }).strict(),
	z.object({ kind: z.literal('ordering'), order: z.array(z.string()) }).strict(),
	z.object({ kind: z.literal('matching'), pairs: z.record(z.string(), z.string()) }).strict(),
	z.object({ kind: z.literal('region-pick'), region: z.string() }).strict()
]);
export type Response = z.infer<typeof responseSchema>;
export type ResponseOf<K extends Kind> = Extract<Response, { kind: K }>;

// Grades and declines live in outcome.ts (no zod), so grading and quiz assembly in the browser do
// not pull in the schema library; re-exported here for convenience.
export { decline, gradeFromScore, invalid, isDecline } from './outcome.ts';
export type { Decline, Grade, GradeStatus } from './outcome.ts';
