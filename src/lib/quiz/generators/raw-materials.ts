// Families "product-material" (matching: which raw material does each project turn into its
// products?) and "raw-material-share" (a plant's planned intake against the country's harvest of
// that crop, a calculation). Lessons: deep-processing, the-raw-material-question.
// Pure: must not import Svelte, $app or browser globals.
import { usable, type Dataset } from '../data.ts';
import { decline } from '../outcome.ts';
import { shuffle } from '../rng.ts';
import { because, family, norm } from './family.ts';
import { formatNumberWithUnit, nf } from '../format.ts';
import { companyOf, dealLabel, fmt, upperFirst, type Deal } from './values.ts';

function materialOf(ds: Dataset, d: Deal) {
	const f = usable(ds, `deal/${d.id}/rawMaterial`);
	return f && f.material ? { f, material: f.material } : undefined;
}
function productsOf(ds: Dataset, d: Deal) {
	const f = usable(ds, `deal/${d.id}/products`);
	return f && Array.isArray(f.value) && f.value.length
		? { f, list: f.value.map(String) }
		: undefined;
}

const dpLesson = { slug: 'deep-processing' };

export const productMaterial = family<{ deals: Deal[] }>({
	id: 'product-material',
	lesson: dpLesson,
	concepts: ['deep-processing', 'value-chain'],
	kinds: ['matching'],
	targets: (ds) => [{ deals: ds.deals }],
	keys: (t) => t.deals.flatMap((d) => [`deal/${d.id}/rawMaterial`, `deal/${d.id}/products`]),
	build(ds, t, rng) {
		const rows = t.deals
			.map((d) => ({ d, m: materialOf(ds, d), p: productsOf(ds, d) }))
			.filter((r) => r.m && r.p) as {
			d: Deal;
			m: NonNullable<ReturnType<typeof materialOf>>;
			p: NonNullable<ReturnType<typeof productsOf>>;
		}[];
		// each material must belong to one project only, or an item would have two right matches
		const byMaterial = new Map<string, number>();
		for (const r of rows)
			byMaterial.set(norm(r.m.material), (byMaterial.get(norm(r.m.material)) ?? 0) + 1);
		const clean = rows.filter((r) => byMaterial.get(norm(r.m.material)) === 1);
		if (clean.length < 3)
			return decline('fewer than three projects with a distinct raw material and products');
		const shown = shuffle(rng, clean).slice(0, 4);
		const items = shown.map((r, i) => ({
			id: `p${i + 1}`,
			text: `${r.p.list.slice(0, 3).join(', ')} (${companyOf(ds, r.d)})`
		}));
		const mats = shuffle(
			rng,
			shown.map((r) => r.m.material)
		);
		const choices = mats.map((m, i) => ({ id: 'abcd'[i], text: upperFirst(m) }));
		const answer = Object.fromEntries(
			shown.map((r, i) => [items[i].id, choices[mats.indexOf(r.m.material)].id])
		);
		const sources = [...new Set(shown.flatMap((r) => [...r.m.f.sources, ...r.p.f.sources]))];
		return {
			id: `product-material:${shown
				.map((r) => r.d.id)
				.sort()
				.join('.')}`,
			kind: 'matching',
			generator: 'product-material',
			prompt: 'Match each project’s planned products to the raw material it will process.',
			items,
			choices,
			answer,
			factKeys: shown.flatMap((r) => [`deal/${r.d.id}/rawMaterial`, `deal/${r.d.id}/products`]),
			explanation: because(
				ds,
				{ sources },
				shown
					.map((r) => `The ${dealLabel(ds, r.d)} turns ${r.m.material} into ${r.p.list.join(', ')}`)
					.join('. ')
			),
			sources,
			concepts: ['deep-processing', 'value-chain'],
			lesson: dpLesson,
			difficulty: 1
		};
	}
});

const rmLesson = { slug: 'the-raw-material-question' };

/** Harvest indicators that name the material, in tonnes. */
function harvestFor(ds: Dataset, material: string) {
	return ds.indicators
		.filter((i) => i.topic === 'agriculture' && norm(i.label).includes(norm(material)))
		.map((i) => ({ i, f: usable(ds, `indicator/${i.id}`) }))
		.filter((x) => x.f && typeof x.f.value === 'number' && x.f.unit === 't');
}

