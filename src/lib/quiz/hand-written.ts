// Hand-written questions: content/questions/<lesson-slug>.yaml, a list of questions validated with
// the same schema as generated ones, plus checks that the lesson matches the file and that ids,
// sources and concepts exist. Pure: returns issues, never throws on file input.
import { parse as parseYaml } from 'yaml';
import type { ContentIssue } from '../content/issues.ts';
import { fromZodIssues } from '../content/issues.ts';
import type { Dataset } from './data.ts';
import { questionSchema, type Question } from './model.ts';
import { verifyQuestion } from './check.ts';

export const QUESTIONS_DIR = 'content/questions/';

export interface KnownIds {
	lessons: ReadonlySet<string>;
	sources: ReadonlySet<string>;
	concepts: ReadonlySet<string>;
	factKeys?: ReadonlySet<string>;
	/** to check that explanations name a source by its title */
	dataset?: Dataset;
}

export function loadHandWritten(
	files: Record<string, string>,
	known: KnownIds
): { questions: Question[]; issues: ContentIssue[] } {
	const questions: Question[] = [];
	const issues: ContentIssue[] = [];
	const seen = new Set<string>();
	for (const [file, text] of Object.entries(files)) {
		if (!file.startsWith(QUESTIONS_DIR) || !/\.ya?ml$/.test(file)) continue;
		const slug = file.slice(QUESTIONS_DIR.length).replace(/\.ya?ml$/, '');
		if (!known.lessons.has(slug))
			issues.push({ file, message: `no lesson "${slug}": name the file after a lesson slug` });
		let data: unknown;
		try {
			data = parseYaml(text);
		} catch (e) {
			issues.push({ file, message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
			continue;
		}
		if (!Array.isArray(data)) {
			issues.push({ file, message: 'expected a list of questions' });
			continue;
		}
		data.forEach((raw, i) => {
			const record = typeof raw?.id === 'string' ? raw.id : `#${i + 1}`;
			const withDefaults = { generator: 'hand-written', lesson: { slug }, ...raw };
			const parsed = questionSchema.safeParse(withDefaults);
			if (!parsed.success) {
				issues.push(...fromZodIssues(file, parsed.error.issues, record));
				return;
			}
			const q = parsed.data;
			const add = (field: string, message: string) => issues.push({ file, record, field, message });
			if (seen.has(q.id)) add('id', `duplicate question id "${q.id}"`);
			seen.add(q.id);
			if (q.lesson.slug !== slug) add('lesson.slug', `expected "${slug}" (the file's lesson)`);
			q.sources.forEach(
				(s, j) => !known.sources.has(s) && add(`sources.${j}`, `unknown source "${s}"`)
			);
			q.concepts.forEach(
				(c, j) => !known.concepts.has(c) && add(`concepts.${j}`, `unknown concept "${c}"`)
			);
			if (known.factKeys)
				q.factKeys.forEach(
					(k, j) => !known.factKeys!.has(k) && add(`factKeys.${j}`, `unknown fact key "${k}"`)
				);
			for (const p of verifyQuestion(q, known.dataset)) add('answer', p);
			questions.push(q);
		});
	}
	return { questions, issues };
}
