"""HTTP for residents: the opinion form, the receipt, the status lookup and the public API."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException, ValidationException
from litestar.response import Response, Template
from litestar.status_codes import HTTP_201_CREATED

from feedback import i18n
from feedback.api import errors
from feedback.intake.schemas import (
    OpinionIn,
    OpinionReceipt,
    PublicStatus,
    emergency_info,
)
from feedback.intake.services import (
    MAX_TEXT_LENGTH,
    InputError,
    public_status,
    store_opinion,
    validate,
)
from feedback.replies.services import public_replies
from feedback.tables import RECEIVED
from feedback.web import interface_language, page

# Messages for the form, per InputError code: msgids go through gettext.
_FORM_ERRORS = {
    "text_type": "Please write your opinion.",
    "text_empty": "Please write your opinion.",
    "text_control": "Your text contains invisible control characters. Please remove them.",
    "text_too_long": "Your opinion is too long. Please shorten it to 10,000 characters or fewer.",
    "region_code": "Please choose a prefecture from the list.",
    "email_invalid": "Please check the e-mail address.",
    "language_tag": "Please choose a language from the menu.",
    "consent": "Please agree to the privacy notice to send your opinion.",
}


class TooManySubmissions(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


async def _check_rate(request: Request) -> None:
    client = request.client.host if request.client else "unknown"
    wait = await request.app.state.submission_limiter.hit(client)
    if wait is not None:
        raise TooManySubmissions(wait)


def too_many_submissions(request: Request, error: TooManySubmissions) -> Response:
    """429 with Retry-After: JSON for the API, the form page (in its language) otherwise."""
    headers = {"retry-after": str(error.retry_after)}
    if request.url.path.startswith("/api/"):
        return Response(
            {
                "status_code": 429,
                "detail": f"too many opinions from this address; try again in {error.retry_after} seconds",
            },
            status_code=429,
            headers=headers,
        )
    lang = interface_language(request)
    _ = i18n.gettext_for(lang)
    response = page(
        request,
        "form.html",
        lang=lang,
        status_code=429,
        values={},
        errors={
            "text": _("Too many opinions were sent from your connection. Please try again later.")
        },
        max_length=MAX_TEXT_LENGTH,
    )
    response.headers.update(headers)
    return response  # type: ignore[return-value]


def _api_error(error: InputError) -> ValidationException:
    return ValidationException(
        detail=error.message, extra={"field": error.field, "code": error.code}
    )


class PublicPages(Controller):
    include_in_schema = False

    @get("/", name="form")
    async def form(self, request: Request) -> Template:
        lang = interface_language(request)
        return page(
            request, "form.html", lang=lang, values={}, errors={}, max_length=MAX_TEXT_LENGTH
        )

    @post("/", name="submit", status_code=200)
    async def submit(self, request: Request) -> Template:
        form = await request.form()
        lang = i18n.match(str(form.get("lang") or "")) or interface_language(request)
        values = {key: str(form.get(key) or "") for key in ("text", "region", "contact_email")}
        errors: dict[str, str] = {}
        _ = i18n.gettext_for(lang)
        await _check_rate(request)
        if str(form.get("website") or ""):
            # The honeypot field is invisible to people; only scripts fill it in.
            return page(request, "receipt.html", lang=lang, receipt_code=None)
        try:
            opinion = validate(
                values["text"],
                language=i18n.BY_CODE[lang].content_language,
                region=values["region"],
                contact_email=values["contact_email"],
            )
        except InputError as error:
            errors[error.field] = _(_FORM_ERRORS[error.code])
            opinion = None
        if form.get("consent") != "yes":
            errors["consent"] = _(_FORM_ERRORS["consent"])
        if errors or opinion is None:
            return page(
                request,
                "form.html",
                lang=lang,
                status_code=400,
                values=values,
                errors=errors,
                max_length=MAX_TEXT_LENGTH,
            )
        _id, code = await store_opinion(opinion, "web", request.app.state.job_queue)
        return page(request, "receipt.html", lang=lang, receipt_code=code)

    @get("/status", name="status")
    async def status(self, request: Request, code: str | None = None) -> Template:
        lang = interface_language(request)
        found = await public_status(code) if code else None
        return page(
            request,
            "status.html",
            lang=lang,
            status_code=404 if code and not found else 200,
            code=code or "",
            found=found,
            replies=await public_replies(found[0]) if found else [],
        )

    @get("/privacy", name="privacy")
    async def privacy(self, request: Request) -> Template:
        return page(request, "privacy.html", lang=interface_language(request))


class OpinionApi(Controller):
    path = "/api/v1/opinions"
    tags = ["opinions"]

    @post(
        "/",
        status_code=HTTP_201_CREATED,
        summary="Submit an opinion",
        responses=errors(429, status_429="Too many opinions from this client: `Retry-After`"),
    )
    async def create(self, request: Request, data: OpinionIn) -> OpinionReceipt:
        """Store an opinion and return its receipt code. Processing happens in the background.
        Each client may send a limited number per window (429 with Retry-After beyond it).
        `emergency`: the box is not watched around the clock; the numbers to call instead."""
        await _check_rate(request)
        try:
            opinion = validate(data.text, data.language, data.region, data.contact_email)
        except InputError as error:
            raise _api_error(error) from None
        opinion_id, code = await store_opinion(opinion, "api", request.app.state.job_queue)
        return OpinionReceipt(
            id=opinion_id, receipt_code=code, status=RECEIVED, emergency=emergency_info()
        )

    @get("/status/{receipt_code:str}", summary="Public status of an opinion")
    async def status(self, receipt_code: str) -> PublicStatus:
        """The status a resident may see with their receipt code: no text of theirs, no personal
        data. `replies`: the ministry's replies in the resident's language (a machine
        translation disclosed, the original beneath). `emergency`: the box is not watched around
        the clock; the numbers to call instead. Any text is looked up (any case, with or without
        the dash): one that is not a receipt code finds nothing (404), as a kiosk expects."""
        found = await public_status(receipt_code)
        if found is None:
            raise NotFoundException("no opinion with this receipt code")
        code, status, submitted_at = found
        return PublicStatus(
            receipt_code=code,
            status=status,
            submitted_on=submitted_at.date().isoformat(),
            emergency=emergency_info(),
            replies=await public_replies(code),
        )
