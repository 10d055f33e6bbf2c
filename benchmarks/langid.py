"""Accuracy, speed, memory and calibration of language identification.

Compares `classifiers.language.detect` with langdetect alone, side by side, each in its own
process pinned to one CPU core (so peak RSS and speed are each detector's own).

    .venv/bin/python benchmarks/langid.py [--data PATH]

For each `kind` of text it prints the mean over languages of per-language accuracy (for
`other-language`, the share of texts NOT claimed as a supported language), the worst five
languages, milliseconds per text and peak resident memory, then a calibration table.

Data: `../shared/data/langid/dev.tsv` (columns lang, kind, text), drawn from the Tatoeba
test sets via Helsinki-NLP/OPUS-MT-testsets (Tatoeba, CC BY 2.0 FR), the Lingua test data
of pemistahl/lingua-py (from the Leipzig corpora, Universität Leipzig, research use), and
the FLORES v1 Wikipedia test sentences for Nepali and Sinhala (CC BY-SA 4.0).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "langid" / "dev.tsv"
DETECTORS = ("ours", "langdetect")
CALIBRATION_BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001)
# The check threshold's default (FEEDBACK_LANGUAGE_CHECK_THRESHOLD): a guess at or above it
# is taken without asking a reviewer.
CHECK_THRESHOLD = 0.7


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


# ---------------------------------------------------------------------------- worker side


def _load_detector(name: str):
    if name == "ours":
        sys.path.insert(0, str(REPO_ROOT))
        from classifiers.language import detect

        def ours(text: str) -> tuple[str, float]:
            guess = detect(text)
            return guess.language, guess.confidence

        return ours

    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def langdetect_alone(text: str) -> tuple[str, float]:
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return "und", 0.0
        return ("zh" if best.lang.startswith("zh") else best.lang), float(best.prob)

    return langdetect_alone


def run_worker(name: str, data: Path) -> None:
    """Detect every text with one detector and print predictions and costs as JSON."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rows = read_rows(data)
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    detector = _load_detector(name)
    detector("warm up: load the models before timing")
    load_s = time.perf_counter() - started
    texts = [row["text"] for row in rows]
    started = time.perf_counter()
    cpu_started = time.process_time()
    predictions = [detector(text) for text in texts]
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(
        {
            "predictions": predictions,
            "ms_per_text": 1000 * elapsed / len(texts),
            # CPU time: what a text costs, whatever else the machine is running meanwhile
            "cpu_ms_per_text": 1000 * cpu / len(texts),
            "load_s": load_s,
            "peak_rss_mb": peak_kb / 1024,
            "interpreter_rss_mb": baseline_kb / 1024,
        },
        sys.stdout,
    )


# ---------------------------------------------------------------------------- report side


