// The --check harness: runs every generator over many seeds and verifies each item it builds.
// An item passes when it fits its schema, the key earns full marks, every other response (each
// distractor, every other subset, order or matching) earns less, no two choices read the same,
// and the explanation names a source. Pure: must not import Svelte, $app or browser globals.
import { sourceTitle, type Dataset } from './data.ts';
import { correctResponse, grade } from './grade.ts';
import { GENERATORS, type Generator } from './generators/index.ts';
import { questionSchema, type Question, type Response } from './model.ts';
import { isDecline } from './outcome.ts';
import { streamFor } from './rng.ts';

export interface GeneratorReport {
	id: string;
	items: number;
	distinct: number;
	declines: number;
	failures: string[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function permutations<T>(xs: T[]): T[][] {
	if (xs.length <= 1) return [xs];
	return xs.flatMap((x, i) =>
		permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])
	);
}

/** Every response other than the key, for kinds where they can be listed. */
function alternatives(q: Question): Response[] {
	switch (q.kind) {
		case 'single':
			return q.choices
				.filter((c) => c.id !== q.answer)
				.map((c) => ({ kind: 'single', choice: c.id }));
		case 'region-pick':
			return q.regions
				.filter((r) => r.id !== q.answer)
				.map((r) => ({ kind: 'region-pick', region: r.id }));
		case 'true-false':
			return [{ kind: 'true-false', value: !q.answer }];
		case 'multi': {
			const out: Response[] = [];
			const n = q.choices.length;
			const key = [...q.answer].sort().join('|');
			for (let mask = 1; mask < 1 << n; mask++) {
				const picked = q.choices.filter((_, i) => mask & (1 << i)).map((c) => c.id);
				if (picked.slice().sort().join('|') !== key) out.push({ kind: 'multi', choices: picked });
			}
			return out;
		}
		case 'ordering': {
			const key = q.answer.join('|');
			return permutations(q.answer)
				.filter((p) => p.join('|') !== key)
				.map((order) => ({ kind: 'ordering', order }));
		}
		case 'matching': {
			const out: Response[] = [];
			const ids = q.choices.map((c) => c.id);
			const total = ids.length ** q.items.length;
			for (let n = 0; n < total; n++) {
				const pairs: Record<string, string> = {};
				let x = n;
				for (const it of q.items) {
					pairs[it.id] = ids[x % ids.length];
					x = Math.floor(x / ids.length);
				}
				if (q.items.some((it) => pairs[it.id] !== q.answer[it.id]))
					out.push({ kind: 'matching', pairs });
			}
			return out;
		}
		case 'numeric': {
			const tol =
				q.tolerance.kind === 'relative'
					? Math.abs(q.answer) * q.tolerance.amount
					: q.tolerance.amount;
			const outside = [
				q.answer + tol * 2 + Math.abs(q.answer) * 0.01 + 1,
				q.answer * 10,
				q.answer / 10
			];
			return outside.map((v) => ({ kind: 'numeric', text: String(v / q.scale) }));
		}
	}
}

/** Problems with one item; empty when it passes. */
export function verifyQuestion(q: Question, ds?: Dataset): string[] {
	const problems: string[] = [];
	const parsed = questionSchema.safeParse(q);
	if (!parsed.success)
		return [
			`does not fit the question schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		];
	const key = grade(q, correctResponse(q));
	if (key.status !== 'correct' || key.score !== 1)
		problems.push(`the key scores ${key.score} (${key.status})`);
	for (const alt of alternatives(q)) {
		const g = grade(q, alt);
		if (g.score >= 1)
			problems.push(`another answer also scores full marks: ${JSON.stringify(alt)}`);
		if (g.status === 'invalid')
			problems.push(`a well-formed answer was graded invalid: ${JSON.stringify(alt)}`);
	}
	const texts =
		'choices' in q
			? q.choices.map((c) => norm(c.text))
			: 'regions' in q
				? q.regions.map((r) => norm(r.name))
				: [];
	if (new Set(texts).size !== texts.length) problems.push('two choices read the same');
	if ('choices' in q && new Set(q.choices.map((c) => c.id)).size !== q.choices.length)
		problems.push('two choices share an id');
	if (q.kind === 'matching' && new Set(q.items.map((c) => norm(c.text))).size !== q.items.length)
		problems.push('two items read the same');
	const titles = q.sources.map((s) => (ds ? sourceTitle(ds, s) : s));
	if (!titles.some((t) => q.explanation.includes(t)))
		problems.push('the explanation does not name a source');
	if (/\b(all|none) of the above\b/i.test(JSON.stringify(q)))
		problems.push('uses "all/none of the above"');
	return problems;
}

export function checkGenerator(g: Generator, ds: Dataset, seeds = 1000): GeneratorReport {
	const ids = new Set<string>();
	let items = 0;
	let declines = 0;
	const failures: string[] = [];
	for (let seed = 0; seed < seeds; seed++) {
		const q = g.generate(ds, streamFor(seed, g.id));
		if (isDecline(q)) {
			declines++;
			continue;
		}
		items++;
		ids.add(q.id);
		for (const p of verifyQuestion(q, ds))
			if (failures.length < 20) failures.push(`seed ${seed}, ${q.id}: ${p}`);
	}
	return { id: g.id, items, distinct: ids.size, declines, failures };
}

export function checkAll(
	ds: Dataset,
	seeds = 1000,
	generators: readonly Generator[] = GENERATORS
): GeneratorReport[] {
	return generators.map((g) => checkGenerator(g, ds, seeds));
}
