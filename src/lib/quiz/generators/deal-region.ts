// Family "deal-region": where is a deal's project? Single choice among regions, or a region pick
// on the map (kind region-pick). Lesson: deals-on-the-map.
// Pure: must not import Svelte, $app or browser globals.
import { nameOf, usable, type Dataset } from '../data.ts';
import type { Question } from '../model.ts';
import { decline } from '../outcome.ts';
import { pick, type Rng } from '../rng.ts';
import { because, choicesFrom, family, otherReportValues, pickN } from './family.ts';
import { dealLabel, type Deal } from './values.ts';

const lesson = { slug: 'deals-on-the-map' };

function regionDistractors(ds: Dataset, d: Deal, key: string, rng: Rng): string[] {
	const fact = usable(ds, `deal/${d.id}/region`)!;
	const banned = new Set([key, ...otherReportValues(fact).map(String)]);
	// regions other deals are in come first: they are the most plausible wrong answers
	const fromDeals = ds.deals
		.map((o) => usable(ds, `deal/${o.id}/region`)?.value)
		.filter((v): v is string => typeof v === 'string' && !banned.has(v));
	const rest = ds.regions.filter((r) => r.kind === 'region' && !banned.has(r.id)).map((r) => r.id);
	return [...new Set([...pickN(rng, [...new Set(fromDeals)], 2), ...pickN(rng, rest, 5)])];
}

export const dealRegion = family<Deal>({
	id: 'deal-region',
	lesson,
	concepts: [],
	kinds: ['single'],
	targets: (ds) => ds.deals,
	keys: (d) => [`deal/${d.id}/region`],
	build(ds, d, rng): Question | ReturnType<typeof decline> {
		const fact = usable(ds, `deal/${d.id}/region`);
		if (!fact || typeof fact.value !== 'string')
			return decline(`deal/${d.id}/region is not usable for quizzes`);
		const key = fact.value;
		const distractors = regionDistractors(ds, d, key, rng).map((r) => nameOf(ds, 'region', r));
		const c = choicesFrom(rng, nameOf(ds, 'region', key), distractors);
		if ('declined' in c) return c;
		return {
			id: `deal-region:${d.id}`,
			kind: 'single',
			generator: 'deal-region',
			prompt: `In which region is the ${dealLabel(ds, d)} planned?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [`deal/${d.id}/region`],
			explanation: because(
				ds,
				fact,
				`The ${dealLabel(ds, d)} is planned in ${nameOf(ds, 'region', key)}`
			),
			sources: fact.sources,
			concepts: [],
			lesson,
			difficulty: 1
		};
	}
});

export const dealRegionPick = family<Deal>({
	id: 'deal-region-pick',
	lesson,
	concepts: [],
	kinds: ['region-pick'],
	targets: (ds) => ds.deals,
	keys: (d) => [`deal/${d.id}/region`],
	build(ds, d, rng) {
		const fact = usable(ds, `deal/${d.id}/region`);
		if (!fact || typeof fact.value !== 'string')
			return decline(`deal/${d.id}/region is not usable for quizzes`);
		const key = fact.value;
		const regions = ds.regions
			.filter((r) => r.kind === 'region' || r.id === key)
			.map((r) => {
				const c = ds.facts[`region/${r.id}/centreCoordinates`]?.value;
				return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number'
					? { id: r.id, name: r.name, lat: c[0] as number, lon: c[1] as number }
					: undefined;
			})
			.filter((r) => r !== undefined);
		if (!regions.some((r) => r.id === key))
			return decline(`region ${key} has no coordinates to show`);
		if (regions.length < 4) return decline('too few regions with coordinates for a map question');
		// shuffle only changes list order; the map places regions by coordinates
		const sorted =
			pick(rng, [0, 1]) === 0
				? regions
				: [...regions].sort((a, b) => a.name.localeCompare(b.name, 'en'));
		return {
			id: `deal-region-pick:${d.id}`,
			kind: 'region-pick',
			generator: 'deal-region-pick',
			prompt: `Choose the region where the ${dealLabel(ds, d)} is planned.`,
			regions: sorted,
			answer: key,
			factKeys: [`deal/${d.id}/region`],
			explanation: because(
				ds,
				fact,
				`The ${dealLabel(ds, d)} is planned in ${nameOf(ds, 'region', key)}`
			),
			sources: fact.sources,
			concepts: [],
			lesson,
			difficulty: 2
		};
	}
});
