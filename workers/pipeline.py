"""The opinion pipeline: pure analysis steps, and the job that stores their results.

`analyse` runs the classifiers on one text and returns plain values; `process_opinion` is the
job (arq or in-process) that loads an opinion, analyses it and writes the results. Every write
is an overwrite keyed by the opinion, so a job that runs twice leaves the same rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from classifiers import language as language_id
from feedback.redaction import for_storage
from feedback.tables import (
    FAILED,
    PROCESSED,
    PROCESSING,
    RECEIVED,
    AuditEntry,
    Label,
    Opinion,
    PipelineStep,
    Theme,
    Translation,
)
from workers.alerts import enqueue_if_urgent as enqueue_alerts_if_urgent
from workers.jobs import (
    JOB_TIMEOUT_SECONDS,
    MAX_TRIES,
    PROCESS_OPINION,
    retry_delay,
    worker_state,
)

log = logging.getLogger(__name__)

# Confidence under which an opinion is shown to reviewers as "language to be checked",
# unless the settings say otherwise.
DEFAULT_LANGUAGE_CHECK_THRESHOLD = 0.7


@dataclass
class Analysis:
    normalised_text: str
    language: str
    language_confidence: float
    language_alternatives: list[dict[str, Any]] = field(default_factory=list)
    # The text with personal data replaced by placeholders; None when none was found.
    redacted_text: str | None = None
    pii_kinds: list[str] = field(default_factory=list)
    # "zawgyi" when the text was converted from the Zawgyi encoding before anything else.
    original_encoding: str | None = None

    @property
    def display_text(self) -> str:
        """What reviewers, translators and exports get: never the personal data."""
        return self.redacted_text if self.redacted_text is not None else self.normalised_text


def analyse(
    text: str,
    hint: str | None = None,
    names: Callable[[str], Sequence[tuple[int, int]]] | None = None,
) -> Analysis:
    """Normalise `text`, redact personal data and detect the language. CPU-bound: call it
    from a thread. `names`: the contextual name finder, where the encoder is loaded."""
    # The same normalisation and redaction as the intake's, and the names the encoder's
    # context shows (classifiers.name_finder) where it is loaded.
    stored = for_storage(text, names)
    # The language comes from the text as written: placeholders such as [PHONE] would pull a
    # short opinion towards English.
    guess = language_id.detect(stored.normalised_text, hint=hint)
    return Analysis(
        redacted_text=stored.redacted_text,
        pii_kinds=stored.pii_kinds,
        original_encoding=stored.converted_from,
        normalised_text=stored.normalised_text,
        language=guess.language,
        language_confidence=round(float(guess.confidence), 4),
        language_alternatives=[
            {"language": code, "score": round(float(score), 4)}
            for code, score in guess.alternatives
        ],
    )


def _now() -> datetime:
    return datetime.now(UTC)


async def record_step(
    opinion_id: int, step: str, outcome: str, message: str = "", detail: dict | None = None
) -> None:
    """Write the outcome of one step, replacing an earlier run's row."""
    row = PipelineStep(
        opinion=opinion_id,
        step=step,
        outcome=outcome,
        message=message,
        detail=detail or {},
        updated_at=_now(),
    )
    await PipelineStep.insert(row).on_conflict(
        target=(PipelineStep.opinion, PipelineStep.step),
        action="DO UPDATE",
        values=[
            PipelineStep.outcome,
            PipelineStep.message,
            PipelineStep.detail,
            PipelineStep.updated_at,
        ],
    )


async def reviewer_language(opinion_id: int) -> str | None:
    """The newest language a reviewer set for this opinion, if any."""
    row = (
        await Label.select(Label.value)
        .where((Label.opinion == opinion_id) & (Label.kind == "language"))
        .order_by(Label.created_at, ascending=False)
        .first()
    )
    return row["value"] if row else None


# Reviewers read Japanese, some English: every opinion is translated into both.
TRANSLATION_TARGETS = ("ja", "en")


