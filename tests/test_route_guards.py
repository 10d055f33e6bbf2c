"""Every route refuses anonymous and wrong-role requests.

The test walks the app's route table: a route missing from ACCESS fails the test, so a new
route cannot be added without saying who may use it.
"""

from __future__ import annotations

import re

import pytest

PUBLIC = "public"
STAFF = {"reviewer", "organizer", "admin"}
REVIEWERS = {"reviewer", "admin"}
EXPORTERS = {"organizer", "admin"}
ADMINS = {"admin"}

# (method, path pattern) -> who may
ACCESS: dict[tuple[str, str], object] = {
    ("GET", "/"): PUBLIC,
    ("POST", "/"): PUBLIC,
    ("GET", "/status"): PUBLIC,
    ("GET", "/privacy"): PUBLIC,
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): PUBLIC,
    ("GET", "/healthz"): PUBLIC,
    ("POST", "/api/v1/opinions"): PUBLIC,
    ("GET", "/api/v1/opinions/status/{receipt_code:str}"): PUBLIC,
    ("GET", "/review"): STAFF,
    ("GET", "/review/opinions/{opinion_id:int}"): STAFF,
    ("GET", "/review/overview"): STAFF,
    ("GET", "/review/themes"): STAFF,
    ("POST", "/review/themes/{theme_id:int}/rename"): REVIEWERS,
    ("POST", "/review/themes/{theme_id:int}/merge"): REVIEWERS,
    ("GET", "/api/v1/review/themes"): STAFF,
    ("PATCH", "/api/v1/review/themes/{theme_id:int}"): REVIEWERS,
    ("PATCH", "/api/v1/review/themes/groups/{group_id:int}"): REVIEWERS,
    ("POST", "/review/themes/groups/{group_id:int}/rename"): REVIEWERS,
    ("POST", "/api/v1/review/themes/{theme_id:int}/merge"): REVIEWERS,
    ("POST", "/api/v1/review/themes/move"): REVIEWERS,
    ("POST", "/api/v1/review/themes/regroup"): REVIEWERS,
    ("POST", "/review/themes/regroup"): REVIEWERS,
    ("GET", "/review/opinions/{opinion_id:int}/original"): ADMINS,
    ("GET", "/api/v1/review/opinions/{opinion_id:int}/original"): ADMINS,
    ("POST", "/review/opinions/{opinion_id:int}/language"): REVIEWERS,
    ("POST", "/review/opinions/{opinion_id:int}/triage"): REVIEWERS,
    ("POST", "/review/opinions/{opinion_id:int}/notes"): REVIEWERS,
    ("POST", "/review/bulk"): REVIEWERS,
    ("GET", "/api/v1/review/opinions"): STAFF,
    ("GET", "/api/v1/review/opinions/{opinion_id:int}"): STAFF,
    ("PATCH", "/api/v1/review/opinions/{opinion_id:int}"): REVIEWERS,
    ("POST", "/api/v1/review/opinions/bulk"): REVIEWERS,
    ("POST", "/api/v1/review/opinions/{opinion_id:int}/notes"): REVIEWERS,
    ("PUT", "/api/v1/review/opinions/{opinion_id:int}/language"): REVIEWERS,
    ("POST", "/api/v1/exports/opinions"): EXPORTERS,
    ("POST", "/api/v1/exports/packs"): EXPORTERS,
    ("GET", "/api/v1/exports/{job_id:int}"): EXPORTERS,
    ("GET", "/api/v1/exports/{job_id:int}/download"): EXPORTERS,
    ("GET", "/review/exports"): EXPORTERS,
    ("POST", "/review/exports"): EXPORTERS,
    ("GET", "/review/exports/{job_id:int}"): EXPORTERS,
    ("GET", "/review/exports/{job_id:int}/download"): EXPORTERS,
    ("GET", "/api/v1/admin/audit"): ADMINS,
    ("DELETE", "/api/v1/admin/opinions/{receipt_code:str}"): ADMINS,
    ("GET", "/admin"): ADMINS,
    ("POST", "/admin/accounts"): ADMINS,
    ("POST", "/admin/accounts/{account_id:int}"): ADMINS,
    ("GET", "/admin/topics"): ADMINS,
    ("POST", "/admin/topics"): ADMINS,
    ("GET", "/admin/audit"): ADMINS,
    # Replies to residents (issue 16): organizers read them but never send one.
    ("GET", "/api/v1/review/opinions/{opinion_id:int}/replies"): STAFF,
    ("POST", "/api/v1/review/opinions/{opinion_id:int}/replies"): REVIEWERS,
    ("GET", "/api/v1/review/opinions/{opinion_id:int}/replies/recipients"): STAFF,
    ("POST", "/api/v1/review/opinions/{opinion_id:int}/replies/preview"): REVIEWERS,
    ("POST", "/api/v1/review/opinions/{opinion_id:int}/replies/{reply_id:int}/send"): REVIEWERS,
    ("POST", "/review/opinions/{opinion_id:int}/replies/{reply_id:int}/send"): REVIEWERS,
    ("DELETE", "/api/v1/review/opinions/{opinion_id:int}/replies/{reply_id:int}"): REVIEWERS,
    ("POST", "/review/opinions/{opinion_id:int}/replies/{reply_id:int}/discard"): REVIEWERS,
    ("GET", "/api/v1/review/reply-templates"): STAFF,
    ("PUT", "/api/v1/admin/reply-templates/{slug:str}"): ADMINS,
    ("GET", "/api/v1/admin/consultation-centres"): ADMINS,
    ("PUT", "/api/v1/admin/consultation-centres/{prefecture:str}"): ADMINS,
    ("POST", "/review/opinions/{opinion_id:int}/replies"): REVIEWERS,
    ("POST", "/review/opinions/{opinion_id:int}/replies/preview"): REVIEWERS,
    ("GET", "/admin/replies"): ADMINS,
    ("POST", "/admin/replies/templates/{slug:str}"): ADMINS,
    ("POST", "/admin/replies/centres/{prefecture:str}"): ADMINS,
}
# Served by litestar itself, public by design: the API's schema and the stylesheet.
INFRASTRUCTURE = re.compile(r"^/(api/schema|static)(/|$)")


