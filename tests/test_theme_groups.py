"""Two levels of themes through the public interfaces: `feedback analyze` gives each line a
group beside its theme; the board shows groups as sections over their themes; the hearing
pack heads each group's themes."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from conftest import run_cli
from test_understanding import GARBAGE, HOUSING, NIGHT_CLASSES


def test_analyze_gives_each_line_a_group_beside_its_theme(understanding_models, tmp_path):
    subjects = {"night": NIGHT_CLASSES, "housing": HOUSING, "garbage": GARBAGE}
    lines = [
        {"id": f"{subject}-{code}", "text": text}
        for subject, texts in subjects.items()
        for code, text in texts.items()
    ]
    result = run_cli(
        ["analyze", "--steps", "language,themes"],
        {**understanding_models, "FEEDBACK_VAR_DIR": str(tmp_path)},
        input_text="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(lines)
    assert all("group" in record and record["group"] is not None for record in records)
    # A theme lies in one group.
    group_of_theme: dict[int, set] = {}
    for record in records:
        if record["theme"] is not None:
            group_of_theme.setdefault(record["theme"], set()).add(record["group"])
    assert group_of_theme and all(len(groups) == 1 for groups in group_of_theme.values())


def _sqlite(backend) -> sqlite3.Connection:
    return sqlite3.connect(backend.env["FEEDBACK_DATABASE_URL"].removeprefix("sqlite:///"))


@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_board_and_hearing_pack_show_groups_over_their_themes(client, make_account, backend):
    reviewer_email, reviewer_token = make_account("reviewer")
    _, organizer_token = make_account("organizer")
    reviewer = {"Authorization": f"Bearer {reviewer_token}"}
    organizer = {"Authorization": f"Bearer {organizer_token}"}
    texts = [
        "The bus to the station comes only twice a day.",
        "Please run the bus to the station in the evening too.",
        "More bicycle parking at the station, please.",
        "The rent deposit for foreigners is too high.",
    ]
    ids = [client.post("/api/v1/opinions", json={"text": text}).json()["id"] for text in texts]
    themes = []
    for members, title in (
        (ids[:2], "Bus times"),
        (ids[2:3], "Bicycle parking"),
        (ids[3:], "Rent deposits"),
    ):
        moved = client.post(
            "/api/v1/review/themes/move",
            json={"ids": members, "theme": None, "title": title},
            headers=reviewer,
        )
        assert moved.status_code == 200, moved.text
        themes.append(moved.json()["theme"])
    # What a regroup writes: two groups, the transport one holding two themes.
    with _sqlite(backend) as database:
        database.executemany(
            "INSERT INTO theme_group (id, title_ja, title_en, keywords, size, weight,"
            " name_locked, created_at, updated_at) VALUES (?, ?, ?, '[]', ?, ?, 0,"
            " '2026-12-06 00:00:00+00:00', '2026-12-06 00:00:00+00:00')",
            [(7, "交通", "Transport", 3, 3), (8, "住まい", "Housing", 1, 1)],
        )
        database.executemany(
            "UPDATE theme SET theme_group = ? WHERE id = ?",
            [(7, themes[0]), (7, themes[1]), (8, themes[2])],
        )

    cards = client.get("/api/v1/review/themes", headers=reviewer).json()
    assert [(card["id"], card["group"]) for card in cards] == [
        (themes[0], 7),
        (themes[1], 7),
        (themes[2], 8),
    ]
    assert cards[0]["group_title_en"] == "Transport" and cards[2]["group_title_ja"] == "住まい"

    renamed = client.patch(
        "/api/v1/review/themes/groups/8", json={"title_en": "Homes"}, headers=reviewer
    )
    assert renamed.status_code == 200, renamed.text
    assert (
        client.patch(
            "/api/v1/review/themes/groups/99", json={"title_en": "x"}, headers=reviewer
        ).status_code
        == 404
    )
    cards = client.get("/api/v1/review/themes", headers=reviewer).json()
    assert cards[2]["group_title_en"] == "Homes"

    from test_review import login

    login(client, reviewer_email)
    board = client.get("/review/themes", params={"lang": "en"}).text
    order = [
        board.index(marker)
        for marker in (
            'id="group-7"',
            f'id="theme-{themes[0]}"',
            f'id="theme-{themes[1]}"',
            'id="group-8"',
            f'id="theme-{themes[2]}"',
        )
    ]
    assert order == sorted(order)
    assert 'href="#group-7"' in board and "Transport" in board

    job = client.post("/api/v1/exports/packs", json={"format": "pack-md"}, headers=organizer).json()
    from test_exports import _wait_done

    markdown = _wait_done(client, organizer, job).text
    headings = [line for line in markdown.splitlines() if re.match(r"#{2,3} ", line)]
    assert headings[0].startswith("## ") and "交通" in headings[0]
    assert headings[1].startswith("### 1. ") and headings[2].startswith("### 2. ")
    assert "住まい" in headings[3] and headings[4].startswith("### 3. ")
