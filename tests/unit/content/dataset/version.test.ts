import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetVersion, loadDataset } from '../../../../src/lib/content/dataset/index.ts';
import { smallDataset } from './fixtures.ts';

const fileMap = fc.dictionary(
	fc.stringMatching(/^[a-z]{1,8}\.yaml$/).map((n) => `content/data/${n}`),
	fc.string(),
	{ minKeys: 1, maxKeys: 5 }
);

describe('datasetVersion', () => {
	it('is 8 hex digits and ignores the order files are given in', () => {
		fc.assert(
			fc.property(fileMap, (files) => {
				const reversed = Object.fromEntries(Object.entries(files).reverse());
				expect(datasetVersion(files)).toMatch(/^[0-9a-f]{8}$/);
				expect(datasetVersion(reversed)).toBe(datasetVersion(files));
			})
		);
	});
	it('changes when any file changes', () => {
		fc.assert(
			fc.property(fileMap, fc.string({ minLength: 1 }), (files, extra) => {
				const [name] = Object.keys(files);
				expect(datasetVersion({ ...files, [name]: files[name] + extra })).not.toBe(
					datasetVersion(files)
				);
			})
		);
	});
	it('ignores files outside content/data and Windows line endings', () => {
		const files = { 'content/data/a.yaml': 'x: 1\ny: 2\n' };
		const v = datasetVersion(files);
		expect(datasetVersion({ ...files, 'content/lessons/01-a.md': 'hi' })).toBe(v);
		expect(datasetVersion({ 'content/data/a.yaml': 'x: 1\r\ny: 2\r\n' })).toBe(v);
	});
	it('is the version the loaded dataset carries', () => {
		const files = smallDataset();
		expect(loadDataset(files).dataset?.version).toBe(datasetVersion(files));
	});
});
