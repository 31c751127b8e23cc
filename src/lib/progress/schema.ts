// The stored progress document: one zod schema per shape and per version, types inferred from them.
// Owns: the shapes of profiles, lesson reads, quiz attempts, quizzes in progress, mastery and review
// cards, and the document envelope of every version (v1 = issue 6, v2 = adds FSRS review cards).
// Must not import: svelte, $app/*, browser globals, or the quiz engine (attempts are plain JSON here).
// Written with zod/mini (see lib/zod-mini.ts): this module is in the progress chunk of every page.
import { z } from '../zod-mini.ts';

/** The version this code writes. Older versions are migrated (migrate.ts); newer ones are refused. */
export const CURRENT_VERSION = 2;

export const isoTime = z.iso.datetime({ error: 'expected a date and time (ISO 8601, UTC)' });
const id = z
	.string({ error: 'expected an id' })
	.check(
		z.minLength(1, { error: 'expected an id' }),
		z.maxLength(200, { error: 'id is too long' })
	);
const slug = z.string({ error: 'expected a lesson or concept id' }).check(
	z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected an id (lowercase words joined by dashes)'
	})
);
const fraction = z.number({ error: 'expected a number' }).check(z.gte(0), z.lte(1));
const nonEmpty = z.string().check(z.minLength(1));
const wholeAtLeast0 = z.number().check(z.int(), z.gte(0));
const atLeast0 = z.number().check(z.gte(0));

export const PROFILE_NAME_MAX = 60;
export const profileName = z.string({ error: 'expected a name' }).check(
	z.trim(),
	z.minLength(1, { error: 'The name is empty. Type at least one letter.' }),
	z.maxLength(PROFILE_NAME_MAX, {
		error: `The name is too long. Use at most ${PROFILE_NAME_MAX} characters.`
	})
);

export const lessonRef = z.strictObject({ slug, section: z.optional(nonEmpty) });

export const lessonReadSchema = z.strictObject({
	how: z.enum(['scrolled', 'marked']),
	at: isoTime
});

/** What a quiz was about. `kind` names the place it was started from. */
export const scopeSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('lesson'), lesson: slug }),
	z.strictObject({ kind: z.literal('module'), module: slug }),
	z.strictObject({
		kind: z.literal('practice'),
		lessons: z.optional(z.array(slug)),
		concepts: z.optional(z.array(slug))
	}),
	z.strictObject({ kind: z.literal('review') }),
	z.strictObject({ kind: z.literal('challenge'), concepts: z.array(slug) }),
	z.strictObject({
		kind: z.literal('assignment'),
		assignmentId: id,
		title: z.optional(z.string())
	})
]);

export const seedSchema = z.union(
	[z.number().check(z.int()), z.string().check(z.minLength(1), z.maxLength(200))],
	{ error: 'expected a seed (a whole number or a short text)' }
);
export const modeSchema = z.enum(['practice', 'test']);
export const itemStatus = z.enum(['correct', 'partial', 'wrong', 'invalid']);

export const attemptItemSchema = z.strictObject({
	questionId: id,
	generator: id,
	kind: nonEmpty,
	factKeys: z.array(nonEmpty),
	concepts: z.array(slug),
	lesson: lessonRef,
	response: z.optional(z.json()),
	status: itemStatus,
	score: fraction
});

export const attemptSchema = z
	.strictObject({
		id,
		scope: scopeSchema,
		seed: seedSchema,
		datasetVersion: nonEmpty,
		mode: modeSchema,
		startedAt: isoTime,
		finishedAt: isoTime,
		durationMs: wholeAtLeast0,
		items: z.array(attemptItemSchema),
		score: atLeast0,
		maxScore: atLeast0
	})
	.check(
		z.refine((a) => a.score <= a.maxScore, {
			error: 'score is larger than maxScore',
			path: ['score']
		})
	);

export const answerSchema = z.strictObject({
	response: z.optional(z.json()),
	status: z.optional(itemStatus),
	score: z.optional(fraction),
	/** practice mode: the learner checked this answer */
	checked: z._default(z.boolean(), false),
	/** practice mode: the learner asked to see the answer */
	revealed: z._default(z.boolean(), false)
});

