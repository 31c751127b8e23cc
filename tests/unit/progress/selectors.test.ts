import { describe, expect, it } from 'vitest';
import {
	applyAttempt,
	attemptHistory,
	conceptMastery,
	courseCompletion,
	createProfile,
	emptyProgress,
	lessonScores,
	markLessonRead,
	moduleMastery,
	scoreSeries,
	weakSpots,
	type ProgressDoc
} from '../../../src/lib/progress/index.ts';
import { at, attempt, item } from './make.ts';

const course = {
	modules: [
		{ id: 'the-deals', lessons: ['the-astana-forum', 'kinds-of-agreement'] },
		{ id: 'adding-value', lessons: ['deep-processing'] }
	],
	lessons: [
		{ slug: 'the-astana-forum', concepts: ['foreign-direct-investment'] },
		{
			slug: 'kinds-of-agreement',
			concepts: ['memorandum-of-understanding', 'investment-contract']
		},
		{ slug: 'deep-processing', concepts: ['deep-processing', 'value-chain'] }
	]
};

function doc(): ProgressDoc {
	const r = createProfile(emptyProgress(), { id: 'p', name: 'A' }, at(0));
	if (!r.ok) throw new Error(r.error);
	let d = r.value;
	const lesson = (slug: string) => ({ kind: 'lesson' as const, lesson: slug });
	d = applyAttempt(
		d,
		'p',
		attempt(
			'a1',
			at(10),
			[item('correct'), item('wrong'), item('wrong')],
			lesson('deep-processing')
		),
		at(10)
	);
	d = applyAttempt(
		d,
		'p',
		attempt(
			'a2',
			at(20),
			[item('correct'), item('correct'), item('correct')],
			lesson('deep-processing')
		),
		at(20)
	);
	d = applyAttempt(
		d,
		'p',
		attempt(
			'a3',
			at(30),
			[item('correct'), item('partial'), item('wrong')],
			lesson('deep-processing')
		),
		at(30)
	);
	d = applyAttempt(
		d,
		'p',
		attempt(
			'a4',
			at(40),
			[
				item('wrong', {
					fact: 'event/astana-forum-2025/agreements',
					concepts: ['foreign-direct-investment'],
					lesson: 'the-astana-forum'
				}),
				item('invalid', { fact: 'deal/tbea-energy/investment', concepts: ['energy-mix'] })
			],
			{ kind: 'module', module: 'the-deals' }
		),
		at(40)
	);
	d = markLessonRead(d, 'p', 'deep-processing', 'scrolled', at(5));
	d = markLessonRead(d, 'p', 'the-astana-forum', 'marked', at(6));
	return d;
}

describe('selectors', () => {
	it('gives best and latest score per lesson from its own quizzes', () => {
		const s = lessonScores(doc(), 'p');
		expect(Object.keys(s)).toEqual(['deep-processing']);
		expect(s['deep-processing']).toMatchObject({ attempts: 3, latestAt: at(30) });
		expect(s['deep-processing'].best).toBeCloseTo(1);
		expect(s['deep-processing'].latest).toBeCloseTo(1.5 / 3);
	});

	it('counts a lesson complete when read and passed', () => {
		const c = courseCompletion(doc(), 'p', course);
		expect(c).toMatchObject({ total: 3, read: 2, passed: 1, complete: 1 });
		expect(c.fraction).toBeCloseTo(1 / 3);
		expect(c.lessons.map((l) => l.complete)).toEqual([false, false, true]);
		expect(courseCompletion(doc(), 'nobody', course).complete).toBe(0);
	});

	it('scores modules by the mastery of their concepts', () => {
		const m = moduleMastery(doc(), 'p', course);
		expect(m.map((x) => x.moduleId)).toEqual(['the-deals', 'adding-value']);
		expect(m[0].concepts).toEqual([
			{ concept: 'foreign-direct-investment', level: 'attempted' },
			{ concept: 'memorandum-of-understanding', level: 'not-started' },
			{ concept: 'investment-contract', level: 'not-started' }
		]);
		expect(m[0].fraction).toBe(0);
		// deep-processing: last 5 answers 1,1,1,0.5,0 → mean 0.7 → familiar (50 of 200 points)
		expect(m[1].points).toBe(50);
		expect(m[1].fraction).toBeCloseTo(0.25);
	});

	it('lists concept mastery highest level first', () => {
		const c = conceptMastery(doc(), 'p');
		expect(c.map((x) => [x.concept, x.level])).toEqual([
			['deep-processing', 'familiar'],
			['foreign-direct-investment', 'attempted']
		]);
		expect(c[0].recentAccuracy).toBeCloseTo(0.7);
	});

	it('gives history newest first and scores over time oldest first', () => {
		const d = doc();
		expect(attemptHistory(d, 'p').map((a) => a.id)).toEqual(['a4', 'a3', 'a2', 'a1']);
		const series = scoreSeries(d, 'p');
		expect(series.map((s) => s.at)).toEqual([at(10), at(20), at(30), at(40)]);
		expect(series[1].fraction).toBe(1);
		expect(scoreSeries(d, 'p', { scopes: ['module'] }).map((s) => s.attemptId)).toEqual(['a4']);
	});

	it('ranks weak spots by misses, ignoring invalid answers', () => {
		const w = weakSpots(doc(), 'p');
		expect(w.concepts.map((c) => c.key)).toEqual(['deep-processing', 'foreign-direct-investment']);
		expect(w.concepts[0]).toMatchObject({ answered: 9, missed: 3.5, lastStatus: 'wrong' });
		expect(w.facts.map((f) => f.key)).toEqual([
			'deal/fufeng-corn/investment',
			'event/astana-forum-2025/agreements'
		]);
		expect(w.facts[1].lesson.slug).toBe('the-astana-forum');
		expect(weakSpots(doc(), 'p', { limit: 1 }).facts).toHaveLength(1);
	});
});
