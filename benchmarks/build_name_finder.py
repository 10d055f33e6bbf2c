"""Train the contextual name finder (`classifiers/name_finder.py`) and write its weights.

    .venv/bin/python benchmarks/build_name_finder.py [--per-split 1500] [--seed 11]
        [--splits dev,heldout,unseen,...,unseen8] [--hidden 64] [--no-context]
        [--public-weight 12] [--validate SPLIT] [--budget 0.4] [--public 0.01] [--dry-run]

Needs the embedding model (`feedback models install`). Reading the encoder's token states is
the slow part (about five minutes per split on two cores); they are kept per split under
`--cache` (var/cache/name_finder), so that fitting another head reads no text twice.

Training data, generated with the privacy benchmark's own generators (`benchmarks/privacy.py`)
from the splits of `--splits`, each written by another person (the team's dev and held-out
templates, and the data writers' unseen splits, each with its own name lists, public names and
decoys; all development material now, see the benchmark's docstring). The split kept for the
final measure (`FINAL`) is never used here.
- positives: a name phrase of the split inserted into a real sentence; a token is a name when it
  overlaps the gold name span;
- negatives: every other token of those texts, texts naming public places, institutions and
  officials (weighted `--public-weight`: keeping them is a goal of its own), decoy texts, and
  clean real sentences.
The model reads the encoder's token states of layers 8 and 12 side by side, standardised (a
middle layer carries the word, the last its role in the sentence), and beside them the mean of
the neighbouring tokens' states (`--no-context` leaves them out): the label or verb before a name
and the particle or honorific after it. `--hidden 0` fits a logistic
regression; `--hidden N` a network with one hidden layer of N units (GELU), trained with weight
decay. The threshold: on separately generated check texts of the same splits (other sentences,
other draws), the lowest score at which the finder adds at most `--budget` false redactions per
100 clean sentences and removes at most `--public` of the public names, on top of the rules.

`--validate SPLIT` leaves one writer's split out of training and prints, at the chosen
threshold, what the finder adds on that split's texts: the honest way to compare heads (a new
writer's phrasings), before the weights are built from every split.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchmarks.privacy as bench  # noqa: E402
from classifiers import name_finder  # noqa: E402
from classifiers.embedding import DEFAULT_ENCODER, get_embedder  # noqa: E402
from classifiers.name_context import find_names  # noqa: E402

LAYERS = (8, 12)
# Kept for the final measure, run once after the finder is frozen (benchmarks/privacy.py).
FINAL = ("unseen11",)
SPLITS = "dev,heldout,unseen,unseen2,unseen3,unseen4,unseen5,unseen6,unseen7,unseen8"


@dataclass
class Texts:
    """Generated texts of one split and what the encoder made of them."""

    texts: list[str]
    gold: list[list[tuple[int, int]]]
    public: list[tuple[int, int] | None]
    group: list[str]
    offsets: list[np.ndarray]
    states: list[np.ndarray]  # float16, one (tokens, features) array per text
    rules: list[list[tuple[int, int]]] | None = None  # the rules' names, found once

    def rule_names(self) -> list[list[tuple[int, int]]]:
        if self.rules is None:
            self.rules = [find_names(text) for text in self.texts]
        return self.rules


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


def read_split(embedder, split: str, per_split: int, seed: int, cache: Path):
    """(train, check) texts of one split with their token states; from the cache when the same
    split, count, seed, encoder and module text made them."""
    module = Path(bench.__file__).parent / "data" / f"{bench.UNSEEN_SPLITS.get(split, '')}.py"
    source = Path(bench.__file__).read_bytes() + (module.read_bytes() if module.is_file() else b"")
    key = hashlib.sha256(
        source + f"{split}|{per_split}|{seed}|{embedder.name}|{LAYERS}".encode()
    ).hexdigest()[:16]
    path = cache / f"{split}-{key}.pickle"
    if path.is_file():
        with path.open("rb") as handle:
            return pickle.load(handle)
    rng = random.Random(f"{seed}-{split}")
    sentences, pool, decoys = split_material(split)
    parts = []
    for count in (per_split, per_split // 2):
        rows = generate(rng, split, count, sentences, pool, decoys)
        states = embedder.token_states([t for t, *_ in rows], LAYERS)
        parts.append(
            Texts(
                texts=[r[0] for r in rows],
                gold=[r[1] for r in rows],
                public=[r[2] for r in rows],
                group=[r[3] for r in rows],
                offsets=[s.offsets for s in states],
                states=[s.states.astype(np.float16) for s in states],
            )
        )
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(tuple(parts), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return tuple(parts)


def token_features(parts: list[Texts], context: bool) -> np.ndarray:
    """Every token's features of `parts`, one row each, filled in place (with neighbours the
    matrix is twice the states' width: about 10 GB for ten splits, so no second copy)."""
    arrays = [s for part in parts for s in part.states if len(s)]
    width = arrays[0].shape[1] * (2 if context else 1)
    x = np.empty((sum(len(s) for s in arrays), width), dtype=np.float32)
    row = 0
    for states in arrays:
        x[row : row + len(states)] = (
            name_finder.with_neighbours(states) if context else states.astype(np.float32)
        )
        row += len(states)
    return x


