// Builders for test documents: small, explicit, with time as an argument.
import type {
	Attempt,
	AttemptItem,
	ItemStatus,
	QuizScope
} from '../../../src/lib/progress/index.ts';

const SCORE: Record<ItemStatus, number> = { correct: 1, partial: 0.5, wrong: 0, invalid: 0 };

export function item(
	status: ItemStatus,
	opts: { fact?: string; concepts?: string[]; lesson?: string; score?: number } = {}
): AttemptItem {
	const fact = opts.fact ?? 'deal/fufeng-corn/investment';
	return {
		questionId: `q:${fact}`,
		generator: 'test-gen',
		kind: 'single',
		factKeys: [fact],
		concepts: opts.concepts ?? ['deep-processing'],
		lesson: { slug: opts.lesson ?? 'deep-processing', section: 'what-it-means' },
		response: { choice: 'a' },
		status,
		score: opts.score ?? SCORE[status]
	};
}

export function attempt(
	id: string,
	finishedAt: string,
	items: AttemptItem[],
	scope: QuizScope = { kind: 'lesson', lesson: 'deep-processing' }
): Attempt {
	const score = items.reduce((s, i) => s + i.score, 0);
	const end = Date.parse(finishedAt);
	return {
		id,
		scope,
		seed: 42,
		datasetVersion: 'abc123',
		mode: 'test',
		startedAt: new Date(end - 60_000).toISOString(),
		finishedAt,
		durationMs: 60_000,
		items,
		score,
		maxScore: items.length
	};
}

/** ISO time `minutes` after a fixed start, for readable clocks in tests. */
export function at(minutes: number): string {
	return new Date(Date.parse('2025-09-01T08:00:00.000Z') + minutes * 60_000).toISOString();
}

export const DAY = 24 * 60;

/** Freezes a value deeply, so a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}
