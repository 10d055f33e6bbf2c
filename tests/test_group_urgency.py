"""A campaign (a group of near-identical copies, shown as one row) is urgent when any copy is.

The group's flag (`opinion.group_urgent`) is kept by database triggers whenever an opinion's
`urgent` or `duplicate_of` changes: the urgent filter, the "urgent first" order, the overview's
count and the exports agree on it, and the row says which copy made it urgent and why.
"""

from __future__ import annotations

import csv
import io
import random
import uuid
from datetime import UTC, datetime

from conftest import wait_for

# test_understanding's fixture: an app whose pipeline has the embedding model (duplicates
# and flags need it), in both deployments.
from test_understanding import smart  # noqa: F401

# The leader (not urgent), a lightly edited copy (not urgent) and a copy that is urgent:
# near-identical texts, so that the pipeline puts the three in one group.
CLASSES = (
    "Please open more evening Japanese classes at the community centre for people who work "
    "during the day, and publish the timetable in Vietnamese and Nepali too."
)
COPY = CLASSES[:-1] + "!"
URGENT_COPY = CLASSES + " I want to die. I cannot go on anymore."
LATER = "The city should explain garbage sorting rules in Nepali and Vietnamese, please."


def _reviewer(client, role: str = "reviewer") -> dict[str, str]:
    from feedback.accounts.services import create_account, issue_token

    email = f"{role}-{uuid.uuid4().hex[:6]}@example.go.jp"
    client.blocking_portal.call(create_account, email, "correct horse 42", role)
    return {"Authorization": "Bearer " + client.blocking_portal.call(issue_token, email)}


def _submit_and_wait(client, headers, text: str) -> dict:
    opinion_id = client.post("/api/v1/opinions", json={"text": text}).json()["id"]
    wait_for(lambda: _opinion(client, headers, opinion_id)["processing_status"] == "processed", 90)
    return _opinion(client, headers, opinion_id)


def _opinion(client, headers, opinion_id: int) -> dict:
    return client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()


