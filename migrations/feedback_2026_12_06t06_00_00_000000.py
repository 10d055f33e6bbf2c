"""Redaction at intake: opinions stored before it get their redaction now.

Since this change the intake stores `normalised_text`, `redacted_text` and `pii_kinds` in the
same insert as the original (feedback.redaction). Opinions stored earlier and never analysed
by a worker (queue down, backlog, crashed worker; status received, processing or failed) have
`normalised_text` NULL: they are redacted here, with the same functions, so that no screen
or search reads their original. The display code redacts on the fly any row still without
(`feedback.redaction.stored`), so this is a safety net, not a precondition.

The inbox search now reads the shown text, coalesce(redacted_text, normalised_text), instead
of the original: on PostgreSQL its trigram index replaces the one on `text`.
"""

import json

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder
from piccolo.querystring import QueryString

ID = "2026-12-06T06:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "redaction at intake: backfill and search index"

BATCH = 500


async def backfill_redactions(engine=None) -> int:
    """Redact every opinion without a stored redaction; returns how many. Idempotent.
    `engine`: the migrations' database unless given (the tests give the app's)."""
    from classifiers import privacy
    from classifiers.text import normalise

    engine = engine or engine_finder()
    done = 0
    last_id = 0
    while True:
        rows = await engine.run_querystring(
            QueryString(
                "SELECT id, text FROM opinion WHERE normalised_text IS NULL AND id > {} "
                f"ORDER BY id LIMIT {BATCH}",
                last_id,
            )
        )
        if not rows:
            return done
        for row in rows:
            normalised = normalise(row["text"] or "")
            redaction = privacy.redact(normalised)
            await engine.run_querystring(
                QueryString(
                    "UPDATE opinion SET normalised_text = {}, redacted_text = {}, pii_kinds = {} "
                    "WHERE id = {} AND normalised_text IS NULL",
                    normalised,
                    redaction.text if redaction.spans else None,
                    json.dumps(sorted({span.kind for span in redaction.spans})),
                    row["id"],
                )
            )
        done += len(rows)
        last_id = rows[-1]["id"]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def redact_and_index():
        await backfill_redactions()
        engine = engine_finder()
        if engine.engine_type == "postgres":
            await engine.run_ddl(
                "CREATE INDEX IF NOT EXISTS opinion_shown_text_trgm ON opinion "
                "USING gin ((coalesce(redacted_text, normalised_text)) gin_trgm_ops);"
            )
            await engine.run_ddl("DROP INDEX IF EXISTS opinion_text_trgm;")

    async def original_index():
        engine = engine_finder()
        if engine.engine_type == "postgres":
            await engine.run_ddl(
                "CREATE INDEX IF NOT EXISTS opinion_text_trgm ON opinion "
                "USING gin (text gin_trgm_ops);"
            )
            await engine.run_ddl("DROP INDEX IF EXISTS opinion_shown_text_trgm;")

    manager.add_raw(redact_and_index)
    manager.add_raw_backwards(original_index)
    return manager