def translation_batcher(ctx: dict[str, Any]):
    """The worker's batcher, shared by its concurrent jobs (made at first use)."""
    state = worker_state(ctx)
    batcher = state.get("translation_batcher")
    if batcher is None:
        from workers.batching import TranslationBatcher
        from workers.models import translator

        settings = ctx["settings"]
        catalogue = str(settings.translation_catalogue) if settings.translation_catalogue else None
        min_score = getattr(settings, "translation_min_score", None)
        batcher = TranslationBatcher(translator(str(settings.models_dir), catalogue, min_score))
        state["translation_batcher"] = batcher
    return batcher


async def translation_step(ctx: dict[str, Any], opinion_id: int, text: str, language: str) -> None:
    """Translate into Japanese and English (not into the opinion's own language). A pair with
    no usable model is skipped with the reason, and the opinion is still processed."""
    if "settings" not in ctx:
        return
    batcher = translation_batcher(ctx)
    skipped: list[str] = []
    done: list[str] = []
    warnings: dict[str, list[str]] = {}
    for target in TRANSLATION_TARGETS:
        if target == language:
            continue
        if language == language_id.UNDETERMINED:
            skipped.append(f"language undetermined: no translation into {target}")
            continue
        if language_id.is_romanized(language):
            # Translation models read a language in its own script: fed "malai kaam garna
            # garo chha" they produce fluent nonsense. A reviewer confirms the language.
            skipped.append(
                f"{language} is written in Latin letters, which no translation model was"
                f" trained on: no translation into {target}"
            )
            continue
        check = await asyncio.to_thread(batcher.translator.check, language, target)
        if not check.available:
            reason = check.reason or ""
            if not reason.startswith("no translation model"):
                # Say which pair first, then why (e.g. the model folder is not installed).
                reason = f"no translation model for {language} -> {target}" + (
                    f" ({reason})" if reason else ""
                )
            skipped.append(reason)
            continue
        result = await batcher.translate(text, language, target)
        row = Translation(
            opinion=opinion_id,
            target=target,
            text=result.text,
            model=result.model,
            engine=result.engine,
            route=list(result.route),
            created_at=_now(),
            score=result.score,
            warnings=list(result.warnings),
        )
        await Translation.insert(row).on_conflict(
            target=(Translation.opinion, Translation.target),
            action="DO UPDATE",
            values=[
                Translation.text,
                Translation.model,
                Translation.engine,
                Translation.route,
                Translation.created_at,
                Translation.score,
                Translation.warnings,
            ],
        )
        done.append(f"{' -> '.join(result.route)} ({result.model}, {result.engine})")
        if result.warnings:
            # "check with a translator": the review page names each reason from these codes
            warnings[target] = list(result.warnings)
    # A translation from an earlier run into the opinion's own language (after a reviewer
    # corrected the language) no longer applies.
    await Translation.delete().where(
        (Translation.opinion == opinion_id) & (Translation.target == language)
    )
    outcome = "skipped" if skipped and not done else "done"
    await record_step(
        opinion_id,
        "translation",
        outcome,
        message="; ".join(skipped),
        detail={"translated": done, "skipped": skipped, "warnings": warnings},
    )


