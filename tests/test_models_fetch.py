"""`feedback models fetch` against a Hugging Face Hub emulator on loopback (tests/hub_emulator.py).

The real `huggingface_hub` client downloads tiny random models that these tests build, served
under the shipped catalogue's repository ids (the `open` set: staka/fugumt-en-ja,
staka/fugumt-ja-en, facebook/m2m100_1.2B). HF_ENDPOINT points the CLI at the emulator.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, run_cli, wait_for
from hub_emulator import HubEmulator

sys.path.insert(0, str(REPO / "tests" / "classifiers"))
from tiny_models import (  # noqa: E402
    build_tiny_m2m100,
    build_tiny_marian,
    build_tiny_nllb,
    train_sentencepiece,
)

OPEN_SET = {
    "staka/fugumt-en-ja": "fugumt-en-ja",
    "staka/fugumt-ja-en": "fugumt-ja-en",
    "facebook/m2m100_1.2B": "m2m100_1.2B",
}


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubEmulator]:
    root = tmp_path_factory.mktemp("hub")
    spm = train_sentencepiece(tmp_path_factory.mktemp("hub-spm"))
    build_tiny_marian(root / "fugumt-en-ja", spm_model=spm, seed=11)
    # Larger (16 MB of weights): the client keeps what it received of a dropped download in
    # 10 MiB chunks, so only a file over 10 MiB shows the resume.
    build_tiny_marian(root / "fugumt-ja-en", spm_model=spm, seed=12, d_model=256, layers=3)
    build_tiny_m2m100(root / "m2m100_1.2B", spm_model=spm, seed=13)
    build_tiny_nllb(root / "nllb", spm_model=spm, seed=14)
    emulator = HubEmulator()
    for repo_id, folder in OPEN_SET.items():
        emulator.add(repo_id, root / folder)
    emulator.add("facebook/nllb-200-distilled-1.3B", root / "nllb")
    emulator.start()
    yield emulator
    emulator.stop()


def _env(hub_url: str, var: Path) -> dict[str, str]:
    return {
        "HF_ENDPOINT": hub_url,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HOME": str(var / "hf-home"),  # no user cache: every byte comes from the emulator
        "HF_HUB_OFFLINE": "0",  # the emulator is the hub, even where CI works offline
        "TRANSFORMERS_OFFLINE": "0",
        "FEEDBACK_VAR_DIR": str(var),
        "FEEDBACK_MODELS_DIR": str(var / "models"),
    }


def _copy(sqlite_template: Path, folder: Path) -> Path:
    database = folder / "feedback.db"
    shutil.copy(sqlite_template, database)
    return database


def _translated_by_the_service(env: dict[str, str], text: str) -> dict:
    """Submit an opinion to the embedded service and return it, processed, as reviewers see it."""
    from litestar.testing import TestClient

    from feedback.accounts.services import create_account, issue_token
    from feedback.app import create_app
    from feedback.config import load_settings

    app = create_app(load_settings(env))
    with TestClient(app, base_url="http://testserver.local") as client:
        client.blocking_portal.call(
            create_account, "mt@example.go.jp", "correct horse 42", "reviewer"
        )
        token = client.blocking_portal.call(issue_token, "mt@example.go.jp", "tests")
        headers = {"Authorization": f"Bearer {token}"}
        created = client.post("/api/v1/opinions", json={"text": text})
        assert created.status_code == 201, created.text
        url = f"/api/v1/review/opinions/{created.json()['id']}"
        wait_for(
            lambda: client.get(url, headers=headers).json()["processing_status"] == "processed",
            timeout=120,
        )
        return client.get(url, headers=headers).json()


def test_fetch_the_open_set_resumes_a_dropped_download_and_translates(
    hub, tmp_path, sqlite_template
):
    env = _env(hub.url, tmp_path)
    hub.requests.clear()
    # The big weights file loses its connection once, 64 KiB before its end.
    hub.drop_once.add("staka/fugumt-ja-en/model.safetensors")
    fetched = run_cli(["models", "fetch", "--set", "open"], env, timeout=300)
    assert fetched.returncode == 0, fetched.stderr
    models = tmp_path / "models"
    for repo_id, folder in OPEN_SET.items():
        assert (models / folder / "ctranslate2" / "model.bin").is_file()
        manifest = json.loads((models / folder / "fetched.json").read_text())
        repo = hub.repos[repo_id]
        assert manifest["revision"] == repo.commit
        weights = repo.files["model.safetensors"]
        assert manifest["files"]["model.safetensors"]["sha256"] == weights.sha256
        on_disk = (models / folder / "model.safetensors").read_bytes()
        assert hashlib.sha256(on_disk).hexdigest() == weights.sha256
        assert f"fetched and installed {folder}" in fetched.stdout
    # The client resumed the dropped file with a Range request instead of starting over.
    assert any(r[2] and r[2].startswith("bytes=") for r in hub.gets("model.safetensors"))
    assert not list(models.glob(".fetch-*")), "the staging folders were moved into place"
    assert not list(models.glob(".old-*"))

    checked = run_cli(["models", "check"], env)
    assert checked.returncode == 0, checked.stderr
    assert "ja -> en: ja -> en (fugumt-ja-en)" in checked.stdout
    assert "vi -> en: vi -> en (m2m100_1.2B)" in checked.stdout

    # The fetched models translate opinions through the analysis pipeline.
    lines = [
        {"id": "ja", "text": "市役所への バスが 一日二回しか ありません。"},
        {"id": "vi", "text": "Tôi muốn biết về việc gia hạn thẻ cư trú."},
    ]
    analysed = run_cli(
        ["analyze", "--steps", "language,translation"],
        env,
        input_text="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
    )
    assert analysed.returncode == 0, analysed.stderr
    records = {r["id"]: r for r in map(json.loads, analysed.stdout.splitlines())}
    assert records["ja"]["translations"]["ja"] == lines[0]["text"]
    assert records["ja"]["translations"]["en"]
    assert records["vi"]["translations"]["en"] and records["vi"]["translations"]["ja"]

    # ... and through the service itself (embedded: SQLite, in-process worker), which stores
    # each translation with the fetched models' ids (the review screens give their licences).
    opinion = _translated_by_the_service(
        {**env, "FEEDBACK_DATABASE_URL": f"sqlite:///{_copy(sqlite_template, tmp_path)}"},
        "Tôi muốn có thêm thông tin về thủ tục gia hạn visa bằng tiếng Việt.",
    )
    by_target = {item["target"]: item for item in opinion["translations"]}
    assert by_target["en"]["model"] == "facebook/m2m100_1.2B"
    assert by_target["en"]["route"] == ["vi", "en"]
    # vi -> ja: the pivot's estimate (58.7 x 38.5 / 100) beats m2m100's unscored direct route
    assert by_target["ja"]["model"] == "facebook/m2m100_1.2B > staka/fugumt-en-ja"
    assert by_target["ja"]["route"] == ["vi", "en", "ja"]
    assert all(item["text"] for item in opinion["translations"])

    # A second run finds everything in place and downloads nothing.
    hub.requests.clear()
    again = run_cli(["models", "fetch", "--set", "open"], env)
    assert again.returncode == 0, again.stderr
    assert "fugumt-en-ja already in" in again.stdout
    assert not [r for r in hub.requests if r[0] == "GET" and "/resolve/" in r[1]]


def test_an_interrupted_fetch_resumes_with_the_files_it_already_has(hub, tmp_path):
    env = _env(hub.url, tmp_path)
    hub.requests.clear()
    hub.fail.add("model.safetensors")
    try:
        failed = run_cli(["models", "fetch", "fugumt-ja-en"], env)
    finally:
        hub.fail.discard("model.safetensors")
    assert failed.returncode == 1
    assert "run the same command again" in failed.stderr
    assert not (tmp_path / "models" / "fugumt-ja-en").exists(), "nothing half-installed"
    assert (tmp_path / "models" / ".fetch-fugumt-ja-en" / "config.json").is_file()
    config_downloads = len(hub.gets("config.json"))
    assert config_downloads == 1

    resumed = run_cli(["models", "fetch", "fugumt-ja-en"], env)
    assert resumed.returncode == 0, resumed.stderr
    assert len(hub.gets("config.json")) == config_downloads, "finished files are not fetched again"
    assert (tmp_path / "models" / "fugumt-ja-en" / "ctranslate2" / "model.bin").is_file()


def test_a_file_that_does_not_match_the_hubs_checksum_is_refused(hub, tmp_path):
    env = _env(hub.url, tmp_path)
    hub.corrupt.add("model.safetensors")
    try:
        result = run_cli(["models", "fetch", "fugumt-en-ja"], env)
    finally:
        hub.corrupt.discard("model.safetensors")
    assert result.returncode == 1
    assert "model.safetensors: sha256" in result.stderr and "does not match" in result.stderr
    assert not (tmp_path / "models" / "fugumt-en-ja").exists()
    assert not (tmp_path / "models" / ".fetch-fugumt-en-ja" / "model.safetensors").exists()


def test_the_recommended_set_needs_its_licence_accepted_by_name(hub, tmp_path):
    env = _env(hub.url, tmp_path)
    hub.requests.clear()
    result = run_cli(["models", "fetch", "--set", "recommended"], env)
    assert result.returncode == 1
    assert "nllb-200-distilled-1.3B is CC-BY-NC-4.0" in result.stderr
    assert "--accept-licence cc-by-nc-4.0" in result.stderr
    assert "--set open" in result.stderr
    assert not [r for r in hub.requests if r[1].startswith("/api/models") or "/resolve/" in r[1]], (
        "nothing is asked of the hub before the licence is accepted"
    )
    accepted = run_cli(
        ["models", "fetch", "--set", "recommended", "--accept-licence", "cc-by-nc-4.0"], env
    )
    assert accepted.returncode == 0, accepted.stderr
    assert "licence CC-BY-NC-4.0 accepted; it is shown next to every translation" in accepted.stdout
    nllb = tmp_path / "models" / "nllb-200-distilled-1.3B"
    assert (nllb / "ctranslate2" / "model.bin").is_file()
    assert json.loads((nllb / "fetched.json").read_text())["licence"] == "CC-BY-NC-4.0"
    # NLLB translates Burmese straight into Japanese (its published figure beats the pivot's).
    analysed = run_cli(
        ["analyze", "--steps", "language,translation"],
        env,
        input_text=json.dumps({"id": "my", "text": "ကျေးဇူးတင်ပါတယ်။ ဆေးရုံမှာ ဘာသာပြန် လိုအပ်ပါတယ်။"}) + "\n",
    )
    assert analysed.returncode == 0, analysed.stderr
    (record,) = map(json.loads, analysed.stdout.splitlines())
    # Both routes are served (None: no model for the pair). The tiny random model's output means
    # nothing and may be empty: with the libraries pip resolves today its English is.
    assert record["translations"]["ja"]
    assert isinstance(record["translations"]["en"], str)
    assert "no translation for my" not in analysed.stderr


def test_fetch_fails_fast_when_no_hub_answers(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    result = run_cli(
        ["models", "fetch", "--set", "open"], _env(f"http://127.0.0.1:{port}", tmp_path)
    )
    assert result.returncode == 1
    assert f"cannot reach the model hub http://127.0.0.1:{port}" in result.stderr
    assert "feedback models install FOLDER NAME" in result.stderr
    assert time.monotonic() - started < 60


def test_check_and_fetch_without_arguments_say_which_set_to_fetch(tmp_path):
    env = {"FEEDBACK_VAR_DIR": str(tmp_path)}
    listed = run_cli(["models", "list"], env)
    assert listed.returncode == 0, listed.stderr
    assert "opus-mt-en-jap" not in listed.stdout
    assert "CC-BY-NC-4.0, 1,370M params, sets: recommended" in listed.stdout
    assert (
        "en -> ja  recommended: fugumt-en-ja chrF 38.5 (flores200-devtest)  |  "
        "open: fugumt-en-ja chrF 38.5 (flores200-devtest)"
    ) in listed.stdout
    assert "my -> ja  recommended: nllb-200-distilled-1.3B chrF 22.6" in listed.stdout
    assert "tl -> ja  recommended: nllb-200-distilled-1.3B > fugumt-en-ja est. chrF 26.2" in (
        listed.stdout
    )
    checked = run_cli(["models", "check"], env)
    assert checked.returncode == 0, checked.stderr
    assert "feedback models fetch --set recommended --accept-licence cc-by-nc-4.0" in checked.stdout
    assert "feedback models fetch --set open" in checked.stdout
    bare = run_cli(["models", "fetch"], env)
    assert bare.returncode == 2 and "--set open" in bare.stderr
