"""The translation warnings (classifiers.translation_quality): the length-ratio table, and how
often each check fires on professional translations and on crafted bad ones.

    .venv/bin/python benchmarks/translation_warnings.py            # measure
    .venv/bin/python benchmarks/translation_warnings.py --write    # rebuild the ratio table

Data: NTREX-128 (`../shared/data/mt/ntrex128/`, 400 English news sentences translated by
professionals, line-aligned; CC BY-SA 4.0). Burmese (`my.txt`, Zawgyi) is converted to
Unicode first, as the intake does. Lines 1-300 build the table (--write); lines 301-400 are
held out: the table never sees them, and every figure below is measured on them.

Table: for each pair (every NTREX language into ja and en, and en -> ja, ja -> en), the
per-line ratio output units / input units (classifiers.translation_quality.length_units:
grapheme clusters of letters and digits), over lines whose input has at least the check's
minimum units. `median` is the median ratio; the bounds are the 0.5% and 99.5% quantiles of
the ratio, widened by a factor of BOUND_MARGIN on each side: a professional translation of a
single sentence almost never leaves them, while a dropped half (ratio x0.5) or a doubled text
(x2) usually does. Opinions are several sentences, whose ratios vary less than one sentence's.

Measured on held-out lines, per pair into ja and en:
- false alarms: the share of professional translations flagged by each check (reference as
  the "output");
- detection: the share flagged of crafted bad outputs: the first third of the reference
  (`length_ratio`), the reference twice (`length_ratio`), the input copied unchanged and the
  reference of another language (`wrong_language`), a phrase of the reference repeated
  (`loop`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from classifiers import translation_quality as quality  # noqa: E402
from classifiers.zawgyi import to_unicode  # noqa: E402

NTREX = REPO_ROOT.parent / "shared" / "data" / "mt" / "ntrex128"
FIT_LINES = 300
BOUND_MARGIN = 1.25
LOW_QUANTILE, HIGH_QUANTILE = 0.005, 0.995
TARGETS = ("ja", "en")


def read_ntrex(folder: Path) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        code = path.stem
        if "-" in code:  # es-MX, pt-BR: regional variants of languages already there
            continue
        lines = path.read_text("utf-8").splitlines()
        texts[code] = [to_unicode(line).text for line in lines] if code == "my" else lines
    return texts


def pairs(languages: list[str]) -> list[tuple[str, str]]:
    return [(s, t) for t in TARGETS for s in languages if s != t]


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def build_table(texts: dict[str, list[str]]) -> dict:
    rows = []
    for source, target in pairs(sorted(texts)):
        ratios = [
            quality.length_units(out) / quality.length_units(src)
            for src, out in zip(texts[source][:FIT_LINES], texts[target][:FIT_LINES], strict=True)
            if quality.length_units(src) >= quality._MIN_UNITS_FOR_RATIO
        ]
        rows.append(
            {
                "source": source,
                "target": target,
                "median": round(statistics.median(ratios), 4),
                "low": round(quantile(ratios, LOW_QUANTILE) / BOUND_MARGIN, 4),
                "high": round(quantile(ratios, HIGH_QUANTILE) * BOUND_MARGIN, 4),
                "lines": len(ratios),
            }
        )
    return {
        "about": (
            "Expected output/input length ratios (grapheme clusters of letters and digits) per "
            "language pair, from NTREX-128 lines 1-300 (professional translations, CC BY-SA "
            f"4.0); bounds are the {LOW_QUANTILE:.1%} and {HIGH_QUANTILE:.1%} quantiles widened "
            f"by x{BOUND_MARGIN}. Written by benchmarks/translation_warnings.py --write."
        ),
        "pairs": rows,
    }


def measure(texts: dict[str, list[str]]) -> None:
    held = {code: lines[FIT_LINES:] for code, lines in texts.items()}
    false_alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    detected: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def count(table: dict[str, list[int]], name: str, fired: bool) -> None:
        table[name][0] += fired
        table[name][1] += 1

    for source, target in pairs(sorted(held)):
        other = "en" if target == "ja" else "ja"
        for i, (src, ref) in enumerate(zip(held[source], held[target], strict=True)):
            big = quality.length_units(src) >= quality._MIN_UNITS_FOR_RATIO
            count(false_alarms, "wrong_language", quality.wrong_language(ref, target))
            count(false_alarms, "loop", quality.loops(ref, src))
            if big:
                count(
                    false_alarms, "length_ratio", quality.length_outlier(src, ref, source, target)
                )
                third = ref[: max(1, len(ref) // 3)]
                count(
                    detected,
                    "length_ratio: a third",
                    quality.length_outlier(src, third, source, target),
                )
                count(
                    detected,
                    "length_ratio: twice",
                    quality.length_outlier(src, ref + " " + ref, source, target),
                )
            if source != other:
                count(detected, "wrong_language: input copied", quality.wrong_language(src, target))
            count(
                detected,
                f"wrong_language: the {other} reference",
                quality.wrong_language(held[other][i], target),
            )
            words = quality.units(ref)
            phrase = (" " if not quality._UNSPACED.search(ref) else "").join(words[:3])
            count(
                detected,
                "loop: a phrase x6 after the text",
                quality.loops(ref + " " + " ".join([phrase] * 6), src),
            )
    print(
        f"Held-out NTREX-128 lines {FIT_LINES + 1}-400, {len(pairs(sorted(held)))} pairs into ja/en"
    )
    print("False alarms on professional translations (lower is better):")
    for name, (fired, total) in false_alarms.items():
        print(f"  {name:<16} {fired}/{total} = {fired / total:.4f}")
    print("Detection of crafted bad outputs (higher is better):")
    for name, (fired, total) in detected.items():
        print(f"  {name:<40} {fired}/{total} = {fired / total:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rebuild the ratio table")
    parser.add_argument("--data", type=Path, default=NTREX)
    args = parser.parse_args()
    texts = read_ntrex(args.data)
    if args.write:
        table = build_table(texts)
        quality.LENGTH_RATIOS_PATH.write_text(
            json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {len(table['pairs'])} pairs to {quality.LENGTH_RATIOS_PATH}")
        quality.length_ratio_table.cache_clear()
    measure(texts)


if __name__ == "__main__":
    main()
