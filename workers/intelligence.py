"""Topics, flags, duplicates and themes for the pipeline, and the periodic job that learns them.

Per process: the embedding model, the topic tagger, the flag model, the themes and a window of
recent opinions' vectors (for duplicates). Learned state (the tagger, the themes' space) lives
in the database (`model_state`, `theme`) so that every worker on every machine uses the same;
a worker reloads it when the regroup job has written a newer one. All of it belongs to one
embedding model (the active one, workers.encoder_switch): a worker that sees another model made
active drops it and builds it again for the new one.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from feedback.db import theme_edits
from feedback.review.display import automatic_title
from feedback.tables import (
    Label,
    ModelState,
    Opinion,
    OpinionEmbedding,
    OpinionTopic,
    Theme,
    ThemeGroup,
    Topic,
    Translation,
)
from workers.jobs import THEME_SPACE_STATE

if TYPE_CHECKING:
    from piccolo.columns import Column

log = logging.getLogger(__name__)

# The default encoder's folder (classifiers.embedding.DEFAULT_ENCODER); the active one is in
# the database (workers.encoder_switch.encoder_state).
EMBEDDING_FOLDER = "multilingual-e5-small"
# How often a worker looks for a newer tagger or themes written by the regroup job (two small
# reads), so that opinions arriving just after a regroup join its themes.
STATE_CHECK_SECONDS = 2.0
# Duplicates are looked for among the opinions of this many days (a campaign's span).
DUPLICATE_WINDOW_DAYS = 30
DUPLICATE_WINDOW_MAX = 20_000
TAGGER_STATE = "topic_tagger"
# The flag model per (models folder, encoder): built from the rule file's exemplars.
_FLAG_MODELS: dict[tuple[str, str], Any] = {}


def tagger_state_name(model: str) -> str:
    """The model_state row of the topic tagger learned in `model`'s space."""
    return f"{TAGGER_STATE}:{model}"


def space_to_bytes(space, model: str | None = None) -> bytes:
    """The theme space, with the encoder whose vectors it centres (`model`)."""
    buffer = io.BytesIO()
    languages = sorted(space.language_centers)
    np.savez(
        buffer,
        model=np.array(model or EMBEDDING_FOLDER),
        center=space.center,
        languages=np.array(languages, dtype=object),
        centers=np.stack([space.language_centers[code] for code in languages])
        if languages
        else np.zeros((0, len(space.center))),
    )
    return buffer.getvalue()


def space_model(content: bytes) -> str:
    """The encoder a stored theme space belongs to (spaces from before kept none: e5-small)."""
    with np.load(io.BytesIO(content), allow_pickle=True) as data:
        return str(data["model"]) if "model" in data.files else EMBEDDING_FOLDER


def space_from_bytes(content: bytes):
    from classifiers.embedding import EmbeddingSpace

    data = np.load(io.BytesIO(content), allow_pickle=True)
    languages = [str(code) for code in data["languages"]]
    return EmbeddingSpace(
        center=data["center"].astype(np.float32),
        language_centers={
            code: data["centers"][i].astype(np.float32) for i, code in enumerate(languages)
        },
    )


async def _state(name: str) -> tuple[bytes, datetime] | None:
    row = (
        await ModelState.select(ModelState.content, ModelState.updated_at)
        .where(ModelState.name == name)
        .first()
    )
    return (bytes(row["content"]), row["updated_at"]) if row else None


async def _state_if_newer(name: str, known: datetime | None) -> tuple[bytes, datetime] | None:
    """The stored state when its version differs from `known`: the (small) timestamp is read
    every few seconds, the content (a learned tagger is megabytes) only when it changed."""
    row = await ModelState.select(ModelState.updated_at).where(ModelState.name == name).first()
    if row is None or (known is not None and row["updated_at"] == known):
        return None
    return await _state(name)


