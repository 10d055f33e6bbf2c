"""Zawgyi to Unicode at intake: how much Zawgyi comes out as Unicode, and whether any Unicode
Burmese is altered.

    .venv/bin/python benchmarks/zawgyi.py [--shared PATH]

Zawgyi: `mt/ntrex128/my.txt` (NTREX-128, Burmese written by professional translators in the
Zawgyi encoding, 400 lines, CC BY-SA 4.0). A line counts as converted when
`classifiers.zawgyi.to_unicode` converts it and myanmartools' Zawgyi probability of the result
is under 0.05.

Unicode: every Burmese row of `sib200/my/{train,dev}.jsonl` (FLORES-200 sentences, CC BY-SA
4.0) and of `langid/dev.tsv` (Tatoeba, CC BY 2.0 FR), all typed in Unicode. A row counts as
altered when `to_unicode` returns anything but the row itself.

Both figures go through the very function the intake calls (`feedback.redaction.for_storage`
calls `to_unicode` first), and the Unicode rows are also sent through it one line at a time
and as three-line texts, as a resident's opinion would be.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from classifiers.zawgyi import (  # noqa: E402
    UNICODE_THRESHOLD,
    _aa_signs,
    to_unicode,
    zawgyi_probability,
)


def unicode_rows(shared: Path) -> list[str]:
    rows: list[str] = []
    for split in ("train", "dev"):
        path = shared / "data" / "sib200" / "my" / f"{split}.jsonl"
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line)["text"] for line in handle if line.strip())
    with (shared / "data" / "langid" / "dev.tsv").open(encoding="utf-8", newline="") as handle:
        rows.extend(
            row["text"] for row in csv.DictReader(handle, delimiter="\t") if row["lang"] == "my"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO_ROOT.parent / "shared")
    args = parser.parse_args()

    zawgyi_lines = (
        (args.shared / "data" / "mt" / "ntrex128" / "my.txt").read_text("utf-8").splitlines()
    )
    started = time.perf_counter()
    checks = [to_unicode(line) for line in zawgyi_lines]
    elapsed = time.perf_counter() - started
    converted = sum(
        1
        for check in checks
        if check.converted_from == "zawgyi"
        and (zawgyi_probability(check.text) or 0.0) < UNICODE_THRESHOLD
    )
    print(f"Zawgyi lines (ntrex128/my.txt): {len(zawgyi_lines)}")
    print(
        f"  converted to Unicode (Zawgyi probability < {UNICODE_THRESHOLD} after): "
        f"{converted}/{len(zawgyi_lines)} = {converted / len(zawgyi_lines):.4f}"
    )
    # Spelling kept: the tall/round aa sign of every syllable as typed (python-myanmar alone
    # rewrites some; classifiers.zawgyi restores them).
    kept_aa = sum(
        1
        for line, check in zip(zawgyi_lines, checks, strict=True)
        if _aa_signs(line, zawgyi=True) == _aa_signs(check.text, zawgyi=False)
    )
    print(f"  aa vowel signs as typed: {kept_aa}/{len(zawgyi_lines)} lines")
    characters = sum(len(line) for line in zawgyi_lines)
    print(
        f"  {elapsed * 1000 / len(zawgyi_lines):.2f} ms per line, {characters / elapsed:,.0f} chars/s"
    )

    rows = unicode_rows(args.shared)
    altered = [row for row in rows if to_unicode(row).text != row]
    texts = ["\n".join(rows[i : i + 3]) for i in range(0, len(rows), 3)]
    altered_texts = [text for text in texts if to_unicode(text).text != text]
    detected = sum(1 for row in rows if (zawgyi_probability(row) or 0.0) > 0.95)
    print(f"Unicode Burmese rows (SIB-200 my + langid dev my): {len(rows)}")
    print(
        f"  altered, one row at a time: {len(altered)}/{len(rows)} = {len(altered) / len(rows):.4f}"
    )
    print(f"  altered, three rows per text: {len(altered_texts)}/{len(texts)}")
    print(
        f"  rows the detector alone calls Zawgyi (> 0.95): {detected} "
        "(left unchanged when the conversion changes nothing or does not read as Unicode)"
    )
    for row in altered[:5]:
        print("  altered:", repr(row))


if __name__ == "__main__":
    main()
