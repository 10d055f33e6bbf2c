"""Sending e-mail through the configured relay (FEEDBACK_SMTP_URL): one SMTP client for the
alerts to the people on duty and the replies to residents. TLS from the first byte (smtps://)
or STARTTLS, certificates checked against the system's CAs (SSL_CERT_FILE for a ministry's own
CA), then the credentials when there are some. Blocking: call it from a thread."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from feedback.config import SmtpSettings

# A mail relay that has not answered in 10 s is down: try again later rather than hold a
# worker slot.
SMTP_TIMEOUT_SECONDS = 10.0


@contextmanager
def smtp_session(smtp: SmtpSettings) -> Iterator[smtplib.SMTP]:
    """A connected, secured and signed-in SMTP client; closed on leaving."""
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if smtp.tls == "implicit":
        client = smtplib.SMTP_SSL(
            smtp.host, smtp.port, timeout=SMTP_TIMEOUT_SECONDS, context=context
        )
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT_SECONDS)
    with client:
        if smtp.tls == "starttls":
            client.starttls(context=context)
        if smtp.username:
            client.login(smtp.username, smtp.password or "")
        yield client


def send(
    client: smtplib.SMTP, message: EmailMessage, sender: str, recipients: list[str]
) -> dict[str, tuple[int, bytes]]:
    """Send one message on an open session; returns the recipients the relay refused (the
    others have it). Raises smtplib's errors when nobody got it."""
    return client.send_message(message, sender, recipients)


def is_permanent(error: BaseException) -> bool:
    """A 5xx answer: the relay will not take this message, however often it is tried (a
    mailbox that does not exist, a refused address). Everything else (no connection, a
    timeout, a 4xx "try again later") is worth another try."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(500 <= code < 600 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return 500 <= error.smtp_code < 600 and not isinstance(
            error, smtplib.SMTPAuthenticationError
        )
    return False
