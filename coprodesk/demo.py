"""The demo: two meetings of one series, so a new user can read a finished
meeting and try running the next one.

Turns are generated from a fixed seed, so the demo is the same everywhere.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from coprodesk.domain.model import ItemKind, MeetingStatus, Role, Turn
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store

SERIES = "Community mental health redesign"
FIRST_TITLE = "Spring workshop"
SECOND_TITLE = "Spring workshop: follow-up"

# name, group index, role, speaking weight, named in minutes, pseudonym
PEOPLE: tuple[tuple[str, int, Role, float, bool, str], ...] = (
    ("Amara Okafor", 0, Role.CO_CHAIR, 1.1, True, ""),
    ("Tom Reilly", 0, Role.PARTICIPANT, 0.7, True, ""),
    ("Sione Tupou", 0, Role.PARTICIPANT, 0.25, False, "Sam"),
    ("Margaret Chen", 1, Role.PARTICIPANT, 0.8, True, ""),
    ("Dev Patel", 1, Role.PARTICIPANT, 0.5, True, ""),
    ("Dr Ruth Adeyemi", 2, Role.PARTICIPANT, 1.8, True, ""),
    ("Liam Byrne", 2, Role.PARTICIPANT, 1.2, True, ""),
    ("Jo Fischer", 2, Role.FACILITATOR, 1.0, True, ""),
    ("Helen Ward", 3, Role.PARTICIPANT, 1.6, True, ""),
    ("Priya Nair", 3, Role.OBSERVER, 0.0, True, ""),
)
ACCESS_NEEDS = {"Tom Reilly": "Prefers written questions in advance; breaks every 45 minutes."}

FIRST_AGENDA: tuple[tuple[str, ItemKind, int], ...] = (
    ("Welcome, introductions and ground rules", ItemKind.INFORMATION, 10),
    ("What works in crisis support today", ItemKind.DISCUSSION, 25),
    ("Out-of-hours phone line", ItemKind.DECISION, 30),
    ("Break", ItemKind.BREAK, 10),
    ("Peer-support pilot", ItemKind.DECISION, 25),
    ("Actions and next steps", ItemKind.INFORMATION, 10),
)
SECOND_AGENDA: tuple[tuple[str, ItemKind, int], ...] = (
    ("Since last time: you said, we did", ItemKind.INFORMATION, 15),
    ("Peer-support pilot: first sites", ItemKind.DISCUSSION, 30),
    ("Break", ItemKind.BREAK, 10),
    ("Out-of-hours line: what people need at night", ItemKind.DISCUSSION, 30),
    ("Actions and close", ItemKind.INFORMATION, 10),
)
GROUND_RULES = (
    "Everyone's experience counts equally. One voice at a time; raise a hand to join the queue.\n"
    "Disagreement is welcome: say what you disagree with and why. A block needs a reason.\n"
    "What is shared in the room stays in the room unless the person agrees otherwise."
)


def _ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp() * 1000)


def create_demo(store: Store) -> tuple[int, int]:
    """Create the two demo meetings; returns (closed meeting id, planned meeting id).

    One transaction: a demo interrupted half-way (killed, disk full) leaves nothing."""
    with store.write():
        first, second = _create(store)
        assert second is not None
        return first, second


HYBRID_TITLE = "Spring workshop (hybrid)"
ONLINE = ("Tom Reilly", "Margaret Chen", "Helen Ward")
"""Who took part online in the hybrid demo (their tiles are marked, their share is weighed)."""


def create_hybrid_demo(store: Store) -> int:
    """The spring workshop held as a hybrid meeting, outside the series: the same people,
    three of them online, who get the floor less often (people on the screen are talked
    over). Returns its id."""
    with store.write():
        return _create(store, HYBRID_TITLE, online=ONLINE)[0]


def _create(store: Store, title: str = FIRST_TITLE, online: tuple[str, ...] = ()
            ) -> tuple[int, int | None]:
    rng = random.Random(2026)
    start = _ms("2026-03-12T10:00:00")
    first = repo.create_meeting(
        store, title, purpose="Co-design crisis support with the people who use it.",
        date="2026-03-12", start_time="10:00", end_time="12:00",
        place="Riverside Community Centre, Room 2" + (" and online" if online else ""),
        ground_rules=GROUND_RULES, series="" if online else SERIES)
    meeting = repo.load_meeting(store, first)
    groups = [g.id for g in meeting.groups]
    ids: dict[str, int] = {}
    uids: dict[str, str] = {}
    for name, gi, role, _w, named, pseudonym in PEOPLE:
        ids[name] = repo.add_participant(store, first, name, groups[gi], role,
                                         named_in_minutes=named, pseudonym=pseudonym,
                                         access_needs=ACCESS_NEEDS.get(name, ""))
        if name in online:
            repo.update_participant(store, ids[name], attendance="online")
    uids = {p.name: p.person_uid for p in repo.load_meeting(store, first).participants}

    # Dev Patel arrived twenty minutes late: fair shares follow presence.
    repo.add_presence(store, ids["Dev Patel"], start + 20 * 60_000, None)

    t = start
    turns: list[Turn] = []
    item_ids: list[int] = []
    weights = [(ids[n], w * (0.5 if n in online else 1)) for n, _g, _r, w, _nm, _ps in PEOPLE
               if w > 0]
    for title, kind, minutes in FIRST_AGENDA:
        actual = int(minutes * 60_000 * rng.uniform(0.9, 1.25))
        leads = [ids["Jo Fischer"]] if kind is ItemKind.INFORMATION else [ids["Amara Okafor"]]
        item_id = repo.add_item(store, first, title, minutes * 60, kind, lead_ids=leads,
                                started_ms=t, ended_ms=t + actual)
        item_ids.append(item_id)
        if kind is not ItemKind.BREAK:
            turns.extend(_generate_turns(rng, weights, item_id, t, t + actual,
                                         late=(ids["Dev Patel"], start + 20 * 60_000)))
        t += actual
    floor_store.insert_turns(store, first, turns)
    repo.update_meeting(store, first, status=MeetingStatus.CLOSED, started_ms=start, ended_ms=t)
    repo.update_item(store, item_ids[1], notes=(
        "People valued the crisis café but said the phone line often rings out after 10pm.\n"
        "Carers asked to be told when the person they care for is discharged."))

    # Decision 1: agreed by majority, but the lived-experience group was against: not joint.
    line = {n: ("no", "") for n in ("Amara Okafor", "Tom Reilly", "Sione Tupou")}
    line["Amara Okafor"] = ("no", "People in crisis at night need a person who knows the area.")
    line.update({"Margaret Chen": ("yes", ""), "Dev Patel": ("abstain", ""),
                 "Dr Ruth Adeyemi": ("yes", ""), "Liam Byrne": ("yes", ""),
                 "Jo Fischer": ("yes", ""), "Helen Ward": ("yes", ""),
                 "Priya Nair": ("no", "Observer's view, not counted.")})
    d1 = repo.add_decision(
        store, first, "majority", "Redirect out-of-hours calls to the NHS 111 mental health option.",
        stances={ids[n]: s for n, s in line.items()}, item_id=item_ids[2],
        statement="Calls after 10pm will go to 111's mental health option from June.",
        dissent="The lived-experience group opposed it: a local line matters in a crisis.")
    # Decision 2: consensus, every group supports: joint.
    cons = {n: ("support", "") for n, _g, r, *_ in PEOPLE if r is not Role.OBSERVER}
    cons["Dev Patel"] = ("stand-aside", "Not sure the GP surgeries have the space.")
    d2 = repo.add_decision(
        store, first, "consensus", "Run a six-month peer-support pilot in two GP surgeries.",
        stances={ids[n]: s for n, s in cons.items()}, item_id=item_ids[4],
        statement="The pilot goes ahead in two surgeries, co-run by peer workers.")

    repo.add_action(store, first, "Write to 111 with the group's concerns about night calls",
                    [ids["Helen Ward"], ids["Amara Okafor"]], due="2026-03-26", decision_id=d1)
    repo.add_action(store, first, "Draft the peer-worker role description with the group",
                    [ids["Dr Ruth Adeyemi"], ids["Tom Reilly"]], due="2026-04-02", decision_id=d2)
    repo.add_action(store, first, "Share discharge-notice wording with carers for comment",
                    [ids["Liam Byrne"]], due="2026-04-09", item_id=item_ids[1])
    if online:
        return first, None

    second = repo.create_meeting(
        store, SECOND_TITLE, default_groups=False,
        purpose="Follow up the spring workshop and choose the pilot sites.",
        date="2026-04-16", start_time="10:00", end_time="12:00",
        place="Riverside Community Centre, Room 2", ground_rules=GROUND_RULES, series=SERIES)
    gmap: dict[int, int] = {}
    for g in meeting.groups:
        gmap[g.id] = repo.add_group(store, second, g.name, g.label, g.colour, g.position)
    for pos, (name, gi, role, _w, named, pseudonym) in enumerate(PEOPLE):
        repo.add_participant(store, second, name, gmap[groups[gi]], role,
                             named_in_minutes=named, pseudonym=pseudonym,
                             access_needs=ACCESS_NEEDS.get(name, ""), person_uid=uids[name],
                             position=pos)
    for title, kind, minutes in SECOND_AGENDA:
        repo.add_item(store, second, title, minutes * 60, kind)
    return first, second


def _generate_turns(rng: random.Random, weights: list[tuple[int, float]], item_id: int,
                    start: int, end: int, late: tuple[int, int]) -> list[Turn]:
    out: list[Turn] = []
    t = start + rng.randint(5_000, 40_000)
    last = None
    while True:
        pool = [(p, w) for p, w in weights if p != last and not (p == late[0] and t < late[1])]
        pid = rng.choices([p for p, _ in pool], [w for _, w in pool])[0]
        length = int(min(240_000, max(6_000, rng.expovariate(1 / 55_000))))
        if t + length > end - 5_000:
            break
        out.append(Turn(pid, t, t + length, item_id))
        last = pid
        t += length + rng.choice((0, 0, 0, rng.randint(500, 8_000)))
    return out
