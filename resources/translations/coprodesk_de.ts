<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/action_dialog.ui" line="5"/>
        <source>New action</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="9"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="10"/>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="11"/>
        <source>W&amp;ho (one or more):</source>
        <translation>W&amp;er (eine oder mehrere Personen):</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="13"/>
        <source>&amp;By when:</source>
        <translation>&amp;Bis wann:</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="12"/>
        <source>Who (one or more): Space ticks a person</source>
        <translation>Wer (eine oder mehrere Personen): Leertaste hakt eine Person an</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="14"/>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="14"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="15"/>
        <source>&amp;Comes from:</source>
        <translation>&amp;Kommt von:</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="16"/>
        <source>Decision or agenda item it comes from</source>
        <translation>Kommt von: Entscheidung oder Tagesordnungspunkt, aus dem sie stammt</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="17"/>
        <source>In &amp;plain words:</source>
        <translation>In &amp;Leichter Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="18"/>
        <source>What will be done, in plain words</source>
        <translation>Was getan wird, in Leichter Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="18"/>
        <source>Optional: short sentences for the easy-read minutes; left empty, they use what will be done</source>
        <translation>Freiwillig: kurze Sätze für das Protokoll in Leichter Sprache; leer gelassen, steht dort, was getan wird</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="808"/>
        <source>(nothing in particular)</source>
        <translation>(nichts Bestimmtes)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="810"/>
        <source>Decision: </source>
        <translation>Entscheidung: </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="812"/>
        <source>Item: </source>
        <translation>Punkt: </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="825"/>
        <source>Say what will be done.</source>
        <translation>Sagen Sie, was getan wird.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="828"/>
        <source>Tick at least one person who will do it.</source>
        <translation>Haken Sie mindestens eine Person an, die es tut.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="127"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="127"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="128"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="128"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="145"/>
        <source>Decision: </source>
        <translation>Entscheidung: </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="146"/>
        <source>Item: </source>
        <translation>Punkt: </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="153"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="153"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>AgendaBar</name>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="37"/>
        <source>Agenda time</source>
        <translation>Zeit für den Tagesordnungspunkt</translation>
    </message>
