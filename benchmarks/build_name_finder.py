"""Train the contextual name finder (`classifiers/name_finder.py`) and write its weights.

    .venv/bin/python benchmarks/build_name_finder.py [--per-split 1500] [--seed 11]
        [--splits dev,heldout,unseen,unseen2,unseen3] [--budget 0.4] [--public 0.01]

Needs the embedding model (`feedback models install`); about ten minutes on two cores.

Training data, generated with the privacy benchmark's own generators (`benchmarks/privacy.py`)
from five splits written by four people (the team's dev and held-out templates, and three data
writers' unseen splits, each with its own name lists, public names and decoys; all development
material now, see the benchmark's docstring). The fourth writer's `unseen4` is never used here:
it is the final measure.
- positives: a name phrase of the split inserted into a real sentence; a token is a name when it
  overlaps the gold name span;
- negatives: every other token of those texts, texts naming public places, institutions and
  officials (weighted `--public-weight`: keeping them is a goal of its own), decoy texts, and
  clean real sentences.
The model: a logistic regression on the encoder's token states of layers 8 and 12 side by side,
standardised (a middle layer carries the word, the last its role in the sentence; the last alone
found a third fewer names in a first trial). The threshold: on separately generated check texts
of the same splits (other sentences, other draws), the lowest score at which the finder adds at
most `--budget` false redactions per 100 clean sentences and removes at most `--public` of the
public names, on top of the rules.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchmarks.privacy as bench  # noqa: E402
from classifiers import name_finder  # noqa: E402
from classifiers.embedding import DEFAULT_ENCODER, get_embedder  # noqa: E402
from classifiers.name_context import find_names  # noqa: E402

LAYERS = (8, 12)


def split_material(split: str):
    if split in bench.UNSEEN_SPLITS:
        bench.use_unseen(split)
        return bench.unseen_sentences(split), bench.unseen_names(), bench.unseen.DECOYS
    sentences = bench.split_sentences(bench.load_sentences(), split)
    return sentences, bench.Names(split), bench.DECOYS


def generate(rng: random.Random, split: str, count: int, sentences, pool, decoys):
    """(text, gold name spans, public span or None, group) for one split."""
    out = []
    for _ in range(count):
        lang, sentence = rng.choice(sentences)
        phrase, spans = bench.new_item(rng, "name", lang, pool, split)
        text, at, _, _ = bench.insert(rng, sentence, lang, phrase, [])
        out.append((text, [(at + a, at + b) for k, a, b, _ in spans if k == "name"], None, "name"))
    for text, a, b, _ in bench.build_negatives(rng, sentences, count // 2, split):
        out.append((text, [], (a, b), "public"))
    out += [(t, [], None, "decoy") for t in bench.build_decoys(rng, sentences, count // 4, decoys)]
    out += [(s, [], None, "clean") for _, s in rng.sample(sentences, min(count, len(sentences)))]
    return out


def overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-split", type=int, default=1500, help="name texts per split")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--splits", default="dev,heldout,unseen,unseen2,unseen3")
    parser.add_argument("--C", type=float, default=0.1)
    parser.add_argument("--public-weight", type=float, default=4.0)
    parser.add_argument("--budget", type=float, default=0.4, help="added FP per 100 clean")
    parser.add_argument("--public", type=float, default=0.01, help="public names removed")
    parser.add_argument("--models", type=Path, default=Path("var/models") / DEFAULT_ENCODER)
    parser.add_argument("--out", type=Path, default=name_finder.WEIGHTS)
    args = parser.parse_args()
    if "unseen4" in args.splits:
        raise SystemExit("unseen4 is the final measure: never train on it")
    embedder = get_embedder(args.models)
    rng = random.Random(args.seed)
    train, check = [], []
    for split in args.splits.split(","):
        sentences, pool, decoys = split_material(split)
        train += generate(rng, split, args.per_split, sentences, pool, decoys)
        check += generate(rng, split, args.per_split // 2, sentences, pool, decoys)
        print(split, "texts generated", flush=True)
    started = time.perf_counter()
    train_states = embedder.token_states([t for t, *_ in train], LAYERS)
    check_states = embedder.token_states([t for t, *_ in check], LAYERS)
    print(f"token states of {len(train) + len(check)} texts: {time.perf_counter() - started:.0f} s")

    x = np.concatenate([s.states for s in train_states])
    y = np.concatenate(
        [[overlaps(a, b, gold) for a, b in s.offsets] for (_, gold, _, _), s in
         zip(train, train_states, strict=True)]
    ).astype(np.int8)  # fmt: skip
    weight = np.concatenate(
        [np.full(len(s.offsets), args.public_weight if group == "public" else 1.0)
         for (*_, group), s in zip(train, train_states, strict=True)]
    )  # fmt: skip
    mean, scale = x.mean(0), x.std(0) + 1e-6
    model = LogisticRegression(C=args.C, max_iter=500)
    model.fit((x - mean) / scale, y, sample_weight=weight)
    print(f"{len(y)} tokens, {int(y.sum())} in names; fitted", flush=True)
    weights = name_finder.FinderWeights(
        encoder=embedder.name,
        dim=embedder.dim,
        layers=LAYERS,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        dense=((model.coef_[0][:, None].astype(np.float32), model.intercept_.astype(np.float32)),),
        threshold=0.0,
    )

    # The threshold, on the check texts: what the finder adds to the rules.
    rows = []
    for (text, gold, public, group), states in zip(check, check_states, strict=True):
        scores = weights.scores(states.states) if len(states.offsets) else np.zeros(0)
        rows.append((text, gold, public, group, states.offsets, scores, find_names(text)))
    chosen = None
    for threshold in np.arange(-2.0, 6.01, 0.25):
        counts = {"clean": 0, "public": 0, "name": 0}
        hits = rule_hits = gold_total = 0
        for text, gold, public, group, offsets, scores, rules in rows:
            found = name_finder.spans_from_scores(text, offsets, scores, float(threshold))
            added = [s for s in found if not overlaps(*s, rules)]
            if group == "clean" and added:
                counts["clean"] += 1
            if group == "public" and overlaps(*public, added):
                counts["public"] += 1
            for a, b in gold:
                gold_total += 1
                rule_hits += overlaps(a, b, rules)
                hits += overlaps(a, b, rules) or overlaps(a, b, found)
        n_clean = sum(r[3] == "clean" for r in rows)
        n_public = sum(r[3] == "public" for r in rows)
        fp = 100 * counts["clean"] / n_clean
        removed = counts["public"] / n_public
        print(
            f"threshold {threshold:5.2f}: names {rule_hits / gold_total:.3f} -> "
            f"{hits / gold_total:.3f}; +{fp:.2f} per 100 clean; public removed {removed:.4f}"
        )
        if chosen is None and fp <= args.budget and removed <= args.public:
            chosen = float(threshold)
    if chosen is None:
        raise SystemExit("no threshold meets the budget")
    weights = name_finder.FinderWeights(**{**weights.__dict__, "threshold": chosen})
    weights.save(args.out)
    print("wrote", args.out, "threshold", chosen)


if __name__ == "__main__":
    main()
