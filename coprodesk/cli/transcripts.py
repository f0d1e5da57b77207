"""``import-turns FILE.vtt|.srt``: a transcript's speakers matched to the meeting's people,
then its floor written (``cli.cmd_import_turns`` reads the file and hands it here).

With ``--meeting``, each speaker is matched (``domain.name_matching``: exact, loose,
stripped; ``--map "Transcript name=Person"`` first); a speaker who matches nobody, or two
people equally, makes the import refuse and name them all, unless ``--add-unmatched[=GROUP]``
makes them new people. With ``--title``, every speaker becomes a person, the same person
on two devices once. Speakers given one person are one person's speech before the floor
is found. Nothing is written before every speaker has a person.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from coprodesk.cli.common import UserError, open_db
from coprodesk.domain.name_matching import How, Match, as_new_people, match_speakers, parse_map


def matches_for(args: argparse.Namespace, speakers: list[str], people: list[str] | None,
                meeting: str = "") -> list[Match]:
    """Every speaker's person, or UserError naming what is missing. ``people`` None: a new
    meeting (``--title``)."""
    try:
        mapped = parse_map(args.map or ())
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    absent = [s for s in mapped if s not in speakers]
    if absent:
        raise UserError(f"--map names {_names(absent)}, who {'does' if len(absent) == 1 else 'do'}"
                        f" not speak in {args.file.name}")
    if people is None:
        return as_new_people(speakers, mapped)
    unknown = sorted({p for p in mapped.values() if p not in people})
    if unknown and args.add_unmatched is None:
        raise UserError(f"--map gives speech to {_names(unknown)}, not in meeting {meeting}; "
                        "add them to the meeting first, or give --add-unmatched[=GROUP]")
    matches = match_speakers(speakers, people, mapped)
    if args.add_unmatched is None:
        _refuse_unmatched(matches, meeting)
    return [m if m.person is not None else Match(m.speaker, m.speaker, How.NEW)
            for m in matches]


def _refuse_unmatched(matches: list[Match], meeting: str) -> None:
    missing = [m for m in matches if m.person is None]
    if not missing:
        return
    said = "; ".join(f"{m.speaker!r} (matches {_names(m.ambiguous, ' and ')} equally)"
                     if m.ambiguous else repr(m.speaker) for m in missing)
    n = len(missing)
    raise UserError(f"{n} name{'s' if n != 1 else ''} in the transcript match{'' if n != 1 else 'es'}"
                    f" nobody in meeting {meeting}: {said}; give each a person with "
                    "--map \"Transcript name=Person\", or add them with "
                    "--add-unmatched[=GROUP]; nothing was imported")


def _names(names, sep: str = ", ") -> str:
    return sep.join(repr(n) for n in names)


def import_transcript(args: argparse.Namespace, transcript, groups: Mapping[str, str],
                      now_ms: int) -> tuple[int, int, int, list[Match]]:
    """Match, then write; returns (meeting id, turns, new people, the matches)."""
    from coprodesk.domain.vocabulary import UNASSIGNED_GROUP
    from coprodesk.store.meetings import find_meeting, load_meeting
    from coprodesk.store.turn_import import import_into_meeting

    speakers = transcript.speakers()
    if args.meeting is None:
        matches = matches_for(args, speakers, None)
        store = open_db(args)
    else:
        store = open_db(args)
        meeting_id = find_meeting(store, args.meeting)
        meeting = load_meeting(store, meeting_id)
        matches = matches_for(args, speakers, [p.name for p in meeting.participants],
                              f"{meeting_id} ({meeting.title})")
    person_of = {m.speaker: m.person for m in matches}
    group = args.add_unmatched or UNASSIGNED_GROUP[0]
    group_map = {m.person: groups.get(m.person, groups.get(m.speaker, group))
                 for m in matches if m.person is not None}
    floor = transcript.floor_as(person_of)
    meeting_id, n_turns, n_new = import_into_meeting(
        store, floor, meeting_ref=args.meeting, title=args.title, group_map=group_map,
        now_ms=now_ms)
    return meeting_id, n_turns, n_new, matches


def matching_lines(matches: list[Match]) -> list[str]:
    """What a facilitator should check: every speaker not matched by the exact name."""
    words = {How.LOOSE: "case or accents differ", How.STRIPPED: "pronouns or suffix left out",
             How.MAPPED: "--map"}
    by_person: dict[str | None, list[Match]] = {}
    for m in matches:
        by_person.setdefault(m.person, []).append(m)
    lines = []
    for m in matches:
        devices = len(by_person[m.person]) > 1
        if m.how in words or (devices and m.how is not How.NEW):
            why = words.get(m.how, "the same name")
            if devices:
                why += f"; one of {len(by_person[m.person])} devices, merged"
            lines.append(f"  {m.speaker!r} is {m.person} ({why})")
    return lines
