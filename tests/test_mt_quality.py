"""benchmarks/mt_quality.py: chrF arithmetic, and a run with a tiny model on tiny files."""

from __future__ import annotations

import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import mt_quality  # noqa: E402


def test_chrf_bounds_and_order():
    assert mt_quality.chrf(["the bus comes twice a day"], ["the bus comes twice a day"]) == 100
    assert mt_quality.chrf(["xyz"], ["abc"]) == 0
    close = mt_quality.chrf(["the bus comes twice a day"], ["the bus comes two times a day"])
    far = mt_quality.chrf(["a day"], ["the bus comes two times a day"])
    assert 0 < far < close < 100
    # a corpus score, not a mean of line scores: one long perfect line outweighs a short miss
    corpus = mt_quality.chrf(
        ["the residence card renewal office is open on saturdays", "zzz"],
        ["the residence card renewal office is open on saturdays", "abc"],
    )
    assert corpus > 50
    with pytest.raises(ValueError, match="2 hypotheses for 1 references"):
        mt_quality.chrf(["a", "b"], ["a"])


def test_scores_an_installed_model_on_line_aligned_files(
    tiny_translation, tmp_path, monkeypatch, capsys
):
    data = tmp_path / "data"
    data.mkdir()
    (data / "vi.txt").write_text("Tôi muốn biết về thẻ cư trú.\nXin cảm ơn.\n", encoding="utf-8")
    (data / "en.txt").write_text("I want to know about the card.\nThank you.\n", encoding="utf-8")
    (data / "es-MX.txt").write_text("no\nno\n", encoding="utf-8")  # regional files are skipped
    catalogue = tiny_translation["FEEDBACK_TRANSLATION_CATALOGUE"]
    scores = mt_quality.evaluate(
        ["mul-en"], data, tiny_translation["FEEDBACK_MODELS_DIR"], catalogue
    )
    assert [(s.source, s.target, s.route, s.lines) for s in scores] == [("vi", "en", "mul-en", 2)]
    assert 0 <= scores[0].chrf < 100  # random weights: far from the reference
    with pytest.raises(KeyError, match="no model named 'nope'"):
        mt_quality.evaluate(["nope"], data, tiny_translation["FEEDBACK_MODELS_DIR"], catalogue)
    monkeypatch.setenv("FEEDBACK_MODELS_DIR", tiny_translation["FEEDBACK_MODELS_DIR"])
    monkeypatch.setenv("FEEDBACK_VAR_DIR", str(tmp_path))
    code = mt_quality.main(["mul-en", "--data", str(data), "--catalogue", catalogue])
    assert code == 0
    table = capsys.readouterr().out
    assert "| vi-en | mul-en |" in table and "| 2 |" in table