</context>
<context>
    <name>AgendaClock</name>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="9"/>
        <source>Agenda clock</source>
        <translation>Tagesordnungsuhr</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="19"/>
        <source>Item 1 of 5</source>
        <translation>Punkt 1 von 5</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="24"/>
        <source>Item title</source>
        <translation>Titel des Punkts</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="40"/>
        <source>minutes left</source>
        <translation>Minuten übrig</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="46"/>
        <source>Projected end</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="53"/>
        <source>+5 min for this item…</source>
        <translation>+5 Min. für diesen Punkt…</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="54"/>
        <source>Give this item 5 more minutes</source>
        <translation>Diesem Punkt 5 Minuten mehr geben</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="68"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="69"/>
        <source>Previous agenda item (Ctrl+Left)</source>
        <translation>Vorheriger Tagesordnungspunkt (Strg+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="70"/>
        <source>Previous agenda item</source>
        <translation>Zurück zum vorherigen Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="75"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="76"/>
        <source>Next agenda item (Ctrl+Right)</source>
        <translation>Nächster Tagesordnungspunkt (Strg+Rechts)</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="77"/>
        <source>Next agenda item</source>
        <translation>Weiter zum nächsten Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="84"/>
        <source>Next: …</source>
        <translation>Als Nächstes: …</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="145"/>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="152"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="146"/>
        <source>Give someone the floor (keys 1 to 0) to begin</source>
        <translation>Erteilen Sie jemandem das Wort (Tasten 1 bis 0), um zu beginnen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="148"/>
        <source>Between items</source>
        <translation>Zwischen den Punkten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="149"/>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="153"/>
        <source>No item running</source>
        <translation>Kein Punkt läuft</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="155"/>
        <source>Next up: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="155"/>
        <source>Agenda done</source>
        <translation>Tagesordnung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="158"/>
        <source>Item {n} of {total} · {kind}</source>
        <translation>Punkt {n} von {total} · {kind}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="161"/>
        <source>{elapsed} of {planned}</source>
        <translation>{elapsed} von {planned}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="165"/>
        <source>{left}: {elapsed} of {planned} gone</source>
        <translation>{left}: {elapsed} von {planned} vergangen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="169"/>
        <source> (planned {t})</source>
        <translation> (geplant {t})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="170"/>
        <source>Whole meeting ends about {t}</source>
        <translation>Das Treffen endet gegen {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="174"/>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="175"/>
        <source>This is the last item</source>
        <translation>Dies ist der letzte Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="178"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="179"/>
        <source>Meeting ended</source>
        <translation>Treffen beendet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="180"/>
        <source>Ended at {t}</source>
        <translation>Beendet um {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="181"/>
        <source>Started {start}, ended {end}</source>
        <translation>Begonnen {start}, beendet {end}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="196"/>
        <source>Take 5 min from later items: {names}</source>
        <translation>5 Min. von späteren Punkten nehmen: {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="197"/>
        <source>Take 5 min from the next item only: {title}</source>
        <translation>5 Min. nur vom nächsten Punkt nehmen: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="200"/>
        <source>Take 5 min from later items (none left to take from)</source>
        <translation>5 Min. von späteren Punkten nehmen (keiner mehr übrig)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="201"/>
        <source>Take 5 min from the next item (none)</source>
        <translation>5 Min. vom nächsten Punkt nehmen (keiner)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="206"/>
        <source>Let the meeting run 5 min longer (ends about {t})</source>
        <translation>Das Treffen 5 Min. länger laufen lassen (Ende gegen {t})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="223"/>
        <source>5 min added, taken from: {names}</source>
        <translation>5 Min. hinzugefügt, genommen von: {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="224"/>
        <source>{title} (now {minutes})</source>
        <translation>{title} (jetzt {minutes})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="227"/>
        <source>5 min added: the meeting runs 5 min longer</source>
        <translation>5 Min. hinzugefügt: Das Treffen dauert 5 Min. länger</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="241"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="242"/>
        <source>discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="243"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="244"/>
        <source>break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="33"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="33"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="34"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="34"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="35"/>
        <source>Leads</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="56"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="61"/>
        <source>(no speaking)</source>
        <translation>(keine Redebeiträge)</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="8"/>
        <source>New &amp;item:</source>
        <translation>Neuer &amp;Punkt:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="9"/>
        <source>New item title</source>
        <translation>Neuer Punkt: Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="9"/>
        <source>Title, then Enter</source>
        <translation>Titel, dann Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="11"/>
        <source>New item kind</source>
        <translation>Art des neuen Punkts</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="12"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="13"/>
        <source>New item planned minutes</source>
        <translation>Geplante Minuten des neuen Punkts</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="13"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="14"/>
        <source>&amp;Add item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="19"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="31"/>
        <source>L&amp;eads of the selected item:</source>
        <translation>L&amp;eitung des gewählten Punkts:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="32"/>
        <source>Leads of the selected item</source>
        <translation>Leitung des gewählten Punkts</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="35"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="35"/>
        <source>Alt+Up in the agenda; you can also drag items</source>
        <translation>Alt+Hoch in der Tagesordnung; Punkte lassen sich auch ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="36"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="36"/>
        <source>Alt+Down in the agenda; you can also drag items</source>
        <translation>Alt+Runter in der Tagesordnung; Punkte lassen sich auch ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="39"/>
        <source>&amp;Remove item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="120"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/agenda.py" line="159"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="159"/>
        <source>1 item</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="160"/>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="162"/>
        <source>(breaks %1)</source>
        <translation>(Pausen %1)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="166"/>
        <source>Set a start time to see when the meeting will end.</source>
        <translation>Legen Sie eine Anfangszeit fest, um das Ende des Treffens zu sehen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="168"/>
        <source>Projected end %1.</source>
        <translation>Voraussichtliches Ende %1.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="171"/>
        <source>⚠ Overruns by %1: projected end %2, the meeting ends at %3.</source>
        <translation>⚠ Überzieht um %1: voraussichtliches Ende %2, das Treffen endet um %3.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="176"/>
        <source>✓ Ends on time: projected end %1.</source>
        <translation>✓ Endet pünktlich: voraussichtliches Ende %1.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="180"/>
        <source>✓ Fits: projected end %1, %2 before the end at %3.</source>
        <translation>✓ Passt: voraussichtliches Ende %1, %2 vor dem Ende um %3.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="224"/>
        <source>Change leads of %1</source>
        <translation>Leitung von %1 ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="235"/>
        <source>Add item %1</source>
        <translation>Punkt %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="250"/>
        <source>Remove agenda item</source>
        <translation>Tagesordnungspunkt entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="251"/>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/agenda.py" line="253"/>
        <source>It has %n speaking turns, %1 of floor time. They stay in the meeting&apos;s totals and the minutes, but no longer count for any agenda item. Undo (Ctrl+Z) brings the item back with its turns.</source>
        <translation>
            <numerusform>Er hat %n Redebeitrag mit %1 Redezeit. Er bleibt in den Summen des Treffens und im Protokoll, zählt aber für keinen Tagesordnungspunkt mehr. Rückgängig (Strg+Z) holt den Punkt mit seinen Beiträgen zurück.</numerusform>
            <numerusform>Er hat %n Redebeiträge mit %1 Redezeit. Sie bleiben in den Summen des Treffens und im Protokoll, zählen aber für keinen Tagesordnungspunkt mehr. Rückgängig (Strg+Z) holt den Punkt mit seinen Beiträgen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="257"/>
        <source>Remove the item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="272"/>
        <source>Remove item %1</source>
        <translation>Punkt %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="298"/>
        <source>Move item %1</source>
        <translation>Punkt %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="316"/>
        <source>Edit item %1</source>
        <translation>Punkt %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="35"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="38"/>
        <source>The organisation&apos;s archive: one folder that every laptop fills with its closed meetings (meeting file, report, minutes, easy-read), with a manifest that says what it holds. A second run writes only what changed.</source>
        <translation>Das Archiv der Organisation: ein Ordner, den jeder Laptop mit seinen geschlossenen Treffen füllt (Treffendatei, Bericht, Protokoll, Leichte Sprache), mit einem Verzeichnis, das sagt, was er enthält. Ein zweiter Lauf schreibt nur, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="44"/>
        <source>Archive &amp;folder:</source>
        <translation>Archiv&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="46"/>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="99"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="48"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="49"/>
        <source>Choose the archive folder</source>
        <translation>Archivordner wählen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="55"/>
        <source>&amp;Archive this database&apos;s meetings</source>
        <translation>Treffen dieser Datenbank &amp;archivieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="56"/>
        <source>A&amp;dd signed minutes…</source>
        <translation>Unterschriebene Protokolle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="57"/>
        <source>C&amp;heck the archive</source>
        <translation>Archiv &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="62"/>
        <source>Meetings archived</source>
        <translation>Archivierte Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="68"/>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="85"/>
        <source>Choose the archive folder first.</source>
        <translation>Wählen Sie zuerst den Archivordner.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="105"/>
        <source>Add signed minutes</source>
        <translation>Unterschriebene Protokolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="106"/>
        <source>Signed minutes (*.pdf)</source>
        <translation>Unterschriebene Protokolle (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="135"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="136"/>
        <source>Written again (now signed): %1</source>
        <translation>Neu geschrieben (jetzt unterschrieben): %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="137"/>
        <source>Already there from another laptop: %1</source>
        <translation>Schon da, von einem anderen Laptop: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="139"/>
        <source>Superseded, kept as %1</source>
        <translation>Ersetzt, aufbewahrt als %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="140"/>
        <source>Different versions on different laptops, both kept: %1</source>
        <translation>Verschiedene Fassungen auf verschiedenen Laptops, beide aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="142"/>
        <source>Failed: %1: %2</source>
        <translation>Fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="144"/>
        <source>%1 written, %2 unchanged, %3 failed.</source>
        <translation>%1 geschrieben, %2 unverändert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="162"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="162"/>
        <source>Replaced its earlier copy</source>
        <translation>Hat seine frühere Fassung ersetzt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="163"/>
        <source>Kept beside another copy</source>
        <translation>Neben einer anderen Fassung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="164"/>
        <source>Already in the archive</source>
        <translation>Schon im Archiv</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="168"/>
        <source>Refused: %1: %2</source>
        <translation>Abgelehnt: %1: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="186"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="187"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="188"/>
        <source>Extra (in no manifest): %1</source>
        <translation>Zusätzlich (in keinem Verzeichnis): %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="189"/>
        <source>Fails verification: %1: %2</source>
        <translation>Prüfung fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="191"/>
        <source>Signed by someone on no trust list: %1: %2</source>
        <translation>Unterschrieben von jemandem auf keiner Vertrauensliste: %1: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="194"/>
        <source>All %1 files hold.</source>
        <translation>Alle %1 Dateien sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="196"/>
        <source>All files hold, but a signer is on no trust list.</source>
        <translation>Alle Dateien sind unverändert, aber jemand, der unterschrieben hat, steht auf keiner Vertrauensliste.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="198"/>
        <source>Problems found: each is named above.</source>
        <translation>Probleme gefunden: Jedes steht oben.</translation>
    </message>
</context>
<context>
    <name>AttendanceChart</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="330"/>
        <source> (+{n} new)</source>
        <translation> (+{n} neu)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="333"/>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
</context>
<context>
    <name>BoxesModel</name>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="39"/>
        <source>Box for</source>
        <translation>Feld für</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="40"/>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="41"/>
        <source>Signed at</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="46"/>
        <source>empty: still to sign</source>
        <translation>leer: noch zu unterschreiben</translation>
    </message>
</context>
<context>
    <name>CarriedModel</name>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="64"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="64"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="65"/>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="65"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="66"/>
        <source>Result or reason</source>
        <translation>Ergebnis / Grund</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.ui" line="13"/>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="28"/>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="29"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="30"/>
        <source>&amp;New decision</source>
        <translation>&amp;Neue Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="35"/>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="36"/>
        <source>Decision method</source>
        <translation>Entscheidungsverfahren</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="37"/>
        <source>T&amp;hreshold:</source>
        <translation>Sc&amp;hwelle:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="38"/>
        <source>Majority threshold</source>
        <translation>Schwelle der Mehrheit</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="39"/>
        <source>Wordin&amp;g…</source>
        <translation>&amp;Wortlaut…</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="39"/>
        <source>Edit what each stance means, in this group&apos;s own words</source>
        <translation>Bearbeiten, was jede Position bedeutet – in den eigenen Worten der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="45"/>
        <source>Proposal:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="46"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="46"/>
        <source>What is being decided, in words everyone in the room understands</source>
        <translation>Worüber entschieden wird, in Worten, die alle im Raum verstehen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="47"/>
        <source>&amp;Revise…</source>
        <translation>Übe&amp;rarbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="47"/>
        <source>Amend the proposal and decide again; earlier rounds stay on record</source>
        <translation>Den Vorschlag ändern und neu entscheiden; frühere Runden bleiben im Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="50"/>
        <source>Earlier rounds</source>
        <translation>Frühere Runden</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="51"/>
        <source>Stances: one row per person present; a digit picks a stance</source>
        <translation>Positionen: eine Zeile pro anwesender Person; eine Ziffer wählt eine Position</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="54"/>
        <source>&amp;Everyone supports</source>
        <translation>&amp;Alle stimmen zu</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="54"/>
        <source>Record support for everyone, then change the exceptions</source>
        <translation>Zustimmung für alle erfassen, dann die Ausnahmen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="55"/>
        <source>Give each person the floor in turn while their stance is recorded</source>
        <translation>Jeder Person der Reihe nach das Wort erteilen, während ihre Position erfasst wird</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="55"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="257"/>
        <source>&amp;Start round</source>
        <translation>Runde &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="59"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="60"/>
        <source>Joint decision</source>
        <translation>Gemeinsame Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="63"/>
        <source>O&amp;verride:</source>
        <translation>Ü&amp;bersteuern:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="64"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="643"/>
        <source>Override the outcome</source>
        <translation>Das Ergebnis übersteuern</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="65"/>
        <source>Reason for the override</source>
        <translation>Grund für das Übersteuern</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="65"/>
        <source>Reason (required, printed in the minutes)</source>
        <translation>Grund (Pflicht, wird im Protokoll gedruckt)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="65"/>
        <source>Required, printed in the minutes</source>
        <translation>Pflichtangabe, steht im Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="66"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="66"/>
        <source>Apply the override</source>
        <translation>Das Übersteuern anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="71"/>
        <source>Outcome in &amp;words:</source>
        <translation>Ergebnis in &amp;Worten:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="72"/>
        <source>Outcome in words</source>
        <translation>Ergebnis in Worten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="198"/>
        <source>Outcome statement</source>
        <translation>Ergebnisformulierung</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="73"/>
        <source>Recorded &amp;dissent:</source>
        <translation>Festgehaltener &amp;Widerspruch:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="74"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="200"/>
        <source>Recorded dissent</source>
        <translation>Festgehaltener Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="75"/>
        <source>In &amp;plain words:</source>
        <translation>In &amp;Leichter Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="76"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="203"/>
        <source>Decision in plain words</source>
        <translation>Entscheidung in Leichter Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="76"/>
        <source>Optional: short sentences for the easy-read minutes; left empty, they are made from the record</source>
        <translation>Freiwillig: kurze Sätze für das Protokoll in Leichter Sprache; leer gelassen, werden sie aus den Aufzeichnungen gebildet</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="86"/>
        <source>Ac&amp;tions</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="88"/>
        <source>Actions of this meeting</source>
        <translation>Aufgaben dieses Treffens</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="91"/>
        <source>&amp;Add action…</source>
        <translation>Aufgabe &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="92"/>
        <source>&amp;Mark done / open</source>
        <translation>&amp;Erledigt / offen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="93"/>
        <source>Only &amp;open actions</source>
        <translation>Nur &amp;offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="113"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="119"/>
        <source>Decision and actions</source>
        <translation>Entscheidung und Aufgaben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="126"/>
        <source>Re&amp;veal answers from devices</source>
        <translation>Geräte-Antworten auf&amp;decken</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="129"/>
        <source>Enter the stances given privately from people&apos;s own devices into the record</source>
        <translation>Die privat von den eigenen Geräten abgegebenen Haltungen ins Protokoll übernehmen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="137"/>
        <source>Decision or actions</source>
        <translation>Entscheidung oder Aufgaben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="156"/>
        <source>No override (follow the rule)</source>
        <translation>Nicht übersteuern (der Regel folgen)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="184"/>
        <source>Change the threshold</source>
        <translation>Die Schwelle ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="246"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="257"/>
        <source>&amp;Stop round</source>
        <translation>Runde &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="261"/>
        <source>No decision yet on this meeting: “New decision” starts one for the current agenda item.</source>
        <translation>Noch keine Entscheidung in diesem Treffen: „Neue Entscheidung“ beginnt eine für den aktuellen Tagesordnungspunkt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="283"/>
        <source>Proposal (round %1):</source>
        <translation>Vorschlag (Runde %1):</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="285"/>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="300"/>
        <source>Keys: %1  0 not given · Enter reason · Del clear</source>
        <translation>Tasten: %1  0 keine Angabe · Eingabe Grund · Entf löschen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="311"/>
        <source>Answered from their own devices (private until revealed): %1</source>
        <translation>Von den eigenen Geräten geantwortet (privat bis zum Aufdecken): %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="333"/>
        <source>Reveal answers from devices</source>
        <translation>Antworten von Geräten aufdecken</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="334"/>
        <source>Answers from devices revealed: %1 stances entered</source>
        <translation>Antworten von Geräten aufgedeckt: %1 Haltungen eingetragen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="344"/>
        <source>Outcome so far: %1</source>
        <translation>Bisheriges Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="344"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="347"/>
        <source> (set by the facilitator; the rule says %1. Reason: %2)</source>
        <translation> (von der Moderation gesetzt; die Regel ergibt %1. Grund: %2)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="350"/>
        <source>no stances yet</source>
        <translation>noch keine Positionen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="353"/>
        <source>; %1 not given</source>
        <translation>; %1 ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="357"/>
        <source>A reason is required from: %1</source>
        <translation>Ein Grund fehlt noch von: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="361"/>
        <source>JOINT</source>
        <translation>GEMEINSAM</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="361"/>
        <source>NOT JOINT</source>
        <translation>NICHT GEMEINSAM</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="368"/>
        <source>Outcome now: %1, %2</source>
        <translation>Ergebnis jetzt: %1, %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="368"/>
        <source>Outcome so far: %1, %2</source>
        <translation>Ergebnis bisher: %1, %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="370"/>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="370"/>
        <source>not joint</source>
        <translation>nicht gemeinsam</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="406"/>
        <source>Not saved yet: %1. What you typed is kept and saved as soon as the database is free (%2 waiting).</source>
        <translation>Noch nicht gespeichert: %1. Was Sie eingegeben haben, bleibt erhalten und wird gespeichert, sobald die Datenbank frei ist (%2 ausstehend).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="415"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="420"/>
        <source>Decision “%1”: %2</source>
        <translation>Entscheidung „%1“: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="421"/>
        <source>Change a closed meeting&apos;s record?</source>
        <translation>Den Eintrag eines geschlossenen Treffens ändern?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="424"/>
        <source>The meeting is closed: this changes its recorded decision (the outcome, and whether it was joint, can change). A correction note is kept and the minutes print it.</source>
        <translation>Das Treffen ist geschlossen: Dies ändert seine festgehaltene Entscheidung (das Ergebnis und ob sie gemeinsam war, können sich ändern). Ein Korrekturvermerk wird gespeichert und im Protokoll gedruckt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="426"/>
        <source>Change it</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="488"/>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="509"/>
        <source>Change the method</source>
        <translation>Das Verfahren ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="535"/>
        <source>Edit the proposal</source>
        <translation>Den Vorschlag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="554"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="599"/>
        <source>no stance</source>
        <translation>keine Position</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="555"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="571"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="573"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="576"/>
        <source>%1. Next: %2</source>
        <translation>%1. Als Nächstes: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="578"/>
        <source>%1. The round is complete</source>
        <translation>%1. Die Runde ist vollständig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="590"/>
        <source>Everyone supports</source>
        <translation>Alle stimmen zu</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="597"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="598"/>
        <source>%1&apos;s reason (%2):</source>
        <translation>Grund von %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="609"/>
        <source>Revise the proposal</source>
        <translation>Den Vorschlag überarbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="610"/>
        <source>The amended proposal (the earlier round, its stances and reasons stay on record):</source>
        <translation>Der geänderte Vorschlag (die frühere Runde, ihre Positionen und Gründe bleiben im Protokoll):</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="615"/>
        <source>Amended proposal</source>
        <translation>Geänderter Vorschlag</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="633"/>
        <source>Revise and decide again</source>
        <translation>Überarbeiten und neu entscheiden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="643"/>
        <source>Remove the override</source>
        <translation>Das Übersteuern aufheben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="654"/>
        <source>What each stance means</source>
        <translation>Was jede Position bedeutet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="676"/>
        <source>Change the wording of the stances</source>
        <translation>Den Wortlaut der Positionen ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="701"/>
        <source>End of the round</source>
        <translation>Ende der Runde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="709"/>
        <source>Round: %1 has the floor</source>
        <translation>Runde: %1 hat das Wort</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="757"/>
        <source>Add an action</source>
        <translation>Eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="764"/>
        <source>Mark an action done</source>
        <translation>Eine Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="764"/>
        <source>Reopen an action</source>
        <translation>Eine Aufgabe wieder öffnen</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../ui/editor_details.ui" line="8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="9"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="10"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="11"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="12"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="15"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="15"/>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="16"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="19"/>
        <source>to (end time)</source>
        <translation>bis (Endzeit)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="17"/>
        <location filename="../../ui/editor_details.ui" line="19"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="17"/>
        <source>From (start time)</source>
        <translation>Von (Beginn)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="18"/>
        <source>t&amp;o:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="23"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="24"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="25"/>
        <source>&amp;Ground rules:</source>
        <translation>&amp;Gesprächsregeln:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="26"/>
        <source>Ground rules</source>
        <translation>Gesprächsregeln</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="27"/>
        <source>How the group will work together, e.g. how disagreement will be handled</source>
        <translation>Wie die Gruppe zusammenarbeiten will, z. B. wie mit Widerspruch umgegangen wird</translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="28"/>
        <source>The ground rules are printed again in the minutes. Every change is saved at once.</source>
        <translation>Die Gesprächsregeln werden im Protokoll erneut gedruckt. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="58"/>
        <location filename="../../coprodesk/gui/editor/details.py" line="66"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="39"/>
        <source>Edit place</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="36"/>
        <source>Times problem</source>
        <translation>Problem mit den Zeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="41"/>
        <source>Edit purpose</source>
        <translation>Zweck bearbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="43"/>
        <source>Edit ground rules</source>
        <translation>Gesprächsregeln bearbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="45"/>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="47"/>
        <source>Change start time</source>
        <translation>Anfangszeit ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="49"/>
        <source>Change end time</source>
        <translation>Endzeit ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="63"/>
        <source>Untitled meeting %1</source>
        <translation>Treffen ohne Titel %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="73"/>
        <location filename="../../coprodesk/gui/editor/details.py" line="76"/>
        <source>Ends before it starts</source>
        <translation>Endet, bevor es beginnt</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../coprodesk/gui/editing.py" line="165"/>
        <source>Not saved yet: %1. What you typed is kept and saved as soon as the database is free.</source>
        <translation>Noch nicht gespeichert: %1. Was Sie eingegeben haben, bleibt erhalten und wird gespeichert, sobald die Datenbank frei ist.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor_page.ui" line="8"/>
        <source>← Meetings</source>
        <translation>← Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="9"/>
        <source>Back to meetings</source>
        <translation>Zurück zu den Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="10"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="14"/>
        <source>Start meeting (F5)</source>
        <translation>Treffen beginnen (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="17"/>
        <source>Meeting editor</source>
        <translation>Editor des Treffens</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="38"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="39"/>
        <source>Stakeholder &amp;groups</source>
        <translation>Interessen&amp;gruppen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="40"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="41"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="45"/>
        <source>Decisions and a&amp;ctions</source>
        <translation>Entscheidungen und &amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="46"/>
        <source>Editor sections</source>
        <translation>Bereiche des Editors</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="98"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <location filename="../../ui/export_minutes.ui" line="5"/>
        <source>Export minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="11"/>
        <source>Version:</source>
        <translation>Fassung:</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="14"/>
        <source>F&amp;ull minutes</source>
        <translation>&amp;Vollständiges Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="14"/>
        <source>Full minutes</source>
        <translation>Vollständiges Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="14"/>
        <source>Every decision round, the speaking-time tables and the sign-off; the accessible HTML version and the easy-read version travel inside it</source>
        <translation>Jede Entscheidungsrunde, die Redezeit-Tabellen und die Unterschriften; die barrierefreie HTML-Fassung und die Fassung in Leichter Sprache reisen darin mit</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="15"/>
        <source>Eas&amp;y-read version</source>
        <translation>Fassung in &amp;Leichter Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="15"/>
        <source>Easy-read version</source>
        <translation>Fassung in Leichter Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="15"/>
        <source>Large type, short sentences and a picture beside each part: who came, what we decided, what happens next</source>
        <translation>Große Schrift, kurze Sätze und ein Bild neben jedem Teil: wer kam, was wir entschieden haben, wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="19"/>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="22"/>
        <source>Save as: PDF file to write</source>
        <translation>Speichern unter: PDF-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="23"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="23"/>
        <source>Choose the PDF file</source>
        <translation>Die PDF-Datei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="26"/>
        <source>Si&amp;gners:</source>
        <translation>&amp;Unterzeichnende:</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="27"/>
        <source>Signers, separated by commas</source>
        <translation>Unterzeichnende, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="27"/>
        <source>One signature box each, named after the person. When you certify, you sign your own box (added if your name is not listed); the others fill theirs later with File → Sign minutes….</source>
        <translation>Ein Unterschriftsfeld pro Person, nach ihr benannt. Wenn Sie beglaubigen, unterschreiben Sie Ihr eigenes Feld (es wird ergänzt, falls Ihr Name fehlt); die anderen füllen ihres später über Datei → Protokoll unterschreiben….</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="28"/>
        <source>&amp;Certify now with my signing identity (locks the meeting)</source>
        <translation>&amp;Jetzt mit meiner Signaturidentität beglaubigen (sperrt das Treffen)</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="29"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="32"/>
        <source>Signing identity file (.p12)</source>
        <translation>Datei der Signaturidentität (.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="33"/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="33"/>
        <source>Choose the signing identity</source>
        <translation>Die Signaturidentität wählen</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="34"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="34"/>
        <source>Create or pick a signing identity</source>
        <translation>Eine Signaturidentität erstellen oder wählen</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="34"/>
        <source>Create your signing identity here, or pick the file you have (File → Signing identity…)</source>
        <translation>Erstellen Sie hier Ihre Signaturidentität oder wählen Sie Ihre vorhandene Datei (Datei → Signaturidentität…)</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="37"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="38"/>
        <source>Passphrase of the signing identity</source>
        <translation>Passphrase der Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="41"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="56"/>
        <source>Export minutes: %1</source>
        <translation>Protokoll exportieren: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="75"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="92"/>
        <source>Save minutes as</source>
        <translation>Protokoll speichern unter</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="93"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="108"/>
        <source>“%1” carries signatures: an export never replaces it. A new name is proposed: %2</source>
        <translation>„%1“ trägt Unterschriften: Ein Export ersetzt sie nie. Ein neuer Name wird vorgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="115"/>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="123"/>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="116"/>
        <source>“%1” already exists.</source>
        <translation>„%1“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="117"/>
        <source>It carries no signature. Replace it with these minutes?</source>
        <translation>Sie trägt keine Unterschrift. Durch dieses Protokoll ersetzen?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="119"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="145"/>
        <source>Choose where to save the minutes.</source>
        <translation>Wählen Sie, wo das Protokoll gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="153"/>
        <source>Choose your signing identity, or create one with “New…”.</source>
        <translation>Wählen Sie Ihre Signaturidentität oder erstellen Sie eine mit „Neu…“.</translation>
    </message>
</context>
<context>
    <name>FloorStrip</name>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="49"/>
        <source> at {t}</source>
        <translation> um {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="50"/>
        <source>Meeting ended{at}: the floor is closed</source>
        <translation>Treffen beendet{at}: Das Wort ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="55"/>
        <source>Not started: a digit gives the floor</source>
        <translation>Nicht begonnen: Eine Ziffer erteilt das Wort</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="56"/>
        <source>Paused: nobody has the floor (Space resumes)</source>
        <translation>Pause: Niemand hat das Wort (Leertaste setzt fort)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="61"/>
        <source>{name} ({group})</source>
        <translation>{name} ({group})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="64"/>
        <source>Floor: {who} · {t} · long turn, over {limit}</source>
        <translation>Das Wort hat: {who} · {t} · langer Beitrag, über {limit}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="67"/>
        <source>Floor: {who} · {t}</source>
        <translation>Das Wort hat: {who} · {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="76"/>
        <source>Floor</source>
        <translation>Das Wort</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="83"/>
        <source>Who has the floor</source>
        <translation>Wer das Wort hat</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="87"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="113"/>
        <source>Saved at {t}</source>
        <translation>Gespeichert um {t}</translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="582"/>
        <source>{name} group: {share}</source>
        <translation>Gruppe {name}: {share}</translation>
    </message>
</context>
<context>
    <name>GroupShareChart</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="200"/>
        <source>latest {n} of {all} meetings</source>
        <translation>die letzten {n} von {all} Treffen</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="24"/>
        <source>Label</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="25"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="25"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/editor_groups.ui" line="7"/>
        <source>Stakeholder groups are the constituencies in the room. Each has a colour and a short label, so colour is never the only cue. Double-click a cell to edit it.</source>
        <translation>Interessengruppen sind die Gruppen, die im Raum vertreten sind. Jede hat eine Farbe und ein kurzes Kürzel, damit Farbe nie das einzige Merkmal ist. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="10"/>
        <source>New &amp;group:</source>
        <translation>Neue &amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="11"/>
        <source>New group name</source>
        <translation>Neue Gruppe: Name</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="11"/>
        <source>Name, e.g. Young people</source>
        <translation>Name, z. B. Junge Menschen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="12"/>
        <source>&amp;Label:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="13"/>
        <source>New group label</source>
        <translation>Kürzel der neuen Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="13"/>
        <source>YP</source>
        <translation>JM</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="14"/>
        <source>&amp;Add group</source>
        <translation>Gruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="19"/>
        <source>Stakeholder groups</source>
        <translation>Interessengruppen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="26"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="26"/>
        <source>Alt+Up in the table</source>
        <translation>Alt+Hoch in der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="27"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="27"/>
        <source>Alt+Down in the table</source>
        <translation>Alt+Runter in der Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="28"/>
        <source>&amp;Remove group</source>
        <translation>Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="83"/>
        <source>Group colour</source>
        <translation>Farbe der Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="114"/>
        <source>Add group %1</source>
        <translation>Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="123"/>
        <source>Remove group %1</source>
        <translation>Gruppe %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="138"/>
        <source>Move group %1</source>
        <translation>Gruppe %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="150"/>
        <source>Relabel group %1</source>
        <translation>Kürzel von Gruppe %1 ändern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="150"/>
        <source>Rename group %1</source>
        <translation>Gruppe %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="151"/>
        <source>Recolour group %1</source>
        <translation>Farbe von Gruppe %1 ändern</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="78"/>
        <source>1 … 9, 0</source>
        <translation>1 … 9, 0</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="79"/>
        <source>give the floor to tiles 1 to 10 (or click a tile)</source>
        <translation>erteilt Kachel 1 bis 10 das Wort (oder Kachel anklicken)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="81"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="82"/>
        <source>pause; again to give the floor back to the last speaker</source>
        <translation>Pause; erneut: Das Wort geht an die letzte Person zurück</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="85"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="86"/>
        <source>next speaker: the head of the queue</source>
        <translation>nächste Person: die erste der Redeliste</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="89"/>
        <source>Shift+1 … 0</source>
        <translation>Umschalt+1 … 0</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="90"/>
        <source>raise or lower that tile&apos;s hand (or Shift+click)</source>
        <translation>Hand dieser Kachel heben oder senken (oder Umschalt+Klick)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="92"/>
        <source>Ctrl+Right</source>
        <translation>Strg+Rechts</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="93"/>
        <source>next agenda item</source>
        <translation>nächster Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="96"/>
        <source>Ctrl+Left</source>
        <translation>Strg+Links</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="97"/>
        <source>previous agenda item</source>
        <translation>vorheriger Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="100"/>
        <source>Ctrl+D</source>
        <translation>Strg+D</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="101"/>
        <source>decisions and actions, or back to the tiles</source>
        <translation>Entscheidungen und Aufgaben oder zurück zu den Kacheln</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="103"/>
        <source>Ctrl+Shift+Y</source>
        <translation>Strg+Umschalt+Y</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="104"/>
        <source>You said, we did: actions carried from earlier meetings</source>
        <translation>Sie sagten, wir handelten: Aufgaben aus früheren Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="107"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="108"/>
        <source>undo the last change (a mistaken turn is removed)</source>
        <translation>die letzte Änderung rückgängig machen (ein versehentlicher Beitrag wird entfernt)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="110"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Strg+Umschalt+Z</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="111"/>
        <source>redo</source>
        <translation>wiederholen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="113"/>
        <source>Right-click a tile</source>
        <translation>Rechtsklick auf eine Kachel</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="114"/>
        <source>clarification, point of order, arrived / gone</source>
        <translation>Rückfrage, Geschäftsordnung, angekommen / gegangen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="115"/>
        <source>Tab, arrows, Home, End</source>
        <translation>Tab, Pfeile, Pos1, Ende</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="116"/>
        <source>reach the tiles, then move between them</source>
        <translation>zu den Kacheln, dann zwischen ihnen wechseln</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="117"/>
        <source>Enter, Shift+Enter</source>
        <translation>Eingabe, Umschalt+Eingabe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="121"/>
        <source>on a tile, in the queue or the find box: the person&apos;s menu</source>
        <translation>auf einer Kachel, in der Redeliste oder im Suchfeld: das Menü der Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="122"/>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="123"/>
        <source>find anyone by name (also beyond tile 10)</source>
        <translation>jemanden nach Namen finden (auch nach Kachel 10)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="126"/>
        <source>Ctrl+T</source>
        <translation>Strg+T</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="127"/>
        <source>5 more minutes for this item</source>
        <translation>5 Minuten mehr für diesen Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="131"/>
        <source>leave the notes box; close this help; dismiss a banner</source>
        <translation>Notizfeld verlassen; diese Hilfe schließen; einen Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="120"/>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="118"/>
        <source>on a tile, in the queue or the find box: give the floor; raise or lower the hand; on a button: press it</source>
        <translation>auf einer Kachel, in der Redeliste oder im Suchfeld: das Wort erteilen; Hand heben oder senken; auf einer Schaltfläche: sie drücken</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="130"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="135"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="136"/>
        <source>participant screen</source>
        <translation>Teilnehmendenbildschirm</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="139"/>
        <source>Shift+F5</source>
        <translation>Umschalt+F5</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="140"/>
        <source>end the meeting: pause the floor, end open items, close it</source>
        <translation>das Treffen beenden: Wort pausieren, offene Punkte beenden, schließen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="143"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="144"/>
        <source>show or hide these keys</source>
        <translation>diese Tasten zeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>InnerNames</name>
    <message>
        <location filename="../../coprodesk/gui/inner_names.py" line="29"/>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/inner_names.py" line="33"/>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.ui" line="10"/>
        <location filename="../../ui/library.ui" line="33"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="11"/>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="17"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="24"/>
        <source>Title, date, status or series</source>
        <translation>Titel, Datum, Status oder Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="26"/>
        <source>Search meetings</source>
        <translation>Treffen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="44"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Neues Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="45"/>
        <source>Duplicate as &amp;template</source>
        <translation>Als &amp;Vorlage duplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="46"/>
        <source>A new planned meeting with the same groups, people and agenda (no turns or decisions)</source>
        <translation>Ein neues geplantes Treffen mit denselben Gruppen, Personen und derselben Tagesordnung (ohne Beiträge und Entscheidungen)</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="47"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="49"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="104"/>
        <source>Menu key or Shift+F10: sort by a column</source>
        <translation>Menütaste oder Umschalt+F10: nach einer Spalte sortieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>CoProDesk</source>
        <translation>CoProDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Neues Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="75"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;Open meeting</source>
        <translation>Treffen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="82"/>
        <source>&amp;Meetings</source>
        <translation>Tre&amp;ffen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>Back to the list of meetings (Ctrl+L)</source>
        <translation>Zurück zur Liste der Treffen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="93"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>&amp;Import meeting…</source>
        <translation>Treffen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>Bring in a whole meeting from a CoProDesk JSON file</source>
        <translation>Ein ganzes Treffen aus einer CoProDesk-JSON-Datei übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="98"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>E&amp;xport meeting…</source>
        <translation>Treffen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Write the whole meeting to a JSON file (to move or archive it)</source>
        <translation>Das ganze Treffen in eine JSON-Datei schreiben (zum Umziehen oder Archivieren)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Export minutes…</source>
        <translation>Protokoll &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Write the minutes as PDF, and certify them with your signing identity (Ctrl+E)</source>
        <translation>Das Protokoll als PDF schreiben und mit Ihrer Signaturidentität beglaubigen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="110"/>
        <source>&amp;Verify minutes…</source>
        <translation>Protokoll &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>Check the signatures of any minutes PDF</source>
        <translation>Die Unterschriften eines beliebigen Protokoll-PDFs prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="114"/>
        <source>&amp;Sign minutes…</source>
        <translation>Protokoll &amp;unterschreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="115"/>
        <source>Open signed minutes and fill the signature box that bears your name</source>
        <translation>Ein unterschriebenes Protokoll öffnen und das Unterschriftsfeld mit Ihrem Namen füllen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="118"/>
        <source>Signing i&amp;dentity…</source>
        <translation>Signatur&amp;identität…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="119"/>
        <source>Create your signing identity, or choose the file you have</source>
        <translation>Ihre Signaturidentität erstellen oder Ihre vorhandene Datei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Trusted people…</source>
        <translation>&amp;Vertrauenswürdige Personen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>The colleagues whose certificates you trust when verifying minutes</source>
        <translation>Die Kolleginnen und Kollegen, deren Zertifikaten Sie beim Prüfen von Protokollen vertrauen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126"/>
        <source>&amp;Reopen signed meeting for a correction…</source>
        <translation>Unterschriebenes Treffen für eine Korrektur &amp;wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Unlock a signed meeting; the reason is recorded and printed in the next minutes</source>
        <translation>Ein unterschriebenes Treffen entsperren; der Grund wird festgehalten und im nächsten Protokoll gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>Show &amp;participant screen</source>
        <translation>&amp;Teilnehmendenbildschirm zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="132"/>
        <source>Mirror the balance on a second screen for the room (F11)</source>
        <translation>Die Ausgewogenheit für den Raum auf einem zweiten Bildschirm zeigen (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <location filename="../../coprodesk/gui/main_window.py" line="733"/>
        <source>&amp;Start meeting</source>
        <translation>Treffen &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="137"/>
        <source>Run this meeting: floor, queue and timers (F5)</source>
        <translation>Dieses Treffen leiten: Wort, Redeliste und Uhren (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="138"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141"/>
        <source>&amp;Import people from CSV…</source>
        <translation>Personen aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144"/>
        <source>Import &amp;transcript…</source>
        <translation>&amp;Transkript importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>Speaking time from an online meeting&apos;s transcript (WebVTT from Teams or Zoom, SRT): each name in it given to a person first</source>
        <translation>Redezeit aus dem Transkript eines Online-Treffens (WebVTT aus Teams oder Zoom, SRT): jeder Name darin wird zuerst einer Person zugeordnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>D&amp;uplicate as template</source>
        <translation>Als Vorlage d&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="151"/>
        <source>&amp;Delete meeting…</source>
        <translation>Treffen &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="154"/>
        <source>S&amp;eries…</source>
        <translation>R&amp;eihe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="155"/>
        <source>Involvement over a series of meetings: who comes, who is heard, what was done (Ctrl+Shift+E)</source>
        <translation>Beteiligung über eine Reihe von Treffen: wer kommt, wer gehört wird, was getan wurde (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="159"/>
        <source>New meeting in &amp;series</source>
        <translation>Neues Treffen in der &amp;Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="160"/>
        <source>The next meeting of this series: same groups and people, agenda opening with &quot;Since last time&quot; (Ctrl+Shift+N)</source>
        <translation>Das nächste Treffen dieser Reihe: dieselben Gruppen und Personen, die Tagesordnung beginnt mit „Seit dem letzten Mal“ (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165"/>
        <source>Every key of the app, and of the run view (F1)</source>
        <translation>Alle Tasten der App und der Leitungsansicht (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="166"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>&amp;About CoProDesk</source>
        <translation>Ü&amp;ber CoProDesk</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="55"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="57"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="70"/>
        <source>Every change is saved at once</source>
        <translation>Jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="74"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="107"/>
        <source>&amp;End meeting…</source>
        <translation>Treffen b&amp;eenden…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="115"/>
        <source>Share with &amp;devices…</source>
        <translation>Mit &amp;Geräten teilen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="120"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiv…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="322"/>
        <source>“%1” carries signatures: an export never replaces it. Choose another name.</source>
        <translation>„%1“ trägt Unterschriften: Ein Export ersetzt sie nie. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="330"/>
        <source>Meeting written to %1</source>
        <translation>Treffen geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="341"/>
        <source>Import meeting</source>
        <translation>Treffen importieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="342"/>
        <source>CoProDesk meeting (*.json)</source>
        <translation>CoProDesk-Treffen (*.json)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="353"/>
        <source>Meeting imported</source>
        <translation>Treffen importiert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="369"/>
        <source>“%1” was still open in this closed meeting; it now ends when the meeting ended (%2).</source>
        <translation>„%1“ war in diesem geschlossenen Treffen noch offen; der Punkt endet jetzt mit dem Ende des Treffens (%2).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="372"/>
        <source>“%1” had a start in a planned meeting; it is not started now.</source>
        <translation>„%1“ hatte einen Beginn in einem geplanten Treffen; der Punkt ist jetzt nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="398"/>
        <source>Minutes written to %1</source>
        <translation>Protokoll geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="409"/>
        <source>Verify minutes</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="410"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="437"/>
        <source>Reopen for a correction</source>
        <translation>Für eine Korrektur wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="438"/>
        <source>The minutes are signed. Say what needs correcting; the next minutes will print it as an amendment:</source>
        <translation>Das Protokoll ist unterschrieben. Sagen Sie, was korrigiert werden muss; das nächste Protokoll druckt es als Änderung:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="448"/>
        <source>Reopened; the amendment is recorded.</source>
        <translation>Wieder geöffnet; die Änderung ist festgehalten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="456"/>
        <source>Nothing changed: the minutes of this meeting were signed after this change, and undo never changes a signed record. Use Reopen for a correction… to correct it (the reason is recorded).</source>
        <translation>Nichts geändert: Das Protokoll dieses Treffens wurde nach dieser Änderung unterschrieben, und Rückgängig ändert nie einen unterschriebenen Stand. Mit „Für eine Korrektur wieder öffnen…“ können Sie ihn korrigieren (der Grund wird festgehalten).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="460"/>
        <source>Nothing changed: the meeting was closed after this change, and undo does not change a closed record. Use Reopen… to run it again (the reason is recorded).</source>
        <translation>Nichts geändert: Das Treffen wurde nach dieser Änderung geschlossen, und Rückgängig ändert keinen geschlossenen Stand. Mit „Wieder öffnen…“ können Sie es erneut leiten (der Grund wird festgehalten).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="464"/>
        <source>Nothing changed: the meeting was reopened after this change; what came before it can no longer be undone.</source>
        <translation>Nichts geändert: Das Treffen wurde nach dieser Änderung wieder geöffnet; was davor geschah, lässt sich nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="488"/>
        <source>Reopen for a correction…</source>
        <translation>Für eine Korrektur wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="540"/>
        <source>The floor of “%1” is paused (%2 was speaking).</source>
        <translation>Das Wort in „%1“ ist pausiert (%2 hatte das Wort).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="556"/>
        <location filename="../../coprodesk/gui/main_window.py" line="563"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="576"/>
        <source>Duplicate meeting as template</source>
        <translation>Treffen als Vorlage duplizieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="580"/>
        <source>Copied groups, people and agenda; no turns or decisions.</source>
        <translation>Gruppen, Personen und Tagesordnung kopiert; keine Beiträge oder Entscheidungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="595"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="596"/>
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n Tagesordnungspunkt</numerusform>
            <numerusform>%n Tagesordnungspunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="597"/>
        <source>%n speaking turns</source>
        <translation>
            <numerusform>%n Redebeitrag</numerusform>
            <numerusform>%n Redebeiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="598"/>
        <source>%n decisions</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="599"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="600"/>
        <location filename="../../coprodesk/gui/main_window.py" line="607"/>
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="601"/>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="603"/>
        <source>This removes the meeting with its %1. It cannot be undone; the daily copies of the database in %2 keep it as it was when they were made.</source>
        <translation>Dies entfernt das Treffen mit %1. Das lässt sich nicht rückgängig machen; die täglichen Kopien der Datenbank in %2 behalten es so, wie es bei ihrer Erstellung war.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="677"/>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="732"/>
        <source>&amp;Resume meeting</source>
        <translation>Treffen &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="735"/>
        <source>Resume meeting (F5)</source>
        <translation>Treffen fortsetzen (F5)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="736"/>
        <source>Start meeting (F5)</source>
        <translation>Treffen beginnen (F5)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="768"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="768"/>
        <source>Running a meeting</source>
        <translation>Ein Treffen leiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="773"/>
        <source>Sort a table by a column</source>
        <translation>Eine Tabelle nach einer Spalte sortieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="776"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="784"/>
        <source>About CoProDesk</source>
        <translation>Über CoProDesk</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="785"/>
        <source>CoProDesk %1
Run co-produced meetings: equal-voice timers, joint decisions, signed minutes.</source>
        <translation>CoProDesk %1
Koproduzierte Treffen leiten: Uhren für gleiche Stimmen, gemeinsame Entscheidungen, unterschriebene Protokolle.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="829"/>
        <location filename="../../coprodesk/gui/main_window.py" line="862"/>
        <source>Quit CoProDesk</source>
        <translation>CoProDesk beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="830"/>
        <source>Changes not saved yet: %1</source>
        <translation>Noch nicht gespeicherte Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="832"/>
        <source>They wait because %1.</source>
        <translation>Sie warten. Grund: %1.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="834"/>
        <source>Keep the window open and they are saved as soon as the database takes them; if you quit now, they are lost.</source>
        <translation>Lassen Sie das Fenster offen, dann werden sie gespeichert, sobald die Datenbank sie annimmt; wenn Sie jetzt beenden, gehen sie verloren.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="836"/>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="837"/>
        <source>Quit without them</source>
        <translation>Ohne sie beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="840"/>
        <source>Quit with changes not saved yet</source>
        <translation>Beenden mit noch nicht gespeicherten Änderungen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="863"/>
        <source>“%1” is still running.</source>
        <translation>„%1“ läuft noch.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="866"/>
        <source>%1 has the floor.</source>
        <translation>%1 hat das Wort.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="867"/>
        <source>The floor is paused.</source>
        <translation>Das Wort ist pausiert.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="868"/>
        <source>Pausing keeps the meeting open to resume later; ending it closes the record for the minutes.</source>
        <translation>Pausieren hält das Treffen offen, um es später fortzusetzen; Beenden schließt den Eintrag für das Protokoll.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="870"/>
        <source>Pause the floor and quit</source>
        <translation>Wort pausieren und beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="871"/>
        <source>End the meeting</source>
        <translation>Das Treffen beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="874"/>
        <source>Quit with a running meeting</source>
        <translation>Beenden mit laufendem Treffen</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="31"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="32"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="34"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="35"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="20"/>
        <source>Untitled meeting</source>
        <translation>Treffen ohne Titel</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="21"/>
        <source>Date and place not recorded</source>
        <translation>Datum und Ort nicht festgehalten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="22"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="23"/>
        <source>Facilitated by</source>
        <translation>Moderiert von</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="24"/>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="25"/>
        <source>Co-chaired by</source>
        <translation>Ko-Vorsitz</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="26"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="27"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="28"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="29"/>
        <source>planned {span}</source>
        <translation>geplant {span}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="30"/>
        <source>held {span}</source>
        <translation>stattgefunden {span}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="31"/>
        <source>held from {start}, not yet ended</source>
        <translation>seit {start}, noch nicht beendet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="32"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="34"/>
        <source>Planned: the meeting has not started yet. These minutes show the plan only.</source>
        <translation>Geplant: Das Treffen hat noch nicht begonnen. Dieses Protokoll zeigt nur den Plan.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="36"/>
        <source>Still running: these minutes were made at {now}, before the meeting ended. They are a draft, not the final record.</source>
        <translation>Läuft noch: Dieses Protokoll wurde um {now} erstellt, bevor das Treffen endete. Es ist ein Entwurf, nicht die endgültige Fassung.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="39"/>
        <source>Closed: the meeting has ended.</source>
        <translation>Geschlossen: Das Treffen ist beendet.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="40"/>
        <source>Closed and signed: the minutes were certified.</source>
        <translation>Geschlossen und unterschrieben: Das Protokoll wurde beglaubigt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="42"/>
        <source>Draft: the meeting was still running when these minutes were made ({now}). Anything after that is not in them.</source>
        <translation>Entwurf: Das Treffen lief noch, als dieses Protokoll erstellt wurde ({now}). Was danach geschah, steht nicht darin.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="45"/>
        <source>Amended after signing ({day}):</source>
        <translation>Nach der Unterschrift geändert ({day}):</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="46"/>
        <source>Other versions</source>
        <translation>Weitere Fassungen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="47"/>
        <source>attached inside this PDF and covered by its signatures: minutes.html, the same minutes for screen readers, and easy-read.pdf, in large type and short sentences.</source>
        <translation>in diesem PDF angehängt und von seinen Unterschriften abgedeckt: minutes.html, dasselbe Protokoll für Screenreader, und easy-read.pdf, in großer Schrift und kurzen Sätzen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="52"/>
        <source>Ground rules</source>
        <translation>Gesprächsregeln</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="53"/>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="54"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="182"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="55"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="56"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="57"/>
        <source>Apologies: {names}</source>
        <translation>Entschuldigt: {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="58"/>
        <source>People who asked not to be named appear by initials or a pseudonym of their choice. Observers are listed but never counted in shares or decisions.</source>
        <translation>Wer nicht genannt werden möchte, erscheint mit Initialen oder einem selbst gewählten Pseudonym. Beobachtende werden aufgeführt, aber nie bei Anteilen oder Entscheidungen gezählt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="62"/>
        <source>facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="63"/>
        <source>co-chair</source>
        <translation>Ko-Vorsitz</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="64"/>
        <source>participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="65"/>
        <source>observer</source>
        <translation>Beobachtende</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="67"/>
        <source>observer (not counted)</source>
        <translation>beobachtend (nicht gezählt)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="68"/>
        <source>whole meeting</source>
        <translation>ganzes Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="69"/>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="70"/>
        <source>from {start}</source>
        <translation>ab {start}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="71"/>
        <source>{label} · {name}</source>
        <translation>{label} · {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="72"/>
        <source>Members of {group}</source>
        <translation>Mitglieder von {group}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="73"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="74"/>
        <source>{n} people</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="75"/>
        <source>{people}, 1 observer</source>
        <translation>{people}, 1 beobachtende Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="76"/>
        <source>{people}, {n} observers</source>
        <translation>{people}, {n} Beobachtende</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="79"/>
        <source>Agenda: planned and actual time</source>
        <translation>Tagesordnung: geplante und tatsächliche Zeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="80"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="80"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="81"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="81"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="82"/>
        <source>Speaking</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="83"/>
        <source>The agenda: planned and actual time of each item, and speaking time in it</source>
        <translation>Die Tagesordnung: geplante und tatsächliche Zeit jedes Punkts und die Redezeit darin</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="85"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="140"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="86"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="88"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="89"/>
        <source>No decisions were recorded.</source>
        <translation>Es wurden keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="90"/>
        <source>Decision {n}: {proposal}</source>
        <translation>Entscheidung {n}: {proposal}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="91"/>
        <source>Proposal: {text}</source>
        <translation>Vorschlag: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="92"/>
        <source>Method: {method}. {rule}</source>
        <translation>Verfahren: {method}. {rule}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="93"/>
        <source>Round {n} of {total}</source>
        <translation>Runde {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="94"/>
        <source>the final round</source>
        <translation>die letzte Runde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="95"/>
        <source>revised after this round</source>
        <translation>nach dieser Runde überarbeitet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="96"/>
        <source>Proposal in round {n}: {text}</source>
        <translation>Vorschlag in Runde {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="97"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="173"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="182"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="98"/>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="99"/>
        <source>Endorsed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="100"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="100"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="101"/>
        <source>The numbers are the method&apos;s options: {legend}.</source>
        <translation>Die Zahlen sind die Optionen des Verfahrens: {legend}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="102"/>
        <source>Round {n}: stances per stakeholder group ({method})</source>
        <translation>Runde {n}: Positionen je Interessengruppe ({method})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="103"/>
        <source>Stances and reasons in round {n}:</source>
        <translation>Positionen und Gründe in Runde {n}:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="104"/>
        <source>{who} ({group}): {option}</source>
        <translation>{who} ({group}): {option}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="105"/>
        <source>{who} ({group}): {option}. Reason: {reason}</source>
        <translation>{who} ({group}): {option}. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="106"/>
        <source>observer, not counted</source>
        <translation>beobachtend, nicht gezählt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="107"/>
        <source>not present when decided, not counted</source>
        <translation>bei der Entscheidung nicht anwesend, nicht gezählt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="108"/>
        <source>given privately from their own device</source>
        <translation>privat über das eigene Gerät abgegeben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="109"/>
        <source>Result of round {n}: {verdict}</source>
        <translation>Ergebnis von Runde {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="110"/>
        <source>The proposal was revised and put again in round {next}.</source>
        <translation>Der Vorschlag wurde überarbeitet und in Runde {next} erneut gestellt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="111"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="137"/>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="113"/>
        <source>agreed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="114"/>
        <source>not agreed</source>
        <translation>nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="115"/>
        <source>deferred</source>
        <translation>vertagt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="117"/>
        <source>The facilitator set the outcome to {outcome} (computed: {computed}). Reason: {reason}</source>
        <translation>Die Moderation hat das Ergebnis auf {outcome} gesetzt (berechnet: {computed}). Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="119"/>
        <source>Outcome statement: {text}</source>
        <translation>Ergebnisformulierung: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="120"/>
        <source>Recorded dissent: {text}</source>
        <translation>Festgehaltener Widerspruch: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="122"/>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="123"/>
        <source>No actions were recorded.</source>
        <translation>Es wurden keine Aufgaben festgehalten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="124"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="125"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="125"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="127"/>
        <source>Actions agreed: what, who, by when, and whether done</source>
        <translation>Vereinbarte Aufgaben: was, wer, bis wann und ob erledigt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="128"/>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="129"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="139"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="129"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="131"/>
        <source>You said, we did</source>
        <translation>Sie sagten, wir handelten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="132"/>
        <source>Actions carried from earlier meetings of this series, who raised them and what happened.</source>
        <translation>Aufgaben aus früheren Treffen dieser Reihe, wer sie eingebracht hat und was daraus wurde.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="134"/>
        <source>From {title} ({date})</source>
        <translation>Aus {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="135"/>
        <source>, decision: {text}</source>
        <translation>, Entscheidung: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="136"/>
        <source>; raised by {name}</source>
        <translation>; eingebracht von {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="141"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="142"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="144"/>
        <source>not yet asked</source>
        <translation>noch nicht nachgefragt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="146"/>
        <source>Speaking-time balance</source>
        <translation>Ausgewogenheit der Redezeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="147"/>
        <source>Total speaking time {total}. How evenly it was shared: {words}. {explain}</source>
        <translation>Redezeit insgesamt {total}. Wie gleichmäßig sie verteilt war: {words}. {explain}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="150"/>
        <source>Every counted person spoke about as much as their fair share.</source>
        <translation>Jede gezählte Person sprach etwa so viel wie ihr fairer Anteil.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="152"/>
        <source>Most counted people spoke close to their fair share; some spoke more.</source>
        <translation>Die meisten gezählten Personen sprachen nahe an ihrem fairen Anteil; einige sprachen mehr.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="154"/>
        <source>A few people spoke much more than the others.</source>
        <translation>Einige wenige sprachen viel mehr als die anderen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="155"/>
        <source>One or two people held most of the floor.</source>
        <translation>Eine oder zwei Personen hatten die meiste Zeit das Wort.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="156"/>
        <source>Too little was said to judge how evenly the floor was shared.</source>
        <translation>Es wurde zu wenig gesagt, um zu beurteilen, wie gleichmäßig das Wort verteilt war.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="159"/>
        <source>In the room and online: the people who took part online ({people}) had {share} % of the speaking time; their fair share, given who was present where, was {fair} %.</source>
        <translation>Im Raum und online: Die Personen, die online teilnahmen ({people}), hatten {share} % der Redezeit; ihr fairer Anteil, je nachdem wer wo anwesend war, betrug {fair} %.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="162"/>
        <source>By stakeholder group</source>
        <translation>Nach Interessengruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="163"/>
        <source>By person</source>
        <translation>Nach Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="164"/>
        <source>{share} % (fair {fair} %)</source>
        <translation>{share} % (fair {fair} %)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="165"/>
        <source>{name}: {share} % of the speaking time; a fair share was {fair} %.</source>
        <translation>{name}: {share} % der Redezeit; ein fairer Anteil war {fair} %.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="167"/>
        <source>{members} counted · {floor}</source>
        <translation>{members} gezählt · {floor}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="168"/>
        <source>{group} · {floor} · {turns} turns</source>
        <translation>{group} · {floor} · {turns} Beiträge</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="169"/>
        <source>share of speaking time</source>
        <translation>Anteil an der Redezeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="170"/>
        <source>fair share, given who was present</source>
        <translation>fairer Anteil, gemessen an den Anwesenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="171"/>
        <source>Speaking time by stakeholder group, with each group&apos;s fair share</source>
        <translation>Redezeit nach Interessengruppe, mit dem fairen Anteil jeder Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="174"/>
        <source>Counted members</source>
        <translation>Gezählte Mitglieder</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="174"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="183"/>
        <source>Speaking time</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="175"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="184"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="176"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="185"/>
        <source>Fair share</source>
        <translation>Fairer Anteil</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="178"/>
        <source>Chart: each group&apos;s share of the speaking time as a bar, its fair share as a black line</source>
        <translation>Diagramm: der Anteil jeder Gruppe an der Redezeit als Balken, ihr fairer Anteil als schwarzer Strich</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="180"/>
        <source>Speaking time by person, with each person&apos;s fair share</source>
        <translation>Redezeit nach Person, mit dem fairen Anteil jeder Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="183"/>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="187"/>
        <source>Chart: each person&apos;s share of the speaking time as a bar, their fair share as a black line</source>
        <translation>Diagramm: der Anteil jeder Person an der Redezeit als Balken, ihr fairer Anteil als schwarzer Strich</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="189"/>
        <source>This meeting chose to show groups only: no individual figures.</source>
        <translation>Dieses Treffen zeigt nur Gruppen: keine Zahlen zu einzelnen Personen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="190"/>
        <source>Quiet voices (well under their fair share): {names}</source>
        <translation>Leise Stimmen (deutlich unter ihrem fairen Anteil): {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="192"/>
        <source>Sign-off</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="193"/>
        <source>By signing, each signer confirms these minutes as a true record. The signatures are digital: any change to the document after signing is detectable (coprodesk verify, or any PDF reader that checks signatures).</source>
        <translation>Mit der Unterschrift bestätigt jede unterschreibende Person dieses Protokoll als wahrheitsgetreu. Die Unterschriften sind digital: Jede Änderung nach der Unterschrift ist erkennbar (coprodesk verify oder jedes PDF-Programm, das Unterschriften prüft).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="197"/>
        <source>certifies the minutes</source>
        <translation>beglaubigt das Protokoll</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="198"/>
        <source>countersigns</source>
        <translation>unterschreibt mit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="200"/>
        <source>The digital signatures are in the PDF these minutes came with; this page is attached to it and covered by the signatures.</source>
        <translation>Die digitalen Unterschriften stehen im PDF, mit dem dieses Protokoll kam; diese Seite ist ihm angehängt und von den Unterschriften abgedeckt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="205"/>
        <source>Minutes · {title}</source>
        <translation>Protokoll · {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="206"/>
        <source>Minutes: {title}</source>
        <translation>Protokoll: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="207"/>
        <source>Minutes of {title}</source>
        <translation>Protokoll von {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="208"/>
        <source>Minutes made with CoProDesk on {day}</source>
        <translation>Protokoll erstellt mit CoProDesk am {day}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="209"/>
        <source>page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="212"/>
        <source>Easy-read minutes: {title}</source>
        <translation>Protokoll in Leichter Sprache: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="213"/>
        <source>Our meeting: {title}</source>
        <translation>Unser Treffen: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="214"/>
        <source>When: {day}.</source>
        <translation>Wann: {day}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="215"/>
        <source>Where: {place}.</source>
        <translation>Wo: {place}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="216"/>
        <source>Who came</source>
        <translation>Wer war da</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="217"/>
        <source>and 1 more person</source>
        <translation>und noch 1 Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="218"/>
        <source>and {n} more people</source>
        <translation>und noch {n} Personen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="219"/>
        <source>Came to watch:</source>
        <translation>Zum Zuschauen da:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="220"/>
        <source>They did not help decide.</source>
        <translation>Sie haben nicht mitentschieden.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="221"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="222"/>
        <source>What we talked about</source>
        <translation>Worüber wir gesprochen haben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="223"/>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="224"/>
        <source>We did not write down what we talked about.</source>
        <translation>Wir haben nicht aufgeschrieben, worüber wir gesprochen haben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="225"/>
        <source>What we decided</source>
        <translation>Was wir entschieden haben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="226"/>
        <source>We decided: {text}</source>
        <translation>Wir haben entschieden: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="227"/>
        <source>We did not agree this: {text}</source>
        <translation>Darauf haben wir uns nicht geeinigt: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="228"/>
        <source>We will decide this later: {text}</source>
        <translation>Das entscheiden wir später: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="229"/>
        <source>Did every group agree?</source>
        <translation>Waren alle Gruppen einverstanden?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="230"/>
        <source>Page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="231"/>
        <source>Yes.</source>
        <translation>Ja.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="232"/>
        <source>No.</source>
        <translation>Nein.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="233"/>
        <source>{group} did not agree.</source>
        <translation>{group} war nicht einverstanden.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="234"/>
        <source>They said: {text}</source>
        <translation>Sie haben gesagt: {text}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="235"/>
        <source>We did not decide anything.</source>
        <translation>Wir haben nichts entschieden.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="236"/>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="237"/>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="238"/>
        <source>Who will do it: {names}.</source>
        <translation>Wer es macht: {names}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="239"/>
        <source>Nobody has said they will do it yet.</source>
        <translation>Noch hat niemand gesagt, dass er es macht.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="240"/>
        <source>By: {day}.</source>
        <translation>Bis: {day}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="241"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="242"/>
        <source>Nothing to do next was written down.</source>
        <translation>Es wurde keine nächste Aufgabe aufgeschrieben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="243"/>
        <source>Who spoke</source>
        <translation>Wer gesprochen hat</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="244"/>
        <source>{group} spoke less than their fair share.</source>
        <translation>{group} hat weniger gesprochen als ihr fairer Anteil.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="245"/>
        <source>{group} spoke more than their fair share.</source>
        <translation>{group} hat mehr gesprochen als ihr fairer Anteil.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="246"/>
        <source>Too little was said to tell who spoke more.</source>
        <translation>Es wurde zu wenig gesagt, um zu sagen, wer mehr gesprochen hat.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="247"/>
        <source>{group} spoke about their fair share.</source>
        <translation>{group} hat etwa ihren fairen Anteil gesprochen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="250"/>
        <source>the minutes carry no signature</source>
        <translation>das Protokoll trägt keine Signatur</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="251"/>
        <source>{signer} signed the box of {box} on their behalf: {reason}</source>
        <translation>{signer} hat das Feld von {box} in deren Auftrag signiert: {reason}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="252"/>
        <source>the signature in the box {box} (revision {rev} of {total}) was removed later</source>
        <translation>die Signatur im Feld {box} (Revision {rev} von {total}) wurde später entfernt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="254"/>
        <source>the file was changed after the last signature ({signer}): revision {total} of {total} is not signed</source>
        <translation>die Datei wurde nach der letzten Signatur ({signer}) geändert: Revision {total} von {total} ist nicht signiert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="257"/>
        <source>the attached file {name} was added or changed after the signatures (revision {rev} of {total}): no signature covers it</source>
        <translation>die angehängte Datei {name} wurde nach den Signaturen hinzugefügt oder geändert (Revision {rev} von {total}): keine Signatur deckt sie ab</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="260"/>
        <source>the signature in the box {box} is damaged and cannot be checked ({why})</source>
        <translation>die Signatur im Feld {box} ist beschädigt und kann nicht geprüft werden ({why})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="262"/>
        <source>the signature in the box {box} carries a certificate other than the one it was made with</source>
        <translation>die Signatur im Feld {box} trägt ein anderes Zertifikat als das, mit dem sie erstellt wurde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="265"/>
        <source>the signature of {name} does not match the document: what {name} signed was changed afterwards</source>
        <translation>die Signatur von {name} passt nicht zum Dokument: Was {name} signiert hat, wurde danach geändert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="268"/>
        <source>the signature of {name} is not valid: it was not made with {name}&apos;s key</source>
        <translation>die Signatur von {name} ist ungültig: Sie wurde nicht mit dem Schlüssel von {name} erstellt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="270"/>
        <source>the signature of {name} does not cover the whole file before it</source>
        <translation>die Signatur von {name} deckt nicht die ganze Datei davor ab</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="272"/>
        <source>the certificate of {name} was not valid when they signed ({day}): it is valid from {start} to {end}</source>
        <translation>das Zertifikat von {name} war beim Signieren ({day}) nicht gültig: Es gilt vom {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="275"/>
        <source>the box of {box} was signed by {name}, not by {box}</source>
        <translation>das Feld von {box} wurde von {name} signiert, nicht von {box}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="276"/>
        <source>{signer} is not on your trust list</source>
        <translation>{signer} steht nicht auf Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="277"/>
        <source>{signer} is not on your trust list (accepted with --allow-untrusted)</source>
        <translation>{signer} steht nicht auf Ihrer Vertrauensliste (mit --allow-untrusted hingenommen)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="280"/>
        <source>the minutes carry a form field {box} that is not a signature box: filling it later could draw over the pages</source>
        <translation>das Protokoll enthält ein Formularfeld {box}, das kein Signaturfeld ist: wird es später ausgefüllt, kann es über die Seiten malen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="283"/>
        <source>the boxes {a} and {b} are for the same person: each person has one box</source>
        <translation>die Felder {a} und {b} gehören derselben Person: jede Person hat ein Feld</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="285"/>
        <source>the box {box} is on page {page}, not on the sign-off pages at the end of the minutes</source>
        <translation>das Feld {box} steht auf Seite {page}, nicht auf den Seiten zum Unterzeichnen am Ende des Protokolls</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="288"/>
        <source>the box {box} lies over text on page {page}: what is drawn in it could hide the minutes</source>
        <translation>das Feld {box} liegt auf Seite {page} über Text: was darin gezeichnet wird, könnte das Protokoll verdecken</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="291"/>
        <source>the box {box} is in {n} places: each box has exactly one</source>
        <translation>das Feld {box} steht an {n} Stellen: jedes Feld hat genau eine</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="293"/>
        <source>a box {box} was added after the minutes were certified</source>
        <translation>ein Feld {box} wurde hinzugefügt, nachdem das Protokoll beglaubigt wurde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="295"/>
        <source>the signature of {name} is in the box {box}, which was not on the minutes when they were certified</source>
        <translation>die Signatur von {name} steht im Feld {box}, das beim Beglaubigen nicht im Protokoll war</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="298"/>
        <source>the box {box} was moved, resized or shown after the minutes were certified</source>
        <translation>das Feld {box} wurde verschoben, in der Größe geändert oder sichtbar gemacht, nachdem das Protokoll beglaubigt wurde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="300"/>
        <source>the invisible box {box} was filled with something to see: an invisible box stays invisible</source>
        <translation>das unsichtbare Feld {box} wurde mit etwas Sichtbarem gefüllt: ein unsichtbares Feld bleibt unsichtbar</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="304"/>
        <source>the signature of {name} does not say inside it when it was made: its certificate was checked against today&apos;s date</source>
        <translation>die Signatur von {name} sagt nicht in sich selbst, wann sie geleistet wurde: ihr Zertifikat wurde mit dem heutigen Datum geprüft</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="307"/>
        <source>the signature of {name} says it was made at {at}, which is in the future</source>
        <translation>die Signatur von {name} gibt {at} als Zeitpunkt an, und der liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="309"/>
        <source>the signature of {name} says {at}, a few minutes ahead of this computer&apos;s clock</source>
        <translation>die Signatur von {name} gibt {at} an, einige Minuten nach der Uhr dieses Computers</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="312"/>
        <source>the signature of {name} says it was made at {at}, before {what} ({then})</source>
        <translation>die Signatur von {name} gibt {at} als Zeitpunkt an, also bevor {what} ({then})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="314"/>
        <source>the signature of {name} says it was made a few minutes before {what}: one of the clocks was slightly off</source>
        <translation>die Signatur von {name} gibt einen Zeitpunkt einige Minuten bevor {what} an: eine der Uhren ging etwas falsch</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="317"/>
        <source>the certificate of {name} was valid only a few minutes away from the signing time: one of the clocks was slightly off</source>
        <translation>das Zertifikat von {name} war nur einige Minuten neben dem Zeitpunkt der Signatur gültig: eine der Uhren ging etwas falsch</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="320"/>
        <source>the minutes were made</source>
        <translation>das Protokoll erstellt wurde</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="321"/>
        <source>{name} signed</source>
        <translation>{name} signiert hat</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="323"/>
        <source>an annotation was added to page {page} after {name} certified the minutes (revision {rev} of {total})</source>
        <translation>auf Seite {page} wurde eine Anmerkung hinzugefügt, nachdem {name} das Protokoll beglaubigt hat (Revision {rev} von {total})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="326"/>
        <source>an annotation was added to page {page} after {name} signed (revision {rev} of {total})</source>
        <translation>auf Seite {page} wurde eine Anmerkung hinzugefügt, nachdem {name} signiert hat (Revision {rev} von {total})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="329"/>
        <source>page {page} was changed after {name} certified the minutes (revision {rev} of {total})</source>
        <translation>Seite {page} wurde geändert, nachdem {name} das Protokoll beglaubigt hat (Revision {rev} von {total})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="332"/>
        <source>page {page} was changed after {name} signed (revision {rev} of {total})</source>
        <translation>Seite {page} wurde geändert, nachdem {name} signiert hat (Revision {rev} von {total})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="334"/>
        <source>the file was changed after {name} certified the minutes beyond signing its boxes</source>
        <translation>die Datei wurde, nachdem {name} das Protokoll beglaubigt hat, über das Signieren der Felder hinaus geändert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="337"/>
        <source>the file was changed after {name} signed beyond signing its boxes</source>
        <translation>die Datei wurde, nachdem {name} signiert hat, über das Signieren der Felder hinaus geändert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="340"/>
        <source>{problem}: {why}</source>
        <translation>{problem}: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="341"/>
        <source>{path} is not a PDF</source>
        <translation>{path} ist kein PDF</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="342"/>
        <source>{path} is damaged or truncated: it does not end where a PDF ends</source>
        <translation>{path} ist beschädigt oder abgeschnitten: Die Datei endet nicht, wo ein PDF endet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="344"/>
        <source>{path} is damaged or truncated: {why}</source>
        <translation>{path} ist beschädigt oder abgeschnitten: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="345"/>
        <source>the file is damaged: {why}</source>
        <translation>die Datei ist beschädigt: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="347"/>
        <source>the accessible HTML version</source>
        <translation>die barrierefreie HTML-Fassung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="348"/>
        <source>the easy-read version</source>
        <translation>die Fassung in Leichter Sprache</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="350"/>
        <source>the attached file</source>
        <translation>die angehängte Datei</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="351"/>
        <source>{what} ({name})</source>
        <translation>{what} ({name})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="352"/>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="353"/>
        <source>{what} is inside the signed part.</source>
        <translation>{what} ist im signierten Teil enthalten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="354"/>
        <source>{what} are inside the signed part.</source>
        <translation>{what} sind im signierten Teil enthalten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="355"/>
        <source>{what} is NOT covered by any signature.</source>
        <translation>{what} ist von KEINER Signatur abgedeckt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="359"/>
        <source>object {num}</source>
        <translation>Objekt {num}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="360"/>
        <source>the trailer</source>
        <translation>der Trailer</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="361"/>
        <source>{what} has the key {key} twice: PDF readers disagree about which one counts</source>
        <translation>{what} enthält den Schlüssel {key} zweimal: PDF-Programme sind sich uneinig, welcher gilt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="363"/>
        <source>object {num} is defined twice in revision {rev}: PDF readers disagree about which one to show</source>
        <translation>Objekt {num} ist in Revision {rev} zweimal festgelegt: PDF-Programme sind sich uneinig, welches sie anzeigen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="366"/>
        <source>revision {rev} holds bytes that its cross-reference section does not list (at byte {offset}): a reader that rebuilds the file would show them</source>
        <translation>Revision {rev} enthält Bytes, die ihre Querverweistabelle nicht aufführt (bei Byte {offset}): Ein Programm, das die Datei neu aufbaut, würde sie anzeigen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="369"/>
        <source>the file is malformed at byte {offset} ({what}): PDF readers repair such files each in their own way</source>
        <translation>die Datei ist bei Byte {offset} fehlerhaft aufgebaut ({what}): PDF-Programme reparieren solche Dateien jedes auf seine Weise</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="372"/>
        <source>the signature value in {what} is not a hexadecimal string that exactly fills the gap its byte range leaves: a reader may take other bytes for what was signed</source>
        <translation>der Signaturwert in {what} ist keine Hexadezimalzeichenkette, die genau die Lücke füllt, die ihr Bytebereich lässt: Ein Programm kann andere Bytes für das Signierte halten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="375"/>
        <source>{count} bytes follow the end of the last revision: no signature covers them</source>
        <translation>{count} Bytes folgen auf das Ende der letzten Revision: Keine Signatur deckt sie ab</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="378"/>
        <source>{path} has more than {limit} revisions, more than verify reads</source>
        <translation>{path} hat mehr als {limit} Revisionen, mehr als verify liest</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="380"/>
        <source>{path} has more than {limit} objects, more than verify reads</source>
        <translation>{path} hat mehr als {limit} Objekte, mehr als verify liest</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="382"/>
        <source>{path} is larger than {limit} MB, more than verify reads</source>
        <translation>{path} ist größer als {limit} MB, mehr als verify liest</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="384"/>
        <source>{path} holds more than {limit} MB of compressed structure, more than verify reads</source>
        <translation>{path} enthält mehr als {limit} MB komprimierte Struktur, mehr als verify liest</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="387"/>
        <source>{path} asks more than {limit} objects of the second reader, more than verify compares</source>
        <translation>{path} verlangt vom zweiten Programm mehr als {limit} Objekte, mehr als verify vergleicht</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="390"/>
        <source>{path} has so many signatures and revisions that more than {limit} revisions would be compared after them, more than verify compares</source>
        <translation>{path} hat so viele Signaturen und Revisionen, dass nach ihnen mehr als {limit} Revisionen verglichen würden, mehr als verify vergleicht</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="394"/>
        <source>a second PDF reader (qpdf) reads revision {rev} differently: {what}</source>
        <translation>ein zweites PDF-Programm (qpdf) liest Revision {rev} anders: {what}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="396"/>
        <source>the list of pages</source>
        <translation>die Liste der Seiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="397"/>
        <source>the appearance of an annotation on page {page}</source>
        <translation>das Aussehen einer Anmerkung auf Seite {page}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="398"/>
        <source>the attached files</source>
        <translation>die angehängten Dateien</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="399"/>
        <source>a second PDF reader (qpdf) had to repair revision {rev}: {why}</source>
        <translation>ein zweites PDF-Programm (qpdf) musste Revision {rev} reparieren: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="401"/>
        <source>verify needs pikepdf (the qpdf library) to read the file a second time, and it is not installed</source>
        <translation>verify braucht pikepdf (die Bibliothek qpdf), um die Datei ein zweites Mal zu lesen, und es ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <location filename="../../ui/participant_view.ui" line="14"/>
        <location filename="../../ui/participant_view.ui" line="17"/>
        <location filename="../../coprodesk/gui/participant/view.py" line="91"/>
        <location filename="../../coprodesk/gui/participant/view.py" line="504"/>
        <source>Participant screen</source>
        <translation>Teilnehmendenbildschirm</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="290"/>
        <location filename="../../coprodesk/gui/participant/view.py" line="400"/>
        <source>{share} · fair {fair}</source>
        <translation>{share} · fair {fair}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="335"/>
        <source>{name}, speaking</source>
        <translation>{name}, spricht</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="337"/>
        <source>has not spoken yet; {share}</source>
        <translation>hat noch nicht gesprochen; {share}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="340"/>
        <source>{time} on the floor; {share}</source>
        <translation>{time} Redezeit; {share}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="410"/>
        <source>Item time</source>
        <translation>Zeit für den Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="68"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="72"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="73"/>
        <source>discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="74"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="75"/>
        <source>break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="108"/>
        <source>Turn time</source>
        <translation>Dauer des Beitrags</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="274"/>
        <source>Item {n} of {total} · {kind}</source>
        <translation>Punkt {n} von {total} · {kind}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="278"/>
        <source>of {planned}</source>
        <translation>von {planned}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="286"/>
        <source>Starting soon</source>
        <translation>Beginnt bald</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="288"/>
        <source>Between agenda items</source>
        <translation>Zwischen den Tagesordnungspunkten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="290"/>
        <source>The meeting has closed</source>
        <translation>Das Treffen ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="317"/>
        <source>Speaking now</source>
        <translation>Spricht gerade</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="257"/>
        <location filename="../../coprodesk/gui/participant/view.py" line="320"/>
        <source>{group} group</source>
        <translation>Gruppe {group}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="328"/>
        <source>Nobody has the floor</source>
        <translation>Niemand hat das Wort</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="329"/>
        <source>The floor opens when the meeting starts</source>
        <translation>Das Wort wird mit Beginn des Treffens eröffnet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="330"/>
        <source>The floor is closed</source>
        <translation>Das Wort ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="340"/>
        <source>No hands up</source>
        <translation>Keine Hände gehoben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="352"/>
        <source>{who} (clarification)</source>
        <translation>{who} (Rückfrage)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="354"/>
        <source>{who} (point of order)</source>
        <translation>{who} (Geschäftsordnung)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="359"/>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="360"/>
        <source>Next: {names}</source>
        <translation>Als Nächstes: {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="375"/>
        <source>Nobody has spoken yet.</source>
        <translation>Noch hat niemand gesprochen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="377"/>
        <source>So far: {words}</source>
        <translation>Bisher: {words}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="381"/>
        <source>This item: {words}</source>
        <translation>Dieser Punkt: {words}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="385"/>
        <source>Online: {share} of the floor, fair share {fair}</source>
        <translation>Online: {share} der Redezeit, fairer Anteil {fair}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="388"/>
        <source>Speaking time by group</source>
        <translation>Redezeit nach Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="389"/>
        <source>The upright line on each bar marks a fair share for who is here.</source>
        <translation>Der senkrechte Strich auf jedem Balken markiert den fairen Anteil für die Anwesenden.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="409"/>
        <source>Speaking time by person</source>
        <translation>Redezeit nach Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="458"/>
        <source>{names} and {n} others</source>
        <translation>{names} und {n} andere</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="460"/>
        <source>Not heard yet on this item: {names}. There is room for you.</source>
        <translation>Auf diesem Punkt noch nicht gehört: {names}. Hier ist Raum für Sie.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="468"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="469"/>
        <source>{name} ({w} × {h})</source>
        <translation>{name} ({w} × {h})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="505"/>
        <source>Show the participant screen on:</source>
        <translation>Den Teilnehmendenbildschirm zeigen auf:</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="29"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="30"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="31"/>
        <source>Named in minutes</source>
        <translation>Im Protokoll genannt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="32"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="33"/>
        <source>Access needs</source>
        <translation>Bedürfnisse für Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="67"/>
        <source>Named</source>
        <translation>Genannt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="68"/>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/editor_people.ui" line="8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="9"/>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="9"/>
        <source>Type a name and press Enter</source>
        <translation>Namen eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="10"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="11"/>
        <source>New person&apos;s group</source>
        <translation>Gruppe der neuen Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="12"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="13"/>
        <source>New person&apos;s role</source>
        <translation>Rolle der neuen Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="14"/>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="17"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="25"/>
        <source>&amp;Remove person</source>
        <translation>Person &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="26"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="26"/>
        <source>A CSV file with columns name,group,role; nothing is imported if any line is wrong</source>
        <translation>Eine CSV-Datei mit den Spalten name,group,role; nichts wird importiert, wenn eine Zeile fehlerhaft ist</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="32"/>
        <source>Access needs are shown to the facilitator only. Someone who does not agree to be named appears in the minutes by the pseudonym they choose, or by their initials.</source>
        <translation>Bedürfnisse für Barrierefreiheit sieht nur die Moderation. Wer nicht genannt werden möchte, erscheint im Protokoll unter dem gewählten Pseudonym oder mit den Initialen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="90"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="92"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/people.py" line="125"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="125"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="142"/>
        <source>Same person twice?</source>
        <translation>Zweimal dieselbe Person?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="143"/>
        <source>“%1” is already in this meeting (%2).</source>
        <translation>„%1“ ist bereits in diesem Treffen (%2).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="145"/>
        <source>Two people with the same name? Add a second one, perhaps with an initial to tell them apart.</source>
        <translation>Zwei Personen mit demselben Namen? Fügen Sie eine zweite hinzu, vielleicht mit einer Initiale zur Unterscheidung.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="147"/>
        <source>Add a second %1</source>
        <translation>Eine zweite Person %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="166"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="176"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="180"/>
        <source>Import people from CSV</source>
        <translation>Personen aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="181"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="200"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="204"/>
        <source>%1 has nobody in it</source>
        <translation>%1 enthält niemanden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/people.py" line="206"/>
        <source>Import %n people</source>
        <translation>
            <numerusform>%n Person importieren</numerusform>
            <numerusform>%n Personen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="225"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="244"/>
        <source>%1&apos;s %2 will count for %3: group shares, the balance and whether decisions were joint can change.</source>
        <translation>%2 von %1 zählt künftig für %3: Gruppenanteile, die Ausgewogenheit und ob Entscheidungen gemeinsam waren, können sich ändern.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="251"/>
        <source>%1&apos;s %2 will no longer count: as an observer, shares, fair shares and the balance leave them out.</source>
        <translation>%2 von %1 zählt nicht mehr: Als Beobachtende bleibt die Person bei Anteilen, fairen Anteilen und der Ausgewogenheit außen vor.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="253"/>
        <source>%1&apos;s %2 will count again: shares, fair shares and the balance include them.</source>
        <translation>%2 von %1 zählt wieder: Anteile, faire Anteile und die Ausgewogenheit beziehen die Person ein.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="258"/>
        <source>Change what was recorded?</source>
        <translation>Das Festgehaltene ändern?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="261"/>
        <source>The meeting is closed: a correction note is kept and the minutes print it.</source>
        <translation>Das Treffen ist geschlossen: Ein Korrekturvermerk wird gespeichert und im Protokoll gedruckt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="263"/>
        <source>Change it</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="33"/>
        <source>Find a person</source>
        <translation>Person finden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="37"/>
        <source>Name of the person</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="38"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="45"/>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="48"/>
        <source>Enter: give the floor · Shift+Enter: raise or lower the hand · Menu key: clarification, point of order, gone / arrived · Esc: close</source>
        <translation>Eingabe: Wort erteilen · Umschalt+Eingabe: Hand heben oder senken · Menütaste: Rückfrage, Geschäftsordnung, gegangen / angekommen · Esc: schließen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="88"/>
        <source>Nobody found</source>
        <translation>Niemand gefunden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="89"/>
        <source>1 found: {first}</source>
        <translation>1 gefunden: {first}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="90"/>
        <source>{n} found, first {first}</source>
        <translation>{n} gefunden, zuerst {first}</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="173"/>
        <source>QR code of the link: {caption}</source>
        <translation>QR-Code des Links: {caption}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="175"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>QtSession</name>
    <message>
        <location filename="../../coprodesk/gui/qt_session.py" line="157"/>
        <source>1 change to the meeting could not be saved: {why}</source>
        <translation>1 Änderung am Treffen konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/qt_session.py" line="159"/>
        <source>{n} changes to the meeting could not be saved: {why}</source>
        <translation>{n} Änderungen am Treffen konnten nicht gespeichert werden: {why}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="23"/>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="32"/>
        <source>Read-only notice</source>
        <translation>Hinweis: nur lesen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="40"/>
        <source>Read only: this database is open in another CoProDesk. Changes are made there; this window shows the meetings as they were when it opened.</source>
        <translation>Nur lesen: Diese Datenbank ist in einem anderen CoProDesk geöffnet. Änderungen werden dort gemacht; dieses Fenster zeigt die Treffen so, wie sie beim Öffnen waren.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="43"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="44"/>
        <source>on the computer {host}</source>
        <translation>auf dem Computer {host}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="45"/>
        <source>Read only: this database is open in another CoProDesk {where} (process {pid}). Changes are made there; this window shows the meetings as they were when it opened.</source>
        <translation>Nur lesen: Diese Datenbank ist in einem anderen CoProDesk {where} geöffnet (Prozess {pid}). Änderungen werden dort gemacht; dieses Fenster zeigt die Treffen so, wie sie beim Öffnen waren.</translation>
    </message>
</context>
<context>
    <name>RunHelp</name>
    <message>
        <location filename="../../ui/run_help.ui" line="9"/>
        <source>Keyboard help</source>
        <translation>Tastenhilfe</translation>
    </message>
    <message>
        <location filename="../../ui/run_help.ui" line="34"/>
        <source>Keys for running the meeting</source>
        <translation>Tasten zum Leiten des Treffens</translation>
    </message>
    <message>
        <location filename="../../ui/run_help.ui" line="45"/>
        <source>Close (Esc or F1)</source>
        <translation>Schließen (Esc oder F1)</translation>
    </message>
</context>
<context>
    <name>RunNotice</name>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="38"/>
        <source>Meeting notice</source>
        <translation>Hinweis zum Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="47"/>
        <source>Export and sign the minutes now</source>
        <translation>Protokoll jetzt exportieren und unterschreiben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="49"/>
        <location filename="../../coprodesk/gui/run/notice.py" line="80"/>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="50"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="79"/>
        <source>Reopen for a correction…</source>
        <translation>Für eine Korrektur wieder öffnen…</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../ui/run_view.ui" line="9"/>
        <location filename="../../ui/run_view.ui" line="12"/>
        <source>Run the meeting</source>
        <translation>Das Treffen leiten</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="22"/>
        <source>Recovery notice</source>
        <translation>Hinweis zur Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="30"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="39"/>
        <location filename="../../coprodesk/gui/run/view.py" line="369"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="44"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="75"/>
        <location filename="../../coprodesk/gui/run/view.py" line="792"/>
        <source>&amp;Notes on this item</source>
        <translation>&amp;Notizen zu diesem Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="81"/>
        <source>Notes on this item</source>
        <translation>Notizen zu diesem Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="82"/>
        <location filename="../../ui/run_view.ui" line="83"/>
        <source>Typed notes are saved as you type. Esc returns the keys to the floor.</source>
        <translation>Notizen werden beim Tippen gespeichert. Esc gibt die Tasten an das Wort zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="105"/>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="111"/>
        <source>Equal-voice timers</source>
        <translation>Uhren für gleiche Stimmen</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="139"/>
        <location filename="../../ui/run_view.ui" line="156"/>
        <source>Speaker queue</source>
        <translation>Redeliste</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="145"/>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="151"/>
        <source>Queue order</source>
        <translation>Reihenfolge der Redeliste</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="165"/>
        <source>Next speaker (N)</source>
        <translation>Nächste Person (N)</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="170"/>
        <source>Lower selected hand</source>
        <translation>Gewählte Hand senken</translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="187"/>
        <source>Keys: 1–0 floor · Space pause/resume · N next · Ctrl+Z undo · F1 all keys</source>
        <translation>Tasten: 1–0 Wort · Leertaste Pause/weiter · N nächste · Strg+Z rückgängig · F1 alle Tasten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="207"/>
        <source>Queue orders</source>
        <translation>Reihenfolgen der Redeliste</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="227"/>
        <source>Decisions and actions (Ctrl+D)</source>
        <translation>Entscheidungen und Aufgaben (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="230"/>
        <source>End meeting… (Shift+F5)</source>
        <translation>Treffen beenden… (Umschalt+F5)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="232"/>
        <location filename="../../coprodesk/gui/run/view.py" line="848"/>
        <location filename="../../coprodesk/gui/run/view.py" line="870"/>
        <source>End meeting</source>
        <translation>Treffen beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="84"/>
        <source>Pause or resume the floor</source>
        <translation>Das Wort pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="88"/>
        <source>Next speaker</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="95"/>
        <source>Next agenda item</source>
        <translation>Nächster Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="99"/>
        <source>Previous agenda item</source>
        <translation>Vorheriger Tagesordnungspunkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="125"/>
        <source>Find a person…</source>
        <translation>Person finden …</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="129"/>
        <source>5 more minutes…</source>
        <translation>5 Minuten mehr …</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="146"/>
        <source>Keyboard help</source>
        <translation>Tastenhilfe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="138"/>
        <source>Participant screen</source>
        <translation>Teilnehmendenbildschirm</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="142"/>
        <source>End meeting…</source>
        <translation>Treffen beenden…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="357"/>
        <source>Floor to {name}</source>
        <translation>Das Wort an {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="369"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="378"/>
        <source>Next speaker: {name}</source>
        <translation>Nächste Person: {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="388"/>
        <source>Go to item: {t}</source>
        <translation>Zum Punkt: {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="398"/>
        <source>Give {t} 5 more minutes</source>
        <translation>{t} 5 Minuten mehr geben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="406"/>
        <source>Lower hand: {name}</source>
        <translation>Hand senken: {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="406"/>
        <source>Raise hand: {name}</source>
        <translation>Hand heben: {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="422"/>
        <source>{name} arrived</source>
        <translation>{name} ist angekommen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="422"/>
        <source>{name} left</source>
        <translation>{name} ist gegangen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="429"/>
        <source>Queue order: {p}</source>
        <translation>Reihenfolge der Redeliste: {p}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="443"/>
        <source>Actions for {name}</source>
        <translation>Aktionen für {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="444"/>
        <source>Give the floor</source>
        <translation>Das Wort erteilen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="447"/>
        <source>Raise hand</source>
        <translation>Hand heben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="448"/>
        <source>Clarification (jumps the queue)</source>
        <translation>Rückfrage (geht in der Redeliste vor)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="450"/>
        <source>Point of order (jumps the queue)</source>
        <translation>Zur Geschäftsordnung (geht in der Redeliste vor)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="452"/>
        <source>Lower hand</source>
        <translation>Hand senken</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="457"/>
        <source>Mark as arrived</source>
        <translation>Als angekommen markieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="459"/>
        <source>Mark as gone</source>
        <translation>Als gegangen markieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="461"/>
        <source>Now in the room</source>
        <translation>Jetzt im Raum</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="464"/>
        <source>Now online</source>
        <translation>Jetzt online</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="473"/>
        <source>{name} is online</source>
        <translation>{name} ist online</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="474"/>
        <source>{name} is in the room</source>
        <translation>{name} ist im Raum</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="501"/>
        <source>{who}, key {key}</source>
        <translation>{who}, Taste {key}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="554"/>
        <source>NOT saved: {why}</source>
        <translation>NICHT gespeichert: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="566"/>
        <location filename="../../coprodesk/gui/run/view.py" line="574"/>
        <source>Not saved yet: waiting for the database</source>
        <translation>Noch nicht gespeichert: Warten auf die Datenbank</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="575"/>
        <source>Saved at {t}</source>
        <translation>Gespeichert um {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="653"/>
        <source>Observers (not counted): {names}</source>
        <translation>Beobachtende (nicht gezählt): {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="729"/>
        <source>Item {n} of {total}: {title}</source>
        <translation>Punkt {n} von {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="731"/>
        <source>No agenda item running</source>
        <translation>Kein Tagesordnungspunkt läuft</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="734"/>
        <source>{name} has the floor</source>
        <translation>{name} hat das Wort</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="736"/>
        <source>The meeting has ended: the floor is closed</source>
        <translation>Das Treffen ist beendet: Das Wort ist geschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="738"/>
        <source>Floor is open</source>
        <translation>Das Wort ist frei</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="740"/>
        <source>{name} is past the soft limit of {limit}</source>
        <translation>{name} hat die weiche Grenze von {limit} überschritten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="749"/>
        <source>Balance: nobody has spoken yet</source>
        <translation>Ausgewogenheit: Noch hat niemand gesprochen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="751"/>
        <source>Balance so far: {words}</source>
        <translation>Ausgewogenheit bisher: {words}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="753"/>
        <source> · on this item: {words}</source>
        <translation> · auf diesem Punkt: {words}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="764"/>
        <source>Speaker queue ({n})</source>
        <translation>Redeliste ({n})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="765"/>
        <source>Speaker queue: no hands up</source>
        <translation>Redeliste: keine Hände gehoben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="777"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="778"/>
        <source>Not heard yet on this item: {names}</source>
        <translation>Auf diesem Punkt noch nicht gehört: {names}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="793"/>
        <source>Notes (open when an item starts)</source>
        <translation>Notizen (offen, sobald ein Punkt beginnt)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="801"/>
        <source>Recovered: the meeting was interrupted at {t}</source>
        <translation>Wiederhergestellt: Das Treffen wurde um {t} unterbrochen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="804"/>
        <source>Resume with {name}</source>
        <translation>Fortsetzen mit {name}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="819"/>
        <source>The minutes of this meeting are signed: its record is locked. Reopening it records an amendment.</source>
        <translation>Das Protokoll dieses Treffens ist unterschrieben: Sein Eintrag ist gesperrt. Wiederöffnen hält eine Änderung fest.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="821"/>
        <source>This meeting ended at {t}: its record is closed, and keys do not change it. Reopen it to run it again (the reason is recorded).</source>
        <translation>Dieses Treffen endete um {t}: Sein Eintrag ist geschlossen, und Tasten ändern ihn nicht. Öffnen Sie es wieder, um es erneut zu leiten (der Grund wird festgehalten).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="830"/>
        <source>This computer&apos;s clock reads {wall}, earlier than this meeting&apos;s last record ({last}): it looks wrong, so times go on from {last}.</source>
        <translation>Die Uhr dieses Computers zeigt {wall}, früher als der letzte Eintrag dieses Treffens ({last}): Sie scheint falsch zu gehen, daher laufen die Zeiten ab {last} weiter.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="835"/>
        <source>“{title}” was still open in this closed meeting; it now ends when the meeting ended ({t}).</source>
        <translation>„{title}“ war in diesem geschlossenen Treffen noch offen; der Punkt endet jetzt mit dem Ende des Treffens ({t}).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="840"/>
        <source>Nothing changed: the meeting is closed. Use Reopen… to run it again.</source>
        <translation>Nichts geändert: Das Treffen ist geschlossen. Mit „Wieder öffnen…“ können Sie es erneut leiten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="849"/>
        <source>End “{title}” now?</source>
        <translation>„{title}“ jetzt beenden?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="851"/>
        <source>The floor pauses, the open agenda item ends and the meeting is closed; its record then stays as it is. You can reopen it later (the reason is recorded).</source>
        <translation>Das Wort wird pausiert, der offene Tagesordnungspunkt endet und das Treffen wird geschlossen; sein Eintrag bleibt dann so, wie er ist. Sie können es später wieder öffnen (der Grund wird festgehalten).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="853"/>
        <source>End the meeting</source>
        <translation>Das Treffen beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="878"/>
        <source>Reopen the meeting</source>
        <translation>Das Treffen wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="880"/>
        <source>The minutes are signed. Say what needs correcting; the next minutes print it as an amendment:</source>
        <translation>Das Protokoll ist unterschrieben. Sagen Sie, was korrigiert werden muss; das nächste Protokoll druckt es als Änderung:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="882"/>
        <source>Say why the meeting is reopened; the minutes print it:</source>
        <translation>Sagen Sie, warum das Treffen wieder geöffnet wird; das Protokoll druckt es:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="24"/>
        <source>First come</source>
        <translation>Wer zuerst kommt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="25"/>
        <source>Not yet spoken first</source>
        <translation>Wer noch nicht sprach, zuerst</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="26"/>
        <source>Least floor time first</source>
        <translation>Wenigste Redezeit zuerst</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="27"/>
        <source>Under-represented group first</source>
        <translation>Unterrepräsentierte zuerst</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="65"/>
        <source>clarification</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="67"/>
        <source>point of order</source>
        <translation>Geschäftsordnung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="37"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="38"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="44"/>
        <source>1 minute planned</source>
        <translation>1 Minute geplant</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="45"/>
        <source>{n} minutes planned</source>
        <translation>{n} Minuten geplant</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="47"/>
        <source>no time planned</source>
        <translation>keine Zeit geplant</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="50"/>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="51"/>
        <source>1 minute left</source>
        <translation>1 Minute übrig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="52"/>
        <source>{n} minutes left</source>
        <translation>{n} Minuten übrig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="55"/>
        <source>just over time</source>
        <translation>knapp über der Zeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="56"/>
        <source>1 minute over</source>
        <translation>1 Minute drüber</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="57"/>
        <source>{n} minutes over</source>
        <translation>{n} Minuten drüber</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="56"/>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="57"/>
        <source>clarify</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="58"/>
        <source>order</source>
        <translation>GO</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="173"/>
        <source>99 turns</source>
        <translation>99 Beiträge</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="419"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="431"/>
        <source>gone</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="456"/>
        <source>{label}   item {item}   meeting {meeting}</source>
        <translation>{label}   Punkt {item}   Treffen {meeting}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="459"/>
        <source>{label}  item {item} · all {meeting}</source>
        <translation>{label}  Punkt {item} · gesamt {meeting}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="462"/>
        <source>{label}   long turn: over the soft limit</source>
        <translation>{label}   langer Beitrag: über der weichen Grenze</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="467"/>
        <source>1 turn</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="468"/>
        <source>{n} turns</source>
        <translation>{n} Beiträge</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="572"/>
        <source>100 % (fair 100 %)</source>
        <translation>100 % (fair 100 %)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="638"/>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="614"/>
        <source>{share} % (fair {fair} %)</source>
        <translation>{share} % (fair {fair} %)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="39"/>
        <source>{name}: hand up for a clarification, {n} in the queue</source>
        <translation>{name}: Hand oben für eine Rückfrage, Platz {n} in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="41"/>
        <source>{name}: hand up for a point of order, {n} in the queue</source>
        <translation>{name}: Hand oben für einen Geschäftsordnungsantrag, Platz {n} in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="43"/>
        <source>{name}: hand up, {n} in the queue</source>
        <translation>{name}: Hand oben, Platz {n} in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="47"/>
        <source>{name}: hand down</source>
        <translation>{name}: Hand unten</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="26"/>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="34"/>
        <source>Changes not yet saved</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="36"/>
        <source>Try &amp;now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="38"/>
        <source>Try saving the waiting changes now</source>
        <translation>Die wartenden Änderungen jetzt speichern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="47"/>
        <source>1 change not yet saved</source>
        <translation>1 Änderung noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="48"/>
        <source>{n} changes not yet saved</source>
        <translation>{n} Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="50"/>
        <source>The disk is full: {count}. Free some space; they are saved in order, with their own times, as soon as there is room.</source>
        <translation>Der Datenträger ist voll: {count}. Geben Sie Platz frei; sie werden der Reihe nach mit ihren eigenen Zeiten gespeichert, sobald Platz ist.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="53"/>
        <source>Waiting for the database… {count}. Another program is writing to it; they are saved in order, with their own times, as soon as it is free.</source>
        <translation>Warten auf die Datenbank… {count}. Ein anderes Programm schreibt gerade hinein; sie werden der Reihe nach mit ihren eigenen Zeiten gespeichert, sobald sie frei ist.</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="95"/>
        <source>No meetings in this series yet</source>
        <translation>Noch keine Treffen in dieser Reihe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="117"/>
        <source>fair share</source>
        <translation>fairer Anteil</translation>
    </message>
</context>
<context>
    <name>SeriesPeopleModel</name>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="186"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="187"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="188"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="189"/>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="190"/>
        <source>Latest</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="191"/>
        <source>Share of speaking (fair share), by meeting</source>
        <translation>Anteil an der Redezeit (fairer Anteil), nach Treffen</translation>
    </message>
</context>
<context>
    <name>SeriesPlot</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="176"/>
        <source>Share of speaking by group, against fair share</source>
        <translation>Anteil an der Redezeit nach Gruppe, verglichen mit dem fairen Anteil</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="244"/>
        <source>Balance index (1 = everyone equal)</source>
        <translation>Ausgewogenheitsindex (1 = alle gleich)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="288"/>
        <source>Attendance by group (new people marked)</source>
        <translation>Teilnahme nach Gruppe (neue Personen markiert)</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <location filename="../../ui/series_view.ui" line="6"/>
        <source>Meetings in a series</source>
        <translation>Treffen einer Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="11"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="12"/>
        <location filename="../../coprodesk/gui/series/view.py" line="164"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="14"/>
        <source>New &amp;meeting in series</source>
        <translation>Neues &amp;Treffen in der Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="14"/>
        <source>Same groups and people; the agenda opens with &quot;Since last time&quot;</source>
        <translation>Dieselben Gruppen und Personen; die Tagesordnung beginnt mit „Seit dem letzten Mal“</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="15"/>
        <source>&amp;Export involvement report…</source>
        <translation>Beteiligungsbericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="15"/>
        <source>A PDF with these figures and plots</source>
        <translation>Ein PDF mit diesen Zahlen und Diagrammen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="20"/>
        <source>Series figures</source>
        <translation>Zahlen der Reihe</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="22"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="25"/>
        <source>Figures per meeting</source>
        <translation>Zahlen pro Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="33"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="41"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="43"/>
        <source>Only people who agreed to be named are listed; a person is the same across meetings only by an explicit link, never by their name.</source>
        <translation>Aufgeführt sind nur Personen, die der Nennung zugestimmt haben; eine Person gilt über Treffen hinweg nur durch eine ausdrückliche Verknüpfung als dieselbe, nie über ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="45"/>
        <source>Figures per person</source>
        <translation>Zahlen pro Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="80"/>
        <source>Series to show</source>
        <translation>Anzuzeigende Reihe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="90"/>
        <source>Meetings in a series: none yet</source>
        <translation>Treffen einer Reihe: noch keine</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="120"/>
        <source>Series: {name} ({n} meetings)</source>
        <translation>Reihe: {name} ({n} Treffen)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="140"/>
        <source>“{name}” carries signatures: an export never replaces it. Choose another name.</source>
        <translation>„{name}“ trägt Unterschriften: Ein Export ersetzt sie nie. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="146"/>
        <source>Could not write {path}: {why}</source>
        <translation>{path} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="155"/>
        <source>Export involvement report</source>
        <translation>Beteiligungsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="156"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="161"/>
        <source>Involvement report written to {p}</source>
        <translation>Beteiligungsbericht geschrieben nach {p}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="112"/>
        <source>Share with participants&apos; devices</source>
        <translation>Mit den Geräten der Teilnehmenden teilen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="115"/>
        <source>Phones, tablets and laptops on the room&apos;s network can follow the meeting, and each person can raise their hand and give a stance privately with their own link. Nothing leaves the room. Traffic is not encrypted: use the room&apos;s own network or this computer&apos;s hotspot, not a public one.</source>
        <translation>Telefone, Tablets und Laptops im Netzwerk des Raums können dem Treffen folgen, und jede Person kann mit ihrem eigenen Link die Hand heben und privat ihre Haltung abgeben. Nichts verlässt den Raum. Die Verbindung ist nicht verschlüsselt: Nutzen Sie das eigene Netzwerk des Raums oder den Hotspot dieses Computers, kein öffentliches Netz.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="125"/>
        <location filename="../../coprodesk/gui/run/sharing.py" line="126"/>
        <source>Address to listen on</source>
        <translation>Adresse, auf der geteilt wird</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="127"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="131"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="132"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="135"/>
        <source>&amp;Start sharing</source>
        <translation>Teilen &amp;starten</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="253"/>
        <source>Sharing with devices at {url}</source>
        <translation>Geteilt mit Geräten unter {url}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="267"/>
        <source>Sharing with devices stopped</source>
        <translation>Teilen mit Geräten beendet</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="289"/>
        <source>Room link</source>
        <translation>Link für den Raum</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="290"/>
        <source>Everyone in the room can follow the meeting with this link.</source>
        <translation>Alle im Raum können dem Treffen mit diesem Link folgen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="302"/>
        <source>Personal links</source>
        <translation>Persönliche Links</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="305"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="311"/>
        <source>&amp;Save cards for printing…</source>
        <translation>Karten zum Drucken &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="325"/>
        <source>Save cards for printing</source>
        <translation>Karten zum Drucken speichern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="326"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="329"/>
        <source>Your own link: keep it to yourself.</source>
        <translation>Ihr eigener Link: Behalten Sie ihn für sich.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="341"/>
        <source>Renew links</source>
        <translation>Links erneuern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="342"/>
        <source>Every link given out so far stops working, printed cards too. Renew them?</source>
        <translation>Jeder bisher ausgegebene Link hört auf zu funktionieren, auch gedruckte Karten. Erneuern?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="344"/>
        <source>&amp;Renew links</source>
        <translation>Links &amp;erneuern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="356"/>
        <source>New links made; the old ones no longer work</source>
        <translation>Neue Links erstellt; die alten funktionieren nicht mehr</translation>
    </message>
</context>
<context>
    <name>SharingBanner</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="185"/>
        <source>Sharing with devices</source>
        <translation>Teilen mit Geräten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="195"/>
        <source>&amp;Room QR code</source>
        <translation>&amp;QR-Code für den Raum</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="196"/>
        <source>&amp;Cards…</source>
        <translation>&amp;Karten…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="197"/>
        <source>Re&amp;new links…</source>
        <translation>Links &amp;erneuern…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="198"/>
        <source>S&amp;top sharing</source>
        <translation>Teilen &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="209"/>
        <source>Shared with devices at {url}: 1 device following</source>
        <translation>Geteilt mit Geräten unter {url}: 1 Gerät folgt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="211"/>
        <source>Shared with devices at {url}: {n} devices following</source>
        <translation>Geteilt mit Geräten unter {url}: {n} Geräte folgen</translation>
    </message>
</context>
<context>
    <name>SignMinutesDialog</name>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="5"/>
        <source>Sign minutes</source>
        <translation>Protokoll unterschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="11"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="14"/>
        <source>Minutes: the PDF to sign</source>
        <translation>Protokoll: die PDF-Datei, die unterschrieben wird</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="15"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="15"/>
        <source>Choose the minutes PDF</source>
        <translation>Das Protokoll-PDF wählen</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="20"/>
        <source>Signature &amp;boxes (choose yours):</source>
        <translation>Unterschrifts&amp;felder (wählen Sie Ihres):</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="21"/>
        <source>Signature boxes</source>
        <translation>Unterschriftsfelder</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="25"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="28"/>
        <source>Signing identity file (.p12)</source>
        <translation>Datei der Signaturidentität (.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="29"/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="29"/>
        <source>Choose the signing identity</source>
        <translation>Die Signaturidentität wählen</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="30"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="30"/>
        <source>Create or pick a signing identity</source>
        <translation>Eine Signaturidentität erstellen oder wählen</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="34"/>
        <source>Passphrase of the signing identity</source>
        <translation>Passphrase der Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="35"/>
        <source>Sign on &amp;behalf of the person the box names</source>
        <translation>&amp;Im Auftrag der im Feld genannten Person unterschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="35"/>
        <source>Sign on behalf of the person the box names</source>
        <translation>Im Auftrag der im Feld genannten Person unterschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="36"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="37"/>
        <source>recorded in the signature, e.g. &quot;asked me to sign while on leave&quot;</source>
        <translation>wird in der Unterschrift festgehalten, z. B. „bat mich, während des Urlaubs zu unterschreiben“</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="37"/>
        <source>Reason: why you sign on their behalf</source>
        <translation>Grund: warum Sie in Vertretung unterschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="40"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="41"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="73"/>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="74"/>
        <source>Sign the chosen box</source>
        <translation>Das gewählte Feld unterschreiben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="110"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="123"/>
        <source>These minutes have no signature boxes.</source>
        <translation>Dieses Protokoll hat keine Unterschriftsfelder.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="125"/>
        <source>Every box is signed.</source>
        <translation>Jedes Feld ist unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="127"/>
        <source>Nobody has signed yet: the first signature certifies the minutes.</source>
        <translation>Noch hat niemand unterschrieben: Die erste Unterschrift beglaubigt das Protokoll.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="150"/>
        <source>Open the minutes to sign first.</source>
        <translation>Öffnen Sie zuerst das zu unterschreibende Protokoll.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="152"/>
        <source>Choose the box that bears your name.</source>
        <translation>Wählen Sie das Feld mit Ihrem Namen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="154"/>
        <source>The box for %1 is already signed by %2.</source>
        <translation>Das Feld für %1 ist bereits von %2 unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="158"/>
        <source>Choose your signing identity, or create one with “New…”.</source>
        <translation>Wählen Sie Ihre Signaturidentität oder erstellen Sie eine mit „Neu…“.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="166"/>
        <source>Say why you sign on their behalf; the reason is recorded in the signature.</source>
        <translation>Sagen Sie, warum Sie in ihrem Auftrag unterschreiben; der Grund wird in der Unterschrift festgehalten.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="172"/>
        <source>You are %1, but this box is for %2. Choose your own box, or tick “Sign on behalf” and say why.</source>
        <translation>Sie sind %1, aber dieses Feld ist für %2. Wählen Sie Ihr eigenes Feld oder haken Sie „Im Auftrag unterschreiben“ an und sagen Sie, warum.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="181"/>
        <source>Signed the box for %1.</source>
        <translation>Das Feld für %1 ist unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="201"/>
        <source>Minutes to sign</source>
        <translation>Zu unterschreibendes Protokoll</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="203"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="182"/>
        <source>Signer</source>
        <translation>Unterzeichnende Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="183"/>
        <source>Signed at</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="181"/>
        <source>Box</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="184"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="185"/>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="195"/>
        <source>%1, on behalf</source>
        <translation>%1, im Auftrag</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="197"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="197"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="202"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="204"/>
        <source>check the signer</source>
        <translation>Unterzeichnende Person prüfen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="205"/>
        <source>NOT VALID</source>
        <translation>NICHT GÜLTIG</translation>
    </message>
</context>
<context>
    <name>SigningIdentityDialog</name>
    <message>
        <location filename="../../ui/signing_identity.ui" line="5"/>
        <location filename="../../coprodesk/gui/signing/identity.py" line="239"/>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="8"/>
        <source>Your signing identity is a file that holds your private key, locked with a passphrase. It signs minutes in your name and never enters the meeting database.</source>
        <translation>Ihre Signaturidentität ist eine Datei mit Ihrem privaten Schlüssel, geschützt durch eine Passphrase. Sie unterschreibt Protokolle in Ihrem Namen und kommt nie in die Datenbank der Treffen.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="11"/>
        <location filename="../../ui/signing_identity.ui" line="13"/>
        <source>Identity in use</source>
        <translation>Verwendete Identität</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="16"/>
        <source>Use an existing &amp;file…</source>
        <translation>Vorhandene &amp;Datei verwenden…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="16"/>
        <source>Use an existing identity file (.p12)</source>
        <translation>Eine vorhandene Identitätsdatei (.p12) verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="17"/>
        <source>Save my &amp;certificate…</source>
        <translation>Mein &amp;Zertifikat speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="17"/>
        <source>Save my public certificate for colleagues to trust</source>
        <translation>Mein öffentliches Zertifikat speichern, damit andere ihm vertrauen können</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="17"/>
        <source>Write the public part of your identity to a .pem file; colleagues add it under File → Trusted people.</source>
        <translation>Den öffentlichen Teil Ihrer Identität in eine .pem-Datei schreiben; andere fügen sie unter Datei → Vertrauenswürdige Personen hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="26"/>
        <source>Create a new identity</source>
        <translation>Eine neue Identität erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="30"/>
        <source>Your name, as printed in signatures</source>
        <translation>Ihr Name, wie er in Unterschriften gedruckt wird</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="30"/>
        <source>as printed in signatures and in your box</source>
        <translation>wie in Unterschriften und in Ihrem Feld gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="31"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="32"/>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="34"/>
        <source>Passphrase, at least 8 characters</source>
        <translation>Passphrase, mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="34"/>
        <source>at least 8 characters; it cannot be recovered</source>
        <translation>mindestens 8 Zeichen; sie lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="35"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="36"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="37"/>
        <source>Stored in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="38"/>
        <source>Where the new identity will be stored</source>
        <translation>Wo die neue Identität gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="42"/>
        <source>C&amp;reate identity</source>
        <translation>Identität e&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="42"/>
        <source>Create the identity</source>
        <translation>Die Identität erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="48"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="49"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="102"/>
        <source>None yet: create one below, or use a file you already have.</source>
        <translation>Noch keine: Erstellen Sie unten eine oder verwenden Sie eine vorhandene Datei.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="105"/>
        <source> (the file is missing)</source>
        <translation> (die Datei fehlt)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="113"/>
        <source>%1 (readable only by you)</source>
        <translation>%1 (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="136"/>
        <source>Give your name, as it should appear in signatures.</source>
        <translation>Geben Sie Ihren Namen an, wie er in Unterschriften erscheinen soll.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="140"/>
        <source>Give your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse an.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="144"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="149"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="155"/>
        <source>An identity is already stored at %1. It is kept as it is: use it with “Use an existing file…”, or give another name.</source>
        <translation>Unter %1 ist bereits eine Identität gespeichert. Sie bleibt, wie sie ist: Verwenden Sie sie mit „Vorhandene Datei verwenden…“ oder geben Sie einen anderen Namen an.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="165"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="175"/>
        <source>Created the signing identity of %1 in %2 (readable only by you). Keep the passphrase safe: nobody can recover it.</source>
        <translation>Die Signaturidentität von %1 wurde in %2 erstellt (nur für Sie lesbar). Bewahren Sie die Passphrase sicher auf: Niemand kann sie wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="183"/>
        <source>No file at %1.</source>
        <translation>Keine Datei unter %1.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="187"/>
        <source>Minutes will be signed with %1.</source>
        <translation>Protokolle werden mit %1 unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="241"/>
        <source>PKCS#12 identity (*.p12 *.pfx)</source>
        <translation>PKCS#12-Identität (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="209"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="212"/>
        <source>Certificate saved in %1. Give it to your colleagues; they add it under File → Trusted people.</source>
        <translation>Zertifikat in %1 gespeichert. Geben Sie es Ihren Kolleginnen und Kollegen; sie fügen es unter Datei → Vertrauenswürdige Personen hinzu.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="221"/>
        <location filename="../../coprodesk/gui/signing/identity.py" line="229"/>
        <source>Save my certificate</source>
        <translation>Mein Zertifikat speichern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="222"/>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="231"/>
        <source>Certificate (*.pem)</source>
        <translation>Zertifikat (*.pem)</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="23"/>
        <location filename="../../coprodesk/gui/sort_menu.py" line="24"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="33"/>
        <source>Sort by %1</source>
        <translation>Sortieren nach %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="42"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="43"/>
        <source>&amp;Descending</source>
        <translation>Ab&amp;steigend</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="79"/>
        <source>Menu key or Shift+F10: sort by a column</source>
        <translation>Menütaste oder Umschalt+F10: nach einer Spalte sortieren</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="23"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="25"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="26"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="30"/>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="35"/>
        <source>share {share} against a fair share of {fair}</source>
        <translation>Anteil {share} bei einem fairen Anteil von {fair}</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="34"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="34"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="35"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="35"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="78"/>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="92"/>
        <source>  (has the floor)</source>
        <translation>  (hat das Wort)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="96"/>
        <source>Reason needed (Enter to type it)</source>
        <translation>Grund nötig (Eingabe, um ihn zu tippen)</translation>
    </message>
</context>
<context>
    <name>TextCap</name>
    <message>
        <location filename="../../coprodesk/gui/text_cap.py" line="34"/>
        <source>At most %1 characters are kept; the rest was not saved.</source>
        <translation>Höchstens %1 Zeichen werden übernommen; der Rest wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="235"/>
        <source>has the floor for {t}</source>
        <translation>hat das Wort seit {t}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="237"/>
        <source>over the soft limit</source>
        <translation>über der weichen Grenze</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="239"/>
        <source>hand raised</source>
        <translation>Hand gehoben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="240"/>
        <source>clarification</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="241"/>
        <source>point of order</source>
        <translation>Geschäftsordnung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="243"/>
        <source>{hand}, number {n} in the queue</source>
        <translation>{hand}, Nummer {n} auf der Redeliste</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="246"/>
        <source>gone</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="248"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="250"/>
        <source>has not spoken yet</source>
        <translation>hat noch nicht gesprochen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="252"/>
        <source>{t} on the floor</source>
        <translation>{t} Redezeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="254"/>
        <source>{t} in all</source>
        <translation>{t} insgesamt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="263"/>
        <source>1 turn</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="263"/>
        <source>{n} turns</source>
        <translation>{n} Beiträge</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="264"/>
        <source>{t} on this item</source>
        <translation>{t} bei diesem Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="265"/>
        <source>not spoken on this item yet</source>
        <translation>bei diesem Punkt noch nicht gesprochen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="268"/>
        <source>key {k}</source>
        <translation>Taste {k}</translation>
    </message>
</context>
<context>
    <name>TranscriptMappingDialog</name>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="5"/>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="162"/>
        <source>Import transcript</source>
        <translation>Transkript importieren</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="8"/>
        <source>About the transcript</source>
        <translation>Zum Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="9"/>
        <source>Who is each name in the transcript? Names matched to someone are chosen already; give a person to the others. Two names given one person (a laptop and a phone) count as one voice.</source>
        <translation>Wer ist jeder Name im Transkript? Erkannte Namen sind schon zugeordnet; ordnen Sie den übrigen eine Person zu. Zwei Namen derselben Person (Laptop und Telefon) zählen als eine Stimme.</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="13"/>
        <source>Names in the transcript</source>
        <translation>Namen im Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="21"/>
        <source>What is still to do</source>
        <translation>Was noch zu tun ist</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="43"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="58"/>
        <source>“%1”: cues: %2; names: %3; into “%4”.</source>
        <translation>„%1“: Abschnitte: %2; Namen: %3; in „%4“.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="62"/>
        <source>Not credited to anyone: cues without a speaker: %1; cues with only a note such as [inaudible]: %2.</source>
        <translation>Niemandem angerechnet: Abschnitte ohne Sprecher: %1; Abschnitte nur mit einem Vermerk wie [unverständlich]: %2.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="70"/>
        <source>— choose a person —</source>
        <translation>— Person wählen —</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="73"/>
        <source>New person (Unassigned)</source>
        <translation>Neue Person (Nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="76"/>
        <source>Person for “%1”</source>
        <translation>Person für „%1“</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="79"/>
        <source>About “%1”</source>
        <translation>Zu „%1“</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="80"/>
        <source>“%1” (%2 of speech)</source>
        <translation>„%1“ (%2 Redezeit)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="105"/>
        <source>Matches %1 equally: choose one.</source>
        <translation>Passt gleich gut zu %1: wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="107"/>
        <source>Matches nobody in the meeting: choose a person.</source>
        <translation>Passt zu niemandem im Treffen: wählen Sie eine Person.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="109"/>
        <source>Chosen by you.</source>
        <translation>Von Ihnen gewählt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="111"/>
        <source>The same name.</source>
        <translation>Derselbe Name.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="112"/>
        <source>Matched: case or accents differ.</source>
        <translation>Erkannt: Groß-/Kleinschreibung oder Akzente weichen ab.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="113"/>
        <source>Matched: pronouns or suffix left out.</source>
        <translation>Erkannt: Pronomen oder Zusatz weggelassen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="117"/>
        <source>One voice with %1 (two devices of one person).</source>
        <translation>Eine Stimme mit %1 (zwei Geräte einer Person).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="134"/>
        <source>Not imported until every name has a person; still to choose: %1.</source>
        <translation>Erst importiert, wenn jeder Name eine Person hat; noch zu wählen: %1.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="137"/>
        <source>Every name has a person.</source>
        <translation>Jeder Name hat eine Person.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="163"/>
        <source>Transcripts of online meetings (*.vtt *.srt)</source>
        <translation>Transkripte von Online-Treffen (*.vtt *.srt)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="200"/>
        <source>Imported from the transcript: turns: %1; new people: %2.</source>
        <translation>Aus dem Transkript importiert: Redebeiträge: %1; neue Personen: %2.</translation>
    </message>
</context>
<context>
    <name>TrustedPeopleDialog</name>
    <message>
        <location filename="../../ui/trusted_people.ui" line="5"/>
        <location filename="../../ui/trusted_people.ui" line="9"/>
        <source>Trusted people</source>
        <translation>Vertrauenswürdige Personen</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="8"/>
        <source>Signatures by these people show as trusted when you verify minutes. Add a colleague&apos;s certificate (a .pem file they gave you, for instance on a USB stick); it holds no secret.</source>
        <translation>Unterschriften dieser Personen gelten beim Prüfen von Protokollen als vertraut. Fügen Sie das Zertifikat einer Kollegin oder eines Kollegen hinzu (eine .pem-Datei, die Sie z. B. auf einem USB-Stick bekommen haben); es enthält kein Geheimnis.</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="10"/>
        <source>Where the trust list is kept</source>
        <translation>Wo die Vertrauensliste liegt</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="11"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="12"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="15"/>
        <source>&amp;Add certificate…</source>
        <translation>Zertifikat &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="15"/>
        <source>Add a colleague&apos;s certificate from a file</source>
        <translation>Das Zertifikat einer Kollegin oder eines Kollegen aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="16"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="16"/>
        <source>Stop trusting the selected person</source>
        <translation>Der gewählten Person nicht mehr vertrauen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="75"/>
        <source>Kept in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="77"/>
        <source>Nobody yet: add a colleague&apos;s certificate.</source>
        <translation>Noch niemand: Fügen Sie das Zertifikat einer Kollegin oder eines Kollegen hinzu.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="102"/>
        <source>%1 is trusted now. Check the fingerprint with them: %2</source>
        <translation>%1 ist jetzt vertraut. Prüfen Sie den Fingerabdruck gemeinsam: %2</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="120"/>
        <source>%1 is no longer trusted.</source>
        <translation>%1 ist nicht mehr vertraut.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="124"/>
        <source>Certificate to trust</source>
        <translation>Zertifikat, dem vertraut werden soll</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="126"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der)</translation>
    </message>
</context>
<context>
    <name>TrustedPeopleModel</name>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="24"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="25"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="26"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="32"/>
        <source>fingerprint starting %1</source>
        <translation>Fingerabdruck beginnt mit %1</translation>
    </message>
</context>
<context>
    <name>VerifyMinutesDialog</name>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="5"/>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="304"/>
        <source>Verify minutes</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="8"/>
        <source>File checked</source>
        <translation>Geprüfte Datei</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="9"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="10"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="11"/>
        <source>Boxes still to sign, and each problem in words</source>
        <translation>Noch zu unterschreibende Felder und jedes Problem in Worten</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="14"/>
        <source>&amp;Trusted people…</source>
        <translation>&amp;Vertrauenswürdige Personen…</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="14"/>
        <source>Open the trust list, then check again</source>
        <translation>Die Vertrauensliste öffnen, dann erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="15"/>
        <source>Check another minutes file</source>
        <translation>Eine andere Protokolldatei prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="15"/>
        <source>Check &amp;another file…</source>
        <translation>&amp;Andere Datei prüfen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="224"/>
        <source>Verified: every signature is intact and valid, and nothing was changed after it.</source>
        <translation>Geprüft: Jede Unterschrift ist unversehrt und gültig, und danach wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="227"/>
        <source>Cannot check this file: it is not a readable PDF.</source>
        <translation>Diese Datei kann nicht geprüft werden: Sie ist kein lesbares PDF.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="230"/>
        <source>Intact and valid, but not on your trust list: %1. Add a colleague&apos;s certificate with “Trusted people…” once you have it from them in person.</source>
        <translation>Unversehrt und gültig, aber nicht auf Ihrer Vertrauensliste: %1. Fügen Sie das Zertifikat einer Kollegin oder eines Kollegen mit „Vertrauenswürdige Personen…“ hinzu, sobald Sie es persönlich von ihnen bekommen haben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="235"/>
        <source>Intact and valid, but check the signers: a box was signed by someone else, or a certificate was outside its validity period.</source>
        <translation>Unversehrt und gültig, aber prüfen Sie die Unterzeichnenden: Ein Feld wurde von jemand anderem unterschrieben, oder ein Zertifikat war außerhalb seiner Gültigkeit.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="239"/>
        <source>NOT VERIFIED: these minutes carry no signature.</source>
        <translation>NICHT GEPRÜFT: Dieses Protokoll trägt keine Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="240"/>
        <source>NOT VERIFIED: the minutes differ from what was signed, or a signature is not valid.</source>
        <translation>NICHT GEPRÜFT: Das Protokoll weicht vom Unterschriebenen ab, oder eine Unterschrift ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="277"/>
        <source>Cannot check this file: %1</source>
        <translation>Diese Datei kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="289"/>
        <source>Still to sign: %1</source>
        <translation>Noch zu unterschreiben: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="305"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>YouSaidPanel</name>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="6"/>
        <location filename="../../ui/you_said_panel.ui" line="13"/>
        <source>You said, we did</source>
        <translation>Sie sagten, wir handelten</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="14"/>
        <source>Actions from earlier meetings of this series stay on this list until a meeting closes them as done or dropped.</source>
        <translation>Aufgaben aus früheren Treffen dieser Reihe bleiben auf dieser Liste, bis ein Treffen sie als erledigt oder verworfen abschließt.</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="16"/>
        <source>Carried actions</source>
        <translation>Übernommene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="27"/>
        <source>&amp;Result or reason:</source>
        <translation>&amp;Ergebnis oder Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="28"/>
        <source>Result or reason</source>
        <translation>Ergebnis oder Grund</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="28"/>
        <source>A sentence: what was done, or why it was dropped</source>
        <translation>Ein Satz: was getan wurde oder warum es verworfen wurde</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="33"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="33"/>
        <source>Closes the action; needs a sentence on the result</source>
        <translation>Schließt die Aufgabe ab; braucht einen Satz zum Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="34"/>
        <source>&amp;In progress</source>
        <translation>&amp;In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="34"/>
        <location filename="../../ui/you_said_panel.ui" line="36"/>
        <source>Stays on the list for the next meeting</source>
        <translation>Bleibt für das nächste Treffen auf der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="35"/>
        <source>D&amp;ropped</source>
        <translation>&amp;Verworfen</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="35"/>
        <source>Closes the action; needs the reason</source>
        <translation>Schließt die Aufgabe ab; braucht den Grund</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="36"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="37"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="37"/>
        <source>Forget what was recorded here: not asked yet</source>
        <translation>Vergessen, was hier festgehalten wurde: noch nicht gefragt</translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="41"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="149"/>
        <source>You said, we did: {n} carried, {k} still open</source>
        <translation>Sie sagten, wir handelten: {n} übernommen, {k} noch offen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="180"/>
        <source>Raised at “{m}”</source>
        <translation>Eingebracht bei „{m}“</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="182"/>
        <source>by {who}</source>
        <translation>von {who}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="184"/>
        <source>earlier: {h}</source>
        <translation>früher: {h}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="223"/>
        <source>{s}: {what}</source>
        <translation>{s}: {what}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="230"/>
        <source>Clear outcome: {what}</source>
        <translation>Ergebnis leeren: {what}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="251"/>
        <source>You said, we did ({n}) (Ctrl+Shift+Y)</source>
        <translation>Sie sagten, wir handelten ({n}) (Strg+Umschalt+Y)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="89"/>
        <source>Welcome to CoProDesk. Add two demo meetings (a finished workshop and its planned follow-up) to look around?</source>
        <translation>Willkommen bei CoProDesk. Zwei Beispieltreffen hinzufügen (einen abgeschlossenen Workshop und sein geplantes Folgetreffen), um sich umzusehen?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="108"/>
        <source>No backup today: %1</source>
        <translation>Heute keine Sicherung: %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="112"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="134"/>
        <source>CoProDesk is already open on %1; its window was brought forward.</source>
        <translation>CoProDesk ist bereits mit %1 geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="200"/>
        <source>CoProDesk was started again on this database; this is its window.</source>
        <translation>CoProDesk wurde mit dieser Datenbank erneut gestartet; dies ist sein Fenster.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="17"/>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="18"/>
        <source>Agreed when nobody blocks and at least one person supports.</source>
        <translation>Angenommen, wenn niemand blockiert und mindestens eine Person zustimmt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="19"/>
        <source>Support</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="20"/>
        <source>I agree with it and will help carry it out.</source>
        <translation>Ich bin dafür und helfe, es umzusetzen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="21"/>
        <source>Stand aside</source>
        <translation>Beiseitetreten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="22"/>
        <source>I won&apos;t block it, but I won&apos;t help carry it out.</source>
        <translation>Ich blockiere es nicht, helfe aber nicht bei der Umsetzung.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="23"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="24"/>
        <source>I cannot let it go ahead: it would harm us or what we stand for.</source>
        <translation>Ich kann es nicht zulassen: Es würde uns oder dem, wofür wir stehen, schaden.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="25"/>
        <source>Consent (sociocratic)</source>
        <translation>Konsent (soziokratisch)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="26"/>
        <source>Agreed when nobody objects and at least one person consents (a concern still consents).</source>
        <translation>Angenommen, wenn niemand Einwand erhebt und mindestens eine Person zustimmt (ein Bedenken ist trotzdem Zustimmung).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="28"/>
        <source>Consent</source>
        <translation>Konsent</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="29"/>
        <source>Good enough for now and safe enough to try.</source>
        <translation>Gut genug für jetzt und sicher genug, um es zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="30"/>
        <source>Consent with a concern</source>
        <translation>Konsent mit Bedenken</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="31"/>
        <source>I consent, and I want my concern recorded.</source>
        <translation>Ich stimme zu und möchte mein Bedenken festgehalten haben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="32"/>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="33"/>
        <source>It would harm our aims or stop us working; it must change.</source>
        <translation>Es würde unseren Zielen schaden oder unsere Arbeit stoppen; es muss sich ändern.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="34"/>
        <source>Fist to five</source>
        <translation>Faust bis fünf</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="35"/>
        <source>Agreed when nobody shows 0 or 1 and at least one person shows 3, 4 or 5.</source>
        <translation>Angenommen, wenn niemand 0 oder 1 zeigt und mindestens eine Person 3, 4 oder 5 zeigt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="36"/>
        <source>Five</source>
        <translation>Fünf</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="37"/>
        <source>I love it and will help lead it.</source>
        <translation>Ich finde es großartig und helfe, es voranzubringen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="38"/>
        <source>Four</source>
        <translation>Vier</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="39"/>
        <source>I support it fully.</source>
        <translation>Ich unterstütze es voll.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="40"/>
        <source>Three</source>
        <translation>Drei</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="41"/>
        <source>I can support it.</source>
        <translation>Ich kann es unterstützen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="42"/>
        <source>Two</source>
        <translation>Zwei</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="43"/>
        <source>I have reservations, but I won&apos;t stand in its way.</source>
        <translation>Ich habe Vorbehalte, stelle mich aber nicht in den Weg.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="44"/>
        <source>One</source>
        <translation>Eins</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="45"/>
        <source>I can&apos;t support it as it stands: it needs to change first.</source>
        <translation>Ich kann es so nicht unterstützen: Es muss sich zuerst ändern.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="46"/>
        <source>Fist</source>
        <translation>Faust</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="47"/>
        <source>No: I block it.</source>
        <translation>Nein: Ich blockiere es.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="48"/>
        <source>Gradients of agreement</source>
        <translation>Abstufungen der Zustimmung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="49"/>
        <source>Agreed when nobody vetoes and more than half of the stances given are in support (1, 2, 3 or 6).</source>
        <translation>Angenommen, wenn niemand ein Veto einlegt und mehr als die Hälfte der abgegebenen Positionen zustimmt (1, 2, 3 oder 6).</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="51"/>
        <source>Endorse</source>
        <translation>Befürworten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="52"/>
        <source>I like it.</source>
        <translation>Mir gefällt es.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="53"/>
        <source>Endorse with a minor point</source>
        <translation>Befürworten mit kleinem Punkt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="54"/>
        <source>I like it, with one small point.</source>
        <translation>Mir gefällt es, mit einem kleinen Punkt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="55"/>
        <source>Agree with reservations</source>
        <translation>Zustimmen mit Vorbehalten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="56"/>
        <source>I can live with it, though I have reservations.</source>
        <translation>Ich kann damit leben, habe aber Vorbehalte.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="57"/>
        <source>Abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="58"/>
        <source>I have no strong feeling either way.</source>
        <translation>Ich bin in keine Richtung festgelegt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="59"/>
        <source>More discussion needed</source>
        <translation>Mehr Diskussion nötig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="60"/>
        <source>I don&apos;t understand it well enough yet to say.</source>
        <translation>Ich verstehe es noch nicht gut genug, um etwas zu sagen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="61"/>
        <source>Don&apos;t like it but will support</source>
        <translation>Gefällt mir nicht, trage es aber mit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="62"/>
        <source>I don&apos;t like it, but I won&apos;t hold it up.</source>
        <translation>Es gefällt mir nicht, aber ich halte es nicht auf.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="63"/>
        <source>Serious disagreement</source>
        <translation>Ernsthafte Ablehnung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="64"/>
        <source>I disagree seriously and want that recorded.</source>
        <translation>Ich lehne es ernsthaft ab und möchte das festgehalten haben.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="65"/>
        <source>Veto</source>
        <translation>Veto</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="66"/>
        <source>I block it: it must not go ahead.</source>
        <translation>Ich blockiere es: Es darf nicht umgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="67"/>
        <source>Majority vote</source>
        <translation>Mehrheitsabstimmung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="68"/>
        <source>Simple majority: more yes than no. Two-thirds: yes is at least two thirds of yes and no. Abstentions count for neither.</source>
        <translation>Einfache Mehrheit: mehr Ja als Nein. Zwei Drittel: Ja ist mindestens zwei Drittel von Ja und Nein. Enthaltungen zählen für keine Seite.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="70"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="71"/>
        <source>I vote for it.</source>
        <translation>Ich stimme dafür.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="72"/>
        <source>I vote neither for nor against it.</source>
        <translation>Ich stimme weder dafür noch dagegen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="73"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="74"/>
        <source>I vote against it.</source>
        <translation>Ich stimme dagegen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="75"/>
        <source>Simple majority</source>
        <translation>Einfache Mehrheit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="76"/>
        <source>Two-thirds majority</source>
        <translation>Zweidrittelmehrheit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="77"/>
        <source>balanced</source>
        <translation>ausgewogen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="78"/>
        <source>fairly balanced</source>
        <translation>ziemlich ausgewogen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="79"/>
        <source>a few voices dominate</source>
        <translation>wenige Stimmen dominieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="80"/>
        <source>one or two voices dominate</source>
        <translation>eine oder zwei Stimmen dominieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="81"/>
        <source>too early to tell</source>
        <translation>zu früh für ein Urteil</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="82"/>
        <source>Agreed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="83"/>
        <source>Not agreed</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="84"/>
        <source>Deferred</source>
        <translation>Vertagt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="85"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="86"/>
        <source>no stance given</source>
        <translation>keine Position abgegeben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="87"/>
        <source>no support</source>
        <translation>keine Zustimmung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="88"/>
        <source>opposed</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="90"/>
        <source>Deferred: no decision was taken.</source>
        <translation>Vertagt: Es wurde keine Entscheidung getroffen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="91"/>
        <source>Not agreed by the facilitator&apos;s override.</source>
        <translation>Nicht angenommen, durch Übersteuern der Moderation.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="92"/>
        <source>Not agreed.</source>
        <translation>Nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="93"/>
        <source>Agreed by the facilitator&apos;s override and joint: every group present endorsed it.</source>
        <translation>Angenommen durch Übersteuern der Moderation und gemeinsam: Jede anwesende Gruppe hat zugestimmt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="94"/>
        <source>Agreed and joint: every group present endorsed it.</source>
        <translation>Angenommen und gemeinsam: Jede anwesende Gruppe hat zugestimmt.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="95"/>
        <source>the stances themselves did not agree it</source>
        <translation>die Positionen selbst haben nicht zugestimmt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="96"/>
        <source>{group} did not endorse it ({reason})</source>
        <translation>{group} hat nicht zugestimmt ({reason})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="97"/>
        <source>{group} ({reason})</source>
        <translation>{group} ({reason})</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="98"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="99"/>
        <source>Agreed by the facilitator&apos;s override, but not joint: {parts}.</source>
        <translation>Angenommen durch Übersteuern der Moderation, aber nicht gemeinsam: {parts}.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="100"/>
        <source>Agreed, but not joint: {parts}.</source>
        <translation>Angenommen, aber nicht gemeinsam: {parts}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../coprodesk/gui/errors.py" line="63"/>
        <source>Something went wrong in CoProDesk: {what}. Your meeting is safe: every change is saved as it happens.</source>
        <translation>In CoProDesk ist etwas schiefgegangen: {what}. Ihr Treffen ist sicher: Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/errors.py" line="66"/>
        <source>The details are in {log}; please send them with a bug report.</source>
        <translation>Die Einzelheiten stehen in {log}; bitte senden Sie sie mit einer Fehlermeldung.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="11"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="12"/>
        <source>Co-chair</source>
        <translation>Ko-Vorsitz</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="13"/>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="14"/>
        <source>Observer</source>
        <translation>Beobachtende</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="17"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="18"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="19"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="20"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="23"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="24"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="25"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="26"/>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="29"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="30"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="31"/>
        <source>Bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="32"/>
        <source>Reddish purple</source>
        <translation>Rötliches Violett</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="33"/>
        <source>Sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="34"/>
        <source>Vermillion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="35"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="36"/>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
</context>
<context>
    <name>portable</name>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="28"/>
        <source>Export meeting</source>
        <translation>Treffen exportieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="30"/>
        <source>CoProDesk meeting (*.json)</source>
        <translation>CoProDesk-Treffen (*.json)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="44"/>
        <source>Meeting already here</source>
        <translation>Treffen schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="45"/>
        <source>“%1” is already in this database.</source>
        <translation>„%1“ ist bereits in dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="47"/>
        <source>Replace it with the file, keep both (the imported one gets a new identity), or cancel?</source>
        <translation>Durch die Datei ersetzen, beide behalten (das importierte erhält eine neue Identität) oder abbrechen?</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="50"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="52"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="66"/>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="96"/>
        <source>Signed minutes</source>
        <translation>Unterschriebenes Protokoll</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="67"/>
        <source>“%1” says its minutes are signed.</source>
        <translation>„%1“ gibt an, dass sein Protokoll unterschrieben ist.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="69"/>
        <source>Its signatures are kept only with the signed minutes they are for, checked here. Choose that PDF, or import the meeting as closed with the note “signed elsewhere, not checked here”.</source>
        <translation>Die Unterschriften werden nur mit dem unterschriebenen Protokoll übernommen, zu dem sie gehören, und hier geprüft. Wählen Sie dieses PDF, oder importieren Sie das Treffen als geschlossen mit dem Vermerk „anderswo unterschrieben, hier nicht geprüft“.</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="73"/>
        <source>&amp;Choose the signed PDF…</source>
        <translation>Unterschriebenes PDF &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="75"/>
        <source>Import &amp;without them</source>
        <translation>&amp;Ohne sie importieren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="97"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="112"/>
        <source>“%1” arrived closed, not signed: its signatures were not checked here, and a note says so.</source>
        <translation>„%1“ ist geschlossen angekommen, nicht unterschrieben: Seine Unterschriften wurden hier nicht geprüft, ein Vermerk hält das fest.</translation>
    </message>
</context>
<context>
    <name>series</name>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="43"/>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="44"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="45"/>
        <source>Row numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="27"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="28"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="29"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="30"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="31"/>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="74"/>
        <source>Owner: {who}</source>
        <translation>Zuständig: {who}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="80"/>
        <source>Decision: {d}</source>
        <translation>Entscheidung: {d}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="83"/>
        <source>(not recorded)</source>
        <translation>(nicht festgehalten)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="88"/>
        <source>Earlier: {h}</source>
        <translation>Früher: {h}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="103"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="103"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="104"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="104"/>
        <source>By group</source>
        <translation>Nach Gruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="105"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="105"/>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="106"/>
        <source>Joint</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="106"/>
        <source>Actions closed</source>
        <translation>Aufgaben abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="107"/>
        <source>Counted participants who were in the room</source>
        <translation>Gezählte Teilnehmende, die im Raum waren</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="108"/>
        <source>Present, by stakeholder group</source>
        <translation>Anwesend, nach Interessengruppe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="109"/>
        <source>First time at a meeting of this series (linked person, never matched by name)</source>
        <translation>Zum ersten Mal bei einem Treffen dieser Reihe (verknüpfte Person, nie über den Namen zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="110"/>
        <source>Balance index: 1 everyone equal, 0 one voice only</source>
        <translation>Ausgewogenheitsindex: 1 alle gleich, 0 nur eine Stimme</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="111"/>
        <source>Decisions agreed and endorsed by every group present, of all decisions</source>
        <translation>Entscheidungen, die angenommen und von jeder anwesenden Gruppe mitgetragen wurden, von allen Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="112"/>
        <source>Carried actions closed here as done or dropped, of all carried in</source>
        <translation>Hier als erledigt oder verworfen abgeschlossene übernommene Aufgaben, von allen übernommenen</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="143"/>
        <source>{label} (fair)</source>
        <translation>{label} (fair)</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="148"/>
        <source>{name}: share of speaking time, and its fair share in brackets</source>
        <translation>{name}: Anteil an der Redezeit, in Klammern der faire Anteil</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="166"/>
        <location filename="../../coprodesk/gui/series/models.py" line="171"/>
        <location filename="../../coprodesk/gui/series/models.py" line="175"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="170"/>
        <location filename="../../coprodesk/gui/series/models.py" line="173"/>
        <source>{j} of {n}</source>
        <translation>{j} von {n}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/actions.py" line="24"/>
        <source>{series}: meeting {n}</source>
        <translation>{series}: Treffen {n}</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/actions.py" line="46"/>
        <source>New meeting in series</source>
        <translation>Neues Treffen in der Reihe</translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/actions.py" line="54"/>
        <source>Same groups and people as the last meeting of “{s}”; the agenda opens with “Since last time”.</source>
        <translation>Dieselben Gruppen und Personen wie beim letzten Treffen von „{s}“; die Tagesordnung beginnt mit „Seit dem letzten Mal“.</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="370"/>
        <source>Sharing could not start: {why}</source>
        <translation>Teilen konnte nicht starten: {why}</translation>
    </message>
</context>
</TS>