/** A quiz the learner has started but not finished, so a reload can offer to resume it. */
export const activeQuizSchema = z.strictObject({
	kind: z.literal('active'),
	quizKey: nonEmpty,
	attemptId: id,
	scope: scopeSchema,
	seed: seedSchema,
	datasetVersion: nonEmpty,
	mode: modeSchema,
	startedAt: isoTime,
	updatedAt: isoTime,
	questionIds: z.array(id),
	position: wholeAtLeast0,
	answers: z.record(z.string(), answerSchema),
	/** anything else the page needs to rebuild the quiz (e.g. practice settings) */
	settings: z.optional(z.record(z.string(), z.json()))
});

/** Kept after a quiz is finished or abandoned, so a merge with an older tab does not bring it back. */
export const clearedQuizSchema = z.strictObject({
	kind: z.literal('cleared'),
	quizKey: nonEmpty,
	updatedAt: isoTime
});

export const inProgressSchema = z.discriminatedUnion('kind', [activeQuizSchema, clearedQuizSchema]);

export const MASTERY_LEVELS = ['attempted', 'familiar', 'proficient', 'mastered'] as const;
export const masteryLevel = z.enum(MASTERY_LEVELS);

export const masteryEntrySchema = z.strictObject({
	level: masteryLevel,
	/** scores (0..1) of the most recent valid answers on this concept, oldest first */
	recent: z.array(fraction),
	answered: wholeAtLeast0,
	updatedAt: isoTime
});

/** One FSRS card (ts-fsrs `Card`, with dates as ISO strings and the state as a word). */
export const reviewCardSchema = z.strictObject({
	due: isoTime,
	stability: atLeast0,
	difficulty: atLeast0,
	elapsedDays: atLeast0,
	scheduledDays: atLeast0,
	learningSteps: wholeAtLeast0,
	reps: wholeAtLeast0,
	lapses: wholeAtLeast0,
	state: z.enum(['new', 'learning', 'review', 'relearning']),
	lastReview: z.optional(isoTime)
});

/** Last-writer-wins register: when progress was reset (`at`), and when that value was set. */
export const resetSchema = z.strictObject({ at: z.nullable(isoTime), setAt: isoTime });

const profileFieldsV1 = {
	id,
	name: profileName,
	createdAt: isoTime,
	renamedAt: z.optional(isoTime),
	/** attempts finished and lessons read at or before reset.at are gone */
	reset: z.optional(resetSchema),
	/** set when an import brings back a profile deleted on this device */
	restoredAt: z.optional(isoTime),
	lessonsRead: z.record(z.string(), lessonReadSchema),
	/** sorted by finishedAt, then startedAt, then id: the order mastery and review replay them */
	attempts: z.array(attemptSchema),
	inProgress: z.record(z.string(), inProgressSchema),
	mastery: z.record(z.string(), masteryEntrySchema)
};

export const profileV1Schema = z.strictObject(profileFieldsV1);
export const profileSchema = z.strictObject({
	...profileFieldsV1,
	review: z.record(z.string(), reviewCardSchema)
});

const docFields = {
	activeProfileId: z.nullable(id),
	/** profile id → when it was deleted; keeps a merge with another tab from bringing it back */
	deletedProfiles: z.record(z.string(), isoTime)
};

export const progressV1Schema = z.strictObject({
	version: z.literal(1),
	...docFields,
	profiles: z.array(profileV1Schema)
});
export const progressSchema = z.strictObject({
	version: z.literal(2),
	...docFields,
	profiles: z.array(profileSchema)
});

export type LessonRef = z.infer<typeof lessonRef>;
export type LessonRead = z.infer<typeof lessonReadSchema>;
export type QuizScope = z.infer<typeof scopeSchema>;
export type Seed = z.infer<typeof seedSchema>;
export type ItemStatus = z.infer<typeof itemStatus>;
export type AttemptItem = z.infer<typeof attemptItemSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type ActiveQuiz = z.infer<typeof activeQuizSchema>;
/** what callers pass to saveQuizInProgress; `kind` and `updatedAt` are filled in */
export type ActiveQuizInput = Omit<z.input<typeof activeQuizSchema>, 'kind' | 'updatedAt'>;
export type InProgress = z.infer<typeof inProgressSchema>;
export type MasteryLevel = z.infer<typeof masteryLevel>;
export type MasteryEntry = z.infer<typeof masteryEntrySchema>;
export type ReviewCard = z.infer<typeof reviewCardSchema>;
export type ProfileV1 = z.infer<typeof profileV1Schema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProgressV1 = z.infer<typeof progressV1Schema>;
export type ProgressDoc = z.infer<typeof progressSchema>;
