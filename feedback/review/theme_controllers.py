"""HTTP for the theme board (pages and API)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

import msgspec
from litestar import Controller, Request, get, patch, post
from litestar.exceptions import (
    NotFoundException,
    ServiceUnavailableException,
    ValidationException,
)
from litestar.params import Parameter
from litestar.response import Redirect, Response, Template
from litestar.status_codes import HTTP_202_ACCEPTED

from feedback import i18n
from feedback.accounts.guards import any_staff, current_user, reviewers
from feedback.api import RowIdPath, check_one_of, errors
from feedback.exports.pack import trend_svg
from feedback.review import display
from feedback.review.controllers import dashboard_languages, refusal
from feedback.review.schemas import PageQuery, RowIdField
from feedback.review.services import ReviewError, audit, topic_choices
from feedback.review.themes import (
    last_regroup,
    merge_themes,
    move_to_theme,
    rename_group,
    rename_theme,
    theme_cards,
)
from feedback.web import interface_language, page
from workers.jobs import REGROUP_THEMES

THEMES_PER_PAGE = 50  # on the board page
MAX_THEMES_PER_PAGE = 500  # asked of the API


class ThemeOut(msgspec.Struct):
    id: int
    title_ja: str
    title_en: str
    topic: str | None
    keywords: list[str]
    count: int
    weight: int
    languages: dict[str, int]
    trend: list[tuple[str, int]]
    representative: dict[str, Any] | None
    name_locked: bool
    group: int | None = None  # the coarse group it lies in (None until a regroup places it)
    group_title_ja: str | None = None
    group_title_en: str | None = None


MAX_TITLE_LENGTH = 200
ThemeTitle = Annotated[str, msgspec.Meta(max_length=MAX_TITLE_LENGTH)]


class ThemeRename(msgspec.Struct, forbid_unknown_fields=True):
    """A title in Japanese, English or both; at least one not blank. A language left out keeps
    a reviewer's earlier title."""

    requires_one_of: ClassVar[tuple[str, ...]] = ("title_ja", "title_en")
    one_of_not_blank: ClassVar[bool] = True

    title_ja: ThemeTitle = ""
    title_en: ThemeTitle = ""

    def __post_init__(self) -> None:
        check_one_of(self)


class ThemeMerge(msgspec.Struct, forbid_unknown_fields=True):
    source: RowIdField


class ThemeMove(msgspec.Struct, forbid_unknown_fields=True):
    ids: Annotated[list[RowIdField], msgspec.Meta(min_length=1, max_length=10_000)]
    # None: split the opinions off into a new theme (titled `title`).
    theme: RowIdField | None = None
    title: ThemeTitle = ""


class RegroupStarted(msgspec.Struct):
    queued: bool
    message: str


async def _start_regroup(request: Request) -> bool:
    """Queue a regroup now (one at a time: a regroup already queued is not queued twice)."""
    queued = await request.app.state.job_queue.enqueue(REGROUP_THEMES)
    await audit(await _user(request), "regroup", "themes", None, {}, {"queued": queued})
    return queued


class ThemeMoveResult(msgspec.Struct):
    theme: int
    moved: int


def _refusal(error: ReviewError) -> Exception:
    """The theme in the path does not exist: 404; otherwise as any review refusal."""
    if error.field in ("theme", "group"):
        return NotFoundException(error.message)
    return refusal(error)


async def _user(request: Request):
    user = await current_user(request)
    assert user is not None
    return user


