"""The heavy part of the regroup job, run in a short-lived child process.

Refining and fitting the topic tagger and clustering every opinion take a few hundred MB for a
few seconds to a minute (100,000 opinions, 16,000 labels: about 850 MB on top of the worker's
model). Done in the worker, that memory stays with it (the allocator keeps it); done in a
child started for the job, it goes back to the system when the child exits, and the worker
stays at the size of its per-opinion path. The child imports the classifiers only: no
database, no queue, no embedding model (the parent embeds the taxonomy's texts).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger(__name__)


@dataclass
class RegroupInput:
    slugs: list[str]
    prototype_vectors: np.ndarray  # embeddings of the taxonomy's texts
    prototype_owners: np.ndarray  # topic index of each
    vectors: np.ndarray  # every opinion's embedding
    ids: list[int]
    languages: list[str | None]
    labelled_rows: list[int]  # rows of `vectors` with a reviewer's topic ...
    labelled_slugs: list[str]  # ... and that topic
    previous: Mapping[Any, int | None]  # opinion id -> its theme before
    topics: list[str | None]
    texts: list[str]
    pinned: Mapping[Any, int]  # opinion id -> the theme a reviewer put it in
    names: dict[int, str]  # theme id -> the name a reviewer gave it
    next_id: int | None = None  # the first id a new theme may take (ids are never reused)
    # Embedder.language_offsets(): languages with few opinions are centred with them.
    offsets: Mapping[str, np.ndarray] | None = None
    # The coarse groups before: opinion id -> its group, names reviewers gave, first new id.
    previous_groups: Mapping[Any, int | None] | None = None
    group_names: dict[int, str] | None = None
    next_group_id: int | None = None


@dataclass
class RegroupOutput:
    tagger: bytes  # TopicTagger.to_bytes()
    regrouping: Any  # classifiers.themes.Regrouping


def compute(job: RegroupInput) -> RegroupOutput:
    """Tagger (zero-shot from the taxonomy, sharpened by every opinion, fitted to the
    reviewers' labels when they cover two topics or more) and themes."""
    from classifiers.embedding import background_of
    from classifiers.themes import regroup
    from classifiers.topics import TopicTagger

    tagger = TopicTagger.from_prototype_vectors(
        job.slugs,
        job.prototype_vectors,
        job.prototype_owners,
        unlabelled=job.vectors,
        languages=job.languages,
        offsets=job.offsets,
    )
    if len(set(job.labelled_slugs)) >= 2:
        tagger.fit(
            job.vectors[job.labelled_rows],
            job.labelled_slugs,
            [job.languages[row] for row in job.labelled_rows],
        )
    regrouping = regroup(
        job.vectors,
        job.previous,
        ids=job.ids,
        topics=job.topics,
        languages=job.languages,
        texts=job.texts,
        pinned=job.pinned,
        names=job.names,
        next_id=job.next_id,
        background=background_of(job.prototype_vectors),
        offsets=job.offsets,
        previous_groups=job.previous_groups,
        group_names=job.group_names,
        next_group_id=job.next_group_id,
    )
    return RegroupOutput(tagger=tagger.to_bytes(), regrouping=regrouping)


async def compute_in_child(job: RegroupInput) -> RegroupOutput:
    """`compute` in a fresh process (spawned, so it shares no threads or locks with the
    worker); in this process's thread pool when no child can be started."""
    loop = asyncio.get_running_loop()
    try:
        with ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        ) as pool:
            return await loop.run_in_executor(pool, compute, job)
    except (BrokenProcessPool, OSError) as error:
        log.warning("regroup: cannot run in a child process (%s); running it here", error)
        return await asyncio.to_thread(compute, job)
