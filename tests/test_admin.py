"""Administrators: accounts and roles, the topic taxonomy, the audit log."""

from __future__ import annotations

import json

from conftest import run_cli


def _sign_in(client, email):
    client.get("/login")
    client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    return client.cookies.get("csrftoken")


def test_admin_manages_accounts_and_every_change_is_audited(client, make_account):
    admin_email, admin_token = make_account("admin")
    token = _sign_in(client, admin_email)
    created = client.post(
        "/admin/accounts",
        data={
            "email": "new.reviewer@example.go.jp",
            "password": "long enough pw",
            "role": "reviewer",
            "_csrf_token": token,
        },
    )
    assert created.status_code == 200 and "new.reviewer@example.go.jp" in created.text
    short = client.post(
        "/admin/accounts",
        data={
            "email": "x@example.go.jp",
            "password": "short",
            "role": "reviewer",
            "_csrf_token": token,
        },
    )
    assert short.status_code == 400 and "at least" in short.text
    from feedback.tables import Account

    account = client.blocking_portal.call(
        lambda: (
            Account.select(Account.id)
            .where(Account.email == "new.reviewer@example.go.jp")
            .first()
            .run()
        )
    )
    client.post(
        f"/admin/accounts/{account['id']}", data={"role": "organizer", "_csrf_token": token}
    )
    row = client.blocking_portal.call(
        lambda: Account.select().where(Account.id == account["id"]).first().run()
    )
    assert row["role"] == "organizer" and row["active"] is False  # the box was not ticked
    me = client.blocking_portal.call(
        lambda: Account.select(Account.id).where(Account.email == admin_email).first().run()
    )
    refused = client.post(
        f"/admin/accounts/{me['id']}",
        data={"role": "reviewer", "active": "yes", "_csrf_token": token},
    )
    assert refused.status_code == 400
    audit = client.get(
        "/api/v1/admin/audit", headers={"Authorization": f"Bearer {admin_token}"}
    ).json()
    actions = [item["action"] for item in audit["items"]]
    assert "account.update" in actions and "account.create" in actions
    assert "account.update" in client.get("/admin/audit").text


def test_taxonomy_is_seeded_and_editable(client, make_account):
    admin_email, _ = make_account("admin")
    token = _sign_in(client, admin_email)
    page = client.get("/admin/topics").text
    assert "housing" in page and "在留手続" in page
    client.post(
        "/admin/topics",
        data={
            "slug": "night-classes-test",
            "name_ja": "夜間教室",
            "name_en": "Night classes",
            "description": "Evening Japanese classes",
            "examples": "More evening classes please\n夜の日本語教室を増やして",
            "_csrf_token": token,
        },
    )
    page = client.get("/admin/topics").text
    assert "Night classes" in page and "夜の日本語教室を増やして" in page
    bad = client.post(
        "/admin/topics",
        data={"slug": "Bad Slug!", "name_ja": "x", "name_en": "x", "_csrf_token": token},
    )
    assert bad.status_code == 400


def test_topics_import_from_a_file(tmp_path):
    env = {"FEEDBACK_VAR_DIR": str(tmp_path), "FEEDBACK_DATABASE_URL": f"sqlite:///{tmp_path}/t.db"}
    assert run_cli(["db", "migrate"], env).returncode == 0
    taxonomy = {
        "topics": [
            {
                "slug": "parking",
                "name": {"ja": "駐車場", "en": "Parking"},
                "description": "Car parks",
                "examples": ["No parking near the station"],
            }
        ]
    }
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(taxonomy, ensure_ascii=False), encoding="utf-8")
    result = run_cli(["topics", "import", str(path)], env)
    assert result.returncode == 0, result.stderr
    assert "imported 1 topics" in result.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("topics: [{slug: x}]", encoding="utf-8")
    failed = run_cli(["topics", "import", str(broken)], env)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
