// Family "agreement-type": what kind of agreement a deal was reported as (investment agreement,
// investment contract, memorandum of understanding). "Commercial agreement" is never a wrong
// answer: the sources call all 58 documents commercial agreements. Lesson: kinds-of-agreement.
// Pure: must not import Svelte, $app or browser globals.
import { conceptName, usable } from '../data.ts';
import { decline } from '../outcome.ts';
import { because, choicesFrom, family } from './family.ts';
import { dealLabel, type Deal } from './values.ts';

const lesson = { slug: 'kinds-of-agreement' };
const TYPES = ['investment-agreement', 'investment-contract', 'memorandum-of-understanding'];

export const agreementType = family<Deal>({
	id: 'agreement-type',
	lesson,
	concepts: TYPES,
	kinds: ['single'],
	targets: (ds) => ds.deals,
	keys: (d) => [`deal/${d.id}/agreementType`],
	build(ds, d, rng) {
		const key = `deal/${d.id}/agreementType`;
		const f = usable(ds, key);
		if (!f || typeof f.value !== 'string' || !TYPES.includes(f.value))
			return decline(`${key} is not a usable, specific agreement type`);
		const type = f.value;
		const c = choicesFrom(
			rng,
			conceptName(ds, type),
			TYPES.filter((t) => t !== type).map((t) => conceptName(ds, t)),
			3
		);
		if ('declined' in c) return c;
		return {
			id: `agreement-type:${d.id}`,
			kind: 'single',
			generator: 'agreement-type',
			prompt: `At the forum, what kind of agreement was reported for the ${dealLabel(ds, d)}?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [key],
			explanation: because(
				ds,
				f,
				`The ${dealLabel(ds, d)} was reported as this kind of agreement: ${conceptName(ds, type)}`
			),
			sources: f.sources,
			concepts: [type],
			lesson,
			difficulty: 2
		};
	}
});
