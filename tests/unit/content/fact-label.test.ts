import { describe, expect, it } from 'vitest';
import { factLabel, factNames } from '../../../src/lib/content/fact-label.ts';
import { loadDataset } from '../../../src/lib/content/dataset/index.ts';
import { readdirSync, readFileSync } from 'node:fs';

function realDataset() {
	const dir = new URL('../../../content/data/', import.meta.url);
	const files: Record<string, string> = {};
	for (const name of readdirSync(dir)) files[`content/data/${name}`] = readFileSync(new URL(name, dir), 'utf8');
	const r = loadDataset(files);
	if (!r.dataset) throw new Error(r.issues.map((i) => i.message).join('; '));
	return r.dataset;
}

describe('factLabel', () => {
	const names = {
		'deal/fufeng-corn': 'Corn deep-processing plant',
		'deal/fufeng-corn/capacity/starch': 'corn starch',
		'indicator/trade-2024': 'Trade between China and Kazakhstan in 2024'
	};

	it('names a record field in words', () => {
		expect(factLabel('deal/fufeng-corn/investment', names)).toBe(
			'Corn deep-processing plant: investment'
		);
		expect(factLabel('deal/fufeng-corn/agreementType', names)).toBe(
			'Corn deep-processing plant: kind of agreement'
		);
	});

	it('names a list item with its own label', () => {
		expect(factLabel('deal/fufeng-corn/capacity/starch', names)).toBe(
			'Corn deep-processing plant: capacity (corn starch)'
		);
	});

	it('uses the whole label of an indicator', () => {
		expect(factLabel('indicator/trade-2024', names)).toBe(
			'Trade between China and Kazakhstan in 2024'
		);
	});

	it('returns an unknown key unchanged', () => {
		expect(factLabel('deal/no-such-deal/investment', names)).toBe('deal/no-such-deal/investment');
		expect(factLabel('indicator/nothing', names)).toBe('indicator/nothing');
	});
});

describe('factNames on the real dataset', () => {
	it('gives every fact key of the dataset a label that is not the raw key', () => {
		const dataset = realDataset();
		const names = factNames(dataset);
		const raw = Object.keys(dataset.facts).filter((k) => factLabel(k, names) === k);
		expect(raw).toEqual([]);
		const unknownField = Object.keys(dataset.facts).filter((k) => {
			const field = k.split('/')[2];
			return field !== undefined && factLabel(k, names).endsWith(`: ${field}`) && /[A-Z]/.test(field);
		});
		expect(unknownField).toEqual([]);
	});
});
