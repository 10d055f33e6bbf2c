"""HTTP for reviewers: the review screens and the review API. Every route is guarded."""

from __future__ import annotations

from litestar import Controller, Request, get, post, put
from litestar.exceptions import NotFoundException, ValidationException
from litestar.response import Redirect, Template

from feedback import i18n
from feedback.accounts.guards import any_staff, current_user, reviewers
from feedback.review.schemas import LanguageCorrection, ReviewOpinion, ReviewPage
from feedback.review.services import (
    FilterError,
    correct_language,
    get_opinion,
    list_opinions,
    parse_filters,
)
from feedback.web import interface_language, page


def _filters_or_400(status, language, since, needs_check=None):
    try:
        return parse_filters(status, language, since, needs_check)
    except FilterError as error:
        raise ValidationException(detail=error.message, extra={"field": error.field}) from None


class ReviewApi(Controller):
    path = "/api/v1/review/opinions"
    guards = [any_staff]
    tags = ["review"]

    @get("/", summary="List opinions with their pipeline results")
    async def list(
        self,
        status: str | None = None,
        language: str | None = None,
        since: str | None = None,
        needs_check: str | None = None,
        page: int = 1,
        per_page: int = 50,
    ) -> ReviewPage:
        """Newest first. `status` is a processing status (received, processing, processed,
        failed) or a triage status (new, in_review, forwarded, answered, closed, spam)."""
        filters = _filters_or_400(status, language, since, needs_check)
        return await list_opinions(filters, page, per_page)

    @get("/{opinion_id:int}", summary="One opinion with its pipeline results")
    async def detail(self, opinion_id: int) -> ReviewOpinion:
        opinion = await get_opinion(opinion_id)
        if opinion is None:
            raise NotFoundException(f"no opinion {opinion_id}")
        return opinion

    @put("/{opinion_id:int}/language", guards=[reviewers], summary="Correct the language")
    async def set_language(
        self, request: Request, opinion_id: int, data: LanguageCorrection
    ) -> ReviewOpinion:
        """A reviewer's language wins over the detector's and is kept as a training label."""
        user = await current_user(request)
        assert user is not None
        try:
            return await correct_language(opinion_id, data.language, user)
        except FilterError as error:
            raise ValidationException(detail=error.message, extra={"field": error.field}) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None


class ReviewPages(Controller):
    path = "/review"
    guards = [any_staff]
    include_in_schema = False

    @get("/", name="review")
    async def inbox(
        self,
        request: Request,
        status: str | None = None,
        language: str | None = None,
        since: str | None = None,
        needs_check: str | None = None,
        page_number: int = 1,
    ) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        try:
            filters = parse_filters(status, language, since, needs_check)
            error = None
        except FilterError as problem:
            filters, error = parse_filters(None, None, None), problem.message
        result = await list_opinions(filters, page_number, 50)
        return page(
            request,
            "review/inbox.html",
            lang=lang,
            status_code=400 if error else 200,
            result=result,
            filters=filters,
            filter_error=error,
            user=await current_user(request),
        )

    @get("/opinions/{opinion_id:int}", name="review_opinion")
    async def opinion(self, request: Request, opinion_id: int) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        opinion = await get_opinion(opinion_id)
        if opinion is None:
            raise NotFoundException(f"no opinion {opinion_id}")
        return page(
            request,
            "review/opinion.html",
            lang=lang,
            opinion=opinion,
            user=await current_user(request),
            language_names=_language_names(),
        )

    @post("/opinions/{opinion_id:int}/language", guards=[reviewers], status_code=303)
    async def set_language(self, request: Request, opinion_id: int) -> Redirect:
        form = await request.form()
        user = await current_user(request)
        assert user is not None
        try:
            await correct_language(opinion_id, str(form.get("language") or ""), user)
        except FilterError as error:
            raise ValidationException(detail=error.message) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return Redirect(path=f"/review/opinions/{opinion_id}", status_code=303)


def _language_names() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for code in (
        "ja en zh ko vi ne id tl th pt es my km mn si uk tr ru bn ur hi fr "
        "ms ar fa de it nl pl sw he ka"
    ).split():
        try:
            names[code] = Locale.parse(code).get_display_name("en") or code
        except Exception:  # noqa: BLE001 - Babel lacks a few languages
            names[code] = code
    names["und"] = "undetermined"
    return names
