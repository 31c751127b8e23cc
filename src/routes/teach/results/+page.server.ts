import { dataset } from '$lib/server/content';
import { teacherOutline, teacherQuizData } from '$lib/server/teacher';

export function load() {
	return { outline: teacherOutline(), datasetVersion: dataset.version, quiz: teacherQuizData() };
}
