"""Machine translation of opinions on our own servers, with open models from a local folder.

`Translator(catalogue, models_dir).translate(texts, source, target)` returns one
`Translation` per text, always labelled with the model(s) that made it. A pair without a
direct model goes through English (xx -> en -> ja). See docs/adr/0002-translation-engine.md
and docs/models.md.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from classifiers._translation_catalogue import (
    DEFAULT_CATALOGUE_PATH,
    Catalogue,
    ModelEntry,
    Route,
    load_catalogue,
    model_files_problem,
)
from classifiers._translation_engines import (
    Generated,
    LoadedModel,
    TranslationUnavailable,
    encode,
    language_prefix,
    load_model,
    unload_models,
)
from classifiers._translation_split import (
    fit_to_length,
    join_segments,
    sentence_gap,
    split_opinion,
)
from classifiers._translation_tools import (
    FetchError,
    FetchUnavailable,
    InstalledModel,
    InstallError,
    LicenceNotAccepted,
    ModelStatus,
    check_models,
    fetch,
    fetch_models,
    install,
    list_models,
)
from classifiers.text import normalise
from classifiers.translation_quality import DEFAULT_MIN_SCORE, WARNING_CODES, check_translation

__all__ = [
    "DEFAULT_CATALOGUE_PATH",
    "CacheStats",
    "Catalogue",
    "FetchError",
    "FetchUnavailable",
    "InstallError",
    "LicenceNotAccepted",
    "InstalledModel",
    "ModelEntry",
    "ModelStatus",
    "RouteCheck",
    "Translation",
    "TranslationUnavailable",
    "Translator",
    "WARNING_CODES",
    "check_models",
    "fetch",
    "fetch_models",
    "install",
    "list_models",
    "load_catalogue",
    "unload_models",
]

DEFAULT_BATCH_SIZE = 32
DEFAULT_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class Translation:
    """A machine translation of one opinion, with what made it.

    `model` names the Hugging Face model (for a pivot, each hop's joined by " > "), `route`
    the languages it went through, e.g. ("my", "en", "ja"). A text already in the target
    language comes back unchanged with route (language,), model "" and engine "none".

    `score` is the model's mean token log-probability over the output (for a pivot, that of
    the weakest hop; None when no model ran or it produced nothing); `warnings` holds the
    codes of classifiers.translation_quality's checks that fired: "check with a translator".
    """

    text: str
    model: str
    engine: str
    route: tuple[str, ...]
    models: tuple[str, ...] = ()
    score: float | None = None
    warnings: tuple[str, ...] = ()

    @property
    def needs_check(self) -> bool:
        return bool(self.warnings)

    @property
    def is_machine_translation(self) -> bool:
        return len(self.route) > 1

    @property
    def label(self) -> str:
        """What the review screen shows next to the text."""
        if not self.is_machine_translation:
            return "original text"
        return f"machine translation ({self.model}, {' -> '.join(self.route)})"


@dataclass(frozen=True)
class RouteCheck:
    """Whether `source -> target` can be translated now, and if not, why.

    `route` and `models` describe the route that would be used (or, when unavailable, the best
    one the catalogue knows; empty when there is none).
    """

    source: str
    target: str
    available: bool
    route: tuple[str, ...]
    models: tuple[str, ...]
    reason: str | None = None


@dataclass(frozen=True)
class _Segment:
    """A translated segment, with the sum of its tokens' log-probabilities and their count
    (kept as a sum so that segments of one opinion add up to its mean)."""

    text: str
    log_prob_sum: float = 0.0
    scored_tokens: int = 0

    @staticmethod
    def join(parts: Sequence[_Segment], gap: str) -> _Segment:
        return _Segment(
            gap.join(part.text for part in parts),
            sum(part.log_prob_sum for part in parts),
            sum(part.scored_tokens for part in parts),
        )


_EMPTY = _Segment("")


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    size: int
    max_size: int


class _SegmentCache:
    """In-process LRU of translated segments: a campaign of identical opinions costs one."""

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size
        self._items: OrderedDict[tuple[str, ...], _Segment] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[str, ...]) -> _Segment | None:
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return value

    def count_hit(self) -> None:
        with self._lock:
            self.hits += 1

    def put(self, key: tuple[str, ...], value: _Segment) -> None:
        if self.max_size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max_size:
                self._items.popitem(last=False)

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self.hits, self.misses, len(self._items), self.max_size)


def _output_cap(input_tokens: int, limit: int) -> int:
    """Most tokens to generate for an input: generous (some languages need twice the
    tokens of others for one sentence) but bounded, so a looping model stops."""
    return min(limit, 2 * input_tokens + 10)


class Translator:
    """Translates batches of opinions with the catalogue's models found under `models_dir`.

    Create one per process and keep it: models load on first use and stay loaded (a process-
    wide registry), and the segment cache lives here.
    """

    def __init__(
        self,
        catalogue: Catalogue | Path | str | None = None,
        models_dir: Path | str = Path("var/models"),
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        cache_size: int = DEFAULT_CACHE_SIZE,
        beam_size: int = 1,
        threads: int | None = None,
        min_score: float | None = DEFAULT_MIN_SCORE,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.catalogue = (
            catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)
        )
        self.models_dir = Path(models_dir)
        self.batch_size = batch_size
        # Greedy by default: the fastest on a CPU, and the setting under which both engines
        # give the same tokens (ADR 0002).
        self.beam_size = beam_size
        self.threads = threads
        # Under this mean token log-probability a translation gets the "low_score" warning;
        # None turns that check off (the other checks need no setting).
        self.min_score = min_score
        self._cache = _SegmentCache(cache_size)

    # -- routes ---------------------------------------------------------------------------

    def check(self, source: str, target: str) -> RouteCheck:
        """Is there a route for the pair with every model on it present? If not, why not."""
        source_c, target_c = self.catalogue.canonical(source), self.catalogue.canonical(target)
        if source_c == target_c:
            return RouteCheck(source, target, True, (source_c,), ())
        routes = self.catalogue.routes(source_c, target_c)
        if not routes:
            return RouteCheck(
                source, target, False, (), (), f"no translation model for {source} -> {target}"
            )
        for route in routes:
            if not any(model_files_problem(m, self.models_dir) for m in route.models):
                return RouteCheck(
                    source, target, True, route.languages, tuple(m.name for m in route.models)
                )
        best = routes[0]
        problem = next(
            p for p in (model_files_problem(m, self.models_dir) for m in best.models) if p
        )
        return RouteCheck(
            source,
            target,
            False,
            best.languages,
            tuple(m.name for m in best.models),
            problem,
        )

    def _route(self, source: str, target: str) -> Route:
        check = self.check(source, target)
        if not check.available:
            raise TranslationUnavailable(check.reason)
        models = tuple(self.catalogue.entry(name) for name in check.models)
        return Route(check.route, models)

    # -- translation ----------------------------------------------------------------------

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """One Translation per text, in order. Raises TranslationUnavailable (with the reason
        `check` gives) when the pair has no usable route."""
        if isinstance(texts, str):
            raise TypeError("translate takes a list of texts, not one string")
        route = self._route(source, target)
        if not route.models:
            return [Translation(normalise(t), "", "none", route.languages) for t in texts]
        loaded = [(m, load_model(m, self.models_dir, self.threads)) for m in route.models]
        sources = [normalise(text) for text in texts]
        segments = [split_opinion(text) for text in sources]
        flat = [" ".join(seg.text.split()) for opinion in segments for seg in opinion]
        # each hop's scored segments, in the order of `flat`
        hops: list[list[_Segment]] = []
        for hop, (entry, model) in enumerate(loaded):
            scored = self._translate_hop(
                entry, model, flat, route.languages[hop], route.languages[hop + 1]
            )
            hops.append(scored)
            flat = [segment.text for segment in scored]
        model_ids = tuple(m.hf_id for m in route.models)
        engines = tuple(dict.fromkeys(m.engine for m in route.models))
        source_language, target_language = route.languages[0], route.languages[-1]
        results: list[Translation] = []
        position = 0
        for source_text, opinion in zip(sources, segments, strict=True):
            span = slice(position, position + len(opinion))
            position += len(opinion)
            text = join_segments(opinion, flat[span], target_language)
            score = _weakest_hop_score([_Segment.join(scored[span], "") for scored in hops])
            warnings = check_translation(
                source_text, text, source_language, target_language, score, self.min_score
            )
            results.append(
                Translation(
                    text=text,
                    model=" > ".join(model_ids),
                    engine="+".join(engines),
                    route=route.languages,
                    models=model_ids,
                    score=score,
                    warnings=warnings,
                )
            )
        return results

    def cache_info(self) -> CacheStats:
        return self._cache.stats()

    def _translate_hop(
        self, entry: ModelEntry, model: LoadedModel, texts: list[str], source: str, target: str
    ) -> list[_Segment]:
        prefix, source_code, target_id = language_prefix(
            self.catalogue, entry, model, source, target
        )
        limit = min(model.max_input_tokens, entry.max_input_tokens or model.max_input_tokens)
        key_base = (entry.name, entry.engine, entry.compute_type, source, target)
        out: list[_Segment | None] = []
        pending: dict[str, list[int]] = {}  # text -> positions waiting for it
        for position, text in enumerate(texts):
            if text in pending:  # a repeat within this call: translated once, a cache hit
                self._cache.count_hit()
                pending[text].append(position)
                out.append(None)
                continue
            cached = self._cache.get((*key_base, text)) if text else _EMPTY
            out.append(cached)
            if cached is None:
                pending[text] = [position]
        if pending:
            translated = self._run_model(
                model, list(pending), prefix, source_code, target_id, limit
            )
            gap = sentence_gap(target)
            for text, parts in zip(pending, translated, strict=True):
                translation = _Segment.join(parts, gap)
                self._cache.put((*key_base, text), translation)
                for position in pending[text]:
                    out[position] = translation
        return [segment or _EMPTY for segment in out]

    def _run_model(
        self,
        model: LoadedModel,
        texts: list[str],
        prefix: str,
        source_code: str | None,
        target_id: int | None,
        limit: int,
    ) -> list[list[_Segment]]:
        """Translations of each text, as the list of its pieces (one unless it was too long)."""
        with model.lock:
            ids = encode(model, texts, prefix, source_code)
            # pieces: (index of the text it belongs to, token ids)
            pieces: list[tuple[int, list[int]]] = []
            for index, (text, token_ids) in enumerate(zip(texts, ids, strict=True)):
                if len(token_ids) <= limit:
                    pieces.append((index, token_ids))
                    continue

                def count(piece: str) -> int:
                    return len(encode(model, [piece], prefix, source_code)[0])

                for part in fit_to_length(text, count, limit):
                    pieces.append((index, encode(model, [part], prefix, source_code)[0]))
            # Similar lengths in a batch waste the least padding.
            order = sorted(range(len(pieces)), key=lambda i: len(pieces[i][1]))
            outputs: list[Generated] = [Generated([], []) for _ in pieces]
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                inputs = [pieces[i][1] for i in batch]
                max_new = max(_output_cap(len(x), limit) for x in inputs)
                generated = model.engine.generate_scored(inputs, target_id, max_new, self.beam_size)
                for i, output in zip(batch, generated, strict=True):
                    # Each row keeps its own cap, so the result does not depend on which
                    # inputs shared its batch (the language token counts as one).
                    own_cap = _output_cap(len(pieces[i][1]), limit)
                    outputs[i] = output.truncated(own_cap - (target_id is not None))
            decoded = [
                _Segment(
                    model.tokenizer.decode(output.ids, skip_special_tokens=True).strip(),
                    output.log_prob_sum,
                    output.scored_tokens,
                )
                for output in outputs
            ]
        joined: list[list[_Segment]] = [[] for _ in texts]
        for (index, _), segment in zip(pieces, decoded, strict=True):
            joined[index].append(segment)
        return joined


def _weakest_hop_score(hops: Sequence[_Segment]) -> float | None:
    """Mean token log-probability of each hop over one opinion; the lowest (a pivot is as good
    as its weakest hop). None when no hop scored a token."""
    means = [hop.log_prob_sum / hop.scored_tokens for hop in hops if hop.scored_tokens]
    return round(min(means), 4) if means else None
