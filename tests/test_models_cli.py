"""`feedback models ...` and `feedback analyze --steps translation` with the tiny test models."""

from __future__ import annotations

import json
import shutil
import time

import yaml
from conftest import run_cli


def test_models_list_and_check_report_present_and_missing(tiny_translation, tmp_path):
    env = {**tiny_translation, "FEEDBACK_VAR_DIR": str(tmp_path)}
    listed = run_cli(["models", "list"], env)
    assert listed.returncode == 0, listed.stderr
    assert "mul-en" in listed.stdout and "present" in listed.stdout
    checked = run_cli(["models", "check"], env)
    assert checked.returncode == 0, checked.stderr
    assert "my -> ja: my -> en -> ja (mul-en, en-ja)" in checked.stdout
    assert "ko -> ja: MISSING: no translation model for ko -> ja" in checked.stdout
    assert run_cli(["models", "check", "--strict"], env).returncode == 1


def test_models_check_on_an_empty_folder_says_what_is_missing(tmp_path):
    result = run_cli(["models", "check"], {"FEEDBACK_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0
    assert "NOT USABLE: model folder" in result.stdout
    assert "docs/models.md" in result.stdout


def test_models_install_converts_a_local_folder(tiny_translation, tmp_path):
    with open(tiny_translation["FEEDBACK_TRANSLATION_CATALOGUE"], encoding="utf-8") as handle:
        catalogue = yaml.safe_load(handle)
    for entry in catalogue["models"]:
        entry["engine"] = "ctranslate2"
        entry["compute_type"] = "int8"
    catalogue_path = tmp_path / "catalogue.yaml"
    catalogue_path.write_text(yaml.safe_dump(catalogue), encoding="utf-8")
    models = tmp_path / "models"
    env = {
        "FEEDBACK_VAR_DIR": str(tmp_path),
        "FEEDBACK_MODELS_DIR": str(models),
        "FEEDBACK_TRANSLATION_CATALOGUE": str(catalogue_path),
    }
    source = tmp_path / "download" / "mul-en"
    shutil.copytree(f"{tiny_translation['FEEDBACK_MODELS_DIR']}/mul-en", source)
    before = run_cli(["models", "list"], env)
    assert "mul-en" in before.stdout and "missing" in before.stdout
    installed = run_cli(["models", "install", str(source), "mul-en"], env)
    assert installed.returncode == 0, installed.stderr
    assert (models / "mul-en" / "ctranslate2" / "model.bin").exists()
    checked = run_cli(["models", "check"], env)
    assert "my -> en: my -> en (mul-en)" in checked.stdout
    wrong = run_cli(["models", "install", str(tmp_path), "mul-en"], env)
    assert wrong.returncode == 1 and "no config.json" in wrong.stderr
    unknown = run_cli(["models", "install", str(source), "no-such-model"], env)
    assert unknown.returncode == 1 and "no-such-model" in unknown.stderr


def test_models_fetch_fails_fast_without_a_network(tmp_path):
    started = time.monotonic()
    result = run_cli(["models", "fetch", "fugumt-ja-en"], {"FEEDBACK_VAR_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "feedback models install" in result.stderr
    assert time.monotonic() - started < 60


def test_analyze_adds_translations(tiny_translation, tmp_path):
    lines = [
        {"id": "a", "text": "ကျွန်ုပ်တို့ ဂျပန်ဘာသာ သင်တန်းများ ပိုလိုအပ်ပါသည်။"},
        {"id": "b", "text": "외국인 주민을 위한 상담 창구를 늘려 주세요."},
        {"id": "c", "text": "Please add more evening Japanese classes."},
    ]
    result = run_cli(
        ["analyze", "--steps", "language,translation"],
        {**tiny_translation, "FEEDBACK_VAR_DIR": str(tmp_path)},
        input_text="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
    )
    assert result.returncode == 0, result.stderr
    records = {record["id"]: record for record in map(json.loads, result.stdout.splitlines())}
    assert set(records["a"]["translations"]) == {"ja", "en"}
    assert all(isinstance(value, str) and value for value in records["a"]["translations"].values())
    assert records["b"]["translations"] == {"ja": None, "en": None}
    assert "no translation model for ko -> ja" in result.stderr
    assert records["c"]["translations"]["en"] == lines[2]["text"]
