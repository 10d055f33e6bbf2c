"""Helpers shared by the HTML controllers: the interface language and page rendering."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.response import Template

from feedback import i18n, regions
from feedback.intake import emergency
from feedback.review.display import Vocabulary

LANGUAGE_COOKIE = "lang"


def interface_language(request: Request, allowed: tuple[str, ...] | None = None) -> str:
    """?lang=, then the language cookie, then Accept-Language, then Japanese."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        code = i18n.match(candidate)
        if code and (allowed is None or code in allowed):
            return code
    negotiated = i18n.negotiate(request.headers.get("accept-language"), allowed)
    if negotiated:
        return negotiated
    return i18n.DEFAULT if allowed is None or i18n.DEFAULT in allowed else allowed[0]


def page(
    request: Request,
    template_name: str,
    *,
    lang: str,
    status_code: int = 200,
    **context: Any,
) -> Template:
    interface = i18n.BY_CODE[lang]
    response = Template(
        template_name=template_name,
        status_code=status_code,
        context={
            "_": i18n.gettext_for(lang),
            "lang": interface,
            "languages": i18n.LANGUAGES,
            "prefectures": regions.PREFECTURES,
            "region_label": regions.label,
            "emergency": emergency,  # the numbers in templates/emergency.html and form.html
            "request_path": request.url.path,
            # urgency categories by name, for the dashboard (Japanese or English)
            "urgency_names": _urgency_names("ja" if interface.code.startswith("ja") else "en"),
            # statuses, steps, roles, language names... in the interface language; pages that
            # show topics pass one with the topic names (feedback.review.display.vocabulary)
            "vocab": Vocabulary(lang),
            **context,
        },
    )
    if request.query_params.get("lang") and i18n.match(request.query_params["lang"]) == lang:
        response.set_cookie(
            LANGUAGE_COOKIE, lang, max_age=365 * 24 * 3600, httponly=True, samesite="lax"
        )
    return response


def _urgency_names(language: str) -> dict[str, str]:
    from classifiers.urgency import category_names

    return category_names(language)
