import { describe, expect, it } from 'vitest';
import { correctResponse, grade } from '../../../src/lib/quiz/grade.ts';
import { questionSchema, type Question } from '../../../src/lib/quiz/model.ts';

const base = {
	generator: 'test',
	prompt: 'A question?',
	factKeys: ['deal/x/y'],
	explanation: 'Because. Source: S.',
	sources: ['S02'],
	concepts: [],
	lesson: { slug: 'deep-processing' },
	difficulty: 1
};
const make = (q: Record<string, unknown>): Question => questionSchema.parse({ ...base, ...q });
const abc = [
	{ id: 'a', text: 'A' },
	{ id: 'b', text: 'B' },
	{ id: 'c', text: 'C' },
	{ id: 'd', text: 'D' }
];

const single = make({ id: 't:single', kind: 'single', choices: abc, answer: 'b' });
const multi = make({ id: 't:multi', kind: 'multi', choices: abc, answer: ['a', 'c'] });
const tf = make({ id: 't:tf', kind: 'true-false', answer: false });
const numeric = make({
	id: 't:num',
	kind: 'numeric',
	answer: 800e6,
	unit: 'million US dollars',
	scale: 1e6,
	tolerance: { kind: 'relative', amount: 0.02 }
});
const ordering = make({
	id: 't:ord',
	kind: 'ordering',
	choices: abc,
	answer: ['c', 'a', 'd', 'b']
});
const matching = make({
	id: 't:match',
	kind: 'matching',
	items: [
		{ id: 'p1', text: 'Lysine' },
		{ id: 'p2', text: 'Gluten' },
		{ id: 'p3', text: 'Yarn' }
	],
	choices: abc.slice(0, 3),
	answer: { p1: 'a', p2: 'b', p3: 'c' }
});
const regionPick = make({
	id: 't:rp',
	kind: 'region-pick',
	regions: [
		{ id: 'zhambyl', name: 'Zhambyl Region', lat: 42.9, lon: 71.4 },
		{ id: 'akmola', name: 'Akmola Region', lat: 53.3, lon: 69.4 }
	],
	answer: 'zhambyl'
});
const all = [single, multi, tf, numeric, ordering, matching, regionPick];

describe('grade', () => {
	it.each(all.map((q) => [q.kind, q] as const))(
		'gives full marks to the key of a %s question',
		(_, q) => {
			expect(grade(q, correctResponse(q))).toMatchObject({ status: 'correct', score: 1 });
		}
	);

	it('marks a wrong single choice, region or true/false as wrong', () => {
		expect(grade(single, { kind: 'single', choice: 'a' })).toMatchObject({
			status: 'wrong',
			score: 0
		});
		expect(grade(regionPick, { kind: 'region-pick', region: 'akmola' }).status).toBe('wrong');
		expect(grade(tf, { kind: 'true-false', value: true }).status).toBe('wrong');
	});

	it('gives partial credit for multiple select and subtracts wrong picks', () => {
		const half = grade(multi, { kind: 'multi', choices: ['a'] });
		expect(half.status).toBe('partial');
		expect(half.score).toBeCloseTo(0.5);
		expect(grade(multi, { kind: 'multi', choices: ['a', 'c', 'b'] }).score).toBeCloseTo(0.5);
		expect(grade(multi, { kind: 'multi', choices: ['b', 'd'] })).toMatchObject({
			status: 'wrong',
			score: 0
		});
		expect(grade(multi, { kind: 'multi', choices: ['a', 'b', 'c', 'd'] }).score).toBeLessThan(1);
	});

	it('gives ordering credit by pairs in order', () => {
		const reversed = grade(ordering, { kind: 'ordering', order: ['b', 'd', 'a', 'c'] });
		expect(reversed).toMatchObject({ status: 'wrong', score: 0 });
		const oneSwap = grade(ordering, { kind: 'ordering', order: ['a', 'c', 'd', 'b'] });
		expect(oneSwap.status).toBe('partial');
		expect(oneSwap.score).toBeCloseTo(5 / 6);
	});

	it('gives matching credit per pair', () => {
		const r = grade(matching, { kind: 'matching', pairs: { p1: 'a', p2: 'c', p3: 'b' } });
		expect(r.status).toBe('partial');
		expect(r.score).toBeCloseTo(1 / 3);
	});

	it.each(['800', '800 million', '0.8 billion', '$800m', '810', 'US$ 800 mln'])(
		'accepts %j for 800 million within 2%',
		(text) => expect(grade(numeric, { kind: 'numeric', text }).status).toBe('correct')
	);

	it.each(['8000', '80', '850 million', '8 billion'])('rejects %j for 800 million', (text) =>
		expect(grade(numeric, { kind: 'numeric', text }).status).toBe('wrong')
	);

	it.each([
		['empty single', single, { kind: 'single', choice: '' }],
		['unknown choice', single, { kind: 'single', choice: 'z' }],
		['empty multi', multi, { kind: 'multi', choices: [] }],
		['repeated multi', multi, { kind: 'multi', choices: ['a', 'a'] }],
		['unreadable number', numeric, { kind: 'numeric', text: 'lots' }],
		['empty number', numeric, { kind: 'numeric', text: '' }],
		['short ordering', ordering, { kind: 'ordering', order: ['a', 'b'] }],
		['repeated ordering', ordering, { kind: 'ordering', order: ['a', 'a', 'b', 'c'] }],
		['half matching', matching, { kind: 'matching', pairs: { p1: 'a' } }],
		['empty matching', matching, { kind: 'matching', pairs: {} }],
		['unknown region', regionPick, { kind: 'region-pick', region: 'mars' }],
		['wrong kind', single, { kind: 'true-false', value: true }],
		['not an object', single, 'b'],
		['missing field', tf, { kind: 'true-false' }]
	] as const)('calls %s invalid, with a message, not wrong', (_, q, response) => {
		const r = grade(q, response);
		expect(r.status).toBe('invalid');
		expect(r.score).toBe(0);
		expect(r.message).toMatch(/\w{3,}/);
	});

	it('says which unit a numeric answer expects when input is unreadable', () => {
		expect(grade(numeric, { kind: 'numeric', text: 'lots' }).message).toContain(
			'million US dollars'
		);
	});
});

describe('readResponse', () => {
	it('accepts exactly what responseSchema accepts', async () => {
		const fc = (await import('fast-check')).default;
		const { readResponse } = await import('../../../src/lib/quiz/grade.ts');
		const { responseSchema } = await import('../../../src/lib/quiz/model.ts');
		const kinds = [
			'single',
			'multi',
			'true-false',
			'numeric',
			'ordering',
			'matching',
			'region-pick',
			'x'
		];
		const field = fc.constantFrom('choice', 'choices', 'value', 'text', 'order', 'pairs', 'region');
		const value = fc.oneof(
			fc.string(),
			fc.boolean(),
			fc.array(fc.string()),
			fc.dictionary(fc.string(), fc.string()),
			fc.integer(),
			fc.constant(null)
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...kinds),
				fc.dictionary(field, value, { maxKeys: 2 }),
				(kind, rest) => {
					const x = { kind, ...rest };
					expect(readResponse(x) !== undefined).toBe(responseSchema.safeParse(x).success);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
