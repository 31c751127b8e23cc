// Families about the forum itself: "forum-facts" (how many agreements; which city; which date,
// from the events records) and "forum-share" (one deal's share of the forum's reported total, a
// calculation). Lesson: the-astana-forum. Pure: must not import Svelte, $app or browser globals.
import { usable, type Dataset } from '../data.ts';
import type { Question } from '../model.ts';
import { decline } from '../outcome.ts';
import { pick } from '../rng.ts';
import { because, choicesFrom, family } from './family.ts';
import { formatDate, formatNumberWithUnit, nf } from '../format.ts';
import { dealLabel, fmt, type Deal } from './values.ts';

const lesson = { slug: 'the-astana-forum' };
type Ev = Dataset['events'][number];
type Field = 'agreements' | 'city' | 'date';

export const forumFacts = family<{ ev: Ev; field: Field }>({
	id: 'forum-facts',
	lesson,
	concepts: [],
	kinds: ['numeric', 'single'],
	targets: (ds) =>
		ds.events.flatMap((ev) =>
			(['agreements', 'city', 'date'] as Field[]).map((field) => ({ ev, field }))
		),
	keys: (t) => [`event/${t.ev.id}/${t.field}`],
	build(ds, { ev, field }, rng): Question | ReturnType<typeof decline> {
		const key = `event/${ev.id}/${field}`;
		const f = usable(ds, key);
		if (!f) return decline(`${key} is not usable for quizzes`);
		const common = {
			factKeys: [key],
			sources: f.sources,
			concepts: [],
			lesson,
			generator: 'forum-facts'
		};
		if (field === 'agreements') {
			if (typeof f.value !== 'number' || (f.qualifier ?? 'exact') !== 'exact')
				return decline(`${key} is not an exact count`);
			return {
				...common,
				id: `forum-facts:${ev.id}:agreements`,
				kind: 'numeric',
				prompt: `How many agreements were reported as signed at the ${ev.name}? Type a whole number.`,
				answer: f.value,
				unit: 'agreements',
				scale: 1,
				scaleWords: [],
				tolerance: { kind: 'absolute', amount: 0 },
				explanation: because(
					ds,
					f,
					`${formatNumberWithUnit(f.value, 'count')} agreements were reported for the ${ev.name}`
				),
				difficulty: 1
			};
		}
		// other events' cities or dates are the distractors: real values of the same kind
		const others = ds.events
			.filter((o) => o.id !== ev.id)
			.map((o) => usable(ds, `event/${o.id}/${field}`)?.value)
			.filter((v): v is string => typeof v === 'string' && v !== f.value);
		if (typeof f.value !== 'string') return decline(`${key} is not text`);
		const show = (v: string) => (field === 'date' ? formatDate(v) : v);
		const c = choicesFrom(rng, show(f.value), [...new Set(others)].map(show));
		if ('declined' in c) return c;
		// "the Second Summit" but "Xi Jinping's speech": a possessive name takes no article.
		const named = ev.name.includes("'s ") ? ev.name : `the ${ev.name}`;
		return {
			...common,
			id: `forum-facts:${ev.id}:${field}`,
			kind: 'single',
			prompt:
				field === 'city' ? `In which city was ${named} held?` : `On what date was ${named} held?`,
			choices: c.choices,
			answer: c.answer,
			explanation: because(
				ds,
				f,
				`${named.charAt(0).toUpperCase()}${named.slice(1)} was held ${field === 'city' ? 'in' : 'on'} ${show(f.value)}`
			),
			difficulty: field === 'date' ? 2 : 1
		};
	}
});

/** The forum event whose deals these are, with a usable USD total. */
function forumTotal(ds: Dataset, d: Deal) {
	const key = `event/${d.event}/totalValue`;
	const f = usable(ds, key);
	return f && typeof f.value === 'number' && f.unit === 'USD' ? { key, f } : undefined;
}

export const forumShare = family<Deal>({
	id: 'forum-share',
	lesson,
	concepts: [],
	kinds: ['numeric', 'single'],
	targets: (ds) => ds.deals,
	keys: (d) => [`deal/${d.id}/investment`, `event/${d.event}/totalValue`],
	build(ds, d, rng) {
		const inv = usable(ds, `deal/${d.id}/investment`);
		const total = forumTotal(ds, d);
		if (!inv || typeof inv.value !== 'number' || inv.unit !== 'USD')
			return decline(`deal/${d.id}/investment is not a usable USD figure`);
		if (!total) return decline(`event/${d.event}/totalValue is not usable`);
		if (inv.qualifier && !['exact', 'about'].includes(inv.qualifier))
			return decline('the deal figure is not exact enough');
		const t = total.f.value as number;
		const share = (inv.value / t) * 100;
		const ev = ds.events.find((e) => e.id === d.event)?.name ?? 'forum';
		const totalPlain = formatNumberWithUnit(t, 'USD');
		const sources = [...new Set([...inv.sources, ...total.f.sources])];
		const pct = (x: number) => `${nf('en', 1).format(x)}%`;
		const explanation = because(
			ds,
			{ sources },
			`This is a calculation from reported figures: ${fmt(inv)} ÷ ${totalPlain} × 100 ≈ ${pct(share)}. The total was reported as ${fmt(total.f)}, so the true share may be a little smaller`
		);
		const stem = `The agreements at the ${ev} were reported as worth ${fmt(total.f)}. Taking ${totalPlain} as the total, what share of it is the ${dealLabel(ds, d)} (${fmt(inv)})?`;
		const common = {
			factKeys: [`deal/${d.id}/investment`, total.key],
			explanation,
			sources,
			concepts: [],
			lesson,
			generator: 'forum-share',
			difficulty: 3 as const
		};
		if (pick(rng, [0, 1]) === 0) {
			return {
				...common,
				id: `forum-share:${d.id}:numeric`,
				kind: 'numeric',
				prompt: `${stem} Answer in percent.`,
				answer: share,
				unit: 'percent',
				scale: 1,
				scaleWords: [],
				tolerance: { kind: 'absolute', amount: Math.max(0.1, share * 0.05) }
			};
		}
		// typical mistakes: a factor-of-ten slip, the inverse ratio, a share of the wrong base
		const wrong = [share * 10, share / 10, t / inv.value, 100 - share].filter(
			(x) => Math.abs(x - share) > share * 0.3
		);
		const c = choicesFrom(rng, pct(share), wrong.map(pct));
		if ('declined' in c) return c;
		return {
			...common,
			id: `forum-share:${d.id}:single`,
			kind: 'single',
			prompt: stem,
			choices: c.choices,
			answer: c.answer
		};
	}
});
