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
_failures: dict[str, deque[float]] = defaultdict(deque)


def _too_many(key: str) -> bool:
    attempts = _failures[key]
    cutoff = time.monotonic() - LOGIN_WINDOW_SECONDS
    while attempts and attempts[0] < cutoff:
        attempts.popleft()
    return len(attempts) >= LOGIN_ATTEMPTS


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
        if _too_many(key):
            return page(
                request, "login.html", lang=lang, status_code=429, next=target, email=email,
                error=_("Too many failed attempts. Please wait 15 minutes and try again."),
            )  # fmt: skip
        user = await authenticate(email, password)
        if user is None:
            _failures[key].append(time.monotonic())
            return page(
                request, "login.html", lang=lang, status_code=401, next=target, email=email,
                error=_("The e-mail address or password is not correct."),
            )  # fmt: skip
        _failures.pop(key, None)
        request.clear_session()
        request.set_session({"account_id": user.id})
        return Redirect(path=target, status_code=303)

    @post("/logout", status_code=303)
    async def logout(self, request: Request) -> Redirect:
        request.clear_session()
        return Redirect(path="/login", status_code=303)
