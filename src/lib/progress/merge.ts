// Merging two progress documents (two tabs, or an import): never loses an attempt.
// Owns: the merge rules for every field. Must not import: svelte, $app/*, browser globals.
//
// - Profiles: union by id. A deleted profile stays deleted unless it was restored (by import) after
//   the deletion. Name: the later rename wins. Reset: the reset value set later wins.
// - Attempts: union by id (the copy in `a` wins if both hold one); those finished at or before the
//   profile's reset are dropped. Mastery and review cards are then rebuilt by replay, so the result
//   does not depend on which tab saw which attempt first.
// - Lessons read: union, the first read kept. Quizzes in progress: per key, the later update wins
//   (a finished or abandoned quiz leaves a `cleared` marker so an older copy does not come back).
// - Profiles are ordered by creation time. Active profile: `a`'s if it still exists, else `b`'s,
//   else the first profile.
import { compareAttempts, rebuildDerived } from './document.ts';
import type { Attempt, InProgress, LessonRead, Profile, ProgressDoc } from './schema.ts';

const t = (iso: string | undefined | null) => (iso ? Date.parse(iso) : -Infinity);

function later(x: string | undefined, y: string | undefined): string | undefined {
	if (x === undefined) return y;
	if (y === undefined) return x;
	return t(y) > t(x) ? y : x;
}

function mergeProfile(a: Profile, b: Profile): Profile {
	const aNameAt = t(a.renamedAt ?? a.createdAt);
	const bNameAt = t(b.renamedAt ?? b.createdAt);
	const named = bNameAt > aNameAt ? b : a;
	const reset =
		a.reset && b.reset
			? t(b.reset.setAt) > t(a.reset.setAt)
				? b.reset
				: a.reset
			: (a.reset ?? b.reset);
	const cutoff = t(reset?.at);

	const byId = new Map<string, Attempt>();
	for (const x of [...a.attempts, ...b.attempts]) if (!byId.has(x.id)) byId.set(x.id, x);
	const attempts = [...byId.values()].filter((x) => t(x.finishedAt) > cutoff).sort(compareAttempts);

	const lessonsRead: Record<string, LessonRead> = {};
	for (const [slug, r] of [...Object.entries(a.lessonsRead), ...Object.entries(b.lessonsRead)]) {
		if (t(r.at) <= cutoff) continue;
		const seen = lessonsRead[slug];
		if (!seen || t(r.at) < t(seen.at)) lessonsRead[slug] = r;
	}

	const inProgress: Record<string, InProgress> = {};
	for (const [key, q] of [...Object.entries(a.inProgress), ...Object.entries(b.inProgress)]) {
		if (t(q.updatedAt) <= cutoff) continue;
		const seen = inProgress[key];
		if (!seen || t(q.updatedAt) > t(seen.updatedAt)) inProgress[key] = q;
	}
	// An attempt finished in one tab ends the matching quiz in progress in every tab.
	const finished = new Set(attempts.map((x) => x.id));
	for (const [key, q] of Object.entries(inProgress)) {
		if (q.kind === 'active' && finished.has(q.attemptId)) {
			inProgress[key] = { kind: 'cleared', quizKey: key, updatedAt: q.updatedAt };
		}
	}

	const merged: Profile = {
		id: a.id,
		name: named.name,
		createdAt: t(b.createdAt) < t(a.createdAt) ? b.createdAt : a.createdAt,
		lessonsRead,
		attempts,
		inProgress,
		mastery: a.mastery,
		review: a.review
	};
	if (named.renamedAt) merged.renamedAt = named.renamedAt;
	if (reset) merged.reset = reset;
	const restoredAt = later(a.restoredAt, b.restoredAt);
	if (restoredAt) merged.restoredAt = restoredAt;

	const sameHistory =
		attempts.length === a.attempts.length && attempts.every((x, i) => x.id === a.attempts[i].id);
	return sameHistory ? merged : rebuildDerived(merged);
}

/** The union of two documents. Pure and deterministic; neither input is changed. */
export function mergeProgress(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
	const deletedProfiles: Record<string, string> = { ...a.deletedProfiles };
	for (const [id, at] of Object.entries(b.deletedProfiles)) {
		deletedProfiles[id] = later(deletedProfiles[id], at) as string;
	}
	const order: string[] = [];
	const byId = new Map<string, Profile>();
	for (const p of [...a.profiles, ...b.profiles]) {
		const seen = byId.get(p.id);
		if (!seen) order.push(p.id);
		byId.set(p.id, seen ? mergeProfile(seen, p) : p);
	}
	// Sorted, so two tabs that created profiles at the same time agree on the order.
	const profiles = order
		.map((id) => byId.get(id) as Profile)
		.filter((p) => {
			const deleted = deletedProfiles[p.id];
			return !deleted || t(p.restoredAt) > t(deleted);
		})
		.sort((x, y) => t(x.createdAt) - t(y.createdAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
	const alive = new Set(profiles.map((p) => p.id));
	const activeProfileId =
		a.activeProfileId !== null && alive.has(a.activeProfileId)
			? a.activeProfileId
			: b.activeProfileId !== null && alive.has(b.activeProfileId)
				? b.activeProfileId
				: (profiles[0]?.id ?? null);
	return { version: a.version, activeProfileId, profiles, deletedProfiles };
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_k, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.keys(v)
						.sort()
						.map((k) => [k, v[k]])
				)
			: v
	);
}

/**
 * True when two documents hold the same progress. The active profile is ignored: each tab keeps
 * its own, and comparing it would make two tabs rewrite each other's copy forever.
 */
export function sameProgress(a: ProgressDoc, b: ProgressDoc): boolean {
	return canonical({ ...a, activeProfileId: null }) === canonical({ ...b, activeProfileId: null });
}
