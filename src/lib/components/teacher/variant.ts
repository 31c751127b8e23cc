// The one place that turns an assignment (and a student's name) into questions, so the student's
// page, the printed worksheet and the teacher's drill-down always build the same variant. Also the
// result a finished attempt becomes, and the "Covers" line. UI helper, pure: no storage, no clock
// of its own, no Svelte; must not import $app or browser globals.
import { quizDataset, type QuizDataset } from '../../quiz/browser-data.ts';
import type { Dataset } from '../../quiz/data.ts';
import type { Question } from '../../quiz/model.ts';
import type { LessonSections } from '../../quiz/sections.ts';
import { buildQuiz } from '../../quiz/quiz.ts';
import type { Attempt } from '../../progress/schema.ts';
import { assignmentId, quizSpec, type Assignment } from '../../teacher/assignment.ts';
import { studentSeed } from '../../teacher/names.ts';
import type { ResultInput } from '../../teacher/result.ts';

export interface OutlineModule {
	id: string;
	title: string;
	lessons: { slug: string; title: string }[];
}

/** What the teacher and assignment pages receive (from $lib/server/teacher). */
export interface QuizData {
	/** the dataset pruned to what questions read (see $lib/quiz/browser-data) */
	dataset: QuizDataset;
	/** hand-written questions, already validated at build time */
	extra: Question[];
	/** source id -> title and link, for citations */
	sources: Record<string, { title: string; url?: string }>;
	/** where each lesson teaches each fact, for links from questions (see $lib/quiz/sections) */
	sections: LessonSections;
}

/** What buildVariant builds questions from. */
export interface VariantInput {
	dataset: Dataset;
	extra: Question[];
}

/** The page data as buildVariant's input: the fact index rebuilt (once per page) from the records. */
export function variantInput(data: Pick<QuizData, 'dataset' | 'extra'>): VariantInput {
	return { dataset: quizDataset(data.dataset), extra: data.extra };
}

export interface Variant {
	seed: number;
	questions: Question[];
	/** how many questions the assignment asked for but the data could not supply */
	shortBy: number;
	/** lesson or module ids the course no longer has */
	unknown: string[];
}

/** Lesson and module titles by id. */
export function titlesOf(outline: readonly OutlineModule[]): Record<string, string> {
	const titles: Record<string, string> = {};
	for (const m of outline) {
		titles[m.id] = m.title;
		for (const l of m.lessons) titles[l.slug] = l.title;
	}
	return titles;
}

/**
 * The questions of one variant. With a name, the student's own variant (studentSeed); with a seed,
 * exactly that variant (as recorded in a result); with neither, the assignment's shared variant.
 */
export function buildVariant(
	assignment: Assignment,
	who: { name?: string; seed?: number },
	data: VariantInput,
	outline: readonly OutlineModule[]
): Variant {
	const seed =
		who.seed ?? (who.name === undefined ? assignment.seed : studentSeed(assignment, who.name));
	const spec = quizSpec(
		assignment,
		outline.map((m) => ({ id: m.id, lessons: m.lessons.map((l) => l.slug) })),
		seed
	);
	// An empty lesson list would mean "any lesson" to the quiz engine: ask for nothing instead.
	if (spec.lessons.length === 0)
		return { seed, questions: [], shortBy: spec.count, unknown: spec.unknown };
	const quiz = buildQuiz({
		dataset: data.dataset,
		extra: data.extra,
		lessons: spec.lessons,
		count: spec.count,
		seed
	});
	return { seed, questions: quiz.questions, shortBy: quiz.shortBy, unknown: spec.unknown };
}

/** What a finished attempt on the assignment page becomes, for makeResult. */
export function resultInputOf(
	assignment: Assignment,
	name: string,
	seed: number,
	attempt: Pick<Attempt, 'datasetVersion' | 'startedAt' | 'finishedAt' | 'durationMs' | 'items'>
): ResultInput {
	return {
		assignmentId: assignmentId(assignment),
		name,
		seed,
		datasetVersion: attempt.datasetVersion,
		startedAt: Date.parse(attempt.startedAt),
		submittedAt: Date.parse(attempt.finishedAt),
		durationMs: attempt.durationMs,
		answers: attempt.items.map((i) => ({
			questionId: i.questionId,
			response: i.response ?? null,
			score: i.score
		}))
	};
}

/** The modules and lessons an assignment covers, by title, in the order the teacher chose them. */
export function coveredTitles(assignment: Assignment, outline: readonly OutlineModule[]): string[] {
	const titles = titlesOf(outline);
	return [...assignment.modules, ...assignment.lessons].map((id) => titles[id] ?? id);
}

/** A file name for a student's result: letters and digits of the name, never a path. */
export function resultFileName(assignment: Assignment, name: string): string {
	const safe = name
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return `corridor-result-${assignmentId(assignment)}${safe ? `-${safe}` : ''}.json`;
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/** A student's recorded response in words, for the drill-down; "No answer" when blank. */
export function responseText(q: Question, response: unknown): string {
	if (response === null || typeof response !== 'object') return 'No answer';
	const r = response as Record<string, unknown>;
	if (r.kind !== q.kind) return 'An answer of another kind (the question may have changed)';
	const choice = (id: unknown) => {
		const options = 'choices' in q ? q.choices : q.kind === 'region-pick' ? q.regions : [];
		const found = options.find((o) => o.id === id);
		return found ? ('text' in found ? found.text : found.name) : String(id);
	};
	switch (q.kind) {
		case 'single':
			return choice(r.choice);
		case 'region-pick':
			return choice(r.region);
		case 'multi':
		case 'ordering': {
			const ids = Array.isArray(r.choices) ? r.choices : Array.isArray(r.order) ? r.order : [];
			return ids.length ? listFormat.format(ids.map(choice)) : 'No answer';
		}
		case 'true-false':
			return r.value === true ? 'True' : r.value === false ? 'False' : 'No answer';
		case 'numeric':
			return typeof r.text === 'string' && r.text.trim()
				? `${r.text.trim()} (${q.unit})`
				: 'No answer';
		case 'matching': {
			const pairs = (r.pairs ?? {}) as Record<string, unknown>;
			return q.items
				.map((item, i) => `${i + 1}: ${pairs[item.id] ? choice(pairs[item.id]) : '–'}`)
				.join('; ');
		}
	}
}
