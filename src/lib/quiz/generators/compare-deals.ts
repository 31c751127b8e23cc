// Families "largest-deal" (single: which of these projects has the largest investment or most
// jobs?) and "rank-deals" (ordering by a quantity, partial credit by pairs). Both decline on ties,
// near-ties, mixed units or "over"/"up to" values that could change the order.
// Lesson: investment-and-jobs. Pure: must not import Svelte, $app or browser globals.
import { usable, type Dataset, type FactValue } from '../data.ts';
import type { Decline } from '../model.ts';
import { decline } from '../outcome.ts';
import { shuffle } from '../rng.ts';
import { because, family } from './family.ts';
import { clearlyDifferent, dealLabel, fmt, upperFirst, type Deal } from './values.ts';

const lesson = { slug: 'investment-and-jobs' };
type Field = 'investment' | 'jobs';
interface Target {
	field: Field;
	deals: Deal[];
}

/** All subsets of 3 or 4 deals, per field; few deals, so this stays small. */
function subsets(ds: Dataset): Target[] {
	const out: Target[] = [];
	// capped so the subset count stays small even if the dataset grows
	const ds_ = ds.deals.slice(0, 10);
	for (const field of ['investment', 'jobs'] as Field[]) {
		const n = ds_.length;
		for (let mask = 0; mask < 1 << n; mask++) {
			const pickd = ds_.filter((_, i) => mask & (1 << i));
			if (pickd.length === 3 || pickd.length === 4) out.push({ field, deals: pickd });
		}
	}
	return out;
}

const keyOf = (t: Target) => t.deals.map((d) => `deal/${d.id}/${t.field}`);

/** The deals sorted by the field, or a reason the order is not certain. */
function ordered(ds: Dataset, t: Target): { d: Deal; f: FactValue }[] | Decline {
	const rows: { d: Deal; f: FactValue }[] = [];
	for (const d of t.deals) {
		const f = usable(ds, `deal/${d.id}/${t.field}`);
		if (!f || typeof f.value !== 'number') return decline(`deal/${d.id}/${t.field} is not usable`);
		if (f.qualifier && !['exact', 'about'].includes(f.qualifier))
			return decline(
				`deal/${d.id}/${t.field} is "${f.qualifier}" a value, so the order is not certain`
			);
		rows.push({ d, f });
	}
	if (new Set(rows.map((r) => r.f.unit)).size > 1) return decline('values are in different units');
	rows.sort((a, b) => (b.f.value as number) - (a.f.value as number));
	for (let i = 1; i < rows.length; i++)
		if (!clearlyDifferent(rows[i - 1].f.value as number, rows[i].f.value as number))
			return decline('two values are too close to rank with confidence');
	return rows;
}

const what = (field: Field) => (field === 'investment' ? 'investment' : 'number of jobs');

function explain(ds: Dataset, rows: { d: Deal; f: FactValue }[], lead: string): string {
	const list = rows.map((r) => `${dealLabel(ds, r.d)}: ${fmt(r.f)}`).join('; ');
	const sources = [...new Set(rows.flatMap((r) => r.f.sources))];
	return because(ds, { sources }, `${lead} Reported figures: ${list}`);
}

export const largestDeal = family<Target>({
	id: 'largest-deal',
	lesson,
	concepts: [],
	kinds: ['single'],
	targets: subsets,
	keys: keyOf,
	build(ds, t, rng) {
		const rows = ordered(ds, t);
		if ('declined' in rows) return rows;
		const shown = shuffle(rng, rows);
		const choices = shown.map((r, i) => ({ id: 'abcd'[i], text: upperFirst(dealLabel(ds, r.d)) }));
		const answer = choices[shown.indexOf(rows[0])].id;
		return {
			id: `largest-deal:${t.field}:${t.deals.map((d) => d.id).join('.')}`,
			kind: 'single',
			generator: 'largest-deal',
			prompt: `Which of these projects was announced with the largest ${what(t.field)}?`,
			choices,
			answer,
			factKeys: keyOf(t),
			explanation: explain(
				ds,
				rows,
				`The ${dealLabel(ds, rows[0].d)} has the largest ${what(t.field)}.`
			),
			sources: [...new Set(rows.flatMap((r) => r.f.sources))],
			concepts: [],
			lesson,
			difficulty: 1
		};
	}
});

export const rankDeals = family<Target>({
	id: 'rank-deals',
	lesson,
	concepts: [],
	kinds: ['ordering'],
	targets: subsets,
	keys: keyOf,
	build(ds, t, rng) {
		const rows = ordered(ds, t);
		if ('declined' in rows) return rows;
		const shown = shuffle(rng, rows);
		const ids = new Map(shown.map((r, i) => [r.d.id, 'abcd'[i]]));
		return {
			id: `rank-deals:${t.field}:${t.deals.map((d) => d.id).join('.')}`,
			kind: 'ordering',
			generator: 'rank-deals',
			prompt: `Put these projects in order of announced ${what(t.field)}, largest first.`,
			choices: shown.map((r) => ({ id: ids.get(r.d.id)!, text: upperFirst(dealLabel(ds, r.d)) })),
			answer: rows.map((r) => ids.get(r.d.id)!),
			factKeys: keyOf(t),
			explanation: explain(ds, rows, 'From largest to smallest.'),
			sources: [...new Set(rows.flatMap((r) => r.f.sources))],
			concepts: [],
			lesson,
			difficulty: t.deals.length === 4 ? 3 : 2
		};
	}
});
