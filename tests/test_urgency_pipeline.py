"""Urgency through the queue, with no embedding model installed: the patterns alone flag a cry
for help with its category, the reviewer sees it first and by name, and look-alikes stay calm."""

from __future__ import annotations

from conftest import wait_for

URGENT = {
    "danger_to_life": "もう生きていたくない。毎晩、駅のホームで電車を見ています。",
    "labour_exploitation": "Giữ hộ chiếu của tôi, công ty không trả lương ba tháng nay.",
    "violence": "My husband hits me and said he will kill me if I call anyone.",
}
CALM = [
    "パスポートの更新はどこでできますか。",
    "I am dying to see my family again, please make visa procedures faster.",
    "地震が怖いです。避難所の案内を多言語でお願いします。",
]


def _processed(client, headers, opinion_id: int) -> dict:
    url = f"/api/v1/review/opinions/{opinion_id}"
    wait_for(lambda: client.get(url, headers=headers).json()["processing_status"] == "processed")
    return client.get(url, headers=headers).json()


def test_urgent_opinions_carry_their_category_without_an_embedding_model(client, reviewer_headers):
    ids = {}
    for text in CALM:
        ids[text] = client.post("/api/v1/opinions", json={"text": text}).json()["id"]
    for category, text in URGENT.items():
        ids[category] = client.post("/api/v1/opinions", json={"text": text}).json()["id"]

    for category in URGENT:
        opinion = _processed(client, reviewer_headers, ids[category])
        assert opinion["urgent"], opinion
        assert category in opinion["urgent_categories"], opinion
        assert opinion["urgent_reasons"]
        flags = next(step for step in opinion["steps"] if step["step"] == "flags")
        assert flags["outcome"] == "done"
        assert "no embedding model" in flags["message"]
    for text in CALM:
        opinion = _processed(client, reviewer_headers, ids[text])
        assert not opinion["urgent"], opinion
        assert opinion["urgent_categories"] == []

    listed = client.get(
        "/api/v1/review/opinions", params={"urgent": "true"}, headers=reviewer_headers
    ).json()
    assert {item["id"] for item in listed["items"]} == {ids[c] for c in URGENT}
    first = client.get("/api/v1/review/opinions", headers=reviewer_headers).json()["items"]
    assert {item["id"] for item in first[: len(URGENT)]} == {ids[c] for c in URGENT}


def test_the_dashboard_names_the_category(client, make_account):
    from test_review import login

    email, _token = make_account("reviewer")
    created = client.post("/api/v1/opinions", json={"text": URGENT["violence"]}).json()
    assert login(client, email).status_code in (302, 303)
    wait_for(lambda: "Violence and threats" in client.get("/review?lang=en").text)
    page = client.get(f"/review/opinions/{created['id']}?lang=en").text
    assert "Violence and threats" in page
    assert "暴力・脅迫" in client.get(f"/review/opinions/{created['id']}?lang=ja").text
