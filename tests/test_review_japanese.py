"""A Japanese-reading reviewer reads every review page in Japanese (issue 15, point 3).

Opinions go in through the public API, are processed by the real pipeline (the tiny
translation models, and the real embedding model for topics, flags and themes), and are
triaged through the review API; then every review page is read with the Japanese interface
and its text checked for the codes the tables store: topic slugs, processing, triage and
export statuses, pipeline steps and outcomes, relevance and flag values, urgency categories,
roles and personal-data kinds. Only residents' words (the opinion, its machine translations,
keywords taken from them, notes) may be in another language: the templates mark them
`data-user-content` or with their own `lang`, and the check leaves those out.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import all_opinions, wait_for
from test_understanding import NIGHT_CLASSES, smart  # noqa: F401 - the fixture

from classifiers.privacy import KINDS as PII_KINDS
from classifiers.topics import load_taxonomy
from classifiers.urgency import CATEGORIES as URGENCY_CATEGORIES
from feedback.tables import PROCESSING_STATUSES, ROLES, TRIAGE_STATUSES

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

# Codes that must never reach a Japanese page (the topic slugs are read from the database).
CODES = {
    *PROCESSING_STATUSES, *TRIAGE_STATUSES, "queued", "running", "done",  # statuses
    "language", "privacy", "translation", "topics", "flags", "themes",  # pipeline steps
    "skipped", "policy", "consultation", "policy_opinion", "urgency", "relevance", "urgent",
    "not_urgent", *URGENCY_CATEGORIES, *ROLES, *PII_KINDS, "undetermined",
}  # fmt: skip

VIETNAMESE = "Xin hãy mở thêm lớp học tiếng Nhật buổi tối cho người đi làm."
KOREAN = "외국인 주민을 위한 야간 일본어 교실을 늘려 주세요. 일이 끝난 후에 다니고 싶습니다."


class PageText(HTMLParser):
    """The text a reader sees, less residents' words: text inside an element that says it
    holds user content, or is in a language other than the page's, is left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page_language = ""
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.page_language = values.get("lang") or ""
        excluded = bool(self.stack and self.stack[-1][1])
        excluded = excluded or tag in ("script", "style") or "data-user-content" in values
        language = values.get("lang")
        if tag != "html" and language and language != self.page_language:
            excluded = True
        if tag not in VOID:
            self.stack.append((tag, excluded))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        for position in range(len(self.stack) - 1, -1, -1):
            if self.stack[position][0] == tag:
                del self.stack[position:]
                return

    def handle_data(self, data: str) -> None:
        if data.strip() and not (self.stack and self.stack[-1][1]):
            self.texts.append(data.strip())


def visible_codes(html: str, codes: set[str]) -> list[str]:
    parser = PageText()
    parser.feed(html)
    assert parser.page_language == "ja"
    found = []
    for text in parser.texts:
        for word in re.findall(r"[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]|[A-Za-z]", text):
            if word.lower() in codes:
                found.append(f"{word!r} in {text[:120]!r}")
    return found


def _wait_processed(client, headers) -> None:
    wait_for(
        lambda: {o["processing_status"] for o in all_opinions(client, headers)} == {"processed"},
        timeout=300,
    )


def _headers(client, role: str, email: str) -> dict[str, str]:
    from feedback.accounts.services import create_account, issue_token

    client.blocking_portal.call(create_account, email, "correct horse 42", role)
    return {"Authorization": "Bearer " + client.blocking_portal.call(issue_token, email)}


