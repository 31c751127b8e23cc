// Families "timeline-year" (in which year did this happen?) and "timeline-order" (put events in
// order). Lesson: belt-and-road and others by concept. Pure: no Svelte, $app or browser globals.
import { getFact, usable, type Dataset } from '../data.ts';
import { decline } from '../outcome.ts';
import { pick, shuffle } from '../rng.ts';
import { because, choicesFrom, family } from './family.ts';
import { formatDate } from '../format.ts';
import { CORE_CONCEPTS } from './concepts.ts';

type Entry = Dataset['timeline'][number];
const lessonFor = (e: Entry) => ({
	slug: CORE_CONCEPTS[e.concepts?.find((c) => c in CORE_CONCEPTS) ?? ''] ?? 'belt-and-road'
});
const year = (v: unknown) => (typeof v === 'string' ? Number(v.slice(0, 4)) : NaN);

export const timelineYear = family<Entry>({
	id: 'timeline-year',
	lesson: { slug: 'belt-and-road' },
	concepts: ['belt-and-road'],
	kinds: ['single'],
	targets: (ds) => ds.timeline,
	keys: (e) => [`timeline/${e.id}`],
	build(ds, e, rng) {
		const f = usable(ds, `timeline/${e.id}`);
		const y = year(f?.value);
		if (!f || !Number.isFinite(y)) return decline(`timeline/${e.id} is not usable for quizzes`);
		// nearby years are the plausible mistakes
		// nearby years up to the latest one in the timeline, so no choice lies in the future
		const latest = Math.max(
			...ds.timeline
				.map((o) => year(getFact(ds, `timeline/${o.id}`)?.value))
				.filter(Number.isFinite)
		);
		const offsets = shuffle(rng, [-4, -3, -2, -1, 1, 2, 3, 4]).filter((o) => y + o <= latest);
		const c = choicesFrom(
			rng,
			String(y),
			offsets.map((o) => String(y + o))
		);
		if ('declined' in c) return c;
		return {
			id: `timeline-year:${e.id}`,
			kind: 'single',
			generator: 'timeline-year',
			prompt: `${e.label}. In which year did this happen?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [`timeline/${e.id}`],
			explanation: because(ds, f, `${e.label}: ${formatDate(String(f.value))}`),
			sources: f.sources,
			concepts: e.concepts ?? [],
			lesson: lessonFor(e),
			difficulty: 2
		};
	}
});

export const timelineOrder = family<{ entries: Entry[] }>({
	id: 'timeline-order',
	lesson: { slug: 'belt-and-road' },
	concepts: ['belt-and-road'],
	kinds: ['ordering'],
	targets: (ds) => [{ entries: ds.timeline }],
	keys: (t) => t.entries.map((e) => `timeline/${e.id}`),
	build(ds, t, rng) {
		const rows = t.entries
			.map((e) => ({ e, f: usable(ds, `timeline/${e.id}`) }))
			.filter((r) => r.f && typeof r.f.value === 'string') as {
			e: Entry;
			f: NonNullable<ReturnType<typeof usable>>;
		}[];
		if (rows.length < 3) return decline('fewer than three usable timeline dates');
		const shown = shuffle(rng, rows).slice(0, pick(rng, [3, 4]));
		const sorted = [...shown].sort((a, b) => String(a.f.value).localeCompare(String(b.f.value)));
		// compare at the coarsest precision either date has, so "2012" and "2012-12" count as a tie
		for (let i = 1; i < sorted.length; i++) {
			const a = String(sorted[i - 1].f.value);
			const b = String(sorted[i].f.value);
			const n = Math.min(a.length, b.length);
			if (a.slice(0, n) === b.slice(0, n))
				return decline('two events cannot be told apart by date');
		}
		const ids = new Map(shown.map((r, i) => [r.e.id, 'abcd'[i]]));
		const sources = [...new Set(shown.flatMap((r) => r.f.sources))];
		return {
			id: `timeline-order:${shown
				.map((r) => r.e.id)
				.sort()
				.join('.')}`,
			kind: 'ordering',
			generator: 'timeline-order',
			prompt: 'Put these events in the order they happened, earliest first.',
			choices: shown.map((r) => ({ id: ids.get(r.e.id)!, text: r.e.label })),
			answer: sorted.map((r) => ids.get(r.e.id)!),
			factKeys: shown.map((r) => `timeline/${r.e.id}`),
			explanation: because(
				ds,
				{ sources },
				sorted.map((r) => `${r.e.label}: ${formatDate(String(r.f.value))}`).join('; ')
			),
			sources,
			concepts: [...new Set(shown.flatMap((r) => r.e.concepts ?? []))],
			lesson: { slug: 'belt-and-road' },
			difficulty: shown.length === 4 ? 3 : 2
		};
	}
});
