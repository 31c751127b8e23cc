// Read-only views of a profile's progress for the pages: scores per lesson, completion, mastery per
// module and concept, history, scores over time, weak spots. Pure; the course outline is passed in.
// Must not import: svelte, $app/*, browser globals.
import { levelRank, MASTERY_POINTS } from './mastery.ts';
import { getProfile } from './document.ts';
import type { Attempt, ItemStatus, LessonRef, MasteryLevel, ProgressDoc } from './schema.ts';

/** A lesson counts as complete when it has been read and its quiz passed with at least this score. */
export const PASS_MARK = 0.7;

/** The parts of the course outline these views need (content's `Course` fits). */
export interface CourseShape {
	modules: readonly { id: string; lessons: readonly string[] }[];
	lessons: readonly { slug: string; concepts?: readonly string[] }[];
}

const fractionOf = (a: Attempt) => (a.maxScore > 0 ? a.score / a.maxScore : 0);

export interface LessonScore {
	/** best and latest score of the lesson's own quiz, as fractions 0..1 */
	best: number;
	latest: number;
	attempts: number;
	latestAt: string;
}

/** Best and latest score per lesson, from quizzes taken on that lesson. */
export function lessonScores(doc: ProgressDoc, profileId: string): Record<string, LessonScore> {
	const out: Record<string, LessonScore> = {};
	for (const a of getProfile(doc, profileId)?.attempts ?? []) {
		if (a.scope.kind !== 'lesson') continue;
		const f = fractionOf(a);
		const seen = out[a.scope.lesson];
		out[a.scope.lesson] = seen
			? {
					best: Math.max(seen.best, f),
					latest: f,
					attempts: seen.attempts + 1,
					latestAt: a.finishedAt
				}
			: { best: f, latest: f, attempts: 1, latestAt: a.finishedAt };
	}
	return out;
}

export interface LessonProgress {
	slug: string;
	read: boolean;
	score?: LessonScore;
	passed: boolean;
	complete: boolean;
}

export interface CourseCompletion {
	lessons: LessonProgress[];
	total: number;
	read: number;
	passed: number;
	complete: number;
	/** complete / total, 0..1 */
	fraction: number;
}

export function courseCompletion(
	doc: ProgressDoc,
	profileId: string,
	course: CourseShape
): CourseCompletion {
	const profile = getProfile(doc, profileId);
	const scores = lessonScores(doc, profileId);
	const lessons = course.lessons.map((l) => {
		const read = Boolean(profile?.lessonsRead[l.slug]);
		const score = scores[l.slug];
		const passed = score !== undefined && score.best + 1e-9 >= PASS_MARK;
		return { slug: l.slug, read, score, passed, complete: read && passed };
	});
	const count = (f: (l: LessonProgress) => boolean) => lessons.filter(f).length;
	const complete = count((l) => l.complete);
	return {
		lessons,
		total: lessons.length,
		read: count((l) => l.read),
		passed: count((l) => l.passed),
		complete,
		fraction: lessons.length ? complete / lessons.length : 0
	};
}

export interface ConceptMastery {
	concept: string;
	level: MasteryLevel;
	answered: number;
	/** mean score of the recent answers the level is based on, 0..1 */
	recentAccuracy: number;
	updatedAt: string;
}

/** Every concept the learner has met, highest level first. */
export function conceptMastery(doc: ProgressDoc, profileId: string): ConceptMastery[] {
	const mastery = getProfile(doc, profileId)?.mastery ?? {};
	return Object.entries(mastery)
		.map(([concept, m]) => ({
			concept,
			level: m.level,
			answered: m.answered,
			recentAccuracy: m.recent.length ? m.recent.reduce((s, x) => s + x, 0) / m.recent.length : 0,
			updatedAt: m.updatedAt
		}))
		.sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.concept.localeCompare(b.concept));
}

export interface ModuleMastery {
	moduleId: string;
	concepts: { concept: string; level: MasteryLevel | 'not-started' }[];
	/** Khan Academy–style points: familiar 50, proficient 80, mastered 100 per concept */
	points: number;
	maxPoints: number;
	/** points / maxPoints, 0..1 */
	fraction: number;
}