async def _save_state(name: str, content: bytes) -> datetime:
    """Store a learned state; returns its version (the timestamp workers compare)."""
    now = datetime.now(UTC)
    await ModelState.insert(ModelState(name=name, content=content, updated_at=now)).on_conflict(
        target=ModelState.name,
        action="DO UPDATE",
        values=[ModelState.content, ModelState.updated_at],
    )
    return now


async def taxonomy_from_table():
    from classifiers.topics import taxonomy_from_dict

    rows = await Topic.select().where(Topic.active == True).order_by(Topic.position)  # noqa: E712
    document = {
        "topics": [
            {
                "slug": row["slug"],
                "name": {"ja": row["name_ja"], "en": row["name_en"]},
                "description": row["description"],
                "examples": row["examples"]
                if isinstance(row["examples"], list)
                else json.loads(row["examples"] or "[]"),
            }
            for row in rows
        ]
    }
    return taxonomy_from_dict(document, source="topic table")


@dataclass
class Intelligence:
    models_dir: str
    # The active encoder (its folder's name: the model id stored with each vector); None until
    # read from the database.
    model: str | None = None
    encoder_checked_at: float = 0.0
    embedder: Any = None
    unavailable: str | None = None
    tagger: Any = None
    tagger_version: datetime | None = None
    flags: Any = None
    themes: list[Any] = field(default_factory=list)
    space: Any = None
    space_version: datetime | None = None
    checked_at: float = 0.0
    unavailable_at: float = 0.0
    # The highest embedding row id read so far (duplicates included: not read again).
    last_seen: int = 0
    recent_ids: list[int] = field(default_factory=list)
    recent_vectors: np.ndarray | None = None
    recent_texts: list[str] = field(default_factory=list)
    recent_languages: list[str | None] = field(default_factory=list)
    # recent_vectors projected into the tagger's space (all again when the tagger changes).
    recent_points: np.ndarray | None = None
    points_space: Any = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Held while an opinion's vector is stored and its duplicates settled (workers.pipeline).
    duplicate_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    regroup_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder.embed(texts)

    def embed_taxonomy_texts(self, texts: list[str]) -> np.ndarray:
        """The taxonomy's texts (about 1,100 for the default one): cached in the model folder,
        keyed by the texts, so that a new worker or tagger does not embed them again."""
        from classifiers.topics import TAXONOMY_TEXTS_CACHE

        return self.embedder.embed_corpus(TAXONOMY_TEXTS_CACHE, texts)

    @property
    def tagger_state(self) -> str:
        return tagger_state_name(self.model or EMBEDDING_FOLDER)

    def _forget_model(self) -> None:
        """Drop everything that belongs to the encoder: it is another one from now on."""
        self.embedder, self.unavailable = None, None
        self.tagger = self.tagger_version = self.flags = None
        self.space = self.space_version = None
        self.themes = []
        self.checked_at = 0.0
        self.last_seen = 0
        self.recent_ids, self.recent_texts, self.recent_languages = [], [], []
        self.recent_vectors = self.recent_points = self.points_space = None

    async def _follow_encoder(self) -> None:
        from workers.encoder_state import encoder_state

        active = (await encoder_state()).active
        self.encoder_checked_at = time.monotonic()
        if active != self.model:
            if self.model is not None:
                log.info("embedding model: %s replaces %s", active, self.model)
            self._forget_model()
            self.model = active

    async def ready(self) -> bool:
        """Load what is missing and pick up newer learned state. False: no embedding model
        (looked for again every few seconds, so a model installed meanwhile is taken up)."""
        async with self.lock:
            if (
                self.model is None
                or time.monotonic() - self.encoder_checked_at > STATE_CHECK_SECONDS
            ):
                await self._follow_encoder()
            assert self.model is not None
            if (
                self.embedder is None
                and self.unavailable is not None
                and time.monotonic() - self.unavailable_at > STATE_CHECK_SECONDS
            ):
                self.unavailable = None
            if self.embedder is None and self.unavailable is None:
                from pathlib import Path

                from classifiers.embedding import (
                    EmbeddingUnavailable,
                    embedding_model_status,
                    get_embedder,
                )

                present, reason = embedding_model_status(Path(self.models_dir), name=self.model)
                if not present:
                    self.unavailable = (
                        f"{reason}; afterwards `feedback reprocess --skipped` runs the "
                        "opinions that missed it"
                    )
                else:
                    try:
                        folder = Path(self.models_dir) / self.model
                        self.embedder = await asyncio.to_thread(get_embedder, folder)
                    except EmbeddingUnavailable as error:
                        self.unavailable = str(error)
                self.unavailable_at = time.monotonic()
            if self.embedder is None:
                return False
            if time.monotonic() - self.checked_at > STATE_CHECK_SECONDS or self.tagger is None:
                await self._refresh_state()
                self.checked_at = time.monotonic()
            return True

    async def _refresh_state(self) -> None:
        from classifiers.flags import FlagModel
        from classifiers.themes import Theme as ThemeValue
        from classifiers.topics import TopicTagger

        if self.flags is None:
            # Built from the rule file's exemplars: the same for every app in the process.
            key = (self.models_dir, self.embedder.name)
            if key not in _FLAG_MODELS:
                _FLAG_MODELS[key] = await asyncio.to_thread(
                    FlagModel.build, self.embed, embed_corpus=self.embedder.embed_corpus
                )
            self.flags = _FLAG_MODELS[key]
        stored = await _state_if_newer(
            self.tagger_state, self.tagger_version if self.tagger is not None else None
        )
        if stored:
            tagger = await asyncio.to_thread(TopicTagger.from_bytes, stored[0])
            self.tagger, self.tagger_version = tagger, stored[1]
        elif self.tagger is None:
            # A new deployment: a zero-shot tagger from the taxonomy, shared with other workers.
            taxonomy = await taxonomy_from_table()
            self.tagger = await asyncio.to_thread(
                TopicTagger.zero_shot,
                taxonomy,
                self.embed_taxonomy_texts,
                offsets=await asyncio.to_thread(self.embedder.language_offsets),
            )
            self.tagger_version = await _save_state(self.tagger_state, self.tagger.to_bytes())
        space = await _state_if_newer(THEME_SPACE_STATE, self.space_version)
        if space and space_model(space[0]) != self.model:
            # Learned in another encoder's space: no theme is assigned until a regroup in this
            # one (the switch runs one at once).
            self.space, self.space_version, self.themes = None, space[1], []
        elif space:
            self.space, self.space_version = space_from_bytes(space[0]), space[1]
            rows = await Theme.select(Theme.id, Theme.topic, Theme.centroid, Theme.size).where(
                Theme.merged_into.is_null() & Theme.centroid.is_not_null()
            )
            self.themes = [
                ThemeValue(
                    id=row["id"],
                    topic=row["topic"],
                    centroid=np.frombuffer(bytes(row["centroid"]), dtype=np.float32),
                    size=row["size"],
                )
                for row in rows
                # A theme that no regroup in this space has reached yet keeps an old centroid.
                if len(bytes(row["centroid"])) == 4 * self.embedder.dim
            ]

    async def candidates(self):
        """Vectors of the non-duplicate opinions of the last weeks (cached, grown).

        Rows are read in the order their embeddings were stored (the embedding row's id), not
        by opinion id: jobs finish out of order, and an opinion whose vector is stored after
        a later one's must still be read. The pipeline stores vectors and settles duplicates
        under one lock (see workers.pipeline), so that order is the order of commits.
        """
        since = datetime.now(UTC) - timedelta(days=DUPLICATE_WINDOW_DAYS)
        last = self.last_seen
        query = OpinionEmbedding.select(
            OpinionEmbedding.id,
            OpinionEmbedding.opinion,
            OpinionEmbedding.vector,
            OpinionEmbedding.opinion.language.as_alias("language"),
            OpinionEmbedding.opinion.normalised_text.as_alias("text"),
            OpinionEmbedding.opinion.redacted_text.as_alias("redacted"),
            OpinionEmbedding.opinion.duplicate_of.as_alias("duplicate_of"),
        ).where(
            (OpinionEmbedding.id > last)
            & (OpinionEmbedding.opinion.submitted_at >= since)
            & (OpinionEmbedding.model == self.model)
        )
        if last == 0:
            # The first read takes the newest of the window, not its oldest, when it is full.
            newest = query.order_by(OpinionEmbedding.id, ascending=False)
            rows = list(reversed(await newest.limit(DUPLICATE_WINDOW_MAX)))
        else:
            rows = await query.order_by(OpinionEmbedding.id).limit(DUPLICATE_WINDOW_MAX)
        if rows:
            self.last_seen = rows[-1]["id"]
        fresh = [row for row in rows if not row["duplicate_of"]]
        if fresh:
            # One stack per refresh, not one per row: a worker's first call may load 20,000.
            block = np.stack(
                [np.frombuffer(bytes(row["vector"]), dtype=np.float32) for row in fresh]
            )
            self.recent_vectors = (
                block if self.recent_vectors is None else np.vstack([self.recent_vectors, block])
            )
            if self.recent_points is not None and self.points_space is self.tagger.space:
                projected = self.tagger.space.transform(block, [row["language"] for row in fresh])
                self.recent_points = np.vstack([self.recent_points, projected])
            else:
                self.recent_points = None  # projected below, all at once
            self.recent_ids += [row["opinion"] for row in fresh]
            # The text the pipeline compares: with personal data hidden where there was some.
            self.recent_texts += [
                (row["redacted"] if row["redacted"] is not None else row["text"]) or ""
                for row in fresh
            ]
            self.recent_languages += [row["language"] for row in fresh]
        if len(self.recent_ids) > DUPLICATE_WINDOW_MAX:
            cut = len(self.recent_ids) - DUPLICATE_WINDOW_MAX
            self.recent_ids, self.recent_texts = self.recent_ids[cut:], self.recent_texts[cut:]
            self.recent_languages = self.recent_languages[cut:]
            self.recent_vectors = (
                self.recent_vectors[cut:] if self.recent_vectors is not None else None
            )
            self.recent_points = (
                self.recent_points[cut:] if self.recent_points is not None else None
            )
        empty = np.zeros((0, self.embedder.dim), np.float32)
        if self.recent_vectors is None:
            return [], empty, [], [], empty
        if self.recent_points is None or self.points_space is not self.tagger.space:
            self.points_space = self.tagger.space
            self.recent_points = self.points_space.transform(
                self.recent_vectors, self.recent_languages
            )
        # The cache itself, not copies (20,000 x dim per opinion otherwise); it may hold the
        # caller's own opinion, which the caller leaves out of the matches.
        return (
            self.recent_ids,
            self.recent_vectors,
            self.recent_texts,
            self.recent_languages,
            self.recent_points,
        )


