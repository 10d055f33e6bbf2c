"""Opinion text with HTML, scripts, formulas, bidi overrides and huge words is shown inert."""

from __future__ import annotations

from conftest import wait_for

HOSTILE = [
    "<script>alert('x')</script> please read",
    '<img src=x onerror="alert(1)"> hello',
    "=cmd|' /C calc'!A0 formula",
    "Invoice \u202egnp.exe\u202c attached",
    "A" * 9_000,
]


def test_hostile_text_is_inert_on_every_screen(client, make_account):
    email, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    ids = [client.post("/api/v1/opinions", json={"text": text}).json()["id"] for text in HOSTILE]

    def statuses():
        return [
            client.get(f"/api/v1/review/opinions/{i}", headers=headers).json()["processing_status"]
            for i in ids
        ]

    try:
        wait_for(lambda: set(statuses()) == {"processed"}, timeout=90)
    except AssertionError:
        raise AssertionError(f"statuses: {statuses()}") from None
    wait_for(
        lambda: all(
            client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
            for opinion_id in ids
        )
    )
    client.get("/login")
    client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    pages = [client.get("/review").text] + [
        client.get(f"/review/opinions/{opinion_id}").text for opinion_id in ids
    ]
    for html in pages:
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "\u202e" not in html
    assert "&lt;script&gt;alert(" in pages[1 + 0]
    assert "&lt;img src=x onerror=" in pages[1 + 1]
    # The page itself stays a page: its own script policy forbids inline scripts anyway.
    response = client.get(f"/review/opinions/{ids[0]}")
    assert "script-src 'self'" in response.headers["content-security-policy"]
