// The stored progress document: one zod schema per shape and per version, types inferred from them.
// Owns: the shapes of profiles, lesson reads, quiz attempts, quizzes in progress, mastery and review
// cards, and the document envelope of every version (v1 = issue 6, v2 = adds FSRS review cards).
// Must not import: svelte, $app/*, browser globals, or the quiz engine (attempts are plain JSON here).
import { z } from 'zod';

/** The version this code writes. Older versions are migrated (migrate.ts); newer ones are refused. */
export const CURRENT_VERSION = 2;

export const isoTime = z.iso.datetime({ error: 'expected a date and time (ISO 8601, UTC)' });
const id = z
	.string({ error: 'expected an id' })
	.min(1, { error: 'expected an id' })
	.max(200, { error: 'id is too long' });
const slug = z
	.string({ error: 'expected a lesson or concept id' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected an id (lowercase words joined by dashes)'
	});
const fraction = z.number({ error: 'expected a number' }).min(0).max(1);

export const PROFILE_NAME_MAX = 60;
export const profileName = z
	.string({ error: 'expected a name' })
	.trim()
	.min(1, { error: 'The name is empty. Type at least one letter.' })
	.max(PROFILE_NAME_MAX, {
		error: `The name is too long. Use at most ${PROFILE_NAME_MAX} characters.`
	});

export const lessonRef = z.object({ slug, section: z.string().min(1).optional() }).strict();

export const lessonReadSchema = z
	.object({ how: z.enum(['scrolled', 'marked']), at: isoTime })
	.strict();

/** What a quiz was about. `kind` names the place it was started from. */
export const scopeSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('lesson'), lesson: slug }).strict(),
	z.object({ kind: z.literal('module'), module: slug }).strict(),
	z
		.object({
			kind: z.literal('practice'),
			lessons: z.array(slug).optional(),
			concepts: z.array(slug).optional()
		})
		.strict(),
	z.object({ kind: z.literal('review') }).strict(),
	z.object({ kind: z.literal('challenge'), concepts: z.array(slug) }).strict(),
	z
		.object({
			kind: z.literal('assignment'),
			assignmentId: id,
			title: z.string().optional()
		})
		.strict()
]);

export const seedSchema = z.union([z.number().int(), z.string().min(1).max(200)], {
	error: 'expected a seed (a whole number or a short text)'
});
export const modeSchema = z.enum(['practice', 'test']);
export const itemStatus = z.enum(['correct', 'partial', 'wrong', 'invalid']);

export const attemptItemSchema = z
	.object({
		questionId: id,
		generator: id,
		kind: z.string().min(1),
		factKeys: z.array(z.string().min(1)),
		concepts: z.array(slug),
		lesson: lessonRef,
		response: z.json().optional(),
		status: itemStatus,
		score: fraction
	})
	.strict();

export const attemptSchema = z
	.object({
		id,
		scope: scopeSchema,
		seed: seedSchema,
		datasetVersion: z.string().min(1),
		mode: modeSchema,
		startedAt: isoTime,
		finishedAt: isoTime,
		durationMs: z.number().int().min(0),
		items: z.array(attemptItemSchema),
		score: z.number().min(0),
		maxScore: z.number().min(0)
	})
	.strict()
	.refine((a) => a.score <= a.maxScore, {
		error: 'score is larger than maxScore',
		path: ['score']
	});

export const answerSchema = z
	.object({
		response: z.json().optional(),
		status: itemStatus.optional(),
		score: fraction.optional(),
		/** practice mode: the learner checked this answer */
		checked: z.boolean().default(false),
		/** practice mode: the learner asked to see the answer */
		revealed: z.boolean().default(false)
	})
	.strict();

/** A quiz the learner has started but not finished, so a reload can offer to resume it. */
export const activeQuizSchema = z
	.object({
		kind: z.literal('active'),
		quizKey: z.string().min(1),
		attemptId: id,
		scope: scopeSchema,
		seed: seedSchema,
		datasetVersion: z.string().min(1),
		mode: modeSchema,
		startedAt: isoTime,
		updatedAt: isoTime,
		questionIds: z.array(id),
		position: z.number().int().min(0),
		answers: z.record(z.string(), answerSchema),
		/** anything else the page needs to rebuild the quiz (e.g. practice settings) */
		settings: z.record(z.string(), z.json()).optional()
	})
	.strict();

/** Kept after a quiz is finished or abandoned, so a merge with an older tab does not bring it back. */
export const clearedQuizSchema = z
	.object({ kind: z.literal('cleared'), quizKey: z.string().min(1), updatedAt: isoTime })
	.strict();

export const inProgressSchema = z.discriminatedUnion('kind', [activeQuizSchema, clearedQuizSchema]);

export const MASTERY_LEVELS = ['attempted', 'familiar', 'proficient', 'mastered'] as const;
export const masteryLevel = z.enum(MASTERY_LEVELS);

export const masteryEntrySchema = z
	.object({
		level: masteryLevel,
		/** scores (0..1) of the most recent valid answers on this concept, oldest first */
		recent: z.array(fraction),
		answered: z.number().int().min(0),
		updatedAt: isoTime
	})
	.strict();

/** One FSRS card (ts-fsrs `Card`, with dates as ISO strings and the state as a word). */
export const reviewCardSchema = z
	.object({
		due: isoTime,
		stability: z.number().min(0),
		difficulty: z.number().min(0),
		elapsedDays: z.number().min(0),
		scheduledDays: z.number().min(0),
		learningSteps: z.number().int().min(0),
		reps: z.number().int().min(0),
		lapses: z.number().int().min(0),
		state: z.enum(['new', 'learning', 'review', 'relearning']),
		lastReview: isoTime.optional()
	})
	.strict();

/** Last-writer-wins register: when progress was reset (`at`), and when that value was set. */
export const resetSchema = z.object({ at: isoTime.nullable(), setAt: isoTime }).strict();

const profileFieldsV1 = {
	id,
	name: profileName,
	createdAt: isoTime,
	renamedAt: isoTime.optional(),
	/** attempts finished and lessons read at or before reset.at are gone */
	reset: resetSchema.optional(),
	/** set when an import brings back a profile deleted on this device */
	restoredAt: isoTime.optional(),
	lessonsRead: z.record(z.string(), lessonReadSchema),
	/** sorted by finishedAt, then startedAt, then id: the order mastery and review replay them */
	attempts: z.array(attemptSchema),
	inProgress: z.record(z.string(), inProgressSchema),
	mastery: z.record(z.string(), masteryEntrySchema)
};

export const profileV1Schema = z.object(profileFieldsV1).strict();
export const profileSchema = z
	.object({ ...profileFieldsV1, review: z.record(z.string(), reviewCardSchema) })
	.strict();

const docFields = {
	activeProfileId: id.nullable(),
	/** profile id → when it was deleted; keeps a merge with another tab from bringing it back */
	deletedProfiles: z.record(z.string(), isoTime)
};

export const progressV1Schema = z
	.object({ version: z.literal(1), ...docFields, profiles: z.array(profileV1Schema) })
	.strict();
export const progressSchema = z
	.object({ version: z.literal(2), ...docFields, profiles: z.array(profileSchema) })
	.strict();

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
