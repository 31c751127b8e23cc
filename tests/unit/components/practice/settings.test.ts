import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	clockText,
	COUNT_DEFAULT,
	DEFAULT_SETTINGS,
	durationWords,
	parsePracticeQuery,
	practiceQuery,
	timeLeft,
	type PracticeSettings
} from '../../../../src/lib/components/practice/settings.ts';

const known = {
	lessons: ['deep-processing', 'belt-and-road', 'energy-and-coal'],
	concepts: ['deep-processing', 'import-substitution', 'special-economic-zone']
};
const parse = (q: string) => parsePracticeQuery(new URLSearchParams(q), known);

describe('parsePracticeQuery', () => {
	it('gives the defaults and no message for an empty query', () => {
		expect(parse('')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
	});

	it('reads every setting', () => {
		const { settings, problems } = parse(
			'lesson=belt-and-road&lesson=deep-processing&concept=import-substitution&fact=deal%2Ffufeng-corn%2Finvestment&count=7&difficulty=3&minutes=5&mode=test&seed=42'
		);
		expect(problems).toEqual([]);
		expect(settings).toEqual({
			lessons: ['belt-and-road', 'deep-processing'],
			concepts: ['import-substitution'],
			facts: ['deal/fufeng-corn/investment'],
			count: 7,
			difficulty: 3,
			minutes: 5,
			mode: 'test',
			seed: 42
		});
	});

	it('leaves out unknown lessons and topics, naming them', () => {
		const { settings, problems } = parse('lesson=nope&lesson=belt-and-road&concept=x&concept=y');
		expect(settings.lessons).toEqual(['belt-and-road']);
		expect(settings.concepts).toEqual([]);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('"nope"');
		expect(problems[1]).toContain('"x" and "y"');
	});

	it.each([
		['count=0', 'number of questions'],
		['count=31', 'number of questions'],
		['count=ten', 'number of questions'],
		['count=2.5', 'number of questions'],
		['difficulty=4', 'difficulty'],
		['minutes=-3', 'time limit'],
		['minutes=500', 'time limit'],
		['mode=exam', 'mode'],
		['seed=abc', 'question set']
	])('a bad value (%s) falls back to its default with a message', (query, words) => {
		const { settings, problems } = parse(query);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(words);
		expect(settings.count).toBe(COUNT_DEFAULT);
		expect(settings.difficulty).toBeUndefined();
		expect(settings.minutes).toBeUndefined();
		expect(settings.mode).toBe('practice');
		expect(settings.seed).toBeUndefined();
	});

	it('treats "any" difficulty and "none" time limit as the defaults, without a message', () => {
		expect(parse('difficulty=any&minutes=none')).toEqual({
			settings: DEFAULT_SETTINGS,
			problems: []
		});
	});

	it('drops repeated and empty values', () => {
		const { settings } = parse('lesson=belt-and-road&lesson=belt-and-road&fact=&fact=a/b');
		expect(settings.lessons).toEqual(['belt-and-road']);
		expect(settings.facts).toEqual(['a/b']);
	});

	it('never throws, whatever the query', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 12 }), (pairs) => {
				const r = parsePracticeQuery(new URLSearchParams(pairs), known);
				expect(r.settings.count).toBeGreaterThanOrEqual(1);
				expect(r.settings.count).toBeLessThanOrEqual(30);
			})
		);
	});
});

describe('practiceQuery', () => {
	const settingsArb: fc.Arbitrary<PracticeSettings> = fc.record(
		{
			lessons: fc.uniqueArray(fc.constantFrom(...known.lessons)),
			concepts: fc.uniqueArray(fc.constantFrom(...known.concepts)),
			facts: fc.uniqueArray(
				fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
				{ maxLength: 5 }
			),
			count: fc.integer({ min: 1, max: 30 }),
			difficulty: fc.constantFrom(1 as const, 2 as const, 3 as const),
			minutes: fc.integer({ min: 1, max: 120 }),
			mode: fc.constantFrom('practice' as const, 'test' as const),
			seed: fc.integer({ min: 0, max: 2_147_483_647 })
		},
		{ requiredKeys: ['lessons', 'concepts', 'facts', 'count', 'mode'] }
	);

	it('round-trips through the URL', () => {
		fc.assert(
			fc.property(settingsArb, (s) => {
				const back = parsePracticeQuery(new URLSearchParams(practiceQuery(s)), known);
				expect(back.problems).toEqual([]);
				expect(back.settings).toEqual(s);
			})
		);
	});

	it('leaves defaults out of the query', () => {
		expect(practiceQuery(DEFAULT_SETTINGS)).toBe('');
		expect(practiceQuery({ ...DEFAULT_SETTINGS, count: 5 })).toBe('count=5');
	});
});

describe('time limit', () => {
	it('counts down in whole seconds and warns in the last minute', () => {
		const limit = 5 * 60_000;
		expect(timeLeft(0, limit, 0)).toEqual({ seconds: 300, warning: false, over: false });
		expect(timeLeft(0, limit, 239_500).warning).toBe(false);
		expect(timeLeft(0, limit, 240_000)).toEqual({ seconds: 60, warning: true, over: false });
		expect(timeLeft(0, limit, 300_000)).toEqual({ seconds: 0, warning: true, over: true });
		expect(timeLeft(0, limit, 999_999).seconds).toBe(0);
	});

	it('warns in the last quarter of a short limit', () => {
		expect(timeLeft(0, 120_000, 89_000).warning).toBe(false);
		expect(timeLeft(0, 120_000, 90_000).warning).toBe(true);
	});

	it('shows the time as a clock and in words', () => {
		expect(clockText(245)).toBe('4:05');
		expect(clockText(0)).toBe('0:00');
		expect(durationWords(245)).toBe('4 minutes and 5 seconds');
		expect(durationWords(60)).toBe('1 minute');
		expect(durationWords(0)).toBe('0 seconds');
	});
});
