// Spaced review with FSRS (ts-fsrs): one card per fact key, fed by every answered quiz item.
// Owns: converting stored cards to and from ts-fsrs, the status → rating rule, due facts.
// Must not import: svelte, $app/*, browser globals, the quiz engine.
//
// Rule: per finished attempt, each fact key it tests gets ONE review at the attempt's finishedAt,
// rated by the worst valid answer on that fact in the attempt: correct → Good, partial → Hard,
// wrong → Again. `invalid` answers do not count. Fuzz is off so a replay of the same history gives
// the same cards (merge and migration rebuild cards by replay).
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card,
	type Grade
} from 'ts-fsrs';
import type { Attempt, ItemStatus, LessonRef, ProgressDoc, ReviewCard } from './schema.ts';

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export type ReviewCards = Record<string, ReviewCard>;

const STATE_WORDS = ['new', 'learning', 'review', 'relearning'] as const;
const STATE_ENUM: Record<ReviewCard['state'], State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

function toFsrs(card: ReviewCard): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_ENUM[card.state],
		last_review: card.lastReview ? new Date(card.lastReview) : undefined
	};
}

function fromFsrs(card: Card): ReviewCard {
	const out: ReviewCard = {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_WORDS[card.state]
	};
	if (card.last_review) out.lastReview = card.last_review.toISOString();
	return out;
}

/** correct → Good, partial → Hard, wrong → Again; invalid → no review. */
export function ratingFor(status: ItemStatus): Grade | undefined {
	switch (status) {
		case 'correct':
			return Rating.Good;
		case 'partial':
			return Rating.Hard;
		case 'wrong':
			return Rating.Again;
		default:
			return undefined;
	}
}

/** A new card for a fact first seen at `at` (due immediately). */
export function newCard(at: string): ReviewCard {
	return fromFsrs(createEmptyCard(new Date(at)));
}

/** The card after one review at `at`. */
export function reviewCard(
	card: ReviewCard | undefined,
	status: ItemStatus,
	at: string
): ReviewCard {
	const rating = ratingFor(status);
	const current = card ?? newCard(at);
	if (rating === undefined) return current;
	return fromFsrs(scheduler.next(toFsrs(current), new Date(at), rating).card);
}

const WORST: ItemStatus[] = ['wrong', 'partial', 'correct'];

/** Cards after one more finished attempt. Returns a new object; the input is not changed. */
export function applyAttemptToReview(cards: ReviewCards, attempt: Attempt): ReviewCards {
	const worst = new Map<string, ItemStatus>();
	for (const item of attempt.items) {
		if (item.status === 'invalid') continue;
		for (const key of item.factKeys) {
			const seen = worst.get(key);
			if (seen === undefined || WORST.indexOf(item.status) < WORST.indexOf(seen)) {
				worst.set(key, item.status);
			}
		}
	}
	if (worst.size === 0) return cards;
	const next: ReviewCards = { ...cards };
	for (const [key, status] of worst) next[key] = reviewCard(cards[key], status, attempt.finishedAt);
	return next;
}

/** Cards from a whole history, attempts in replay order. */
export function replayReview(attempts: readonly Attempt[]): ReviewCards {
	return attempts.reduce<ReviewCards>((c, a) => applyAttemptToReview(c, a), {});
}

export interface DueFact {
	factKey: string;
	due: string;
	state: ReviewCard['state'];
	reps: number;
	lapses: number;
	/** where the fact was last asked, to link back to the lesson */
	lesson?: LessonRef;
	concepts: string[];
}

/** Facts whose card is due at or before `now`, the longest overdue first. */
export function dueFacts(doc: ProgressDoc, profileId: string, now: string): DueFact[] {
	const profile = doc.profiles.find((p) => p.id === profileId);
	if (!profile) return [];
	const t = Date.parse(now);
	const last = new Map<string, { lesson: LessonRef; concepts: string[] }>();
	for (const a of profile.attempts) {
		for (const item of a.items) {
			for (const key of item.factKeys)
				last.set(key, { lesson: item.lesson, concepts: item.concepts });
		}
	}
	return Object.entries(profile.review)
		.filter(([, card]) => Date.parse(card.due) <= t)
		.map(([factKey, card]) => ({
			factKey,
			due: card.due,
			state: card.state,
			reps: card.reps,
			lapses: card.lapses,
			lesson: last.get(factKey)?.lesson,
			concepts: last.get(factKey)?.concepts ?? []
		}))
		.sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.factKey.localeCompare(b.factKey));
}

export function dueCount(doc: ProgressDoc, profileId: string, now: string): number {
	const profile = doc.profiles.find((p) => p.id === profileId);
	if (!profile) return 0;
	const t = Date.parse(now);
	return Object.values(profile.review).filter((c) => Date.parse(c.due) <= t).length;
}
