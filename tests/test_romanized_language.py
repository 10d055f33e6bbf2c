"""Romanized text through the pipeline: recognised, left for a reviewer, never translated."""

from __future__ import annotations

from conftest import wait_for

NEPALI_IN_LATIN = "malai japan ma kaam garna dherai garo chha, visa ko barema jankari chahiyo"


def _processed(client, opinion_id, headers):
    wait_for(
        lambda: (
            client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()[
                "processing_status"
            ]
            == "processed"
        )
    )
    return client.get(f"/api/v1/review/opinions/{opinion_id}", headers=headers).json()


def test_romanized_nepali_is_recognised_checked_and_not_translated(client, reviewer_headers):
    created = client.post("/api/v1/opinions", json={"text": NEPALI_IN_LATIN}).json()
    opinion = _processed(client, created["id"], reviewer_headers)
    assert opinion["language"] == "ne-Latn"
    assert opinion["language_needs_check"] is True
    translation = next(step for step in opinion["steps"] if step["step"] == "translation")
    assert translation["outcome"] == "skipped"
    assert "Latin letters" in translation["message"] + str(translation["detail"])

    # The reviewer confirms the romanization: stored like any correction, check cleared.
    confirmed = client.put(
        f"/api/v1/review/opinions/{created['id']}/language",
        json={"language": "ne-Latn"},
        headers=reviewer_headers,
    )
    assert confirmed.status_code == 200
    assert confirmed.json()["language"] == "ne-Latn"
    assert confirmed.json()["language_needs_check"] is False
    listed = client.get(
        "/api/v1/review/opinions", params={"language": "ne-Latn"}, headers=reviewer_headers
    ).json()
    assert [item["id"] for item in listed["items"]] == [created["id"]]


def test_a_reviewer_may_not_set_an_unknown_script(client, reviewer_headers):
    created = client.post("/api/v1/opinions", json={"text": NEPALI_IN_LATIN}).json()
    _processed(client, created["id"], reviewer_headers)
    refused = client.put(
        f"/api/v1/review/opinions/{created['id']}/language",
        json={"language": "ne-Cyrl"},
        headers=reviewer_headers,
    )
    assert refused.status_code == 400
    assert "ne-Latn" in refused.text