def measure(name: str, data: Path) -> dict:
    completed = subprocess.run(
        [sys.executable, __file__, "--worker", name, "--data", str(data)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(completed.stdout)


def base_language(code: str) -> str:
    """ "ne-Latn" -> "ne": a romanization names its language."""
    return code.split("-")[0]


def romanized_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The `sentence` rows of Nepali, Hindi, Urdu, Japanese and Vietnamese, as typed in
    Latin letters: deterministic, by `classifiers.romanize` in its plain style (Devanagari
    and Urdu letter by letter, long vowels single, a word's final inherent vowel dropped
    after a single consonant; Japanese Hepburn romaji by pykakasi; Vietnamese without
    diacritics). Japanese is left out, with a note, where pykakasi is not installed."""
    sys.path.insert(0, str(REPO_ROOT))
    from classifiers import romanize

    romanizers = {
        "ne": romanize.devanagari,
        "hi": romanize.devanagari,
        "ur": romanize.urdu,
        "vi": romanize.strip_diacritics,
        "ja": romanize.japanese,
    }
    try:
        import pykakasi  # noqa: F401
    except ImportError:
        print("pykakasi is not installed (pip install 'pykakasi==2.3.0'): no romanized ja rows")
        del romanizers["ja"]
    return [
        {"lang": row["lang"], "kind": "romanized", "text": romanizers[row["lang"]](row["text"])}
        for row in rows
        if row["kind"] == "sentence" and row["lang"] in romanizers
    ]


def romanized_report(rows, predictions, supported) -> None:
    """Per language: the right language suggested (a romanization counts as its language)
    and confidently wrong (another language at or above the check threshold)."""
    right: dict[str, list[bool]] = defaultdict(list)
    confident_wrong: dict[str, list[bool]] = defaultdict(list)
    for row, (predicted, confidence) in zip(rows, predictions, strict=True):
        if row["kind"] != "romanized":
            continue
        is_right = base_language(predicted) == row["lang"]
        right[row["lang"]].append(is_right)
        confident_wrong[row["lang"]].append(not is_right and confidence >= CHECK_THRESHOLD)
    if not right:
        return
    print(f"\nromanized text (ours; check threshold {CHECK_THRESHOLD}):")
    print(f"  {'lang':<6}{'n':>5}{'right':>8}{'confidently wrong':>20}")
    for lang in sorted(right):
        n = len(right[lang])
        print(
            f"  {lang:<6}{n:>5}{sum(right[lang]) / n:>8.2f}{sum(confident_wrong[lang]) / n:>20.2f}"
        )
    everything = [hit for hits in right.values() for hit in hits]
    wrong = [hit for hits in confident_wrong.values() for hit in hits]
    print(
        f"  {'all':<6}{len(everything):>5}{sum(everything) / len(everything):>8.2f}"
        f"{sum(wrong) / len(wrong):>20.2f}"
    )


def accuracy_by_kind(rows, predictions, supported) -> dict[str, dict[str, float]]:
    hits: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row, (predicted, _) in zip(rows, predictions, strict=True):
        if row["kind"] == "other-language":
            right = base_language(predicted) not in supported
        elif row["kind"] == "romanized":
            right = base_language(predicted) == row["lang"]
        else:
            right = predicted == row["lang"]
        hits[row["kind"]][row["lang"]].append(right)
    return {
        kind: {lang: sum(v) / len(v) for lang, v in by_lang.items()}
        for kind, by_lang in hits.items()
    }


def calibration(rows, predictions) -> list[tuple[str, int, float, float]]:
    bins: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for row, (predicted, confidence) in zip(rows, predictions, strict=True):
        if predicted == "und":
            continue
        index = next(
            i for i in range(len(CALIBRATION_BINS) - 1) if confidence < CALIBRATION_BINS[i + 1]
        )
        bins[index].append((confidence, predicted == row["lang"]))
    table = []
    for index in range(len(CALIBRATION_BINS) - 1):
        entries = bins.get(index, [])
        label = f"[{CALIBRATION_BINS[index]:.2f}, {min(CALIBRATION_BINS[index + 1], 1):.2f})"
        if entries:
            mean_conf = sum(c for c, _ in entries) / len(entries)
            acc = sum(r for _, r in entries) / len(entries)
            table.append((label, len(entries), mean_conf, acc))
        else:
            table.append((label, 0, float("nan"), float("nan")))
    return table


def expected_calibration_error(table) -> float:
    total = sum(n for _, n, _, _ in table)
    return sum(n * abs(c - a) for _, n, c, a in table if n) / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worker", choices=DETECTORS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        run_worker(args.worker, args.data)
        return

    sys.path.insert(0, str(REPO_ROOT))
    from classifiers.language import SUPPORTED_LANGUAGES

    rows = read_rows(args.data)
    rows += romanized_rows(rows)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "rows.tsv"
        with data.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["lang", "kind", "text"], delimiter="\t")
            writer.writeheader()
            writer.writerows(rows)
        results = {name: measure(name, data) for name in DETECTORS}
    accuracy = {
        name: accuracy_by_kind(rows, result["predictions"], SUPPORTED_LANGUAGES)
        for name, result in results.items()
    }
    print(f"{len(rows)} texts from {args.data}\n")
    header = f"{'kind':<16}" + "".join(f"{name:>12}" for name in DETECTORS)
    print(header + "   worst five (ours)")
    for kind in sorted({row["kind"] for row in rows}, key=_kind_order):
        line = f"{kind:<16}"
        for name in DETECTORS:
            per_lang = accuracy[name][kind]
            line += f"{sum(per_lang.values()) / len(per_lang):>12.3f}"
        worst = sorted(accuracy["ours"][kind].items(), key=lambda item: (item[1], item[0]))[:5]
        print(line + "   " + " ".join(f"{lang}:{acc:.2f}" for lang, acc in worst))
    for label, key, fmt in (
        ("ms per text", "ms_per_text", "{:>12.3f}"),
        ("CPU ms per text", "cpu_ms_per_text", "{:>12.3f}"),
        ("load s", "load_s", "{:>12.2f}"),
        ("peak RSS MB", "peak_rss_mb", "{:>12.0f}"),
    ):
        print(f"{label:<16}" + "".join(fmt.format(results[n][key]) for n in DETECTORS))
    print("(one core; peak RSS of the whole worker process, interpreter included)")
    romanized_report(rows, results["ours"]["predictions"], SUPPORTED_LANGUAGES)

    print("\nworst five per kind, langdetect alone:")
    for kind in sorted(accuracy["langdetect"], key=_kind_order):
        worst = sorted(accuracy["langdetect"][kind].items(), key=lambda i: (i[1], i[0]))[:5]
        print(f"  {kind:<16}" + " ".join(f"{lang}:{acc:.2f}" for lang, acc in worst))

    for name in DETECTORS:
        table = calibration(rows, results[name]["predictions"])
        print(f"\ncalibration, {name} (guesses other than und; right = exact language):")
        print(f"  {'confidence':<14}{'n':>6}{'mean conf':>11}{'accuracy':>10}")
        for label, n, mean_conf, acc in table:
            print(f"  {label:<14}{n:>6}{mean_conf:>11.3f}{acc:>10.3f}")
        print(f"  expected calibration error: {expected_calibration_error(table):.3f}")


def _kind_order(kind: str) -> tuple[int, str]:
    order = ("sentence", "word-pair", "single-word", "other-language", "romanized")
    return (order.index(kind) if kind in order else len(order), kind)


if __name__ == "__main__":
    main()
