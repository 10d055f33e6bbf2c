"""The lines a resident reads around a reply, as msgids of the interface catalogues
(feedback/locale: translated there, marked for native review like the rest), and which
interface language a resident reads."""

from __future__ import annotations

from feedback import i18n

MACHINE_NOTICE = (
    "This reply was translated by a machine from %(language)s. "
    "The ministry's original text is below."
)
NO_MODEL_NOTICE = (
    "A machine translation into your language is not available yet, "
    "so this reply is in Japanese and English."
)
SUBJECT = "Reply to your opinion (receipt code %(code)s)"
ORIGINAL_HEADING = "The ministry's original text"
STATUS_PAGE_LINE = "You can also read this reply on the status page with your receipt code:"
DO_NOT_REPLY = "Please do not reply to this e-mail; this address does not receive messages."
# The two languages reviewers write in, named as their readers name them.
SOURCE_NAMES = {"ja": "日本語", "en": "English"}


def interface_code(language: str | None) -> str:
    """The interface language a resident who writes `language` reads (English otherwise)."""
    return i18n.match(language) or "en"