export function moduleMastery(
	doc: ProgressDoc,
	profileId: string,
	course: CourseShape
): ModuleMastery[] {
	const mastery = getProfile(doc, profileId)?.mastery ?? {};
	const conceptsOf = new Map(course.lessons.map((l) => [l.slug, l.concepts ?? []]));
	return course.modules.map((m) => {
		const ids = [...new Set(m.lessons.flatMap((s) => conceptsOf.get(s) ?? []))];
		const concepts = ids.map((concept) => ({
			concept,
			level: mastery[concept]?.level ?? ('not-started' as const)
		}));
		const points = concepts.reduce((s, c) => s + MASTERY_POINTS[c.level], 0);
		const maxPoints = concepts.length * MASTERY_POINTS.mastered;
		return {
			moduleId: m.id,
			concepts,
			points,
			maxPoints,
			fraction: maxPoints ? points / maxPoints : 0
		};
	});
}

/** Concepts a mastery challenge may cover: those at familiar or above. */
export function masteryChallengeConcepts(doc: ProgressDoc, profileId: string): string[] {
	const mastery = getProfile(doc, profileId)?.mastery ?? {};
	return Object.entries(mastery)
		.filter(([, m]) => levelRank(m.level) >= levelRank('familiar'))
		.map(([c]) => c)
		.sort();
}

export interface AttemptSummary {
	id: string;
	scope: Attempt['scope'];
	mode: Attempt['mode'];
	finishedAt: string;
	durationMs: number;
	score: number;
	maxScore: number;
	fraction: number;
	questions: number;
}

/** Finished attempts, newest first. */
export function attemptHistory(doc: ProgressDoc, profileId: string): AttemptSummary[] {
	const attempts = getProfile(doc, profileId)?.attempts ?? [];
	return [...attempts].reverse().map((a) => ({
		id: a.id,
		scope: a.scope,
		mode: a.mode,
		finishedAt: a.finishedAt,
		durationMs: a.durationMs,
		score: a.score,
		maxScore: a.maxScore,
		fraction: fractionOf(a),
		questions: a.items.length
	}));
}

export interface ScorePoint {
	at: string;
	attemptId: string;
	scope: Attempt['scope']['kind'];
	fraction: number;
}

/** Scores over time, oldest first, optionally only for some kinds of quiz. */
export function scoreSeries(
	doc: ProgressDoc,
	profileId: string,
	options: { scopes?: readonly Attempt['scope']['kind'][] } = {}
): ScorePoint[] {
	const attempts = getProfile(doc, profileId)?.attempts ?? [];
	return attempts
		.filter((a) => !options.scopes || options.scopes.includes(a.scope.kind))
		.map((a) => ({
			at: a.finishedAt,
			attemptId: a.id,
			scope: a.scope.kind,
			fraction: fractionOf(a)
		}));
}

export interface WeakSpot {
	/** a concept id or a fact key */
	key: string;
	answered: number;
	/** wrong answers count 1, partial ones 1 − their score */
	missed: number;
	accuracy: number;
	lastStatus: ItemStatus;
	lastAt: string;
	/** where it was last asked, to link to the lesson section */
	lesson: LessonRef;
}

/** Concepts and facts most often missed (most misses first); invalid answers do not count. */
export function weakSpots(
	doc: ProgressDoc,
	profileId: string,
	options: { limit?: number } = {}
): { concepts: WeakSpot[]; facts: WeakSpot[] } {
	const concepts = new Map<string, WeakSpot>();
	const facts = new Map<string, WeakSpot>();
	const add = (
		map: Map<string, WeakSpot>,
		key: string,
		a: Attempt,
		i: Attempt['items'][number]
	) => {
		const s = map.get(key) ?? {
			key,
			answered: 0,
			missed: 0,
			accuracy: 0,
			lastStatus: i.status,
			lastAt: a.finishedAt,
			lesson: i.lesson
		};
		const answered = s.answered + 1;
		map.set(key, {
			...s,
			answered,
			missed: s.missed + (1 - i.score),
			accuracy: (s.accuracy * s.answered + i.score) / answered,
			lastStatus: i.status,
			lastAt: a.finishedAt,
			lesson: i.lesson
		});
	};
	for (const a of getProfile(doc, profileId)?.attempts ?? []) {
		for (const item of a.items) {
			if (item.status === 'invalid') continue;
			for (const c of new Set(item.concepts)) add(concepts, c, a, item);
			for (const f of new Set(item.factKeys)) add(facts, f, a, item);
		}
	}
	const rank = (map: Map<string, WeakSpot>) =>
		[...map.values()]
			.filter((s) => s.missed > 1e-9)
			.sort((x, y) => y.missed - x.missed || x.accuracy - y.accuracy || x.key.localeCompare(y.key))
			.slice(0, options.limit ?? 10);
	return { concepts: rank(concepts), facts: rank(facts) };
}