def standardise(x: np.ndarray, chunk: int = 65536) -> tuple[np.ndarray, np.ndarray]:
    """Centre and scale `x` in place, column by column; (mean, scale)."""
    mean = x.mean(0, dtype=np.float64)
    square = np.zeros(x.shape[1], dtype=np.float64)
    for start in range(0, len(x), chunk):
        square += ((x[start : start + chunk] - mean) ** 2).sum(0)
    scale = np.sqrt(square / len(x)) + 1e-6
    mean32, scale32 = mean.astype(np.float32), scale.astype(np.float32)
    for start in range(0, len(x), chunk):
        x[start : start + chunk] -= mean32
        x[start : start + chunk] /= scale32
    return mean32, scale32


def overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e in spans)


def fit_logistic(x, y, weight, args) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=args.C, max_iter=500)
    model.fit(x, y, sample_weight=weight)
    return ((model.coef_[0][:, None].astype(np.float32), model.intercept_.astype(np.float32)),)


def fit_network(x, y, weight, args) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """One hidden layer (GELU, tanh form as `name_finder` computes it), weighted log loss,
    AdamW with weight decay, `--epochs` passes in shuffled batches."""
    import torch

    torch.manual_seed(args.seed)
    features = torch.from_numpy(x)
    target = torch.from_numpy(y.astype(np.float32))
    weights = torch.from_numpy(weight.astype(np.float32))
    net = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], args.hidden),
        torch.nn.GELU(approximate="tanh"),
        torch.nn.Dropout(0.1),
        torch.nn.Linear(args.hidden, 1),
    )
    optimiser = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=args.decay)
    loss_of = torch.nn.BCEWithLogitsLoss(reduction="none")
    for epoch in range(args.epochs):
        net.train()
        order = torch.randperm(len(target))
        total = 0.0
        for start in range(0, len(order), 1024):
            batch = order[start : start + 1024]
            optimiser.zero_grad()
            loss = (loss_of(net(features[batch]).squeeze(1), target[batch]) * weights[batch]).mean()
            loss.backward()
            optimiser.step()
            total += float(loss.detach()) * len(batch)
        print(f"epoch {epoch + 1}: loss {total / len(order):.4f}", flush=True)
    net.eval()
    first, last = net[0], net[3]
    return (
        (first.weight.detach().numpy().T.copy(), first.bias.detach().numpy().copy()),
        (last.weight.detach().numpy().T.copy(), last.bias.detach().numpy().copy()),
    )


def all_scores(weights, parts: list[Texts]) -> list[list[np.ndarray]]:
    """Each token's score, per text of each part."""
    return [
        [weights.scores(s.astype(np.float32)) if len(s) else np.zeros(0) for s in part.states]
        for part in parts
    ]


