// Words and number formats shared by the progress components: names of lessons, modules, concepts
// and facts (passed in from the page's build-time data), mastery levels, scores, dates, durations.
import { factLabel, type FactNames } from '$lib/content/fact-label';
import { dateLocale } from '$lib/content/format';
import type { MasteryLevel, QuizScope } from '$lib/progress';

/** Names the progress page gets from its load, so components never need the whole course. */
export interface ProgressNames {
	lessons: Record<string, string>;
	modules: Record<string, string>;
	concepts: Record<string, string>;
	facts: FactNames;
}

export type LevelOrNone = MasteryLevel | 'not-started';

export const LEVEL_WORDS: Record<LevelOrNone, string> = {
	'not-started': 'Not started',
	attempted: 'Attempted',
	familiar: 'Familiar',
	proficient: 'Proficient',
	mastered: 'Mastered'
};

/** 0 for not started up to 4 for mastered: the number of filled marks shown next to the word. */
export const LEVEL_STEP: Record<LevelOrNone, number> = {
	'not-started': 0,
	attempted: 1,
	familiar: 2,
	proficient: 3,
	mastered: 4
};

const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const dateTimeFormat = new Intl.DateTimeFormat(dateLocale(), {
	dateStyle: 'medium',
	timeStyle: 'short'
});
const dateFormat = new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium' });
const minutes = new Intl.NumberFormat('en', {
	style: 'unit',
	unit: 'minute',
	unitDisplay: 'short'
});
const seconds = new Intl.NumberFormat('en', {
	style: 'unit',
	unit: 'second',
	unitDisplay: 'short'
});

export const percent = (fraction: number) => percentFormat.format(fraction);
export const dateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
export const date = (iso: string) => dateFormat.format(new Date(iso));

/** "45 sec", "3 min 20 sec" */
export function duration(ms: number): string {
	const total = Math.round(ms / 1000);
	const m = Math.floor(total / 60);
	const s = total % 60;
	if (m === 0) return seconds.format(s);
	return s === 0 ? minutes.format(m) : `${minutes.format(m)} ${seconds.format(s)}`;
}

export const lessonName = (names: ProgressNames, slug: string) => names.lessons[slug] ?? slug;
export const conceptName = (names: ProgressNames, id: string) => names.concepts[id] ?? id;
export const factName = (names: ProgressNames, key: string) => factLabel(key, names.facts);

/** What a quiz was about, in words: "Lesson: Deep processing", "Review", ... */
export function scopeLabel(names: ProgressNames, scope: QuizScope): string {
	switch (scope.kind) {
		case 'lesson':
			return `Lesson quiz: ${lessonName(names, scope.lesson)}`;
		case 'module':
			return `Module quiz: ${names.modules[scope.module] ?? scope.module}`;
		case 'practice':
			return 'Custom practice';
		case 'review':
			return 'Review';
		case 'challenge':
			return 'Mastery challenge';
		case 'assignment':
			return scope.title ? `Assignment: ${scope.title}` : 'Assignment';
	}
}
