import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contentGuard } from '../../../scripts/vite-content-guard.ts';

const broken = 'tests/fixtures/content-broken';
const expected = 'content/lessons/03-sez.md: objectives: expected a list of strings';

function run(args: string[]) {
	try {
		return {
			code: 0,
			out: execFileSync('npx', ['tsx', ...args], { encoding: 'utf8', stdio: 'pipe' })
		};
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { code: err.status, out: err.stdout + err.stderr };
	}
}

describe('npm run validate', () => {
	it('passes on the real content and prints a summary per record type', () => {
		const r = run(['scripts/validate.ts']);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^lessons\s+\d+$/m);
		expect(r.out).toMatch(/Content is valid\./);
	});

	it('fails on broken frontmatter, naming the file and the field', () => {
		const r = run(['scripts/validate.ts', broken]);
		expect(r.code).not.toBe(0);
		expect(r.out).toContain(expected);
	});
});

describe('the build', () => {
	it('stops on the same problem with the same message', () => {
		const plugin = contentGuard(broken);
		const errors: string[] = [];
		const context = {
			error(message: string): never {
				errors.push(message);
				throw new Error(message);
			}
		};
		const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
		const saved = process.env.VITEST;
		delete process.env.VITEST;
		try {
			expect(() => buildStart.call(context)).toThrow(expected);
		} finally {
			process.env.VITEST = saved;
		}
		expect(errors).toHaveLength(1);
	});
});