# The pages are the same templates whatever stores the data; the walk is the slowest test of
# the suite (a real embedding model, a regroup, a dozen pages), so it runs on the embedded
# deployment only. The production queries behind these pages are covered by test_review.py.
@pytest.mark.parametrize("backend", ["embedded"], indirect=True)
def test_every_review_page_reads_in_japanese(smart):  # noqa: F811 - the fixture
    client = smart.client
    reviewer = _headers(client, "reviewer", "shinsa@example.go.jp")
    organizer = _headers(client, "organizer", "choushu@example.go.jp")
    admin = _headers(client, "admin", "kanri@example.go.jp")

    submitted = {
        "night": [
            client.post("/api/v1/opinions", json={"text": text}).json()["id"]
            for text in NIGHT_CLASSES.values()
        ],
        # No model serves Korean: no translation, a skipped step, a title from the topic.
        "korean": [
            client.post("/api/v1/opinions", json={"text": KOREAN}).json()["id"] for _ in range(1)
        ],
        "urgent": [
            client.post(
                "/api/v1/opinions",
                json={"text": "My boss took my passport and hits me every day. Please help me."},
            ).json()["id"]
        ],
        "personal": [
            client.post(
                "/api/v1/opinions",
                json={
                    "text": "ゴミの分別が分かりません。tanaka.taro@example.jp に連絡してください。"
                },
            ).json()["id"]
        ],
        "question": [
            client.post(
                "/api/v1/opinions",
                json={"text": "在留カードの更新はどこで手続きすればよいですか？"},
            ).json()["id"]
        ],
    }
    for text in [
        "Buses in my town stop at 8 pm; please run later buses for shift workers.",
        "バスの最終便が早すぎます。夜勤の人のために遅い便を増やしてください。",
        "Os ônibus param às 20h; precisamos de ônibus mais tarde para quem trabalha à noite.",
    ]:
        client.post("/api/v1/opinions", json={"text": text})
    _wait_processed(client, reviewer)
    smart.regroup()

    # Reviewers' work, through the review API: triage, a topic, a language, a note.
    night_vi = submitted["night"][1]
    assert (
        client.patch(
            f"/api/v1/review/opinions/{night_vi}",
            json={"triage_status": "in_review", "assignee": "shinsa@example.go.jp"},
            headers=reviewer,
        ).status_code
        == 200
    )
    assert (
        client.patch(
            f"/api/v1/review/opinions/{submitted['korean'][0]}",
            json={"topic": "education", "triage_status": "forwarded"},
            headers=reviewer,
        ).status_code
        == 200
    )
    assert (
        client.put(
            f"/api/v1/review/opinions/{submitted['question'][0]}/language",
            json={"language": "ja"},
            headers=reviewer,
        ).status_code
        == 200
    )
    client.post(
        f"/api/v1/review/opinions/{night_vi}/notes",
        json={"text": "担当課に確認中です。"},
        headers=reviewer,
    )
    export = client.post(
        "/api/v1/exports/opinions", json={"format": "csv"}, headers=organizer
    ).json()
    pack = client.post(
        "/api/v1/exports/packs", json={"format": "pack-md"}, headers=organizer
    ).json()

    slugs = set(load_taxonomy().slugs)
    assert "housing" in slugs and "information-consultation" in slugs
    codes = CODES | slugs

    ids = [o["id"] for o in all_opinions(client, reviewer)]
    themes = client.get("/api/v1/review/themes", headers=reviewer).json()
    assert themes, "the regroup made no theme"
    pages = [
        (reviewer, "/review"),
        (reviewer, "/review?status=processed"),
        (reviewer, "/review?duplicates=1&sort=language"),
        (reviewer, "/review/themes"),
        (reviewer, "/review/overview"),
        *[(reviewer, f"/review/opinions/{opinion_id}") for opinion_id in ids],
        *[(reviewer, f"/review?theme={theme['id']}") for theme in themes],
        (organizer, "/review/exports"),
        (organizer, f"/review/exports/{export['id']}"),
        (admin, f"/review/opinions/{submitted['personal'][0]}/original"),
    ]
    problems = {}
    for headers, path in pages:
        response = client.get(path, params={"lang": "ja"}, headers=headers)
        assert response.status_code == 200, (path, response.text[:300])
        found = visible_codes(response.text, codes)
        if found:
            problems[path] = found
    assert not problems, problems

    # The pages did show what was checked: Japanese names of what the codes stand for.
    opinion_page = client.get(
        f"/review/opinions/{night_vi}", params={"lang": "ja"}, headers=reviewer
    )
    for label in ("対応中", "言語判定", "機械翻訳", "分野の判定", "ベトナム語", "振り分けを変更"):
        assert label in opinion_page.text, label
    korean_page = client.get(
        f"/review/opinions/{submitted['korean'][0]}", params={"lang": "ja"}, headers=reviewer
    ).text
    assert "韓国語から日本語への翻訳モデルがありません" in korean_page
    urgent_page = client.get(
        f"/review/opinions/{submitted['urgent'][0]}", params={"lang": "ja"}, headers=reviewer
    ).text
    assert "緊急性：緊急" in urgent_page

    # The hearing pack prints the titles the regroup stored: in Japanese, a theme is never
    # headed by a sentence in another language (here: the Korean opinion, which no model
    # translates).
    wait_for(
        lambda: (
            client.get(f"/api/v1/exports/{pack['id']}", headers=organizer).json()["status"]
            in ("done", "failed")
        )
    )
    status = client.get(f"/api/v1/exports/{pack['id']}", headers=organizer).json()
    assert status["status"] == "done", status
    markdown = client.get(status["download"], headers=organizer).text
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings and not [line for line in headings if KOREAN[:12] in line], headings
    for foreign in (NIGHT_CLASSES["vi"], NIGHT_CLASSES["pt"], NIGHT_CLASSES["my"]):
        assert not [line for line in headings if foreign[:20] in line], headings

    # A theme's Japanese title is Japanese: its representative's text when that is Japanese,
    # its Japanese machine translation, or its topic's name; never a foreign sentence.
    originals = {o["id"]: o for o in all_opinions(client, reviewer)}
    for theme in themes:
        representative = theme["representative"]
        if representative is None:
            continue
        language = originals[representative["id"]]["language"]
        if language != "ja" and not representative.get("translations", {}).get("ja"):
            assert theme["title_ja"] != representative["text"][: len(theme["title_ja"])]
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", theme["title_ja"]), theme


