// Results shared by kinds, generators and assembly: a grade, or a generator's decline. Kept apart
// from model.ts so browser code that grades or builds quizzes needs no schema library.
// Pure: must not import Svelte, $app or browser globals.
import type { Question } from './model.ts';

export type GradeStatus = 'correct' | 'partial' | 'wrong' | 'invalid';
export interface Grade {
	status: GradeStatus;
	/** 0..1 */
	score: number;
	/** plain-language note, always present for invalid input */
	message?: string;
}

/** A generator declined: the data cannot support an unambiguous question. */
export interface Decline {
	declined: true;
	reason: string;
}
export const decline = (reason: string): Decline => ({ declined: true, reason });
export const isDecline = (x: Question | Decline): x is Decline => 'declined' in x;

export function gradeFromScore(score: number, message?: string): Grade {
	const s = Math.max(0, Math.min(1, score));
	const status: GradeStatus = s >= 1 ? 'correct' : s <= 0 ? 'wrong' : 'partial';
	return message ? { status, score: s, message } : { status, score: s };
}

export const invalid = (message: string): Grade => ({ status: 'invalid', score: 0, message });
