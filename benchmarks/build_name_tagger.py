"""Train the name tagger (`classifiers/name_tagger.py`) and write its weights.

    .venv/bin/python benchmarks/build_name_tagger.py [--per-split 6000] [--seed 7]

Training data, generated with the privacy benchmark's own generators (`benchmarks/privacy.py`)
from the dev, held-out and first unseen splits (their name templates, written by two people,
name lists and real sentences; `--splits dev,heldout` leaves `unseen` as a cross-check). The
later unseen splits (unseen2, unseen3) are final measures and are never used here:
- positives: a name phrase of the split ("My name is …", "…さん", "anh …") inserted into a real
  sentence; a token is a name when it overlaps the gold name span;
- negatives: every other token of those texts, the texts naming public places, institutions
  and officials, the decoy texts, and the clean sentences of one half of each split (a hash of
  the text); the other half of the clean sentences and a separate set of public-name texts
  choose the threshold: the lowest score at which the tagger adds at most `--budget` false
  redactions per 100 clean sentences and removes at most 1% of public names.
Each token's features include whether the rules found it (the rules run with the tagger off).
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchmarks.privacy as bench  # noqa: E402
from classifiers import name_context, name_tagger  # noqa: E402


def rule_spans(text: str) -> list[tuple[int, int]]:
    name_tagger.ENABLED = False
    return name_context.find_names(text)


def name_texts(rng: random.Random, split: str, count: int, sentences, pool) -> list:
    out = []
    for _ in range(count):
        lang, sentence = rng.choice(sentences)
        phrase, spans = bench.new_item(rng, "name", lang, pool, split)
        text, at, _, _ = bench.insert(rng, sentence, lang, phrase, [])
        gold = [(at + a, at + b) for kind, a, b, _ in spans if kind == "name"]
        out.append((text, gold))
    return out


def rows_of(text: str, gold: list[tuple[int, int]]):
    chosen, rows = name_tagger.token_rows(text, rule_spans(text))
    labels = [int(any(a < e and s < b for s, e in gold)) for a, b, _ in chosen]
    return chosen, rows, labels


def matrix(rows: list[list[int]]) -> sparse.csr_matrix:
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float32)
    m = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), name_tagger.DIMENSION))
    m.sum_duplicates()
    m.data[:] = 1.0
    return m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-split", type=int, default=6000, help="name texts per split")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--budget", type=float, default=0.3, help="added FP per 100 clean")
    parser.add_argument("--C", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=name_tagger.WEIGHTS, help="weights file")
    parser.add_argument(
        "--splits", default="dev,heldout,unseen", help="never unseen2 or unseen3 (final measures)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    all_sentences = bench.load_sentences()
    train_rows: list[list[int]] = []
    train_labels: list[int] = []
    clean_check: list[str] = []
    public_check: list[tuple[str, int, int]] = []
    for split in args.splits.split(","):
        if split == "unseen":
            bench.use_unseen(split)
            sentences, pool = bench.unseen_sentences(split), bench.unseen_names()
            decoy_table = bench.unseen.DECOYS
        else:
            sentences, pool = bench.split_sentences(all_sentences, split), bench.Names(split)
            decoy_table = bench.DECOYS
        texts = name_texts(rng, split, args.per_split, sentences, pool)
        texts += [(t, []) for t in bench.build_decoys(rng, sentences, 1500, decoy_table)]
        texts += [(t, []) for t, *_ in bench.build_negatives(rng, sentences, 3000, split)]
        public_check += [
            (t, a, b) for t, a, b, _ in bench.build_negatives(rng, sentences, 1500, split)
        ]
        for _, sentence in rng.sample(sentences, min(3000, len(sentences))):
            if zlib.crc32(sentence.encode()) % 2:
                clean_check.append(sentence)
            else:
                texts.append((sentence, []))
        for text, gold in texts:
            _, rows, labels = rows_of(text, gold)
            train_rows += rows
            train_labels += labels
        print(split, len(texts), "texts", len(train_rows), "tokens", sum(train_labels), "names")
    x = matrix(train_rows)
    y = np.array(train_labels)
    model = LogisticRegression(C=args.C, max_iter=300, solver="liblinear")
    model.fit(x, y)
    weights = model.coef_[0].astype(np.float32)
    weights[name_tagger._hash("b")] += float(model.intercept_[0])

    # The threshold: how many clean sentences and public names the tagger's own additions cost.
    def additions(text: str) -> list[tuple[int, int, float]]:
        rules = rule_spans(text)
        chosen, rows = name_tagger.token_rows(text, rules)
        return [
            (a, b, float(weights[r].sum()))
            for (a, b, _), r in zip(chosen, rows, strict=True)
            if not any(a < e and s < b for s, e in rules)
        ]

    clean_scores = [max((s for *_, s in additions(t)), default=-99.0) for t in clean_check]
    public_scores = [
        max((s for a2, b2, s in additions(t) if a2 < b and a < b2), default=-99.0)
        for t, a, b in public_check
    ]
    chosen_threshold = None
    for threshold in np.arange(-8.0, 8.01, 0.25):
        fp = sum(s >= threshold for s in clean_scores) * 100 / len(clean_scores)
        removed = sum(s >= threshold for s in public_scores) / len(public_scores)
        print(f"threshold {threshold:.2f}: +{fp:.2f} per 100 clean, public removed {removed:.4f}")
        if fp <= args.budget and removed <= 0.01:
            chosen_threshold = float(threshold)
            break
    assert chosen_threshold is not None
    np.savez_compressed(args.out, weights=weights.astype(np.float16), threshold=chosen_threshold)
    print("wrote", args.out, "threshold", chosen_threshold)


if __name__ == "__main__":
    main()
