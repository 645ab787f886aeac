import type { clientModeNl } from '../nl/clientMode';

/** Client mode in English; English has one way to address the client, so the `_u` keys say the same. */
export const clientModeEn: typeof clientModeNl = {
  start: 'Let the client fill it in',
  dialog: {
    description: 'Then the screen shows only this questionnaire, large and in the participant’s language. You come back with your passphrase.',
    questionnaire: 'Questionnaire',
    questionnaireHint: 'Only questionnaires that fit this type of programme and have text for every item.',
    participant: 'Who fills it in',
    none: 'There is no questionnaire here that a client can fill in on their own. Enter the item text first under Questionnaires.',
    submit: 'Start client mode',
    saving: 'Starting client mode…',
    refused: {
      questionnaire_does_not_fit: 'This questionnaire does not fit this type of programme.',
      items_without_text: 'Not every item of this questionnaire has text. Enter the item text first under Questionnaires.',
      not_an_attendee: 'This participant is not in this session. Choose someone who is.',
      session_not_held: 'Nobody fills anything in for a cancelled session or a no-show.',
    },
  },
  leave: {
    open: 'Leave client mode',
    title: 'Leave client mode',
    intro: 'Enter the vault’s passphrase to go back to Traject.',
    submit: 'Leave',
    busy: 'Checking the passphrase…',
    back: 'Back to the questionnaire',
    useRecoveryKey: 'Use the recovery key',
    usePassphrase: 'Use the passphrase',
    stillOn: 'Client mode stays on.',
  },
  left: 'Client mode ended. The answers of {{name}} to {{title}} are stored.',
  leftWithoutAnswers: 'Client mode ended. {{name}} did not fill anything in.',
  leftAfterReload: 'Client mode ended.',
  client: {
    label: 'Client mode',
    hello: 'Hello {{name}}',
    hello_u: 'Hello {{name}}',
    intro: 'Please answer the questions. You may skip a question. Done? Then click ‘Save answers’ at the bottom.',
    intro_u: 'Please answer the questions. You may skip a question. Done? Then click ‘Save answers’ at the bottom.',
    noAnswers: 'Answer at least one question.',
    failed: 'Saving did not work. Please try again.',
    thanks: 'Thank you, {{name}}',
    thanks_u: 'Thank you, {{name}}',
    stored: 'Your answers are stored. Please hand the computer back now.',
    stored_u: 'Your answers are stored. Please hand the computer back now.',
    loading: 'Loading the questionnaire…',
  },
};
