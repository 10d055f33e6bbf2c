"""Personal data in an opinion: hidden from reviewers, translations and exports; the original
is for admins only, and each read is audited."""

from __future__ import annotations

from conftest import wait_for

TEXT = (
    "保育園の申請について相談したいです。電話番号は090-1234-5678、メールはtaro@example.com です。"
)


def _processed(client, headers, opinion_id):
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    return client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()


def test_reviewers_see_redacted_text_and_admins_can_read_the_original(client, make_account):
    _, reviewer = make_account("reviewer")
    _, admin = make_account("admin")
    created = client.post(
        "/api/v1/opinions", json={"text": TEXT, "contact_email": "reply@example.com"}
    ).json()
    opinion = _processed(client, {"Authorization": f"Bearer {reviewer}"}, created["id"])
    assert "090-1234-5678" not in opinion["text"] and "taro@example.com" not in opinion["text"]
    assert opinion["text_redacted"] is True
    assert set(opinion["pii_kinds"]) == {"phone", "email"}
    for translation in opinion["translations"]:
        assert "090-1234-5678" not in translation["text"]
    listing = client.get("/api/v1/review/opinions", headers={"Authorization": f"Bearer {reviewer}"})
    assert "090-1234-5678" not in listing.text and "reply@example.com" not in listing.text

    refused = client.get(
        f"/api/v1/review/opinions/{created['id']}/original",
        headers={"Authorization": f"Bearer {reviewer}"},
    )
    assert refused.status_code == 403
    original = client.get(
        f"/api/v1/review/opinions/{created['id']}/original",
        headers={"Authorization": f"Bearer {admin}"},
    )
    assert original.status_code == 200
    assert original.json() == {
        "text": TEXT,
        "contact_email": "reply@example.com",
        "original_encoding": None,  # "zawgyi" where Burmese was converted at intake
    }
    history = _processed(client, {"Authorization": f"Bearer {admin}"}, created["id"])["history"]
    assert [entry["action"] for entry in history] == ["opinion.read_original"]


def test_exports_and_packs_carry_no_personal_data(client, make_account):
    from conftest import wait_for as wait

    _, organizer = make_account("organizer")
    headers = {"Authorization": f"Bearer {organizer}"}
    created = client.post(
        "/api/v1/opinions", json={"text": TEXT, "contact_email": "reply@example.com"}
    ).json()
    _processed(client, headers, created["id"])
    for endpoint, format_name in [
        ("opinions", "csv"),
        ("opinions", "json"),
        ("packs", "pack-md"),
        ("packs", "pack-html"),
    ]:
        job = client.post(
            f"/api/v1/exports/{endpoint}", json={"format": format_name}, headers=headers
        ).json()
        wait(
            lambda job=job: (
                client.get(f"/api/v1/exports/{job['id']}", headers=headers).json()["status"]
                == "done"
            )
        )
        content = client.get(
            f"/api/v1/exports/{job['id']}/download", headers=headers
        ).content.decode("utf-8-sig")
        for secret in ("090-1234-5678", "taro@example.com", "reply@example.com"):
            assert secret not in content, (format_name, secret)
        assert "[PHONE]" in content or "[電話" in content or "PHONE" in content
