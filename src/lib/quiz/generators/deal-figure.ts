// Families "deal-investment" and "deal-jobs": a deal's announced investment or jobs, as a single
// choice (real values of other deals plus near-misses such as a x10 unit slip) or a typed number.
// Lesson: investment-and-jobs. Pure: must not import Svelte, $app or browser globals.
import { usable } from '../data.ts';
import type { Question } from '../model.ts';
import { decline } from '../outcome.ts';
import { type Rng } from '../rng.ts';
import { because, choicesFrom, family, pick } from './family.ts';
import {
	dealLabel,
	exactish,
	fmt,
	numberDistractors,
	numericSettings,
	answerHint,
	type Deal
} from './values.ts';
import { formatNumberWithUnit } from '../format.ts';

const lesson = { slug: 'investment-and-jobs' };

function figureFamily(field: 'investment' | 'jobs') {
	const id = field === 'investment' ? 'deal-investment' : 'deal-jobs';
	const ask =
		field === 'investment'
			? 'how much investment was announced for'
			: 'how many jobs were announced for';
	const concepts = field === 'investment' ? ['foreign-direct-investment'] : [];
	return family<Deal>({
		id,
		lesson,
		concepts,
		kinds: ['single', 'numeric'],
		targets: (ds) => ds.deals,
		keys: (d) => [`deal/${d.id}/${field}`],
		build(ds, d, rng: Rng): Question | ReturnType<typeof decline> {
			const key = `deal/${d.id}/${field}`;
			const fact = usable(ds, key);
			if (!fact || typeof fact.value !== 'number')
				return decline(`${key} is not usable for quizzes`);
			if (!exactish(fact))
				return decline(
					`${key} is an "over" or "up to" figure, so a nearby choice could also be true`
				);
			const label = dealLabel(ds, d);
			const explanation = because(
				ds,
				fact,
				`The ${label} was announced with ${fmt(fact)}${field === 'jobs' ? '' : ' of investment'}`
			);
			const common = {
				factKeys: [key],
				explanation,
				sources: fact.sources,
				concepts,
				lesson,
				generator: id
			};
			const numeric = numericSettings(fact);
			if (numeric && pick(rng, [0, 1]) === 1) {
				return {
					...common,
					id: `${id}:${d.id}:numeric`,
					kind: 'numeric',
					prompt: `At the forum, ${ask} the ${label}? ${answerHint(numeric)}`,
					answer: fact.value,
					...numeric,
					difficulty: 3
				};
			}
			const realKeys = ds.deals.filter((o) => o.id !== d.id).map((o) => `deal/${o.id}/${field}`);
			const distractors = numberDistractors(ds, fact, realKeys, field === 'jobs').map((v) =>
				formatNumberWithUnit(v, fact.unit, fact.qualifier ?? 'exact')
			);
			const c = choicesFrom(rng, fmt(fact), distractors);
			if ('declined' in c) return c;
			return {
				...common,
				id: `${id}:${d.id}:single`,
				kind: 'single',
				prompt: `At the forum, ${ask} the ${label}?`,
				choices: c.choices,
				answer: c.answer,
				difficulty: 2
			};
		}
	});
}

export const dealInvestment = figureFamily('investment');
export const dealJobs = figureFamily('jobs');
