"""The one place that wires the web app: routes, templates, sessions, CSRF, queue, database."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING
from urllib.parse import quote

from litestar import Litestar, Request, Response, get
from litestar.config.csrf import CSRFConfig
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.datastructures import State
from litestar.exceptions import HTTPException
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.openapi import OpenAPIConfig
from litestar.response import Redirect
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from feedback import api
from feedback.accounts.controllers import LoginPages, LoginThrottle
from feedback.accounts.guards import LoginRequired
from feedback.admin.controllers import AdminApi, AdminOpinionApi, AdminPages
from feedback.config import Settings, load_settings
from feedback.db import close_database, open_database
from feedback.exports.controllers import ExportApi, ExportPages
from feedback.intake.controllers import (
    OpinionApi,
    PublicPages,
    TooManySubmissions,
    too_many_submissions,
)
from feedback.paths import STATIC_DIR, TEMPLATES_DIR
from feedback.replies.controllers import (
    ReplyAdminApi,
    ReplyAdminPages,
    ReplyApi,
    ReplyDraftPages,
    ReplyPages,
    ReplyTemplateApi,
)
from feedback.review.controllers import ReviewApi, ReviewPages
from feedback.review.theme_controllers import ThemeApi, ThemePages
from workers.queue import ArqJobQueue, JobQueue

if TYPE_CHECKING:
    from feedback.intake.ratelimit import RateLimiter

log = logging.getLogger(__name__)

MAX_BODY_BYTES = api.MAX_BODY_BYTES

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


def _login_redirect(request: Request, _: LoginRequired) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return Redirect(path=f"/login?next={quote(target)}", status_code=303)


def _unavailable(request: Request, error: Exception) -> Response:
    log.warning("database unavailable for %s: %s", request.url.path, error)
    return api.error_response(
        503, "the service is briefly unavailable; try again shortly", headers={"retry-after": "10"}
    )


def _out_of_range(request: Request, error: Exception) -> Response:
    # An id or count larger than the database's integers: the client's mistake, not ours.
    return api.error_response(400, "a number in the request is out of range")


def _not_utf8(request: Request, error: Exception) -> Response:
    return api.error_response(400, "the request is not valid UTF-8; send the text encoded as UTF-8")


def _database_errors() -> list[type[Exception]]:
    errors: list[type[Exception]] = [ConnectionError, OSError]
    try:
        import asyncpg

        errors += [
            asyncpg.exceptions.PostgresConnectionError,
            asyncpg.exceptions.CannotConnectNowError,
        ]
        errors += [asyncpg.exceptions.InterfaceError, asyncpg.exceptions.OperatorInterventionError]
    except ImportError:  # pragma: no cover
        pass
    return errors


async def _security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


@get("/healthz", include_in_schema=False, sync_to_thread=False)
def healthz(state: State) -> dict[str, str]:
    return {"status": "ok", "queue": state.queue_kind}


def create_app(settings: Settings | None = None, job_queue: JobQueue | None = None) -> Litestar:
    settings = settings or load_settings()
    secret = hashlib.sha256(settings.require_secret_key()).digest()

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        engine = await open_database(settings)
        queue: JobQueue
        if job_queue is not None:
            queue = job_queue
        elif settings.redis_url:
            queue = ArqJobQueue(settings.redis_url, settings.queue_name)
        else:
            # Imported here, not at the top: the task code imports the web package's tables
            # and services, and the web package must not import it back at load time.
            from workers.registry import embedded_runner

            runner = embedded_runner(settings)
            await runner.start()
            queue = runner
        app.state.job_queue = queue
        limiter: RateLimiter
        if settings.redis_url:
            from feedback.intake.ratelimit import RedisRateLimiter

            limiter = RedisRateLimiter(
                settings.redis_url,
                settings.submission_limit,
                settings.submission_window_seconds,
                settings.queue_name,
            )
        else:
            from feedback.intake.ratelimit import MemoryRateLimiter

            limiter = MemoryRateLimiter(
                settings.submission_limit, settings.submission_window_seconds
            )
        app.state.submission_limiter = limiter
        app.state.queue_kind = "embedded" if settings.embedded_queue else "redis"
        # The admin page's system check (feedback.doctor) reads the settings the app runs with.
        app.state.settings = settings
        try:
            yield
        finally:
            await limiter.close()
            await queue.close()
            await close_database(engine)

    exception_handlers: dict = {
        LoginRequired: _login_redirect,
        # Every other HTTP error (400, 401, 403, 404, 405, 413, ...) as the API's ErrorBody.
        HTTPException: api.render_error,
        TooManySubmissions: too_many_submissions,
        OverflowError: _out_of_range,
        UnicodeError: _not_utf8,
    }
    try:
        import asyncpg

        exception_handlers[asyncpg.exceptions.DataError] = _out_of_range
        exception_handlers[asyncpg.exceptions.NumericValueOutOfRangeError] = _out_of_range
    except ImportError:  # pragma: no cover
        pass
    for error in _database_errors():
        exception_handlers[error] = _unavailable

    app = Litestar(
        route_handlers=[
            PublicPages,
            OpinionApi,
            LoginPages,
            ReviewPages,
            ReviewApi,
            ThemeApi,
            ThemePages,
            ExportApi,
            ExportPages,
            AdminApi,
            AdminOpinionApi,
            AdminPages,
            ReplyApi,
            ReplyTemplateApi,
            ReplyPages,
            ReplyDraftPages,
            ReplyAdminApi,
            ReplyAdminPages,
            healthz,
            create_static_files_router(
                path="/static", directories=[STATIC_DIR], include_in_schema=False
            ),
        ],
        lifespan=[lifespan],
        state=State({"settings": settings, "login_throttle": LoginThrottle()}),
        template_config=TemplateConfig(directory=TEMPLATES_DIR, engine=JinjaTemplateEngine),
        middleware=[
            CookieBackendConfig(
                secret=secret,
                key="feedback_session",
                httponly=True,
                samesite="lax",
                secure=settings.secure_cookies,
                max_age=8 * 3600,
            ).middleware
        ],
        csrf_config=CSRFConfig(
            secret=secret.hex(),
            cookie_name="csrftoken",
            cookie_httponly=True,
            cookie_samesite="lax",
            cookie_secure=settings.secure_cookies,
            exclude=["/api/"],
        ),
        openapi_config=OpenAPIConfig(title="Opinion box API", version="1.0.0", path="/api/schema"),
        request_max_body_size=MAX_BODY_BYTES,
        exception_handlers=exception_handlers,
        after_request=_security_headers,
        before_send=[api.complete_allow_header],
        before_request=api.strict_json_body,
        plugins=[api.StrictStructSchemaPlugin()],
    )
    api.complete_document(app)
    return app
