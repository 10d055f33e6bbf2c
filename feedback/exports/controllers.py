"""HTTP for organizers: export jobs (API and dashboard) and their downloads."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException, PermissionDeniedException
from litestar.response import Redirect, Response, Template
from litestar.status_codes import HTTP_202_ACCEPTED

from feedback import i18n
from feedback.accounts.guards import current_user, exporters
from feedback.api import RowIdPath
from feedback.exports.pack import validate_pack_options
from feedback.exports.schemas import ExportJobOut, OpinionExportRequest, PackRequest
from feedback.exports.services import (
    OPINION_FORMATS,
    PACK_FORMATS,
    PDF_UNAVAILABLE_MESSAGE,
    create_job,
    job_file,
    job_status,
    recent_jobs,
)
from feedback.review.controllers import FILTER_NAMES, dashboard_languages, refusal
from feedback.review.services import ReviewError, topic_choices
from feedback.web import interface_language, page
from workers.jobs import RUN_EXPORT

# What a failed pack is offered in instead, best first: none needs a system library.
PACK_ALTERNATIVES = ("pack-html", "pack-md", "pack-xlsx")
# A printable pack has inline styles and nothing else; it gets a CSP of its own.
PACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


def _out(job: dict[str, Any]) -> ExportJobOut:
    return ExportJobOut(
        id=job["id"],
        kind=job["kind"],
        format=job["format"],
        status=job["status"],
        progress=job["progress"],
        row_count=job["row_count"],
        error=job["error"],
        download=f"/api/v1/exports/{job['id']}/download" if job["status"] == "done" else None,
    )


async def _start(
    request: Request, kind: str, format: str, filters: dict[str, Any], personal: bool
) -> int:  # noqa: A002
    user = await current_user(request)
    assert user is not None
    try:
        if kind == "pack":
            filters = validate_pack_options(filters)
        job_id = await create_job(user, format, filters, personal, kind=kind)
    except ReviewError as error:
        raise refusal(error) from None
    except PermissionError as error:
        raise PermissionDeniedException(str(error)) from None
    await request.app.state.job_queue.enqueue(RUN_EXPORT, job_id)
    return job_id


async def _own_job(request: Request, job_id: int) -> dict[str, Any]:
    user = await current_user(request)
    job = await job_status(job_id)
    if job is None or user is None or (job["account"] != user.id and not user.is_admin):
        raise NotFoundException(f"no export {job_id}")
    return job


async def _download(request: Request, job_id: int) -> Response:
    await _own_job(request, job_id)
    found = await job_file(job_id)
    if found is None:
        raise NotFoundException("the export is not ready (or failed); see its status")
    filename, media_type, content = found
    headers = {"content-disposition": f'attachment; filename="{filename}"'}
    if filename.endswith(".html"):
        headers["content-security-policy"] = PACK_CSP
    return Response(content, media_type=media_type, headers=headers)


class ExportApi(Controller):
    path = "/api/v1/exports"
    guards = [exporters]
    tags = ["exports"]

    @post("/opinions", status_code=HTTP_202_ACCEPTED, summary="Export opinions (background job)")
    async def export_opinions(self, request: Request, data: OpinionExportRequest) -> ExportJobOut:
        """`format`: csv (UTF-8 with BOM), xlsx or json; `filters` as the review list takes them.
        Personal data (original text, contact e-mail) only for admins who ask for it: audited."""
        job_id = await _start(
            request, "opinions", data.format, data.filters.as_dict(), data.include_personal_data
        )
        job = await job_status(job_id)
        assert job is not None
        return _out(job)

    @post("/packs", status_code=HTTP_202_ACCEPTED, summary="Make a hearing pack (background job)")
    async def export_pack(self, request: Request, data: PackRequest) -> ExportJobOut:
        """`format`: pack-html, pack-pdf, pack-md or pack-xlsx; `filters`: since, until, topics
        (slugs), themes (ids), quotes (representative opinions per theme, default 3). A hearing
        pack never holds personal data (`include_personal_data` may only be false)."""
        job_id = await _start(request, "pack", data.format, data.filters.as_dict(), False)
        job = await job_status(job_id)
        assert job is not None
        return _out(job)

    @get("/{job_id:int}", summary="Status and progress of an export")
    async def status(self, request: Request, job_id: RowIdPath) -> ExportJobOut:
        return _out(await _own_job(request, job_id))

    @get(
        "/{job_id:int}/download",
        summary="Download a finished export",
        opt={"media_types": sorted({*OPINION_FORMATS.values(), *PACK_FORMATS.values()})},
    )
    async def download(self, request: Request, job_id: RowIdPath) -> Response:
        return await _download(request, job_id)


class ExportPages(Controller):
    path = "/review/exports"
    guards = [exporters]
    include_in_schema = False

    @get("/", name="exports")
    async def index(self, request: Request) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        user = await current_user(request)
        assert user is not None
        return page(
            request,
            "review/exports.html",
            lang=lang,
            languages=dashboard_languages(),
            user=user,
            jobs=await recent_jobs(user.id),
            opinion_formats=list(OPINION_FORMATS),
            pack_formats=list(PACK_FORMATS),
            topics=await topic_choices(),
            filter_values={name: request.query_params.get(name, "") for name in FILTER_NAMES},
        )

    @post("/", status_code=303)
    async def create(self, request: Request) -> Redirect:
        form = await request.form()
        kind = "pack" if str(form.get("kind")) == "pack" else "opinions"
        if kind == "pack":
            topics = form.getall("topics", [])
            filters: dict[str, Any] = {
                "since": form.get("since") or None,
                "until": form.get("until") or None,
                "topics": [str(topic) for topic in topics if topic],
                "themes": [str(theme) for theme in form.getall("themes", []) if theme],
                "quotes": form.get("quotes") or None,
            }
        else:
            filters = {name: str(form.get(name)) for name in FILTER_NAMES if form.get(name)}
        job_id = await _start(
            request,
            kind,
            str(form.get("format") or ""),
            filters,
            form.get("include_personal_data") == "yes",
        )
        return Redirect(path=f"/review/exports/{job_id}", status_code=303)

    @get("/{job_id:int}", name="export_job")
    async def job(self, request: Request, job_id: int) -> Template:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        job = await _own_job(request, job_id)
        alternatives = []
        if job["status"] == "failed" and job["kind"] == "pack":
            # A pack that failed (a PDF the server cannot render) is offered in the formats
            # that need no system library.
            alternatives = [name for name in PACK_ALTERNATIVES if name != job["format"]]
        return page(
            request,
            "review/export_job.html",
            lang=lang,
            languages=dashboard_languages(),
            user=await current_user(request),
            job=job,
            alternatives=alternatives,
            pdf_unavailable=PDF_UNAVAILABLE_MESSAGE,
        )

    @get("/{job_id:int}/download")
    async def download(self, request: Request, job_id: int) -> Response:
        return await _download(request, job_id)
