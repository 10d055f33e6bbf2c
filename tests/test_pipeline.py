"""The pipeline through the queue: every opinion ends processed, with its language."""

from __future__ import annotations

import time

from conftest import all_opinions, wait_for

# Every step of the pipeline, in order; without an embedding model the last three are skipped.
STEPS = ["language", "privacy", "translation", "topics", "flags", "themes"]

# Ten languages, Burmese and Khmer among them; ten opinions each.
SAMPLES = {
    "ja": "外国人住民のための日本語教室を夜にも開いてほしいです。",
    "en": "Please provide more information about health insurance in English.",
    "vi": "Tôi muốn có thêm thông tin về thủ tục gia hạn visa bằng tiếng Việt.",
    "my": "ကျွန်ုပ်တို့အတွက် ဂျပန်ဘာသာ သင်တန်းများ ပိုမိုလိုအပ်ပါသည်။",
    "km": "ខ្ញុំចង់បានព័ត៌មានបន្ថែមអំពីការធានារ៉ាប់រងសុខភាព។",
    "ne": "कृपया स्वास्थ्य बीमाको बारेमा नेपाली भाषामा जानकारी दिनुहोस्।",
    "pt": "Gostaria de mais informações sobre a escola para meus filhos.",
    "ko": "외국인 주민을 위한 상담 창구를 늘려 주세요.",
    "th": "อยากให้มีข้อมูลเกี่ยวกับการประกันสุขภาพเป็นภาษาไทยมากขึ้น",
    "id": "Saya ingin informasi lebih lanjut tentang asuransi kesehatan.",
}


def test_hundred_opinions_in_ten_languages_are_processed(client, reviewer_headers):
    started = time.monotonic()
    for text in SAMPLES.values():
        for number in range(10):
            response = client.post("/api/v1/opinions", json={"text": f"{text} ({number + 1})"})
            assert response.status_code == 201
    wait_for(
        lambda: all(
            item["processing_status"] == "processed"
            for item in all_opinions(client, reviewer_headers)
        ),
        timeout=60,
    )
    elapsed = time.monotonic() - started
    opinions = all_opinions(client, reviewer_headers)
    assert len(opinions) == 100
    by_prefix = {text[:12]: language for language, text in SAMPLES.items()}
    for opinion in opinions:
        assert opinion["language"] == by_prefix[opinion["text"][:12]], opinion["text"]
        assert 0 < opinion["language_confidence"] <= 1
        assert opinion["processed_at"] is not None
        assert opinion["steps"] == []  # the list leaves steps out; the detail has them
    assert elapsed < 60


def test_pipeline_normalises_and_records_steps(client, reviewer_headers):
    created = client.post(
        "/api/v1/opinions", json={"text": "Cafe\u0301 \u202eevil\u202c signs are hard to read"}
    ).json()
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{created['id']}", headers=reviewer_headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    opinion = client.get(
        f"/api/v1/review/opinions/{created['id']}", headers=reviewer_headers
    ).json()
    # Reviewers read the normalised text: NFC, and no bidi override to disguise it.
    assert opinion["text"] == "Caf\u00e9 evil signs are hard to read"
    assert [step["step"] for step in opinion["steps"]] == STEPS
    assert opinion["steps"][0]["outcome"] == "done"
    assert opinion["language"] == "en"


def test_job_enqueued_twice_leaves_one_result(client, reviewer_headers):
    created = client.post("/api/v1/opinions", json={"text": "Mehr Deutschkurse bitte."}).json()
    queue = client.app.state.job_queue
    for _ in range(3):
        client.blocking_portal.call(queue.enqueue, "process_opinion", created["id"])
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{created['id']}", headers=reviewer_headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    time.sleep(1)
    opinion = client.get(
        f"/api/v1/review/opinions/{created['id']}", headers=reviewer_headers
    ).json()
    assert [step["step"] for step in opinion["steps"]] == STEPS
    assert [translation["target"] for translation in opinion["translations"]] == ["en", "ja"], (
        opinion["steps"]
    )
    assert opinion["language"] == "de"


