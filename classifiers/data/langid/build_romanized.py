"""Build `romanized.npz`, the romanized-text model of `classifiers.romanized`.

    .venv/bin/pip install 'pykakasi==2.3.0' 'wordfreq==3.1.1'
    .venv/bin/python classifiers/data/langid/build_romanized.py [--shared ../shared/data]

Training text (none of it in the language-id development set `langid/dev.tsv`):
- SIB-200 train and dev sentences (FLORES-200, CC BY-SA 4.0) and NTREX-128 (CC BY-SA 4.0)
  in Nepali, Hindi, Urdu and Japanese, romanized by `classifiers.romanize` three times each
  in random spelling styles (Japanese: Hepburn, Kunrei and passport romaji, with the
  particles は/を written "wa"/"o" half the time, as people type them), and Vietnamese with
  its diacritics stripped;
- the same sources as written in English, Spanish, French, Indonesian, Portuguese, Tagalog,
  Turkish and Vietnamese, for the languages that are really written in Latin letters;
- for Malay and 18 other European languages in Latin letters (one "other" class), which
  SIB-200 here lacks: 1,500 pseudo-sentences of 12 words each, drawn by frequency from
  wordfreq's word lists (wordfreq 3.1.1, CC BY-SA 4.0): their letters and word shapes, not
  their syntax.
Counts of hashed character 1..4-grams per class, add-one smoothed, as float16 log
probabilities. The file is a statistic of CC BY-SA text and is CC BY-SA 4.0 too.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO_ROOT))

from classifiers import romanize  # noqa: E402
from classifiers.romanized import (  # noqa: E402
    BUCKETS_BITS,
    CLASSES,
    OTHER_LATIN,
    ngram_buckets,
)

OUT = Path(__file__).with_name("romanized.npz")
SEED = 20261206


def sentences(shared: Path, lang: str) -> list[str]:
    found: list[str] = []
    for split in ("train", "dev"):
        path = shared / "sib200" / lang / f"{split}.jsonl"
        if path.exists():
            found += [json.loads(line)["text"] for line in path.read_text().splitlines()]
    ntrex = shared / "mt" / "ntrex128" / f"{lang}.txt"
    if ntrex.exists():
        found += [line for line in ntrex.read_text().splitlines() if line.strip()]
    return found


def japanese_variants(text: str, rng: random.Random) -> list[str]:
    out = []
    for system in ("hepburn", "kunrei", "passport"):
        romaji = romanize.japanese(text, system)
        if rng.random() < 0.5:
            romaji = re.sub(r"\bha\b", "wa", romaji)
            romaji = re.sub(r"\bwo\b", "o", romaji)
        out.append(romaji)
    return out


def training_text(shared: Path) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    text: dict[str, list[str]] = {label: [] for label in CLASSES}
    for lang in ("ne", "hi"):
        for sentence in sentences(shared, lang):
            text[f"{lang}-Latn"] += [
                romanize.devanagari(sentence, romanize.random_style(rng)) for _ in range(3)
            ]
    for sentence in sentences(shared, "ur"):
        text["ur-Latn"] += [romanize.urdu(sentence, romanize.random_style(rng)) for _ in range(3)]
    for sentence in sentences(shared, "ja"):
        text["ja-Latn"] += japanese_variants(sentence, rng)
    vietnamese = sentences(shared, "vi")
    text["vi-ascii"] = [romanize.strip_diacritics(s) for s in vietnamese]
    for lang in ("en", "es", "fr", "id", "pt", "tl", "tr", "vi"):
        text[lang] = sentences(shared, lang)
    text["ms"] = pseudo_sentences("ms", 1500, rng)
    for lang in OTHER_LATIN:
        text["other"] += pseudo_sentences(lang, 1500 // len(OTHER_LATIN) + 1, rng)
    return text


def pseudo_sentences(lang: str, count: int, rng: random.Random) -> list[str]:
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict(lang, "small")
    words = [word for word in list(frequencies)[:20000] if word.isalpha()]
    weights = [frequencies[word] for word in words]
    return [" ".join(rng.choices(words, weights, k=12)) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    text = training_text(args.shared)
    counts = np.ones((1 << BUCKETS_BITS, len(CLASSES)), dtype=np.float64)
    for column, label in enumerate(CLASSES):
        if not text[label]:
            raise SystemExit(f"no training text for {label}")
        buckets = np.concatenate([ngram_buckets(line) for line in text[label]]).astype(np.intp)
        counts[:, column] += np.bincount(buckets, minlength=1 << BUCKETS_BITS)
        print(f"{label:9} {len(text[label]):5} texts {len(buckets):8} n-grams")
    log_probs = np.log(counts / counts.sum(axis=0, keepdims=True))
    np.savez_compressed(
        OUT, log_probs=log_probs.astype(np.float16), classes=np.array(CLASSES, dtype=str)
    )
    print(f"-> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
