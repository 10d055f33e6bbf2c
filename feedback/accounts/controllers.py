"""Sign in and sign out of the dashboard."""

from __future__ import annotations

import time
from collections import defaultdict, deque

from litestar import Controller, Request, get, post
from litestar.response import Redirect, Template

from feedback import i18n
from feedback.accounts.services import authenticate
from feedback.web import interface_language, page

# Five wrong passwords per e-mail and client in 15 minutes, then a pause: slows guessing
# without locking a reviewer out for long.
LOGIN_ATTEMPTS = 5
LOGIN_WINDOW_SECONDS = 15 * 60


class LoginThrottle:
    """Failed sign-ins per (e-mail, client) in a sliding window; one per app, in memory."""

    def __init__(
        self, attempts: int = LOGIN_ATTEMPTS, window: float = LOGIN_WINDOW_SECONDS
    ) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def blocked(self, key: str) -> bool:
        failures = self._failures[key]
        cutoff = time.monotonic() - self.window
        while failures and failures[0] < cutoff:
            failures.popleft()
        if not failures:
            del self._failures[key]
            return False
        return len(failures) >= self.attempts

    def failed(self, key: str) -> None:
        self._failures[key].append(time.monotonic())

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)


def _safe_next(target: str | None) -> str:
    # Only paths on this site: an open redirect would let a phishing link borrow our domain.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/review"


class LoginPages(Controller):
    include_in_schema = False

    @get("/login", name="login")
    async def login_form(self, request: Request, next: str | None = None) -> Template:  # noqa: A002
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        return page(request, "login.html", lang=lang, next=_safe_next(next), error=None, email="")

    @post("/login", status_code=303)
    async def login(self, request: Request) -> Template | Redirect:
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        _ = i18n.gettext_for(lang)
        form = await request.form()
        email = str(form.get("email") or "").strip().lower()
        password = str(form.get("password") or "")
        target = _safe_next(str(form.get("next") or ""))
        key = f"{email}|{request.client.host if request.client else ''}"
        throttle: LoginThrottle = request.app.state.login_throttle
        if throttle.blocked(key):
            return page(
                request, "login.html", lang=lang, status_code=429, next=target, email=email,
                error=_("Too many failed attempts. Please wait 15 minutes and try again."),
            )  # fmt: skip
        user = await authenticate(email, password)
        if user is None:
            throttle.failed(key)
            return page(
                request, "login.html", lang=lang, status_code=401, next=target, email=email,
                error=_("The e-mail address or password is not correct."),
            )  # fmt: skip
        throttle.succeeded(key)
        request.clear_session()
        request.set_session({"account_id": user.id})
        return Redirect(path=target, status_code=303)

    @post("/logout", status_code=303)
    async def logout(self, request: Request) -> Redirect:
        request.clear_session()
        return Redirect(path="/login", status_code=303)
