"""Group urgency: triggers keep `opinion.group_urgent`, the inbox orders by it.

A burst of near-identical copies is one inbox row, its leader (`duplicate_of` NULL), with the
copies pointing at it. The group is urgent when any member is, whichever member the worker
flagged and in whatever order the jobs finished. `group_urgent` is set on every member of the
group by triggers that run whenever a row's `urgent` or `duplicate_of` changes (and on insert
and delete), in the same transaction as the change: the pipeline settles duplicates and
stores urgency under one lock (workers.pipeline._serialised), so the groups' flags are kept
under it too, and any other writer (reprocessing, a deletion, a future code path) keeps them
without knowing. Each trigger touches only the groups the row left or joined:

- an urgent member makes its group urgent (rows already urgent are not rewritten);
- a copy that is not urgent joining a group takes the leader's flag (one row: a burst of
  10,000 copies does not rewrite the group 10,000 times);
- a member that stops being urgent, a leader that is not urgent, or an urgent member that
  leaves or is deleted makes its group ask again whether any member is urgent.

The inbox's default order becomes (group_urgent DESC, submitted_at DESC, id DESC), with its
own index in place of the one on `urgent`, and existing groups are flagged here.
See docs/adr/0003-embeddings-topics-themes.md ("Urgent campaigns").
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-06T06:10:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "group urgency triggers and inbox order"

_POSTGRES = [
    """
CREATE OR REPLACE FUNCTION opinion_group_urgent_refresh(root integer) RETURNS void
LANGUAGE sql AS $$
    UPDATE opinion SET group_urgent = grouped.urgent
    FROM (
        SELECT EXISTS (
            SELECT 1 FROM opinion AS member
            WHERE member.urgent
              AND ((member.id = root AND member.duplicate_of IS NULL) OR member.duplicate_of = root)
        ) AS urgent
    ) AS grouped
    WHERE ((opinion.id = root AND opinion.duplicate_of IS NULL) OR opinion.duplicate_of = root)
      AND opinion.group_urgent IS DISTINCT FROM grouped.urgent;
$$;
""",
    """
