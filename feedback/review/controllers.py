"""HTTP for reviewers: the review screens and the review API. Every route is guarded."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, patch, post, put
from litestar.exceptions import HTTPException, NotFoundException, ValidationException
from litestar.response import Redirect, Template

from feedback import i18n
from feedback.accounts.guards import admins, any_staff, current_user, reviewers
from feedback.api import RowIdPath, errors, refused
from feedback.replies.controllers import page_context as reply_page_context
from feedback.review import display
from feedback.review.schemas import (
    BulkResult,
    BulkTriage,
    FlagQuery,
    LanguageCorrection,
    LanguageQuery,
    MomentQuery,
    NoteIn,
    NoteOut,
    OriginalText,
    PageQuery,
    PerPageQuery,
    RegionQuery,
    RelevanceQuery,
    ReviewOpinion,
    ReviewPage,
    RowIdQuery,
    SearchQuery,
    SortQuery,
    StatusQuery,
    TriageUpdate,
    given,
)
from feedback.review.services import (
    SORTS,
    Conflict,
    ReviewError,
    add_note,
    correct_language,
    get_opinion,
    list_opinions,
    parse_filters,
    read_original,
    reviewer_emails,
    topic_choices,
    triage,
)
from feedback.tables import TRIAGE_STATUSES
from feedback.web import interface_language, page

FILTER_NAMES = (
    "status", "language", "since", "until", "needs_check", "topic", "theme", "urgent",
    "relevance", "region", "assignee", "q", "sort", "duplicates", "copies_of",
)  # fmt: skip


def refusal(error: ReviewError) -> HTTPException:
    """400 for bad input; 409 for a reviewer, topic or opinion named in the body that does not
    exist (the same request succeeds once it does)."""
    status = 409 if isinstance(error, Conflict) else 400
    return refused(error.message, error.field, status)


def filters_from(params: Any):
    values = {name: params.get(name) or None for name in FILTER_NAMES}
    # The inbox shows a burst of copies as one item (with its number of copies); exports,
    # which build their filters elsewhere, keep every opinion.
    values["duplicates"] = values["duplicates"] or "0"
    return parse_filters(
        values.pop("status"),
        values.pop("language"),
        values.pop("since"),
        values.pop("needs_check"),
        **values,
    )


async def _user(request: Request):
    user = await current_user(request)
    assert user is not None  # the guards let only signed-in users through
    return user


def dashboard_languages() -> list[i18n.InterfaceLanguage]:
    return [i18n.BY_CODE[code] for code in i18n.DASHBOARD_CODES]


class ReviewApi(Controller):
    path = "/api/v1/review/opinions"
    guards = [any_staff]
    tags = ["review"]

    @get("/", summary="List opinions with their pipeline results")
    async def list_opinions(
        self,
        request: Request,
        status: StatusQuery = None,
        language: LanguageQuery = None,
        since: MomentQuery = None,
        until: MomentQuery = None,
        needs_check: FlagQuery = None,
        topic: str | None = None,
        theme: RowIdQuery = None,
        urgent: FlagQuery = None,
        relevance: RelevanceQuery = None,
        region: RegionQuery = None,
        assignee: str | None = None,
        q: SearchQuery = None,
        sort: SortQuery = None,
        duplicates: FlagQuery = None,
        copies_of: RowIdQuery = None,
        page: PageQuery = 1,
        per_page: PerPageQuery = 50,
    ) -> ReviewPage:
        """`status` is a processing status (received, processing, processed, failed) or a triage
        status (new, in_review, forwarded, answered, closed, spam). `q` searches originals and
        translations. `sort`: urgent (default), newest, oldest, language. Opinions that
        duplicate another are left out unless `duplicates=true` (each item's `copies` counts
        them); `copies_of=ID` lists the duplicates of one opinion."""
        try:
            filters = filters_from(request.query_params)
        except ReviewError as error:
            raise refusal(error) from None
        return await list_opinions(filters, page, per_page)

    @get("/{opinion_id:int}", summary="One opinion with its pipeline results, notes and history")
    async def detail(self, opinion_id: RowIdPath) -> ReviewOpinion:
        opinion = await get_opinion(opinion_id)
        if opinion is None:
            raise NotFoundException(f"no opinion {opinion_id}")
        return opinion

    @get(
        "/{opinion_id:int}/original",
        guards=[admins],
        summary="The unredacted text (admins, audited)",
    )
    async def original(self, request: Request, opinion_id: RowIdPath) -> OriginalText:
        """The text with personal data as the resident wrote it, and the contact e-mail.
        Every read is recorded in the audit log."""
        try:
            return OriginalText(**await read_original(opinion_id, await _user(request)))
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None

    @patch(
        "/{opinion_id:int}",
        guards=[reviewers],
        summary="Triage one opinion",
        responses=errors(409, status_409="No such reviewer (`assignee`) or topic"),
    )
    async def update(
        self, request: Request, opinion_id: RowIdPath, data: TriageUpdate
    ) -> ReviewOpinion:
        """Set `triage_status`, `assignee` (e-mail; "" clears) and/or `topic` (a slug).

        The opinion's copies take its status and assignee too, unless `include_copies` is
        false; the topic is set on this opinion only."""
        try:
            await triage(
                [opinion_id], await _user(request),
                triage_status=given(data.triage_status), assignee=given(data.assignee),
                topic=given(data.topic), include_copies=data.include_copies,
            )  # fmt: skip
        except ReviewError as error:
            if error.field == "ids":
                raise NotFoundException(f"no opinion {opinion_id}") from None
            raise refusal(error) from None
        opinion = await get_opinion(opinion_id)
        assert opinion is not None
        return opinion

    @post(
        "/bulk",
        guards=[reviewers],
        summary="Triage many opinions at once",
        status_code=200,
        responses=errors(409, status_409="No such opinion (`ids`), reviewer or topic"),
    )
    async def bulk(self, request: Request, data: BulkTriage) -> BulkResult:
        try:
            result = await triage(
                data.ids, await _user(request),
                triage_status=given(data.triage_status), assignee=given(data.assignee),
                topic=given(data.topic), include_copies=data.include_copies,
            )  # fmt: skip
        except ReviewError as error:
            raise refusal(error) from None
        return BulkResult(updated=result.updated, copies=result.copies)

    @post("/{opinion_id:int}/notes", guards=[reviewers], summary="Add an internal note")
    async def note(self, request: Request, opinion_id: RowIdPath, data: NoteIn) -> NoteOut:
        try:
            return await add_note(opinion_id, data.text, await _user(request))
        except ReviewError as error:
            raise refusal(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None

    @put("/{opinion_id:int}/language", guards=[reviewers], summary="Correct the language")
    async def set_language(
        self, request: Request, opinion_id: RowIdPath, data: LanguageCorrection
    ) -> ReviewOpinion:
        """A reviewer's language wins over the detector's and is kept as a training label."""
        try:
            return await correct_language(opinion_id, data.language, await _user(request))
        except ReviewError as error:
            raise refusal(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None


class ReviewPages(Controller):
    path = "/review"
    guards = [any_staff]
    include_in_schema = False

    @get("/", name="review")
    async def inbox(self, request: Request, page_number: int = 1) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        error = None
        try:
            filters = filters_from(request.query_params)
        except ReviewError as problem:
            filters, error = parse_filters(duplicates="0"), problem.message
        result = await list_opinions(filters, page_number, 50)
        return page(
            request,
            "review/inbox.html",
            lang=lang,
            languages=dashboard_languages(),
            status_code=400 if error else 200,
            result=result,
            filters=filters,
            filter_error=error,
            sorts=SORTS,
            triage_statuses=TRIAGE_STATUSES,
            reviewers=await reviewer_emails(),
            topics=await topic_choices(),
            user=await _user(request),
            vocab=await display.for_request(request, lang),
        )

    @get("/overview", name="overview")
    async def overview_page(self, request: Request) -> Template:
        from datetime import date

        from feedback.review.charts import bar_chart, column_chart
        from feedback.review.overview import overview

        lang = interface_language(request, i18n.DASHBOARD_CODES)
        try:
            since = (
                date.fromisoformat(request.query_params["since"])
                if request.query_params.get("since")
                else None
            )
            until = (
                date.fromisoformat(request.query_params["until"])
                if request.query_params.get("until")
                else None
            )
        except ValueError:
            raise ValidationException(
                detail="since and until must be dates such as 2026-11-01"
            ) from None
        if since and until and since > until:
            raise ValidationException(detail="since must not be after until")
        return page(
            request,
            "review/overview.html",
            lang=lang,
            languages=dashboard_languages(),
            user=await _user(request),
            data=await overview(since, until, lang),
            vocab=await display.for_request(request, lang),
            bar_chart=bar_chart,
            column_chart=column_chart,
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
            languages=dashboard_languages(),
            opinion=opinion,
            user=await _user(request),
            language_names=display.language_names(lang),
            triage_statuses=TRIAGE_STATUSES,
            reviewers=await reviewer_emails(),
            topics=await topic_choices(),
            vocab=await display.for_request(request, lang),
            reply_error=request.query_params.get("reply_error"),
            **await reply_page_context(opinion_id, request.app.state.settings),
        )

    @get("/opinions/{opinion_id:int}/original", guards=[admins], name="review_original")
    async def original(self, request: Request, opinion_id: int) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        try:
            original = await read_original(opinion_id, await _user(request))
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return page(
            request,
            "review/original.html",
            lang=lang,
            languages=dashboard_languages(),
            user=await _user(request),
            opinion_id=opinion_id,
            original=original,
        )

    @post("/opinions/{opinion_id:int}/language", guards=[reviewers], status_code=303)
    async def set_language(self, request: Request, opinion_id: int) -> Redirect:
        form = await request.form()
        try:
            await correct_language(
                opinion_id, str(form.get("language") or ""), await _user(request)
            )
        except ReviewError as error:
            raise refusal(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return Redirect(path=f"/review/opinions/{opinion_id}", status_code=303)

    @post("/opinions/{opinion_id:int}/triage", guards=[reviewers], status_code=303)
    async def set_triage(self, request: Request, opinion_id: int) -> Redirect:
        form = await request.form()
        try:
            await triage(
                [opinion_id],
                await _user(request),
                triage_status=str(form.get("triage_status") or "") or None,
                assignee=str(form.get("assignee")) if form.get("assignee") is not None else None,
                topic=str(form.get("topic") or "") or None,
            )
        except ReviewError as error:
            if error.field == "ids":
                raise NotFoundException(f"no opinion {opinion_id}") from None
            raise refusal(error) from None
        return Redirect(path=f"/review/opinions/{opinion_id}", status_code=303)

    @post("/opinions/{opinion_id:int}/notes", guards=[reviewers], status_code=303)
    async def add_note(self, request: Request, opinion_id: int) -> Redirect:
        form = await request.form()
        try:
            await add_note(opinion_id, str(form.get("text") or ""), await _user(request))
        except ReviewError as error:
            raise refusal(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return Redirect(path=f"/review/opinions/{opinion_id}#notes", status_code=303)

    @post("/bulk", guards=[reviewers], status_code=303)
    async def bulk(self, request: Request) -> Redirect:
        form = await request.form()
        try:
            ids = [int(value) for value in form.getall("ids", [])]
        except ValueError:
            raise ValidationException(detail="ids must be opinion numbers") from None
        if not ids:
            raise ValidationException(detail="select at least one opinion")
        back = str(form.get("back") or "")
        target = str(form.get("theme") or "").strip()
        if target:
            from feedback.review.themes import move_to_theme

            try:
                theme = None if target == "new" else int(target)
                await move_to_theme(
                    ids, theme, await _user(request), str(form.get("theme_title") or "")
                )
            except ValueError:
                raise ValidationException(detail="theme must be a theme number or 'new'") from None
            except ReviewError as error:
                raise refusal(error) from None
        if not any(form.get(name) for name in ("triage_status", "assignee", "topic")):
            return Redirect(
                path="/review" + (f"?{back}" if back and "//" not in back else ""), status_code=303
            )
        try:
            await triage(
                ids,
                await _user(request),
                triage_status=str(form.get("triage_status") or "") or None,
                assignee=str(form.get("assignee") or "") or None,
                topic=str(form.get("topic") or "") or None,
            )
        except ReviewError as error:
            raise refusal(error) from None
        back = str(form.get("back") or "")
        return Redirect(
            path="/review" + (f"?{back}" if back and "//" not in back else ""), status_code=303
        )
