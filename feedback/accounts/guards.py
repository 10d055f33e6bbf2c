"""Who may: resolve the current user (session cookie or bearer token) and refuse everyone else.

An anonymous request to the JSON API gets 401; to an HTML page, a redirect to /login.
"""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from feedback.accounts.services import CurrentUser, account_by_id, account_for_token

USER_SCOPE_KEY = "feedback_user"


class LoginRequired(NotAuthorizedException):
    """Raised for anonymous HTML requests; the app turns it into a redirect to /login."""


async def current_user(connection: ASGIConnection) -> CurrentUser | None:
    if USER_SCOPE_KEY in connection.scope:
        return connection.scope[USER_SCOPE_KEY]  # type: ignore[literal-required]
    user: CurrentUser | None = None
    authorization = connection.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        user = await account_for_token(authorization[7:].strip())
    else:
        session = connection.scope.get("session") or {}
        account_id = session.get("account_id") if isinstance(session, dict) else None
        if isinstance(account_id, int):
            user = await account_by_id(account_id)
    connection.scope[USER_SCOPE_KEY] = user  # type: ignore[literal-required]
    return user


def _is_api(connection: ASGIConnection) -> bool:
    return connection.url.path.startswith("/api/")


def require_roles(*roles: str):
    """A guard that lets in signed-in users whose role is one of `roles`."""

    async def guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
        user = await current_user(connection)
        if user is None:
            if _is_api(connection):
                raise NotAuthorizedException(
                    "sign in or send an API token (Authorization: Bearer ...)"
                )
            raise LoginRequired("sign in to continue")
        if user.role not in roles:
            raise PermissionDeniedException(
                f"your role ({user.role}) may not do this; it needs one of: {', '.join(roles)}"
            )

    return guard


any_staff = require_roles("reviewer", "organizer", "admin")
reviewers = require_roles("reviewer", "admin")
admins = require_roles("admin")
exporters = require_roles("organizer", "admin")
