// The fact index: every sourced value in the dataset under a stable key that questions and
// progress use ("deal/<id>/<field>", "indicator/<id>", "timeline/<id>", ...). Also says which
// facts may be quiz answers. Pure: must not import Svelte, $app or browser globals.
import type { ContentIssue } from '../issues.ts';
import type { FactValue } from './schema.ts';

export type FactIndex = Record<string, FactValue>;

/** Key prefix per record type; records of other types hold no facts. */
const PREFIX: Record<string, string> = {
	deals: 'deal',
	companies: 'company',
	regions: 'region',
	sezs: 'sez',
	events: 'event'
};

export function isFactLike(v: unknown): v is FactValue {
	return (
		typeof v === 'object' &&
		v !== null &&
		!Array.isArray(v) &&
		'value' in v &&
		'status' in v &&
		'sources' in v
	);
}

/** Registers every fact value found in the records under its key. */
export function collectFacts(records: Record<string, readonly object[]>): {
	facts: FactIndex;
	issues: ContentIssue[];
} {
	const facts: FactIndex = {};
	const issues: ContentIssue[] = [];
	const add = (key: string, f: FactValue, file: string, record: string, field: string) => {
		if (facts[key]) issues.push({ file, record, field, message: `fact key "${key}" is used twice` });
		else facts[key] = f;
	};
	for (const [type, list] of Object.entries(records)) {
		const file = `content/data/${type}.yaml`;
		for (const rec of list as { id: string }[]) {
			if (type === 'indicators') {
				add(`indicator/${rec.id}`, (rec as unknown as { fact: FactValue }).fact, file, rec.id, 'fact');
				continue;
			}
			if (type === 'timeline') {
				add(`timeline/${rec.id}`, (rec as unknown as { date: FactValue }).date, file, rec.id, 'date');
				continue;
			}
			const prefix = PREFIX[type];
			if (!prefix) continue;
			for (const [field, v] of Object.entries(rec)) {
				if (isFactLike(v)) add(`${prefix}/${rec.id}/${field}`, v, file, rec.id, field);
				else if (Array.isArray(v))
					for (const item of v)
						if (isFactLike(item) && typeof (item as { id?: unknown }).id === 'string')
							add(
								`${prefix}/${rec.id}/${field}/${(item as unknown as { id: string }).id}`,
								item,
								file,
								rec.id,
								field
							);
			}
		}
	}
	return { facts, issues };
}

export function getFact(dataset: { facts: FactIndex }, key: string): FactValue | undefined {
	return Object.hasOwn(dataset.facts, key) ? dataset.facts[key] : undefined;
}

/** A value may be a quiz answer only when marked so and settled (verified or seed-only). */
export function isQuizUsable(fact: FactValue): boolean {
	return fact.quiz === true && (fact.status === 'verified' || fact.status === 'seed-only');
}
