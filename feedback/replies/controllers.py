"""HTTP for replies to residents: the reviewers' API and form posts, and the administrators'
templates and consultation-centre directory. Every route is guarded (feedback/replies/guards.py);
every error status a route answers is declared in the OpenAPI schema with its body."""

from __future__ import annotations

from typing import Annotated, Any, cast
from urllib.parse import quote

import msgspec
from litestar import Controller, Request, delete, get, post, put
from litestar.exceptions import HTTPException, NotFoundException
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import QueryParameter
from litestar.response import Redirect, Template

from feedback import i18n, regions
from feedback.accounts.guards import current_user
from feedback.accounts.services import CurrentUser
from feedback.api import RowIdPath, error_spec, refused
from feedback.replies import services
from feedback.replies import templates as reply_templates
from feedback.replies.guards import may_edit_templates, may_read_replies, may_send_replies
from feedback.replies.schemas import (
    CentreIn,
    CentreList,
    CentreOut,
    PrefectureCode,
    PreviewOut,
    RecipientSummary,
    ReplyIn,
    ReplyList,
    ReplyOut,
    ReplyScope,
    TemplateEdit,
    TemplateList,
    TemplateOut,
)
from feedback.review.schemas import RowIdQuery
from feedback.tables import REPLY_SCOPES
from feedback.web import interface_language, page


def _error(status: int, description: str) -> ResponseSpec:
    return error_spec(status, description)


UNAUTHENTICATED = _error(401, "Not signed in: send `Authorization: Bearer <token>`")
FORBIDDEN = _error(403, "Signed in, but the role may not do this")
NOT_FOUND = _error(404, "No such opinion")
BAD_INPUT = _error(400, "Bad input: `detail` says what to fix, `extra.field` names the field")
UNAVAILABLE = _error(503, "The database is briefly unreachable (Retry-After)")
NO_THEME = _error(409, "`scope` is theme, and the opinion is in no theme yet")
READ_ERRORS: dict[int, ResponseSpec] = {401: UNAUTHENTICATED, 403: FORBIDDEN, 503: UNAVAILABLE}


def _bad(error: services.ReplyError) -> HTTPException:
    """400, or 409 where the opinion's state does not allow it (no theme to reply to)."""
    status = 409 if isinstance(error, services.ReplyConflict) else 400
    return refused(error.message, error.field, status)


async def _user(request: Request) -> CurrentUser:
    user = await current_user(request)
    assert user is not None  # the guards let only signed-in users through
    return user