def app_routes(app) -> list[tuple[str, str]]:
    routes = []
    for route in app.routes:
        if INFRASTRUCTURE.match(route.path):
            continue
        for method in sorted(getattr(route, "methods", set()) - {"HEAD", "OPTIONS"}):
            routes.append((method, route.path_format if False else route.path))
    return routes


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def test_every_route_is_listed(client):
    unlisted = [route for route in app_routes(client.app) if route not in ACCESS]
    assert unlisted == [], f"say who may use these routes in ACCESS: {unlisted}"


def _request(client, method, path, headers=None):
    return client.request(
        method,
        concrete(path),
        headers=headers or {},
        follow_redirects=False,
        json={} if method != "GET" else None,
    )


def test_anonymous_requests_are_refused(client):
    for method, path in app_routes(client.app):
        if ACCESS[(method, path)] is PUBLIC:
            continue
        response = _request(client, method, path)
        if path.startswith("/api/"):
            assert response.status_code == 401, (method, path, response.status_code)
        else:
            # Pages redirect to the sign-in page; form posts without a session are refused too.
            assert response.status_code in (303, 401, 403), (method, path, response.status_code)
            if response.status_code == 303:
                assert response.headers["location"].startswith("/login")
            assert "receipt_code" not in response.text


@pytest.mark.parametrize("role", sorted(STAFF))
def test_wrong_roles_are_refused(client, make_account, role):
    _, token = make_account(role)
    headers = {"Authorization": f"Bearer {token}"}
    for method, path in app_routes(client.app):
        allowed = ACCESS[(method, path)]
        if allowed is PUBLIC or role in allowed or not path.startswith("/api/"):
            continue
        response = _request(client, method, path, headers)
        assert response.status_code == 403, (role, method, path, response.status_code)


@pytest.mark.parametrize("role", sorted(STAFF))
def test_wrong_roles_are_refused_on_pages(client, make_account, role):
    email, _ = make_account(role)
    client.get("/login")
    client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    token = client.cookies.get("csrftoken")
    for method, path in app_routes(client.app):
        allowed = ACCESS[(method, path)]
        if allowed is PUBLIC or role in allowed or path.startswith("/api/"):
            continue
        response = client.request(
            method,
            concrete(path),
            data={"_csrf_token": token} if method == "POST" else None,
            follow_redirects=False,
        )
        assert response.status_code == 403, (role, method, path, response.status_code)
