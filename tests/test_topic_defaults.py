"""A newer default taxonomy reaches existing installations, but never over an admin's edits.

`feedback db migrate` seeds an empty topic table from classifiers/data/taxonomy.yaml; on a
table seeded earlier it brings the current default only to the rows that still hold a default
shipped before (classifiers/data/taxonomy_shipped/), word for word.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import run_cli

from classifiers.topics import SHIPPED_TAXONOMIES, load_taxonomy


def _env(folder: Path) -> dict[str, str]:
    return {"FEEDBACK_VAR_DIR": str(folder), "FEEDBACK_DATABASE_URL": f"sqlite:///{folder}/f.db"}


def _row(database: Path, slug: str) -> dict:
    with sqlite3.connect(database) as connection:
        connection.row_factory = sqlite3.Row
        row = connection.execute("SELECT * FROM topic WHERE slug = ?", (slug,)).fetchone()
    found = dict(row)
    found["examples"] = json.loads(found["examples"])
    return found


def test_migrate_updates_unedited_default_topics_and_keeps_edited_ones(tmp_path: Path) -> None:
    env = _env(tmp_path)
    database = tmp_path / "f.db"
    first = run_cli(["db", "migrate"], env)
    assert first.returncode == 0, first.stderr
    current = {topic.slug: topic for topic in load_taxonomy().topics}
    assert _row(database, "residence")["description"] == current["residence"].description

    # An installation seeded from the first default: two rows still hold its text (one of
    # them switched off by an admin), one row an administrator rewrote.
    shipped = {
        topic.slug: topic for topic in load_taxonomy(SHIPPED_TAXONOMIES / "2026-11.yaml").topics
    }
    with sqlite3.connect(database) as connection:
        for slug, active in (("residence", 1), ("medical", 0)):
            old = shipped[slug]
            connection.execute(
                "UPDATE topic SET name_ja = ?, name_en = ?, description = ?, examples = ?,"
                " active = ? WHERE slug = ?",
                (old.name["ja"], old.name["en"], old.description,
                 json.dumps(list(old.examples), ensure_ascii=False), active, slug),
            )  # fmt: skip
        connection.execute(
            "UPDATE topic SET description = ?, examples = ? WHERE slug = 'housing'",
            ("Our prefecture's housing desk and public flats.", json.dumps(["県営住宅の抽選"])),
        )
        position = connection.execute(
            "SELECT position FROM topic WHERE slug = 'medical'"
        ).fetchone()[0]

    again = run_cli(["db", "migrate"], env)
    assert again.returncode == 0, again.stderr
    assert "2 topics" in again.stdout, again.stdout

    residence = _row(database, "residence")
    assert residence["description"] == current["residence"].description
    assert residence["examples"] == list(current["residence"].examples)
    medical = _row(database, "medical")
    assert medical["description"] == current["medical"].description
    assert (medical["active"], medical["position"]) == (0, position)  # the admin's switch stays
    housing = _row(database, "housing")
    assert housing["description"] == "Our prefecture's housing desk and public flats."
    assert housing["examples"] == ["県営住宅の抽選"]
    with sqlite3.connect(database) as connection:
        audited = connection.execute(
            "SELECT object_id FROM audit_entry WHERE action = 'topic.default_update'"
        ).fetchall()
    assert sorted(slug for (slug,) in audited) == ["medical", "residence"]

    # Up to date: nothing more to do.
    third = run_cli(["db", "migrate"], env)
    assert third.returncode == 0 and "topics" not in third.stdout, third.stdout
