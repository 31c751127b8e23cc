// Families "sez-region" (in which region is an SEZ?) and "sez-created" (which of these zones was
// created first?). Lesson: special-economic-zones. Pure: no Svelte, $app or browser globals.
import { nameOf, usable, type Dataset } from '../data.ts';
import { decline } from '../outcome.ts';
import { pick, shuffle } from '../rng.ts';
import { because, choicesFrom, family } from './family.ts';
import { formatDate } from '../format.ts';

const lesson = { slug: 'special-economic-zones' };
const concepts = ['special-economic-zone'];
type Sez = Dataset['sezs'][number];

export const sezRegion = family<Sez>({
	id: 'sez-region',
	lesson,
	concepts,
	kinds: ['single'],
	targets: (ds) => ds.sezs,
	keys: (z) => [`sez/${z.id}/region`],
	build(ds, z, rng) {
		const f = usable(ds, `sez/${z.id}/region`);
		if (!f || typeof f.value !== 'string')
			return decline(`sez/${z.id}/region is not usable for quizzes`);
		const key = f.value;
		const fromZones = ds.sezs
			.map((o) => usable(ds, `sez/${o.id}/region`)?.value)
			.filter((v): v is string => typeof v === 'string' && v !== key);
		const rest = ds.regions.map((r) => r.id).filter((r) => r !== key);
		const distractors = [...new Set([...shuffle(rng, fromZones), ...shuffle(rng, rest)])]
			.slice(0, 6)
			.map((r) => nameOf(ds, 'region', r));
		const c = choicesFrom(rng, nameOf(ds, 'region', key), distractors);
		if ('declined' in c) return c;
		return {
			id: `sez-region:${z.id}`,
			kind: 'single',
			generator: 'sez-region',
			prompt: `Where is the ${z.name} special economic zone?`,
			choices: c.choices,
			answer: c.answer,
			factKeys: [`sez/${z.id}/region`],
			explanation: because(ds, f, `The ${z.name} zone is in ${nameOf(ds, 'region', key)}`),
			sources: f.sources,
			concepts,
			lesson,
			difficulty: 2
		};
	}
});

/** Year of a date fact; zones created in the same year cannot be ranked. */
const yearOf = (v: unknown) => (typeof v === 'string' ? Number(v.slice(0, 4)) : NaN);

export const sezCreated = family<{ zones: Sez[] }>({
	id: 'sez-created',
	lesson,
	concepts,
	kinds: ['single'],
	targets: (ds) => [{ zones: ds.sezs }],
	keys: (t) => t.zones.map((z) => `sez/${z.id}/created`),
	build(ds, t, rng) {
		const rows = t.zones
			.map((z) => ({ z, f: usable(ds, `sez/${z.id}/created`) }))
			.filter((r) => r.f && Number.isFinite(yearOf(r.f.value))) as {
			z: Sez;
			f: NonNullable<ReturnType<typeof usable>>;
		}[];
		if (rows.length < 3) return decline('fewer than three zones with a usable creation date');
		const shown = shuffle(rng, rows).slice(0, pick(rng, [3, 4]));
		const sorted = [...shown].sort((a, b) => yearOf(a.f.value) - yearOf(b.f.value));
		if (yearOf(sorted[0].f.value) === yearOf(sorted[1].f.value))
			return decline('two zones were created in the same year');
		const choices = shown.map((r, i) => ({ id: 'abcd'[i], text: r.z.name }));
		const sources = [...new Set(shown.flatMap((r) => r.f.sources))];
		return {
			id: `sez-created:${shown
				.map((r) => r.z.id)
				.sort()
				.join('.')}`,
			kind: 'single',
			generator: 'sez-created',
			prompt: 'Which of these special economic zones was created first?',
			choices,
			answer: choices[shown.indexOf(sorted[0])].id,
			factKeys: shown.map((r) => `sez/${r.z.id}/created`),
			explanation: because(
				ds,
				{ sources },
				sorted.map((r) => `${r.z.name}: ${formatDate(String(r.f.value))}`).join('; ')
			),
			sources,
			concepts,
			lesson,
			difficulty: 3
		};
	}
});
