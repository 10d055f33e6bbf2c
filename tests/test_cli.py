"""The `feedback` command: database, accounts, configuration errors and offline analysis."""

from __future__ import annotations

import json

from conftest import run_cli


def _env(tmp_path):
    return {
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db",
    }


def test_migrate_create_user_and_token(tmp_path):
    env = _env(tmp_path)
    assert run_cli(["db", "migrate"], env).returncode == 0
    # Migrating again is a no-op.
    assert run_cli(["db", "migrate"], env).returncode == 0
    created = run_cli(
        ["users", "create", "Reviewer@Example.go.jp", "--role", "reviewer", "--password-stdin"],
        env,
        input_text="a long enough password\n",
    )
    assert created.returncode == 0, created.stderr
    assert "reviewer@example.go.jp" in created.stdout
    again = run_cli(
        ["users", "create", "reviewer@example.go.jp", "--password-stdin"],
        env,
        input_text="another password!\n",
    )
    assert again.returncode == 1 and "exists already" in again.stderr
    short = run_cli(
        ["users", "create", "b@example.go.jp", "--password-stdin"], env, input_text="short\n"
    )
    assert short.returncode == 1 and "at least" in short.stderr
    token = run_cli(["users", "token", "reviewer@example.go.jp"], env)
    assert token.returncode == 0
    assert token.stdout.strip().startswith("fbk_")
    missing = run_cli(["users", "token", "nobody@example.go.jp"], env)
    assert missing.returncode == 1 and "no account" in missing.stderr


def test_bad_configuration_stops_with_one_line_naming_the_variable(tmp_path):
    for name, value in [
        ("FEEDBACK_PORT", "eighty"),
        ("FEEDBACK_DATABASE_URL", "mysql://localhost/db"),
        ("FEEDBACK_REDIS_URL", "localhost:6379"),
        ("FEEDBACK_SECRET_KEY", "short"),
    ]:
        result = run_cli(["db", "migrate"], {**_env(tmp_path), name: value})
        assert result.returncode == 1
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and name in lines[0], result.stderr
        assert "Traceback" not in result.stderr


def test_web_refuses_to_start_on_postgres_without_a_secret_key(tmp_path):
    result = run_cli(
        ["serve"],
        {
            "FEEDBACK_VAR_DIR": str(tmp_path),
            "FEEDBACK_DATABASE_URL": "postgresql://u@127.0.0.1:1/db",
        },
    )
    assert result.returncode == 1
    assert "FEEDBACK_SECRET_KEY" in result.stderr


def test_worker_needs_redis(tmp_path):
    result = run_cli(["worker"], _env(tmp_path))
    assert result.returncode == 1
    assert "FEEDBACK_REDIS_URL" in result.stderr


def test_analyze_reads_json_lines_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": 1, "text": "ជំរាបសួរ ខ្ញុំចង់សួរអំពីទិដ្ឋាការ។"}, ensure_ascii=False),
        "this is not json",
        json.dumps({"id": 3, "text": 42}),
        "",
        json.dumps({"id": "four", "text": "Bonjour, je voudrais plus d'informations."}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = run_cli(["analyze", str(source), "-o", str(output), "--steps", "language"], {})
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [record["id"] for record in records] == [1, "four"]
    assert [record["language"] for record in records] == ["km", "fr"]
    assert all(0 < record["language_confidence"] <= 1 for record in records)
    assert isinstance(records[0]["language_alternatives"], list)
    assert "line 2" in result.stderr and "line 3" in result.stderr


def test_analyze_reads_stdin_and_rejects_unknown_steps():
    result = run_cli(
        ["analyze"], {}, input_text='{"id": 1, "text": "Xin chào, tôi cần giúp đỡ."}\n'
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["language"] == "vi"
    unknown = run_cli(["analyze", "--steps", "magic"], {}, input_text="")
    assert unknown.returncode == 2 and "magic" in unknown.stderr
