// Family "fact-true-false": a statement made from a fact, or from a perturbed copy of it (another
// deal's region, a number moved far from every reported value). Lessons: by fact.
// Pure: must not import Svelte, $app or browser globals.
import { nameOf, usable } from '../data.ts';
import { decline } from '../outcome.ts';
import { pick } from '../rng.ts';
import { because, family, otherReportValues } from './family.ts';
import { formatNumberWithUnit } from '../format.ts';
import { dealLabel, exactish, fmt, numberDistractors, type Deal } from './values.ts';

type Field = 'region' | 'investment' | 'jobs';
const LESSON: Record<Field, string> = {
	region: 'deals-on-the-map',
	investment: 'investment-and-jobs',
	jobs: 'investment-and-jobs'
};

export const factTrueFalse = family<{ d: Deal; field: Field }>({
	id: 'fact-true-false',
	lesson: { slug: 'deals-on-the-map' },
	concepts: [],
	kinds: ['true-false'],
	targets: (ds) =>
		ds.deals.flatMap((d) =>
			(['region', 'investment', 'jobs'] as Field[]).map((field) => ({ d, field }))
		),
	keys: (t) => [`deal/${t.d.id}/${t.field}`],
	build(ds, { d, field }, rng) {
		const key = `deal/${d.id}/${field}`;
		const f = usable(ds, key);
		if (!f) return decline(`${key} is not usable for quizzes`);
		const truth = pick(rng, [true, false]);
		let shown: string;
		if (field === 'region') {
			if (typeof f.value !== 'string') return decline(`${key} is not a region id`);
			const banned = new Set([f.value, ...otherReportValues(f).map(String)]);
			const alt = ds.regions.filter((r) => r.kind === 'region' && !banned.has(r.id));
			if (!alt.length) return decline('no other region to use');
			shown = nameOf(ds, 'region', truth ? f.value : pick(rng, alt).id);
		} else {
			if (typeof f.value !== 'number') return decline(`${key} is not a number`);
			if (!exactish(f))
				return decline(
					`${key} is an "over" or "up to" figure, so a changed figure could still be true`
				);
			const alts = numberDistractors(ds, f, [], field === 'jobs');
			if (!alts.length) return decline('no clearly different value to use');
			shown = truth
				? fmt(f)
				: formatNumberWithUnit(pick(rng, alts), f.unit, f.qualifier ?? 'exact');
		}
		const label = `The ${dealLabel(ds, d)}`;
		const statement =
			field === 'region'
				? `${label} is planned in ${shown}.`
				: field === 'investment'
					? `${label} was announced with an investment of ${shown}.`
					: `${label} was announced with ${shown}.`;
		const fact =
			field === 'region'
				? `it is planned in ${nameOf(ds, 'region', String(f.value))}`
				: `the reported figure is ${fmt(f)}`;
		return {
			id: `fact-true-false:${d.id}:${field}:${truth ? 'true' : 'false'}`,
			kind: 'true-false',
			generator: 'fact-true-false',
			prompt: `True or false? ${statement}`,
			answer: truth,
			factKeys: [key],
			explanation: because(ds, f, `${truth ? 'True' : 'False'}: ${fact}`),
			sources: f.sources,
			concepts: [],
			lesson: { slug: LESSON[field] },
			difficulty: 1
		};
	}
});