def _listed(client, headers, **params) -> dict:
    response = client.get("/api/v1/review/opinions", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _query(client, query):
    async def run():
        return await query

    return client.blocking_portal.call(run)


def _urgent_count(client) -> int:
    from feedback.review.overview import overview

    return client.blocking_portal.call(overview, None, None).urgent


def _export_rows(client, headers, filters: dict) -> list[dict]:
    job = client.post(
        "/api/v1/exports/opinions", json={"format": "csv", "filters": filters}, headers=headers
    )
    assert job.status_code == 202, job.text
    job_id = job.json()["id"]
    wait_for(
        lambda: (
            client.get(f"/api/v1/exports/{job_id}", headers=headers).json()["status"]
            in ("done", "failed")
        ),
        90,
    )
    content = client.get(f"/api/v1/exports/{job_id}/download", headers=headers)
    assert content.status_code == 200, content.text
    return list(csv.DictReader(io.StringIO(content.content.decode("utf-8-sig"))))


def _set_urgent(client, opinion_id: int, urgent: bool) -> None:
    """What the pipeline writes when a reprocessed opinion's urgency changes."""
    from feedback.tables import Opinion

    reasons = ["danger words: want to die"] if urgent else []
    _query(
        client,
        Opinion.update({Opinion.urgent: urgent, Opinion.urgent_reasons: reasons}).where(
            Opinion.id == opinion_id
        ),
    )


def test_a_campaign_with_an_urgent_copy_is_urgent_everywhere(smart):  # noqa: F811
    client = smart.client
    headers = _reviewer(client)
    organizer = _reviewer(client, "organizer")
    admin = _reviewer(client, "admin")

    leader = _submit_and_wait(client, headers, CLASSES)
    copy = _submit_and_wait(client, headers, COPY)
    assert copy["duplicate_of"] == leader["id"]
    assert not leader["urgent"] and not copy["urgent"]
    assert _listed(client, headers, urgent="true")["total"] == 0

    # A later urgent copy lifts the group the inbox shows as its leader's row.
    urgent = _submit_and_wait(client, headers, URGENT_COPY)
    assert urgent["duplicate_of"] == leader["id"] and urgent["urgent"], urgent["steps"]
    later = _submit_and_wait(client, headers, LATER)
    assert later["duplicate_of"] is None and not later["group_urgent"]

    shown = _listed(client, headers, urgent="true")
    assert [item["id"] for item in shown["items"]] == [leader["id"]]
    item = shown["items"][0]
    assert item["urgent"] is False and item["group_urgent"] is True and item["copies"] == 2
    assert item["urgent_copy"]["id"] == urgent["id"]
    assert item["urgent_copy"]["language"] == "en"
    assert item["urgent_copy"]["reasons"] == urgent["urgent_reasons"]
    # Urgent first, although the leader is older than the later opinion.
    assert _listed(client, headers)["items"][0]["id"] == leader["id"]
    assert leader["id"] not in [i["id"] for i in _listed(client, headers, urgent="false")["items"]]
    detail = _opinion(client, headers, leader["id"])
    assert detail["group_urgent"] and detail["urgent_copy"]["id"] == urgent["id"]
    # Every member of the group carries the flag (copies_of lists them).
    members = _listed(client, headers, copies_of=leader["id"], urgent="true")
    assert sorted(i["id"] for i in members["items"]) == sorted([copy["id"], urgent["id"]])
    # Counted once, as one item.
    assert _urgent_count(client) == 1

    inbox = client.get("/review", params={"lang": "en"}, headers=headers).text
    first_row = inbox.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert 'class="urgent' in first_row and f'value="{leader["id"]}"' in first_row
    assert f"copy #{urgent['id']} (English)" in first_row and "want to die" in first_row
    page = client.get(f"/review/opinions/{leader['id']}", params={"lang": "en"}, headers=headers)
    assert f"copy #{urgent['id']} (English)" in page.text

    # The exports' urgent filter agrees: the inbox's row, or with copies the whole group.
    rows = _export_rows(client, organizer, {"urgent": "1", "duplicates": "0"})
    assert [(int(r["id"]), r["group_urgent"], r["urgent_copy"]) for r in rows] == [
        (leader["id"], "True", str(urgent["id"]))
    ]
    rows = _export_rows(client, organizer, {"urgent": "1"})
    assert sorted(int(r["id"]) for r in rows) == sorted([leader["id"], copy["id"], urgent["id"]])
    assert len(rows) == _listed(client, headers, urgent="true", duplicates="true")["total"]

    # The copy stops being urgent (as a reprocess with another classifier may find): the
    # group is lowered; urgent again: lifted again.
    _set_urgent(client, urgent["id"], False)
    assert _listed(client, headers, urgent="true")["total"] == 0
    assert _urgent_count(client) == 0
    assert _opinion(client, headers, leader["id"])["urgent_copy"] is None
    _set_urgent(client, urgent["id"], True)
    assert [i["id"] for i in _listed(client, headers, urgent="true")["items"]] == [leader["id"]]
    # Deleted on its resident's request: the group is no longer urgent.
    deleted = client.delete(f"/api/v1/admin/opinions/{urgent['receipt_code']}", headers=admin)
    assert deleted.status_code in (200, 204), deleted.text
    assert _listed(client, headers, urgent="true")["total"] == 0
    assert _urgent_count(client) == 0


def test_group_flags_follow_any_sequence_of_changes(client, backend):
    """Random inserts, urgency changes, merges (as the pipeline settles duplicates), moves,
    detaches and deletions: after each, an opinion's `group_urgent` says whether any member
    of its group is urgent. The triggers run in the database, so both engines are checked."""
    from feedback.tables import Opinion

    rng = random.Random(14)
    now = datetime.now(UTC)

    def rows() -> list[dict]:
        return _query(
            client,
            Opinion.select(Opinion.id, Opinion.duplicate_of, Opinion.urgent, Opinion.group_urgent),
        )

    def insert(urgent: bool, duplicate_of: int | None) -> None:
        _query(
            client,
            Opinion.insert(
                Opinion(
                    receipt_code=f"GR{uuid.uuid4().hex[:2].upper()}-{uuid.uuid4().hex[:4].upper()}",
                    text="x",
                    submitted_at=now,
                    updated_at=now,
                    # Processed: no sweeper or worker touches these rows.
                    processing_status="processed",
                    urgent=urgent,
                    duplicate_of=duplicate_of,
                )
            ),
        )

    for step in range(300):
        current = rows()
        leaders = [r["id"] for r in current if r["duplicate_of"] is None]
        copies = [r["id"] for r in current if r["duplicate_of"] is not None]
        leading = {r["duplicate_of"] for r in current} - {None}
        alone = copies + [i for i in leaders if i not in leading]  # in no one's way
        choice = rng.random()
        if choice < 0.3 or len(current) < 3:
            dup = rng.choice(leaders) if leaders and rng.random() < 0.6 else None
            insert(rng.random() < 0.15, dup)
        elif choice < 0.5:
            target = rng.choice(current)["id"]
            _query(
                client,
                Opinion.update({Opinion.urgent: rng.random() < 0.3}).where(Opinion.id == target),
            )
        elif choice < 0.65 and len(leaders) >= 2:
            first, second = sorted(rng.sample(leaders, 2))
            _query(  # what workers.pipeline._settle_duplicates does
                client,
                Opinion.update({Opinion.duplicate_of: first}).where(
                    (Opinion.id == second) | (Opinion.duplicate_of == second)
                ),
            )
        elif choice < 0.9 and alone:
            target = rng.choice(alone)
            others = [i for i in leaders if i != target]
            dup = rng.choice(others) if others and rng.random() < 0.6 else None
            _query(  # a reprocessed opinion: new urgency, new group (or none)
                client,
                Opinion.update(
                    {Opinion.urgent: rng.random() < 0.3, Opinion.duplicate_of: dup}
                ).where(Opinion.id == target),
            )
        elif alone:
            _query(client, Opinion.delete().where(Opinion.id == rng.choice(alone)))
        groups: dict[int, bool] = {}
        after = rows()
        for row in after:
            root = row["duplicate_of"] or row["id"]
            groups[root] = groups.get(root, False) or bool(row["urgent"])
        wrong = [
            r for r in after if bool(r["group_urgent"]) != groups[r["duplicate_of"] or r["id"]]
        ]
        assert not wrong, (backend.name, step, wrong)
    assert any(r["group_urgent"] for r in after) and not all(r["group_urgent"] for r in after)
