// One hand-made question of every kind, in the engine's shape, for the quiz view tests. Figures
// are from the course dataset (facts.md): Fufeng's corn plant in Zhambyl Region, $800 million.
import type { Question, QuestionOf } from '../../../src/lib/quiz/model.ts';

const base = {
	generator: 'test',
	factKeys: ['deal/fufeng-corn/region'],
	explanation: 'The plant is planned in Zhambyl Region. Source: Test source.',
	sources: ['S02'],
	concepts: ['deep-processing'],
	lesson: { slug: 'deep-processing', section: 'corn' },
	difficulty: 1 as const
};

export const single: QuestionOf<'single'> = {
	...base,
	id: 'test-single:fufeng',
	kind: 'single',
	prompt: 'Where is the Fufeng corn plant planned?',
	choices: [
		{ id: 'a', text: 'Zhambyl Region' },
		{ id: 'b', text: 'Akmola Region' },
		{ id: 'c', text: 'Turkistan Region' }
	],
	answer: 'a'
};

export const multi: QuestionOf<'multi'> = {
	...base,
	id: 'test-multi:products',
	kind: 'multi',
	factKeys: ['deal/fufeng-corn/products'],
	prompt: 'Which products does the Fufeng plant plan to make?',
	choices: [
		{ id: 'a', text: 'Lysine' },
		{ id: 'b', text: 'Amino acids' },
		{ id: 'c', text: 'Cotton yarn' }
	],
	answer: ['a', 'b']
};

export const trueFalse: QuestionOf<'true-false'> = {
	...base,
	id: 'test-tf:fufeng',
	kind: 'true-false',
	prompt: 'True or false? The Fufeng plant is planned in Zhambyl Region.',
	answer: true
};

export const numeric: QuestionOf<'numeric'> = {
	...base,
	id: 'test-numeric:fufeng',
	kind: 'numeric',
	factKeys: ['deal/fufeng-corn/investment'],
	prompt: 'How much investment was announced for the Fufeng plant?',
	answer: 800_000_000,
	unit: 'million US dollars',
	scale: 1_000_000,
	scaleWords: ['million', 'billion'],
	tolerance: { kind: 'relative', amount: 0.05 }
};

export const ordering: QuestionOf<'ordering'> = {
	...base,
	id: 'test-ordering:size',
	kind: 'ordering',
	factKeys: ['deal/a/investment', 'deal/b/investment', 'deal/c/investment'],
	prompt: 'Order these by investment, largest first.',
	choices: [
		{ id: 'a', text: 'Small plant' },
		{ id: 'b', text: 'Large plant' },
		{ id: 'c', text: 'Middle plant' }
	],
	answer: ['b', 'c', 'a']
};

export const matching: QuestionOf<'matching'> = {
	...base,
	id: 'test-matching:products',
	kind: 'matching',
	factKeys: ['deal/x/products', 'deal/y/products'],
	prompt: 'Match each product to its raw material.',
	items: [
		{ id: 'p1', text: 'Lysine' },
		{ id: 'p2', text: 'Gluten' }
	],
	choices: [
		{ id: 'a', text: 'Wheat' },
		{ id: 'b', text: 'Corn' }
	],
	answer: { p1: 'b', p2: 'a' }
};

export const regionPick: QuestionOf<'region-pick'> = {
	...base,
	id: 'test-region:fufeng',
	kind: 'region-pick',
	prompt: 'Choose the region where the Fufeng plant is planned.',
	regions: [
		{ id: 'zhambyl', name: 'Zhambyl Region', lat: 42.9, lon: 71.37 },
		{ id: 'akmola', name: 'Akmola Region', lat: 53.28, lon: 69.38 },
		{ id: 'turkistan', name: 'Turkistan Region', lat: 43.3, lon: 68.25 },
		{ id: 'east-kazakhstan', name: 'East Kazakhstan Region', lat: 49.95, lon: 82.6 }
	],
	answer: 'zhambyl'
};

export const ALL: Question[] = [single, multi, trueFalse, numeric, ordering, matching, regionPick];
