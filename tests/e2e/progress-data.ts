// A small, realistic progress document for the end-to-end tests and screenshots, built with the
// pure progress functions (so it is always valid for the current version).
import {
	applyAttempt,
	createProfile,
	emptyProgress,
	exportProgress,
	markLessonRead,
	type Attempt,
	type AttemptItem,
	type ItemStatus,
	type ProgressDoc
} from '../../src/lib/progress/index.ts';

const SCORE: Record<ItemStatus, number> = { correct: 1, partial: 0.5, wrong: 0, invalid: 0 };

function item(status: ItemStatus, fact: string, concepts: string[], lesson: string): AttemptItem {
	return {
		questionId: `e2e:${fact}`,
		generator: 'e2e',
		kind: 'single',
		factKeys: [fact],
		concepts,
		lesson: { slug: lesson },
		status,
		score: SCORE[status]
	};
}

function attempt(id: string, day: number, lesson: string, items: AttemptItem[]): Attempt {
	const finishedAt = new Date(Date.UTC(2025, 8, day, 9, 30)).toISOString();
	return {
		id,
		scope: { kind: 'lesson', lesson },
		seed: day,
		datasetVersion: 'e2e',
		mode: 'test',
		startedAt: new Date(Date.parse(finishedAt) - 200_000).toISOString(),
		finishedAt,
		durationMs: 200_000,
		items,
		score: items.reduce((s, i) => s + i.score, 0),
		maxScore: items.length
	};
}

/** One profile (`name`, id `profileId`) with a lesson read and three quizzes. */
export function sampleProgress(name = 'Aigerim', profileId = 'e2e-profile'): ProgressDoc {
	const created = createProfile(
		emptyProgress(),
		{ id: profileId, name },
		'2025-09-01T08:00:00.000Z'
	);
	if (!created.ok) throw new Error(created.error);
	let doc = markLessonRead(
		created.value,
		profileId,
		'the-astana-forum',
		'scrolled',
		'2025-09-01T09:00:00.000Z'
	);
	const forum = 'the-astana-forum';
	const deep = 'deep-processing';
	doc = applyAttempt(
		doc,
		profileId,
		attempt('e2e-a1', 2, forum, [
			item('correct', 'event/forum-2025/agreements', ['memorandum-of-understanding'], forum),
			item('wrong', 'event/forum-2025/totalValue', ['memorandum-of-understanding'], forum),
			item('wrong', 'deal/fufeng-corn/agreementType', ['investment-contract'], forum)
		]),
		'2025-09-02T09:30:00.000Z'
	);
	doc = applyAttempt(
		doc,
		profileId,
		attempt('e2e-a2', 4, forum, [
			item('correct', 'event/forum-2025/agreements', ['memorandum-of-understanding'], forum),
			item('correct', 'event/forum-2025/totalValue', ['memorandum-of-understanding'], forum),
			item('wrong', 'deal/fufeng-corn/agreementType', ['investment-contract'], forum)
		]),
		'2025-09-04T09:30:00.000Z'
	);
	doc = applyAttempt(
		doc,
		profileId,
		attempt('e2e-a3', 6, deep, [
			item('correct', 'deal/fufeng-corn/products', ['deep-processing'], deep),
			item('correct', 'deal/fufeng-corn/investment', ['deep-processing', 'value-added'], deep),
			item('partial', 'deal/fufeng-corn/region', ['deep-processing'], deep),
			item('correct', 'deal/fufeng-corn/rawMaterial', ['deep-processing'], deep)
		]),
		'2025-09-06T09:30:00.000Z'
	);
	return doc;
}

export const sampleExport = (name?: string, profileId?: string) =>
	exportProgress(sampleProgress(name, profileId), '2025-09-07T10:00:00.000Z');