def _row(html: str, opinion_text: str) -> str:
    """The inbox row (<tr>…</tr>) that shows `opinion_text`."""
    position = html.index(opinion_text[:40])
    return html[html.rindex("<tr", 0, position) : html.index("</tr>", position)]


@pytest.fixture
def licensed_client(backend, tiny_translation, tmp_path):
    """The app with a catalogue that gives the tiny many-to-English model NLLB's licence (the
    review screens name a translation's licence from the catalogue)."""
    import yaml
    from litestar.testing import TestClient

    from feedback.app import create_app

    catalogue = yaml.safe_load(
        Path(tiny_translation["FEEDBACK_TRANSLATION_CATALOGUE"]).read_text(encoding="utf-8")
    )
    for entry in catalogue["models"]:
        if entry["name"] == "mul-en":
            entry["licence"] = "CC-BY-NC-4.0"
    path = tmp_path / "licensed-catalogue.yaml"
    path.write_text(yaml.safe_dump(catalogue, allow_unicode=True), encoding="utf-8")
    app = create_app(backend.settings(FEEDBACK_TRANSLATION_CATALOGUE=str(path)))
    with TestClient(app, base_url="http://testserver.local") as client:
        yield client


def test_inbox_row_shows_the_machine_translation_under_the_original(licensed_client):
    client = licensed_client
    reviewer = _headers(client, "reviewer", "inbox@example.go.jp")
    vietnamese = client.post("/api/v1/opinions", json={"text": VIETNAMESE}).json()["id"]
    client.post("/api/v1/opinions", json={"text": KOREAN})
    _wait_processed(client, reviewer)
    stored = {
        item["target"]: item["text"]
        for item in client.get(f"/api/v1/review/opinions/{vietnamese}", headers=reviewer).json()[
            "translations"
        ]
    }
    assert set(stored) == {"ja", "en"}

    for lang, label, licence in (
        ("ja", "機械翻訳", "CC BY-NC 4.0（非営利目的の利用に限る）"),
        ("en", "Machine translation", "CC BY-NC 4.0 (non-commercial use only)"),
    ):
        inbox = client.get("/review", params={"lang": lang}, headers=reviewer).text
        row = _row(inbox, VIETNAMESE)
        original_at = row.index(VIETNAMESE[:40])
        translation = re.search(
            r'<div class="translation-excerpt"><span class="mt-label"[^>]*>([^<]*)</span> '
            # the tiny random model's output is garbage, so the warning badge sits between
            r'(?:<span class="badge warn" data-translation-warning[^>]*>[^<]*</span> )?'
            rf'<span lang="{lang}"[^>]*>([^<]*)</span>',
            row,
        )
        assert translation, row
        # Under the original, labelled with the model's licence, and the stored translation
        # into the reader's language.
        assert translation.start() > original_at
        assert translation.group(1) == f"{label} · {licence}"
        shown = html.unescape(translation.group(2))
        assert stored[lang].startswith(shown.rstrip(".…")[:50])
        # The opinion with no translation shows its original only.
        assert "translation-excerpt" not in _row(inbox, KOREAN)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_theme_title_without_a_translation_comes_from_the_topic(client, reviewer_headers, lang):
    """A theme of Korean opinions (no model serves Korean) is never titled with the Korean
    sentence: its title says what it is about in the reviewer's language."""
    korean = client.post("/api/v1/opinions", json={"text": KOREAN}).json()["id"]
    _wait_processed(client, reviewer_headers)
    assert (
        client.patch(
            f"/api/v1/review/opinions/{korean}",
            json={"topic": "education"},
            headers=reviewer_headers,
        ).status_code
        == 200
    )
    theme = client.post(
        "/api/v1/review/themes/move",
        json={"ids": [korean], "theme": None},
        headers=reviewer_headers,
    ).json()["theme"]
    card = next(
        card
        for card in client.get("/api/v1/review/themes", headers=reviewer_headers).json()
        if card["id"] == theme
    )
    assert KOREAN[:10] not in card["title_ja"] and KOREAN[:10] not in card["title_en"]
    board = client.get("/review/themes", params={"lang": lang}, headers=reviewer_headers).text
    heading = re.search(rf'<h2 id="theme-title-{theme}">(.*?)</h2>', board, re.S)
    assert heading and KOREAN[:10] not in heading.group(1)
    # The theme split off from a Korean opinion on education takes its topic.
    assert ("教育" if lang == "ja" else "Education") in heading.group(1)
    assert (
        "分野名とキーワードから表題を作成しています"
        if lang == "ja"
        else "Title made from the topic and keywords"
    ) in board