def test_undetermined_text_is_marked_for_checking(client, reviewer_headers):
    created = client.post("/api/v1/opinions", json={"text": "12345 !!! 😀😀"}).json()
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{created['id']}", headers=reviewer_headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    opinion = client.get(
        f"/api/v1/review/opinions/{created['id']}", headers=reviewer_headers
    ).json()
    assert opinion["language"] == "und"
    assert opinion["language_needs_check"] is True
    checked = client.get(
        "/api/v1/review/opinions", params={"needs_check": "1"}, headers=reviewer_headers
    ).json()
    assert [item["id"] for item in checked["items"]] == [created["id"]]


def _processed(client, headers, opinion_id):
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    return client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()


def test_opinions_are_translated_into_japanese_and_english(client, reviewer_headers):
    """The test models are tiny and random: their output is noise, but the routes, the model
    labels and what is stored are the real thing."""
    burmese = client.post("/api/v1/opinions", json={"text": SAMPLES["my"]}).json()
    opinion = _processed(client, reviewer_headers, burmese["id"])
    by_target = {item["target"]: item for item in opinion["translations"]}
    assert set(by_target) == {"en", "ja"}
    assert by_target["en"]["route"] == ["my", "en"] and by_target["en"]["model"] == "tiny/mul-en"
    assert by_target["ja"]["route"] == ["my", "en", "ja"]
    assert by_target["ja"]["model"] == "tiny/mul-en > tiny/en-ja"
    assert all(item["machine_translation"] for item in opinion["translations"])
    step = next(step for step in opinion["steps"] if step["step"] == "translation")
    assert step["outcome"] == "done"

    japanese = client.post("/api/v1/opinions", json={"text": SAMPLES["ja"]}).json()
    opinion = _processed(client, reviewer_headers, japanese["id"])
    assert [item["target"] for item in opinion["translations"]] == ["en"]


def test_missing_translation_model_is_reported_not_fatal(client, make_account):
    email, token = make_account("reviewer")
    headers = {"Authorization": f"Bearer {token}"}
    korean = client.post("/api/v1/opinions", json={"text": SAMPLES["ko"]}).json()
    opinion = _processed(client, headers, korean["id"])
    assert opinion["translations"] == []
    step = next(step for step in opinion["steps"] if step["step"] == "translation")
    assert step["outcome"] == "skipped"
    assert "no translation model for ko -> ja" in step["message"]
    assert "no translation model for ko -> en" in step["message"]
    client.get("/login")
    client.post(
        "/login",
        data={
            "email": email,
            "password": "correct horse 42",
            "_csrf_token": client.cookies.get("csrftoken"),
        },
    )
    # The review page says why, in the reviewer's language.
    page = client.get(f"/review/opinions/{korean['id']}", params={"lang": "en"}).text
    assert "No translation model for Korean into Japanese." in page
    page = client.get(f"/review/opinions/{korean['id']}", params={"lang": "ja"}).text
    assert "韓国語から日本語への翻訳モデルがありません。" in page


def test_campaign_burst_is_translated_in_batches(client, reviewer_headers):
    for number in range(12):
        client.post(
            "/api/v1/opinions", json={"text": SAMPLES["vi"] if number % 3 else SAMPLES["th"]}
        )
    wait_for(
        lambda: all(
            item["processing_status"] == "processed"
            for item in all_opinions(client, reviewer_headers)
        )
    )
    opinions = all_opinions(client, reviewer_headers)
    assert all(
        {item["target"] for item in opinion["translations"]} == {"en", "ja"} for opinion in opinions
    )
    # The worker's concurrent jobs share one batcher (it lives as long as the worker, not one
    # job): it sent every request of the burst (2 targets x 12 opinions).
    queue = client.app.state.job_queue
    if hasattr(queue, "ctx"):  # embedded mode; the production worker is another process
        from workers.jobs import WORKER_STATE

        batcher = queue.ctx[WORKER_STATE]["translation_batcher"]
        assert 1 <= batcher.batches <= 2 * len(opinions), batcher.batches
    # Identical opinions got identical translations (one translation, from the cache).
    vietnamese = {
        opinion["translations"][0]["text"]
        for opinion in opinions
        if opinion["text"] == SAMPLES["vi"]
    }
    assert len(vietnamese) == 1