def intelligence(ctx: dict[str, Any]) -> Intelligence:
    """The worker's Intelligence, made at its first use and kept for the worker's life."""
    from workers.jobs import worker_state

    state = worker_state(ctx)
    found = state.get("intelligence")
    if found is None:
        found = Intelligence(models_dir=str(ctx["settings"].models_dir))
        state["intelligence"] = found
    return found


# ------------------------------------------------------------------------ the periodic job


# Any constant: the PostgreSQL advisory lock that lets one regroup run at a time.
REGROUP_LOCK_KEY = 0x0DC0_FEEE
REGROUP_BUSY = "skipped: another regroup is running"


async def regroup_themes(ctx: dict[str, Any]) -> str:
    """Retrain the topic tagger (zero-shot, sharpened by every opinion, then fitted to the
    reviewers' topic labels) and regroup all opinions into themes, keeping theme ids, the
    names reviewers gave and the memberships they pinned.

    One regroup at a time (the periodic job on several workers, `feedback themes regroup`):
    on PostgreSQL the whole regroup is one transaction holding an advisory lock, so a second
    one skips at once and reviewers never see half of a regroup's writes."""
    intel = intelligence(ctx)
    if not await intel.ready():
        return f"skipped: {intel.unavailable}"
    if intel.regroup_lock.locked():
        return REGROUP_BUSY
    async with intel.regroup_lock:
        db = Opinion._meta.db
        if db.engine_type != "postgres":
            return await _regroup(intel)
        async with db.transaction():
            got = await Opinion.raw("SELECT pg_try_advisory_xact_lock({}) AS got", REGROUP_LOCK_KEY)
            if not got or not got[0]["got"]:
                return REGROUP_BUSY
            return await _regroup(intel)