async def understanding_step(
    ctx: dict[str, Any], opinion_id: int, text: str, language: str
) -> None:
    """Embed, tag topics, raise flags, find the duplicate it repeats and its theme."""
    if "settings" not in ctx:
        return
    import numpy as np

    from classifiers.duplicates import matches
    from classifiers.themes import assign
    from feedback.tables import OpinionEmbedding, OpinionTopic
    from workers.intelligence import intelligence

    intel = intelligence(ctx)
    translations = [
        row["text"]
        for row in await Translation.select(Translation.text).where(
            Translation.opinion == opinion_id
        )
    ]
    if not await intel.ready():
        # Urgency needs no model: its patterns run on the text and any translation, so a cry
        # for help is flagged (and alerts go out) even before an embedding model is installed.
        skipped = f"no embedding model: {intel.unavailable}"
        await record_step(opinion_id, "topics", "skipped", message=skipped)
        urgency = text_only_flags().urgency(text, None, translations)
        await record_step(
            opinion_id,
            "flags",
            "done",
            message=f"urgency: {urgency.value}; relevance skipped: no embedding model",
            detail={"urgency": _flag_detail(urgency)},
        )
        async with _serialised(intel):  # the group flag's triggers, as below
            await _store_urgency(opinion_id, urgency)
        await record_step(opinion_id, "themes", "skipped", message=skipped)
        return
    embedder = intel.embedder  # the vector is stored under the model that made it
    vector = (await asyncio.to_thread(embedder.embed, [text]))[0].astype(np.float32)
    # Topics: a person's choice stands; otherwise the model's tags replace its earlier ones.
    person = await OpinionTopic.select(OpinionTopic.slug).where(
        (OpinionTopic.opinion == opinion_id) & (OpinionTopic.source == "person")
    )
    scores = intel.tagger.tag(vector, language)
    if person:
        top_topic = person[0]["slug"]
    else:
        await OpinionTopic.delete().where(
            (OpinionTopic.opinion == opinion_id) & (OpinionTopic.source == "model")
        )
        if scores:
            await OpinionTopic.insert(
                *[
                    OpinionTopic(
                        opinion=opinion_id,
                        slug=score.slug,
                        score=float(score.score),
                        source="model",
                        created_at=_now(),
                    )
                    for score in scores
                ]
            )
        top_topic = scores[0].slug if scores else None
    await record_step(
        opinion_id,
        "topics",
        "done",
        message=", ".join(f"{score.slug} {score.score:.2f}" for score in scores),
        detail={
            "topics": [
                {"slug": score.slug, "score": round(float(score.score), 4)} for score in scores
            ]
        },
    )
    flags = {flag.kind: flag for flag in intel.flags.flags(text, vector, top_topic, translations)}
    relevance = flags.get("relevance")
    urgency = flags["urgency"]
    await record_step(
        opinion_id,
        "flags",
        "done",
        message="; ".join(f"{flag.kind}: {flag.value}" for flag in flags.values()),
        detail={kind: _flag_detail(flag) for kind, flag in flags.items()},
    )
    relevance_value = None
    relevance_note = None
    if relevance is not None:
        relevance_value = "policy" if relevance.value == "policy_opinion" else "consultation"
        if relevance_value == "consultation":
            relevance_note = relevance.suggestion or "; ".join(relevance.evidence[:2])
    # Storing the vector and settling duplicates is serialised (per process, and across
    # workers on PostgreSQL), so that of two copies processed at the same time the second
    # always sees the first, whichever finishes first.
    async with _serialised(intel):
        await OpinionEmbedding.insert(
            OpinionEmbedding(
                opinion=opinion_id,
                model=embedder.name,
                vector=vector.tobytes(),
                created_at=_now(),
            )
        ).on_conflict(
            target=(OpinionEmbedding.opinion, OpinionEmbedding.model),
            action="DO UPDATE",
            values=[OpinionEmbedding.vector, OpinionEmbedding.created_at],
        )
        ids, vectors, texts, languages, points = await intel.candidates()
        found = (
            cast(  # the candidates' ids are opinion ids (this one's among them)
                list[int],
                matches(
                    vector,
                    text,
                    ids,
                    vectors,
                    texts,
                    language=language,
                    candidate_languages=languages,
                    space=intel.tagger.space,
                    candidate_points=points,
                ),
            )
            if ids
            else []
        )
        duplicate = await _settle_duplicates(
            opinion_id, [match for match in found if match != opinion_id]
        )
        theme = None
        if duplicate is not None:
            row = await Opinion.select(Opinion.theme).where(Opinion.id == duplicate).first()
            theme = row["theme"] if row else None
        elif intel.space is not None and intel.themes:
            theme = assign(vector, top_topic, intel.themes, space=intel.space, language=language)
        theme = await _reviewed_theme(opinion_id, theme)
        await _store_urgency(opinion_id, urgency)
        await Opinion.update(
            {
                Opinion.relevance: relevance_value,
                Opinion.relevance_note: relevance_note,
                Opinion.duplicate_of: duplicate,
                Opinion.theme: theme,
            }
        ).where(Opinion.id == opinion_id)
    await record_step(
        opinion_id,
        "themes",
        "done",
        message=(f"duplicate of #{duplicate}; " if duplicate else "")
        + (f"theme #{theme}" if theme else "unthemed until the next regroup"),
        detail={"theme": theme, "duplicate_of": duplicate},
    )


