/** The words of a client's data summary, in the client's language (B1, "je"). */
export function summaryWords(language: 'nl' | 'en') {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const date = (iso: string) => dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
  const dateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
  const nl = language === 'nl';
  const kinds: Record<string, [string, string]> = { individual: ['Individueel traject', 'Individual programme'], couple: ['Traject als stel', 'Couples programme'], team: ['Teamtraject', 'Team programme'] };
  const statuses: Record<string, [string, string]> = { planned: ['gepland', 'planned'], held: ['gehouden', 'held'], cancelled: ['afgezegd', 'cancelled'], no_show: ['niet verschenen', 'no-show'] };
  const outcomes: Record<string, [string, string]> = {
    kept: ['nagekomen', 'kept'],
    partly_kept: ['deels nagekomen', 'partly kept'],
    not_kept: ['niet nagekomen', 'not kept'],
    renegotiated: ['bijgesteld', 'renegotiated'],
    dropped: ['vervallen', 'dropped'],
  };
  const events: Record<string, [string, string]> = {
    client_opened: ['je gegevens bekeken', 'your details viewed'],
    trajectory_opened: ['traject bekeken', 'programme viewed'],
    session_opened: ['sessie bekeken', 'session viewed'],
    report_exported: ['voortgangsrapport gemaakt', 'progress report made'],
    client_exported: ['je gegevens geëxporteerd', 'your data exported'],
  };
  const pick = (map: Record<string, [string, string]>, key: string) => map[key]?.[nl ? 0 : 1] ?? key;
  return {
    date,
    dateTime,
    title: nl ? 'Overzicht van je gegevens' : 'Summary of your data',
    madeOn: (day: string, practice: string) => (nl ? `Gemaakt op ${day}${practice ? ` door ${practice}` : ''}.` : `Made on ${day}${practice ? ` by ${practice}` : ''}.`),
    intro: nl
      ? 'Hierin staat wat de praktijk over je bewaart. Het bijgevoegde bestand (JSON) bevat dezelfde gegevens in een vorm die een computer kan lezen. Je mag beide bewaren of aan een andere hulpverlener geven.'
      : 'This shows what the practice keeps about you. The attached file (JSON) holds the same data in a form a computer can read. You may keep both or give them to another practitioner.',
    personal: nl ? 'Je gegevens' : 'Your details',
    name: nl ? 'Naam' : 'Name',
    preferredName: nl ? 'Roepnaam' : 'Preferred name',
    dateOfBirth: nl ? 'Geboortedatum' : 'Date of birth',
    email: nl ? 'E-mail' : 'Email',
    phone: nl ? 'Telefoon' : 'Phone',
    address: nl ? 'Adres' : 'Address',
    inPracticeSince: nl ? 'Bij de praktijk sinds' : 'With the practice since',
    trajectory: nl ? 'Traject' : 'Programme',
    kind: nl ? 'Soort' : 'Type',
    trajectoryKind: (k: string) => pick(kinds, k),
    period: nl ? 'Periode' : 'Period',
    sessions: nl ? 'Sessies' : 'Sessions',
    sessionStatus: (s: string) => pick(statuses, s),
    agreements: nl ? 'Afspraken' : 'Agreements',
    outcome: (o: string) => pick(outcomes, o),
    goal: nl ? 'Vertrouwensdoel' : 'Trust goal',
    ratings: (n: number) => (nl ? `${n} ${n === 1 ? 'score' : 'scores'} van jou` : `${n} ${n === 1 ? 'rating' : 'ratings'} by you`),
    questionnaires: nl ? 'Ingevulde vragenlijsten' : 'Questionnaires filled in',
    report: nl ? 'Voortgangsrapport' : 'Progress report',
    accessLog: nl ? 'Wie je dossier heeft geopend' : 'Who opened your file',
    accessIntro: nl
      ? 'Elke keer dat je dossier werd geopend of gegevens werden gedeeld, staat hieronder: wanneer, wat, door wie en op welk apparaat.'
      : 'Every time your file was opened or data was shared is listed below: when, what, by whom and on which device.',
    event: (e: string) => pick(events, e),
    more: (n: number) => (nl ? `En nog ${n} eerdere regels; die staan in het JSON-bestand.` : `And ${n} earlier lines; they are in the JSON file.`),
    leftOut: nl ? 'Wat hier niet in staat' : 'What is not included',
    leftOutText: nl
      ? 'Persoonlijke werkaantekeningen van je coach of therapeut staan hier niet in. Ook gegevens die alleen over een andere deelnemer gaan (zoals hun eigen sessies, scores en vragenlijsten) staan er niet in.'
      : "Your coach's or therapist's personal working notes are not included. Nor is anything that is only about another participant (such as their own sessions, ratings and questionnaires).",
  };
}
