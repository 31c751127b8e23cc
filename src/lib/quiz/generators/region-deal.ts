// Family "region-deal": which company plans a project in a given region? The reverse of
// deal-region; declines when two usable deals share the region. Lesson: deals-on-the-map.
// Pure: must not import Svelte, $app or browser globals.
import { nameOf, usable } from '../data.ts';
import { decline } from '../outcome.ts';
import { because, choicesFrom, family } from './family.ts';
import { companyOf, dealLabel, type Deal } from './values.ts';

const lesson = { slug: 'deals-on-the-map' };

export const regionDeal = family<Deal>({
	id: 'region-deal',
	lesson,
	concepts: [],
	kinds: ['single'],
	targets: (ds) => ds.deals,
	keys: (d) => [`deal/${d.id}/region`],
	build(ds, d, rng) {
		const fact = usable(ds, `deal/${d.id}/region`);
		if (!fact || typeof fact.value !== 'string')
			return decline(`deal/${d.id}/region is not usable for quizzes`);
		const region = fact.value;
		const twins = ds.deals.filter(
			(o) => o.id !== d.id && usable(ds, `deal/${o.id}/region`)?.value === region
		);
		if (twins.length) return decline(`more than one deal is in ${region}`);
		// a deal whose region is unsettled could be in this region too, so it is never offered
		const others = ds.deals.filter((o) => {
			const r = usable(ds, `deal/${o.id}/region`);
			return o.id !== d.id && r && r.value !== region && companyOf(ds, o) !== companyOf(ds, d);
		});
		const c = choicesFrom(
			rng,
			companyOf(ds, d),
			others.map((o) => companyOf(ds, o))
		);
		if ('declined' in c) return c;
		const regionName = nameOf(ds, 'region', region);
		return {
			id: `region-deal:${d.id}`,
			kind: 'single',
			generator: 'region-deal',
			prompt: `Which of these companies plans a project in ${regionName} under a deal signed at the forum?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [`deal/${d.id}/region`],
			explanation: because(ds, fact, `The ${dealLabel(ds, d)} is planned in ${regionName}`),
			sources: fact.sources,
			concepts: [],
			lesson,
			difficulty: 2
		};
	}
});
