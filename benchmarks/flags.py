"""Urgency and relevance on the team's labelled set (benchmarks/data/flags/).

Prints, for each file (dev: tuned on; heldout: never tuned on) and each method (patterns alone,
as without an embedding model; patterns plus the embedding head, the default):
urgent recall and precision overall, recall per category and per language, false alarms per
kind of hard negative, relevance accuracy, and the time per text. With --alerts it also
measures submission-to-alert time through the real service (see benchmarks/alert_latency.py).

    .venv/bin/python benchmarks/flags.py [--files dev,heldout] [--models-dir var/models]
        [--errors] [--alerts]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data" / "flags"


@dataclass(frozen=True)
class Case:
    id: str
    language: str
    urgent: tuple[str, ...]  # categories; empty when not urgent
    relevance: str
    hard_negative: str
    text: str


def read_cases(path: Path) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            urgent = tuple(
                part.strip() for part in row["urgent"].split(",") if part.strip() != "none"
            )
            cases.append(
                Case(
                    row["id"],
                    row["language"],
                    urgent,
                    row["relevance"],
                    row["hard_negative"],
                    row["text"],
                )
            )
    return cases


def ratio(part: float, whole: float) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def report(
    name: str,
    cases: list[Case],
    predicted: list,
    relevance: list | None,
    ms: float,
    show_errors: bool,
) -> None:
    tp = sum(1 for c, p in zip(cases, predicted, strict=True) if c.urgent and p.value == "urgent")
    fn = sum(1 for c, p in zip(cases, predicted, strict=True) if c.urgent and p.value != "urgent")
    fp = sum(
        1 for c, p in zip(cases, predicted, strict=True) if not c.urgent and p.value == "urgent"
    )
    print(f"\n## {name}: {len(cases)} texts, {ms:.2f} ms per text")
    print(
        f"urgent recall {ratio(tp, tp + fn)} ({tp}/{tp + fn}), "
        f"precision {ratio(tp, tp + fp)} ({tp}/{tp + fp})"
    )
    if relevance is not None:
        right = sum(
            1
            for c, r in zip(cases, relevance, strict=True)
            if r is not None and (r.value == "policy_opinion") == (c.relevance == "policy_opinion")
        )
        print(f"relevance accuracy {ratio(right, len(cases))} ({right}/{len(cases)})")
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for c, p in zip(cases, predicted, strict=True):
        if c.urgent:
            main = c.urgent[0]
            by_category[main][1] += 1
            if p.value == "urgent":
                by_category[main][0] += 1
                if main in p.categories:
                    by_category[main][2] += 1
    print("recall per category (flagged / total; named the category):")
    for category, (hit, total, named) in sorted(by_category.items()):
        print(
            f"  {category:22s} {ratio(hit, total)} ({hit}/{total}); category named {ratio(named, total)}"
        )
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for c, p in zip(cases, predicted, strict=True):
        row = by_language[c.language]
        if c.urgent:
            row[1] += 1
            row[0] += p.value == "urgent"
        else:
            row[3] += 1
            row[2] += p.value == "urgent"
    print("per language: recall (flagged/urgent), false alarms (flagged/calm):")
    print(
        "  "
        + "  ".join(
            f"{lang} {ratio(h, t)} ({h}/{t}) fa {f}/{n}"
            for lang, (h, t, f, n) in sorted(by_language.items())
        )
    )
    kinds = Counter(c.hard_negative for c in cases if not c.urgent and c.hard_negative != "-")
    alarms = Counter(
        c.hard_negative
        for c, p in zip(cases, predicted, strict=True)
        if not c.urgent and c.hard_negative != "-" and p.value == "urgent"
    )
    ordinary = [
        (c, p)
        for c, p in zip(cases, predicted, strict=True)
        if not c.urgent and c.hard_negative == "-"
    ]
    print("false alarms per kind of hard negative:")
    print(
        "  "
        + "  ".join(f"{kind} {alarms[kind]}/{kinds[kind]}" for kind in sorted(kinds))
        + f"  ordinary {sum(p.value == 'urgent' for _, p in ordinary)}/{len(ordinary)}"
    )
    if show_errors:
        for c, p in zip(cases, predicted, strict=True):
            if bool(c.urgent) != (p.value == "urgent"):
                kind = "MISSED" if c.urgent else "FALSE ALARM"
                print(
                    f"  {kind} {c.id} {c.language} {','.join(c.urgent) or c.hard_negative}: "
                    f"{c.text[:110]!r} -> {list(p.evidence)[:2]}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", default="dev,heldout")
    parser.add_argument("--models-dir", default=str(ROOT / "var" / "models"))
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--alerts", action="store_true", help="also measure submission-to-alert")
    args = parser.parse_args()

    from classifiers.embedding import embedding_model_status, get_embedder
    from classifiers.flags import FlagModel

    folder = Path(args.models_dir) / "multilingual-e5-small"
    present, reason = embedding_model_status(folder)
    text_only = FlagModel.build(None)
    embedder = get_embedder(folder) if present else None
    started = time.perf_counter()
    full = FlagModel.build(embedder.embed, embed_corpus=embedder.embed_corpus) if embedder else None
    if full is not None:
        print(
            f"flag model built in {time.perf_counter() - started:.1f} s (engine {embedder.engine})"
        )
    else:
        print(f"no embedding model ({reason}): patterns only")

    for name in args.files.split(","):
        path = DATA / f"{name}.tsv"
        cases = read_cases(path)
        texts = [case.text for case in cases]
        started = time.perf_counter()
        predicted = [text_only.urgency(text) for text in texts]
        ms = (time.perf_counter() - started) * 1000 / len(texts)
        report(f"{name}, patterns only", cases, predicted, None, ms, args.errors)
        if full is not None and embedder is not None:
            started = time.perf_counter()
            vectors = embedder.embed(texts)
            embed_ms = (time.perf_counter() - started) * 1000 / len(texts)
            started = time.perf_counter()
            flags = [full.flags(text, vector) for text, vector in zip(texts, vectors, strict=True)]
            ms = (time.perf_counter() - started) * 1000 / len(texts)
            urgency = [next(f for f in row if f.kind == "urgency") for row in flags]
            relevance = [next((f for f in row if f.kind == "relevance"), None) for row in flags]
            report(
                f"{name}, patterns + embedding head (+{embed_ms:.1f} ms/text to embed)",
                cases,
                urgency,
                relevance,
                ms,
                args.errors,
            )
            # How the head alone does: what the patterns add.
            head_only = (
                [full.urgency_model.head.probabilities(np.atleast_2d(v))[0] for v in vectors]
                if full.urgency_model.head is not None
                else []
            )
            if head_only:
                calm = full.urgency_model.head.classes.index("calm")
                scores = np.array([1 - row[calm] for row in head_only])
                truth = np.array([bool(c.urgent) for c in cases])
                for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
                    flagged = scores >= threshold
                    tp = int((flagged & truth).sum())
                    print(
                        f"  head alone at {threshold:.1f}: recall {ratio(tp, truth.sum())}, "
                        f"precision {ratio(tp, flagged.sum())}"
                    )
    if args.alerts:
        import runpy

        sys.argv = [sys.argv[0]]  # the latency script's own defaults
        runpy.run_path(str(ROOT / "benchmarks" / "alert_latency.py"), run_name="__main__")


if __name__ == "__main__":
    main()