async def _regroup(intel: Intelligence) -> str:
    from workers.regroup_compute import RegroupInput, compute_in_child

    started = time.monotonic()
    # One encoder throughout: a switch meanwhile does not mix two spaces.
    embedder = intel.embedder
    model = embedder.name
    # What reviewers do to themes from here on (the compute holds no lock) wins over what
    # this regroup computes: pins above this mark are theirs. New themes start above every
    # id there is (ids are never reused).
    label_mark = await _highest_id(Label)
    theme_mark = await _highest_id(Theme)
    rows = (
        await OpinionEmbedding.select(
            OpinionEmbedding.opinion,
            OpinionEmbedding.vector,
            OpinionEmbedding.opinion.language.as_alias("language"),
            OpinionEmbedding.opinion.theme.as_alias("theme"),
        )
        .where(OpinionEmbedding.model == model)
        .order_by(OpinionEmbedding.opinion)
    )
    if not rows:
        return "nothing to group"
    ids = [row["opinion"] for row in rows]
    vectors = np.stack([np.frombuffer(bytes(row["vector"]), dtype=np.float32) for row in rows])
    languages = [row["language"] for row in rows]
    previous = {row["opinion"]: row["theme"] for row in rows}
    del rows

    taxonomy = await taxonomy_from_table()
    # The child has no model: the taxonomy's texts are embedded here (cached by the encoder).
    from classifiers.topics import TAXONOMY_TEXTS_CACHE

    prototype_texts, owners = taxonomy.prototype_texts()
    prototype_vectors = await asyncio.to_thread(
        embedder.embed_corpus, TAXONOMY_TEXTS_CACHE, prototype_texts
    )
    offsets = await asyncio.to_thread(embedder.language_offsets)
    labels: dict[int, str] = {}
    for label in (
        await Label.select(Label.opinion, Label.value)
        .where(Label.kind == "topic")
        .order_by(Label.created_at)
    ):
        labels[label["opinion"]] = label["value"]
    index = {opinion_id: row for row, opinion_id in enumerate(ids)}
    known = set(taxonomy.slugs)
    labelled = [(index[o], slug) for o, slug in labels.items() if o in index and slug in known]

    topics: dict[int, str] = {}
    for row in await OpinionTopic.select(
        OpinionTopic.opinion, OpinionTopic.slug, OpinionTopic.score
    ).order_by(OpinionTopic.score):
        topics[row["opinion"]] = row["slug"]
    theme_rows = await Theme.select(Theme.id, Theme.title_ja, Theme.title_en, Theme.name_locked)
    names = {
        row["id"]: row["title_en"] or row["title_ja"] for row in theme_rows if row["name_locked"]
    }
    pinned = {
        label["opinion"]: int(label["value"])
        for label in await Label.select(Label.opinion, Label.value)
        .where(Label.kind == "theme")
        .order_by(Label.created_at)
        if label["opinion"] in index and label["value"].isdigit()
    }
    previous_groups, group_names, group_mark = await _groups_before(previous)
    english = {
        row["opinion"]: row["text"]
        for row in await Translation.select(Translation.opinion, Translation.text).where(
            Translation.target == "en"
        )
    }
    originals = {
        row["id"]: row["redacted_text"] or row["normalised_text"] or ""
        for row in await Opinion.select(
            Opinion.id, Opinion.redacted_text, Opinion.normalised_text, Opinion.language
        )
    }
    read_at = time.monotonic()
    output = await compute_in_child(
        RegroupInput(
            slugs=taxonomy.slugs,
            prototype_vectors=np.asarray(prototype_vectors, dtype=np.float32),
            prototype_owners=owners,
            vectors=vectors,
            ids=ids,
            languages=languages,
            labelled_rows=[row for row, _ in labelled],
            labelled_slugs=[slug for _, slug in labelled],
            previous=previous,
            topics=[topics.get(o) for o in ids],
            texts=[english.get(o) or originals.get(o, "") for o in ids],
            pinned=pinned,
            names=names,
            next_id=theme_mark + 1,
            offsets=offsets,
            previous_groups=previous_groups,
            group_names=group_names,
            next_group_id=group_mark + 1,
        )
    )
    result = output.regrouping
    computed_at = time.monotonic()
    # One writer at a time with the reviewers' theme edits, and all of it or nothing.
    async with theme_edits(Opinion._meta.db):
        await _save_state(tagger_state_name(model), output.tagger)
        await _write_themes(
            result,
            originals,
            english,
            label_mark=label_mark,
            known_themes={t for t in previous.values() if t is not None} | set(pinned.values()),
        )
        await _save_state(THEME_SPACE_STATE, space_to_bytes(result.space, model=model))
    intel.checked_at = 0.0
    learned = len({slug for _, slug in labelled}) >= 2
    message = (
        f"{len(result.themes)} themes over {len(ids)} opinions in "
        f"{time.monotonic() - started:.1f} s (read {read_at - started:.1f}, compute "
        f"{computed_at - read_at:.1f}, write {time.monotonic() - computed_at:.1f}); topic tagger "
        + (
            f"learned from {len(labelled)} reviewer labels"
            if learned
            else "zero-shot (reviewers have labelled fewer than two topics)"
        )
    )
    log.info("regroup: %s", message)
    return message


