// Families "deal-concept" (single: which idea does a project illustrate?) and "concept-deals"
// (multi: which projects illustrate an idea?), from each deal's `concepts` list. Their fact key is
// "deal/<id>/concepts" (the deal's concept list, not a sourced value; the sources are the deal's
// conceptSources). Lessons: by concept. Pure: must not import Svelte, $app or browser globals.
import { conceptName, type Dataset } from '../data.ts';
import { decline } from '../outcome.ts';
import { shuffle } from '../rng.ts';
import { because, choicesFrom, family } from './family.ts';
import { dealLabel, upperFirst, type Deal } from './values.ts';

/** The big ideas the course is organised around, and where each is taught. */
export const CORE_CONCEPTS: Record<string, string> = {
	'deep-processing': 'deep-processing',
	'agricultural-cluster': 'clusters-and-contract-farming',
	'contract-farming': 'clusters-and-contract-farming',
	'import-substitution': 'import-substitution-in-kazakhstan',
	'special-economic-zone': 'special-economic-zones',
	'belt-and-road': 'belt-and-road',
	'energy-mix': 'energy-and-coal'
};

const known = (ds: Dataset) =>
	Object.keys(CORE_CONCEPTS).filter((c) => ds.glossary.some((g) => g.id === c));
const conceptsKey = (d: Deal) => `deal/${d.id}/concepts`;

export const dealConcept = family<{ d: Deal; concept: string }>({
	id: 'deal-concept',
	lesson: { slug: 'deep-processing' },
	concepts: Object.keys(CORE_CONCEPTS),
	kinds: ['single'],
	targets: (ds) =>
		ds.deals.flatMap((d) =>
			(d.concepts ?? []).filter((c) => c in CORE_CONCEPTS).map((concept) => ({ d, concept }))
		),
	keys: (t) => [conceptsKey(t.d)],
	build(ds, { d, concept }, rng) {
		if (!d.conceptSources?.length) return decline(`deal ${d.id} has no sources for its concepts`);
		// only ideas this deal is not listed under can be wrong answers
		const wrong = known(ds).filter((c) => !d.concepts.includes(c));
		const c = choicesFrom(
			rng,
			conceptName(ds, concept),
			wrong.map((w) => conceptName(ds, w))
		);
		if ('declined' in c) return c;
		const lesson = { slug: CORE_CONCEPTS[concept] };
		return {
			id: `deal-concept:${d.id}:${concept}`,
			kind: 'single',
			generator: 'deal-concept',
			prompt: `The course uses the ${dealLabel(ds, d)} as an example of which idea?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [conceptsKey(d)],
			explanation: because(
				ds,
				{ sources: d.conceptSources },
				`The ${dealLabel(ds, d)} is an example of this idea: ${conceptName(ds, concept)}. The other ideas do not describe this project`
			),
			sources: d.conceptSources,
			concepts: [concept],
			lesson,
			difficulty: 2
		};
	}
});

export const conceptDeals = family<{ concept: string }>({
	id: 'concept-deals',
	lesson: { slug: 'deep-processing' },
	concepts: Object.keys(CORE_CONCEPTS),
	kinds: ['multi'],
	targets: (ds) => known(ds).map((concept) => ({ concept })),
	keys: (t) => [`concept/${t.concept}/deals`],
	build(ds, { concept }, rng) {
		const deals = ds.deals.filter((d) => d.conceptSources?.length);
		const yes = deals.filter((d) => d.concepts.includes(concept));
		const no = deals.filter((d) => !d.concepts.includes(concept));
		if (yes.length < 1 || no.length < 1 || deals.length < 3)
			return decline(`no clear split of deals for ${concept}`);
		const shown = shuffle(rng, [...shuffle(rng, yes).slice(0, 3), ...shuffle(rng, no).slice(0, 2)]);
		const choices = shown.map((d, i) => ({ id: 'abcde'[i], text: upperFirst(dealLabel(ds, d)) }));
		const answer = shown.flatMap((d, i) => (d.concepts.includes(concept) ? [choices[i].id] : []));
		const sources = [...new Set(shown.flatMap((d) => d.conceptSources))];
		const name = conceptName(ds, concept).toLowerCase();
		return {
			id: `concept-deals:${concept}:${shown
				.map((d) => d.id)
				.sort()
				.join('.')}`,
			kind: 'multi',
			generator: 'concept-deals',
			prompt: `Which of these projects are examples of ${name}? Choose all that apply.`,
			choices,
			answer,
			factKeys: shown.map(conceptsKey),
			explanation: because(
				ds,
				{ sources },
				`Examples of ${name}: ${shown
					.filter((d) => d.concepts.includes(concept))
					.map((d) => dealLabel(ds, d))
					.join('; ')}`
			),
			sources,
			concepts: [concept],
			lesson: { slug: CORE_CONCEPTS[concept] },
			difficulty: 2
		};
	}
});
