// Question and response shapes for every kind, as zod schemas; types are inferred from them.
// Hand-written questions (content/questions/*.yaml) are validated with the same schemas.
// Pure: must not import Svelte, $app or browser globals.
// Written with zod/mini (see lib/zod-mini.ts), like every schema shipped to the browser.
import { z } from '../zod-mini.ts';

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

const id = z.string({ error: 'expected an id (lowercase words joined by dashes)' }).check(
	z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected an id (lowercase words joined by dashes)'
	})
);
const text = z
	.string({ error: 'expected text' })
	.check(z.trim(), z.minLength(1, { error: 'expected text' }));

export const choiceSchema = z.strictObject({ id: text, text });
export type Choice = z.infer<typeof choiceSchema>;

export const lessonRefSchema = z.strictObject({ slug: id, section: z.optional(id) });
export type LessonRef = z.infer<typeof lessonRefSchema>;

const base = {
	/** stable: generator id + chosen parameters, e.g. "deal-region:fufeng-corn" */
	id: z.string().check(
		z.regex(/^[a-z0-9-]+(:[a-z0-9._-]+)*$/, {
			error: 'expected "generator:param:param" (lowercase, digits, dashes)'
		})
	),
	generator: text,
	prompt: text,
	factKeys: z._default(z.array(text), []),
	explanation: text,
	sources: z.array(text).check(z.minLength(1, { error: 'expected at least one source id' })),
	concepts: z._default(z.array(id), []),
	lesson: lessonRefSchema,
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: 'expected 1 (easy), 2 (medium) or 3 (hard)'
	})
};

const choices = z
	.array(choiceSchema)
	.check(z.minLength(2, { error: 'expected at least two choices' }));

export const singleSchema = z.strictObject({
	...base,
	kind: z.literal('single'),
	choices,
	answer: text
});
export const multiSchema = z.strictObject({
	...base,
	kind: z.literal('multi'),
	choices,
	answer: z.array(text).check(z.minLength(1, { error: 'expected at least one correct choice' }))
});
export const trueFalseSchema = z.strictObject({
	...base,
	kind: z.literal('true-false'),
	answer: z.boolean()
});
export const numericSchema = z.strictObject({
	...base,
	kind: z.literal('numeric'),
	answer: z.number({ error: 'expected a number' }),
	/** what the learner should type, in words: "million US dollars" */
	unit: text,
	/** the multiplier applied to a bare number ("800" with scale 1e6 is 800 million) */
	scale: z._default(z.number().check(z.gt(0)), 1),
	/** scale words accepted in the input, e.g. ["million", "billion"] */
	scaleWords: z._default(z.array(text), []),
	/** accepted error: relative (0.05 = 5%) or absolute (in base units) */
	tolerance: z.strictObject({
		kind: z.enum(['relative', 'absolute']),
		amount: z.number().check(z.gte(0))
	})
});
export const orderingSchema = z.strictObject({
	...base,
	kind: z.literal('ordering'),
	choices,
	/** choice ids from first to last */
	answer: z.array(text).check(z.minLength(2))
});
export const matchingSchema = z.strictObject({
	...base,
	kind: z.literal('matching'),
	/** items to match, each to one choice */
	items: choices,
	choices,
	/** item id -> choice id */
	answer: z.record(z.string(), text)
});
export const regionOptionSchema = z.strictObject({
	id,
	name: text,
	lat: z.number().check(z.gte(-90), z.lte(90)),
	lon: z.number().check(z.gte(-180), z.lte(180))
});
export const regionPickSchema = z.strictObject({
	...base,
	kind: z.literal('region-pick'),
	regions: z.array(regionOptionSchema).check(z.minLength(2)),
	answer: id
});

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
	z.strictObject({ kind: z.literal('single'), choice: z.string() }),
	z.strictObject({ kind: z.literal('multi'), choices: z.array(z.string()) }),
	z.strictObject({ kind: z.literal('true-false'), value: z.boolean() }),
	/** what the learner typed, e.g. "$800m" */
	z.strictObject({ kind: z.literal('numeric'), text: z.string() }),
	z.strictObject({ kind: z.literal('ordering'), order: z.array(z.string()) }),
	z.strictObject({ kind: z.literal('matching'), pairs: z.record(z.string(), z.string()) }),
	z.strictObject({ kind: z.literal('region-pick'), region: z.string() })
]);
export type Response = z.infer<typeof responseSchema>;
export type ResponseOf<K extends Kind> = Extract<Response, { kind: K }>;

// Grades and declines live in outcome.ts (no zod), so grading and quiz assembly in the browser do
// not pull in the schema library; re-exported here for convenience.
export { decline, gradeFromScore, invalid, isDecline } from './outcome.ts';
export type { Decline, Grade, GradeStatus } from './outcome.ts';
