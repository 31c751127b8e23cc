// Family "capital-intensity": investment per job, computed from a deal's reported investment and
// jobs. Asks which project needs the most money per job (single) or the figure for one project
// (numeric, 10% tolerance). Lesson: investment-and-jobs. Pure: no Svelte, $app or browser globals.
import { usable, type Dataset, type FactValue } from '../data.ts';
import type { Decline } from '../model.ts';
import { decline } from '../outcome.ts';
import { pick, shuffle } from '../rng.ts';
import { because, family } from './family.ts';
import { formatNumberWithUnit } from '../format.ts';
import { clearlyDifferent, dealLabel, fmt, round2, upperFirst, type Deal } from './values.ts';

const lesson = { slug: 'investment-and-jobs' };
const concepts = ['capital-intensity'];

interface Row {
	d: Deal;
	inv: FactValue;
	jobs: FactValue;
	perJob: number;
}

function row(ds: Dataset, d: Deal): Row | Decline {
	const inv = usable(ds, `deal/${d.id}/investment`);
	const jobs = usable(ds, `deal/${d.id}/jobs`);
	if (!inv || !jobs || typeof inv.value !== 'number' || typeof jobs.value !== 'number')
		return decline(`deal ${d.id} lacks a usable investment or jobs figure`);
	if (inv.unit !== 'USD') return decline(`deal ${d.id} investment is not in US dollars`);
	if ([inv, jobs].some((f) => f.qualifier && !['exact', 'about'].includes(f.qualifier)))
		return decline(`deal ${d.id} has an "over" or "up to" figure, so the ratio is not certain`);
	return { d, inv, jobs, perJob: inv.value / jobs.value };
}

const keys = (d: Deal) => [`deal/${d.id}/investment`, `deal/${d.id}/jobs`];
const usd = (v: number) => formatNumberWithUnit(round2(v), 'USD');
const arithmetic = (ds: Dataset, r: Row) =>
	`The ${dealLabel(ds, r.d)}: ${fmt(r.inv)} ÷ ${fmt(r.jobs)} ≈ ${usd(r.perJob)} per job`;

export const capitalIntensity = family<{ deals: Deal[]; mode: 'most' | 'one' }>({
	id: 'capital-intensity',
	lesson,
	concepts,
	kinds: ['single', 'numeric'],
	targets: (ds) => [
		...(ds.deals.length >= 3 ? [{ deals: ds.deals.slice(0, 10), mode: 'most' as const }] : []),
		...ds.deals.map((d) => ({ deals: [d], mode: 'one' as const }))
	],
	keys: (t) => t.deals.flatMap(keys),
	build(ds, t, rng) {
		if (t.mode === 'one') {
			const r = row(ds, t.deals[0]);
			if ('declined' in r) return r;
			return {
				id: `capital-intensity:${r.d.id}`,
				kind: 'numeric',
				generator: 'capital-intensity',
				prompt: `The ${dealLabel(ds, r.d)} was announced with ${fmt(r.inv)} and ${fmt(r.jobs)}. About how much investment is that per job? Answer in US dollars.`,
				answer: r.perJob,
				unit: 'US dollars per job',
				scale: 1,
				scaleWords: ['thousand', 'million'],
				tolerance: { kind: 'relative', amount: 0.1 },
				factKeys: keys(r.d),
				explanation: because(
					ds,
					{ sources: [...new Set([...r.inv.sources, ...r.jobs.sources])] },
					`This is a calculation from reported figures. ${arithmetic(ds, r)}; answers within 10% are accepted`
				),
				sources: [...new Set([...r.inv.sources, ...r.jobs.sources])],
				concepts,
				lesson,
				difficulty: 2
			};
		}
		const rows = t.deals.map((d) => row(ds, d)).filter((r): r is Row => !('declined' in r));
		if (rows.length < 3) return decline('fewer than three deals have usable investment and jobs');
		const shown = shuffle(rng, rows).slice(0, pick(rng, [3, 4]));
		const sorted = [...shown].sort((a, b) => b.perJob - a.perJob);
		if (!clearlyDifferent(sorted[0].perJob, sorted[1].perJob))
			return decline('top two ratios are too close');
		const choices = shown.map((r, i) => ({ id: 'abcd'[i], text: upperFirst(dealLabel(ds, r.d)) }));
		const sources = [...new Set(shown.flatMap((r) => [...r.inv.sources, ...r.jobs.sources]))];
		return {
			id: `capital-intensity:most:${[...shown]
				.map((r) => r.d.id)
				.sort()
				.join('.')}`,
			kind: 'single',
			generator: 'capital-intensity',
			prompt: 'Which of these projects plans the most investment per job?',
			choices,
			answer: choices[shown.indexOf(sorted[0])].id,
			factKeys: shown.flatMap((r) => keys(r.d)),
			explanation: because(
				ds,
				{ sources },
				`Investment per job is a calculation from reported figures. ${sorted.map((r) => arithmetic(ds, r)).join('. ')}`
			),
			sources,
			concepts,
			lesson,
			difficulty: 3
		};
	}
});