@functools.cache
def text_only_flags() -> Any:
    """The flag model without an embedding model: urgency from its patterns alone."""
    from classifiers.flags import FlagModel

    return FlagModel.build(None)


def _flag_detail(flag: Any) -> dict[str, Any]:
    detail = {
        "value": flag.value,
        "score": round(float(flag.score), 3),
        "evidence": list(flag.evidence),
    }
    if flag.categories:
        detail["categories"] = list(flag.categories)
    if flag.suggestion:
        detail["suggestion"] = flag.suggestion
    return detail


async def _store_urgency(opinion_id: int, urgency: Any) -> None:
    """Write the urgency flag (idempotent: the same text gives the same row)."""
    urgent = urgency.value == "urgent"
    await Opinion.update(
        {
            Opinion.urgent: urgent,
            Opinion.urgent_reasons: list(urgency.evidence) if urgent else [],
            Opinion.urgent_categories: list(urgency.categories) if urgent else [],
        }
    ).where(Opinion.id == opinion_id)


async def _reviewed_theme(opinion_id: int, computed: int | None) -> int | None:
    """The theme to store: where a reviewer put this opinion (a reprocessed one keeps it), else
    the computed one; either way followed through merges, which workers learn of only at the
    next regroup (until then a merged theme's centroid still attracts new opinions)."""
    from classifiers.themes import follow_merges

    pin = (
        await Label.select(Label.value)
        .where((Label.opinion == opinion_id) & (Label.kind == "theme"))
        .order_by(Label.id, ascending=False)
        .first()
    )
    theme = int(pin["value"]) if pin and pin["value"].isdigit() else computed
    if theme is None:
        return None
    merged = await Theme.select(Theme.id, Theme.merged_into).where(Theme.merged_into.is_not_null())
    return follow_merges(theme, {row["id"]: row["merged_into"] for row in merged})


# Any constant: the key of the PostgreSQL advisory lock that serialises duplicate settling.
DUPLICATE_LOCK_KEY = 0x0DC0_FEED


@contextlib.asynccontextmanager
async def _serialised(intel: Any) -> AsyncIterator[None]:
    async with intel.duplicate_lock:
        db = Opinion._meta.db
        if db.engine_type != "postgres":
            yield  # embedded mode: one process, the asyncio lock is enough
            return
        async with db.transaction():
            await Opinion.raw("SELECT pg_advisory_xact_lock({})", DUPLICATE_LOCK_KEY)
            yield


async def _settle_duplicates(opinion_id: int, found: list[int]) -> int | None:
    """Join this opinion and the groups of the opinions it matches into one group, led by the
    earliest opinion; returns the leader this one duplicates, or None when it leads.

    Matches may be earlier opinions (this one repeats them) or later ones, stored first
    because their jobs finished first: those, and their own duplicates, move under this one.
    """
    if not found:
        return None
    rows = await Opinion.select(Opinion.id, Opinion.duplicate_of).where(Opinion.id.is_in(found))
    roots = {row["duplicate_of"] or row["id"] for row in rows} - {opinion_id}
    if not roots:
        return None
    leader = min(roots | {opinion_id})
    for root in roots | {opinion_id}:
        if root != leader:
            await Opinion.update({Opinion.duplicate_of: leader}).where(
                (Opinion.id == root) | (Opinion.duplicate_of == root)
            )
    await _keep_group_triage(leader, roots - {leader})
    await _follow_leader(leader)
    return leader if leader != opinion_id else None


