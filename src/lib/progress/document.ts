// Pure update functions on the progress document. Every function returns a new document and never
// changes its input; time (`now`, an ISO string) and ids (the UI passes crypto.randomUUID()) come
// from the caller. Attempts are the source of truth: mastery and review cards are derived from
// them and rebuilt by replay whenever history changes out of order (merge, import, migration).
// Must not import: svelte, $app/*, browser globals, the quiz engine.
import { applyAttemptToMastery, replayMastery } from './mastery.ts';
import { applyAttemptToReview, replayReview } from './review.ts';
import {
	activeQuizSchema,
	attemptSchema,
	CURRENT_VERSION,
	profileName,
	type ActiveQuizInput,
	type Attempt,
	type LessonRead,
	type Profile,
	type ProgressDoc
} from './schema.ts';

/** A mistake in the calling code (unknown profile, malformed attempt), not in user input. */
export class ProgressError extends Error {
	override name = 'ProgressError';
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function emptyProgress(): ProgressDoc {
	return { version: CURRENT_VERSION, activeProfileId: null, profiles: [], deletedProfiles: {} };
}

export function getProfile(doc: ProgressDoc, profileId: string): Profile | undefined {
	return doc.profiles.find((p) => p.id === profileId);
}

export function activeProfile(doc: ProgressDoc): Profile | undefined {
	return doc.activeProfileId === null ? undefined : getProfile(doc, doc.activeProfileId);
}

/** Replay order: finishedAt, then startedAt, then id, so every device sorts the same way. */
export function compareAttempts(a: Attempt, b: Attempt): number {
	return (
		Date.parse(a.finishedAt) - Date.parse(b.finishedAt) ||
		Date.parse(a.startedAt) - Date.parse(b.startedAt) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** The profile with mastery and review cards rebuilt from its attempts. */
export function rebuildDerived(profile: Profile): Profile {
	const attempts = [...profile.attempts].sort(compareAttempts);
	return { ...profile, attempts, mastery: replayMastery(attempts), review: replayReview(attempts) };
}

function requireProfile(doc: ProgressDoc, profileId: string): Profile {
	const p = getProfile(doc, profileId);
	if (!p) throw new ProgressError(`No profile with id "${profileId}".`);
	return p;
}

function withProfile(doc: ProgressDoc, profileId: string, f: (p: Profile) => Profile): ProgressDoc {
	const current = requireProfile(doc, profileId);
	const next = f(current);
	if (next === current) return doc;
	return { ...doc, profiles: doc.profiles.map((p) => (p.id === profileId ? next : p)) };
}

function newProfile(id: string, name: string, now: string): Profile {
	return {
		id,
		name,
		createdAt: now,
		lessonsRead: {},
		attempts: [],
		inProgress: {},
		mastery: {},
		review: {}
	};
}

function checkName(name: string): Result<string> {
	const r = profileName.safeParse(name);
	if (r.success) return { ok: true, value: r.data.replace(/\s+/g, ' ') };
	return { ok: false, error: r.error.issues[0]?.message ?? 'This name cannot be used.' };
}

/** Adds a learner profile and makes it the active one. The name is user input: errors are returned. */
export function createProfile(
	doc: ProgressDoc,
	input: { id: string; name: string },
	now: string
): Result<ProgressDoc> {
	const name = checkName(input.name);
	if (!name.ok) return name;
	if (!input.id) return { ok: false, error: 'The new profile has no id.' };
	if (getProfile(doc, input.id) || input.id in doc.deletedProfiles) {
		return { ok: false, error: 'A profile with this id already exists.' };
	}
	return {
		ok: true,
		value: {
			...doc,
			activeProfileId: input.id,
			profiles: [...doc.profiles, newProfile(input.id, name.value, now)]
		}
	};
}

export function renameProfile(
	doc: ProgressDoc,
	profileId: string,
	name: string,
	now: string
): Result<ProgressDoc> {
	const checked = checkName(name);
	if (!checked.ok) return checked;
	if (!getProfile(doc, profileId)) return { ok: false, error: 'This profile no longer exists.' };
	return {
		ok: true,
		value: withProfile(doc, profileId, (p) => ({ ...p, name: checked.value, renamedAt: now }))
	};
}

/** Removes a profile and remembers the deletion, so a merge with another tab does not undo it. */
export function deleteProfile(doc: ProgressDoc, profileId: string, now: string): ProgressDoc {
	if (!getProfile(doc, profileId)) return doc;
	const profiles = doc.profiles.filter((p) => p.id !== profileId);
	return {
		...doc,
		profiles,
		activeProfileId:
			doc.activeProfileId === profileId ? (profiles[0]?.id ?? null) : doc.activeProfileId,
		deletedProfiles: { ...doc.deletedProfiles, [profileId]: now }
	};
}

export function switchProfile(doc: ProgressDoc, profileId: string): ProgressDoc {
	requireProfile(doc, profileId);
	return doc.activeProfileId === profileId ? doc : { ...doc, activeProfileId: profileId };
}

/** Clears a profile's progress (keeps its id and name). Work finished before `now` stays gone after merges. */
export function resetProfile(doc: ProgressDoc, profileId: string, now: string): ProgressDoc {
	return withProfile(doc, profileId, (p) => ({
		...newProfile(p.id, p.name, p.createdAt),
		...(p.renamedAt ? { renamedAt: p.renamedAt } : {}),
		...(p.restoredAt ? { restoredAt: p.restoredAt } : {}),
		reset: { at: now, setAt: now }
	}));
}

function afterReset(p: Profile, at: string): boolean {
	return !p.reset?.at || Date.parse(at) > Date.parse(p.reset.at);
}

/** Records that a lesson was read. The first read is kept; marking later does not move its date. */
export function markLessonRead(
	doc: ProgressDoc,
	profileId: string,
	slug: string,
	how: LessonRead['how'],
	now: string
): ProgressDoc {
	return withProfile(doc, profileId, (p) => {
		if (p.lessonsRead[slug]) return p;
		return { ...p, lessonsRead: { ...p.lessonsRead, [slug]: { how, at: now } } };
	});
}

/**
 * Adds a finished attempt: stores it, updates mastery and review cards, and clears the quiz in
 * progress it came from. Adding the same attempt id again changes nothing. Throws ProgressError on
 * a malformed attempt or an unknown profile (a bug in the caller, not user input).
 */
export function applyAttempt(
	doc: ProgressDoc,
	profileId: string,
	attempt: Attempt,
	now: string
): ProgressDoc {
	const parsed = attemptSchema.safeParse(attempt);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ProgressError(
			`Attempt is malformed at ${issue.path.join('.') || 'top'}: ${issue.message}`
		);
	}
	const a = parsed.data;
	return withProfile(doc, profileId, (p) => {
		if (p.attempts.some((x) => x.id === a.id)) return p;
		const inProgress = { ...p.inProgress };
		for (const [key, q] of Object.entries(p.inProgress)) {
			if (q.kind === 'active' && q.attemptId === a.id) {
				inProgress[key] = { kind: 'cleared', quizKey: key, updatedAt: now };
			}
		}
		if (!afterReset(p, a.finishedAt)) return { ...p, inProgress };
		const last = p.attempts[p.attempts.length - 1];
		const inOrder = !last || compareAttempts(last, a) < 0;
		const next: Profile = { ...p, inProgress, attempts: [...p.attempts, a] };
		if (!inOrder) return rebuildDerived(next);
		return {
			...next,
			mastery: applyAttemptToMastery(p.mastery, a),
			review: applyAttemptToReview(p.review, a)
		};
	});
}

/** A mastery challenge is an attempt with scope `challenge`; its rule is in mastery.ts. */
export function applyChallenge(
	doc: ProgressDoc,
	profileId: string,
	attempt: Attempt,
	now: string
): ProgressDoc {
	if (attempt.scope.kind !== 'challenge') {
		throw new ProgressError('applyChallenge needs an attempt whose scope is a challenge.');
	}
	return applyAttempt(doc, profileId, attempt, now);
}

/** Saves (or replaces) the quiz in progress under its key, so a reload can resume it. */
export function saveQuizInProgress(
	doc: ProgressDoc,
	profileId: string,
	quiz: ActiveQuizInput,
	now: string
): ProgressDoc {
	const parsed = activeQuizSchema.safeParse({ ...quiz, kind: 'active', updatedAt: now });
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ProgressError(
			`Quiz in progress is malformed at ${issue.path.join('.')}: ${issue.message}`
		);
	}
	return withProfile(doc, profileId, (p) => ({
		...p,
		inProgress: { ...p.inProgress, [parsed.data.quizKey]: parsed.data }
	}));
}

export function clearQuizInProgress(
	doc: ProgressDoc,
	profileId: string,
	quizKey: string,
	now: string
): ProgressDoc {
	return withProfile(doc, profileId, (p) => {
		if (p.inProgress[quizKey]?.kind !== 'active') return p;
		return {
			...p,
			inProgress: { ...p.inProgress, [quizKey]: { kind: 'cleared', quizKey, updatedAt: now } }
		};
	});
}

/** The quiz in progress under `quizKey`, if there is one to resume. */
export function quizInProgress(doc: ProgressDoc, profileId: string, quizKey: string) {
	const q = getProfile(doc, profileId)?.inProgress[quizKey];
	return q?.kind === 'active' ? q : undefined;
}
