<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/action_dialog.ui" line="5"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="9"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="10"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="11"/>
        <source>W&amp;ho (one or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="13"/>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="12"/>
        <source>Who (one or more): Space ticks a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="14"/>
        <source>ddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="14"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="15"/>
        <source>&amp;Comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="16"/>
        <source>Decision or agenda item it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="17"/>
        <source>In &amp;plain words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="18"/>
        <source>What will be done, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.ui" line="18"/>
        <source>Optional: short sentences for the easy-read minutes; left empty, they use what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="808"/>
        <source>(nothing in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="810"/>
        <source>Decision: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="812"/>
        <source>Item: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="825"/>
        <source>Say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="828"/>
        <source>Tick at least one person who will do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="127"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="127"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="128"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="128"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="129"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="145"/>
        <source>Decision: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="146"/>
        <source>Item: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="153"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="153"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaBar</name>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="37"/>
        <source>Agenda time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaClock</name>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="9"/>
        <source>Agenda clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="19"/>
        <source>Item 1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="24"/>
        <source>Item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="40"/>
        <source>minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="46"/>
        <source>Projected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="53"/>
        <source>+5 min for this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="54"/>
        <source>Give this item 5 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="68"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="69"/>
        <source>Previous agenda item (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="70"/>
        <source>Previous agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="75"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="76"/>
        <source>Next agenda item (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="77"/>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_agenda_clock.ui" line="84"/>
        <source>Next: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="145"/>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="152"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="146"/>
        <source>Give someone the floor (keys 1 to 0) to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="148"/>
        <source>Between items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="149"/>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="153"/>
        <source>No item running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="155"/>
        <source>Next up: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="155"/>
        <source>Agenda done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="158"/>
        <source>Item {n} of {total} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="161"/>
        <source>{elapsed} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="165"/>
        <source>{left}: {elapsed} of {planned} gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="169"/>
        <source> (planned {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="170"/>
        <source>Whole meeting ends about {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="174"/>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="175"/>
        <source>This is the last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="178"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="179"/>
        <source>Meeting ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="180"/>
        <source>Ended at {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="181"/>
        <source>Started {start}, ended {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="196"/>
        <source>Take 5 min from later items: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="197"/>
        <source>Take 5 min from the next item only: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="200"/>
        <source>Take 5 min from later items (none left to take from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="201"/>
        <source>Take 5 min from the next item (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="206"/>
        <source>Let the meeting run 5 min longer (ends about {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="223"/>
        <source>5 min added, taken from: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="224"/>
        <source>{title} (now {minutes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="227"/>
        <source>5 min added: the meeting runs 5 min longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="241"/>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="242"/>
        <source>discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="243"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/agenda_clock.py" line="244"/>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="33"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="33"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="34"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="34"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="35"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="56"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="61"/>
        <source>(no speaking)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="8"/>
        <source>New &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="9"/>
        <source>New item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="9"/>
        <source>Title, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="11"/>
        <source>New item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="12"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="13"/>
        <source>New item planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="13"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="14"/>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="19"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="31"/>
        <source>L&amp;eads of the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="32"/>
        <source>Leads of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="35"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="35"/>
        <source>Alt+Up in the agenda; you can also drag items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="36"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="36"/>
        <source>Alt+Down in the agenda; you can also drag items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_agenda.ui" line="39"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="120"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/agenda.py" line="159"/>
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="159"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="160"/>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="162"/>
        <source>(breaks %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="166"/>
        <source>Set a start time to see when the meeting will end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="168"/>
        <source>Projected end %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="171"/>
        <source>⚠ Overruns by %1: projected end %2, the meeting ends at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="176"/>
        <source>✓ Ends on time: projected end %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="180"/>
        <source>✓ Fits: projected end %1, %2 before the end at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="224"/>
        <source>Change leads of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="235"/>
        <source>Add item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="250"/>
        <source>Remove agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="251"/>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/agenda.py" line="253"/>
        <source>It has %n speaking turns, %1 of floor time. They stay in the meeting&apos;s totals and the minutes, but no longer count for any agenda item. Undo (Ctrl+Z) brings the item back with its turns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="257"/>
        <source>Remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="272"/>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="298"/>
        <source>Move item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/agenda.py" line="316"/>
        <source>Edit item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="35"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="38"/>
        <source>The organisation&apos;s archive: one folder that every laptop fills with its closed meetings (meeting file, report, minutes, easy-read), with a manifest that says what it holds. A second run writes only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="44"/>
        <source>Archive &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="46"/>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="99"/>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="48"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="49"/>
        <source>Choose the archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="55"/>
        <source>&amp;Archive this database&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="56"/>
        <source>A&amp;dd signed minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="57"/>
        <source>C&amp;heck the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="62"/>
        <source>Meetings archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="68"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="85"/>
        <source>Choose the archive folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="105"/>
        <source>Add signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="106"/>
        <source>Signed minutes (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="135"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="136"/>
        <source>Written again (now signed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="137"/>
        <source>Already there from another laptop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="139"/>
        <source>Superseded, kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="140"/>
        <source>Different versions on different laptops, both kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="142"/>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="144"/>
        <source>%1 written, %2 unchanged, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="162"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="162"/>
        <source>Replaced its earlier copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="163"/>
        <source>Kept beside another copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="164"/>
        <source>Already in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="168"/>
        <source>Refused: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="186"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="187"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="188"/>
        <source>Extra (in no manifest): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="189"/>
        <source>Fails verification: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="191"/>
        <source>Signed by someone on no trust list: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="194"/>
        <source>All %1 files hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="196"/>
        <source>All files hold, but a signer is on no trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/archive_dialog.py" line="198"/>
        <source>Problems found: each is named above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceChart</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="330"/>
        <source> (+{n} new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="333"/>
        <source>+{n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxesModel</name>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="39"/>
        <source>Box for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="40"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="41"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="46"/>
        <source>empty: still to sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriedModel</name>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="64"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="64"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="65"/>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="65"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="66"/>
        <source>Result or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../ui/decision_panel.ui" line="13"/>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="28"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="29"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="30"/>
        <source>&amp;New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="35"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="36"/>
        <source>Decision method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="37"/>
        <source>T&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="38"/>
        <source>Majority threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="39"/>
        <source>Wordin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="39"/>
        <source>Edit what each stance means, in this group&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="45"/>
        <source>Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="46"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="46"/>
        <source>What is being decided, in words everyone in the room understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="47"/>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="47"/>
        <source>Amend the proposal and decide again; earlier rounds stay on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="50"/>
        <source>Earlier rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="51"/>
        <source>Stances: one row per person present; a digit picks a stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="54"/>
        <source>&amp;Everyone supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="54"/>
        <source>Record support for everyone, then change the exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="55"/>
        <source>Give each person the floor in turn while their stance is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="55"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="257"/>
        <source>&amp;Start round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="59"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="60"/>
        <source>Joint decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="63"/>
        <source>O&amp;verride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="64"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="643"/>
        <source>Override the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="65"/>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="65"/>
        <source>Reason (required, printed in the minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="65"/>
        <source>Required, printed in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="66"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="66"/>
        <source>Apply the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="71"/>
        <source>Outcome in &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="72"/>
        <source>Outcome in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="198"/>
        <source>Outcome statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="73"/>
        <source>Recorded &amp;dissent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="74"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="200"/>
        <source>Recorded dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="75"/>
        <source>In &amp;plain words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="76"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="203"/>
        <source>Decision in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="76"/>
        <source>Optional: short sentences for the easy-read minutes; left empty, they are made from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="86"/>
        <source>Ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="88"/>
        <source>Actions of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="91"/>
        <source>&amp;Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="92"/>
        <source>&amp;Mark done / open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/decision_panel.ui" line="93"/>
        <source>Only &amp;open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="113"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="119"/>
        <source>Decision and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="126"/>
        <source>Re&amp;veal answers from devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="129"/>
        <source>Enter the stances given privately from people&apos;s own devices into the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="137"/>
        <source>Decision or actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="156"/>
        <source>No override (follow the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="184"/>
        <source>Change the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="246"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="257"/>
        <source>&amp;Stop round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="261"/>
        <source>No decision yet on this meeting: “New decision” starts one for the current agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="283"/>
        <source>Proposal (round %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="285"/>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="300"/>
        <source>Keys: %1  0 not given · Enter reason · Del clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="311"/>
        <source>Answered from their own devices (private until revealed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="333"/>
        <source>Reveal answers from devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="334"/>
        <source>Answers from devices revealed: %1 stances entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="344"/>
        <source>Outcome so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="344"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="347"/>
        <source> (set by the facilitator; the rule says %1. Reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="350"/>
        <source>no stances yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="353"/>
        <source>; %1 not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="357"/>
        <source>A reason is required from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="361"/>
        <source>JOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="361"/>
        <source>NOT JOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="368"/>
        <source>Outcome now: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="368"/>
        <source>Outcome so far: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="370"/>
        <source>joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="370"/>
        <source>not joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="406"/>
        <source>Not saved yet: %1. What you typed is kept and saved as soon as the database is free (%2 waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="415"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="420"/>
        <source>Decision “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="421"/>
        <source>Change a closed meeting&apos;s record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="424"/>
        <source>The meeting is closed: this changes its recorded decision (the outcome, and whether it was joint, can change). A correction note is kept and the minutes print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="426"/>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="488"/>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="509"/>
        <source>Change the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="535"/>
        <source>Edit the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="554"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="599"/>
        <source>no stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="555"/>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="571"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="573"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="576"/>
        <source>%1. Next: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="578"/>
        <source>%1. The round is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="590"/>
        <source>Everyone supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="597"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="598"/>
        <source>%1&apos;s reason (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="609"/>
        <source>Revise the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="610"/>
        <source>The amended proposal (the earlier round, its stances and reasons stay on record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="615"/>
        <source>Amended proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="633"/>
        <source>Revise and decide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="643"/>
        <source>Remove the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="654"/>
        <source>What each stance means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="676"/>
        <source>Change the wording of the stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="701"/>
        <source>End of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="709"/>
        <source>Round: %1 has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="757"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="764"/>
        <source>Mark an action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/panel.py" line="764"/>
        <source>Reopen an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../ui/editor_details.ui" line="8"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="9"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="10"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="11"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="12"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="15"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="15"/>
        <source>ddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="16"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="19"/>
        <source>to (end time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="17"/>
        <location filename="../../ui/editor_details.ui" line="19"/>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="17"/>
        <source>From (start time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="18"/>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="23"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="24"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="25"/>
        <source>&amp;Ground rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="26"/>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="27"/>
        <source>How the group will work together, e.g. how disagreement will be handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_details.ui" line="28"/>
        <source>The ground rules are printed again in the minutes. Every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="58"/>
        <location filename="../../coprodesk/gui/editor/details.py" line="66"/>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="39"/>
        <source>Edit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="36"/>
        <source>Times problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="41"/>
        <source>Edit purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="43"/>
        <source>Edit ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="45"/>
        <source>Change date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="47"/>
        <source>Change start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="49"/>
        <source>Change end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="63"/>
        <source>Untitled meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/details.py" line="73"/>
        <location filename="../../coprodesk/gui/editor/details.py" line="76"/>
        <source>Ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../coprodesk/gui/editing.py" line="165"/>
        <source>Not saved yet: %1. What you typed is kept and saved as soon as the database is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor_page.ui" line="8"/>
        <source>← Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="9"/>
        <source>Back to meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="10"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="14"/>
        <source>Start meeting (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_page.ui" line="17"/>
        <source>Meeting editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="38"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="39"/>
        <source>Stakeholder &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="40"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="41"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="45"/>
        <source>Decisions and a&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="46"/>
        <source>Editor sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/page.py" line="98"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMinutesDialog</name>
    <message>
        <location filename="../../ui/export_minutes.ui" line="5"/>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="11"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="14"/>
        <source>F&amp;ull minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="14"/>
        <source>Full minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="14"/>
        <source>Every decision round, the speaking-time tables and the sign-off; the accessible HTML version and the easy-read version travel inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="15"/>
        <source>Eas&amp;y-read version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="15"/>
        <source>Easy-read version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="15"/>
        <source>Large type, short sentences and a picture beside each part: who came, what we decided, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="19"/>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="22"/>
        <source>Save as: PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="23"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="23"/>
        <source>Choose the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="26"/>
        <source>Si&amp;gners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="27"/>
        <source>Signers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="27"/>
        <source>One signature box each, named after the person. When you certify, you sign your own box (added if your name is not listed); the others fill theirs later with File → Sign minutes….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="28"/>
        <source>&amp;Certify now with my signing identity (locks the meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="29"/>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="32"/>
        <source>Signing identity file (.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="33"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="33"/>
        <source>Choose the signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="34"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="34"/>
        <source>Create or pick a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="34"/>
        <source>Create your signing identity here, or pick the file you have (File → Signing identity…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="37"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="38"/>
        <source>Passphrase of the signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_minutes.ui" line="41"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="56"/>
        <source>Export minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="75"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="92"/>
        <source>Save minutes as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="93"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="108"/>
        <source>“%1” carries signatures: an export never replaces it. A new name is proposed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="115"/>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="123"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="116"/>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="117"/>
        <source>It carries no signature. Replace it with these minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="119"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="145"/>
        <source>Choose where to save the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="153"/>
        <source>Choose your signing identity, or create one with “New…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorStrip</name>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="49"/>
        <source> at {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="50"/>
        <source>Meeting ended{at}: the floor is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="55"/>
        <source>Not started: a digit gives the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="56"/>
        <source>Paused: nobody has the floor (Space resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="61"/>
        <source>{name} ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="64"/>
        <source>Floor: {who} · {t} · long turn, over {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="67"/>
        <source>Floor: {who} · {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="76"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="83"/>
        <source>Who has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="87"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/floor_strip.py" line="113"/>
        <source>Saved at {t}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="582"/>
        <source>{name} group: {share}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupShareChart</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="200"/>
        <source>latest {n} of {all} meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="24"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="25"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="25"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/editor_groups.ui" line="7"/>
        <source>Stakeholder groups are the constituencies in the room. Each has a colour and a short label, so colour is never the only cue. Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="10"/>
        <source>New &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="11"/>
        <source>New group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="11"/>
        <source>Name, e.g. Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="12"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="13"/>
        <source>New group label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="13"/>
        <source>YP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="14"/>
        <source>&amp;Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="19"/>
        <source>Stakeholder groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="26"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="26"/>
        <source>Alt+Up in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="27"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="27"/>
        <source>Alt+Down in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_groups.ui" line="28"/>
        <source>&amp;Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="83"/>
        <source>Group colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="114"/>
        <source>Add group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="123"/>
        <source>Remove group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="138"/>
        <source>Move group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="150"/>
        <source>Relabel group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="150"/>
        <source>Rename group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/groups.py" line="151"/>
        <source>Recolour group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="78"/>
        <source>1 … 9, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="79"/>
        <source>give the floor to tiles 1 to 10 (or click a tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="81"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="82"/>
        <source>pause; again to give the floor back to the last speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="85"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="86"/>
        <source>next speaker: the head of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="89"/>
        <source>Shift+1 … 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="90"/>
        <source>raise or lower that tile&apos;s hand (or Shift+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="92"/>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="93"/>
        <source>next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="96"/>
        <source>Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="97"/>
        <source>previous agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="100"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="101"/>
        <source>decisions and actions, or back to the tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="103"/>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="104"/>
        <source>You said, we did: actions carried from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="107"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="108"/>
        <source>undo the last change (a mistaken turn is removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="110"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="111"/>
        <source>redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="113"/>
        <source>Right-click a tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="114"/>
        <source>clarification, point of order, arrived / gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="115"/>
        <source>Tab, arrows, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="116"/>
        <source>reach the tiles, then move between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="117"/>
        <source>Enter, Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="121"/>
        <source>on a tile, in the queue or the find box: the person&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="122"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="123"/>
        <source>find anyone by name (also beyond tile 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="126"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="127"/>
        <source>5 more minutes for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="131"/>
        <source>leave the notes box; close this help; dismiss a banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="120"/>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="118"/>
        <source>on a tile, in the queue or the find box: give the floor; raise or lower the hand; on a button: press it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="130"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="135"/>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="136"/>
        <source>participant screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="139"/>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="140"/>
        <source>end the meeting: pause the floor, end open items, close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="143"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="144"/>
        <source>show or hide these keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InnerNames</name>
    <message>
        <location filename="../../coprodesk/gui/inner_names.py" line="29"/>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/inner_names.py" line="33"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.ui" line="10"/>
        <location filename="../../ui/library.ui" line="33"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="11"/>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="17"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="24"/>
        <source>Title, date, status or series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="26"/>
        <source>Search meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="44"/>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="45"/>
        <source>Duplicate as &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="46"/>
        <source>A new planned meeting with the same groups, people and agenda (no turns or decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="47"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library.ui" line="49"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="104"/>
        <source>Menu key or Shift+F10: sort by a column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>CoProDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="10"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74"/>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="75"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="82"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>Back to the list of meetings (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="93"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>&amp;Import meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>Bring in a whole meeting from a CoProDesk JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="98"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>E&amp;xport meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Write the whole meeting to a JSON file (to move or archive it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Export minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Write the minutes as PDF, and certify them with your signing identity (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="110"/>
        <source>&amp;Verify minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>Check the signatures of any minutes PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="114"/>
        <source>&amp;Sign minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="115"/>
        <source>Open signed minutes and fill the signature box that bears your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="118"/>
        <source>Signing i&amp;dentity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="119"/>
        <source>Create your signing identity, or choose the file you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Trusted people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>The colleagues whose certificates you trust when verifying minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126"/>
        <source>&amp;Reopen signed meeting for a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Unlock a signed meeting; the reason is recorded and printed in the next minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>Show &amp;participant screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="132"/>
        <source>Mirror the balance on a second screen for the room (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <location filename="../../coprodesk/gui/main_window.py" line="733"/>
        <source>&amp;Start meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="137"/>
        <source>Run this meeting: floor, queue and timers (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="138"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141"/>
        <source>&amp;Import people from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144"/>
        <source>Import &amp;transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>Speaking time from an online meeting&apos;s transcript (WebVTT from Teams or Zoom, SRT): each name in it given to a person first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>D&amp;uplicate as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="151"/>
        <source>&amp;Delete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="154"/>
        <source>S&amp;eries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="155"/>
        <source>Involvement over a series of meetings: who comes, who is heard, what was done (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="159"/>
        <source>New meeting in &amp;series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="160"/>
        <source>The next meeting of this series: same groups and people, agenda opening with &quot;Since last time&quot; (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165"/>
        <source>Every key of the app, and of the run view (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="166"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>&amp;About CoProDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="55"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="57"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="70"/>
        <source>Every change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="74"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="107"/>
        <source>&amp;End meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="115"/>
        <source>Share with &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="120"/>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="322"/>
        <source>“%1” carries signatures: an export never replaces it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="330"/>
        <source>Meeting written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="341"/>
        <source>Import meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="342"/>
        <source>CoProDesk meeting (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="353"/>
        <source>Meeting imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="369"/>
        <source>“%1” was still open in this closed meeting; it now ends when the meeting ended (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="372"/>
        <source>“%1” had a start in a planned meeting; it is not started now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="398"/>
        <source>Minutes written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="409"/>
        <source>Verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="410"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="437"/>
        <source>Reopen for a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="438"/>
        <source>The minutes are signed. Say what needs correcting; the next minutes will print it as an amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="448"/>
        <source>Reopened; the amendment is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="456"/>
        <source>Nothing changed: the minutes of this meeting were signed after this change, and undo never changes a signed record. Use Reopen for a correction… to correct it (the reason is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="460"/>
        <source>Nothing changed: the meeting was closed after this change, and undo does not change a closed record. Use Reopen… to run it again (the reason is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="464"/>
        <source>Nothing changed: the meeting was reopened after this change; what came before it can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="488"/>
        <source>Reopen for a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="540"/>
        <source>The floor of “%1” is paused (%2 was speaking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="556"/>
        <location filename="../../coprodesk/gui/main_window.py" line="563"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="576"/>
        <source>Duplicate meeting as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="580"/>
        <source>Copied groups, people and agenda; no turns or decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="595"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="596"/>
        <source>%n agenda items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="597"/>
        <source>%n speaking turns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="598"/>
        <source>%n decisions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/main_window.py" line="599"/>
        <source>%n actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="600"/>
        <location filename="../../coprodesk/gui/main_window.py" line="607"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="601"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="603"/>
        <source>This removes the meeting with its %1. It cannot be undone; the daily copies of the database in %2 keep it as it was when they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="677"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="732"/>
        <source>&amp;Resume meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="735"/>
        <source>Resume meeting (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="736"/>
        <source>Start meeting (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="768"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="768"/>
        <source>Running a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="773"/>
        <source>Sort a table by a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="776"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="784"/>
        <source>About CoProDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="785"/>
        <source>CoProDesk %1
Run co-produced meetings: equal-voice timers, joint decisions, signed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="829"/>
        <location filename="../../coprodesk/gui/main_window.py" line="862"/>
        <source>Quit CoProDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="830"/>
        <source>Changes not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="832"/>
        <source>They wait because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="834"/>
        <source>Keep the window open and they are saved as soon as the database takes them; if you quit now, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="836"/>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="837"/>
        <source>Quit without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="840"/>
        <source>Quit with changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="863"/>
        <source>“%1” is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="866"/>
        <source>%1 has the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="867"/>
        <source>The floor is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="868"/>
        <source>Pausing keeps the meeting open to resume later; ending it closes the record for the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="870"/>
        <source>Pause the floor and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="871"/>
        <source>End the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/main_window.py" line="874"/>
        <source>Quit with a running meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="31"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="31"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="32"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="34"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/library.py" line="35"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="20"/>
        <source>Untitled meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="21"/>
        <source>Date and place not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="22"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="23"/>
        <source>Facilitated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="24"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="25"/>
        <source>Co-chaired by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="26"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="27"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="28"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="29"/>
        <source>planned {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="30"/>
        <source>held {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="31"/>
        <source>held from {start}, not yet ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="32"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="34"/>
        <source>Planned: the meeting has not started yet. These minutes show the plan only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="36"/>
        <source>Still running: these minutes were made at {now}, before the meeting ended. They are a draft, not the final record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="39"/>
        <source>Closed: the meeting has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="40"/>
        <source>Closed and signed: the minutes were certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="42"/>
        <source>Draft: the meeting was still running when these minutes were made ({now}). Anything after that is not in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="45"/>
        <source>Amended after signing ({day}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="46"/>
        <source>Other versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="47"/>
        <source>attached inside this PDF and covered by its signatures: minutes.html, the same minutes for screen readers, and easy-read.pdf, in large type and short sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="52"/>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="53"/>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="54"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="182"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="55"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="56"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="57"/>
        <source>Apologies: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="58"/>
        <source>People who asked not to be named appear by initials or a pseudonym of their choice. Observers are listed but never counted in shares or decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="62"/>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="63"/>
        <source>co-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="64"/>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="65"/>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="67"/>
        <source>observer (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="68"/>
        <source>whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="69"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="70"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="71"/>
        <source>{label} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="72"/>
        <source>Members of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="73"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="74"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="75"/>
        <source>{people}, 1 observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="76"/>
        <source>{people}, {n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="79"/>
        <source>Agenda: planned and actual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="80"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="80"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="81"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="81"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="82"/>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="83"/>
        <source>The agenda: planned and actual time of each item, and speaking time in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="85"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="140"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="86"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="88"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="89"/>
        <source>No decisions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="90"/>
        <source>Decision {n}: {proposal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="91"/>
        <source>Proposal: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="92"/>
        <source>Method: {method}. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="93"/>
        <source>Round {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="94"/>
        <source>the final round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="95"/>
        <source>revised after this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="96"/>
        <source>Proposal in round {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="97"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="173"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="182"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="98"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="99"/>
        <source>Endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="100"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="100"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="101"/>
        <source>The numbers are the method&apos;s options: {legend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="102"/>
        <source>Round {n}: stances per stakeholder group ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="103"/>
        <source>Stances and reasons in round {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="104"/>
        <source>{who} ({group}): {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="105"/>
        <source>{who} ({group}): {option}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="106"/>
        <source>observer, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="107"/>
        <source>not present when decided, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="108"/>
        <source>given privately from their own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="109"/>
        <source>Result of round {n}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="110"/>
        <source>The proposal was revised and put again in round {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="111"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="137"/>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="113"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="114"/>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="115"/>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="117"/>
        <source>The facilitator set the outcome to {outcome} (computed: {computed}). Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="119"/>
        <source>Outcome statement: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="120"/>
        <source>Recorded dissent: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="122"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="123"/>
        <source>No actions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="124"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="125"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="125"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="127"/>
        <source>Actions agreed: what, who, by when, and whether done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="128"/>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="129"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="139"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="129"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="131"/>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="132"/>
        <source>Actions carried from earlier meetings of this series, who raised them and what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="134"/>
        <source>From {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="135"/>
        <source>, decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="136"/>
        <source>; raised by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="141"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="142"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="144"/>
        <source>not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="146"/>
        <source>Speaking-time balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="147"/>
        <source>Total speaking time {total}. How evenly it was shared: {words}. {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="150"/>
        <source>Every counted person spoke about as much as their fair share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="152"/>
        <source>Most counted people spoke close to their fair share; some spoke more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="154"/>
        <source>A few people spoke much more than the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="155"/>
        <source>One or two people held most of the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="156"/>
        <source>Too little was said to judge how evenly the floor was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="159"/>
        <source>In the room and online: the people who took part online ({people}) had {share} % of the speaking time; their fair share, given who was present where, was {fair} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="162"/>
        <source>By stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="163"/>
        <source>By person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="164"/>
        <source>{share} % (fair {fair} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="165"/>
        <source>{name}: {share} % of the speaking time; a fair share was {fair} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="167"/>
        <source>{members} counted · {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="168"/>
        <source>{group} · {floor} · {turns} turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="169"/>
        <source>share of speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="170"/>
        <source>fair share, given who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="171"/>
        <source>Speaking time by stakeholder group, with each group&apos;s fair share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="174"/>
        <source>Counted members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="174"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="183"/>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="175"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="184"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="176"/>
        <location filename="../../coprodesk/minutes/source_words.py" line="185"/>
        <source>Fair share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="178"/>
        <source>Chart: each group&apos;s share of the speaking time as a bar, its fair share as a black line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="180"/>
        <source>Speaking time by person, with each person&apos;s fair share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="183"/>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="187"/>
        <source>Chart: each person&apos;s share of the speaking time as a bar, their fair share as a black line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="189"/>
        <source>This meeting chose to show groups only: no individual figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="190"/>
        <source>Quiet voices (well under their fair share): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="192"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="193"/>
        <source>By signing, each signer confirms these minutes as a true record. The signatures are digital: any change to the document after signing is detectable (coprodesk verify, or any PDF reader that checks signatures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="197"/>
        <source>certifies the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="198"/>
        <source>countersigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="200"/>
        <source>The digital signatures are in the PDF these minutes came with; this page is attached to it and covered by the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="205"/>
        <source>Minutes · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="206"/>
        <source>Minutes: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="207"/>
        <source>Minutes of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="208"/>
        <source>Minutes made with CoProDesk on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="209"/>
        <source>page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="212"/>
        <source>Easy-read minutes: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="213"/>
        <source>Our meeting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="214"/>
        <source>When: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="215"/>
        <source>Where: {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="216"/>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="217"/>
        <source>and 1 more person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="218"/>
        <source>and {n} more people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="219"/>
        <source>Came to watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="220"/>
        <source>They did not help decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="221"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="222"/>
        <source>What we talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="223"/>
        <source>{title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="224"/>
        <source>We did not write down what we talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="225"/>
        <source>What we decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="226"/>
        <source>We decided: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="227"/>
        <source>We did not agree this: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="228"/>
        <source>We will decide this later: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="229"/>
        <source>Did every group agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="230"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="231"/>
        <source>Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="232"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="233"/>
        <source>{group} did not agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="234"/>
        <source>They said: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="235"/>
        <source>We did not decide anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="236"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="237"/>
        <source>{text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="238"/>
        <source>Who will do it: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="239"/>
        <source>Nobody has said they will do it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="240"/>
        <source>By: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="241"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="242"/>
        <source>Nothing to do next was written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="243"/>
        <source>Who spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="244"/>
        <source>{group} spoke less than their fair share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="245"/>
        <source>{group} spoke more than their fair share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="246"/>
        <source>Too little was said to tell who spoke more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="247"/>
        <source>{group} spoke about their fair share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="250"/>
        <source>the minutes carry no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="251"/>
        <source>{signer} signed the box of {box} on their behalf: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="252"/>
        <source>the signature in the box {box} (revision {rev} of {total}) was removed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="254"/>
        <source>the file was changed after the last signature ({signer}): revision {total} of {total} is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="257"/>
        <source>the attached file {name} was added or changed after the signatures (revision {rev} of {total}): no signature covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="260"/>
        <source>the signature in the box {box} is damaged and cannot be checked ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="262"/>
        <source>the signature in the box {box} carries a certificate other than the one it was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="265"/>
        <source>the signature of {name} does not match the document: what {name} signed was changed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="268"/>
        <source>the signature of {name} is not valid: it was not made with {name}&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="270"/>
        <source>the signature of {name} does not cover the whole file before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="272"/>
        <source>the certificate of {name} was not valid when they signed ({day}): it is valid from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="275"/>
        <source>the box of {box} was signed by {name}, not by {box}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="276"/>
        <source>{signer} is not on your trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="277"/>
        <source>{signer} is not on your trust list (accepted with --allow-untrusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="280"/>
        <source>the minutes carry a form field {box} that is not a signature box: filling it later could draw over the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="283"/>
        <source>the boxes {a} and {b} are for the same person: each person has one box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="285"/>
        <source>the box {box} is on page {page}, not on the sign-off pages at the end of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="288"/>
        <source>the box {box} lies over text on page {page}: what is drawn in it could hide the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="291"/>
        <source>the box {box} is in {n} places: each box has exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="293"/>
        <source>a box {box} was added after the minutes were certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="295"/>
        <source>the signature of {name} is in the box {box}, which was not on the minutes when they were certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="298"/>
        <source>the box {box} was moved, resized or shown after the minutes were certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="300"/>
        <source>the invisible box {box} was filled with something to see: an invisible box stays invisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="304"/>
        <source>the signature of {name} does not say inside it when it was made: its certificate was checked against today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="307"/>
        <source>the signature of {name} says it was made at {at}, which is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="309"/>
        <source>the signature of {name} says {at}, a few minutes ahead of this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="312"/>
        <source>the signature of {name} says it was made at {at}, before {what} ({then})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="314"/>
        <source>the signature of {name} says it was made a few minutes before {what}: one of the clocks was slightly off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="317"/>
        <source>the certificate of {name} was valid only a few minutes away from the signing time: one of the clocks was slightly off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="320"/>
        <source>the minutes were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="321"/>
        <source>{name} signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="323"/>
        <source>an annotation was added to page {page} after {name} certified the minutes (revision {rev} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="326"/>
        <source>an annotation was added to page {page} after {name} signed (revision {rev} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="329"/>
        <source>page {page} was changed after {name} certified the minutes (revision {rev} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="332"/>
        <source>page {page} was changed after {name} signed (revision {rev} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="334"/>
        <source>the file was changed after {name} certified the minutes beyond signing its boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="337"/>
        <source>the file was changed after {name} signed beyond signing its boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="340"/>
        <source>{problem}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="341"/>
        <source>{path} is not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="342"/>
        <source>{path} is damaged or truncated: it does not end where a PDF ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="344"/>
        <source>{path} is damaged or truncated: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="345"/>
        <source>the file is damaged: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="347"/>
        <source>the accessible HTML version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="348"/>
        <source>the easy-read version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="350"/>
        <source>the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="351"/>
        <source>{what} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="352"/>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="353"/>
        <source>{what} is inside the signed part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="354"/>
        <source>{what} are inside the signed part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="355"/>
        <source>{what} is NOT covered by any signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="359"/>
        <source>object {num}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="360"/>
        <source>the trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="361"/>
        <source>{what} has the key {key} twice: PDF readers disagree about which one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="363"/>
        <source>object {num} is defined twice in revision {rev}: PDF readers disagree about which one to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="366"/>
        <source>revision {rev} holds bytes that its cross-reference section does not list (at byte {offset}): a reader that rebuilds the file would show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="369"/>
        <source>the file is malformed at byte {offset} ({what}): PDF readers repair such files each in their own way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="372"/>
        <source>the signature value in {what} is not a hexadecimal string that exactly fills the gap its byte range leaves: a reader may take other bytes for what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="375"/>
        <source>{count} bytes follow the end of the last revision: no signature covers them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="378"/>
        <source>{path} has more than {limit} revisions, more than verify reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="380"/>
        <source>{path} has more than {limit} objects, more than verify reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="382"/>
        <source>{path} is larger than {limit} MB, more than verify reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="384"/>
        <source>{path} holds more than {limit} MB of compressed structure, more than verify reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="387"/>
        <source>{path} asks more than {limit} objects of the second reader, more than verify compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="390"/>
        <source>{path} has so many signatures and revisions that more than {limit} revisions would be compared after them, more than verify compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="394"/>
        <source>a second PDF reader (qpdf) reads revision {rev} differently: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="396"/>
        <source>the list of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="397"/>
        <source>the appearance of an annotation on page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="398"/>
        <source>the attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="399"/>
        <source>a second PDF reader (qpdf) had to repair revision {rev}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/minutes/source_words.py" line="401"/>
        <source>verify needs pikepdf (the qpdf library) to read the file a second time, and it is not installed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="290"/>
        <location filename="../../coprodesk/gui/participant/view.py" line="400"/>
        <source>{share} · fair {fair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="335"/>
        <source>{name}, speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="337"/>
        <source>has not spoken yet; {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="340"/>
        <source>{time} on the floor; {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="410"/>
        <source>Item time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="68"/>
        <source>{n} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="72"/>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="73"/>
        <source>discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="74"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="75"/>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="108"/>
        <source>Turn time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="274"/>
        <source>Item {n} of {total} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="278"/>
        <source>of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="286"/>
        <source>Starting soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="288"/>
        <source>Between agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="290"/>
        <source>The meeting has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="317"/>
        <source>Speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/bars.py" line="257"/>
        <location filename="../../coprodesk/gui/participant/view.py" line="320"/>
        <source>{group} group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="328"/>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="329"/>
        <source>The floor opens when the meeting starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="330"/>
        <source>The floor is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="340"/>
        <source>No hands up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="352"/>
        <source>{who} (clarification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="354"/>
        <source>{who} (point of order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="359"/>
        <source>{names} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="360"/>
        <source>Next: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="375"/>
        <source>Nobody has spoken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="377"/>
        <source>So far: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="381"/>
        <source>This item: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="385"/>
        <source>Online: {share} of the floor, fair share {fair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="388"/>
        <source>Speaking time by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="389"/>
        <source>The upright line on each bar marks a fair share for who is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="409"/>
        <source>Speaking time by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="458"/>
        <source>{names} and {n} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="460"/>
        <source>Not heard yet on this item: {names}. There is room for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="468"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="469"/>
        <source>{name} ({w} × {h})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/participant/view.py" line="505"/>
        <source>Show the participant screen on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="29"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="30"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="31"/>
        <source>Named in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="32"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="33"/>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="67"/>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="68"/>
        <source>As %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/editor_people.ui" line="8"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="9"/>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="9"/>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="10"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="11"/>
        <source>New person&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="12"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="13"/>
        <source>New person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="14"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="17"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="25"/>
        <source>&amp;Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="26"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="26"/>
        <source>A CSV file with columns name,group,role; nothing is imported if any line is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.ui" line="32"/>
        <source>Access needs are shown to the facilitator only. Someone who does not agree to be named appears in the minutes by the pseudonym they choose, or by their initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="90"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="92"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/people.py" line="125"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="125"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="142"/>
        <source>Same person twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="143"/>
        <source>“%1” is already in this meeting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="145"/>
        <source>Two people with the same name? Add a second one, perhaps with an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="147"/>
        <source>Add a second %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="166"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="176"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="180"/>
        <source>Import people from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="181"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="200"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="204"/>
        <source>%1 has nobody in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coprodesk/gui/editor/people.py" line="206"/>
        <source>Import %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="225"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="244"/>
        <source>%1&apos;s %2 will count for %3: group shares, the balance and whether decisions were joint can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="251"/>
        <source>%1&apos;s %2 will no longer count: as an observer, shares, fair shares and the balance leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="253"/>
        <source>%1&apos;s %2 will count again: shares, fair shares and the balance include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="258"/>
        <source>Change what was recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="261"/>
        <source>The meeting is closed: a correction note is kept and the minutes print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/editor/people.py" line="263"/>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="33"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="37"/>
        <source>Name of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="38"/>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="45"/>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="48"/>
        <source>Enter: give the floor · Shift+Enter: raise or lower the hand · Menu key: clarification, point of order, gone / arrived · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="88"/>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="89"/>
        <source>1 found: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/person_picker.py" line="90"/>
        <source>{n} found, first {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="173"/>
        <source>QR code of the link: {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="175"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtSession</name>
    <message>
        <location filename="../../coprodesk/gui/qt_session.py" line="157"/>
        <source>1 change to the meeting could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/qt_session.py" line="159"/>
        <source>{n} changes to the meeting could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="23"/>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="32"/>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="40"/>
        <source>Read only: this database is open in another CoProDesk. Changes are made there; this window shows the meetings as they were when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="43"/>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="44"/>
        <source>on the computer {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/read_only_banner.py" line="45"/>
        <source>Read only: this database is open in another CoProDesk {where} (process {pid}). Changes are made there; this window shows the meetings as they were when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHelp</name>
    <message>
        <location filename="../../ui/run_help.ui" line="9"/>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_help.ui" line="34"/>
        <source>Keys for running the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_help.ui" line="45"/>
        <source>Close (Esc or F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunNotice</name>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="38"/>
        <source>Meeting notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="47"/>
        <source>Export and sign the minutes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="49"/>
        <location filename="../../coprodesk/gui/run/notice.py" line="80"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="50"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/notice.py" line="79"/>
        <source>Reopen for a correction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../ui/run_view.ui" line="9"/>
        <location filename="../../ui/run_view.ui" line="12"/>
        <source>Run the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="22"/>
        <source>Recovery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="30"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="39"/>
        <location filename="../../coprodesk/gui/run/view.py" line="369"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="44"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="75"/>
        <location filename="../../coprodesk/gui/run/view.py" line="792"/>
        <source>&amp;Notes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="81"/>
        <source>Notes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="82"/>
        <location filename="../../ui/run_view.ui" line="83"/>
        <source>Typed notes are saved as you type. Esc returns the keys to the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="105"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="111"/>
        <source>Equal-voice timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="139"/>
        <location filename="../../ui/run_view.ui" line="156"/>
        <source>Speaker queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="145"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="151"/>
        <source>Queue order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="165"/>
        <source>Next speaker (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="170"/>
        <source>Lower selected hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/run_view.ui" line="187"/>
        <source>Keys: 1–0 floor · Space pause/resume · N next · Ctrl+Z undo · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="207"/>
        <source>Queue orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="227"/>
        <source>Decisions and actions (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="230"/>
        <source>End meeting… (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="232"/>
        <location filename="../../coprodesk/gui/run/view.py" line="848"/>
        <location filename="../../coprodesk/gui/run/view.py" line="870"/>
        <source>End meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="84"/>
        <source>Pause or resume the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="88"/>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="95"/>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="99"/>
        <source>Previous agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="125"/>
        <source>Find a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="129"/>
        <source>5 more minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="146"/>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="138"/>
        <source>Participant screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/keys.py" line="142"/>
        <source>End meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="357"/>
        <source>Floor to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="369"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="378"/>
        <source>Next speaker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="388"/>
        <source>Go to item: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="398"/>
        <source>Give {t} 5 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="406"/>
        <source>Lower hand: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="406"/>
        <source>Raise hand: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="422"/>
        <source>{name} arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="422"/>
        <source>{name} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="429"/>
        <source>Queue order: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="443"/>
        <source>Actions for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="444"/>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="447"/>
        <source>Raise hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="448"/>
        <source>Clarification (jumps the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="450"/>
        <source>Point of order (jumps the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="452"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="457"/>
        <source>Mark as arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="459"/>
        <source>Mark as gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="461"/>
        <source>Now in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="464"/>
        <source>Now online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="473"/>
        <source>{name} is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="474"/>
        <source>{name} is in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="501"/>
        <source>{who}, key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="554"/>
        <source>NOT saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="566"/>
        <location filename="../../coprodesk/gui/run/view.py" line="574"/>
        <source>Not saved yet: waiting for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="575"/>
        <source>Saved at {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="653"/>
        <source>Observers (not counted): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="729"/>
        <source>Item {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="731"/>
        <source>No agenda item running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="734"/>
        <source>{name} has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="736"/>
        <source>The meeting has ended: the floor is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="738"/>
        <source>Floor is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="740"/>
        <source>{name} is past the soft limit of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="749"/>
        <source>Balance: nobody has spoken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="751"/>
        <source>Balance so far: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="753"/>
        <source> · on this item: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="764"/>
        <source>Speaker queue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="765"/>
        <source>Speaker queue: no hands up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="777"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="778"/>
        <source>Not heard yet on this item: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="793"/>
        <source>Notes (open when an item starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="801"/>
        <source>Recovered: the meeting was interrupted at {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="804"/>
        <source>Resume with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="819"/>
        <source>The minutes of this meeting are signed: its record is locked. Reopening it records an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="821"/>
        <source>This meeting ended at {t}: its record is closed, and keys do not change it. Reopen it to run it again (the reason is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="830"/>
        <source>This computer&apos;s clock reads {wall}, earlier than this meeting&apos;s last record ({last}): it looks wrong, so times go on from {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="835"/>
        <source>“{title}” was still open in this closed meeting; it now ends when the meeting ended ({t}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="840"/>
        <source>Nothing changed: the meeting is closed. Use Reopen… to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="849"/>
        <source>End “{title}” now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="851"/>
        <source>The floor pauses, the open agenda item ends and the meeting is closed; its record then stays as it is. You can reopen it later (the reason is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="853"/>
        <source>End the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="878"/>
        <source>Reopen the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="880"/>
        <source>The minutes are signed. Say what needs correcting; the next minutes print it as an amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/view.py" line="882"/>
        <source>Say why the meeting is reopened; the minutes print it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="24"/>
        <source>First come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="25"/>
        <source>Not yet spoken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="26"/>
        <source>Least floor time first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="27"/>
        <source>Under-represented group first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="65"/>
        <source>clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/models.py" line="67"/>
        <source>point of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="37"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="38"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="44"/>
        <source>1 minute planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="45"/>
        <source>{n} minutes planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="47"/>
        <source>no time planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="50"/>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="51"/>
        <source>1 minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="52"/>
        <source>{n} minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="55"/>
        <source>just over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="56"/>
        <source>1 minute over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/format.py" line="57"/>
        <source>{n} minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="56"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="57"/>
        <source>clarify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="58"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="173"/>
        <source>99 turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="419"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="431"/>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="456"/>
        <source>{label}   item {item}   meeting {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="459"/>
        <source>{label}  item {item} · all {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="462"/>
        <source>{label}   long turn: over the soft limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="467"/>
        <source>1 turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="468"/>
        <source>{n} turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="572"/>
        <source>100 % (fair 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="638"/>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="614"/>
        <source>{share} % (fair {fair} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="39"/>
        <source>{name}: hand up for a clarification, {n} in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="41"/>
        <source>{name}: hand up for a point of order, {n} in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="43"/>
        <source>{name}: hand up, {n} in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/hands_said.py" line="47"/>
        <source>{name}: hand down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="26"/>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="34"/>
        <source>Changes not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="36"/>
        <source>Try &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="38"/>
        <source>Try saving the waiting changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="47"/>
        <source>1 change not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="48"/>
        <source>{n} changes not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="50"/>
        <source>The disk is full: {count}. Free some space; they are saved in order, with their own times, as soon as there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/save_banner.py" line="53"/>
        <source>Waiting for the database… {count}. Another program is writing to it; they are saved in order, with their own times, as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="95"/>
        <source>No meetings in this series yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="117"/>
        <source>fair share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesPeopleModel</name>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="186"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="187"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="188"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="189"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="190"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="191"/>
        <source>Share of speaking (fair share), by meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesPlot</name>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="176"/>
        <source>Share of speaking by group, against fair share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="244"/>
        <source>Balance index (1 = everyone equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/plots.py" line="288"/>
        <source>Attendance by group (new people marked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <location filename="../../ui/series_view.ui" line="6"/>
        <source>Meetings in a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="11"/>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="12"/>
        <location filename="../../coprodesk/gui/series/view.py" line="164"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="14"/>
        <source>New &amp;meeting in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="14"/>
        <source>Same groups and people; the agenda opens with &quot;Since last time&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="15"/>
        <source>&amp;Export involvement report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="15"/>
        <source>A PDF with these figures and plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="20"/>
        <source>Series figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="22"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="25"/>
        <source>Figures per meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="33"/>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="41"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="43"/>
        <source>Only people who agreed to be named are listed; a person is the same across meetings only by an explicit link, never by their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.ui" line="45"/>
        <source>Figures per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="80"/>
        <source>Series to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="90"/>
        <source>Meetings in a series: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="120"/>
        <source>Series: {name} ({n} meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="140"/>
        <source>“{name}” carries signatures: an export never replaces it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="146"/>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="155"/>
        <source>Export involvement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="156"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/view.py" line="161"/>
        <source>Involvement report written to {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="112"/>
        <source>Share with participants&apos; devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="115"/>
        <source>Phones, tablets and laptops on the room&apos;s network can follow the meeting, and each person can raise their hand and give a stance privately with their own link. Nothing leaves the room. Traffic is not encrypted: use the room&apos;s own network or this computer&apos;s hotspot, not a public one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="125"/>
        <location filename="../../coprodesk/gui/run/sharing.py" line="126"/>
        <source>Address to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="127"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="131"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="132"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="135"/>
        <source>&amp;Start sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="253"/>
        <source>Sharing with devices at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="267"/>
        <source>Sharing with devices stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="289"/>
        <source>Room link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="290"/>
        <source>Everyone in the room can follow the meeting with this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="302"/>
        <source>Personal links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="305"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="311"/>
        <source>&amp;Save cards for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="325"/>
        <source>Save cards for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="326"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="329"/>
        <source>Your own link: keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="341"/>
        <source>Renew links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="342"/>
        <source>Every link given out so far stops working, printed cards too. Renew them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="344"/>
        <source>&amp;Renew links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="356"/>
        <source>New links made; the old ones no longer work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingBanner</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="185"/>
        <source>Sharing with devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="195"/>
        <source>&amp;Room QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="196"/>
        <source>&amp;Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="197"/>
        <source>Re&amp;new links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="198"/>
        <source>S&amp;top sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="209"/>
        <source>Shared with devices at {url}: 1 device following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="211"/>
        <source>Shared with devices at {url}: {n} devices following</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignMinutesDialog</name>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="5"/>
        <source>Sign minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="11"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="14"/>
        <source>Minutes: the PDF to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="15"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="15"/>
        <source>Choose the minutes PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="20"/>
        <source>Signature &amp;boxes (choose yours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="21"/>
        <source>Signature boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="25"/>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="28"/>
        <source>Signing identity file (.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="29"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="29"/>
        <source>Choose the signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="30"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="30"/>
        <source>Create or pick a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="34"/>
        <source>Passphrase of the signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="35"/>
        <source>Sign on &amp;behalf of the person the box names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="35"/>
        <source>Sign on behalf of the person the box names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="36"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="37"/>
        <source>recorded in the signature, e.g. &quot;asked me to sign while on leave&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="37"/>
        <source>Reason: why you sign on their behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="40"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_minutes.ui" line="41"/>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="73"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="74"/>
        <source>Sign the chosen box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="110"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="123"/>
        <source>These minutes have no signature boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="125"/>
        <source>Every box is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="127"/>
        <source>Nobody has signed yet: the first signature certifies the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="150"/>
        <source>Open the minutes to sign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="152"/>
        <source>Choose the box that bears your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="154"/>
        <source>The box for %1 is already signed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="158"/>
        <source>Choose your signing identity, or create one with “New…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="166"/>
        <source>Say why you sign on their behalf; the reason is recorded in the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="172"/>
        <source>You are %1, but this box is for %2. Choose your own box, or tick “Sign on behalf” and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="181"/>
        <source>Signed the box for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="201"/>
        <source>Minutes to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/sign.py" line="203"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="182"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="183"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="181"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="184"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="185"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="195"/>
        <source>%1, on behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="197"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="197"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="202"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="204"/>
        <source>check the signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="205"/>
        <source>NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningIdentityDialog</name>
    <message>
        <location filename="../../ui/signing_identity.ui" line="5"/>
        <location filename="../../coprodesk/gui/signing/identity.py" line="239"/>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="8"/>
        <source>Your signing identity is a file that holds your private key, locked with a passphrase. It signs minutes in your name and never enters the meeting database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="11"/>
        <location filename="../../ui/signing_identity.ui" line="13"/>
        <source>Identity in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="16"/>
        <source>Use an existing &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="16"/>
        <source>Use an existing identity file (.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="17"/>
        <source>Save my &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="17"/>
        <source>Save my public certificate for colleagues to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="17"/>
        <source>Write the public part of your identity to a .pem file; colleagues add it under File → Trusted people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="26"/>
        <source>Create a new identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="30"/>
        <source>Your name, as printed in signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="30"/>
        <source>as printed in signatures and in your box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="31"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="32"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="34"/>
        <source>Passphrase, at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="34"/>
        <source>at least 8 characters; it cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="35"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="36"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="37"/>
        <source>Stored in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="38"/>
        <source>Where the new identity will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="42"/>
        <source>C&amp;reate identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="42"/>
        <source>Create the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="48"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signing_identity.ui" line="49"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="102"/>
        <source>None yet: create one below, or use a file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="105"/>
        <source> (the file is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="113"/>
        <source>%1 (readable only by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="136"/>
        <source>Give your name, as it should appear in signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="140"/>
        <source>Give your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="144"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="149"/>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="155"/>
        <source>An identity is already stored at %1. It is kept as it is: use it with “Use an existing file…”, or give another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="165"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="175"/>
        <source>Created the signing identity of %1 in %2 (readable only by you). Keep the passphrase safe: nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="183"/>
        <source>No file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="187"/>
        <source>Minutes will be signed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="241"/>
        <source>PKCS#12 identity (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="209"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="212"/>
        <source>Certificate saved in %1. Give it to your colleagues; they add it under File → Trusted people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="221"/>
        <location filename="../../coprodesk/gui/signing/identity.py" line="229"/>
        <source>Save my certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="222"/>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/identity.py" line="231"/>
        <source>Certificate (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="23"/>
        <location filename="../../coprodesk/gui/sort_menu.py" line="24"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="33"/>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="42"/>
        <source>&amp;Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="43"/>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/sort_menu.py" line="79"/>
        <source>Menu key or Shift+F10: sort by a column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="23"/>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="25"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="26"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="30"/>
        <source>{p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/spoken.py" line="35"/>
        <source>share {share} against a fair share of {fair}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="34"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="34"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="35"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="35"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="78"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="92"/>
        <source>  (has the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/decisions/models.py" line="96"/>
        <source>Reason needed (Enter to type it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCap</name>
    <message>
        <location filename="../../coprodesk/gui/text_cap.py" line="34"/>
        <source>At most %1 characters are kept; the rest was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="235"/>
        <source>has the floor for {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="237"/>
        <source>over the soft limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="239"/>
        <source>hand raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="240"/>
        <source>clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="241"/>
        <source>point of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="243"/>
        <source>{hand}, number {n} in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="246"/>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="248"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="250"/>
        <source>has not spoken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="252"/>
        <source>{t} on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="254"/>
        <source>{t} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="263"/>
        <source>1 turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="263"/>
        <source>{n} turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="264"/>
        <source>{t} on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="265"/>
        <source>not spoken on this item yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/run/tiles.py" line="268"/>
        <source>key {k}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptMappingDialog</name>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="5"/>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="162"/>
        <source>Import transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="8"/>
        <source>About the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="9"/>
        <source>Who is each name in the transcript? Names matched to someone are chosen already; give a person to the others. Two names given one person (a laptop and a phone) count as one voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="13"/>
        <source>Names in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transcript_mapping.ui" line="21"/>
        <source>What is still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="43"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="58"/>
        <source>“%1”: cues: %2; names: %3; into “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="62"/>
        <source>Not credited to anyone: cues without a speaker: %1; cues with only a note such as [inaudible]: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="70"/>
        <source>— choose a person —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="73"/>
        <source>New person (Unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="76"/>
        <source>Person for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="79"/>
        <source>About “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="80"/>
        <source>“%1” (%2 of speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="105"/>
        <source>Matches %1 equally: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="107"/>
        <source>Matches nobody in the meeting: choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="109"/>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="111"/>
        <source>The same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="112"/>
        <source>Matched: case or accents differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="113"/>
        <source>Matched: pronouns or suffix left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="117"/>
        <source>One voice with %1 (two devices of one person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="134"/>
        <source>Not imported until every name has a person; still to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="137"/>
        <source>Every name has a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="163"/>
        <source>Transcripts of online meetings (*.vtt *.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/transcript_dialog.py" line="200"/>
        <source>Imported from the transcript: turns: %1; new people: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedPeopleDialog</name>
    <message>
        <location filename="../../ui/trusted_people.ui" line="5"/>
        <location filename="../../ui/trusted_people.ui" line="9"/>
        <source>Trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="8"/>
        <source>Signatures by these people show as trusted when you verify minutes. Add a colleague&apos;s certificate (a .pem file they gave you, for instance on a USB stick); it holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="10"/>
        <source>Where the trust list is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="11"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="12"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="15"/>
        <source>&amp;Add certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="15"/>
        <source>Add a colleague&apos;s certificate from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="16"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trusted_people.ui" line="16"/>
        <source>Stop trusting the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="75"/>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="77"/>
        <source>Nobody yet: add a colleague&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="102"/>
        <source>%1 is trusted now. Check the fingerprint with them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="120"/>
        <source>%1 is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="124"/>
        <source>Certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="126"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedPeopleModel</name>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="24"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="25"/>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="26"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/signing/trust.py" line="32"/>
        <source>fingerprint starting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyMinutesDialog</name>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="5"/>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="304"/>
        <source>Verify minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="8"/>
        <source>File checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="9"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="10"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="11"/>
        <source>Boxes still to sign, and each problem in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="14"/>
        <source>&amp;Trusted people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="14"/>
        <source>Open the trust list, then check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="15"/>
        <source>Check another minutes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verify_minutes.ui" line="15"/>
        <source>Check &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="224"/>
        <source>Verified: every signature is intact and valid, and nothing was changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="227"/>
        <source>Cannot check this file: it is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="230"/>
        <source>Intact and valid, but not on your trust list: %1. Add a colleague&apos;s certificate with “Trusted people…” once you have it from them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="235"/>
        <source>Intact and valid, but check the signers: a box was signed by someone else, or a certificate was outside its validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="239"/>
        <source>NOT VERIFIED: these minutes carry no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="240"/>
        <source>NOT VERIFIED: the minutes differ from what was signed, or a signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="277"/>
        <source>Cannot check this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="289"/>
        <source>Still to sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/minutes_dialogs.py" line="305"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouSaidPanel</name>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="6"/>
        <location filename="../../ui/you_said_panel.ui" line="13"/>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="14"/>
        <source>Actions from earlier meetings of this series stay on this list until a meeting closes them as done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="16"/>
        <source>Carried actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="27"/>
        <source>&amp;Result or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="28"/>
        <source>Result or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="28"/>
        <source>A sentence: what was done, or why it was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="33"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="33"/>
        <source>Closes the action; needs a sentence on the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="34"/>
        <source>&amp;In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="34"/>
        <location filename="../../ui/you_said_panel.ui" line="36"/>
        <source>Stays on the list for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="35"/>
        <source>D&amp;ropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="35"/>
        <source>Closes the action; needs the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="36"/>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="37"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="37"/>
        <source>Forget what was recorded here: not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/you_said_panel.ui" line="41"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="149"/>
        <source>You said, we did: {n} carried, {k} still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="180"/>
        <source>Raised at “{m}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="182"/>
        <source>by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="184"/>
        <source>earlier: {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="223"/>
        <source>{s}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="230"/>
        <source>Clear outcome: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="251"/>
        <source>You said, we did ({n}) (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="89"/>
        <source>Welcome to CoProDesk. Add two demo meetings (a finished workshop and its planned follow-up) to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="108"/>
        <source>No backup today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="112"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="134"/>
        <source>CoProDesk is already open on %1; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/app.py" line="200"/>
        <source>CoProDesk was started again on this database; this is its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="17"/>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="18"/>
        <source>Agreed when nobody blocks and at least one person supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="19"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="20"/>
        <source>I agree with it and will help carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="21"/>
        <source>Stand aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="22"/>
        <source>I won&apos;t block it, but I won&apos;t help carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="23"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="24"/>
        <source>I cannot let it go ahead: it would harm us or what we stand for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="25"/>
        <source>Consent (sociocratic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="26"/>
        <source>Agreed when nobody objects and at least one person consents (a concern still consents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="28"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="29"/>
        <source>Good enough for now and safe enough to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="30"/>
        <source>Consent with a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="31"/>
        <source>I consent, and I want my concern recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="32"/>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="33"/>
        <source>It would harm our aims or stop us working; it must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="34"/>
        <source>Fist to five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="35"/>
        <source>Agreed when nobody shows 0 or 1 and at least one person shows 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="36"/>
        <source>Five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="37"/>
        <source>I love it and will help lead it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="38"/>
        <source>Four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="39"/>
        <source>I support it fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="40"/>
        <source>Three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="41"/>
        <source>I can support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="42"/>
        <source>Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="43"/>
        <source>I have reservations, but I won&apos;t stand in its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="44"/>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="45"/>
        <source>I can&apos;t support it as it stands: it needs to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="46"/>
        <source>Fist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="47"/>
        <source>No: I block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="48"/>
        <source>Gradients of agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="49"/>
        <source>Agreed when nobody vetoes and more than half of the stances given are in support (1, 2, 3 or 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="51"/>
        <source>Endorse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="52"/>
        <source>I like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="53"/>
        <source>Endorse with a minor point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="54"/>
        <source>I like it, with one small point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="55"/>
        <source>Agree with reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="56"/>
        <source>I can live with it, though I have reservations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="57"/>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="58"/>
        <source>I have no strong feeling either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="59"/>
        <source>More discussion needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="60"/>
        <source>I don&apos;t understand it well enough yet to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="61"/>
        <source>Don&apos;t like it but will support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="62"/>
        <source>I don&apos;t like it, but I won&apos;t hold it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="63"/>
        <source>Serious disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="64"/>
        <source>I disagree seriously and want that recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="65"/>
        <source>Veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="66"/>
        <source>I block it: it must not go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="67"/>
        <source>Majority vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="68"/>
        <source>Simple majority: more yes than no. Two-thirds: yes is at least two thirds of yes and no. Abstentions count for neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="70"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="71"/>
        <source>I vote for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="72"/>
        <source>I vote neither for nor against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="73"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="74"/>
        <source>I vote against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="75"/>
        <source>Simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="76"/>
        <source>Two-thirds majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="77"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="78"/>
        <source>fairly balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="79"/>
        <source>a few voices dominate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="80"/>
        <source>one or two voices dominate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="81"/>
        <source>too early to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="82"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="83"/>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="84"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="85"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="86"/>
        <source>no stance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="87"/>
        <source>no support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="88"/>
        <source>opposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="90"/>
        <source>Deferred: no decision was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="91"/>
        <source>Not agreed by the facilitator&apos;s override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="92"/>
        <source>Not agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="93"/>
        <source>Agreed by the facilitator&apos;s override and joint: every group present endorsed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="94"/>
        <source>Agreed and joint: every group present endorsed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="95"/>
        <source>the stances themselves did not agree it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="96"/>
        <source>{group} did not endorse it ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="97"/>
        <source>{group} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="98"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="99"/>
        <source>Agreed by the facilitator&apos;s override, but not joint: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/domain_words.py" line="100"/>
        <source>Agreed, but not joint: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../coprodesk/gui/errors.py" line="63"/>
        <source>Something went wrong in CoProDesk: {what}. Your meeting is safe: every change is saved as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/errors.py" line="66"/>
        <source>The details are in {log}; please send them with a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="11"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="12"/>
        <source>Co-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="13"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="14"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="17"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="18"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="19"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="20"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="23"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="24"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="25"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="26"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="29"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="30"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="31"/>
        <source>Bluish green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="32"/>
        <source>Reddish purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="33"/>
        <source>Sky blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="34"/>
        <source>Vermillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="35"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/labels.py" line="36"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portable</name>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="28"/>
        <source>Export meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="30"/>
        <source>CoProDesk meeting (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="44"/>
        <source>Meeting already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="45"/>
        <source>“%1” is already in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="47"/>
        <source>Replace it with the file, keep both (the imported one gets a new identity), or cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="50"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="52"/>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="66"/>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="96"/>
        <source>Signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="67"/>
        <source>“%1” says its minutes are signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="69"/>
        <source>Its signatures are kept only with the signed minutes they are for, checked here. Choose that PDF, or import the meeting as closed with the note “signed elsewhere, not checked here”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="73"/>
        <source>&amp;Choose the signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="75"/>
        <source>Import &amp;without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="97"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/portable_dialogs.py" line="112"/>
        <source>“%1” arrived closed, not signed: its signatures were not checked here, and a note says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>series</name>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="43"/>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="44"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/panel.py" line="45"/>
        <source>Row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="27"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="28"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="29"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="30"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="31"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="74"/>
        <source>Owner: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="80"/>
        <source>Decision: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="83"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="88"/>
        <source>Earlier: {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="103"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="103"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="104"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="104"/>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="105"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="105"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="106"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="106"/>
        <source>Actions closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="107"/>
        <source>Counted participants who were in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="108"/>
        <source>Present, by stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="109"/>
        <source>First time at a meeting of this series (linked person, never matched by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="110"/>
        <source>Balance index: 1 everyone equal, 0 one voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="111"/>
        <source>Decisions agreed and endorsed by every group present, of all decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="112"/>
        <source>Carried actions closed here as done or dropped, of all carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="143"/>
        <source>{label} (fair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="148"/>
        <source>{name}: share of speaking time, and its fair share in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="166"/>
        <location filename="../../coprodesk/gui/series/models.py" line="171"/>
        <location filename="../../coprodesk/gui/series/models.py" line="175"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/models.py" line="170"/>
        <location filename="../../coprodesk/gui/series/models.py" line="173"/>
        <source>{j} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/actions.py" line="24"/>
        <source>{series}: meeting {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/actions.py" line="46"/>
        <source>New meeting in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coprodesk/gui/series/actions.py" line="54"/>
        <source>Same groups and people as the last meeting of “{s}”; the agenda opens with “Since last time”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../coprodesk/gui/run/sharing.py" line="370"/>
        <source>Sharing could not start: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
