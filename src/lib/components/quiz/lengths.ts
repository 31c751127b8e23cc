// How many questions the lesson and module quizzes ask. One place, so the pages, the links that
// describe them and the tests agree.
export const LESSON_QUIZ_LENGTH = 8;
export const MODULE_QUIZ_LENGTH = 15;