async def _highest_id(table: Any) -> int:
    row = await table.select(table.id).order_by(table.id, ascending=False).first()
    return int(row["id"]) if row else 0


async def _groups_before(
    previous: dict[int, int | None],
) -> tuple[dict[int, int | None], dict[int, str], int]:
    """What the last regroup's coarse groups leave to this one: each themed opinion's group
    (its theme's), the names reviewers gave groups, and the highest group id (never reused)."""
    group_of_theme = {
        row["id"]: row["theme_group"] for row in await Theme.select(Theme.id, Theme.theme_group)
    }
    previous_groups = {
        opinion_id: group_of_theme.get(theme_id)
        for opinion_id, theme_id in previous.items()
        if theme_id is not None
    }
    names = {
        row["id"]: row["title_en"] or row["title_ja"]
        for row in await ThemeGroup.select(
            ThemeGroup.id, ThemeGroup.title_ja, ThemeGroup.title_en
        ).where(ThemeGroup.name_locked == True)  # noqa: E712 (a piccolo expression)
    }
    return previous_groups, names, await _highest_id(ThemeGroup)


async def _write_themes(
    result,
    originals: dict[int, str],
    english: dict[int, str],
    *,
    label_mark: int,
    known_themes: set[int],
) -> None:
    """Write a regroup's themes and memberships, after what reviewers changed while it ran.

    Runs inside `theme_edits`. Reviewers' pins since `label_mark` keep their opinions where
    they put them; a theme merged meanwhile stays merged (its members go to the merge's
    target); a theme a reviewer split off meanwhile keeps its id, and a new theme of the
    regroup's (an id not among the `known_themes` it started from) that would have taken it
    gets the next free one.
    """
    from classifiers.themes import follow_merges

    now = datetime.now(UTC)
    existing = {row["id"]: row for row in await Theme.select()}
    late_pins = {
        label["opinion"]
        for label in await Label.select(Label.opinion).where(
            (Label.kind == "theme") & (Label.id > label_mark)
        )
    }
    merged_into = {
        theme_id: row["merged_into"]
        for theme_id, row in existing.items()
        if row["merged_into"] is not None
    }
    highest = max([*existing, *(theme.id for theme in result.themes)], default=0)
    renumbered: dict[int, int] = {}
    for theme in result.themes:
        if theme.id not in known_themes and theme.id in existing:
            highest += 1
            renumbered[theme.id] = highest

    def final(theme_id: int | None) -> int | None:
        if theme_id in renumbered:
            return renumbered[theme_id]
        return follow_merges(theme_id, merged_into)

    assignment = {
        opinion_id: final(theme_id)
        for opinion_id, theme_id in result.assignment.items()
        if opinion_id not in late_pins
    }
    themes = [
        replace(theme, id=renumbered.get(theme.id, theme.id))
        for theme in result.themes
        if theme.id in renumbered or theme.id not in merged_into
    ]

    # Only memberships that change are written: a regroup that keeps its themes writes little.
    opinions = await Opinion.select(
        Opinion.id, Opinion.theme, Opinion.language, Opinion.duplicate_of
    )
    stored = {row["id"]: row["theme"] for row in opinions}
    by_theme: dict[int | None, list[int]] = {}
    for opinion_id, theme_id in assignment.items():
        if opinion_id in stored and stored[opinion_id] != theme_id:
            by_theme.setdefault(theme_id, []).append(opinion_id)
            stored[opinion_id] = theme_id
    for theme_id, opinion_ids in by_theme.items():
        for start in range(0, len(opinion_ids), 1000):
            await Opinion.update({Opinion.theme: theme_id}).where(
                Opinion.id.is_in(opinion_ids[start : start + 1000])
            )

    # Sizes and weights from the memberships as now stored: reviewers' moves included.
    copies = Counter(row["duplicate_of"] for row in opinions if row["duplicate_of"] is not None)
    size: Counter[int] = Counter()
    weight: Counter[int] = Counter()
    for opinion_id, theme_id in stored.items():
        if theme_id is not None:
            size[theme_id] += 1
            weight[theme_id] += 1 + copies.get(opinion_id, 0)
    languages = {row["id"]: row["language"] for row in opinions}
    japanese = {
        row["opinion"]: row["text"]
        for row in await Translation.select(Translation.opinion, Translation.text).where(
            Translation.target == "ja"
        )
    }
    topic_names = {
        row["slug"]: {"ja": row["name_ja"], "en": row["name_en"]}
        for row in await Topic.select(Topic.slug, Topic.name_ja, Topic.name_en)
    }
    # Per theme, the languages of members without an English translation: the keywords came
    # from their original words (see feedback.review.display.keywords_in).
    untranslated: dict[int, set[str]] = {}
    for opinion_id, theme_id in stored.items():
        if theme_id is not None and opinion_id not in english:
            untranslated.setdefault(theme_id, set()).add(languages.get(opinion_id) or "und")
    kept = set()
    for theme in themes:
        kept.add(theme.id)
        medoid = theme.medoid
        # A title in each language is the medoid's own text, its machine translation, or the
        # topic's name and keywords: never a sentence in another language (the hearing pack
        # prints these titles as they are).
        title_ja, title_en = (
            automatic_title(
                target,
                representative_language=languages.get(medoid),
                representative_text=originals.get(medoid, ""),
                translation=(japanese if target == "ja" else english).get(medoid),
                topic_name=topic_names.get(theme.topic or "", {}).get(target),
                keywords=list(theme.keywords),
                untranslated_languages=untranslated.get(theme.id, set()),
            )[0]
            for target in ("ja", "en")
        )
        values = {
            Theme.topic: theme.topic,
            Theme.keywords: list(theme.keywords),
            Theme.representative: medoid,
            Theme.size: size[theme.id],
            Theme.weight: weight[theme.id],
            Theme.centroid: np.asarray(theme.centroid, dtype=np.float32).tobytes(),
            Theme.merged_into: None,
            Theme.theme_group: theme.group,
            Theme.updated_at: now,
        }
        await _write_titled(
            Theme, theme.id, values, existing.get(theme.id), title_ja, title_en, now
        )
    # The other themes keep their ids (never reused); those left without members are emptied.
    for theme_id, row in existing.items():
        if theme_id in kept or row["merged_into"] is not None:
            continue
        if size[theme_id] == 0:
            changes = {Theme.size: 0, Theme.weight: 0, Theme.centroid: None, Theme.updated_at: now}
        elif (row["size"], row["weight"]) != (size[theme_id], weight[theme_id]):
            changes = {Theme.size: size[theme_id], Theme.weight: weight[theme_id]}
        else:
            continue
        await Theme.update(cast("dict[Column | str, Any]", changes)).where(Theme.id == theme_id)
    await _write_groups(
        getattr(result, "groups", []), originals, english, japanese, languages, now=now
    )


