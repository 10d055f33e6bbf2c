"""Accounts, the topic taxonomy and the audit log, for administrators. Every change audited."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from feedback.accounts.services import CurrentUser
from feedback.review.services import ReviewError, audit
from feedback.tables import ROLES, Account, AuditEntry, Opinion, Topic

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


async def accounts() -> list[dict[str, Any]]:
    return await Account.select(
        Account.id, Account.email, Account.display_name, Account.role, Account.active,
        Account.created_at, Account.last_login_at,
    ).order_by(Account.email)  # fmt: skip


async def update_account(
    admin: CurrentUser, account_id: int, role: str | None = None, active: bool | None = None
) -> None:
    row = (
        await Account.select(Account.role, Account.active, Account.email)
        .where(Account.id == account_id)
        .first()
    )
    if row is None:
        raise LookupError(account_id)
    if role is not None and role not in ROLES:
        raise ReviewError("role", f"role must be one of {', '.join(ROLES)}")
    if account_id == admin.id and (role not in (None, "admin") or active is False):
        raise ReviewError("role", "you cannot remove your own admin rights; ask another admin")
    changes: dict[Any, Any] = {}
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    if role is not None and role != row["role"]:
        changes[Account.role], before["role"], after["role"] = role, row["role"], role
    if active is not None and active != row["active"]:
        changes[Account.active], before["active"], after["active"] = active, row["active"], active
    if changes:
        await Account.update(changes).where(Account.id == account_id)
        await audit(
            admin, "account.update", "account", account_id, {"email": row["email"], **before}, after
        )


async def topics() -> list[dict[str, Any]]:
    rows = await Topic.select().order_by(Topic.position)
    for row in rows:
        if isinstance(row["examples"], str):
            row["examples"] = json.loads(row["examples"])
    return rows


def _topic_values(
    name_ja: str, name_en: str, description: str, examples: list[str]
) -> dict[Any, Any]:
    name_ja, name_en = name_ja.strip(), name_en.strip()
    if not name_ja or not name_en:
        raise ReviewError("name", "a topic needs a name in Japanese and in English")
    cleaned = [example.strip() for example in examples if example.strip()]
    if len(cleaned) > 100:
        raise ReviewError("examples", "at most 100 example sentences per topic")
    return {
        Topic.name_ja: name_ja[:200],
        Topic.name_en: name_en[:200],
        Topic.description: description.strip()[:2000],
        Topic.examples: cleaned,
    }


async def save_topic(
    admin: CurrentUser,
    slug: str,
    name_ja: str,
    name_en: str,
    description: str,
    examples: list[str],
    active: bool = True,
) -> None:
    """Create the topic, or update it when the slug exists. Slugs never change: labels use them."""
    slug = slug.strip().lower()
    if not SLUG.match(slug):
        raise ReviewError(
            "slug", "a slug is lower-case letters, digits and hyphens, e.g. 'housing'"
        )
    values = _topic_values(name_ja, name_en, description, examples)
    values[Topic.active] = active
    existing = await Topic.select().where(Topic.slug == slug).first()
    if existing is None:
        position = (await Topic.count()) + 1
        fields = {column._meta.name: value for column, value in values.items()}
        await Topic.insert(Topic(slug=slug, position=position, **fields))
        await audit(
            admin, "topic.create", "topic", slug, {}, {"name_en": name_en, "name_ja": name_ja}
        )
    else:
        await Topic.update(values).where(Topic.slug == slug)
        before = {key: existing[key] for key in ("name_ja", "name_en", "description", "active")}
        after = {
            "name_ja": name_ja,
            "name_en": name_en,
            "description": description,
            "active": active,
        }
        await audit(admin, "topic.update", "topic", slug, before, after)


async def seed_topics(taxonomy_path: str | None = None, replace: bool = False) -> int:
    """Load the taxonomy file into the topic table when it is empty (or `replace`: update every
    topic in the file, keeping the others). Returns how many topics were written.

    A table already seeded from the default file takes a newer default (`taxonomy_path`
    None, no `replace`) only in the rows nobody edited: see `refresh_default_topics`."""
    from classifiers.topics import load_taxonomy

    if not replace and await Topic.count() > 0:
        return await refresh_default_topics() if taxonomy_path is None else 0
    taxonomy = load_taxonomy(taxonomy_path)
    written = 0
    for position, topic in enumerate(taxonomy.topics, start=1):
        values: dict[str, Any] = {
            "name_ja": topic.name.get("ja", topic.slug),
            "name_en": topic.name.get("en", topic.slug),
            "description": topic.description,
            "examples": list(topic.examples),
            "position": position,
            "active": True,
        }
        if await Topic.exists().where(Topic.slug == topic.slug):
            await Topic.update({getattr(Topic, key): value for key, value in values.items()}).where(
                Topic.slug == topic.slug
            )
        else:
            await Topic.insert(Topic(slug=topic.slug, **values))
        written += 1
    return written


async def refresh_default_topics() -> int:
    """Bring the current default text (names, description, examples) to every topic row that
    still holds a default text shipped earlier, word for word; a row an administrator edited
    (or imported from their own file) holds none, and is left as it is, as are its position
    and whether it is active, and topics the table lacks. Each update is audited. Returns how
    many rows were updated."""
    from classifiers.topics import Topic as TopicText
    from classifiers.topics import load_taxonomy, shipped_defaults

    versions = shipped_defaults()
    updated = 0
    for topic in load_taxonomy().topics:
        row = await Topic.select().where(Topic.slug == topic.slug).first()
        if row is None:
            continue
        examples = row["examples"]
        if isinstance(examples, str):
            examples = json.loads(examples or "[]")
        stored = TopicText(
            slug=topic.slug,
            name={"ja": row["name_ja"], "en": row["name_en"]},
            description=row["description"] or "",
            examples=tuple(examples or ()),
        )
        if stored.same_text(topic):
            continue
        if not any(stored.same_text(shipped) for shipped in versions.get(topic.slug, [])):
            continue  # an administrator's text
        after = {
            "name_ja": topic.name.get("ja", topic.slug),
            "name_en": topic.name.get("en", topic.slug),
            "description": topic.description,
        }
        await Topic.update(
            {
                Topic.name_ja: after["name_ja"],
                Topic.name_en: after["name_en"],
                Topic.description: after["description"],
                Topic.examples: list(topic.examples),
            }
        ).where(Topic.slug == topic.slug)
        before = {key: row[key] for key in ("name_ja", "name_en", "description")}
        await audit(None, "topic.default_update", "topic", topic.slug, before, after)
        updated += 1
    return updated


async def audit_log(
    page: int = 1, per_page: int = 100, action: str | None = None
) -> tuple[list[dict[str, Any]], int]:
    query = AuditEntry.select(
        AuditEntry.id, AuditEntry.account.email.as_alias("actor"), AuditEntry.action,
        AuditEntry.object_type, AuditEntry.object_id, AuditEntry.before, AuditEntry.after,
        AuditEntry.created_at,
    )  # fmt: skip
    count = AuditEntry.count()
    if action:
        query = query.where(AuditEntry.action == action)
        count = count.where(AuditEntry.action == action)
    page = min(max(page, 1), 1_000_000)
    rows = (
        await query.order_by(AuditEntry.id, ascending=False)
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    for row in rows:
        for key in ("before", "after"):
            if isinstance(row[key], str):
                row[key] = json.loads(row[key])
    return rows, await count


def now() -> datetime:
    return datetime.now(UTC)


async def purge_contacts(older_than_days: int) -> int:
    """Delete contact e-mails submitted more than `older_than_days` ago. Returns how many.

    An address whose reply is still being written or e-mailed (feedback/replies) is kept until
    that e-mail is sent or has failed, then deleted by the next run: a reply is never left
    undeliverable by the retention job, and no address outlives its last reply."""
    from datetime import timedelta

    cutoff = now() - timedelta(days=older_than_days)
    from feedback.tables import ReplyDelivery

    waiting = ReplyDelivery.select(ReplyDelivery.opinion).where(
        (ReplyDelivery.status == "preparing") | (ReplyDelivery.email_status == "queued")
    )
    stale = (
        Opinion.contact_email.is_not_null()
        & (Opinion.submitted_at < cutoff)
        & Opinion.id.not_in(waiting)
    )
    count = await Opinion.count().where(stale)
    if count:
        await Opinion.update({Opinion.contact_email: None}).where(stale)
        await audit(
            None,
            "retention.contacts",
            "opinion",
            "*",
            {},
            {"deleted": count, "older_than_days": older_than_days},
        )
    return count


async def delete_opinion(
    receipt_code: str, admin: CurrentUser | None, reason: str = "resident's request"
) -> bool:
    """Delete one opinion and everything derived from it (translations, tags, notes ...), on a
    resident's request. The audit log keeps the receipt code and who did it, not the text."""
    from feedback.intake.services import clean_receipt_code

    code = clean_receipt_code(receipt_code)
    if code is None:
        raise ReviewError("receipt_code", "that is not a receipt code (like ABCD-EFGH)")
    row = await Opinion.select(Opinion.id).where(Opinion.receipt_code == code).first()
    if row is None:
        return False
    await Opinion.delete().where(Opinion.id == row["id"])
    await audit(
        admin, "opinion.delete", "opinion", row["id"], {"receipt_code": code}, {"reason": reason}
    )
    return True