CREATE OR REPLACE FUNCTION opinion_group_urgent() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    old_root integer;
    new_root integer;
    leader_urgent boolean;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_root := coalesce(OLD.duplicate_of, OLD.id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_root := coalesce(NEW.duplicate_of, NEW.id);
        IF NEW.urgent THEN
            UPDATE opinion SET group_urgent = TRUE
            WHERE ((id = new_root AND duplicate_of IS NULL) OR duplicate_of = new_root)
              AND NOT group_urgent;
        ELSIF new_root = NEW.id OR (TG_OP = 'UPDATE' AND OLD.urgent AND old_root = new_root) THEN
            PERFORM opinion_group_urgent_refresh(new_root);
        ELSE
            SELECT leader.group_urgent INTO leader_urgent FROM opinion AS leader
            WHERE leader.id = new_root;
            UPDATE opinion SET group_urgent = coalesce(leader_urgent, FALSE)
            WHERE id = NEW.id AND group_urgent IS DISTINCT FROM coalesce(leader_urgent, FALSE);
        END IF;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.urgent AND old_root IS DISTINCT FROM new_root THEN
        PERFORM opinion_group_urgent_refresh(old_root);
    END IF;
    RETURN NULL;
END
$$;
""",
    "DROP TRIGGER IF EXISTS opinion_group_urgent_insert ON opinion;",
    """
CREATE TRIGGER opinion_group_urgent_insert AFTER INSERT ON opinion FOR EACH ROW
WHEN (NEW.urgent OR NEW.duplicate_of IS NOT NULL)
EXECUTE FUNCTION opinion_group_urgent();
""",
    "DROP TRIGGER IF EXISTS opinion_group_urgent_update ON opinion;",
    """
CREATE TRIGGER opinion_group_urgent_update AFTER UPDATE OF urgent, duplicate_of ON opinion
FOR EACH ROW
WHEN (OLD.urgent IS DISTINCT FROM NEW.urgent OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of)
EXECUTE FUNCTION opinion_group_urgent();
""",
    "DROP TRIGGER IF EXISTS opinion_group_urgent_delete ON opinion;",
    """
CREATE TRIGGER opinion_group_urgent_delete AFTER DELETE ON opinion FOR EACH ROW
WHEN (OLD.urgent)
EXECUTE FUNCTION opinion_group_urgent();
""",
]


def _member(root: str, table: str = "") -> str:
    """A row of the group led by `root`: the leader itself, or one of its copies. (Not
    `id = root` alone: a former leader that joined another group keeps its id.)"""
    return f"({table}id = {root} AND {table}duplicate_of IS NULL) OR {table}duplicate_of = {root}"


def _sqlite_ask(root: str) -> str:
    """The SQL that sets `group_urgent` on every member of group `root` from its members."""
    return f"""
    UPDATE opinion SET group_urgent = EXISTS (
        SELECT 1 FROM opinion AS member
        WHERE member.urgent AND ({_member(root, "member.")})
    )
    WHERE ({_member(root)})"""


# SQLite triggers have no variables: the roots are written out. NEW_ROOT / OLD_ROOT: the
# leader of the group the row is in / was in (itself when it leads).
_NEW_ROOT = "coalesce(NEW.duplicate_of, NEW.id)"
_OLD_ROOT = "coalesce(OLD.duplicate_of, OLD.id)"
_SQLITE = [
    f"""
CREATE TRIGGER IF NOT EXISTS opinion_group_urgent_insert AFTER INSERT ON opinion
WHEN NEW.urgent OR NEW.duplicate_of IS NOT NULL
BEGIN
    UPDATE opinion SET group_urgent = TRUE
    WHERE NEW.urgent AND NOT group_urgent AND ({_member(_NEW_ROOT)});
    UPDATE opinion SET group_urgent = coalesce(
        (SELECT leader.group_urgent FROM opinion AS leader WHERE leader.id = NEW.duplicate_of),
        FALSE)
    WHERE id = NEW.id AND NOT NEW.urgent;
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS opinion_group_urgent_update
AFTER UPDATE OF urgent, duplicate_of ON opinion
WHEN OLD.urgent IS NOT NEW.urgent OR OLD.duplicate_of IS NOT NEW.duplicate_of
BEGIN
    UPDATE opinion SET group_urgent = TRUE
    WHERE NEW.urgent AND NOT group_urgent AND ({_member(_NEW_ROOT)});
    {_sqlite_ask(_NEW_ROOT)}
      AND NOT NEW.urgent
      AND (NEW.duplicate_of IS NULL OR (OLD.urgent AND {_OLD_ROOT} = NEW.duplicate_of));
    UPDATE opinion SET group_urgent = coalesce(
        (SELECT leader.group_urgent FROM opinion AS leader WHERE leader.id = NEW.duplicate_of),
        FALSE)
    WHERE id = NEW.id AND NOT NEW.urgent AND NEW.duplicate_of IS NOT NULL
      AND NOT (OLD.urgent AND {_OLD_ROOT} = NEW.duplicate_of);
    {_sqlite_ask(_OLD_ROOT)}
      AND OLD.urgent AND {_OLD_ROOT} IS NOT {_NEW_ROOT};
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS opinion_group_urgent_delete AFTER DELETE ON opinion
WHEN OLD.urgent
BEGIN
    {_sqlite_ask(_OLD_ROOT)};
END;
""",
]

_BACKFILL = """
UPDATE opinion SET group_urgent = (
    coalesce(duplicate_of, id) IN (SELECT coalesce(duplicate_of, id) FROM opinion WHERE urgent)
)
"""


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="feedback", description=DESCRIPTION)

    async def create():
        engine = engine_finder()
        for statement in _POSTGRES if engine.engine_type == "postgres" else _SQLITE:
            await engine.run_ddl(statement)
        await engine.run_ddl(_BACKFILL)
        await engine.run_ddl(
            "CREATE INDEX IF NOT EXISTS opinion_inbox_group_order "
            "ON opinion (group_urgent DESC, submitted_at DESC, id DESC);"
        )
        # The inbox no longer orders by the opinion's own flag.
        await engine.run_ddl("DROP INDEX IF EXISTS opinion_inbox_order;")

    async def drop():
        engine = engine_finder()
        for trigger in ("insert", "update", "delete"):
            on = " ON opinion" if engine.engine_type == "postgres" else ""
            await engine.run_ddl(f"DROP TRIGGER IF EXISTS opinion_group_urgent_{trigger}{on};")
        if engine.engine_type == "postgres":
            await engine.run_ddl("DROP FUNCTION IF EXISTS opinion_group_urgent();")
            await engine.run_ddl("DROP FUNCTION IF EXISTS opinion_group_urgent_refresh(integer);")
        await engine.run_ddl(
            "CREATE INDEX IF NOT EXISTS opinion_inbox_order "
            "ON opinion (urgent DESC, submitted_at DESC, id DESC);"
        )
        await engine.run_ddl("DROP INDEX IF EXISTS opinion_inbox_group_order;")

    manager.add_raw(create)
    manager.add_raw_backwards(drop)
    return manager