class ThemeApi(Controller):
    path = "/api/v1/review/themes"
    guards = [any_staff]
    tags = ["themes"]

    @get("/", summary="Themes, largest first, with counts, languages and trend")
    async def list_themes(
        self,
        topic: str | None = None,
        page: PageQuery = 1,
        per_page: Annotated[
            int | None,
            Parameter(
                ge=1,
                le=MAX_THEMES_PER_PAGE,
                description=f"Themes per page, 1 to {MAX_THEMES_PER_PAGE}; left out: all",
            ),
        ] = None,
    ) -> Response[list[ThemeOut]]:
        """Every theme, or one page of `per_page` (up to 500); the `X-Total-Count` header
        says how many themes there are in all."""
        board = await theme_cards(topic, page=page, per_page=per_page)
        group_titles: dict[int | None, tuple[str | None, str | None]] = {
            group.id: (group.title_ja, group.title_en) for group in board.groups
        }
        cards = [
            ThemeOut(
                id=card.id, title_ja=card.title_ja, title_en=card.title_en, topic=card.topic,
                keywords=card.keywords, count=card.count, weight=card.weight,
                languages=dict(card.languages), trend=card.trend,
                representative=card.representative, name_locked=card.name_locked,
                group=card.group,
                group_title_ja=group_titles.get(card.group, (None, None))[0],
                group_title_en=group_titles.get(card.group, (None, None))[1],
            )
            for card in board.cards
        ]  # fmt: skip
        return Response(cards, headers={"X-Total-Count": str(board.total)})

    @patch("/{theme_id:int}", guards=[reviewers], summary="Rename a theme (kept by later regroups)")
    async def rename(self, request: Request, theme_id: RowIdPath, data: ThemeRename) -> None:
        try:
            await rename_theme(theme_id, data.title_ja, data.title_en, await _user(request))
        except ReviewError as error:
            raise _refusal(error) from None

    @patch(
        "/groups/{group_id:int}",
        guards=[reviewers],
        summary="Rename a group of themes (kept by later regroups)",
    )
    async def rename_group(self, request: Request, group_id: RowIdPath, data: ThemeRename) -> None:
        try:
            await rename_group(group_id, data.title_ja, data.title_en, await _user(request))
        except ReviewError as error:
            raise _refusal(error) from None

    @post(
        "/{theme_id:int}/merge",
        guards=[reviewers],
        status_code=200,
        summary="Merge a theme into this one",
        responses=errors(409, status_409="No theme `source`, or `source` is this theme"),
    )
    async def merge(
        self, request: Request, theme_id: RowIdPath, data: ThemeMerge
    ) -> ThemeMoveResult:
        try:
            moved = await merge_themes(theme_id, data.source, await _user(request))
        except ReviewError as error:
            raise _refusal(error) from None
        return ThemeMoveResult(theme=theme_id, moved=moved)

    @post(
        "/move",
        guards=[reviewers],
        status_code=200,
        summary="Move opinions to a theme, or split them off",
        responses=errors(409, status_409="No such opinion (`ids`) or theme"),
    )
    async def move(self, request: Request, data: ThemeMove) -> ThemeMoveResult:
        try:
            theme = await move_to_theme(data.ids, data.theme, await _user(request), data.title)
        except ReviewError as error:
            raise refusal(error) from None
        return ThemeMoveResult(theme=theme, moved=len(data.ids))

    @post(
        "/regroup",
        guards=[reviewers],
        status_code=HTTP_202_ACCEPTED,
        summary="Regroup now (after an import, say), instead of at the next scheduled regroup",
        responses=errors(503),
    )
    async def regroup(self, request: Request) -> RegroupStarted:
        if not await _start_regroup(request):
            raise ServiceUnavailableException(
                detail="the job queue cannot be reached; the scheduled regroup will run"
            )
        return RegroupStarted(
            queued=True,
            message="the regroup is queued; the themes change when it has run (seconds to a"
            " minute, longer for a large deployment)",
        )


class ThemePages(Controller):
    path = "/review/themes"
    guards = [any_staff]
    include_in_schema = False

    @get("/", name="themes")
    async def board(
        self,
        request: Request,
        topic: str | None = None,
        page_number: int = 1,
        regroup: str | None = None,
    ) -> Template:
        board = await theme_cards(topic, page=max(page_number, 1), per_page=THEMES_PER_PAGE)
        lang = interface_language(request, i18n.DASHBOARD_CODES)
        return page(
            request,
            "review/themes.html",
            lang=lang,
            vocab=await display.for_request(request, lang),
            languages=dashboard_languages(),
            user=await _user(request),
            cards=board.cards,
            board=board,
            topics=await topic_choices(),
            topic=topic or "",
            trend_svg=trend_svg,
            regroup=regroup if regroup in ("queued", "unavailable") else None,
            last_regroup=await last_regroup(),
        )

    @post("/regroup", guards=[reviewers], status_code=303)
    async def regroup(self, request: Request) -> Redirect:
        queued = await _start_regroup(request)
        return Redirect(
            path=f"/review/themes?regroup={'queued' if queued else 'unavailable'}",
            status_code=303,
        )

    @post("/{theme_id:int}/rename", guards=[reviewers], status_code=303)
    async def rename(self, request: Request, theme_id: int) -> Redirect:
        form = await request.form()
        try:
            await rename_theme(
                theme_id,
                str(form.get("title_ja") or ""),
                str(form.get("title_en") or ""),
                await _user(request),
            )
        except ReviewError as error:
            raise refusal(error) from None
        return Redirect(path=f"/review/themes#theme-{theme_id}", status_code=303)

    @post("/groups/{group_id:int}/rename", guards=[reviewers], status_code=303)
    async def rename_group(self, request: Request, group_id: int) -> Redirect:
        form = await request.form()
        try:
            await rename_group(
                group_id,
                str(form.get("title_ja") or ""),
                str(form.get("title_en") or ""),
                await _user(request),
            )
        except ReviewError as error:
            raise refusal(error) from None
        return Redirect(path=f"/review/themes#group-{group_id}", status_code=303)

    @post("/{theme_id:int}/merge", guards=[reviewers], status_code=303)
    async def merge(self, request: Request, theme_id: int) -> Redirect:
        form = await request.form()
        try:
            await merge_themes(theme_id, int(str(form.get("source") or "0")), await _user(request))
        except ValueError:
            raise ValidationException(detail="give the number of the theme to merge in") from None
        except ReviewError as error:
            raise refusal(error) from None
        return Redirect(path=f"/review/themes#theme-{theme_id}", status_code=303)