async def _keep_group_triage(leader: int, former_leaders: set[int]) -> None:
    """A leader nobody has triaged takes the triage of the group it now leads.

    An earlier copy whose job finishes late becomes the leader of a campaign that a reviewer
    may already have closed or forwarded under its former leader; the campaign stays so. Of
    several former leaders, the one triaged last counts.
    """
    if not former_leaders:
        return
    columns = (Opinion.id, Opinion.triage_status, Opinion.assignee, Opinion.updated_at)
    lead = await Opinion.select(*columns).where(Opinion.id == leader).first()
    if lead is None or lead["triage_status"] != "new":
        return
    triaged = await Opinion.select(*columns).where(
        Opinion.id.is_in(list(former_leaders)) & (Opinion.triage_status != "new")
    )
    if not triaged:
        return
    source = max(triaged, key=lambda row: row["updated_at"])
    await _take_triage([leader], source)


async def _follow_leader(leader: int) -> None:
    """Copies that nobody has triaged take the triage of their leader: a campaign that a
    reviewer closed or forwarded stays closed or forwarded when more copies arrive."""
    lead = (
        await Opinion.select(Opinion.id, Opinion.triage_status, Opinion.assignee)
        .where(Opinion.id == leader)
        .first()
    )
    if lead is None or lead["triage_status"] == "new":
        return
    copies = await Opinion.select(Opinion.id).where(
        (Opinion.duplicate_of == leader) & (Opinion.triage_status == "new")
    )
    await _take_triage([row["id"] for row in copies], lead)


async def _take_triage(ids: list[int], source: dict[str, Any]) -> None:
    """Untriaged opinions `ids` take the status and assignee of `source`, an opinion of their
    group (a row with id, triage_status, assignee); audited as changed with it."""
    if not ids:
        return
    now = _now()
    await Opinion.update(
        {
            Opinion.triage_status: source["triage_status"],
            Opinion.assignee: source["assignee"],
            Opinion.updated_at: now,
        }
    ).where(Opinion.id.is_in(ids))
    await AuditEntry.insert(
        *[
            AuditEntry(
                account=None,
                action="opinion.triage",
                object_type="opinion",
                object_id=str(opinion_id),
                before={"triage_status": "new"},
                after={"triage_status": source["triage_status"], "with_copy_of": source["id"]},
                created_at=now,
            )
            for opinion_id in ids
        ]
    )


async def name_finder_of(ctx: dict[str, Any]) -> Any:
    """The contextual name finder of the worker's encoder (classifiers.name_finder), or None
    where there is no encoder or the finder does not fit it (the rules alone redact then)."""
    if "settings" not in ctx:  # as understanding_step: a context without models
        return None
    from workers.intelligence import intelligence

    intel = intelligence(ctx)
    if not await intel.ready():
        return None
    from classifiers.name_finder import finder_for

    finder = finder_for(intel.embedder)
    return finder if finder.available else None


