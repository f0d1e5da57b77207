"""Writing decisions, their rounds and stances, and actions: one transaction each.

Every writer has an exact inverse (``restore_*`` or a setter called with the old
value) so that the GUI's undo puts back precisely what was there. The rules
(which options exist, when a reason is required, whether an override is valid)
live in ``domain.decisions``; here they are only enforced before writing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from coprodesk.domain import decisions as rules
from coprodesk.domain.model import Action, Decision
from coprodesk.store import rows
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError
from coprodesk.store.meetings import add_decision


def _check_option(store: Store, method: str, option: str | None) -> None:
    if option is None:
        return
    keys = {o.key for o in rules.options(method)}
    if option not in keys:
        raise StoreError(store.path, f"{option!r} is not an option of {rules.method_label(method)}")


def _decision_of_round(conn, round_id: int) -> tuple[int, str]:
    row = conn.execute("SELECT d.id, d.method FROM rounds r JOIN decisions d ON d.id = r.decision_id"
                       " WHERE r.id = ?", [round_id]).fetchone()
    if row is None:
        raise KeyError(round_id)
    return row[0], row[1]


def create_decision(store: Store, meeting_id: int, method: str, proposal: str = "",
                    item_id: int | None = None, threshold: str = "simple") -> int:
    """A new decision with its first round and no stances yet."""
    rules.get_method(method)
    return add_decision(store, meeting_id, method, proposal, item_id=item_id, threshold=threshold)


def _remove(store: Store, table: str, row_id: int) -> None:
    with store.write() as conn:
        rows.remove(conn, table, row_id)


def delete_decision(store: Store, decision_id: int) -> None:
    _remove(store, "decisions", decision_id)


def restore_decision(store: Store, meeting_id: int, d: Decision) -> None:
    """Put a deleted decision back exactly: same id, rounds, stances and reasons."""
    with store.write() as conn:
        rows.put_decision(conn, meeting_id, d)


def update_decision(store: Store, decision_id: int, **fields) -> None:
    """Method, threshold, deferral, statement, dissent, plain words (never the override:
    see below)."""
    rows.checked(fields, ("method", "threshold", "deferred", "statement", "dissent", "item_id",
                          "plain_words"), "decision")
    if "method" in fields:
        rules.get_method(fields["method"])
    if "deferred" in fields:
        fields["deferred"] = int(bool(fields["deferred"]))
    with store.write() as conn:
        rows.update(conn, "decisions", decision_id, fields)


def set_override(store: Store, decision_id: int, outcome: str | None, reason: str) -> None:
    """The facilitator's override of the computed outcome; refused without a reason."""
    try:
        value = rules.validate_override(outcome, reason)
    except ValueError as exc:
        raise StoreError(store.path, str(exc)) from exc
    with store.write() as conn:
        conn.execute("UPDATE decisions SET override_outcome = ?, override_reason = ? WHERE id = ?",
                     [str(value) if value else None, reason.strip() if value else "", decision_id])


def set_proposal(store: Store, round_id: int, proposal: str) -> None:
    with store.write() as conn:
        conn.execute("UPDATE rounds SET proposal = ? WHERE id = ?", [proposal, round_id])


def new_round(store: Store, decision_id: int, proposal: str) -> int:
    """Revise and re-decide: a new round; earlier rounds, stances and reasons stay as history."""
    with store.write() as conn:
        number = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM rounds WHERE decision_id = ?",
                              [decision_id]).fetchone()[0]
        return conn.execute("INSERT INTO rounds (decision_id, number, proposal) VALUES (?,?,?)",
                            [decision_id, number, proposal]).lastrowid


def delete_round(store: Store, round_id: int) -> None:
    _remove(store, "rounds", round_id)


def set_stances(store: Store, round_id: int,
                stances: Mapping[int, tuple[str | None, str] | None]) -> None:
    """Set (option, reason) per participant in one transaction; None removes a stance.

    Option None is an explicit "not given", which is different from no stance at all."""
    with store.write() as conn:
        _decision_id, method = _decision_of_round(conn, round_id)
        for pid, value in stances.items():
            if value is None:
                conn.execute("DELETE FROM stances WHERE round_id = ? AND participant_id = ?",
                             [round_id, pid])
                continue
            option, reason = value
            _check_option(store, method, option)
            conn.execute(
                "INSERT INTO stances (round_id, participant_id, option, reason) VALUES (?,?,?,?)"
                " ON CONFLICT (round_id, participant_id) DO UPDATE SET option = excluded.option,"
                " reason = excluded.reason, from_device = 0",  # typed on the laptop now
                [round_id, pid, option, reason])


def set_meanings(store: Store, meeting_id: int, method: str, meanings: Mapping[str, str]) -> None:
    """This meeting's own wording of a method's options (groups use their own); stored as
    ``{"method:option": text}``, the form ``domain.decisions.options`` reads."""
    with store.write() as conn:
        row = conn.execute("SELECT stance_meanings FROM meetings WHERE id = ?",
                           [meeting_id]).fetchone()
        current = {k: v for k, v in (json.loads(row[0] or "{}") if row else {}).items()
                   if not k.startswith(f"{method}:")}
        current.update({f"{method}:{k}": v for k, v in meanings.items() if v.strip()})
        conn.execute("UPDATE meetings SET stance_meanings = ? WHERE id = ?",
                     [json.dumps(current, sort_keys=True), meeting_id])


def meanings(store: Store, meeting_id: int) -> dict[str, str]:
    """``{"method:option": text}`` for every option this meeting words its own way."""
    with store.reading() as conn:
        row = conn.execute("SELECT stance_meanings FROM meetings WHERE id = ?",
                           [meeting_id]).fetchone()
    return json.loads(row[0] or "{}") if row else {}


# --------------------------------------------------------------------------- actions

def update_action(store: Store, action_id: int, *, owners: Iterable[int] | None = None,
                  **fields) -> None:
    rows.checked(fields, ("what", "due", "done", "decision_id", "item_id", "raised_by",
                          "plain_words"), "action")
    if "done" in fields:
        fields["done"] = int(bool(fields["done"]))
    with store.write() as conn:
        rows.update(conn, "actions", action_id, fields)
        if owners is not None:
            conn.execute("DELETE FROM action_owners WHERE action_id = ?", [action_id])
            rows.put_many(conn, "action_owners", rows.owner_rows(action_id, owners))


def delete_action(store: Store, action_id: int) -> None:
    _remove(store, "actions", action_id)


def restore_action(store: Store, meeting_id: int, a: Action) -> None:
    with store.write() as conn:
        rows.put_action(conn, meeting_id, a)
