"""Reviewers: sign-in, the review screens and API, and who is refused."""

from __future__ import annotations

import pytest
from conftest import wait_for

REVIEW_API_ROUTES = [
    ("get", "/api/v1/review/opinions"),
    ("get", "/api/v1/review/opinions/1"),
    ("put", "/api/v1/review/opinions/1/language"),
]
REVIEW_PAGES = ["/review", "/review/opinions/1"]


@pytest.mark.parametrize(("method", "path"), REVIEW_API_ROUTES)
def test_anonymous_api_calls_get_401(client, method, path):
    response = getattr(client, method)(
        path, **({"json": {"language": "en"}} if method == "put" else {})
    )
    assert response.status_code == 401
    assert "items" not in response.text


def test_a_wrong_token_gets_401(client):
    response = client.get("/api/v1/review/opinions", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401


@pytest.mark.parametrize("path", REVIEW_PAGES)
def test_anonymous_pages_redirect_to_login(client, path):
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


def login(client, email: str, password: str = "correct horse 42"):
    client.get("/login")
    return client.post(
        "/login",
        data={
            "email": email,
            "password": password,
            "next": "/review",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
        follow_redirects=False,
    )


def test_reviewer_signs_in_and_sees_submitted_opinions(client, make_account):
    email, _ = make_account("reviewer")
    client.post("/api/v1/opinions", json={"text": "Tolong tambah kelas bahasa Jepang malam hari."})
    response = login(client, email)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    inbox = client.get("/review")
    assert inbox.status_code == 200
    assert "Tolong tambah kelas" in inbox.text


def test_wrong_password_is_refused_then_rate_limited(client, make_account):
    email, _ = make_account("reviewer", email="limited@example.go.jp")
    for _ in range(5):
        assert login(client, email, "wrong password!").status_code == 401
    assert login(client, email).status_code == 429


def test_sign_out_ends_the_session(client, make_account):
    email, _ = make_account("reviewer")
    login(client, email)
    client.post("/logout", data={"_csrf_token": client.cookies.get("csrftoken")})
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_login_does_not_redirect_off_site(client, make_account):
    email, _ = make_account("reviewer")
    client.get("/login")
    response = client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "next": "//evil.example/",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/review"


def test_opinion_page_shows_original_and_language(client, make_account):
    email, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post(
        "/api/v1/opinions", json={"text": "Cần thêm thông tin bằng tiếng Việt về bảo hiểm y tế."}
    ).json()
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{created['id']}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    login(client, email)
    page = client.get(f"/review/opinions/{created['id']}")
    assert page.status_code == 200
    assert 'lang="vi"' in page.text
    assert "Cần thêm thông tin" in page.text


def test_reviewer_language_correction_wins_and_is_audited(client, make_account):
    _, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/api/v1/opinions", json={"text": "ok"}).json()
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{created['id']}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    response = client.put(
        f"/api/v1/review/opinions/{created['id']}/language",
        json={"language": "tl"},
        headers=headers,
    )
    assert response.status_code == 200
    assert response.json()["language"] == "tl"
    assert response.json()["language_needs_check"] is False
    bad = client.put(
        f"/api/v1/review/opinions/{created['id']}/language",
        json={"language": "Tagalog"},
        headers=headers,
    )
    assert bad.status_code == 400
    from feedback.tables import AuditEntry, Label

    labels = client.blocking_portal.call(
        lambda: Label.select().where(Label.opinion == created["id"]).run()
    )
    assert [label["value"] for label in labels] == ["tl"]
    audit = client.blocking_portal.call(
        lambda: AuditEntry.select().where(AuditEntry.action == "opinion.language").run()
    )
    assert len(audit) == 1


def test_organizer_may_read_but_not_correct(client, make_account):
    _, token = make_account("organizer")
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/api/v1/opinions", json={"text": "hello there"}).json()
    assert client.get("/api/v1/review/opinions", headers=headers).status_code == 200
    response = client.put(
        f"/api/v1/review/opinions/{created['id']}/language",
        json={"language": "en"},
        headers=headers,
    )
    assert response.status_code == 403


def test_filters_and_pagination(client, reviewer_headers):
    for text in ["Thank you for the support.", "感謝しています。", "Muchas gracias por la ayuda."]:
        client.post("/api/v1/opinions", json={"text": text})
    wait_for(
        lambda: (
            client.get(
                "/api/v1/review/opinions", params={"status": "processed"}, headers=reviewer_headers
            ).json()["total"]
            == 3
        )
    )
    japanese = client.get(
        "/api/v1/review/opinions", params={"language": "ja"}, headers=reviewer_headers
    ).json()
    assert [item["text"] for item in japanese["items"]] == ["感謝しています。"]
    first = client.get(
        "/api/v1/review/opinions", params={"per_page": 2}, headers=reviewer_headers
    ).json()
    second = client.get(
        "/api/v1/review/opinions", params={"per_page": 2, "page": 2}, headers=reviewer_headers
    ).json()
    assert first["total"] == 3 and len(first["items"]) == 2 and len(second["items"]) == 1
    future = client.get(
        "/api/v1/review/opinions", params={"since": "2999-01-01"}, headers=reviewer_headers
    ).json()
    assert future["total"] == 0
    for bad in ({"status": "lost"}, {"since": "yesterday"}, {"language": "Japanese"}):
        response = client.get("/api/v1/review/opinions", params=bad, headers=reviewer_headers)
        assert response.status_code == 400, bad
        assert response.json()["extra"]["field"] in bad


def test_overview_shows_counts_as_charts(client, make_account):
    email, _ = make_account("organizer")
    for text in ["Thank you for the support.", "感謝しています。", "More buses please."]:
        client.post("/api/v1/opinions", json={"text": text, "region": "JP-13"})
    login(client, email)
    page = client.get("/review/overview")
    assert page.status_code == 200
    assert page.text.count("<svg") >= 3
    assert "3 opinions" in page.text or "3" in page.text
    assert "Tokyo" in page.text or "東京都" in page.text
    assert client.get("/review/overview", params={"since": "soon"}).status_code == 400


def test_theme_board_comes_in_pages_largest_first(client, make_account):
    """51 themes (sizes 3, 2, then 1 each, made by splitting opinions off): the API pages on
    request and says how many there are; the board page shows 50 and links to the rest."""
    email, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    ids = [
        client.post("/api/v1/opinions", json={"text": f"Opinion number {n} on the buses."}).json()[
            "id"
        ]
        for n in range(54)
    ]
    groups = [ids[:3], ids[3:5], *([opinion] for opinion in ids[5:])]
    themes = []
    for number, group in enumerate(groups):
        moved = client.post(
            "/api/v1/review/themes/move",
            json={"ids": group, "theme": None, "title": f"Theme {number}"},
            headers=headers,
        )
        assert moved.status_code == 200, moved.text
        themes.append(moved.json()["theme"])

    everything = client.get("/api/v1/review/themes", headers=headers)
    assert everything.headers["X-Total-Count"] == "51" and len(everything.json()) == 51
    first = client.get("/api/v1/review/themes", params={"per_page": 2}, headers=headers)
    assert [(card["id"], card["weight"]) for card in first.json()] == [
        (themes[0], 3),
        (themes[1], 2),
    ]
    last = client.get(
        "/api/v1/review/themes", params={"per_page": 2, "page": 26}, headers=headers
    ).json()
    assert len(last) == 1 and last[0]["weight"] == 1
    for bad in ({"per_page": 0}, {"per_page": 501}, {"page": 0}):
        response = client.get("/api/v1/review/themes", params=bad, headers=headers)
        assert response.status_code == 400, bad
        assert response.json()["extra"]["field"] in bad

    login(client, email)
    board = client.get("/review/themes")
    assert board.text.count('class="theme-card"') == 50 and "page_number=2" in board.text
    rest = client.get("/review/themes", params={"page_number": 2})
    assert rest.text.count('class="theme-card"') == 1 and "page_number=1" in rest.text
    beyond = client.get("/review/themes", params={"page_number": 9})
    assert "No themes yet" not in beyond.text and "page_number=8" in beyond.text
    # The inbox pages the same way (50 opinions a page).
    inbox = client.get("/review", params={"status": "new"})
    assert 'href="/review?page_number=2&amp;status=new' in inbox.text


def test_a_reviewer_regroups_now_from_the_board(client, make_account):
    """The board's "Regroup now" queues the regroup job (audited) and says so; organizers
    may read the board but not regroup."""
    email, token = make_account("reviewer")
    login(client, email)
    board = client.get("/review/themes")
    assert 'action="/review/themes/regroup"' in board.text
    started = client.post(
        "/review/themes/regroup",
        data={"_csrf_token": client.cookies.get("csrftoken")},
        follow_redirects=False,
    )
    assert started.status_code == 303
    assert started.headers["location"] == "/review/themes?regroup=queued"
    assert 'role="status"' in client.get(started.headers["location"]).text
    api = client.post("/api/v1/review/themes/regroup", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 202 and api.json()["queued"] is True

    _, organizer = make_account("organizer")
    headers = {"Authorization": f"Bearer {organizer}"}
    assert client.post("/api/v1/review/themes/regroup", headers=headers).status_code == 403
    admin_email, admin = make_account("admin")
    audit = client.get("/api/v1/admin/audit", headers={"Authorization": f"Bearer {admin}"}).json()
    entries = audit["items"] if isinstance(audit, dict) else audit
    assert sum(entry["action"] == "regroup" for entry in entries) == 2
