// Words for generated practice data: Dutch coaching language, names with diacritics.
export const firstNames = `Anna Bram Chloë Daan Eva Femke Gijs Hanna Iris Jesse Joëlle Kees Lotte Maarten Noah Noë Olivier Pien
  Ruben Sanne Sem Tess Thijs Umut Vera Willem Yara Zoë Fleur Jasper Lieke Mohamed Nina Sophie Stijn Tim Floor Isa Luuk Emma
  Fenna Hugo Ilse Jan Karin Lars Marieke Niels Petra Renée Sven Ingrid Koen Merel Hüseyin Aïsha Björn René José
  Bas Dirk Evert Frank Gerrit Henk Ivo Joris Kevin Leon Mark Nick Oscar Paul Rick Sander Tom Vincent Wouter Youssef
  Amira Bente Carlijn Demi Esmee Fatima Guusje Hilde Inge Jolien Kim Linda Mila Nora Roos Saskia Tamara Wendy Yasmin
  Annemiek Babette Céline Dewi Elif Fay Gwen Hatice Jikke Liv Madelief Naomi Ozan Pim Quinten Rutger Siem Teun Vince
  Wessel Ahmet Boaz Cas Dex Elias Finn Gerard Hans Idris Jurre Kay Levi Milan Nout Otto Peer Rens Stef Tobias Valentijn`.split(/\s+/);

export const lastNames = `de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder de Groot
  Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf van der Meer van der Linden Kok Jacobs
  de Haan Vermeulen van den Heuvel van der Veen van den Broek de Bruijn de Bruin van der Heijden Schouten van Beek Willems
  van Vliet van de Ven Hoekstra Maas Verhoeven Koster van Dam van der Wal Prins Blom Huisman Peeters Kuipers Çelik Öztürk`
  .split(/\s{2,}|\s(?=[A-ZÇÖ])/)
  .map((s) => s.trim())
  .filter(Boolean);

export const words = `vertrouwen afspraak gesprek samen partner relatie gevoel boosheid verdriet angst ruzie luisteren praten
  eerlijk open veilig onveilig grens grenzen ruimte tijd werk kinderen familie ouders schoonouders vrienden geld huis
  verhuizing zorgen slapen stress moe energie rust pauze wandelen sporten koken eten avond weekend vakantie verjaardag
  telefoon berichten appjes scherm sociale media jaloezie twijfel schuld schaamte spijt excuses erkenning herstel
  vergeving patroon reactie terugtrekken aanvallen verdedigen kritiek waardering dankbaarheid compliment aandacht
  nabijheid intimiteit seks afstand contact verbinding behoefte wens verlangen verwachting teleurstelling hoop moed
  doel stap voortgang terugval oefening huiswerk dagboek reflectie inzicht gedrag gedachte overtuiging emotie lichaam
  spanning ontspanning ademhaling signaal trigger escalatie time-out afkoelen terugkomen bespreken plannen agenda
  wekelijks dagelijks moment ochtend middag avondeten weekendje uitje date samenwerken team collega leidinggevende
  manager feedback rol taak verantwoordelijkheid transparantie consistentie betrouwbaar beloofd nagekomen vergeten
  uitgesteld bijgesteld loslaten vasthouden accepteren begrijpen uitleggen vragen antwoorden stilte huilen lachen
  humor speels serieus moeilijk makkelijk zwaar licht beter slechter stabiel wisselend positief negatief verschil
  overeenkomst compromis onderhandelen kiezen besluit toekomst verleden heden jeugd opvoeding gewoonte regel routine
  structuur chaos overzicht planning kalender herinnering afspraken nakomen evaluatie sessie intake check-in afsluiting
  terugblik vooruitblik zelfzorg steun hulp netwerk therapie coaching gespreksregels ik-boodschap actief luisteren
  samenvatten doorvragen spiegelen benoemen erkennen valideren geruststellen bevestigen ruimte-geven overleg ritueel`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Surnames as varied as a real practice's: the commonest fifty (above) for one client in ten, the others
 * made of Dutch parts (Brinkman, van der Kamp, Hoekstra), about two thousand of them. With only the
 * commonest fifty, every name typed would match one client in fifty, and search would be measured
 * on its output rather than on its work.
 */
const surnameStems = `Brink Kamp Hoek Veen Molen Bosch Stam Dam Wiel Horst Linde Bakel Beek Hof Wijk Rade Mars Kolk Wolde Zand
  Berk Eik Wilg Es Laar Holt Meer Plas Sloot Dijk Weg Brug Toren Kerk Haven Pol Dorp Stad Weide Akker Heide Duin Bron Rijn
  Kuil Kamer Bouw Smeet Timmer Kramer Visch Boom Struik Gras Mos Steen Rots Klei Leem Kooi Stal Schuur Gaard Velde Hage`
  .split(/\s+/)
  .filter(Boolean);
const surnameEndings = ['', 'man', 'er', 'ink', 'stra', 'huis', 'meijer', 'inga', 'link', 'sma', 'berg', 'mans', 'ers', 'hout', 'kes'];
const surnameParticles = ['', '', '', 'van', 'van der', 'van de', 'de', 'ter'];

export function surname(random: () => number): string {
  const one = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  if (random() < 0.1) return one(lastNames);
  const particle = one(surnameParticles);
  const stem = one(surnameStems);
  return particle ? `${particle} ${stem}` : `${stem}${one(surnameEndings)}`;
}
