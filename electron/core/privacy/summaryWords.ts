import type { ClientAddress } from '../../../shared/contract/practice';
import { domainLabels } from '../../../shared/vocabulary/labels';

type SummaryLanguage = 'nl' | 'en';

/** What the access log calls each event, said to the client about their own file. */
function eventWords(language: SummaryLanguage, your: string): Record<string, string> {
  return language === 'nl'
    ? {
        client_opened: `${your} gegevens bekeken`,
        trajectory_opened: 'traject bekeken',
        session_opened: 'sessie bekeken',
        report_exported: 'voortgangsrapport gemaakt',
        client_exported: `${your} gegevens geëxporteerd`,
      }
    : {
        client_opened: 'your details viewed',
        trajectory_opened: 'programme viewed',
        session_opened: 'session viewed',
        report_exported: 'progress report made',
        client_exported: 'your data exported',
      };
}

/**
 * The words of a client's data summary, in the client's language at B1. Dutch speaks to the
 * client with "je", or with "u" when the practice chose that: one of the two, all through.
 * Statuses, outcomes and programme types come from the one vocabulary the screens and reports use.
 */
export function summaryWords(language: SummaryLanguage, address: ClientAddress = 'je') {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const date = (iso: string) => dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
  const dateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
  const nl = language === 'nl';
  const formal = nl && address === 'u';
  // Dutch: "je" as a possessive and as an object, "jij"/"u" where the sentence needs it.
  const your = formal ? 'uw' : 'je';
  const Your = formal ? 'Uw' : 'Je';
  const you = formal ? 'u' : 'je';
  const labels = domainLabels[language];
  const lower = (text: string) => text.toLocaleLowerCase(locale);
  const events = eventWords(language, your);
  return {
    date,
    dateTime,
    title: nl ? `Overzicht van ${your} gegevens` : 'Summary of your data',
    madeOn: (day: string, practice: string) => (nl ? `Gemaakt op ${day}${practice ? ` door ${practice}` : ''}.` : `Made on ${day}${practice ? ` by ${practice}` : ''}.`),
    intro: nl
      ? `Hierin staat wat de praktijk over ${you} bewaart. Het bijgevoegde bestand (JSON) bevat dezelfde gegevens in een vorm die een computer kan lezen. ${formal ? 'U mag' : 'Je mag'} beide bewaren of aan een andere hulpverlener geven.`
      : 'This shows what the practice keeps about you. The attached file (JSON) holds the same data in a form a computer can read. You may keep both or give them to another practitioner.',
    personal: nl ? `${Your} gegevens` : 'Your details',
    name: nl ? 'Naam' : 'Name',
    preferredName: nl ? 'Roepnaam' : 'Preferred name',
    dateOfBirth: nl ? 'Geboortedatum' : 'Date of birth',
    email: nl ? 'E-mail' : 'Email',
    phone: nl ? 'Telefoon' : 'Phone',
    address: nl ? 'Adres' : 'Address',
    inPracticeSince: nl ? 'Bij de praktijk sinds' : 'With the practice since',
    trajectory: nl ? 'Traject' : 'Programme',
    kind: nl ? 'Soort' : 'Type',
    trajectoryKind: (k: string) => labels.trajectoryKindName[k as keyof typeof labels.trajectoryKindName] ?? k,
    period: nl ? 'Periode' : 'Period',
    sessions: nl ? 'Sessies' : 'Sessions',
    sessionStatus: (s: string) => lower(labels.sessionStatus[s as keyof typeof labels.sessionStatus] ?? s),
    agreements: nl ? 'Afspraken' : 'Agreements',
    outcome: (o: string) => lower(labels.agreementOutcome[o as keyof typeof labels.agreementOutcome] ?? o),
    goal: nl ? 'Vertrouwensdoel' : 'Trust goal',
    ratings: (n: number) =>
      nl ? `${n} ${n === 1 ? 'score' : 'scores'} van ${formal ? 'u' : 'jou'}` : `${n} ${n === 1 ? 'rating' : 'ratings'} by you`,
    questionnaires: nl ? 'Ingevulde vragenlijsten' : 'Questionnaires filled in',
    report: nl ? 'Voortgangsrapport' : 'Progress report',
    accessLog: nl ? `Wie ${your} dossier heeft geopend` : 'Who opened your file',
    accessIntro: nl
      ? `Elke keer dat ${your} dossier werd geopend of gegevens werden gedeeld, staat hieronder: wanneer, wat, door wie en op welk apparaat.`
      : 'Every time your file was opened or data was shared is listed below: when, what, by whom and on which device.',
    event: (e: string) => events[e] ?? e,
    more: (n: number) => (nl ? `En nog ${n} eerdere regels; die staan in het JSON-bestand.` : `And ${n} earlier lines; they are in the JSON file.`),
    leftOut: nl ? 'Wat hier niet in staat' : 'What is not included',
    leftOutText: nl
      ? `Persoonlijke werkaantekeningen uit de sessies staan hier niet in. Ook gegevens die alleen over een andere deelnemer gaan (zoals hun eigen sessies, scores en vragenlijsten) staan er niet in.`
      : "Personal working notes from the sessions are not included. Nor is anything that is only about another participant (such as their own sessions, ratings and questionnaires).",
  };
}
