"""The alert e-mail over STARTTLS with credentials, against a real SMTP server on loopback
(aiosmtpd) that refuses plain text and unauthenticated mail, and trusts a test CA given to the
process through SSL_CERT_FILE (how a ministry's internal CA is trusted too)."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
from pathlib import Path

import pytest

from feedback.config import load_settings
from workers.alerts import UrgentAlert, send_email


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (it is its own CA)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_mailbox(tmp_path, monkeypatch):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    received: list[tuple[list[str], bytes, bool]] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            received.append((list(envelope.rcpt_tos), envelope.content, session.ssl is not None))
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):
        good = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == b"duty desk"
            and auth_data.password == b"p@ss:word/1"
        )
        return AuthResult(success=good)

    port = _free_port()
    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        auth_require_tls=True,
        auth_required=True,
        authenticator=authenticator,
    )
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def _alert() -> UrgentAlert:
    now = dt.datetime.now(dt.UTC)
    return UrgentAlert(
        opinion_id=12,
        receipt_code="K7QM-3XHD",
        link="https://opinions.example.go.jp/review/opinions/12",
        categories=("labour_exploitation",),
        language="tl",
        submitted_at=now,
        flagged_at=now,
    )


def test_alert_email_goes_over_starttls_with_credentials(tls_mailbox, tmp_path):
    port, received = tls_mailbox
    settings = load_settings(
        {
            "FEEDBACK_VAR_DIR": str(tmp_path),
            # user and password URL-encoded, as the README says
            "FEEDBACK_SMTP_URL": f"smtp://duty%20desk:p%40ss%3Aword%2F1@127.0.0.1:{port}"
            "?starttls=true",
            "FEEDBACK_ALERT_EMAILS": "duty@example.go.jp,second@example.go.jp",
            "FEEDBACK_PUBLIC_URL": "https://opinions.example.go.jp",
        }
    ).alerts
    asyncio.run(send_email(settings, _alert()))
    assert len(received) == 1
    recipients, content, encrypted = received[0]
    assert recipients == ["duty@example.go.jp", "second@example.go.jp"]
    assert encrypted
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert "Labour exploitation" in message["subject"]
    assert "K7QM-3XHD" in message.get_content()


def test_without_starttls_the_server_gets_no_credentials_and_no_alert(tls_mailbox, tmp_path):
    import smtplib

    port, received = tls_mailbox
    settings = load_settings(
        {
            "FEEDBACK_VAR_DIR": str(tmp_path),
            "FEEDBACK_SMTP_URL": f"smtp://duty%20desk:p%40ss%3Aword%2F1@127.0.0.1:{port}",
            "FEEDBACK_ALERT_EMAILS": "duty@example.go.jp",
            "FEEDBACK_PUBLIC_URL": "https://opinions.example.go.jp",
        }
    ).alerts
    # The server offers AUTH only over TLS: the send fails (and the job retries), nothing leaks.
    with pytest.raises(smtplib.SMTPException):
        asyncio.run(send_email(settings, _alert()))
    assert received == []
