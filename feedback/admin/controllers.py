"""HTTP for administrators: accounts, topics, audit log (pages and API)."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, delete, get, post
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import Parameter
from litestar.response import Redirect, Template

from feedback import i18n
from feedback.accounts.guards import admins, current_user
from feedback.accounts.services import AccountError, create_account
from feedback.admin.services import (
    accounts,
    audit_log,
    delete_opinion,
    save_topic,
    topics,
    update_account,
)
from feedback.doctor import cached_checks
from feedback.intake.schemas import ReceiptCode
from feedback.review.controllers import dashboard_languages
from feedback.review.schemas import PageQuery
from feedback.review.services import ReviewError
from feedback.tables import ROLES
from feedback.web import interface_language, page


class AuditEntryOut(msgspec.Struct):
    id: int
    actor: str | None
    action: str
    object_type: str
    object_id: str
    before: dict
    after: dict
    created_at: Any


class AuditPage(msgspec.Struct):
    items: list[AuditEntryOut]
    total: int
    page: int


def _bad(error: ReviewError | AccountError) -> ValidationException:
    field = getattr(error, "field", None)
    return ValidationException(detail=str(getattr(error, "message", error)), extra={"field": field})


class AdminApi(Controller):
    path = "/api/v1/admin"
    guards = [admins]
    tags = ["admin"]

    @get("/audit", summary="The audit log, newest first (read-only)")
    async def audit(
        self,
        page: PageQuery = 1,
        action: Annotated[
            str | None,
            Parameter(max_length=64, description="Only this action, e.g. opinion.delete"),
        ] = None,
    ) -> AuditPage:
        rows, total = await audit_log(page, 100, action)
        return AuditPage(items=[AuditEntryOut(**row) for row in rows], total=total, page=page)


class AdminOpinionApi(Controller):
    path = "/api/v1/admin/opinions"
    guards = [admins]
    tags = ["admin"]

    @delete("/{receipt_code:str}", summary="Delete an opinion on the resident's request (audited)")
    async def delete_by_code(self, request: Request, receipt_code: ReceiptCode) -> None:
        """Deletes the opinion and everything derived from it. The audit log keeps the receipt
        code, who deleted it and when."""
        try:
            found = await delete_opinion(receipt_code, await current_user(request))
        except ReviewError as error:
            raise _bad(error) from None
        if not found:
            raise NotFoundException("no opinion with this receipt code")


class AdminPages(Controller):
    path = "/admin"
    guards = [admins]
    include_in_schema = False

    async def _page(
        self, request: Request, template: str, status_code: int = 200, **context: Any
    ) -> Template:
        return page(
            request,
            template,
            lang=interface_language(request, i18n.DASHBOARD_CODES),
            languages=dashboard_languages(),
            user=await current_user(request),
            status_code=status_code,
            **context,
        )

    @get("/", name="admin")
    async def index(self, request: Request) -> Template:
        return await self._page(
            request,
            "admin/index.html",
            accounts=await accounts(),
            roles=ROLES,
            error=None,
            checks=await cached_checks(request.app.state.settings),
        )

    @post("/accounts", status_code=303)
    async def create(self, request: Request) -> Template | Redirect:
        form = await request.form()
        try:
            await create_account(
                str(form.get("email") or ""), str(form.get("password") or ""), str(form.get("role") or ""),
                str(form.get("display_name") or ""),
            )  # fmt: skip
        except AccountError as error:
            return await self._page(
                request,
                "admin/index.html",
                status_code=400,
                accounts=await accounts(),
                roles=ROLES,
                error=str(error),
                checks=await cached_checks(request.app.state.settings),
            )
        return Redirect(path="/admin", status_code=303)

    @post("/accounts/{account_id:int}", status_code=303)
    async def update(self, request: Request, account_id: int) -> Redirect:
        form = await request.form()
        user = await current_user(request)
        assert user is not None
        try:
            await update_account(
                user,
                account_id,
                role=str(form.get("role") or "") or None,
                active=form.get("active") == "yes",
            )
        except ReviewError as error:
            raise _bad(error) from None
        except LookupError:
            raise NotFoundException(f"no account {account_id}") from None
        return Redirect(path="/admin", status_code=303)

    @get("/topics", name="admin_topics")
    async def topic_list(self, request: Request) -> Template:
        return await self._page(request, "admin/topics.html", topics=await topics())

    @post("/topics", status_code=303)
    async def topic_save(self, request: Request) -> Redirect:
        form = await request.form()
        user = await current_user(request)
        assert user is not None
        try:
            await save_topic(
                user,
                str(form.get("slug") or ""),
                str(form.get("name_ja") or ""),
                str(form.get("name_en") or ""),
                str(form.get("description") or ""),
                str(form.get("examples") or "").splitlines(),
                active=form.get("active", "yes") == "yes",
            )
        except ReviewError as error:
            raise _bad(error) from None
        return Redirect(path="/admin/topics", status_code=303)

    @get("/audit", name="admin_audit")
    async def audit(
        self, request: Request, page_number: int = 1, action: str | None = None
    ) -> Template:
        rows, total = await audit_log(page_number, 100, action)
        return await self._page(
            request,
            "admin/audit.html",
            entries=rows,
            total=total,
            page_number=page_number,
            action=action or "",
        )
