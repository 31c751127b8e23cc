// Families "indicator-value" (a context figure such as a harvest, the coal share of power or an
// SEZ count, as a choice or a typed number) and "trade-reporter" (the two sides' statistics give
// different trade figures for the same year: which is whose?). Lessons: by indicator topic.
// Pure: must not import Svelte, $app or browser globals.
import { usable, type Dataset } from '../data.ts';
import { decline } from '../outcome.ts';
import { pick } from '../rng.ts';
import { because, choicesFrom, family, TOPIC_LESSON } from './family.ts';
import { formatDate, formatNumberWithUnit } from '../format.ts';
import {
	clearlyDifferent,
	exactish,
	fmt,
	numberDistractors,
	numericSettings,
	answerHint,
	upperFirst
} from './values.ts';

type Indicator = Dataset['indicators'][number];
const lessonOf = (i: Indicator) => ({ slug: TOPIC_LESSON[i.topic] ?? 'investment-and-jobs' });
const when = (f: { year?: number; asOf?: string }) =>
	f.year ? ` (${f.year})` : f.asOf ? ` (as of ${formatDate(f.asOf)})` : '';

export const indicatorValue = family<Indicator>({
	id: 'indicator-value',
	lesson: { slug: 'energy-and-coal' },
	concepts: [],
	kinds: ['single', 'numeric'],
	targets: (ds) => ds.indicators,
	keys: (i) => [`indicator/${i.id}`],
	build(ds, i, rng) {
		const key = `indicator/${i.id}`;
		const f = usable(ds, key);
		if (!f || typeof f.value !== 'number') return decline(`${key} is not a usable number`);
		if (!exactish(f))
			return decline(
				`${key} is an "over" or "up to" figure, so a nearby choice could also be true`
			);
		const label = f.year && i.label.includes(String(f.year)) ? i.label : `${i.label}${when(f)}`;
		const common = {
			factKeys: [key],
			explanation: because(ds, f, `${upperFirst(label)}: ${fmt(f)}`),
			sources: f.sources,
			concepts: i.concepts ?? [],
			lesson: lessonOf(i),
			generator: 'indicator-value'
		};
		const numeric = numericSettings(f);
		if (numeric && pick(rng, [0, 1]) === 1) {
			return {
				...common,
				id: `indicator-value:${i.id}:numeric`,
				kind: 'numeric',
				prompt: `${upperFirst(label)}: what figure was reported? ${answerHint(numeric)}`,
				answer: f.value,
				...numeric,
				difficulty: 3
			};
		}
		// same-topic figures in the same unit are real values of the same type
		const real = ds.indicators
			.filter((o) => o.id !== i.id && o.topic === i.topic)
			.map((o) => `indicator/${o.id}`);
		const distractors = numberDistractors(ds, f, real, f.unit === 'count').map((v) =>
			formatNumberWithUnit(v, f.unit, f.qualifier ?? 'exact')
		);
		const c = choicesFrom(rng, fmt(f), distractors);
		if ('declined' in c) return c;
		return {
			...common,
			id: `indicator-value:${i.id}:single`,
			kind: 'single',
			prompt: `${upperFirst(label)}: which figure was reported?`,
			choices: c.choices,
			answer: c.answer,
			difficulty: 2
		};
	}
});

const REPORTER: Record<string, string> = {
	china: 'China’s customs statistics',
	kazakhstan: 'Kazakhstan’s statistics'
};

/** Pairs of trade indicators for the same year from the two sides, far enough apart to tell. */
function tradePairs(ds: Dataset) {
	const trade = ds.indicators
		.filter((i) => i.measure === 'bilateral-trade')
		.map((i) => ({ i, f: usable(ds, `indicator/${i.id}`) }))
		.filter((x) => x.f && typeof x.f.value === 'number' && x.f.year && x.f.reporter) as {
		i: Indicator;
		f: NonNullable<ReturnType<typeof usable>>;
	}[];
	const out: { china: (typeof trade)[number]; kz: (typeof trade)[number] }[] = [];
	for (const c of trade.filter((x) => x.f.reporter === 'china'))
		for (const k of trade.filter((x) => x.f.reporter === 'kazakhstan'))
			if (c.f.year === k.f.year && c.f.unit === k.f.unit) out.push({ china: c, kz: k });
	return out;
}

export const tradeReporter = family<ReturnType<typeof tradePairs>[number]>({
	id: 'trade-reporter',
	lesson: { slug: 'belt-and-road' },
	concepts: [],
	kinds: ['single'],
	targets: tradePairs,
	keys: (t) => [`indicator/${t.china.i.id}`, `indicator/${t.kz.i.id}`],
	build(ds, t, rng) {
		if (!clearlyDifferent(t.china.f.value as number, t.kz.f.value as number, 0.05))
			return decline('the two figures are too close to tell apart');
		const side = pick(rng, ['china', 'kazakhstan'] as const);
		const key = side === 'china' ? t.china : t.kz;
		const other = side === 'china' ? t.kz : t.china;
		const c = choicesFrom(rng, fmt(key.f), [fmt(other.f)], 2);
		if ('declined' in c) return c;
		const sources = [...new Set([...t.china.f.sources, ...t.kz.f.sources])];
		return {
			id: `trade-reporter:${t.china.i.id}:${t.kz.i.id}:${side}`,
			kind: 'single',
			generator: 'trade-reporter',
			prompt: `China and Kazakhstan report different figures for their trade in ${t.china.f.year}. Which figure comes from ${REPORTER[side]}?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [`indicator/${key.i.id}`, `indicator/${other.i.id}`],
			explanation: because(
				ds,
				{ sources },
				`${upperFirst(REPORTER[side])} give ${fmt(key.f)}; ${REPORTER[side === 'china' ? 'kazakhstan' : 'china']} give ${fmt(other.f)}. The two sides count goods differently, so always name the year and the reporting side`
			),
			sources,
			concepts: [],
			lesson: { slug: 'belt-and-road' },
			difficulty: 3
		};
	}
});
