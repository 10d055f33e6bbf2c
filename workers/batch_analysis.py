"""`feedback analyze` beyond language and translation: topics, flags, themes and duplicates
over a whole file at once, without a database (for hearings, paper forms and evaluation)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np


class AnalysisUnavailable(RuntimeError):
    """A step needs something that is not installed; the message says what to do."""


def read_labels(path: str | Path) -> dict[str, str]:
    """{"id", "topic"} JSON Lines -> {str(id): topic}. Bad lines raise with their number."""
    labels: dict[str, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            labels[str(record["id"])] = str(record["topic"])
        except (ValueError, KeyError, TypeError) as error:
            raise AnalysisUnavailable(
                f'{path}, line {number}: expected {{"id", "topic"}} ({error})'
            ) from None
    return labels


def understand(
    records: list[dict[str, Any]],
    models_dir: Path,
    steps: set[str],
    taxonomy_path: str | None = None,
    labels_path: str | None = None,
    encoder: str | None = None,
) -> None:
    """Add topics, relevance, urgent, theme and duplicate_of to each record (in place).
    Each record has id, text (the display text) and language. `encoder`: the embedding
    model's folder under `models_dir` (default: classifiers.embedding.DEFAULT_ENCODER)."""
    from classifiers.embedding import (
        background_of,
        embedding_model_status,
        encoder_folder,
        get_embedder,
    )
    from classifiers.topics import (
        TAXONOMY_TEXTS_CACHE,
        TaxonomyError,
        TopicTagger,
        load_taxonomy,
    )

    present, reason = embedding_model_status(models_dir, name=encoder)
    if not present:
        raise AnalysisUnavailable(reason)
    embedder = get_embedder(encoder_folder(models_dir, encoder))
    texts = [record["text"] for record in records]
    languages = [record["language"] for record in records]
    vectors = embedder.embed(texts) if texts else np.zeros((0, embedder.dim), np.float32)
    try:
        taxonomy = load_taxonomy(taxonomy_path)
    except TaxonomyError as error:
        raise AnalysisUnavailable(str(error)) from None
    prototype_texts, owners = taxonomy.prototype_texts()
    prototype_vectors = embedder.embed_corpus(TAXONOMY_TEXTS_CACHE, prototype_texts)
    offsets = embedder.language_offsets()
    tagger = TopicTagger.from_prototype_vectors(
        taxonomy.slugs,
        prototype_vectors,
        owners,
        unlabelled=vectors,
        languages=languages,
        offsets=offsets,
    )
    if labels_path:
        labels = read_labels(labels_path)
        rows = [row for row, record in enumerate(records) if str(record["id"]) in labels]
        unknown = sorted({labels[str(records[row]["id"])] for row in rows} - set(tagger.slugs))
        if unknown:
            raise AnalysisUnavailable(
                f"labels name topics the taxonomy lacks: {', '.join(unknown)}"
            )
        if len({labels[str(records[row]["id"])] for row in rows}) >= 2:
            tagger = tagger.fit(
                vectors[rows],
                [labels[str(records[row]["id"])] for row in rows],
                [languages[r] for r in rows],
            )
    scores = tagger.scores(vectors, languages) if len(records) else []
    top = [row_scores[0].slug if row_scores else None for row_scores in scores]
    if "topics" in steps:
        from classifiers.flags import FlagModel

        flags = FlagModel.build(embedder.embed, embed_corpus=embedder.embed_corpus)
        for row, record in enumerate(records):
            record["topics"] = [
                {"slug": score.slug, "score": round(float(score.score), 4)} for score in scores[row]
            ]
            translated = [
                str(value)
                for value in (record.get("translations") or {}).values()
                if isinstance(value, str)
            ]
            found = {
                flag.kind: flag
                for flag in flags.flags(texts[row], vectors[row], top[row], translated)
            }
            relevance = found.get("relevance")
            urgency = found.get("urgency")
            record["relevance"] = (
                {
                    "value": relevance.value,
                    "evidence": list(relevance.evidence),
                    "suggestion": relevance.suggestion,
                }
                if relevance
                else None
            )
            record["urgent"] = (
                {
                    "value": urgency.value == "urgent",
                    "categories": list(urgency.categories),
                    "evidence": list(urgency.evidence),
                    "suggestion": urgency.suggestion,
                }
                if urgency
                else None
            )
    ids = [str(record["id"]) for record in records]
    if "themes" in steps and records:
        from classifiers.themes import regroup

        result = regroup(
            vectors,
            ids=ids,
            topics=top,
            languages=languages,
            texts=texts,
            background=background_of(prototype_vectors),
            offsets=offsets,
        )
        for record, opinion_id in zip(records, ids, strict=True):
            record["theme"] = result.assignment.get(opinion_id)
            record["group"] = result.group_assignment.get(opinion_id)
    if "duplicates" in steps and records:
        from classifiers.duplicates import find_duplicates

        duplicates = find_duplicates(ids, vectors, texts, languages=languages, space=tagger.space)
        for record, opinion_id in zip(records, ids, strict=True):
            original = duplicates.duplicate_of.get(opinion_id)
            record["duplicate_of"] = next(
                (r["id"] for r in records if str(r["id"]) == original), original
            )
