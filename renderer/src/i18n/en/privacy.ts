import type { privacy as nl } from '../nl/privacy';

/** A client's own data (export, erasure), retention and the practice export, in English. */
export const privacy: typeof nl = {
  clientData: {
    title: 'This client’s data',
    intro:
      'Clients may see what you record about them and receive a copy (GDPR). The JSON file holds everything stored about this client; the PDF is a readable summary. Private notes and other participants’ own data are not in it.',
    exportJson: 'Export data (JSON)',
    exportPdf: 'Download summary (PDF)',
    logbook: 'Who opened this record?',
    busy: 'Making the file…',
    downloaded: '{{fileName}} is in your downloads.',
    eraseIntro: 'Does the client want their data gone, or has the retention period passed? Then you can erase the client.',
  },
  erase: {
    open: 'Erase client…',
    title: 'Erase {{name}}?',
    checking: 'Traject is working out what will be erased…',
    scopeIntro: 'This is erased for good for {{name}}:',
    personal: 'personal and contact details',
    trajectoriesRemoved_one: '{{count}} programme, completely:',
    trajectoriesRemoved_other: '{{count}} programmes, completely:',
    sessionsRemoved_one: '{{count}} session with notes, ratings and questionnaires',
    sessionsRemoved_other: '{{count}} sessions with notes, ratings and questionnaires',
    keptIntro_one: 'This programme stays for the other participants; only this client’s own part is erased:',
    keptIntro_other: 'These programmes stay for the other participants; only this client’s own part is erased:',
    tombstone:
      'All that remains is a note without personal data: a number, the date and the reason. Restoring an older backup does not bring this client back either.',
    retentionTitle: 'The retention period has not passed yet.',
    retentionText:
      'Under the WGBO this record must be kept until {{date}}. Erase it earlier only for a good reason, such as the client’s request, and choose that reason below.',
    reason: 'Reason',
    reasonRequired: 'Choose a reason: the retention period has not passed yet.',
    reasons: {
      client_request: 'At the client’s request',
      retention_passed: 'The retention period has passed',
      entered_by_mistake: 'Entered by mistake',
      other: 'Another reason',
    },
    word: 'ERASE',
    typeWord: 'Type {{word}} to confirm',
    typeWordError: 'Type {{word}} to confirm that you want to erase this client.',
    submit: 'Erase for good',
    busy: 'Erasing the client…',
    done: '{{name}} has been erased.',
  },
  retention: {
    title: 'Retention period passed',
    intro:
      'Under the WGBO you keep a record for 20 years after the last change. These are the programmes whose period has passed. Traject never erases anything by itself: review them and decide.',
    loading: 'Loading programmes…',
    empty: 'No programme has passed its retention period.',
    columns: {
      trajectory: 'Programme',
      participants: 'Participants',
      lastActivity: 'Last activity',
      retainUntil: 'Keep until',
    },
    howToErase: 'You erase a client from that client’s page, with ‘Erase client…’.',
  },
  practiceExport: {
    title: 'Export practice',
    intro: 'All of your practice’s data in one JSON file, to move to another computer or another program.',
    notEncrypted:
      'This file is not encrypted: anyone who has it can read everything. Do not keep it in a shared folder and delete it when you are done. For a safe copy, make a backup.',
    submit: 'Export the whole practice (JSON)',
    busy: 'Making the export…',
    confirmTitle: 'Make an unencrypted file?',
    confirmText:
      'The file holds all clients, notes and private notes, readable by anyone who opens it. Only go on if you move it safely straight away.',
    confirm: 'Export',
    downloaded: '{{fileName}} is in your downloads. Delete it once the move is done.',
  },
};