async def process_opinion(ctx: dict[str, Any], opinion_id: int) -> str:
    """The job: analyse one opinion and store what was found. Safe to run more than once."""
    job_try = int(ctx.get("job_try") or 1)
    threshold = float(ctx.get("language_check_threshold", DEFAULT_LANGUAGE_CHECK_THRESHOLD))
    opinion = (
        await Opinion.select(Opinion.id, Opinion.text, Opinion.declared_language)
        .where(Opinion.id == opinion_id)
        .first()
    )
    if opinion is None:
        log.info("opinion %s no longer exists; nothing to do", opinion_id)
        return "missing"

    await Opinion.update(
        {
            Opinion.processing_status: PROCESSING,
            Opinion.processing_attempts: Opinion.processing_attempts + 1,
            Opinion.updated_at: _now(),
        }
    ).where(Opinion.id == opinion_id)

    try:
        finder = await name_finder_of(ctx)
        analysis = await asyncio.to_thread(
            analyse,
            opinion["text"],
            opinion["declared_language"],
            finder.find if finder is not None else None,
        )
        corrected = await reviewer_language(opinion_id)
        needs_check = corrected is None and (
            analysis.language == language_id.UNDETERMINED
            or analysis.language_confidence < threshold
            # a romanization is always confirmed by a reviewer, whatever the threshold
            or language_id.is_romanized(analysis.language)
        )
        await record_step(
            opinion_id,
            "language",
            "done",
            detail={
                "language": analysis.language,
                "confidence": analysis.language_confidence,
                "alternatives": analysis.language_alternatives,
            },
        )
        await record_step(
            opinion_id,
            "privacy",
            "done",
            message=", ".join(analysis.pii_kinds),
            detail={
                "kinds": analysis.pii_kinds,
                # Whether names were also looked for from their context (the encoder's).
                "contextual_names": finder is not None,
            },
        )
        # The text and language first: the duplicate check of a copy processed at the same
        # time reads them with this opinion's vector, before this job ends.
        await Opinion.update(
            {
                Opinion.normalised_text: analysis.normalised_text,
                Opinion.redacted_text: analysis.redacted_text,
                Opinion.original_encoding: analysis.original_encoding,
                Opinion.language: corrected or analysis.language,
            }
        ).where(Opinion.id == opinion_id)
        await translation_step(
            ctx, opinion_id, analysis.display_text, corrected or analysis.language
        )
        await understanding_step(
            ctx, opinion_id, analysis.display_text, corrected or analysis.language
        )
        # Stored as urgent (and not alerted yet): the people on duty are told now.
        await enqueue_alerts_if_urgent(ctx, opinion_id)
        await Opinion.update(
            {
                Opinion.pii_kinds: analysis.pii_kinds,
                Opinion.detected_language: analysis.language,
                Opinion.language_confidence: analysis.language_confidence,
                Opinion.language_alternatives: analysis.language_alternatives,
                Opinion.language_needs_check: needs_check,
                Opinion.processing_status: PROCESSED,
                Opinion.processing_error: None,
                Opinion.processed_at: _now(),
                Opinion.updated_at: _now(),
            }
        ).where(Opinion.id == opinion_id)
        return PROCESSED
    except Exception as error:
        message = f"{type(error).__name__}: {error}"
        final = job_try >= MAX_TRIES
        log.exception("opinion %s: try %s of %s failed", opinion_id, job_try, MAX_TRIES)
        await Opinion.update(
            {
                Opinion.processing_status: FAILED if final else PROCESSING,
                Opinion.processing_error: message,
                Opinion.updated_at: _now(),
            }
        ).where(Opinion.id == opinion_id)
        if final:
            return FAILED
        from arq import Retry

        raise Retry(
            defer=retry_delay(job_try, float(ctx.get("retry_base_seconds", 1.0)))
        ) from error


async def stranded_opinion_ids(
    older_than_seconds: float, limit: int = 1000, job_timeout: float = JOB_TIMEOUT_SECONDS
) -> list[int]:
    """Opinions whose job was lost: still `received` after a while (the enqueue failed, say),
    or `processing` for longer than a job may run (its worker died with the queue's record)."""
    now = _now()
    received_before = now - timedelta(seconds=older_than_seconds)
    processing_before = now - timedelta(seconds=job_timeout * 2)
    rows = (
        await Opinion.select(Opinion.id)
        .where(
            ((Opinion.processing_status == RECEIVED) & (Opinion.updated_at <= received_before))
            | (
                (Opinion.processing_status == PROCESSING)
                & (Opinion.updated_at <= processing_before)
            )
        )
        .order_by(Opinion.id)
        .limit(limit)
    )
    return [row["id"] for row in rows]


