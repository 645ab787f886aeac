/** Where the questionnaires section is: the list, one questionnaire, its editor, or its item texts. */
export type QuestionnaireView =
  | { kind: 'list' }
  | { kind: 'detail'; key: string }
  | { kind: 'new' }
  | { kind: 'copy'; key: string }
  | { kind: 'edit'; key: string }
  | { kind: 'itemTexts'; key: string };
