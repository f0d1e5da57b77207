"""One box per person, and names a certificate can hold: ``export --signers`` with names
that would share a box, and ``keys new`` with a name too long or with a control
character, each end in one line and exit 2, never a traceback; nothing is written."""

from __future__ import annotations

import pytest

from ..cli_run import demo_with_facilitator, run

pytestmark = pytest.mark.slow  # exports (and certifies) real minutes


@pytest.mark.parametrize("signers", [
    "Jo Fischer,Amara Okafor,JO FISCHER",  # the certifier's second box, by case
    "Amara Okafor,amara okafor",
    "Amara Okafor,Amara  Okafor",  # spaces
    "A.B Smith,A B Smith",  # dots become spaces in a field name
    "Ren\u00e9 Roy,Rene\u0301 Roy",  # composed and decomposed é
    "\uff2a\uff4f Lee,Jo Lee",  # full-width letters (NFKC)
    "Jo\u200b Lee,Jo Lee",  # an invisible character
])
@pytest.mark.parametrize("certify", [True, False])
def test_signers_that_would_share_a_box_are_refused_in_one_line(tmp_path, capsys, signers,
                                                                 certify):
    db = demo_with_facilitator(tmp_path, capsys)
    pdf = tmp_path / "m.pdf"
    sign = ("--sign", str(tmp_path / "jo.p12"), "--passphrase-file",
            str(tmp_path / "pw")) if certify else ()
    code, out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf),
                         "--signers", signers, *sign)
    assert code == 2, out + err
    assert "would share one signature box" in err and len(err.strip().splitlines()) == 1
    assert not pdf.exists()
    code, out, _err = run(capsys, "--db", db, "list")
    assert "closed" in out  # certifying was refused before anything was locked


def test_the_same_name_twice_and_the_certifiers_own_name_are_one_box(tmp_path, capsys):
    db = demo_with_facilitator(tmp_path, capsys)
    pdf = tmp_path / "m.pdf"
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf),
                          "--sign", str(tmp_path / "jo.p12"), "--passphrase-file",
                          str(tmp_path / "pw"), "--signers",
                          "Amara Okafor, jo fischer, Amara Okafor")
    assert code == 0, err
    code, out, _err = run(capsys, "verify", str(pdf), "--json")
    import json

    report = json.loads(out)
    assert [s["field"] for s in report["signatures"]] == ["Jo Fischer"]
    assert report["unsigned_fields"] == ["Amara Okafor"]


@pytest.mark.parametrize(("name", "email", "says"), [
    ("A" * 65, "a@example.org", "the name has 65 characters; a signing identity's name "
                                "holds at most 64"),
    ("Jo\nFischer", "jo@example.org", "the name holds a control character"),
    ("Jo Fischer", "jo@example.org\x1b[2J", "the e-mail address holds a control character"),
])
def test_keys_new_refuses_what_a_certificate_cannot_hold_in_one_line(tmp_path, capsys, name,
                                                                    email, says):
    (tmp_path / "pw").write_text("a-long-passphrase\n")
    out_file = tmp_path / "x.p12"
    code, out, err = run(capsys, "keys", "new", "--name", name, "--email", email, "--out",
                         str(out_file), "--passphrase-file", str(tmp_path / "pw"))
    assert code == 2, out + err
    assert says in err and len(err.strip().splitlines()) == 1
    assert not out_file.exists()


def test_a_name_of_64_characters_is_a_signing_identity(tmp_path, capsys):
    (tmp_path / "pw").write_text("a-long-passphrase\n")
    code, _out, err = run(capsys, "keys", "new", "--name", "B" * 64, "--email",
                          "b@example.org", "--out", str(tmp_path / "b.p12"),
                          "--passphrase-file", str(tmp_path / "pw"))
    assert code == 0, err