async def _write_groups(
    groups,
    originals: dict[int, str],
    english: dict[int, str],
    japanese: dict[int, str],
    languages: dict[int, str | None],
    *,
    now: datetime,
) -> None:
    """Write a regroup's coarse groups (after its themes): titles (kept where a reviewer
    named the group), keywords, and sizes from the themes as now stored, reviewers' merges
    and moves included. Groups left without themes are emptied, their ids retired."""
    existing = {row["id"]: row for row in await ThemeGroup.select()}
    size: Counter[int] = Counter()
    weight: Counter[int] = Counter()
    for row in await Theme.select(Theme.theme_group, Theme.size, Theme.weight).where(
        Theme.merged_into.is_null() & Theme.theme_group.is_not_null()
    ):
        size[row["theme_group"]] += row["size"]
        weight[row["theme_group"]] += row["weight"]
    written = set()
    for group in groups:
        written.add(group.id)
        medoid = group.medoid
        title_ja, title_en = (
            automatic_title(
                target,
                representative_language=languages.get(medoid),
                representative_text=originals.get(medoid, ""),
                translation=(japanese if target == "ja" else english).get(medoid),
                topic_name=None,
                keywords=list(group.keywords),
                untranslated_languages=set(),
            )[0]
            for target in ("ja", "en")
        )
        values = {
            ThemeGroup.keywords: list(group.keywords),
            ThemeGroup.representative: medoid,
            ThemeGroup.size: size[group.id],
            ThemeGroup.weight: weight[group.id],
            ThemeGroup.updated_at: now,
        }
        await _write_titled(
            ThemeGroup, group.id, values, existing.get(group.id), title_ja, title_en, now
        )
    for group_id, row in existing.items():
        if group_id not in written and (row["size"], row["weight"]) != (
            size[group_id],
            weight[group_id],
        ):
            await ThemeGroup.update(
                {ThemeGroup.size: size[group_id], ThemeGroup.weight: weight[group_id]}
            ).where(ThemeGroup.id == group_id)


async def _write_titled(
    table: Any,
    row_id: int,
    values: dict[Any, Any],
    previous: dict[str, Any] | None,
    title_ja: str,
    title_en: str,
    now: datetime,
) -> None:
    """Insert or update a theme or a group with `values`; its titles too, unless a reviewer named
    it (`name_locked`)."""
    if previous is None or not previous["name_locked"]:
        values[table.title_ja] = _title(title_ja)
        values[table.title_en] = _title(title_en)
    if previous is None:
        await table.insert(
            table(
                id=row_id,
                created_at=now,
                **{column._meta.name: value for column, value in values.items()},
            )
        )
    else:
        # piccolo annotates `values` as dict[Column | str, Any]; a dict keyed by Column only
        # is what it accepts at runtime, but dict is invariant.
        await table.update(cast("dict[Column | str, Any]", values)).where(table.id == row_id)


def _title(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
