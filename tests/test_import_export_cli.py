"""`feedback import` for paper and hearing opinions; `feedback export` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import run_cli


@pytest.fixture
def env(tmp_path):
    env = {
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db",
    }
    assert run_cli(["db", "migrate"], env).returncode == 0
    return env


def test_import_csv_reports_bad_rows_and_keeps_the_good(env, tmp_path):
    path = tmp_path / "paper.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "date", "region", "source"])
        writer.writerow(["夜間の日本語教室を増やしてほしい", "2026-10-01", "愛知県", "paper"])
        writer.writerow(["", "2026-10-01", "", ""])
        writer.writerow(["More interpreters at hospitals", "yesterday", "", ""])
        writer.writerow(["Bus signs in English please", "", "Tokyo", "hearing"])
        writer.writerow(["Wrong region", "", "Atlantis", ""])
    result = run_cli(["import", str(path)], env)
    assert result.returncode == 0, result.stderr
    assert "imported 2 opinion(s), rejected 3" in result.stdout
    assert "line 3: rejected: text" in result.stderr
    assert "line 4: rejected: date" in result.stderr
    assert "line 6: rejected: region" in result.stderr
    out = tmp_path / "out.json"
    exported = run_cli(["export", "--format", "json", "-o", str(out)], env)
    assert exported.returncode == 0, exported.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    by_text = {record["text"]: record for record in records}
    assert by_text["夜間の日本語教室を増やしてほしい"]["region"] == "JP-23"
    assert by_text["夜間の日本語教室を増やしてほしい"]["source"] == "paper"
    assert by_text["夜間の日本語教室を増やしてほしい"]["submitted_at"].startswith("2026-10-01")
    assert by_text["Bus signs in English please"]["region"] == "JP-13"


def test_import_jsonl_dry_run_stores_nothing(env, tmp_path):
    path = tmp_path / "hearing.jsonl"
    path.write_text(
        json.dumps({"text": "Need Nepali interpreters", "source": "hearing"}) + "\nnot json\n",
        encoding="utf-8",
    )
    result = run_cli(["import", str(path), "--dry-run"], env)
    assert "1 row(s) would be imported, 1 rejected" in result.stdout
    assert "line 2: rejected: not JSON" in result.stderr
    out = tmp_path / "out.csv"
    run_cli(["export", "--format", "csv", "-o", str(out)], env)
    assert (
        len(list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))) == 1
    )  # header only


def test_import_refuses_other_file_types(env, tmp_path):
    path = tmp_path / "opinions.txt"
    path.write_text("hello", encoding="utf-8")
    result = run_cli(["import", str(path)], env)
    assert "use a .csv or .jsonl file" in result.stderr


def test_export_pack_markdown_and_bad_filters(env, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "More Japanese classes at night"}) + "\n", encoding="utf-8")
    run_cli(["import", str(path)], env)
    out = tmp_path / "pack.md"
    result = run_cli(["export", "--format", "pack-md", "-o", str(out)], env)
    assert result.returncode == 0, result.stderr
    assert "More Japanese classes at night" in out.read_text(encoding="utf-8")
    bad = run_cli(["export", "--format", "csv", "--region", "Mars", "-o", str(out)], env)
    assert bad.returncode == 1 and "region" in bad.stderr