async def mark_for_reprocessing(
    *, failed: bool, skipped: bool, everything: bool, since: datetime | None, dry_run: bool
) -> list[int]:
    """Opinions to run through the pipeline again, set back to `received` (unless `dry_run`):
    those that `failed`, those with a `skipped` step (a model that was missing then), or
    `everything`; only those submitted from `since` on when given. The sweeper (or the
    caller, through the queue) sends them to a worker; the pipeline is safe to rerun, and
    what reviewers decided (language, topics, theme, triage) stays."""
    conditions: list[Any] = []
    if not everything:
        wanted: list[Any] = []
        if failed:
            wanted.append(Opinion.processing_status == FAILED)
        if skipped:
            wanted.append(
                Opinion.id.is_in(
                    PipelineStep.select(PipelineStep.opinion).where(
                        PipelineStep.outcome == "skipped"
                    )
                )
            )
        if not wanted:
            return []
        either = wanted[0]
        for condition in wanted[1:]:
            either = either | condition
        conditions.append(either)
    if since is not None:
        conditions.append(Opinion.submitted_at >= since)
    query = Opinion.select(Opinion.id)
    for condition in conditions:
        query = query.where(condition)
    ids = [row["id"] for row in await query.order_by(Opinion.id)]
    if ids and not dry_run:
        for start in range(0, len(ids), 1000):
            await Opinion.update(
                {Opinion.processing_status: RECEIVED, Opinion.updated_at: _now()}
            ).where(Opinion.id.is_in(ids[start : start + 1000]))
    return ids


@dataclass(frozen=True)
class ReprocessingProgress:
    processed: int
    failed: int
    skipped: int  # processed, with a step skipped (a model missing)

    @property
    def finished(self) -> int:
        return self.processed + self.failed


async def reprocessing_progress(
    ids: list[int], *, count_skipped: bool = False
) -> ReprocessingProgress:
    """How far the opinions set back by `mark_for_reprocessing` have got. An opinion deleted
    meanwhile (a resident's request) counts as processed. Counting the skipped steps costs a
    second query per 1,000 opinions, so it is asked for at the end only."""
    processed = failed = skipped = 0
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        rows = await Opinion.select(Opinion.processing_status).where(Opinion.id.is_in(chunk))
        statuses = [row["processing_status"] for row in rows]
        processed += statuses.count(PROCESSED) + len(chunk) - len(rows)
        failed += statuses.count(FAILED)
        if count_skipped:
            skipped += await Opinion.count().where(
                Opinion.id.is_in(chunk)
                & (Opinion.processing_status == PROCESSED)
                & Opinion.id.is_in(
                    PipelineStep.select(PipelineStep.opinion).where(
                        (PipelineStep.outcome == "skipped") & PipelineStep.opinion.is_in(chunk)
                    )
                )
            )
    return ReprocessingProgress(processed=processed, failed=failed, skipped=skipped)


async def sweep_received(ctx: dict[str, Any]) -> int:
    """Cron job: enqueue every stranded opinion again. Returns how many were enqueued."""
    queue = ctx["job_queue"]
    older_than = float(ctx.get("sweep_after_seconds", 30))
    count = 0
    job_timeout = float(ctx.get("job_timeout_seconds", JOB_TIMEOUT_SECONDS))
    for opinion_id in await stranded_opinion_ids(older_than, job_timeout=job_timeout):
        if await queue.enqueue(PROCESS_OPINION, opinion_id):
            count += 1
    if count:
        log.info("sweeper re-enqueued %d stranded opinion(s)", count)
    return count


async def run_export(ctx: dict[str, Any], job_id: int) -> str:
    """The job: make the file of one export (opinions or a hearing pack)."""
    from feedback.exports.services import run_job

    return await run_job(job_id)


async def purge_contacts(ctx: dict[str, Any]) -> int:
    """Cron job: delete contact e-mails past the retention period."""
    from feedback.admin.services import purge_contacts as purge

    return await purge(ctx["settings"].contact_retention_days)


async def regroup_themes(ctx: dict[str, Any]) -> str:
    """Cron job: retrain the topic tagger and regroup the themes (workers.intelligence)."""
    from workers.intelligence import regroup_themes as regroup

    return await regroup(ctx)