def effect(
    parts: list[Texts], scored: list[list[np.ndarray]], threshold: float
) -> dict[str, float]:
    """What the finder adds to the rules on `parts` (scored by `all_scores`) at `threshold`."""
    counts = {"clean": 0, "public": 0}
    totals = {"clean": 0, "public": 0}
    hits = rule_hits = gold_total = 0
    for part, part_scores in zip(parts, scored, strict=True):
        for i, (text, rules) in enumerate(zip(part.texts, part.rule_names(), strict=True)):
            group = part.group[i]
            found = name_finder.spans_from_scores(text, part.offsets[i], part_scores[i], threshold)
            added = [s for s in found if not overlaps(*s, rules)]
            if group in totals:
                totals[group] += 1
            if group == "clean" and added:
                counts["clean"] += 1
            if group == "public" and overlaps(*part.public[i], added):
                counts["public"] += 1
            for a, b in part.gold[i]:
                gold_total += 1
                rule_hits += overlaps(a, b, rules)
                hits += overlaps(a, b, rules) or overlaps(a, b, found)
    return {
        "rules": rule_hits / gold_total,
        "names": hits / gold_total,
        "fp": 100 * counts["clean"] / max(totals["clean"], 1),
        "public": counts["public"] / max(totals["public"], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-split", type=int, default=1500, help="name texts per split")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--splits", default=SPLITS)
    parser.add_argument("--hidden", type=int, default=64, help="hidden units; 0: linear")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument(
        "--context",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="read each token beside the mean of its neighbours' states",
    )
    parser.add_argument("--decay", type=float, default=0.05)
    parser.add_argument("--C", type=float, default=0.1, help="linear head's regularisation")
    parser.add_argument("--public-weight", type=float, default=12.0)
    parser.add_argument("--budget", type=float, default=0.4, help="added FP per 100 clean")
    parser.add_argument("--public", type=float, default=0.01, help="public names removed")
    parser.add_argument("--validate", help="a split left out of training, to compare heads")
    parser.add_argument("--dry-run", action="store_true", help="print, write no weights")
    parser.add_argument("--models", type=Path, default=Path("var/models") / DEFAULT_ENCODER)
    parser.add_argument("--cache", type=Path, default=Path("var/cache/name_finder"))
    parser.add_argument("--out", type=Path, default=name_finder.WEIGHTS)
    args = parser.parse_args()
    splits = [s for s in args.splits.split(",") if s and s != args.validate]
    if any(split in FINAL for split in [*splits, args.validate]):
        raise SystemExit(f"{', '.join(FINAL)} is the final measure: never train or tune on it")
    embedder = get_embedder(args.models)
    started = time.perf_counter()
    train: list[Texts] = []
    check: list[Texts] = []
    for split in splits:
        part_train, part_check = read_split(embedder, split, args.per_split, args.seed, args.cache)
        train.append(part_train)
        check.append(part_check)
        print(f"{split}: {len(part_train.texts) + len(part_check.texts)} texts "
              f"({time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip

    x = token_features(train, args.context)
    y = np.concatenate(
        [[overlaps(a, b, gold) for a, b in offsets] for part in train
         for gold, offsets in zip(part.gold, part.offsets, strict=True)]
    ).astype(np.int8)  # fmt: skip
    weight = np.concatenate(
        [np.full(len(offsets), args.public_weight if group == "public" else 1.0)
         for part in train for group, offsets in zip(part.group, part.offsets, strict=True)]
    )  # fmt: skip
    mean, scale = standardise(x)
    fit = fit_network if args.hidden else fit_logistic
    dense = fit(x, y, weight, args)
    del x
    print(f"{len(y)} tokens, {int(y.sum())} in names; fitted "
          f"({time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
    weights = name_finder.FinderWeights(
        encoder=embedder.name,
        dim=embedder.dim,
        layers=LAYERS,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        dense=dense,
        threshold=0.0,
        context=args.context,
    )

    # The threshold, on the check texts: what the finder adds to the rules.
    chosen = None
    scored = all_scores(weights, check)
    for threshold in np.arange(-2.0, 6.01, 0.25):
        got = effect(check, scored, float(threshold))
        print(
            f"threshold {threshold:5.2f}: names {got['rules']:.3f} -> {got['names']:.3f}; "
            f"+{got['fp']:.2f} per 100 clean; public removed {got['public']:.4f}"
        )
        if chosen is None and got["fp"] <= args.budget and got["public"] <= args.public:
            chosen = float(threshold)
            break
    if chosen is None:
        raise SystemExit("no threshold meets the budget")
    print("threshold", chosen)
    if args.validate:
        held = read_split(embedder, args.validate, args.per_split, args.seed, args.cache)
        got = effect(list(held), all_scores(weights, list(held)), chosen)
        print(
            f"left out {args.validate}: names {got['rules']:.3f} (rules) -> {got['names']:.3f}; "
            f"+{got['fp']:.2f} per 100 clean; public removed {got['public']:.4f}"
        )
    if args.dry_run or args.validate:
        return
    weights = name_finder.FinderWeights(**{**weights.__dict__, "threshold": chosen})
    weights.save(args.out)
    print("wrote", args.out, "threshold", chosen)


if __name__ == "__main__":
    main()
