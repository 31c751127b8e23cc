// Family "region-centre": what is the administrative centre of a region? Distractors are other
// regions' centres (including a former centre, a common mix-up). Lesson: deals-on-the-map.
// Pure: must not import Svelte, $app or browser globals.
import { getFact, usable, type Dataset } from '../data.ts';
import { decline } from '../outcome.ts';
import { because, choicesFrom, family } from './family.ts';

const lesson = { slug: 'deals-on-the-map' };
type Region = Dataset['regions'][number];

export const regionCentre = family<Region>({
	id: 'region-centre',
	lesson,
	concepts: [],
	kinds: ['single'],
	targets: (ds) => ds.regions.filter((r) => r.kind === 'region'),
	keys: (r) => [`region/${r.id}/centre`],
	build(ds, r, rng) {
		const f = usable(ds, `region/${r.id}/centre`);
		if (!f || typeof f.value !== 'string')
			return decline(`region/${r.id}/centre is not usable for quizzes`);
		const key = f.value;
		// a city that is this region's centre under another name or report is never a wrong answer
		const banned = new Set([
			key,
			...(f.otherReports ?? []).map((o) => String((o as { value: unknown }).value))
		]);
		const former = getFact(ds, `region/${r.id}/formerCentre`)?.value;
		const others = ds.regions
			.map((o) => usable(ds, `region/${o.id}/centre`)?.value)
			.filter((v): v is string => typeof v === 'string' && !banned.has(v));
		const pool = [
			...(typeof former === 'string' && !banned.has(former) ? [former] : []),
			...others
		];
		const c = choicesFrom(rng, key, pool);
		if ('declined' in c) return c;
		return {
			id: `region-centre:${r.id}`,
			kind: 'single',
			generator: 'region-centre',
			prompt: `What is the administrative centre of ${r.name}?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [`region/${r.id}/centre`],
			explanation: because(ds, f, `The administrative centre of ${r.name} is ${key}`),
			sources: f.sources,
			concepts: [],
			lesson,
			difficulty: 1
		};
	}
});
