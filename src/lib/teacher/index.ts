// The teacher domain's public interface: assignment links, names and seeds, result codes and
// files, the gradebook, CSV and the teacher's saved document. Pure: must not import Svelte, $app
// or browser globals.
export {
	assignmentId,
	assignmentSchema,
	assignmentUrl,
	decodeAssignment,
	encodeAssignment,
	isPastDue,
	quizSpec,
	type Assignment,
	type AssignmentDecode,
	type QuizSpec
} from './assignment.ts';
export type { CodeFault } from './codec.ts';
export { csvText, gradebookCsv, type CsvOptions } from './csv.ts';
export {
	buildGradebook,
	type FlagReason,
	type FlaggedEntry,
	type Gradebook,
	type GradebookRow,
	type ItemStat
} from './gradebook.ts';
export { normaliseName, studentSeed } from './names.ts';
export {
	decodeResult,
	decodeResultFile,
	decodeResultInput,
	encodeResult,
	makeResult,
	nameProblem,
	resultFile,
	resultSchema,
	splitPasted,
	totalScore,
	type Answer,
	type Result,
	type ResultDecode,
	type ResultFault,
	type ResultInput
} from './result.ts';
export {
	addAssignment,
	addReceived,
	emptyTeacherDoc,
	exportTeacherDoc,
	findEntry,
	gradebookFor,
	importTeacherDoc,
	mergeTeacherDocs,
	removeAssignment,
	removeReceived,
	teacherDocSchema,
	type AddReceivedOutcome,
	type TeacherDoc,
	type TeacherDocImport,
	type TeacherEntry
} from './teacher-doc.ts';
