"""Vectors of several embedding models per opinion (issue 18): one per (opinion, model).

While the encoder is switched (`feedback reprocess --embeddings --model NAME`), an opinion has
its vector from the active model and, once the background job reaches it, one from the new
model. `opinion_embedding.opinion` was unique; now (opinion, model) is, as a unique index (as
for alert and reply_delivery: SQLite cannot drop a column's UNIQUE, so its table is rebuilt).
The topic tagger's state is keyed by the model it was learned in ("topic_tagger:MODEL"); the
tagger stored so far was learned in multilingual-e5-small's space.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-06T09:20:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "embeddings keyed by opinion and model"

UNIQUE_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS opinion_embedding_opinion_model"
    " ON opinion_embedding (opinion, model);"
)

POSTGRES_FORWARDS = (
    # The column's UNIQUE constraint, whatever PostgreSQL named it.
    """DO $$ DECLARE name text; BEGIN
    FOR name IN SELECT c.conname FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.conrelid = 'opinion_embedding'::regclass AND c.contype = 'u'
          AND a.attname = 'opinion' AND array_length(c.conkey, 1) = 1
    LOOP EXECUTE format('ALTER TABLE opinion_embedding DROP CONSTRAINT %I', name); END LOOP;
    END $$;""",
    UNIQUE_INDEX,
)

SQLITE_FORWARDS = (
    'CREATE TABLE "opinion_embedding_new" ("id" INTEGER PRIMARY KEY NOT NULL, "opinion" INTEGER'
    ' NOT NULL REFERENCES "opinion" ("id") ON DELETE CASCADE ON UPDATE CASCADE DEFAULT null,'
    ' "model" VARCHAR(200) NOT NULL DEFAULT \'\', "vector" BLOB NOT NULL DEFAULT \'\','
    ' "created_at" TIMESTAMPTZ NOT NULL DEFAULT current_timestamp);',
    'INSERT INTO "opinion_embedding_new" ("id", "opinion", "model", "vector", "created_at")'
    ' SELECT "id", "opinion", "model", "vector", "created_at" FROM "opinion_embedding";',
    'DROP TABLE "opinion_embedding";',
    'ALTER TABLE "opinion_embedding_new" RENAME TO "opinion_embedding";',
    UNIQUE_INDEX,
)

TAGGER_FORWARDS = (
    "UPDATE model_state SET name = 'topic_tagger:multilingual-e5-small'"
    " WHERE name = 'topic_tagger';"
)
TAGGER_BACKWARDS = (
    "UPDATE model_state SET name = 'topic_tagger'"
    " WHERE name = 'topic_tagger:multilingual-e5-small';"
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def key_by_model():
        engine = engine_finder()
        statements = SQLITE_FORWARDS if engine.engine_type == "sqlite" else POSTGRES_FORWARDS
        for statement in statements:
            await engine.run_ddl(statement)
        await engine.run_ddl(TAGGER_FORWARDS)

    async def one_per_opinion():
        engine = engine_finder()
        # Only the vectors of the model the tagger's name says was active are kept.
        await engine.run_ddl(
            "DELETE FROM opinion_embedding WHERE model <> 'multilingual-e5-small';"
        )
        await engine.run_ddl("DROP INDEX IF EXISTS opinion_embedding_opinion_model;")
        if engine.engine_type != "sqlite":
            await engine.run_ddl(
                "ALTER TABLE opinion_embedding ADD CONSTRAINT opinion_embedding_opinion_key"
                " UNIQUE (opinion);"
            )
        else:
            await engine.run_ddl(
                "CREATE UNIQUE INDEX IF NOT EXISTS opinion_embedding_opinion_key"
                " ON opinion_embedding (opinion);"
            )
        await engine.run_ddl(TAGGER_BACKWARDS)

    manager.add_raw(key_by_model)
    manager.add_raw_backwards(one_per_opinion)
    return manager
