// What every question view takes from the QuizRunner, typed by the question's kind.
import type { Kind, QuestionOf, ResponseOf } from '$lib/quiz/model';

export interface KindViewProps<K extends Kind> {
	question: QuestionOf<K>;
	/** the learner's answer so far (bindable) */
	response?: ResponseOf<K>;
	/** true while feedback is shown */
	disabled?: boolean;
	/** id of the legend, which the runner focuses on a new question */
	legendId?: string;
}
