"""chrF of installed translation models on line-aligned test files, for whoever has the weights.

    .venv/bin/python benchmarks/mt_quality.py MODEL [MODEL...] [--data DIR] [--pairs my-en,vi-ja]
                                              [--limit N] [--models-dir DIR] [--catalogue FILE]

MODEL is a catalogue name (`feedback models list`) whose files are installed under the models
folder. With several models, routes may combine them (a pivot through English), exactly as the
service would route with only those models installed: `mt_quality.py nllb-200-distilled-1.3B
fugumt-en-ja` scores the `recommended` set. DIR holds one file per language, line i of every
file the translation of line i of the others (default ../shared/data/mt/ntrex128/: NTREX-128,
news text, professional translations of the same 1,997 English sentences, 400 lines here). The
pairs default to every language with a file into Japanese and into English that the models
can serve.

For each pair it prints the route taken, chrF (sacrebleu's corpus chrF, character 6-grams,
beta 2: the same metric as the published figures), the published figure for a direct route
on its own test set, and the time taken. Burmese source lines go through the same Zawgyi
conversion as the intake when it is available. Scores from different test sets are not
comparable; figures on NTREX-128 are usually lower than on FLORES-200 for the same model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "mt" / "ntrex128"
TARGETS = ("ja", "en")


@dataclass(frozen=True)
class PairScore:
    source: str
    target: str
    route: str
    chrf: float
    lines: int
    seconds: float
    published: str


def chrf(hypotheses: Sequence[str], references: Sequence[str]) -> float:
    """Corpus chrF (0-100) of hypotheses against one reference each."""
    from sacrebleu.metrics import CHRF

    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses for {len(references)} references")
    return float(CHRF().corpus_score(list(hypotheses), [list(references)]).score)


def read_lines(path: Path, limit: int | None) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[:limit] if limit else lines


def _unicode_burmese(lines: list[str]) -> list[str]:
    """What the intake does to Burmese (ntrex128/my.txt is typed in Zawgyi)."""
    try:
        from classifiers.zawgyi import to_unicode
    except ImportError:  # an older tree without the converter: score the text as it is
        return lines
    return [to_unicode(line).text for line in lines]


def language_files(data: Path) -> dict[str, Path]:
    """App language code -> file, for the plain codes (es.txt, not es-MX.txt)."""
    return {p.stem: p for p in sorted(data.glob("*.txt")) if "-" not in p.stem}


def default_pairs(catalogue, files: dict[str, Path]) -> list[tuple[str, str]]:
    return [
        (source, target)
        for target in TARGETS
        for source in files
        if source != target and target in files and catalogue.routes(source, target)
    ]


def evaluate(
    model_names: Sequence[str],
    data: Path,
    models_dir: Path,
    catalogue_path: str | None = None,
    pairs: Sequence[tuple[str, str]] | None = None,
    limit: int | None = None,
) -> list[PairScore]:
    from classifiers.translation import Translator, load_catalogue

    full = load_catalogue(catalogue_path)
    names = [full.entry(name).name for name in model_names]  # KeyError names the known ones
    catalogue = full.restricted(names)
    files = language_files(data)
    translator = Translator(catalogue, models_dir)
    scores = []
    for source, target in pairs or default_pairs(catalogue, files):
        check = translator.check(source, target)
        if not check.available:
            print(f"  {source} -> {target}: skipped ({check.reason})", file=sys.stderr)
            continue
        sources = read_lines(files[source], limit)
        if source == "my":
            sources = _unicode_burmese(sources)
        references = read_lines(files[target], limit)
        started = time.perf_counter()
        outputs = translator.translate(sources, source, target)
        seconds = time.perf_counter() - started
        route = catalogue.routes(source, target)
        chosen = next(r for r in route if tuple(m.name for m in r.models) == check.models)
        published = ""
        if not chosen.is_pivot and chosen.figures[0] is not None:
            published = chosen.figures[0].describe()
        elif chosen.estimate is not None:
            published = f"est. {chosen.estimate:.1f} from the hops' published figures"
        scores.append(
            PairScore(
                source,
                target,
                " > ".join(check.models),
                chrf([o.text for o in outputs], references),
                len(sources),
                seconds,
                published,
            )
        )
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", metavar="MODEL")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pairs", default="", help="comma-separated SOURCE-TARGET, e.g. my-en")
    parser.add_argument("--limit", type=int, default=None, help="first N lines only")
    parser.add_argument("--models-dir", type=Path, default=None)
    parser.add_argument("--catalogue", default=None)
    args = parser.parse_args(argv)
    from feedback.config import load_settings

    settings = load_settings()
    models_dir = args.models_dir or settings.models_dir
    catalogue = args.catalogue or (
        str(settings.translation_catalogue) if settings.translation_catalogue else None
    )
    pairs = [(p.split("-", 1)[0], p.split("-", 1)[1]) for p in args.pairs.split(",") if p]
    try:
        scores = evaluate(args.models, args.data, models_dir, catalogue, pairs or None, args.limit)
    except KeyError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    print(f"chrF on {args.data} ({', '.join(args.models)}; models in {models_dir})")
    print("| pair | route | chrF | published | lines | seconds |")
    print("|---|---|---|---|---|---|")
    for s in scores:
        print(f"| {s.source}-{s.target} | {s.route} | {s.chrf:.1f} | {s.published} | "
              f"{s.lines} | {s.seconds:.1f} |")  # fmt: skip
    return 0 if scores else 1


if __name__ == "__main__":
    raise SystemExit(main())
