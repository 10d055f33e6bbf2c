"""Retention: contact e-mails expire; one opinion can be deleted on its resident's request."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import run_cli


def test_delete_an_opinion_on_request_is_admin_only_and_audited(client, make_account):
    _, admin = make_account("admin")
    _, reviewer = make_account("reviewer")
    created = client.post("/api/v1/opinions", json={"text": "Please delete this later"}).json()
    code = created["receipt_code"]
    refused = client.delete(
        f"/api/v1/admin/opinions/{code}", headers={"Authorization": f"Bearer {reviewer}"}
    )
    assert refused.status_code == 403
    deleted = client.delete(
        f"/api/v1/admin/opinions/{code}", headers={"Authorization": f"Bearer {admin}"}
    )
    assert deleted.status_code == 204
    assert client.get(f"/api/v1/opinions/status/{code}").status_code == 404
    again = client.delete(
        f"/api/v1/admin/opinions/{code}", headers={"Authorization": f"Bearer {admin}"}
    )
    assert again.status_code == 404
    audit = client.get(
        "/api/v1/admin/audit",
        params={"action": "opinion.delete"},
        headers={"Authorization": f"Bearer {admin}"},
    ).json()
    assert audit["items"][0]["before"] == {"receipt_code": code}
    assert "Please delete" not in str(audit)


def test_purge_contacts_and_opinion_from_the_cli(tmp_path):
    env = {"FEEDBACK_VAR_DIR": str(tmp_path), "FEEDBACK_DATABASE_URL": f"sqlite:///{tmp_path}/r.db"}
    assert run_cli(["db", "migrate"], env).returncode == 0
    run_cli(
        ["users", "create", "admin@example.go.jp", "--role", "admin", "--password-stdin"],
        env,
        "long password here\n",
    )
    old = tmp_path / "old.jsonl"
    old_date = (datetime.now(UTC) - timedelta(days=400)).date().isoformat()
    old.write_text(
        f'{{"text": "old opinion", "date": "{old_date}"}}\n{{"text": "new opinion"}}\n',
        encoding="utf-8",
    )
    assert run_cli(["import", str(old)], env).returncode == 0

    import asyncio

    from feedback.config import load_settings
    from feedback.db import close_database, open_database
    from feedback.tables import Opinion

    async def set_emails_and_read():
        engine = await open_database(load_settings(env))
        try:
            await Opinion.update({Opinion.contact_email: "someone@example.com"}, force=True)
            return await Opinion.select(Opinion.receipt_code, Opinion.text).order_by(Opinion.id)
        finally:
            await close_database(engine)

    rows = asyncio.run(set_emails_and_read())
    purged = run_cli(["purge", "contacts", "--days", "180"], env)
    assert purged.returncode == 0 and "deleted 1 contact e-mail(s)" in purged.stdout
    refused = run_cli(
        ["purge", "opinion", rows[0]["receipt_code"], "--admin", "nobody@example.go.jp"], env
    )
    assert refused.returncode == 1 and "not an active admin" in refused.stderr
    done = run_cli(
        ["purge", "opinion", rows[0]["receipt_code"], "--admin", "admin@example.go.jp"], env
    )
    assert done.returncode == 0, done.stderr
    missing = run_cli(
        ["purge", "opinion", rows[0]["receipt_code"], "--admin", "admin@example.go.jp"], env
    )
    assert missing.returncode == 1 and "no opinion" in missing.stderr
