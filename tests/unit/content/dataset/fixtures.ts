// Reads dataset fixtures from tests/fixtures into the { "content/data/<file>": text } shape
// loadDataset takes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures');

export function readDataDir(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(dir))
		if (name !== 'expected.txt') files[`content/data/${name}`] = readFileSync(join(dir, name), 'utf8');
	return files;
}

export const smallDataset = () => readDataDir(join(FIXTURES, 'data-small'));

export function brokenCases(): { name: string; files: Record<string, string>; expected: string[] }[] {
	const root = join(FIXTURES, 'data-broken');
	return readdirSync(root)
		.sort()
		.map((name) => {
			const dir = join(root, name);
			const expectedFile = join(dir, 'expected.txt');
			return {
				name,
				files: { ...smallDataset(), ...readDataDir(dir) },
				expected: existsSync(expectedFile)
					? readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean)
					: []
			};
		});
}

/** The real dataset in content/data. */
export function realDataset(): Record<string, string> {
	return readDataDir(join(import.meta.dirname, '../../../../content/data'));
}
