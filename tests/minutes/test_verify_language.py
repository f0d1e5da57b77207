"""`coprodesk verify` says each problem and what travels inside the signed part in the
app's language, like the minutes (their sentences are in source_words, context Minutes),
while its JSON keys and verdict words stay as scripts know them."""

from __future__ import annotations

import json
from pathlib import Path

from coprodesk.minutes.language import use_language

from ..cli_run import demo_with_facilitator, run
from .test_attacks import add_annotation


def export(tmp_path, capsys, name: str, *more: str) -> str:
    db = str(tmp_path / "m.db")
    out = tmp_path / name
    code, _said, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(out), *more)
    assert code == 0, err
    return str(out)


def verify(capsys, path: str, *more: str) -> tuple[int, str]:
    code, out, err = run(capsys, "verify", *more, path)
    assert "Traceback" not in out + err
    return code, out


def test_verify_speaks_german_and_keeps_its_json_keys(tmp_path, capsys):
    demo_with_facilitator(tmp_path, capsys)
    signing = ("--sign", str(tmp_path / "jo.p12"), "--passphrase-file", str(tmp_path / "pw"))
    signed = export(tmp_path, capsys, "signed.pdf", *signing)
    unsigned = export(tmp_path, capsys, "unsigned.pdf")
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(add_annotation(Path(signed).read_bytes()))

    english = {p: verify(capsys, p, "--json") for p in (signed, unsigned, str(changed))}
    assert english[unsigned][0] == 1
    assert json.loads(english[unsigned][1])["problems"] == ["the minutes carry no signature"]

    assert use_language("de_DE").startswith("de")
    code, out = verify(capsys, signed)
    assert code == 0
    assert ("Die Fassung in Leichter Sprache (easy-read.pdf) und die barrierefreie HTML-Fassung "
            "(minutes.html) sind im signierten Teil enthalten.") in out
    assert "inside the signed part" not in out

    for path, (code_en, out_en) in english.items():
        code, out = verify(capsys, path, "--json")
        german, before = json.loads(out), json.loads(out_en)
        assert code == code_en and set(german) == set(before)  # the same keys, the same verdict
        assert german["verdict"] == before["verdict"]
    assert json.loads(verify(capsys, unsigned, "--json")[1])["problems"] == [
        "das Protokoll trägt keine Signatur"]
    problems = json.loads(verify(capsys, str(changed), "--json")[1])["problems"]
    assert any(p.startswith("auf Seite 1 wurde eine Anmerkung hinzugefügt, nachdem Jo Fischer "
                            "das Protokoll beglaubigt hat (Revision ") for p in problems), problems
    code, out = verify(capsys, str(changed))
    assert code == 1 and "- auf Seite 1 wurde eine Anmerkung hinzugefügt" in out
