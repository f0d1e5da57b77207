/* The pages' words in each language but English (English is the key). The server says
   which language the meeting speaks ("language" in state.json); tests/share check that
   every word the pages use has its German here. */
"use strict";

window.COPRODESK_WORDS = {
  de: {
    "The room's view": "Ansicht für den Raum",
    "Your own page": "Ihre eigene Seite",
    "{name}'s own page": "Eigene Seite von {name}",
    "Now": "Jetzt",
    "You": "Sie",
    "Why you want the floor": "Warum Sie das Wort möchten",
    "To speak": "Um zu sprechen",
    "A clarification (goes first)": "Eine Rückfrage (kommt zuerst)",
    "A point of order (goes first)": "Zur Geschäftsordnung (kommt zuerst)",
    "Raise my hand": "Hand heben",
    "Lower my hand": "Hand senken",
    "Decision": "Entscheidung",
    "My stance (private until the facilitator reveals the round)":
      "Meine Haltung (privat, bis die Moderation die Runde aufdeckt)",
    "My reason": "Meine Begründung",
    "Give my stance": "Haltung abgeben",
    "Balance of voices": "Ausgewogenheit der Stimmen",
    "Speaking time by group": "Redezeit nach Gruppe",
    "Speaking time by person": "Redezeit nach Person",
    "The line on each bar marks a fair share for who is here.":
      "Der senkrechte Strich auf jedem Balken markiert den fairen Anteil für die Anwesenden.",
    "clarification": "Rückfrage",
    "point of order": "Geschäftsordnung",
    "{used} of {planned} minutes": "{used} von {planned} Minuten",
    "for {time}": "seit {time}",
    "The meeting has not started yet.": "Das Treffen hat noch nicht begonnen.",
    "Item {n} of {of}: {title}": "Punkt {n} von {of}: {title}",
    "No agenda item is running.": "Kein Tagesordnungspunkt läuft.",
    "Speaking now: the {group} group": "Spricht gerade: die Gruppe {group}",
    "Speaking now: {who}": "Spricht gerade: {who}",
    "Nobody has the floor.": "Niemand hat das Wort.",
    "No hands up.": "Keine Hände gehoben.",
    "{who} ({why})": "{who} ({why})",
    "Next: {names} and {n} more": "Als Nächstes: {names} und {n} weitere",
    "Next: {names}": "Als Nächstes: {names}",
    "{share}, fair share {fair}": "{share}, fairer Anteil {fair}",
    "So far: {words}": "Bisher: {words}",
    "Nobody has spoken yet.": "Noch hat niemand gesprochen.",
    "{name} ({group})": "{name} ({group})",
    "You have spoken for {time}: {share} of the time, fair share {fair}.":
      "Sie haben {time} gesprochen: {share} der Zeit, fairer Anteil {fair}.",
    "Your hand is up ({why}): number {place} in the queue.":
      "Ihre Hand ist gehoben ({why}): Platz {place} in der Warteschlange.",
    "Your hand is up: number {place} in the queue.":
      "Ihre Hand ist gehoben: Platz {place} in der Warteschlange.",
    "Your hand is down.": "Ihre Hand ist unten.",
    "{n} of {of} have given their stance.": "{n} von {of} haben ihre Haltung abgegeben.",
    "Not given": "Nicht abgegeben",
    "I do not give a stance.": "Ich gebe keine Haltung ab.",
    "This link no longer works: sharing has stopped, the meeting has ended or the links were renewed.":
      "Dieser Link funktioniert nicht mehr: Das Teilen wurde beendet, das Treffen ist vorbei oder die Links wurden erneuert.",
    "Connection lost; trying again.": "Verbindung unterbrochen; neuer Versuch läuft.",
    "Not done: {why}": "Nicht ausgeführt: {why}",
    "Choose a stance first.": "Wählen Sie zuerst eine Haltung.",
    "Your stance is saved. Nobody sees it until the facilitator reveals the round.":
      "Ihre Haltung ist gespeichert. Niemand sieht sie, bis die Moderation die Runde aufdeckt.",
    "Not saved: {why}": "Nicht gespeichert: {why}",
    "balanced": "ausgewogen",
    "fairly balanced": "ziemlich ausgewogen",
    "a few voices dominate": "wenige Stimmen dominieren",
    "one or two voices dominate": "eine oder zwei Stimmen dominieren",
    "too early to tell": "zu früh für ein Urteil"
  }
};
