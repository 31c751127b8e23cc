import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../../src/lib/content/course.ts';
import { formatIssue } from '../../../src/lib/content/issues.ts';
import { validateCourse } from '../../../src/lib/content/validate.ts';

const lesson = (title: string, body = 'Some words.') => `---
title: ${title}
summary: A summary.
objectives:
  - Explain something.
---

## First section

${body}
`;

const outline = (lessons: string[][]) =>
	[
		'title: Corridor',
		'tagline: A course.',
		'modules:',
		...lessons.flatMap((ls, i) => [
			`  - id: m${i + 1}`,
			`    title: Module ${i + 1}`,
			`    summary: About module ${i + 1}.`,
			'    lessons:',
			...ls.map((l) => `      - ${l}`)
		])
	].join('\n');

const files = (extra: Record<string, string> = {}) => ({
	'content/course.yaml': outline([['alpha', 'beta'], ['gamma']]),
	'content/lessons/01-alpha.md': lesson('Alpha'),
	'content/lessons/02-beta.md': lesson('Beta'),
	'content/lessons/03-gamma.md': lesson('Gamma'),
	...extra
});

const messages = (f: Record<string, string>) =>
	validateCourse(f, new Set(['/', '/about'])).issues.map(formatIssue);

describe('buildCourse', () => {
	it('orders lessons by course.yaml and links previous and next across modules', () => {
		const { course, issues } = buildCourse(files());
		expect(issues).toEqual([]);
		expect(course!.lessons.map((l) => [l.slug, l.moduleId, l.prev?.slug, l.next?.slug])).toEqual([
			['alpha', 'm1', undefined, 'beta'],
			['beta', 'm1', 'alpha', 'gamma'],
			['gamma', 'm2', 'beta', undefined]
		]);
	});

	it('follows course.yaml, not file numbers', () => {
		const f = files({ 'content/course.yaml': outline([['gamma', 'alpha'], ['beta']]) });
		expect(buildCourse(f).course!.lessons.map((l) => l.slug)).toEqual(['gamma', 'alpha', 'beta']);
	});

	it('rejects two lessons with the same slug', () => {
		expect(messages(files({ 'content/lessons/04-alpha.md': lesson('Another alpha') }))).toContain(
			'content/lessons/04-alpha.md: slug "alpha" is already used by content/lessons/01-alpha.md; each lesson needs its own slug'
		);
	});

	it('rejects a lesson missing from course.yaml, and one listed but absent', () => {
		expect(messages(files({ 'content/lessons/04-delta.md': lesson('Delta') }))).toContain(
			'content/lessons/04-delta.md: lesson "delta" is not listed in content/course.yaml; add it to a module'
		);
		const f = files({ 'content/course.yaml': outline([['alpha', 'beta', 'omega'], ['gamma']]) });
		expect(messages(f)).toContain(
			'content/course.yaml: modules.0.lessons.2: lesson "omega" is listed but no file content/lessons/NN-omega.md exists'
		);
	});

	it('names the field when course.yaml is malformed', () => {
		const f = files({ 'content/course.yaml': 'title: Corridor\ntagline: x\nmodules: nope' });
		expect(messages(f)).toEqual(['content/course.yaml: modules: expected a list of modules']);
	});
});

describe('lesson links', () => {
	it('accepts relative links to pages and lessons', () => {
		const f = files({ 'content/lessons/01-alpha.md': lesson('Alpha', 'See [beta](./beta) and [about](../about).') });
		expect(messages(f)).toEqual([]);
	});

	it('rejects a link to a page that does not exist, and root-absolute links', () => {
		const f = files({
			'content/lessons/01-alpha.md': lesson('Alpha', 'See [x](./nowhere) and [y](/about).')
		});
		expect(messages(f)).toEqual([
			'content/lessons/01-alpha.md: body: link "./nowhere" points to /lessons/nowhere, which is not a page of the site',
			'content/lessons/01-alpha.md: body: link "/about" starts with "/", which breaks when the site is hosted under a sub-path; write it relative, e.g. "../glossary" or "./other-lesson"'
		]);
	});
});

describe('problem reports', () => {
	it('report a broken lesson once, without a knock-on "missing lesson" error', () => {
		const f = files({
			'content/lessons/02-beta.md': lesson('Beta').replace('objectives:\n  - Explain something.', 'objectives: x')
		});
		expect(messages(f)).toEqual(['content/lessons/02-beta.md: objectives: expected a list of strings']);
	});
});