export const rawMaterialShare = family<{ d: Deal; indicator: string }>({
	id: 'raw-material-share',
	lesson: rmLesson,
	concepts: ['deep-processing'],
	kinds: ['single'],
	targets: (ds) =>
		ds.deals.flatMap((d) => {
			const m = materialOf(ds, d);
			return m ? harvestFor(ds, m.material).map((h) => ({ d, indicator: h.i.id })) : [];
		}),
	keys: (t) => [`deal/${t.d.id}/rawMaterial`, `indicator/${t.indicator}`],
	build(ds, t, rng) {
		const m = materialOf(ds, t.d);
		const h = usable(ds, `indicator/${t.indicator}`);
		const label = ds.indicators.find((i) => i.id === t.indicator)?.label ?? t.indicator;
		if (!m || typeof m.f.value !== 'number' || !h || typeof h.value !== 'number')
			return decline('missing figures');
		if ((m.f.qualifier ?? 'exact') === 'over' || (h.qualifier ?? 'exact') === 'over')
			return decline('an "over" figure makes the ratio uncertain');
		const ratio = m.f.value / h.value;
		const pct = (x: number) => `about ${nf('en', 0).format(x)}%`;
		// bands far apart, so rounding in either figure cannot move the answer into another band
		const bands = [5, 25, 50, 100, 200, 400];
		const nearest = bands.reduce((a, b) =>
			Math.abs(Math.log(b / 100 / ratio)) < Math.abs(Math.log(a / 100 / ratio)) ? b : a
		);
		if (Math.abs(Math.log(nearest / 100 / ratio)) > Math.log(1.25))
			return decline('the ratio does not sit clearly near one choice');
		const others = shuffle(
			rng,
			bands.filter((b) => b !== nearest && (b / nearest >= 2 || nearest / b >= 2))
		).slice(0, 3);
		const texts = shuffle(rng, [nearest, ...others]);
		const choices = texts.map((b, i) => ({ id: 'abcd'[i], text: pct(b) }));
		const sources = [...new Set([...m.f.sources, ...h.sources])];
		return {
			id: `raw-material-share:${t.d.id}:${t.indicator}`,
			kind: 'single',
			generator: 'raw-material-share',
			prompt: `The ${dealLabel(ds, t.d)} plans to process ${fmt(m.f)} of ${m.material}. ${upperFirst(label)} was ${fmt(h)}. The plant's planned intake is closest to what share of that?`,
			choices,
			answer: choices[texts.indexOf(nearest)].id,
			factKeys: [`deal/${t.d.id}/rawMaterial`, `indicator/${t.indicator}`],
			explanation: because(
				ds,
				{ sources, asOf: h.asOf },
				`This is a calculation from reported figures: ${formatNumberWithUnit(m.f.value, m.f.unit)} ÷ ${formatNumberWithUnit(h.value, h.unit)} × 100 ≈ ${nf('en', 0).format(ratio * 100)}%`
			),
			sources,
			concepts: ['deep-processing'],
			lesson: rmLesson,
			difficulty: 3
		};
	}
});

/** Family "product-project" (matching): which project plans to make each set of products? */
export const productProject = family<{ deals: Deal[] }>({
	id: 'product-project',
	lesson: dpLesson,
	concepts: ['deep-processing'],
	kinds: ['matching'],
	targets: (ds) => [{ deals: ds.deals }],
	keys: (t) => t.deals.map((d) => `deal/${d.id}/products`),
	build(ds, t, rng) {
		const rows = t.deals.map((d) => ({ d, p: productsOf(ds, d) })).filter((r) => r.p) as {
			d: Deal;
			p: NonNullable<ReturnType<typeof productsOf>>;
		}[];
		if (rows.length < 3) return decline('fewer than three projects with usable products');
		const shown = shuffle(rng, rows).slice(0, 4);
		const items = shown.map((r, i) => ({ id: `p${i + 1}`, text: upperFirst(r.p.list.join(', ')) }));
		const order = shuffle(rng, shown);
		const choices = order.map((r, i) => ({ id: 'abcd'[i], text: upperFirst(dealLabel(ds, r.d)) }));
		const answer = Object.fromEntries(
			shown.map((r, i) => [items[i].id, choices[order.indexOf(r)].id])
		);
		const sources = [...new Set(shown.flatMap((r) => r.p.f.sources))];
		return {
			id: `product-project:${shown
				.map((r) => r.d.id)
				.sort()
				.join('.')}`,
			kind: 'matching',
			generator: 'product-project',
			prompt: 'Match each set of planned products to the project that plans to make them.',
			items,
			choices,
			answer,
			factKeys: shown.map((r) => `deal/${r.d.id}/products`),
			explanation: because(
				ds,
				{ sources },
				shown
					.map((r) => `The ${dealLabel(ds, r.d)} plans to make ${r.p.list.join(', ')}`)
					.join('. ')
			),
			sources,
			concepts: ['deep-processing'],
			lesson: dpLesson,
			difficulty: 1
		};
	}
});