class ReplyApi(Controller):
    path = "/api/v1/review/opinions/{opinion_id:int}/replies"
    guards = [may_read_replies]
    tags = ["replies"]

    @get(
        "/",
        summary="The replies an opinion received",
        responses={**READ_ERRORS, 404: NOT_FOUND},
    )
    async def list_replies(self, request: Request, opinion_id: RowIdPath) -> ReplyList:
        """Newest first: each with this resident's text (`delivery`: status, language, method,
        e-mail status and error) and where every recipient's e-mail stands (`emails`)."""
        try:
            items = await services.list_replies(opinion_id, request.app.state.settings)
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return ReplyList(items=items)

    @post(
        "/",
        guards=[may_send_replies],
        status_code=201,
        summary="Reply to the resident (or their group, or the theme)",
        responses={**READ_ERRORS, 400: BAD_INPUT, 404: NOT_FOUND, 409: NO_THEME},
    )
    async def create(self, request: Request, opinion_id: RowIdPath, data: ReplyIn) -> ReplyOut:
        """`{"text"?, "template"?, "send_email"?, "scope"?, "language"?}`: either the reviewer's
        own words (Japanese or English) or a template's slug (`GET /api/v1/review/reply-templates`).
        Each recipient reads it on /status in their language once the worker has written it
        (machine translation disclosed, the original beneath); those who left an e-mail address
        get it by e-mail too, unless `send_email` is false. `scope`: `opinion` (default),
        `group` (the opinion's copies) or `theme`; `GET .../replies/recipients` counts them."""
        try:
            return await services.create_reply(
                opinion_id,
                data,
                await _user(request),
                request.app.state.job_queue,
                request.app.state.settings,
            )
        except services.ReplyError as error:
            raise _bad(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None

    @post(
        "/{reply_id:int}/send",
        guards=[may_send_replies],
        status_code=200,
        summary="Send a draft reply",
        responses={
            **READ_ERRORS,
            404: _error(404, "No such opinion, or no such reply to it"),
            409: _error(409, "Sent already, or its texts are still being written"),
        },
    )
    async def send(self, request: Request, opinion_id: RowIdPath, reply_id: RowIdPath) -> ReplyOut:
        """A draft (`"draft": true`) is written in each resident's language by the worker for the
        reviewer to read first; this sends it: on /status, and by e-mail where addresses were
        left. Audited (`reply.sent`)."""
        try:
            return await services.send_draft(
                opinion_id,
                reply_id,
                await _user(request),
                request.app.state.job_queue,
                request.app.state.settings,
            )
        except services.ReplyConflict as error:
            raise HTTPException(
                status_code=409, detail=error.message, extra={"field": error.field}
            ) from None
        except LookupError:
            raise NotFoundException(f"no reply {reply_id} to opinion {opinion_id}") from None

    @delete(
        "/{reply_id:int}",
        guards=[may_send_replies],
        status_code=204,
        summary="Discard a draft reply",
        responses={
            **READ_ERRORS,
            404: _error(404, "No such opinion, or no such reply to it"),
            409: _error(409, "Sent already: residents have it, so it stays"),
        },
    )
    async def discard(self, request: Request, opinion_id: RowIdPath, reply_id: RowIdPath) -> None:
        """A draft (`"draft": true`) that should not go out: it and every recipient's text are
        deleted; nobody was told. Audited (`reply.discarded`, with the text). A sent reply
        cannot be discarded."""
        try:
            await services.discard_draft(opinion_id, reply_id, await _user(request))
        except services.ReplyConflict as error:
            raise HTTPException(
                status_code=409, detail=error.message, extra={"field": error.field}
            ) from None
        except LookupError:
            raise NotFoundException(f"no reply {reply_id} to opinion {opinion_id}") from None

    @get(
        "/recipients",
        summary="Who a reply in a scope reaches, before sending",
        responses={**READ_ERRORS, 400: BAD_INPUT, 404: NOT_FOUND, 409: NO_THEME},
    )
    async def recipients(
        self,
        request: Request,
        opinion_id: RowIdPath,
        # `scope` is litestar's name for the ASGI scope: the query parameter is mapped here.
        audience: Annotated[
            ReplyScope, QueryParameter(name="scope", description="opinion, group or theme")
        ] = "opinion",
    ) -> RecipientSummary:
        """How many opinions, in which languages, and how many with an e-mail address."""
        try:
            return await services.summary(opinion_id, audience, request.app.state.settings)
        except services.ReplyError as error:
            raise _bad(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None

    @post(
        "/preview",
        guards=[may_send_replies],
        status_code=200,
        summary="What the resident will read, without sending",
        responses={**READ_ERRORS, 400: BAD_INPUT, 404: NOT_FOUND, 409: NO_THEME},
    )
    async def preview(self, request: Request, opinion_id: RowIdPath, data: ReplyIn) -> PreviewOut:
        try:
            return await services.preview(opinion_id, data, request.app.state.settings)
        except services.ReplyError as error:
            raise _bad(error) from None
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None


class ReplyTemplateApi(Controller):
    path = "/api/v1/review/reply-templates"
    guards = [may_read_replies]
    tags = ["replies"]

    @get("/", summary="Reply templates per desk", responses={**READ_ERRORS, 404: NOT_FOUND})
    async def list_templates(self, opinion_id: RowIdQuery = None) -> TemplateList:
        """Every template with its desk's details and its text in the 18 interface languages;
        with `opinion_id`, `suggested` names the template for the desk the opinion's relevance
        flag points to."""
        suggested = None
        if opinion_id is not None:
            try:
                suggested = await services.suggested_template(opinion_id)
            except LookupError:
                raise NotFoundException(f"no opinion {opinion_id}") from None
        items = [services.template_out(t) for t in await services.list_templates()]
        return TemplateList(items=items, suggested=suggested)


class ReplyAdminApi(Controller):
    path = "/api/v1/admin"
    guards = [may_edit_templates]
    tags = ["admin"]

    @put(
        "/reply-templates/{slug:str}",
        summary="Edit a reply template (admins)",
        responses={**READ_ERRORS, 400: BAD_INPUT, 404: _error(404, "No such template")},
    )
    async def edit_template(self, request: Request, slug: str, data: TemplateEdit) -> TemplateOut:
        """Only the fields given change; `body` maps interface languages to texts with the
        placeholders {desk_name} {telephone} {web_address} {hours} {languages_served}
        {prefecture}. Audited."""
        if slug not in reply_templates.slugs():
            raise NotFoundException(f"no reply template {slug!r}")
        try:
            saved = await services.save_template(
                slug, msgspec.to_builtins(data), await _user(request)
            )
        except services.ReplyError as error:
            raise _bad(error) from None
        return services.template_out(saved)

    @get("/consultation-centres", summary="One-stop centres by prefecture", responses=READ_ERRORS)
    async def list_centres(self) -> CentreList:
        found = await services.centres()
        return CentreList(items=[services.centre_out(found[code]) for code in regions.BY_CODE])

    @put(
        "/consultation-centres/{prefecture:str}",
        summary="Fill in a prefecture's one-stop centre (admins)",
        responses={**READ_ERRORS, 400: BAD_INPUT},
    )
    async def edit_centre(
        self, request: Request, prefecture: PrefectureCode, data: CentreIn
    ) -> CentreOut:
        try:
            centre = await services.save_centre(
                prefecture.strip(),  # the pattern's `$` lets a final line break through
                {k: getattr(data, k) for k in data.__struct_fields__},
                await _user(request),
            )
        except services.ReplyError as error:
            raise _bad(error) from None
        return services.centre_out(centre)


def _reply_form(form: Any) -> ReplyIn:
    choice = str(form.get("kind") or "template")
    return ReplyIn(
        text=str(form.get("text") or "") if choice == "text" else None,
        template=str(form.get("template") or "") if choice == "template" else None,
        send_email=form.get("send_email") == "yes",
        # A form's value is not checked by msgspec: services.recipients refuses a bad scope.
        scope=cast(ReplyScope, str(form.get("scope") or "opinion")),
        language=str(form.get("language") or "") or None,
        draft=form.get("draft") == "yes",
    )


async def page_context(opinion_id: int, settings: Any) -> dict[str, Any]:
    """What the opinion page's reply section shows."""
    return {
        "replies": await services.list_replies(opinion_id, settings),
        "reply_templates": await services.list_templates(),
        "suggested_template": await services.suggested_template(opinion_id),
        "reply_scopes": {
            scope: await _safe_summary(opinion_id, scope, settings) for scope in REPLY_SCOPES
        },
        "email_configured": settings.alerts.smtp is not None,
        "email_note": services.EMAIL_NOTE_NO_SMTP,
    }


async def _safe_summary(opinion_id: int, scope: str, settings: Any) -> RecipientSummary | None:
    try:
        return await services.summary(opinion_id, scope, settings)
    except services.ReplyError:
        return None  # e.g. no theme yet: the scope is not offered


class ReplyPages(Controller):
    path = "/review/opinions/{opinion_id:int}/replies"
    guards = [may_send_replies]
    include_in_schema = False

    @post("/preview", status_code=200)
    async def preview(self, request: Request, opinion_id: int) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        form = await request.form()
        data = _reply_form(form)
        error = None
        shown = None
        try:
            shown = await services.preview(opinion_id, data, request.app.state.settings)
        except services.ReplyError as problem:
            error = problem.message
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return page(
            request,
            "review/reply_preview.html",
            lang=lang,
            languages=[i18n.BY_CODE[code] for code in i18n.DASHBOARD_CODES],
            user=await _user(request),
            opinion_id=opinion_id,
            reply=data,
            kind=str(form.get("kind") or "template"),
            preview=shown,
            error=error,
            status_code=400 if error else 200,
            email_configured=request.app.state.settings.alerts.smtp is not None,
            email_note=services.EMAIL_NOTE_NO_SMTP,
        )

    @post("/", status_code=303)
    async def send(self, request: Request, opinion_id: int) -> Redirect:
        form = await request.form()
        try:
            await services.create_reply(
                opinion_id,
                _reply_form(form),
                await _user(request),
                request.app.state.job_queue,
                request.app.state.settings,
            )
        except services.ReplyError as error:
            return _back_to_replies(opinion_id, error.message)
        except LookupError:
            raise NotFoundException(f"no opinion {opinion_id}") from None
        return _back_to_replies(opinion_id)


def _back_to_replies(opinion_id: int, error: str | None = None) -> Redirect:
    """Back to the opinion page's replies, with the reason when the reply was refused."""
    query = f"?reply_error={quote(error)}" if error else ""
    return Redirect(path=f"/review/opinions/{opinion_id}{query}#replies", status_code=303)


class ReplyDraftPages(Controller):
    path = "/review/opinions/{opinion_id:int}/replies/{reply_id:int}"
    guards = [may_send_replies]
    include_in_schema = False

    @post("/send", status_code=303)
    async def send(self, request: Request, opinion_id: int, reply_id: int) -> Redirect:
        try:
            await services.send_draft(
                opinion_id,
                reply_id,
                await _user(request),
                request.app.state.job_queue,
                request.app.state.settings,
            )
        except services.ReplyError as error:
            return _back_to_replies(opinion_id, error.message)
        except LookupError:
            raise NotFoundException(f"no reply {reply_id} to opinion {opinion_id}") from None
        return _back_to_replies(opinion_id)

    @post("/discard", status_code=303)
    async def discard(self, request: Request, opinion_id: int, reply_id: int) -> Redirect:
        try:
            await services.discard_draft(opinion_id, reply_id, await _user(request))
        except services.ReplyError as error:
            return _back_to_replies(opinion_id, error.message)
        except LookupError:
            raise NotFoundException(f"no reply {reply_id} to opinion {opinion_id}") from None
        return _back_to_replies(opinion_id)


class ReplyAdminPages(Controller):
    path = "/admin/replies"
    guards = [may_edit_templates]
    include_in_schema = False

    @get("/", name="admin_replies")
    async def index(self, request: Request, error: str | None = None) -> Template:
        found = await services.centres()
        return page(
            request,
            "admin/replies.html",
            lang=interface_language(request, i18n.DASHBOARD_CODES),
            languages=[i18n.BY_CODE[code] for code in i18n.DASHBOARD_CODES],
            user=await _user(request),
            templates=await services.list_templates(),
            centres=[services.centre_out(found[code]) for code in regions.BY_CODE],
            interface_languages=i18n.LANGUAGES,
            desk_fields=reply_templates.DESK_FIELDS,
            centre_fields=reply_templates.CENTRE_FIELDS,
            placeholders=reply_templates.PLACEHOLDERS,
            error=error,
        )

    @post("/templates/{slug:str}", status_code=303)
    async def edit_template(self, request: Request, slug: str) -> Redirect:
        form = await request.form()
        edit: dict[str, Any] = {
            name: str(form.get(name) or "")
            for name in ("name_ja", "name_en", *reply_templates.DESK_FIELDS)
            if form.get(name) is not None
        }
        edit["verified"] = form.get("verified") == "yes"
        edit["body"] = {
            language.code: str(form.get(f"body_{language.code}") or "")
            for language in i18n.LANGUAGES
        }
        try:
            await services.save_template(slug, edit, await _user(request))
        except services.ReplyError as error:
            return Redirect(path=f"/admin/replies?error={quote(error.message)}", status_code=303)
        return Redirect(path=f"/admin/replies#template-{slug}", status_code=303)

    @post("/centres/{prefecture:str}", status_code=303)
    async def edit_centre(self, request: Request, prefecture: str) -> Redirect:
        form = await request.form()
        values = {name: str(form.get(name) or "") for name in reply_templates.CENTRE_FIELDS}
        try:
            await services.save_centre(prefecture, values, await _user(request))
        except services.ReplyError as error:
            return Redirect(path=f"/admin/replies?error={quote(error.message)}", status_code=303)
        return Redirect(path=f"/admin/replies#centre-{prefecture}", status_code=303)
