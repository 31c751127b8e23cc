// Checks of generated wording and pairing against the real dataset in content/data.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/content/dataset/index.ts';
import { generatorById } from '../../../src/lib/quiz/generators/index.ts';
import { isDecline } from '../../../src/lib/quiz/outcome.ts';
import { streamFor } from '../../../src/lib/quiz/rng.ts';
import { readContentFiles } from '../../../scripts/content-files.ts';

const dataset = loadDataset(readContentFiles()).dataset!;

function sample(generatorId: string, seeds = 200) {
	const g = generatorById(generatorId)!;
	const out = [];
	for (let s = 0; s < seeds; s++) {
		const q = g.generate(dataset, streamFor(s, 0));
		if (!isDecline(q)) out.push(q);
	}
	return out;
}

describe('trade-reporter on the real data', () => {
	it('only ever compares total bilateral trade figures of the same year', () => {
		const questions = sample('trade-reporter');
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) {
			const indicators = q.factKeys.map((k) =>
				dataset.indicators.find((i) => `indicator/${i.id}` === k)
			);
			expect(
				indicators.every((i) => i?.measure === 'bilateral-trade'),
				q.id
			).toBe(true);
			expect(new Set(indicators.map((i) => i?.fact.year)).size, q.id).toBe(1);
		}
	});
});

describe('forum-facts wording', () => {
	it('never puts "the" before a possessive name', () => {
		for (const q of sample('forum-facts', 400)) {
			expect(q.prompt, q.id).not.toMatch(/\bthe [A-Z][\w ]*'s /);
			expect(q.explanation, q.id).not.toMatch(/\bThe [A-Z][\w ]*'s /);
		}
	});
});

describe('questionFor on the real data', () => {
	it('always returns a question that tests the fact it was asked about', async () => {
		const { questionFor } = await import('../../../src/lib/quiz/quiz.ts');
		const keys = Object.keys(dataset.facts).filter((k) => !k.startsWith('region/'));
		let served = 0;
		for (const key of keys) {
			for (const seed of [1, 2, 3]) {
				const q = questionFor(dataset, key, seed);
				if (!q) continue;
				served++;
				expect(q.factKeys, `${key} (seed ${seed}) got ${q.id}`).toContain(key);
			}
		}
		expect(served).toBeGreaterThan(50);
	});
});
