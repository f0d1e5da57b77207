"""The trust list: add (PEM or DER, idempotent), list, remove, refuse what is not a
certificate, never the real user's folder in tests."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from coprodesk.minutes import trust


def make_cert(name: str, email: str = "x@example.org"):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .sign(key, hashes.SHA256()))
    return key, cert


def test_tests_never_use_the_real_data_folder():
    folder = trust.trust_dir()
    assert os.environ["COPRODESK_TRUST_DIR"] == str(folder)
    assert "pytest" in str(folder) or "coprodesk-trust-" in str(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_add_pem_and_der_list_and_remove(tmp_path: Path):
    _k, amara = make_cert("Amara Okafor", "amara@example.org")
    _k, jo = make_cert("Jo Fischer", "jo@example.org")
    (tmp_path / "amara.pem").write_bytes(amara.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "jo.der").write_bytes(jo.public_bytes(serialization.Encoding.DER))

    added = trust.add_trusted(tmp_path / "amara.pem")
    assert added.name == "Amara Okafor" and added.email == "amara@example.org"
    assert added.fingerprint == amara.fingerprint(hashes.SHA256()).hex()
    assert added.path.name == f"{added.fingerprint}.pem"
    assert stat.S_IMODE(added.path.stat().st_mode) == 0o600
    assert added.not_after == amara.not_valid_after_utc.date().isoformat()
    assert trust.add_trusted(tmp_path / "amara.pem") == added  # idempotent
    trust.add_trusted(tmp_path / "jo.der")

    people = trust.list_trusted()
    assert [p.name for p in people] == ["Amara Okafor", "Jo Fischer"]
    assert len(trust.trusted_cert_paths()) == 2
    assert not list(trust.trust_dir().glob("*.part"))

    trust.remove_trusted(added.fingerprint)
    assert [p.name for p in trust.list_trusted()] == ["Jo Fischer"]
    with pytest.raises(trust.TrustError, match="no trusted certificate"):
        trust.remove_trusted(added.fingerprint)


def test_an_explicit_folder_is_used_instead(tmp_path: Path):
    _k, cert = make_cert("Sam Lee")
    (tmp_path / "sam.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    person = trust.add_trusted(tmp_path / "sam.pem", tmp_path / "other")
    assert person.path.parent == tmp_path / "other"
    assert trust.list_trusted() == []
    assert trust.list_trusted(tmp_path / "other") == [person]


@pytest.mark.parametrize(("content", "message"), [
    (b"hello, not a certificate", "is not a certificate"),
    (b"", "is not a certificate"),
    (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "is not a certificate"),
    ("key", "private key"),
])
def test_what_is_not_a_certificate_is_refused_in_one_line(tmp_path: Path, content, message):
    if content == "key":
        key, _cert = make_cert("Jo")
        content = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    (tmp_path / "f.pem").write_bytes(content)
    with pytest.raises(trust.TrustError, match=message) as info:
        trust.add_trusted(tmp_path / "f.pem")
    assert "\n" not in str(info.value)
    assert trust.list_trusted() == []


def test_a_missing_file_and_a_bad_fingerprint_are_one_line(tmp_path: Path):
    with pytest.raises(trust.TrustError, match="cannot read"):
        trust.add_trusted(tmp_path / "nope.pem")
    with pytest.raises(trust.TrustError, match="not a certificate fingerprint"):
        trust.remove_trusted("../../etc/passwd")
