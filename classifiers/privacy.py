"""Personal data in opinion texts: find it and redact it for display.

Residents write their phone number, address, residence-card or My Number number into the
text of an opinion, in any language and often with full-width characters. `find_pii` finds
e-mail addresses, phone numbers (Japanese and international), residence-card numbers, My
Number (with its check digit), passport numbers, postal codes, addresses written with 〒,
the query strings of URLs and labelled dates of birth, messaging IDs and social profiles
(with their service: ``[LINE ID]``, ``[INSTAGRAM PROFILE]``), romanised addresses and
e-mail addresses written out ("maria at gmail dot com"); `redact` replaces them with short,
language-neutral placeholders such as ``[PHONE]``. Names of persons come from
`classifiers.names` (kind ``name``, ``[NAME]``), the lowest kind in an overlap.

Matching runs on a *shadow* of the text: every character NFKC-normalised on its own
(full-width digits, letters, ＠ and － become ASCII), other scripts' decimal digits (Thai,
Devanagari, Arabic-Indic, ...) mapped to ASCII digits and dash look-alikes mapped to "-".
Each shadow character remembers the index of the original character it came from, so every
reported span is an offset into the text as written.

Every pattern is linear in the length of the text: repeated character classes start behind
a negative look-behind of the same class (a match attempt starts only at the start of a
run) and are either bounded or possessive, so a 200 KB string without spaces is cheap.
See docs/adr/0004-pii-redaction.md for the choices and the measured figures.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from classifiers import name_lists
from classifiers.name_context import find_names

KINDS: tuple[str, ...] = (
    "email",
    "phone",
    "residence_card",
    "my_number",
    "passport",
    "postal_code",
    "address",
    "url",
    "birth_date",
    "name",
    "messaging_id",
    "social_profile",
)

PLACEHOLDERS: dict[str, str] = {
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "residence_card": "[RESIDENCE CARD]",
    "my_number": "[MY NUMBER]",
    "passport": "[PASSPORT]",
    "postal_code": "[POSTAL CODE]",
    "address": "[ADDRESS]",
    "url": "[URL]",
    "birth_date": "[BIRTH DATE]",
    "name": "[NAME]",
    # Generic fallbacks: a span that names its service gets "[LINE ID]", "[INSTAGRAM PROFILE]"
    # (see `placeholder`).
    "messaging_id": "[MESSAGING ID]",
    "social_profile": "[SOCIAL PROFILE]",
}

# Services named in the placeholders of messaging IDs and social profiles.
SERVICES: dict[str, tuple[str, ...]] = {
    "messaging_id": ("line", "wechat", "kakaotalk", "zalo", "viber", "whatsapp", "telegram", "qq"),
    "social_profile": (
        "facebook",
        "instagram",
        "tiktok",
        "x",
        "youtube",
        "threads",
        "vk",
        "linkedin",
        "weibo",
        "xiaohongshu",
    ),
}
_SERVICE_SUFFIX = {"messaging_id": "ID", "social_profile": "PROFILE"}

# When two candidates overlap, the kind that comes first here wins (then the longer one).
_PRIORITY: dict[str, int] = {
    kind: rank
    for rank, kind in enumerate(
        (
            "social_profile",
            "messaging_id",
            "url",
            "address",
            "email",
            "residence_card",
            "birth_date",
            "my_number",
            "passport",
            "phone",
            "postal_code",
            "name",  # lowest: a name never takes characters from another finding
        )
    )
}


@dataclass(frozen=True)
class PiiSpan:
    """One piece of personal data: its kind and where it is in the original text."""

    kind: str
    start: int
    end: int
    text: str
    # The app or network of a messaging ID or social profile ("line", "instagram"...).
    service: str | None = None


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and the spans (offsets into the original text) that were replaced."""

    text: str
    spans: list[PiiSpan]


# ------------------------------------------------------------------------------ shadow text

# Dash look-alikes people type between digits (hyphen, non-breaking hyphen, figure dash, en
# and em dashes, minus, small and full-width hyphen-minus). The katakana prolonged sound mark
# "ー" and the kanji "一" stay as they are (they are letters in Japanese words); patterns
# accept them between digits.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043\u02d7"
_SHADOW_CACHE: dict[str, str] = {}


def _shadow_char(char: str) -> str:
    cached = _SHADOW_CACHE.get(char)
    if cached is not None:
        return cached
    if char in _DASHES:
        mapped = "-"
    else:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            mapped = str(digit)
        else:
            mapped = unicodedata.normalize("NFKC", char) or char
            if mapped in _DASHES:
                mapped = "-"
            elif char in "\u00a0\u2007\u202f\u3000":
                mapped = " "
    if len(_SHADOW_CACHE) < 50_000:
        _SHADOW_CACHE[char] = mapped
    return mapped


def _shadow(text: str) -> tuple[str, list[int] | None]:
    """The matching copy of `text` and, unless identical, shadow index -> original index."""
    if text.isascii():
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        mapped = char if char.isascii() else _shadow_char(char)
        pieces.append(mapped)
        if len(mapped) == 1:
            origin.append(index)
        else:
            origin.extend([index] * len(mapped))
    return "".join(pieces), origin


# ------------------------------------------------------------------------------- patterns


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (easier to read and extend than a list)."""
    return frozenset(text.split())


_LATIN_LETTER = "A-Za-zÀ-ɏḀ-ỿЀ-ӿ"  # Latin (with Vietnamese) and Cyrillic letters
_DASH = "[-ー一]"  # after shadowing: ASCII hyphen, katakana "ー", kanji "一"

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9_%+\-\u00c0-\u024f])"
    r"[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,63})"
    # "@", or "%40" as a link or a form encodes it ("maria%40gmail.com")
    r"(?:[ \t]?@[ \t]?|%40)"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})"
    r"(?:\.[A-Za-z0-9\-]{1,63}){0,8}"
    r"\.[A-Za-z]{2,24}+"
    r"(?![A-Za-z0-9\-@])"
)

# A URL: scheme or "www.", or a bare domain directly followed by a path with a query.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_URL = re.compile(
    r"(?<![A-Za-z0-9@.\-])"
    r"(?:(?:https?|ftp)://|www\.|[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}/(?=[^\s?]{0,100}\?))"
    + _URL_CHARS
    + r"*+",
    re.IGNORECASE,
)

_QUERY_TAIL = re.compile(r"[^\s。、，！？「」『』（）【】<>\"]{0,200}")

# Runs of digits and the characters people put between them in phone numbers.
_NUMBER_RUN = re.compile(r"[+(]{0,3}[0-9](?:[0-9+() \t./・·\-ー一]*[0-9)])?")
_DIGITS = re.compile(r"[0-9]+")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_WORD_BEFORE = re.compile(r"[A-Za-z_]+$")
_PHONE_LABELS = frozenset(("tel", "fax", "phone", "mobile", "cell", "no", "sdt", "hp", "telp"))
_PHONE_SEPARATOR = re.compile(r"[ \t]{0,2}(?:[-ー一./・·][ \t]{0,2})?")

# Between the parts of a residence card or passport number: nothing, one or two spaces, or
# a hyphen or dot with optional spaces ("AB 1234 5678 CD", "AB-1234-5678-CD", "TK - 1234567").
_GROUP_SEP = r"(?:[ \t]{1,2}|[ \t]?[-./・·][ \t]?)?"
_RESIDENCE_CARD = re.compile(
    rf"(?<![{_LATIN_LETTER}0-9])[A-Za-z]{{2}}{_GROUP_SEP}[0-9]{{4}}{_GROUP_SEP}[0-9]{{4}}{_GROUP_SEP}"
    rf"[A-Za-z]{{2}}(?![{_LATIN_LETTER}0-9])"
)
# Two-letter words that, in lower case before a number, are prose rather than a passport's
# letters ("passport is 1234567").
_CARD_NOT_LETTERS = _words(
    "to in on at is of or as by an no so we up my me it be do go he if us am em da de la le "
    "el en ya ni ko sa ng ay na"
)

_MY_NUMBER_SEP = rf"(?:[ \t]?(?:{_DASH}|[./・·])[ \t]?|[ \t]{{1,2}})"
# Twelve digits read out in two halves: "123456 789018", "123456-789018".
_MY_NUMBER_HALVES = re.compile(
    r"(?<![0-9A-Za-z+])(?<![0-9][-ー一.])([0-9]{6})(?:[ \t]?[-ー一.][ \t]?|[ \t]{1,2})([0-9]{6})"
    r"(?![0-9A-Za-z])(?![-ー一.][0-9])"
)
_MY_NUMBER = re.compile(
    r"(?<![0-9A-Za-z+])(?<![0-9][-ー一.])"
    rf"([0-9]{{4}})({_MY_NUMBER_SEP}?)([0-9]{{4}})({_MY_NUMBER_SEP}?)([0-9]{{4}})"
    r"(?![0-9A-Za-z])(?![-ー一][0-9])"
)

_PASSPORT = re.compile(
    rf"(?<![{_LATIN_LETTER}0-9])([A-Za-z]{{1,2}})({_GROUP_SEP})"
    # the digits in one run or grouped as people read them out: "TZ 123 4567", "TZ.1234.567"
    r"([0-9]{6,8}|[0-9]{3}([ \t.\-])[0-9]{4}(?![ \t.\-]?[0-9])"
    r"|[0-9]{4}([ \t.\-])[0-9]{3,4}(?![ \t.\-]?[0-9]))([A-Za-z]?)"
    rf"(?![{_LATIN_LETTER}0-9])"
)
# Digits only, right after the word passport: Nepal's and others' numbers ("Passport no:
# 09876543"), or three letters (Spain's "AAB123456"). Not seven digits: "passport is
# 1234567" is kept (test_privacy), as a word is not a passport's letters.
_PASSPORT_OTHER = re.compile(
    r"(?P<gap>[^\n。！？!?]{0,20}?)"
    r"(?<![0-9A-Za-z])(?P<number>[0-9]{8,9}|[A-Za-z]{3}[0-9]{6})(?![0-9A-Za-z])"
)


def _keyword_alternation(latin: tuple[str, ...], other: tuple[str, ...]) -> str:
    """Latin and Cyrillic keywords as whole words, keywords in other scripts anywhere. A word
    may carry the Indonesian and Malay possessive endings ("paspornya", "kode posnya",
    "alamatku")."""
    return (
        rf"(?:(?<![{_LATIN_LETTER}])(?:"
        + "|".join(latin)
        + rf")(?:nya|ku|mu)?(?![{_LATIN_LETTER}])|"
        + "|".join(other)
        + ")"
    )


def _keywords(latin: tuple[str, ...], other: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_keyword_alternation(latin, other), re.IGNORECASE)


# Words that say a phone number follows, in the supported languages ("Tel", 電話, 手机, 연락처,
# SĐT, โทร, ဖုန်း, утас, телефон, ...). After one of them any 8 to 15 digits, grouped as
# the resident's country groups them, are a phone number.
_PHONE_CUE = _keywords(
    (
        r"tel(?:ephone)?",
        r"phones?",
        r"mobile",
        r"cell(?:phone)?",
        r"call\s?(?:me|us)(?:\s?(?:at|on))?",
        r"contact\s?(?:number|no)",
        r"[đd]i[ệe]n\s?tho[ạa]i",
        r"s[đd]t",
        r"đt",
        r"telepon",
        r"telp",
        r"no\.?\s?hp",
        r"telepono",
        r"cellphone",
        r"telefone",
        r"celular",
        r"tel[ée]fono",
        r"m[óo]vil",
        r"whats\s?app",
        r"viber",
        r"zalo",
        r"signal",
        r"telefon(?:um)?",
        r"cep\s?telefonu?",
        r"телефон\w*",
        r"тел",
        r"моб\w*",
        r"утас(?:ны\s?дугаар)?",
    ),
    (
        "電話",
        "携帯",
        "ケータイ",
        "电话",
        "電話",
        # a Chinese mobile number is also the WeChat ID: "微信：139 1234 5678"
        "微信",
        "手机",
        "手機",
        "전화",
        "연락처",
        "핸드폰",
        "휴대폰",
        "โทร",
        "เบอร์",
        "फोन",
        "मोबाइल",
        "ဖုန်း",
        "ទូរស័ព្ទ",
    ),
)
# Between the cue and the number: "Tel: ", "电话是", " number is ", "(mobile) ".
_PHONE_CUE_GAP = re.compile(r"[^0-9\n。.!?！？]{0,14}?(?=[+(0-9])")
# Numbers whose grouping alone says they are phone numbers, cue or not: Chinese mobiles
# "138 0013 8000", Turkish "0532 123 45 67", Russian "8 (912) 345-67-89", Ukrainian
# "067 123 45 67", Myanmar "09 123 456 789", Cambodian "012 345 678".
_PHONE_SHAPES = re.compile(
    r"(?<![0-9A-Za-z+\-./])(?:"
    r"1[3-9][0-9]([ \-])[0-9]{4}\1[0-9]{4}"
    r"|0[2-5][0-9]{2}([ \-])[0-9]{3}\2[0-9]{2}\2[0-9]{2}"
    r"|8[ \t]?\(9[0-9]{2}\)[ \t]?[0-9]{3}[ \-][0-9]{2}[ \-][0-9]{2}"
    r"|8[ \-]9[0-9]{2}([ \-])[0-9]{3}\3[0-9]{2}\3[0-9]{2}"
    r"|0[3-9][0-9]([ \-])[0-9]{3}\4[0-9]{2}\4[0-9]{2}"
    r"|09([ \-])[0-9]{3}\5[0-9]{3}\5[0-9]{3}"
    r"|0[1-9][0-9]([ \-])[0-9]{3}\6[0-9]{3,4}"
    r")(?![0-9]|[\-./][0-9])"
)
_PASSPORT_KEYWORDS = _keywords(
    (
        r"passports?",
        r"pass(?:port)?\s?no",
        r"passaporte",
        r"pasaportes?",
        r"passeport",
        r"paspor",
        r"pasaport\w*",  # Turkish endings: "pasaportumu", "pasaportun"
        r"h[ộo]\s?chi[ếe]u",
        r"паспорт\w*",
        # the passport for travel abroad: "загранпаспорт", "закордонний паспорт"
        r"загран(?:ичн\w*\s?)?паспорт\w*",
        r"закордонн\w*\s?паспорт\w*",
    ),
    (
        "パスポート",
        "旅券",
        "护照",
        "護照",
        "여권",
        "หนังสือเดินทาง",
        "पासपोर्ट",
        "राहदानी",
        "পাসপোর্ট",
        "پاسپورٹ",
        "ပတ်စ်ပို့",
        "ပတ်စပို့",
        "ပတ်စ်ပို",
        "ပတ်စပို",
        "နိုင်ငံကူးလက်မှတ်",
        "พาสปอร์ต",
        "พาสปอร์ท",
        "พาสปอต",
        "패스포트",
        "ប៉ាស្ព័រ",
        "ប៉ាសស្ព័រ",
        "ប៉ាស្ពរ",
        "පාස්පෝට්",
        "ပါတ်စပို့",
        "លិខិតឆ្លងដែន",
        "ලිඛිත ගමන් බලපත්",
        "ගමන් බලපත්",
    ),
)
_PASSPORT_BEFORE = 40
_PASSPORT_AFTER = 20

# "160-0023", "160 - 0023", "160ー0023"; a space alone ("160 0023") only after 〒 or a label.
_POSTAL_SEP = rf"(?:[ \t]?{_DASH}[ \t]?|[ \t])"
_POSTAL_MARKED = re.compile(rf"〒[ \t]{{0,2}}([0-9]{{3}}{_POSTAL_SEP}?[0-9]{{4}})(?![0-9])")
_POSTAL_BARE = re.compile(rf"(?<![0-9])(?<![0-9][\-.])[0-9]{{3}}{_POSTAL_SEP}?[0-9]{{4}}(?![0-9])")
_POSTAL_KEYWORDS = _keywords(
    (
        r"postal\s?codes?",
        r"c\.\s?p\.?",
        r"cp",
        r"pin\s?codes?",
        r"plz",
        r"postal",
        r"postcode",
        r"post\s?codes?",
        r"zip(?:\s?codes?)?",
        r"c[óo]digo\s?postal",
        r"CEP",
        r"m[ãa]\s?b[ưu]u\s?(?:ch[íi]nh|đi[ệe]n)",
        r"kode\s?pos",
        "รหัสไปรษณีย์",
        r"почтов\w*\s?индекс",
        r"поштов\w*\s?індекс",
        r"индекс",
        r"індекс",
        r"шуудан\w*\s?(?:код|индекс)",
        r"posta\s?kod\w*",  # "posta kodu", "posta kodum"
        r"address(?:es)?",
        r"adresse",
        r"endere[çc]o",
        r"direcci[óo]n",
        r"đ[ịi]a\s?ch[ỉi]",
        r"alamat",
        r"tirahan",
        r"адрес\w*",
        r"adres(?:i|im)?",
        r"хаяг",
    ),
    (
        "郵便番号",
        "郵便",
        "邮编",
        "邮政编码",
        "郵遞區號",
        "郵政編碼",
        "우편번호",
        "우편 번호",
        "〒",
        "郵便 番号",
        "邮政 编码",
        "पिन कोड",
        "ไปรษณีย์",
        "စာပို့သင်္ကေတ",
        "हुलाक कोड",
        "पोस्टल कोड",
        "စာတိုက်",
        "ဇစ်ကုဒ်",
        "ប្រៃសណីយ៍",
        "住所",
        "所在地",
        "地址",
        "住址",
        "주소",
        "ที่อยู่",
        "ठेगाना",
        "पता",
        "ঠিকানা",
        "လိပ်စာ",
        "អាសយដ្ឋាន",
        "پتہ",
    ),
)
_PREFECTURES_EN = [
    "Hokkaido",
    "Aomori",
    "Iwate",
    "Miyagi",
    "Akita",
    "Yamagata",
    "Fukushima",
    "Ibaraki",
    "Tochigi",
    "Gunma",
    "Saitama",
    "Chiba",
    "Tokyo",
    "Kanagawa",
    "Niigata",
    "Toyama",
    "Ishikawa",
    "Fukui",
    "Yamanashi",
    "Nagano",
    "Gifu",
    "Shizuoka",
    "Aichi",
    "Mie",
    "Shiga",
    "Kyoto",
    "Osaka",
    "Hyogo",
    "Nara",
    "Wakayama",
    "Tottori",
    "Shimane",
    "Okayama",
    "Hiroshima",
    "Yamaguchi",
    "Tokushima",
    "Kagawa",
    "Ehime",
    "Kochi",
    "Fukuoka",
    "Saga",
    "Nagasaki",
    "Kumamoto",
    "Oita",
    "Miyazaki",
    "Kagoshima",
    "Okinawa",
]
_PLACE_AFTER = re.compile(
    r"[ \t,、]{0,3}(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}[県市区町村]"
    r"|(?:" + "|".join(_PREFECTURES_EN) + r")\b|[A-Za-z]{2,20}-(?:ken|shi|ku|to|fu|cho|machi)\b)",
    re.IGNORECASE,
)
_POSTAL_KEYWORD_BEFORE = 30
# A prefecture, ward or city, or "Japan", just before a hyphenated code: "Tokyo 160-0023".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:"
    + "|".join(_PREFECTURES_EN)
    + r"|Tokio|T[óo]quio|Kioto|Japan|City|Ward|[A-Za-z]{2,20}-(?:ken|shi|ku|to|fu))"
    r"|北海道|[都道府県市区町村]|日本)[ \t,、(]{0,3}$",
    re.IGNORECASE,
)

# Address after "〒 ddd-dddd": the clause that follows, trimmed back to its last address-like
# character (a digit, a Latin letter, or one of the kanji/kana that end address parts).
_ADDRESS_MAX = 90
_ADDRESS_STOP = re.compile(
    r"[\n。!?;！？；:：「」『』【】()（）<>@]|[.,，、](?:[ \t]|$)|、"
    # a label of something else: 電話 090..., メール ..., TEL ...
    r"|電話|携帯|メール|連絡|在留|マイナンバー|個人番号|パスポート|旅券|生年月日|誕生日"
    r"|(?<![A-Za-z])(?:phone|mobile|e-?mail|tel|fax)(?![A-Za-z])"
    # a script Japanese addresses are not written in: Greek, Cyrillic, Hebrew, Arabic,
    # the Indic scripts, Thai, Lao, Myanmar, Khmer, Hangul
    r"|[\u0370-\u052f\u0590-\u08ff\u0900-\u0eff\u1000-\u109f\u1780-\u17ff"
    r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]",
    re.IGNORECASE,
)
_ADDRESS_ANCHOR = re.compile(
    r"[0-9A-Za-z都道府県市区町村郡丁目番地号室階棟館荘方]|ビル|マンション|ハイツ|コーポ|アパート"
    r"|レジデンス|タワー|ハウス|ヒルズ|パレス|メゾン|[0-9]F"
)
_JAPANESE_PROSE = re.compile(
    r"(?<![\u3041-\u309f])(?:[\u3041-\u309f]{2,}(?![\u3041-\u309f市町村区郡])"
    r"|[をはへにでもと](?![\u3041-\u309f市町村区郡]))"
)
_LAST_ANCHOR = re.compile(r"[\s\S]*(?:" + _ADDRESS_ANCHOR.pattern + ")")
_HAS_MUNICIPALITY = re.compile(r"[市区町村郡]")
_HAS_DIGIT = re.compile(r"[0-9]")
_JP_ADDRESS = re.compile(
    r"(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)?"
    r"[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30faヶ]{1,6}[市区町村郡]"
    r"[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30faヶ々ー]{0,12}?"
    r"[0-9]{1,4}(?:丁目[0-9]{1,4}(?:番地?|[-ー])?(?:[0-9]{1,4}号?)?"
    r"|番地?(?:[0-9]{1,4}号?)?"
    r"|[-ー][0-9]{1,4}(?:[-ー][0-9]{1,4})?)"
    r"(?![0-9])"
)
_LATIN_ADDRESS_WORDS = frozenset(
    [
        "ku",
        "shi",
        "ken",
        "to",
        "fu",
        "cho",
        "machi",
        "mura",
        "gun",
        "chome",
        "ban",
        "go",
        "city",
        "ward",
        "prefecture",
        "pref",
        "town",
        "village",
        "district",
        "japan",
        "apt",
        "apartment",
        "room",
        "bldg",
        "building",
        "mansion",
        "heights",
        "house",
        "residence",
        "tower",
        "floor",
        "no",
        "unit",
    ]
)
_LATIN_TOKEN = re.compile(r"[0-9A-Za-zÀ-ɏḀ-ỿ][0-9A-Za-zÀ-ɏḀ-ỿ\-.#'’]*")
_PROSE_WORD = re.compile(r"[a-zà-ɏ'’]+")

# Labelled dates of birth.
_BIRTH_KEYWORDS_LATIN = (
    r"dates?\s?of\s?birth",
    r"birth\s?date",
    r"birthday",
    r"born(?:\s?on)?",
    r"d\.?o\.?b\.?",
    r"ng[àa]y\s?sinh",
    r"sinh\s?ng[àa]y",
    r"data\s?de\s?nascimento",
    r"nasci(?:d[oa])?(?:\s?em)?",
    r"fecha\s?de\s?nacimiento",
    # forms abbreviate: "fecha de nac.:", "data de nasc.:", "F. nac."
    r"(?:fecha|data|f\.)\s?(?:de\s?)?nas?c\.",
    # the Vietnamese form's label: "ngày tháng năm sinh", "năm sinh"
    r"(?:ng[àa]y\s?th[áa]ng\s?)?n[ăa]m\s?sinh",
    r"nac[ií](?:d[oa])?(?:\s?el)?",
    r"date\s?de\s?naissance",
    r"n[ée]e?\s?le",
    r"tanggal\s?lahir",
    r"tgl\.?\s?lahir",
    # Indonesian forms ask "TTL" (tempat, tanggal lahir): "TTL: Surabaya, 17-08-1995"
    r"ttl",
    r"tempat[,/\s]{0,3}tanggal\s?lahir",
    r"b-?day",
    r"lahir(?:\s?pada)?",
    r"petsa\s?ng\s?kapanganakan",
    r"kaarawan",
    r"ipinanganak(?:\s?noong)?",
    r"doğum\s?tarih\w*",
    r"doğum\s?gün\w*",
    r"doğdu\w*",
    r"дата\s?рождения",
    r"дата\s?рожд\.?",
    r"день\s?рождения",
    r"родил(?:ся|ась)",
    r"дата\s?народження",
    r"день\s?народження",
    r"народив(?:ся|ась)",
    r"народилася",
    r"төрсөн(?:\s?огноо)?",
    # a child's birth in a sentence about the family: "my son was born on ...", "nasceu em"
    r"nasceu(?:\s?em)?",
    r"naci[óo](?:\s?el)?",
    r"nacimiento",
    r"nascimento",
    r"cumpleaños",
    r"anivers[áa]rio",
    r"isinilang(?:\s?noong)?",
    r"sinh\s?ra",
    # Vietnamese "I was born ...": a pronoun before "sinh" ("em sinh 1989.3.10", "tôi sinh năm")
    r"(?:em|t[ôo]i|m[ìi]nh|anh|ch[ịi]|con|ch[áa]u)\s?sinh(?:\s?(?:n[ăa]m|ng[àa]y|v[àa]o))?",
)
_BIRTH_KEYWORDS_OTHER = (
    "生年月日",
    "誕生日",
    "生まれ(?=は|の日|[:：]|[ \t]?[0-9])",
    "出生(?![届率数地国])",
    "生于",
    "生於",
    "生日",
    "생년월일",
    "생일",
    "태어났",
    "태어난",
    "เกิด(?!ขึ้น)",
    "जन्म",
    "জন্ম তারিখ",
    "تاریخ پیدائش",
    "မွေးနေ့",
    "မွေး",
    "ថ្ងៃខែឆ្នាំកំណើត",
    "កំណើត",
    "កើត",
    "උපන් දිනය",
)
_MONTHS = (
    r"jan(?:uary|uari|eiro|vier|\.)?|feb(?:ruary|ruari|\.)?|mar(?:ch|et|\.)?|apr(?:il|\.)?"
    r"|may|mei|jun(?:e|i|\.)?|jul(?:y|i|\.)?|aug(?:ust|\.)?|agustus|sep(?:t|tember|\.)?"
    r"|oct(?:ober|\.)?|okt(?:ober)?|nov(?:ember|\.)?|dec(?:ember|\.)?|des(?:ember)?"
    r"|janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro"
    r"|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre"
    r"|octubre|noviembre|diciembre|enero|pebrero|marso|hunyo|hulyo|setyembre|oktubre"
    r"|nobyembre|disyembre"
    # Turkish, Russian and Ukrainian (genitive, as in dates), Mongolian and Thai
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада"
    r"|грудня"
    r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    r"|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\."
    r"|ต\.ค\.|พ\.ย\.|ธ\.ค\."
    # Burmese and Khmer ("ខែមេសា": the word for month before the name)
    r"|ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ"
    r"|နိုဝင်ဘာ|ဒီဇင်ဘာ"
    r"|(?:ខែ[ \t]?)?(?:មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ)"
)
_DATE = (
    r"(?:(?:明治|大正|昭和|平成|令和|[MTSHR]\.?)[ \t]?(?:[0-9]{1,2}|元)[ \t]?[年/.\-]"
    r"[ \t]?[0-9]{1,2}[ \t]?[月/.\-][ \t]?[0-9]{1,2}[ \t]?日?"
    r"|[0-9]{4}[ \t]?[年년/.\-][ \t]?[0-9]{1,2}[ \t]?[月월/.\-][ \t]?[0-9]{1,2}(?:[ \t]?[日일号])?"
    r"|[0-9]{2}[ \t]?[年년][ \t]?[0-9]{1,2}[ \t]?[月월][ \t]?[0-9]{1,2}[ \t]?[日일号]"
    r"|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})"
    r"|(?:ng[àa]y[ \t]?)?[0-9]{1,2}[ \t]?th[áa]ng[ \t]?[0-9]{1,2},?[ \t]?n[ăa]m[ \t]?[0-9]{4}"
    r"|[0-9]{1,2}[\-/.][ \t]?(?:" + _MONTHS + r")[\-/.,][ \t]?[0-9]{4}"
    r"|(?:ថ្ងៃទី[ \t]?)?[0-9]{1,2}(?:st|nd|rd|th|er|º|ª|°|o|-?го|-?е)?[ \t]*(?:de[ \t]+|of[ \t]+)?"
    r"(?:" + _MONTHS + r")"
    r"[ \t,]+(?:de[ \t]+|ឆ្នាំ[ \t]?|พ\.ศ\.[ \t]?|ค\.ศ\.[ \t]?)?[0-9]{4}"
    r"|(?:" + _MONTHS + r")[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]+[0-9]{4}"
    # year first: "1990 ဧပြီ 1", Mongolian "1990 оны 4 сарын 1", "1990-р оны 4-р сарын 1"
    r"|[0-9]{4}[ \t]+(?:" + _MONTHS + r")[ \t]+[0-9]{1,2}"
    r"|[0-9]{4}(?:[ \t]?-?р)?[ \t]?оны[ \t]?[0-9]{1,2}(?:[ \t]?-?р)?[ \t]?сарын[ \t]?[0-9]{1,2}"
    # all digits, as forms ask for them: 19900401, (after a label) 900401
    r"|(?<![0-9A-Za-z])(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?<![0-9A-Za-z])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    r")(?![0-9])"
)
# The date first, then the birth: 1990年4月1日生まれ, 1990年4月1日出生, 1990년 4월 1일생,
# "01.04.1990 tarihinde doğdum", "01.04.1990 г.р.", "01/04/1990 ရက်နေ့တွင် မွေး".
_BIRTH_AFTER_WORDS = (
    r"生まれ|出生|태어|г\.[ \t]?р\.|doğ(?:du|um)|родил|народил"
    r"|born|nasc|naci|lahir|ipinanganak|sinh[ \t]ra|เกิด(?!ขึ้น)|မွေး|កើត|төрс|जन्म"
    # "1995.3.27 po ang kaarawan ko", "2001-05-04 is my birthday", "1990年4月1日が誕生日"
    r"|kaarawan|birthday|b-?day|cumplea|anivers|生日|誕生日|생일|doğum[ \t]?gün"
)
_FULL_DATE = re.compile(r"[0-9]{4}|[年년月월]|[^\W\d_]{3}|^[MTSHRmtshr][.]?[ \t]?[0-9]")
_BIRTH_AFTER_CUE = re.compile(_BIRTH_AFTER_WORDS + "|生|생", re.IGNORECASE)
_BIRTH_AFTER = re.compile(
    r"(?P<date>" + _DATE + r")(?:[ \t]?(?:생(?![활산각])|生(?![年日活産体]))"
    r"|[^0-9\n。.!?]{0,24}?(?:" + _BIRTH_AFTER_WORDS + "))",
    re.IGNORECASE,
)
# Between the label and the date, the rest of the label as residents phrase it: "дата рождения
# как в паспорте: ", "minha data de nascimento, caso precisem: ", "doğum tarihim pasaporttaki
# gibi " (no digit and no sentence end in between).
_BIRTH = re.compile(
    _keyword_alternation(_BIRTH_KEYWORDS_LATIN, _BIRTH_KEYWORDS_OTHER)
    + r"[^0-9\n。.!?]{0,32}?(?P<date>"
    + _DATE
    + r")",
    re.IGNORECASE,
)
# Being born, said in a sentence ("born", "nasceu", "lahir", "родился", "生まれ", "태어났"), not a
# form's label: its date is the next few words', never across a long qualifier.
_BIRTH_VERB = re.compile(
    r"born|nasc(?:i|eu)|naci|ipinanganak|isinilang|lahir|doğdu|родил|народил|төрсөн|sinh\s?ra"
    r"|(?:em|t[ôo]i|m[ìi]nh|anh|ch[ịi]|con|ch[áa]u)\s?sinh|n[ée]e?\s?le"
    r"|生まれ|出生|生于|生於|태어|เกิด|जन्म|မွေး(?!နေ့)|កើត",
    re.IGNORECASE,
)
# A form's label with a longer qualifier, closed by a colon: "D.O.B. on the care worker
# registration: 1951-06-17", "生年月日（在留カードに書いてあるとおり）：". The colon says the date
# is the label's value.
_BIRTH_FORM_LABEL = re.compile(
    _keyword_alternation(_BIRTH_KEYWORDS_LATIN, _BIRTH_KEYWORDS_OTHER)
    + r"[^0-9\n。.!?:：]{0,64}[:：][ \t]*(?P<date>"
    + _DATE
    + r")",
    re.IGNORECASE,
)

# Messaging IDs and social handles: the service named, an optional label ("ID", "アカウント",
# "아이디") and connector (":", "is", "là", "は"), then the handle. Words that are also ordinary
# words or short forms (line, X, IG, fb, yt, threads) need a label, a connector or an "@".
_SERVICE_WORDS: tuple[tuple[str, str, str], ...] = (
    ("messaging_id", "line", r"line|ライン|라인|ไลน์|лайн|линий|लाइन|লাইন|连我|လိုင်း|ឡាញ"),
    (
        "messaging_id",
        "wechat",
        r"we[ \t]?chat|weixin|微信号|微信|ウィーチャット|위챗|วีแชท|вичат|वीचैट"
        # Chinese short forms residents type to dodge filters: vx, wx, V信, 威信, 薇信.
        r"|vx|wx|v信|威信|薇信|维信",
    ),
    (
        "messaging_id",
        "kakaotalk",
        r"kakao[ \t]?talk|kakao|카카오톡|카톡|카카오|カカオトーク|カカオ",
    ),
    ("messaging_id", "zalo", r"zalo|ザロ|잘로"),
    # QQ numbers are digits: "QQ号：123456789"
    ("messaging_id", "qq", r"qq号|qq"),
    (
        "messaging_id",
        "viber",
        r"viber|バイバー|ヴァイバー|바이버|вайбер|ไวเบอร์|भाइबर|वाइबर|ভাইবার|ဗိုက်ဘာ|ဗိုင်ဘာ|වයිබර්|وائبر",
    ),
    (
        "messaging_id",
        "whatsapp",
        r"whats[ \t]?app|whats|wpp|wa|zap|wasap|guasap|ワッツアップ|왓츠앱|вотсап|ватсап|วอทส์แอพ"
        r"|व्हाट्सएप|व्हाट्सऐप|ह्वाट्सएप|হোয়াটসঅ্যাপ|වට්ස්ඇප්|واٹس[ \t]?ایپ|วอทสแอป",
    ),
    (
        "messaging_id",
        "telegram",
        # "телега" (colloquial Russian, with its case endings: "в телеге")
        r"telegram|tele|テレグラム|텔레그램|телеграмм?|телег[аеиу]|เทเลแกรม|टेलिग्राम|टेलीग्राम|电报|টেলিগ্রাম"
        r"|တယ်လီဂရမ်|តេឡេក្រាម|ٹیلیگرام|tg|тг",
    ),
    (
        "social_profile",
        "facebook",
        r"facebook|face[ \t]?book|fb|フェイスブック|페이스북|脸书|臉書|фейсбук|фэйсбүүк|เฟซบุ๊ก|เฟสบุ๊ค"
        r"|फेसबुक|ফেসবুক|ဖေ့စ်ဘုတ်|ဖေ့ဘုတ်|ហ្វេសប៊ុក|ෆේස්බුක්|فیس[ \t]?بک",
    ),
    (
        "social_profile",
        "instagram",
        # colloquial Russian and Ukrainian with case endings: "в инсте", "в інсті"
        # "Ins账号", "ins号": Chinese residents' short name, before a label only
        r"instagram|insta|ig|ins(?=[账帐賬帳]?[号號户戶]|$)|インスタグラム|インスタ|인스타그램|인스타"
        r"|инстаграм|инст[аеуы]|інст[аіу]"
        r"|інстаграм|інста|инстаграмм|อินสตาแกรม|ไอจี|इन्स्टाग्राम|इंस्टाग्राम|照片墙",
    ),
    (
        "social_profile",
        "tiktok",
        r"tik[ \t]?tok|ティックトック|틱톡|抖音|тик[ \t]?ток|тік[ \t]?ток|ติ๊กต็อก|टिकटक|टिकटॉक",
    ),
    # Chinese networks residents from China use: Weibo, Xiaohongshu (RED)
    ("social_profile", "weibo", r"weibo|微博|웨이보"),
    ("social_profile", "xiaohongshu", r"xiaohongshu|小红书|小紅書|rednote"),
    # X in katakana, not "エックス線" (X-rays)
    (
        "social_profile",
        "x",
        r"twitter|x|ツイッター|エックス(?!線)|트위터|推特|твиттер|ทวิตเตอร์|ट्विटर",
    ),
    ("social_profile", "youtube", r"youtube|yt|ユーチューブ|유튜브|油管|ютуб|ยูทูบ|यूट्यूब"),
    ("social_profile", "threads", r"threads|スレッズ"),
)
_SERVICE_LOOKUP = [
    (kind, service, re.compile(words, re.IGNORECASE)) for kind, service, words in _SERVICE_WORDS
]
_AMBIGUOUS_SERVICE_WORDS = _words("line x ig fb yt threads insta tele zap whats wpp wa vx wx tg тг")
# Labels of the handle ("ID", "アカウント") and connectors before it (":", "is", "là", "は").
_HANDLE_LABEL = (
    r"id|ｉｄ|アイディー?|アカウント|account|username|user[ \t]name|handle|nick(?:name)?|아이디"
    r"|계정|账号|帐号|帳號|号码|號碼|码|碼|号|號|tài[ \t]khoản|conta|cuenta|akun|usu[áa]rio|usuario|번호|number"
    r"|channel|kênh|canal|チャンネル|채널|频道|頻道|profile|perfil|プロフィール|프로필|主页|hồ[ \t]sơ"
    r"|ไอดี|логин|аккаунт|ник|आईडी|खाता|আইডি|အိုင်ဒီ|អាយឌី|آئی[ \t]?ڈی|ユーザー名|ユーザーネーム|用户名|用戶名|사용자[ \t]?이름"
    r"|kullanıcı[ \t]adı[mn]?|kimli[ğg]i[mn]?|nama[ \t]pengguna|имя[ \t]пользователя|युजरनेम|ইউজারনেম"
    # Account and name in Burmese, Khmer, Thai, Japanese, Chinese: "LINE名", "微信账户".
    r"|အကောင့်|គណនី|บัญชี|ชื่อ|名前|账户|帳戶|名"
)
_HANDLE_CONNECTOR = (
    r"[:：=]|(?<=[ \t])-(?=[ \t])|(?:is|là|la|é|es|ay|adalah|ialah|ni|ist|est|са|это)(?=[ \t])"
    r"|は|が|で|に|은|는|이|가|으로|로|에서|です|是|为|為|คือ|→|->|=>|मा|(?:มา)?ที่"
    # Turkish "ID'm şu: ..." ("my ID is this: ..."), Mongolian "ID нь ..." (topic particle)
    r"|(?:şu|şöyle)[ \t]?[:：]|(?:şu|нь|бол)(?=[ \t])"
)
# A possessive ending glued to the label: Turkish "ID'm", "ID'si", Indonesian "ID-nya", "ID-ku".
# Such a label says that the word after it is the ID, even a plain one.
_LABEL_SUFFIX = r"(?P<suffix>(?:['’](?:m|im|ım|si|sı)|-(?:nya|ku|mu))(?![^\W\d_]))?"
# Words that say whose ID it is, after the app or its label: "LINE ko:", "ID của tôi là".
_POSSESSIVE = (
    r"(?:ko|mo|niya|nya|namin|po|saya|aku|ku|kamu|của|tôi|em|mình|anh|chị|meu|minha|mi|my|our"
    r"|mon|ma|de|del|do|da|ng|ni|ya|benim|nim|мой|моя|мій|миний)(?![^\W\d_])"
)
_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.+%\-])(?P<service>"
    + "|".join(words for _, _, words in _SERVICE_WORDS)
    # Turkish and Cyrillic endings: "Telegram'ım", "в телеграме", "у вайбері".
    + r")(?:['’][^\W\d_]{1,5}|(?<=[а-яё])[а-яёіїє]{1,3}|-(?:[а-яёөү]{1,4}|nya))?"
    r"(?-i:(?![a-z0-9_а-яё]))"
    # The name in another script in brackets: "LINE（ライン）ID".
    r"(?:[ \t]?[(（][^)）\n]{1,12}[)）])?"
    # A few words between the service and its label, connector or "@" ("LINE của tôi là
    # ...", "LINE ko ay ...", "Akun Telegram saya @..."); a label ("ID", "ник") is no filler.
    r"(?P<filler>(?:(?:[ \t]{1,2}|[ \t]?[,、，][ \t]{0,2})(?!(?:"
    + _HANDLE_LABEL
    + r")(?![^\W\d_]))[^\W\d_]{1,10}"
    r"(?![^\W\d_])){1,5}?"  # whole words: "é s|idejp" is no filler and label
    r"(?=[ \t]{0,2}(?:" + _HANDLE_LABEL + "|" + _HANDLE_CONNECTOR + r"|@)))?"
    # a comma may stand before the label: "в инсту, ник @...", "Telegram, username: ..."
    r"(?P<label>(?:[ \t]?[,，、][ \t]?)?[ \t]?[(（]?[ \t]?(?:の|的|의)?[ \t]?(?:"
    + _HANDLE_LABEL
    # A label in Latin letters ends at a word boundary; one in Chinese may touch the handle.
    + r")(?-i:(?<![A-Za-z])|(?![a-z]))\.?"
    + _LABEL_SUFFIX
    + r")?"
    # Words between the label and its connector: "ID ko ay", "ID của tôi là", "ID saya:";
    # possessives only ("LINE ID cahyanto is nice": "cahyanto" is the ID, not a filler).
    r"(?:(?<![ \t])(?:[ \t]{1,2}"
    + _POSSESSIVE
    + r"){1,2}(?=[ \t]{0,2}(?:"
    + _HANDLE_CONNECTOR
    + r")))?"
    r"(?P<connector>[ \t]{0,2}(?:ของฉัน|ของผม|ของเรา)?(?:" + _HANDLE_CONNECTOR + r")?)[ \t]{0,2}"
    # The handle may stand in brackets or quotes: LINE ID「maria_0312」, LINE ID: "maria_0312".
    # not followed by a Latin letter: "Nguyễn" is a name, not the handle "Nguy"
    r"[「『\"“'(（【]?(?P<value>@?[A-Za-z0-9][A-Za-z0-9._\-]{0,40}+)(?![A-Za-z0-9À-ɏḀ-ỿЀ-ӿ@/]|:/)",
    re.IGNORECASE,
)
# The handle first, the service in brackets after it: "maria_0312 (LINE)".
# The handle first: "maria_0312 (LINE)" for every service, "@budi_ok on Telegram" for the
# messaging apps only ("Follow @tokyo_city on X" is a public account).
_HANDLE_BEFORE = re.compile(
    r"(?<![A-Za-z0-9_@.\-])(?P<value>@?[A-Za-z0-9][A-Za-z0-9._\-]{2,40}+)"
    r"(?:[ \t]{0,2}[(（][ \t]?(?P<service>"
    + "|".join(words for _, _, words in _SERVICE_WORDS)
    + r")(?:[ \t]?(?:id|ｉｄ))?[ \t]?[)）]"
    r"|(?:[ \t]{1,2}(?:on|in|at|via|di|lewat|trên|qua|ở|en|em|pelo|por|sa|no|на|в)[ \t]{1,2}"
    r"|[ \t]?(?:で|에서|로|으로)[ \t]?)(?P<messaging>"
    + "|".join(words for kind, _, words in _SERVICE_WORDS if kind == "messaging_id")
    + r")(?-i:(?![a-z0-9_а-яё]))"
    # "maria_s is my Instagram", "juan.dc88 é meu LINE"
    r"|[ \t]{1,2}(?:is|é|es|est|ay|adalah|ang)[ \t]{1,2}(?:my|meu|minha|mi|mon|ma|aking|saya)"
    r"[ \t]{1,2}(?P<owned>"
    + "|".join(words for _, _, words in _SERVICE_WORDS)
    + r")(?-i:(?![a-z0-9_а-яё])))",
    re.IGNORECASE,
)
# Words before a spaced "@" that are prose, not the local part of an address.
_NOT_LOCAL_PARTS = _words(
    "is are was as at on me to my follow via or and là é es ay ni adalah ialah ko ku mo aku saya "
    "meu minha mi mis mon ma"
)
_HANDLE_STOPWORDS = _words(
    """is are was the and or not no please required needed necessary only also here there
    where which that who whom whose when what how
    below above same number address account name to for with yes none nothing unknown private
    ok okay id me my you your we our app group call chat message messages là của tôi em anh
    meu minha mi ko ako saya aku numaram numarası numaramız numara hesabım hesabı adresim
    número numero nomor nombor số номер номерім дугаар
    yok yoktur tidak gak nggak belum không chưa нет немає байхгүй wala"""
)

_MESSAGING_WORDS = "|".join(words for kind, _, words in _SERVICE_WORDS if kind == "messaging_id")
# Not followed by a Latin or Cyrillic letter: "Nguyễn" is not the handle "Nguy" (a kana or
# hanzi may follow: "taro_k21がLINEのIDです").
_VALUE = (
    r"[「『\"“'(（【]?(?P<value>@?[A-Za-z0-9][A-Za-z0-9._\-]{0,40}+)(?![A-Za-z0-9À-ɏḀ-ỿЀ-ӿ@/]|:/)"
)
# A service word in Latin or Cyrillic letters ends at a word boundary ("online" is not LINE);
# one in Chinese may touch the handle ("加我微信wangwei_1990").
_SERVICE_END = r"(?-i:(?<![A-Za-z0-9а-яёА-ЯЁ])|(?![a-z0-9_а-яё]))"
_ANY_MESSAGING = re.compile(_MESSAGING_WORDS, re.IGNORECASE)
_ANY_SERVICE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(words for _, _, words in _SERVICE_WORDS) + r")(?![a-z])",
    re.IGNORECASE,
)
# More ways residents give a messaging ID; the handle must look like one (an "@", or two
# letters with a digit, ".", "_" or "-"), see `_more_handles`.
_MORE_HANDLES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # The app, a short phrase, then the label: "LINEやってます！ID→maria_0312",
        # "Telegram is fastest for me, username @ivan_88".
        r"(?<![A-Za-z0-9_@.\-])(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END
        + r"[^\n]{0,24}?(?<![A-Za-z])(?:"
        + _HANDLE_LABEL
        + r")(?-i:(?![a-z]))"
        + _LABEL_SUFFIX
        + r"[ \t]{0,2}(?:"
        + _HANDLE_CONNECTOR
        + r")?[ \t]{0,2}"
        + _VALUE,
        # The label before the app: "ID LINE saya maria_0312", "tài khoản Zalo: lan.hoa92".
        r"(?<![A-Za-z0-9_@.\-])(?:id|akun|tài[ \t]khoản|account|conta|cuenta|账号|帐号)[ \t]{0,2}"
        r"(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END
        + r"(?:[ \t]{1,2}(?:saya|aku|ku|mình|của[ \t]tôi|tôi|ko|mo|ng[ \t]ako|meu|minha|mi))?"
        + r"[ \t]{0,2}(?:"
        + _HANDLE_CONNECTOR
        + r")?[ \t]{0,2}"
        + _VALUE,
        # A verb or "my" before the app: "please add my line maria_0312", "contact me on
        # line maria_0312", "加我微信wangwei_1990", "แอดไลน์ somchai_88".
        r"(?<![A-Za-z0-9_@.\-])(?:add|contact|message|text|call|dm|reach|find|my|on|via"
        r"|加我|加|แอด|kết[ \t]bạn)(?:[ \t]{1,2}(?:me|us))?(?:[ \t]{1,2}(?:on|via|at|in))?"
        r"(?:[ \t]{1,2}my)?[ \t]{0,2}(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END
        + r"[ \t]{0,2}"
        + _VALUE,
        # The app as a verb: "LINE me at maria_0312", "WhatsApp us on ..", "viber me: jose.r88".
        r"(?<![A-Za-z0-9_@.\-])(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END
        + r"[ \t]{1,2}(?:me|us)(?:[ \t]{1,2}(?:at|on|via)|[ \t]?[:：])[ \t]{0,2}"
        + _VALUE,
        # Adding a friend is LINE in Japan: "友だち追加してください maria_0312".
        r"(?:友だち|友達|ともだち)追加[^\n]{0,12}?[ \t:：→]" + _VALUE,
        # The handle first, then "is the app's ID": "maria_0312がLINEのIDです",
        # "wangwei_1990是我的微信".
        r"(?<![A-Za-z0-9_@.\-])"
        + _VALUE
        + r"[ \t]?(?:が|は|是我的|是)[ \t]?(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END,
    )
)
# A handle that looks strongly like one (an "@", or a digit, "." or "_" in it) near the app's
# name in the same line, with no label: "카톡으로 연락주세요 minsu77", "Mag-message po kayo sa
# Viber ko jose.r88", "LINE 👉 maria_0312"; not across another service's name.
_STRONG_VALUE = (
    r"(?<![A-Za-z0-9_@.\-/:#%+])(?P<value>@[A-Za-z0-9][A-Za-z0-9._\-]{1,40}+"
    r"|(?=[A-Za-z0-9\-]{0,40}[._\d])[A-Za-z0-9][A-Za-z0-9._\-]{1,40}+)(?![A-Za-z0-9@/]|:/)"
)
_NEAR_HANDLES = (
    re.compile(
        r"(?<![A-Za-z0-9_@.\-])(?P<service>" + _MESSAGING_WORDS + ")"
        # a case ending: Cyrillic glued, Turkish after an apostrophe ("Telegram'dan")
        r"(?:(?<=[а-яё])[а-яёіїєүө]{1,4}|['’][a-zçğıöşü]{1,5})?"
        + _SERVICE_END
        # a comma may stand between ("add mo ako sa LINE, k.94jp"): the handle is strong
        + r"[^\n。.、;!?！？]{0,12}?"
        + _STRONG_VALUE,
        re.IGNORECASE,
    ),
    # An "@handle" a little further on in the same clause: "Telegram'dan ulaşabilirsiniz: @ivan_88".
    re.compile(
        r"(?<![A-Za-z0-9_@.\-])(?P<service>" + _MESSAGING_WORDS + ")"
        r"(?:(?<=[а-яё])[а-яёіїєүө]{1,4}|['’][a-zçğıöşü]{1,5})?"
        + _SERVICE_END
        + r"[^\n@。.、;!?！？]{0,24}?(?<![A-Za-z0-9_@.\-/:#%+])"
        r"(?P<value>@[A-Za-z0-9][A-Za-z0-9._]{1,30}+)(?<![.])(?![A-Za-z0-9@/]|:/)",
        re.IGNORECASE,
    ),
    # A plain word in brackets right after the app: "WeChat（lrocha）", "LINE (tarok)".
    re.compile(
        r"(?<![A-Za-z0-9_@.\-])(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END
        + r"[ \t]?[（(「『\[][ \t]?(?P<value>[A-Za-z][A-Za-z0-9._\-]{2,30}+)[ \t]?[）)」』\]]",
        re.IGNORECASE,
    ),
    # Across a sentence end after the label: "LINE IDを教えます。maria_0312です".
    re.compile(
        r"(?<![A-Za-z0-9_@.\-])(?P<service>"
        + _MESSAGING_WORDS
        + ")"
        + _SERVICE_END
        + r"[ \t]?(?:の|的|의)?[ \t]?(?:"
        + _HANDLE_LABEL
        + r")(?-i:(?![a-z]))[^\n]{0,16}?"
        + _STRONG_VALUE,
        re.IGNORECASE,
    ),
)
# A handle in Latin letters right after the app's name in a sentence of another script:
# "ライン zawwinjp に連絡ください", "카톡 juanxjp 로", "ติดต่อทางไลน์ boldjp", "我的微信是taodeng".
# The Latin word stands out there; in a Latin sentence it could be any word ("LINE today").
_OTHER_SCRIPT = (
    r"\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0900-\u097f"
)
_HANDLE_IN_OTHER_SCRIPT = re.compile(
    # not the end of a word: "haline geliyor" is Turkish, not LINE
    r"(?<![A-Za-zÀ-ɏЀ-ӿ0-9_@.\-])(?P<service>"
    + _MESSAGING_WORDS
    + ")"
    + _SERVICE_END
    + r"(?:[ \t]?(?:ID|id|ＩＤ|アイディー?|아이디|ไอดี))?[ \t]?(?:[:：]|は|是|는|은|คือ)?[ \t]?"
    r"(?P<value>(?-i:[a-z][a-z0-9._\-]{2,30}+))(?![A-Za-z0-9@])"
    r"(?=[ \t]?(?:[" + _OTHER_SCRIPT + r"]|[。、，！？]|$)|[ \t][0-9])",
    re.IGNORECASE,
)
# Lower-case English or romanized words that follow an app's name and are no handle.
_NOT_HANDLE_WORDS = _words(
    "pay id app group chat call video official account talk out work pro plus lite web desktop "
    "android iphone ios"
)
# Codes, abbreviations and host names: "COVID-19", "e.g.", "city.tokyo", "m.facebook.com".
_NOT_HANDLES = re.compile(
    r"(?-i:[A-Z]+-?\d+)|(?:[A-Za-z]\.)+[A-Za-z]?|[a-z]+\.[a-z]+|(?:www|m)\..*|.*\.(?:com|net|org|jp|me"
    r"|vn|ph|id|br|kr|cn|io|co|html?|php)",
    re.IGNORECASE,
)
_PAYMENT_AFTER = re.compile(r"[ \t]?(?:pay|支付|페이|ペイ|払い)", re.IGNORECASE)

# Profile links: the whole link goes (it names the person); links to posts, videos,
# searches and help pages stay. Links to LINE, Telegram, WhatsApp and Zalo chats are
# messaging IDs.
_PROFILE_HOSTS: dict[str, tuple[str, str]] = {
    "facebook.com": ("social_profile", "facebook"),
    "fb.com": ("social_profile", "facebook"),
    "fb.me": ("social_profile", "facebook"),
    "instagram.com": ("social_profile", "instagram"),
    "instagr.am": ("social_profile", "instagram"),
    "tiktok.com": ("social_profile", "tiktok"),
    "twitter.com": ("social_profile", "x"),
    "x.com": ("social_profile", "x"),
    "youtube.com": ("social_profile", "youtube"),
    "threads.net": ("social_profile", "threads"),
    "threads.com": ("social_profile", "threads"),
    "line.me": ("messaging_id", "line"),
    "t.me": ("messaging_id", "telegram"),
    "telegram.me": ("messaging_id", "telegram"),
    "wa.me": ("messaging_id", "whatsapp"),
    "wa.link": ("messaging_id", "whatsapp"),  # a short link that opens a chat with the number
    "zalo.me": ("messaging_id", "zalo"),
    "api.whatsapp.com": ("messaging_id", "whatsapp"),
    "whatsapp.com": ("messaging_id", "whatsapp"),
    "lin.ee": ("messaging_id", "line"),
    "line.naver.jp": ("messaging_id", "line"),  # LINE's earlier domain, still in old QR codes
    "telegram.dog": ("messaging_id", "telegram"),  # Telegram's second domain
    "ig.me": ("social_profile", "instagram"),  # a chat with the Instagram account
    "m.me": ("social_profile", "facebook"),  # Messenger: a chat with the profile
    "open.kakao.com": ("messaging_id", "kakaotalk"),
    "pf.kakao.com": ("messaging_id", "kakaotalk"),  # a Kakao channel (a shop's or a person's)
    "chat.whatsapp.com": ("messaging_id", "whatsapp"),  # an invitation to the person's group
    "invite.viber.com": ("messaging_id", "viber"),
    "page.line.me": ("messaging_id", "line"),
    "qr.kakao.com": ("messaging_id", "kakaotalk"),
    "u.wechat.com": ("messaging_id", "wechat"),
    "weixin.qq.com": ("messaging_id", "wechat"),
    "vk.com": ("social_profile", "vk"),
    "linkedin.com": ("social_profile", "linkedin"),
}
_NOT_PROFILE_PATHS: dict[str, frozenset[str]] = {
    "facebook": _words(
        "share sharer sharer.php events watch help policies policy.php legal hashtag photo "
        "photo.php story.php permalink.php login login.php reel groups pages privacy"
    ),
    "instagram": _words("p reel reels explore accounts about legal tv"),
    "tiktok": _words("discover tag music foryou explore legal"),
    "x": _words("search hashtag i intent home explore share settings tos privacy"),
    "youtube": _words("watch embed shorts playlist results feed hashtag redirect t"),
    "threads": frozenset(),
    "line": frozenset(),
    "telegram": frozenset(),
    "whatsapp": _words("download legal channel features security privacy contact business"),
    "zalo": frozenset(),
    "kakaotalk": frozenset(),
    "wechat": frozenset(),
    "vk": _words("feed wall search video music groups apps"),
    # /in/<name> is a person; /company/ and /jobs/ are not
    "linkedin": _words("company jobs school feed learning posts pulse search"),
}
# Pages of any of these sites that are not a person's profile.
_NOT_PROFILE_PAGES = _words(
    "form forms viewform index search login signup home help about policy privacy terms"
)
_PAGE_SUFFIXES = _words("php html htm asp aspx jsp cgi")
_PROFILE_URL = re.compile(
    r"(?<![A-Za-z0-9.\-/@])(?:https?://)?"
    # the mobile and language sites: m., touch., mbasic., free., ja-jp., pt-br., es.; YouTube
    # Studio's address of a channel (studio.youtube.com/channel/UC...)
    r"(?:(?:www|m|mobile|web|mbasic|touch|free|lite|vt|vm|studio|[a-z]{2}(?:-[a-z]{2})?)\.)?"
    r"(?P<host>"
    + "|".join(re.escape(host) for host in _PROFILE_HOSTS)
    + r")/(?P<path>[A-Za-z0-9._~\-/@%?=&+!]{1,200}+)",
    re.IGNORECASE,
)

# E-mail addresses written out: "maria at gmail dot com", "juan[at]yahoo[dot]co[dot]jp",
# "lan (at) outlook.com", "budi @ gmail . com", arroba, アットマーク, 골뱅이, a còng. Taken
# when the "at" is bracketed or the domain is a known mail provider, and the address ends
# in a top-level domain.
_SPELT_AT = (
    r"(?:[ \t]{0,3}(?P<bracket>\[[ \t]?(?:at|@)[ \t]?\]|\([ \t]?(?:at|@)[ \t]?\)"
    r"|\{[ \t]?(?:at|@)[ \t]?\}|<[ \t]?(?:at|@)[ \t]?>"
    # the "at" in CJK brackets or spelt in the resident's script inside brackets:
    # "【at】", "《@》", "(アット)", "[골뱅이]"
    r"|[\[(【《「<{][ \t]?(?:at[ \t\-]?(?:mark|sign)|at|et|@|アットマーク|アット|あっと|골뱅이|앳|艾特"
    r"|a[ \t]?c[òo]ng|arroba|собака|собачка|равлик|แอท)[ \t]?[\])】》」>}])[ \t]{0,3}"
    r"|[ \t]{1,3}(?:at|et|arroba|a[ \t]?c[òo]ng|a[ \t]?m[óo]c|at[ \t]?mark|at[ \t]?sign|собака"
    r"|собачка|равлик|ет|ат|kuyruklu[ \t]a|chiocciola)"
    r"[ \t]{1,3}"
    r"|[ \t]{0,3}(?:アットマーク|あっとまーく|アトマーク|アット|あっと|골뱅이|앳|엣|แอท|एट|艾特|圈a|小老鼠|\(a\)|\[a\]"
    r"|@マーク|@|在(?=[ \t]{0,3}[A-Za-z0-9]))"
    r"[ \t]{0,3}"
    # glued with underscores or hyphens: "maria_at_gmail.com", "maria-at-gmail-dot-com"
    r"|_at_|-at-|\.at\."
    r")"
)
_SPELT_DOT = (
    r"(?:[ \t]{0,3}(?:\[[ \t]?(?:dot|\.)[ \t]?\]|\([ \t]?(?:dot|\.)[ \t]?\)|\{[ \t]?dot[ \t]?\}"
    r"|<[ \t]?dot[ \t]?>"
    r"|[\[(【《「<{][ \t]?(?:dot|ドット|どっと|点|點|닷|점|ch[ấa]m|punto|ponto|точка)[ \t]?[\])】》」>}])"
    r"[ \t]{0,3}"
    r"|[ \t]{1,3}(?:dot|punto|ponto|titik|ch[ấa]m|tuldok|nokta|точка|крапка|цэг|डट|जुद|จุด|점)[ \t]{1,3}"
    # a plain dot: spaced on both sides ("gmail . com") or not at all ("gmail. Com" ends a
    # sentence)
    r"|[ \t]{0,3}(?:ドット|どっと|닷|쩜|点|點|จุด|ดอท)[ \t]{0,3}|[ \t]{1,3}\.[ \t]{0,3}|\.|_dot_|-dot-)"
)
# In the domain, an ideographic full stop too ("gmail 。com"); in the local part it ends a
# sentence before the address.
_SPELT_DOT_DOMAIN = r"(?:" + _SPELT_DOT + r"|[ \t]{0,3}[。・·][ \t]{0,3})"
# A domain label, or a top-level domain read out in the resident's script ("gmail ドット コム").
_SPOKEN_TLD = "コム|こむ|컴|คอม|ком|ネット|넷|ジェーピー|ジェイピー|제이피"
_SPELT_LABEL = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}+)|(?:" + _SPOKEN_TLD + r"))"
_SPELT_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-\u00c0-\u024f])"  # not the end of a word: "hesabım @b.sanford"
    r"(?P<local>[A-Za-z0-9](?:(?![_\-.]at[_\-.])[A-Za-z0-9._%+\-]){0,63}+(?:"
    + _SPELT_DOT
    + r"[A-Za-z0-9](?:[A-Za-z0-9_%+\-]{0,63}+)){0,3})"
    + _SPELT_AT
    + r"(?P<domain>"
    + _SPELT_LABEL
    + r"(?:"
    + _SPELT_DOT_DOMAIN
    + _SPELT_LABEL
    + r"){1,4})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_SPELT_DOT_SPLIT = re.compile(_SPELT_DOT_DOMAIN, re.IGNORECASE)
_MAIL_PROVIDERS = _words(
    """gmail googlemail yahoo ymail outlook hotmail live msn icloud mac aol qq 163 126 sina
    sohu foxmail naver daum hanmail kakao nate docomo ezweb softbank au ybb nifty biglobe ocn
    plala zoho proton protonmail gmx yandex uol bol terra mail bk inbox list rambler ukr meta
    rocketmail so-net excite 139 189 21cn"""
)
# Providers whose name written after "at" is an address even without ".com": "maria at
# gmail", "lan@hotmail" (not "I work at Yahoo").
_MAIL_ONLY_PROVIDERS = "gmail|googlemail|hotmail|ymail|icloud|hanmail|foxmail|protonmail|qq|163|126"
# The top-level domain spelt out after the provider: "gmail ดอท คอม", "gmail ドットコム".
_SPELT_COM = (
    r"(?:(?:[ \t]?(?:dot|ドット|どっと|닷|点|點|ดอท|точка|ch[ấa]m|punto|ponto|titik|nokta|\.)[ \t]?"
    # or only a space: "maria at gmail com"
    r"|[ \t])(?:com|คอม|コム|こむ|컴|ком|net|ネット|넷)(?![A-Za-z]))?"
)
_PROVIDER_ONLY_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-\u00c0-\u024f@])"
    r"(?P<local>[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{1,63}+))"
    r"(?:[ \t]?@[ \t]?|[ \t]{1,3}(?:at|arroba|a[ \t]?c[òo]ng|собака)[ \t]{1,3}"
    r"|[ \t]{0,3}(?:\[at\]|\(at\)|アットマーク|アット|あっと|골뱅이|แอท|艾特)[ \t]{0,3})"
    r"(?P<provider>(?-i:"
    + _MAIL_ONLY_PROVIDERS
    + r"))"
    + _SPELT_COM
    + r"(?![A-Za-z0-9.@'’]|[ \t]?\.[A-Za-z])",
    re.IGNORECASE,
)
# Words before "at gmail" that are prose ("I work at gmail"), not an address's local part.
_PROVIDER_PROSE = _words(
    "met work works worked working job jobs office intern interns engineer wrote write writes "
    "sent send registered signed logged login account accounts problem problems error errors"
)
# The mailbox named and its user name given, without the domain: "Gmail: maria.santos90",
# "my gmail is rosa_lima", "gmail ko: juan.dc88". The name must look like one (a digit,
# "." or "_"), so that "Gmail is great" stays.
_LABELLED_MAILBOX = re.compile(
    r"(?<![A-Za-z0-9@.])(?P<mailbox>g-?mail|hotmail|yahoo[ \t]?mail|outlook|icloud|naver"
    r"|qq[ \t]?(?:邮箱|郵箱|mail))"
    r"(?:[ \t]?(?:account|address|id|ko|ku|saya|của[ \t]tôi|do[ \t]meu|mío|mio)){0,2}"
    r"[ \t]?(?:[:：=]|is|là|é|es|は|是|는)[ \t]?"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9._\-]{2,40}+)(?![A-Za-z0-9@])",
    re.IGNORECASE,
)
# A symbol standing for "@", with or without a note to swap it ("maria★gmail.com (★を@に変えて
# ください)", "lan#yahoo.co.jp (#→@)"): taken when the note is there or the domain is a mail
# provider's.
_AT_STAND_INS = "★☆●○◎◆◇■□*#%&※▲△♪♡♥◉●＊"
_STAND_IN_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])"
    r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63}+)"
    r"[ \t]{0,2}(?P<symbol>[" + _AT_STAND_INS + r"])[ \t]{0,2}"
    r"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}+)(?:\.[A-Za-z0-9\-]{1,63}){1,4}+)"
    r"(?![A-Za-z0-9@])"
)
# Any disguise of "@" and "." around a known mail provider's domain: residents invent new ones
# ("maria〔あっと〕gmail〔どっと〕com", "lan+at+yahoo+dot+co+dot+jp", "budi (keong) gmail (titik)
# com", "rosa 골뱅이 표시 naver 온점 com", "juan ☆ gmail.com"), so the provider and its top-level
# domains anchor the address, and what stands between the parts may be any short disguise: a
# word wrapped in brackets or symbols, a run of symbols, a word in a script other than Latin, or
# a spelt "at" or "dot" of a language. A plain "at" is left to the rules above (prose: "I work
# at gmail.com"); a non-Latin word needs the top-level domain after the provider.
_DISGUISE_WRAP = r"[^\w\s,.;:!?'\"、。][^\n,;、。!?]{1,14}?[^\w\s,.;:!?'\"、。]"  # (at) 〔あっと〕 ~at~ +dot+ <эт>
_DISGUISE_SYMBOLS = r"[^\w\s,.;:!?'\"、。()\[\]{}<>\-_/\\|「」]{1,3}"  # & ％ ▲ ☆ ＠ ●
# Latin letters beyond ASCII: a word in them ("đội" in "trong đội đua") is prose, not a disguise,
# and a provider or domain followed by one ("i" of "için") is part of a word.
_LATIN_MORE = "\u00c0-\u024f\u1e00-\u1eff"
_NOT_LATIN = r"\x00-\x7f" + _LATIN_MORE
_DISGUISE_WORD = (
    r"[^\W\d_"
    + _NOT_LATIN
    + r"](?:[^\n,;、。!?"
    + _NOT_LATIN
    + r"]|[ \t](?=[^"
    + _NOT_LATIN
    + r"])){0,14}?"
)
_DISGUISE_AT_LATIN = (
    r"at[ \t]?the[ \t]?rate|at[ \t]?sign|at[ \t]?mark|atmark|arrob(?:a|ita|inha)|arobase"
    r"|(?:a[ \t])?keong|a[ \t]?c[òo]ng|a[ \t]?v[òo]ng|a[ \t]?m[óo]c|chiocciola|klammeraffe"
    r"|kuyruklu[ \t]a|et[ \t]i[şs]areti"
)
_DISGUISE_DOT_LATIN = (
    r"dot|punto|puntito|ponto|pontinho|point|titik|ch[ấa]m|d[ấa]u[ \t]ch[ấa]m|tuldok"
    r"|nokta(?:[ \t]i[şs]areti)?|period"
)
# The providers of the rules above, and a few more whose names are too common to anchor those.
_MAIL_DOMAIN_SET = _MAIL_PROVIDERS | {"rakuten", "me", "rediffmail", "orange", "i"}
_MAIL_DOMAIN_WORDS = "|".join(sorted(_MAIL_DOMAIN_SET, key=len, reverse=True))
_NO_LETTER_AFTER = r"(?![A-Za-z" + _LATIN_MORE + r"])"
_DISGUISED_TLD = (
    "com|net|org|jp|co|ne|or|ac|go|info|biz|me|io|edu|gov|vn|ph|br|cn|kr|id|in|np|th|mm|kh|lk|"
    "bd|mn|tw|hk|sg|my|pk|us|uk|de|fr|es|pt|ru|it|au|ca|mx|pe|ar|tr|ua|kz|la|ee|pl|nl|be|ch|se|fi"
    "|nz|za|cc|tv"
)
# Words that join two names in prose, not a disguised "@" ("Facebookやgmail.com", "LINE와 naver").
_JOINING_WORD = re.compile(
    r"の|や|と|は|が|を|に|で|も|へ|から|まで|より|とか|さん(?:の|と|や|は)?|和|与|與|或|或者|的|及|跟|"
    r"와|과|의|는|은|이나|나|랑|하고|및|и|или|або|та|і|ба|эсвэл|และ|หรือ|และก็|หรือว่า"
)
_DISGUISED_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-" + _LATIN_MORE + r"])"
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{1,63}?)(?![\u0300-\u036f" + _LATIN_MORE + r"])"
    r"(?P<at>[ \t]{0,2}\n?[ \t]{0,2}(?:(?P<word>"
    + _DISGUISE_WORD
    + r")|"
    + _DISGUISE_WRAP
    + r"|"
    + _DISGUISE_SYMBOLS
    + r"|(?-i:AT)|[ \t](?:"
    + _DISGUISE_AT_LATIN
    + r")[ \t])"
    r"[ \t]{0,2})"
    r"(?P<provider>(?:"
    + _MAIL_DOMAIN_WORDS
    + "))"
    + _NO_LETTER_AFTER
    +
    # dots disguised, or commas for dots after a real "@" ("maria@so-net,ne,jp")
    r"(?P<rest>(?:[ \t]{0,2}(?:[.。·・･]|,(?![ \t])|"
    + _DISGUISE_WRAP
    + r"|"
    + _DISGUISE_WORD
    + r"|[ \t](?:"
    + _DISGUISE_DOT_LATIN
    + r")[ \t]|[+#~*=|_\-](?:"
    + _DISGUISE_DOT_LATIN
    + r")[+#~*=|_\-])[ \t]{0,2}(?:"
    + _DISGUISED_TLD
    + r")(?![A-Za-z0-9"
    + _LATIN_MORE
    + r"])){0,3})"
    r"(?![A-Za-z0-9@])",
    re.IGNORECASE,
)
# A provider nobody listed ("maria(at)kagoya(dot)jp", "raju[एट]sakura[डट]ne[डट]jp"): any
# domain name, with hyphens but not a spelt "-dot-", when the "@" is a short word in brackets or
# symbols (letters only: not "-044-" in a phone number) and a top-level domain ends it. A
# pattern of its own, so that its stricter parts never hide a listed provider's address.
_ANY_MAIL_DOMAIN = (
    r"(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9]++(?:-(?!dot(?![A-Za-z0-9]))[A-Za-z0-9]++)*+"
)
# A letter, or a vowel sign or other mark of the Indic, Thai, Burmese and Khmer scripts (not
# letters to `\w`): "[អាត់]", "[အက်]", "[ดอท]".
_WRAPPED_LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff])"
# A short word wrapped in one or two brackets or symbols: "(at)", "((at))", "《小老鼠》", "[អាត់]".
_WORD_IN_WRAP = (
    r"[^\w\s,.;:!?'\"、。]{1,2}[ \t]?"
    + _WRAPPED_LETTER
    + r"{1,8}+(?:[ \t]"
    + _WRAPPED_LETTER
    + r"{1,8}+)?[ \t]?[^\w\s,.;:!?'\"、。]{1,2}"
)
_UNLISTED_PROVIDER_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-" + _LATIN_MORE + r"])"
    r"(?P<local>(?=[A-Za-z0-9._%+\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._%+\-]{1,63}?)"
    r"[ \t]{0,2}(?:" + _WORD_IN_WRAP + r"|[ \t](?:" + _DISGUISE_AT_LATIN + r")[ \t])[ \t]{0,2}"
    r"(?P<provider>" + _ANY_MAIL_DOMAIN + ")" + _NO_LETTER_AFTER + r"(?P<rest>(?:[ \t]{0,2}"
    r"(?:[.。]|" + _WORD_IN_WRAP + r"|[+#~*=|_\-](?:" + _DISGUISE_DOT_LATIN + r")[+#~*=|_\-])"
    r"[ \t]{0,2}(?:" + _DISGUISED_TLD + r")(?![A-Za-z0-9" + _LATIN_MORE + r"])){1,3})"
    r"(?![A-Za-z0-9@])",
    re.IGNORECASE,
)
_LATIN_AT_WORD = re.compile(
    r"(?:[^\W\d_]{1,8}[ \t])?(?:at|@|" + _DISGUISE_AT_LATIN + r")(?:[ \t][^\W\d_]{1,8})?",
    re.IGNORECASE,
)
_TOP_LEVEL_DOMAINS = _words(
    """コム こむ 컴 คอม ком ネット 넷 ジェーピー ジェイピー 제이피 com net org jp co ne or ac go ed lg info biz me io edu gov vn ph br cn kr id in np th mm
    kh lk bd mn tw hk sg my pk us uk de fr es pt ru it au ca mx pe ar tr ua kz la cc tv
    nz za ch nl be se no fi pl"""
)

# Romanised addresses without 〒: a block number ("2-8-1", "3-chome", "1-403") among address
# parts (capitalised places, "-ku", "-shi", "-cho", ward, city, a prefecture, buildings,
# rooms). A ward or city without a block number is not an address.
_BLOCK_NUMBER = re.compile(
    r"(?<![0-9A-Za-z\-#.])(?:(?P<chome>[0-9]{1,2}[ \t]?-?[ \t]?ch[oōô]u?me(?![A-Za-z])"
    # map apps write the banchi and gō after it: "2 Chome-8-1", "2-chōme-8-1"
    r"(?:[ \t]?-[ \t]?[0-9]{1,4}(?:-[0-9]{1,4}){0,2}(?![0-9\-]))?)"
    r"|(?P<block>[0-9]{1,3}(?:-[0-9]{1,4}){1,3})(?![0-9\-])"
    # dots between chōme, banchi and gō ("Tokiwadai 3.26.25"): three numbers, no fourth
    r"|(?P<dotted>[0-9]{1,2}\.[0-9]{1,4}\.[0-9]{1,4})(?![0-9]|\.[0-9])"
    # the kanji of the address kept in Latin text: "Kotobukidai 21番6号", "3丁目5番地"
    r"|(?P<banchi>(?:[0-9]{1,2}[ \t]?丁目[ \t]?)?[0-9]{1,4}[ \t]?番地?(?:[ \t]?[0-9]{1,4}[ \t]?号?)?"
    r"|[0-9]{1,2}[ \t]?丁目(?:[ \t]?[0-9]{1,4}(?:-[0-9]{1,4})?)?)(?![0-9]))",
    re.IGNORECASE,
)
_ROMAN_TOKEN = re.compile(r"#?[0-9A-Za-zÀ-ɏḀ-ỿ](?:[0-9A-Za-zÀ-ɏḀ-ỿ\-.'’#]{0,40}+)")
_ROMAN_GAP = re.compile(r"[ \t]{0,3}(?:[,、][ \t]{0,3})?")
_ROMAN_TOKEN_CHARS = frozenset(
    "0123456789#-.'’ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
_MUNICIPALITY_SUFFIXES = ("-ku", "-shi", "-cho", "-chou", "-machi", "-gun", "-mura", "-son")
_PREFECTURE_SUFFIXES = ("-ken", "-fu", "-to", "-do")
_MUNICIPALITY_WORDS = _words(
    "ku shi cho machi gun mura ward city town village district "
    # ward and city as residents write them in Vietnamese, Indonesian, Spanish, Portuguese
    "quan phuong kota ciudad cidade distrito bairro"
)
_PREFECTURE_WORDS = frozenset(
    [p.lower() for p in _PREFECTURES_EN]
    + ["prefecture", "pref", "ken", "fu", "japan"]
    # Tokyo and Kyoto in Spanish and Portuguese, Japan in other Latin-script languages
    + ["tokio", "toquio", "kioto", "quioto", "japon", "japao", "nhat", "jepang", "japonya"]
)
_ROMAN_ADDRESS_WORDS = _LATIN_ADDRESS_WORDS | _words(
    "chome choume ban banchi go rm heights corpo haitsu mansion residence coop"
)
_ROMAN_NOT_ADDRESS = _words(
    """i my we our the a an and but please thank thanks he she they it this that there if when
    so also address home near from in at on to is was call tel phone mail email"""
)
# Lower-case words shaped like romaji that are English, Tagalog or Indonesian prose.
_ROMAJI_NOT_ADDRESS = _words(
    """are here more name time same make take come some made were where there these those use
    used like live life nine five ago sure care one done gone none mine fine wife have save
    rate date late hope rude huge tube move wake note nice once price safe sale case base kasi
    ako niya nito mahirap sana pero dito doon bago saka tapi juga sudah bisa semua kami kita
    mereka"""
)
# A word made of Japanese syllables (ni-shi-shi-n-ju-ku, sa-ppo-ro); lower-case English,
# Tagalog or Indonesian words of that shape are in _ROMAJI_NOT_ADDRESS.
_ROMAJI = re.compile(r"(?:[kgsztdnhbpmyrwfjc]{0,2}[aiueo]|n(?![aiueoy]))+")
_ROMAN_TOKENS_BEFORE = 8
_ROMAN_TOKENS_AFTER = 12


# --------------------------------------------------------------------------------- helpers


def my_number_is_valid(digits: str) -> bool:
    """True when `digits` (12 ASCII digits) carries a valid My Number check digit."""
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        return False
    body = digits[:11]
    total = 0
    for n in range(1, 12):  # P_n counted from the right of the first eleven digits
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return check == int(digits[11])


def _near(positions: list[int], start: int, end: int, before: int, after: int) -> bool:
    """True when some position lies in [start - before, end + after]."""
    index = bisect_left(positions, start - before)
    return index < len(positions) and positions[index] <= end + after


# ------------------------------------------------------------------------------- detectors

Candidate = tuple[str, int, int]  # kind, start, end (shadow offsets)


def _emails(shadow: str) -> Iterator[Candidate]:
    for match in _EMAIL.finditer(shadow):
        local = match.group().split("@", 1)[0]
        if local.endswith((" ", "\t")) and (
            local.strip().lower() in _NOT_LOCAL_PARTS
            or any(pattern.fullmatch(local.strip()) for _, _, pattern in _SERVICE_LOOKUP)
        ):
            continue  # "my tiktok is @budi.ok", "telegram @budi.ok": a word before a handle
        if (
            local.endswith((" ", "\t"))
            and not match.group().split("@", 1)[1][:1].isspace()
            and _ANY_SOCIAL.search(shadow, max(0, match.start() - 30), match.start())
        ):
            continue  # "ig của em @rosa.jp", "Instagram'da @budi.ok": a network, then its handle
        yield "email", match.start(), match.end()


_SENTENCE_TRAIL = ".,;:!?'\"*"


def _trim_end(shadow: str, start: int, end: int, trail: str = _SENTENCE_TRAIL) -> int:
    """The end of a link or handle without the sentence's punctuation after it."""
    while end > start and shadow[end - 1] in trail:
        end -= 1
    return end


def _urls(shadow: str, extents: list[tuple[int, int]]) -> Iterator[Candidate]:
    """URL candidates; `extents` receives every URL's full extent (query or not)."""
    for match in _URL.finditer(shadow):
        start = match.start()
        # Trailing punctuation belongs to the sentence, and an unbalanced ")" to the prose.
        end = _trim_end(shadow, start, match.end())
        opened, closed = shadow.count("(", start, end), shadow.count(")", start, end)
        while end > start and shadow[end - 1] == ")" and opened < closed:
            end -= 1
            closed -= 1
        url = shadow[start:end]
        if "?" in url and end == match.end():
            # A query value typed in another script (?name=田中): keep it in the URL.
            tail = _QUERY_TAIL.match(shadow, end)
            if tail is not None and tail.end() > end:
                end = _trim_end(shadow, start, tail.end())
                url = shadow[start:end]
        extents.append((start, end))
        scheme_end = url.find("://")
        authority_start = scheme_end + 3 if scheme_end >= 0 else 0
        slash = url.find("/", authority_start)
        authority = url[authority_start : slash if slash >= 0 else len(url)]
        if "@" in authority:  # credentials in the URL: redact all of it
            yield "url", start, end
            continue
        query = url.find("?")
        if query >= 0 and end - (start + query + 1) >= 1:
            yield "url", start + query + 1, end
            continue
        fragment = url.find("#")
        if fragment >= 0 and "=" in url[fragment:]:
            yield "url", start + fragment + 1, end


# Digits (country code included) of numbers in the countries residents most often come from
# (ITU-T E.164 national numbering plans; mobile and landline). Others: 8 to 15.
_COUNTRY_LENGTHS: dict[str, tuple[int, int]] = {
    "1": (11, 11),  # United States, Canada
    "7": (11, 11),  # Russia, Kazakhstan
    "33": (11, 11),
    "44": (11, 12),
    "49": (8, 15),
    "55": (12, 13),  # Brazil
    "62": (10, 14),  # Indonesia
    "63": (11, 12),  # Philippines
    "66": (10, 11),  # Thailand
    "81": (11, 12),  # Japan
    "82": (10, 12),  # Korea
    "84": (11, 12),  # Viet Nam
    "86": (12, 13),  # China
    "90": (12, 12),  # Turkey
    "91": (12, 12),  # India
    "92": (11, 12),  # Pakistan
    "94": (11, 11),  # Sri Lanka
    "95": (9, 12),  # Myanmar
    "380": (12, 12),  # Ukraine
    "855": (11, 12),  # Cambodia
    "880": (12, 13),  # Bangladesh
    "976": (11, 11),  # Mongolia
    "977": (11, 13),  # Nepal
}


def _national_lengths(digits: str) -> tuple[int, int]:
    for size in (3, 2, 1):
        lengths = _COUNTRY_LENGTHS.get(digits[:size])
        if lengths is not None:
            return lengths
    return 8, 15


def _phone_groups_valid(shadow: str, groups: list[tuple[int, int]], international: bool) -> bool:
    digits = "".join(shadow[a:b] for a, b in groups)
    if international:
        # Drop a trunk "(0)" written after the country code: +81 (0)90 ...
        count = len(digits)
        for a, b in groups[1:]:
            if shadow[a:b] == "0" and shadow[a - 1 : a] == "(":
                count -= 1
        first_a, first_b = groups[0]
        separators = [shadow[b:a] for (_, b), (a, _) in zip(groups, groups[1:], strict=False)]
        if separators and separators[0] == "." and any(sep != "." for sep in separators):
            return False  # "+35.68 139.69": a coordinate or a score, not a number
        if digits[0] == "0" or len(groups) > 7:
            return False
        low, high = _national_lengths(digits)
        return low <= count <= high
    if len(groups) > 4:
        return False
    first = shadow[groups[0][0] : groups[0][1]]
    if len(groups) > 1 and len(shadow[groups[-1][0] : groups[-1][1]]) < 3:
        return False
    if digits[0] == "0":
        if len(digits) in (12, 13) and digits.startswith("08") and len(first) == 4:
            return True  # Indonesian mobile: 0812-3456-7890
        if len(digits) not in (10, 11) or digits[1] == "0":
            return False
        if len(digits) == 11 and not (digits[2] == "0" or digits[1] == "9"):
            return False  # eleven digits: 0X0 (Japanese mobile, IP, 0800) or 09XX (Philippines)
        if len(groups) > 1 and len(first) == 2 and first not in ("03", "04", "06"):
            return False  # the only two-digit area codes are Tokyo, Osaka and part of 04
        return len(groups) == 1 or len(first) >= 2
    # Without the trunk 0 only a parenthesised area code counts: (11) 91234-5678, (415) 555-0123
    # and the Brazilian mobile shape "11 91234-5678".
    a, b = groups[0]
    if (
        len(groups) == 3
        and len(first) == 2
        and shadow[groups[1][0] : groups[1][1]].startswith("9")
        and groups[1][1] - groups[1][0] == 5
        and groups[2][1] - groups[2][0] == 4
        and shadow[groups[1][1] : groups[2][0]] == "-"
    ):
        return True
    return (
        len(groups) >= 2
        and shadow[a - 1 : a] == "("
        and shadow[b : b + 1] == ")"
        and 2 <= len(first) <= 3
        and len(digits) in (10, 11)
    )


def _phones(shadow: str) -> Iterator[Candidate]:
    for run in _NUMBER_RUN.finditer(shadow):
        run_start = run.start()
        if run_start > 0 and shadow[run_start - 1] in "0123456789":
            continue
        glued = shadow[max(0, run_start - 3) : run_start].rstrip().endswith("〒")
        if run_start > 0 and shadow[run_start - 1] in _WORD_CHARS:
            # Glued to a word ("abc0054", "B6895012"): the first group belongs to that word
            # unless the word is a phone label ("TEL090...").
            word = _WORD_BEFORE.search(shadow, max(0, run_start - 12), run_start)
            glued = word is None or word.group().lower() not in _PHONE_LABELS
        groups = [(m.start() + run_start, m.end() + run_start) for m in _DIGITS.finditer(run[0])]
        # Which neighbouring groups may belong to one number (the text between them is a
        # separator: spaces, one dash or dot, parentheses).
        joins: list[bool] = []
        for (_, prev_end), (next_start, _) in zip(groups, groups[1:], strict=False):
            between = shadow[prev_end:next_start].replace("(", "").replace(")", "")
            ok = (
                next_start - prev_end <= 5
                and _PHONE_SEPARATOR.fullmatch(between) is not None
                and "+" not in shadow[prev_end:next_start]
                and not ("." in between and between.endswith((" ", "\t")))  # ". " ends a sentence
                # "090/1234/5678", "03/5362/9426", "0493/31/7221", but not a date's "04/01"
                and (
                    "/" not in between
                    or prev_end - groups[len(joins)][0] >= 3
                    or groups[len(joins) + 1][1] - next_start >= 3
                )
            )
            joins.append(ok)
        i = 0
        while i < len(groups):
            a, b = groups[i]
            between = shadow[groups[i - 1][1] : a] if i > 0 else ""
            if (i == 0 and glued) or (
                i > 0
                and joins[i - 1]
                and "(" not in between
                and any(c in "-ー一./・·" for c in between)
            ):
                i += 1  # never start in the middle of "1234-5678" or of "abc1234"
                continue
            before = shadow[max(run_start, a - 3) : a]
            international = "+" in before
            skip_prefix = 0
            digits_first = shadow[a:b]
            korean_mobile = (  # 010-1234-5678, not Japan's international prefix 010
                digits_first == "010"
                and i + 2 < len(groups)
                and joins[i]
                and joins[i + 1]
                and groups[i + 1][1] - groups[i + 1][0] == 4
                and groups[i + 2][1] - groups[i + 2][0] == 4
            )
            if not international and digits_first.startswith(("00", "010")) and not korean_mobile:
                # International call prefix from Japan or elsewhere: 010-81-..., 0081 ...
                prefix = "010" if digits_first.startswith("010") else "00"
                if len(digits_first) > len(prefix):
                    country = digits_first[len(prefix) :]
                elif i + 1 < len(groups) and joins[i]:
                    country = shadow[groups[i + 1][0] : groups[i + 1][1]]
                else:
                    country = ""
                if country[:1] in ("1", "7") or (len(country) >= 2 and country[0] != "0"):
                    international = True
                    skip_prefix = len(prefix)
            if (
                not international
                and digits_first == "81"
                and i + 2 < len(groups)
                and joins[i]
                and shadow[groups[i + 1][0] : groups[i + 1][0] + 1] != "0"
                and shadow[b : groups[i + 1][0]] in ("-", " ", ".")
            ):
                international = True  # Japan's country code without "+": "81-90-1234-5678"
            if (
                not international
                and digits_first[0] != "0"
                and shadow[a - 1 : a] != "("
                and len(digits_first) != 2
            ):
                i += 1  # a number here starts with "+", a trunk "0" or "(area code)"
                continue
            best = best_long = -1
            j = i
            while j < len(groups) and j - i < 8:
                if j > i and not joins[j - 1]:
                    break
                span_groups = groups[i : j + 1]
                if skip_prefix:
                    if len(digits_first) > skip_prefix:
                        span_groups = [(a + skip_prefix, b)] + span_groups[1:]
                    else:
                        span_groups = span_groups[1:]
                if span_groups and _phone_groups_valid(shadow, span_groups, international):
                    best = j
                    if j == i or groups[j][1] - groups[j][0] >= 3:
                        best_long = j  # prefer not to end on a stray short number
                j += 1
            if best_long >= 0:
                best = best_long
            if best < 0:
                i += 1
                continue
            start = a
            while (
                start > run_start
                and shadow[start - 1] in "+( \t"
                and (
                    shadow[start - 1] != " " or "+" in shadow[max(run_start, start - 4) : start - 1]
                )
            ):
                start -= 1
            while start < a and shadow[start] in " \t":
                start += 1
            end = groups[best][1]
            if shadow.count("(", start, end) > shadow.count(")", start, end) and (
                shadow[end : end + 1] == ")"
            ):
                end += 1
            unbalanced = shadow.count(")", start, end) > shadow.count("(", start, end)
            if unbalanced and start > 0 and shadow[start - 1] == "(":
                start -= 1
            yield "phone", start, end
            i = best + 1


def _cued_phones(shadow: str) -> Iterator[Candidate]:
    """Numbers after a phone cue ("Утас: 9911 2233", "手机 13800138000") and numbers shaped
    like a country's phone numbers (see `_PHONE_SHAPES`)."""
    if not _HAS_DIGIT.search(shadow):
        return
    for match in _PHONE_SHAPES.finditer(shadow):
        yield "phone", match.start(), match.end()
    for cue in _PHONE_CUE.finditer(shadow):
        gap = _PHONE_CUE_GAP.match(shadow, cue.end())
        if gap is None:
            continue
        run = _NUMBER_RUN.match(shadow, gap.end())
        if run is None:
            continue
        # Take groups while they read as one number: at most 15 digits, separators of at
        # most three characters, no one-digit group after the first two.
        groups = list(_DIGITS.finditer(shadow, run.start(), run.end()))
        count = 0
        end = run.start()
        for index, group in enumerate(groups):
            size = group.end() - group.start()
            if index and (
                group.start() - end > 3
                or (size == 1 and index > 1)
                or shadow[end : group.start()].strip(" \t()") not in ("", "-", ".", "/", "・", "·")
            ):
                break
            if count + size > 15:
                break
            count += size
            end = group.end()
        if end < len(shadow) and shadow[end] == ")":
            end += 1
        if not 8 <= count <= 15:
            continue
        text = shadow[run.start() : end]
        if _DATE_SHAPE.fullmatch(text.strip("() ")):
            continue  # "tel. 2024.04.01": a date after all
        if end < len(shadow) and (shadow[end].isalnum() and shadow[end].isascii()):
            continue  # glued to a word or a longer code
        start = run.start()
        if shadow[start] == "(" and ")" not in text:
            start += 1
        yield "phone", start, end


_DATE_SHAPE = re.compile(
    r"[0-9]{4}[./\-][0-9]{1,2}[./\-][0-9]{1,2}|[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{4}"
)


def _residence_cards(shadow: str) -> Iterator[Candidate]:
    for match in _RESIDENCE_CARD.finditer(shadow):
        head, tail = match.group()[:2], match.group()[-2:]
        if head.isupper() != tail.isupper() and not match.group()[2].isdigit():
            continue  # "RM 1234 5678 ok": a code, then a word
        yield "residence_card", match.start(), match.end()


def _my_numbers(shadow: str) -> Iterator[Candidate]:
    position = 0
    while (match := _MY_NUMBER.search(shadow, position)) is not None:
        # Candidates may overlap ("0880 4124 9653 6360", "1987 5772 7549 6125" after a date
        # of birth): look again one character further on; the caller picks among them.
        position = match.start() + 1
        first, sep1, second, sep2, third = match.groups()
        if sep1.isspace() != sep2.isspace() or bool(sep1) != bool(sep2):
            continue  # "1234 56789012", "1234 5678-9012": not one 4-4-4 grouping
        if (
            sep1.strip() == ""
            and sep1
            and all(1900 <= int(g) <= 2099 for g in (first, second, third))
        ):
            continue  # "2019 2020 2021": a list of years
        if my_number_is_valid(first + second + third):
            yield "my_number", match.start(), match.end()
    for match in _MY_NUMBER_HALVES.finditer(shadow):
        if my_number_is_valid(match.group(1) + match.group(2)):
            yield "my_number", match.start(), match.end()


def _passports(shadow: str) -> Iterator[Candidate]:
    keyword_positions: list[int] | None = None
    for match in _PASSPORT.finditer(shadow):
        letters, separator, grouped, _, _, suffix = match.groups()
        digits = grouped.replace(" ", "").replace("\t", "").replace(".", "").replace("-", "")
        if (
            separator
            and not letters.isupper()
            and (len(letters) < 2 or letters.lower() in _CARD_NOT_LETTERS)
        ):
            continue  # "is 1234567": a word and a number (other lower-case letters need a keyword)
        # Grouped digits ("TZ 123 4567") are a passport number only beside the word passport.
        japanese = (
            len(letters) == 2
            and letters.isupper()
            and len(digits) == 7
            and not suffix
            and digits == grouped
        )
        if not japanese:
            if not 7 <= len(digits) <= 8 and not (len(digits) == 6 and len(letters) == 2):
                continue
            if keyword_positions is None:
                keyword_positions = sorted(
                    p for m in _PASSPORT_KEYWORDS.finditer(shadow) for p in (m.start(), m.end())
                )
            if not _near(
                keyword_positions, match.start(), match.end(), _PASSPORT_BEFORE, _PASSPORT_AFTER
            ):
                continue
        yield "passport", match.start(), match.end()
    for keyword in _PASSPORT_KEYWORDS.finditer(shadow):
        # within a few characters (" number: ", "番号は", " N.º "), in the same sentence
        number = _PASSPORT_OTHER.match(shadow, keyword.end())
        if number is not None and not _SENTENCE_END.search(number.group("gap")):
            yield "passport", number.start("number"), number.end("number")


# ------------------------------------------------- structured numbers with any separators
# Residents group the characters of a number however they like ("AB12 3456 78CD",
# "1234.5678.9012", "12 3456 789 012", "090_1234_5678", "T Z 123-4567"). One separator unit
# after shadowing: up to three spaces, or one hyphen-like mark, dot, slash, middle dot,
# underscore or tilde with up to two spaces around it (dash look-alikes and the ideographic
# space are already ASCII in the shadow; "ー" and "一" are the IME's hyphens). The kind is then
# decided by the characters alone (shape, check digit, prefix) and, for the weaker shapes,
# by a keyword nearby, so the grouping never matters.
_ANY_SEP = r"(?:[ \t]{1,3}|[ \t]{0,2}[-ー一./・·_~][ \t]{0,2})"
_SEP_CHARS = " \t-ー一./・·_~"
_NOT_AROUND = r"A-Za-zÀ-ɏḀ-ỿЀ-ӿ0-9"
_SEPARATED_CARD = re.compile(
    rf"(?<![{_NOT_AROUND}])(?P<head>[A-Za-z]{_ANY_SEP}?[A-Za-z]){_ANY_SEP}?"
    rf"(?P<digits>[0-9](?:{_ANY_SEP}?[0-9]){{7}}){_ANY_SEP}?"
    rf"(?P<tail>[A-Za-z]{_ANY_SEP}?[A-Za-z])(?![{_NOT_AROUND}])"
)
_SEPARATED_PASSPORT = re.compile(
    rf"(?<![{_NOT_AROUND}])(?P<head>[A-Za-z](?:{_ANY_SEP}?[A-Za-z])?){_ANY_SEP}?"
    rf"(?P<digits>[0-9](?:{_ANY_SEP}?[0-9]){{5,7}}+)(?:{_ANY_SEP}?(?P<tail>[A-Za-z]))?"
    rf"(?![{_NOT_AROUND}])(?!{_ANY_SEP}(?:[0-9]|[A-Z]{{1,2}}(?![{_NOT_AROUND}])))"
)
# A run of digit groups joined by separator units; maximal (never starts or ends inside a
# longer run), at most 16 groups so that the scan stays linear.
_DIGIT_CHAIN = re.compile(rf"(?<![0-9])[0-9]++(?:{_ANY_SEP}[0-9]++){{0,15}}+(?!{_ANY_SEP}?[0-9])")
# Groups that read as a date or a range of them ("2024.1.5-2025.3.1", "2019 2020 2021").
_DATE_GROUPS = re.compile(r"(?:^|\D)(?:19|20)[0-9]{2}\D{1,5}(?:0?[1-9]|1[0-2])(?:\D|$)")
# Twelve digits after these are a parcel's, an order's or an invoice's number, whatever their
# check digit says ("追跡番号 3456 7890 1234", "tracking no. 3456-7890-1234").
_REFERENCE_LABEL = re.compile(
    r"(?:tracking|track|order|invoice|receipt|parcel|shipment|article|item|serial|ticket|booking"
    r"|reservation|pedido|rastreio|rastreamento|seguimiento|factura|đơn hàng|mã vận đơn"
    r"|追跡|伝票|問い?合わせ番号|注文|受付番号|品番|型番|予約|運单|运单|订单|快递|单号|송장|주문)"
    r"[^0-9\n]{0,16}$",
    re.IGNORECASE,
)


def _reference_number(shadow: str, start: int) -> bool:
    return _REFERENCE_LABEL.search(shadow, max(0, start - 30), start) is not None


# Upper-case pairs that are words or units before a number, not a passport's letters.
_NOT_PASSPORT_LETTERS = _words("NO TO IN ON AT AM PM ID OK JR TV PC NG US UK EU")


def _compact(shadow: str, start: int, end: int) -> str:
    return "".join(c for c in shadow[start:end] if c not in _SEP_CHARS)


def _separated_cards(shadow: str) -> Iterator[Candidate]:
    for match in _SEPARATED_CARD.finditer(shadow):
        head, tail = _compact(shadow, *match.span("head")), _compact(shadow, *match.span("tail"))
        spaced = match.start("digits") > match.end("head") or match.start("tail") > match.end(
            "digits"
        )
        if spaced and not (head.isupper() and tail.isupper()):
            if head.lower() in _CARD_NOT_LETTERS or tail.lower() in _CARD_NOT_LETTERS:
                continue  # "in 2024 0101 at": words around a number
            if head.isupper() != tail.isupper():
                continue  # "RM 1234 5678 ok": a code, then a word
        yield "residence_card", match.start(), match.end()


def _separated_passports(shadow: str) -> Iterator[Candidate]:
    keyword_positions: list[int] | None = None
    for match in _SEPARATED_PASSPORT.finditer(shadow):
        head = _compact(shadow, *match.span("head"))
        digits = _compact(shadow, *match.span("digits"))
        tail = match.group("tail") or ""
        if len(digits) < 6 or (len(digits) == 6 and len(head) < 2):
            continue
        plain = (
            match.end("head") - match.start("head") == 2
            and head.isupper()
            and match.end("digits") - match.start("digits") == 7
            and not tail
            and head not in _NOT_PASSPORT_LETTERS
        )
        if not plain:
            if head.lower() in _CARD_NOT_LETTERS and match.end("head") < match.start("digits"):
                continue
            if "." in shadow[match.start("head") : match.end("head")]:
                continue  # "C.P. 280-4458": an abbreviation (here the postal code's label)
            if keyword_positions is None:
                keyword_positions = sorted(
                    p for m in _PASSPORT_KEYWORDS.finditer(shadow) for p in (m.start(), m.end())
                )
            if not _near(keyword_positions, match.start(), match.end(), 60, 30):
                continue
        yield "passport", match.start(), match.end()


def _japanese_phone_digits(digits: str) -> bool:
    if len(digits) not in (10, 11) or digits[0] != "0" or digits[1] == "0":
        return False
    return len(digits) == 10 or digits[2] == "0" or digits[1] == "9"


def _separated_numbers(shadow: str) -> Iterator[Candidate]:
    """My Number and Japanese phone numbers however their digits are grouped."""
    for match in _DIGIT_CHAIN.finditer(shadow):
        start, end = match.span()
        if start > 0 and shadow[start - 1] in _WORD_CHARS:
            continue  # glued to a word: a code, a card or a passport's digits
        if end < len(shadow) and shadow[end] in _WORD_CHARS:
            continue
        digits = _compact(shadow, start, end)
        if len(digits) < 10:
            continue
        chain = match.group()
        plus = shadow[max(0, start - 2) : start].rstrip().endswith("+")
        japan_code = digits.startswith("81") and _japanese_phone_digits("0" + digits[2:])
        if (
            len(digits) == 12
            and not plus
            and not japan_code
            and _DATE_GROUPS.search(chain) is None
            and my_number_is_valid(digits)
        ):
            yield "my_number", start, end
            continue
        if plus and digits.startswith("81") and _japanese_phone_digits("0" + digits[2:]):
            yield "phone", shadow.rindex("+", 0, start), end
        elif not plus and _japanese_phone_digits(digits) and _DATE_GROUPS.search(chain) is None:
            yield "phone", start, end


# The end of a sentence ("No. 1234" is an abbreviation: a capital letter follows a real end).
_SENTENCE_END = re.compile(r"[\n。！？!?]|\.[ \t]+(?=[A-Z])")


def _address_end(shadow: str, start: int, barriers: list[int]) -> int:
    """End of the address that starts at `start` (just after a postal code), or `start`.

    The address never runs into another finding: `barriers` are their sorted starts.
    """
    limit = min(len(shadow), start + _ADDRESS_MAX)
    index = bisect_left(barriers, start)
    if index < len(barriers):
        limit = min(limit, barriers[index])
    position = start
    while position < limit and shadow[position] in " \t:：":
        position += 1
    body_start = position
    stop = _ADDRESS_STOP.search(shadow, body_start, limit)
    clause_end = stop.start() if stop else limit
    # In romanised addresses commas separate parts: keep going while the next part looks
    # like an address part (capitalised place, -ku/-shi, a number).
    while stop and shadow[stop.start()] in ",，" and clause_end < limit:
        after = stop.end()
        while after < limit and shadow[after] in " \t":
            after += 1
        following = _LATIN_TOKEN.match(shadow, after, limit)
        if following is None or not _latin_address_token(following.group()):
            break
        stop = _ADDRESS_STOP.search(shadow, following.end(), limit)
        clause_end = stop.start() if stop else limit
    # Japanese prose after the address: a particle or a run of kana that is not part of a
    # place name (さいたま市, つくば市 keep theirs).
    prose = _JAPANESE_PROSE.search(shadow, body_start, clause_end)
    if prose is not None:
        clause_end = prose.start()
    clause = shadow[body_start:clause_end]
    # Stop before the first word of prose ("and", "e", "và", "ako"...), keeping address words.
    for token in _LATIN_TOKEN.finditer(clause):
        if _PROSE_WORD.fullmatch(token.group()) and token.group() not in _LATIN_ADDRESS_WORDS:
            clause_end = body_start + token.start()
            break
    last = _LAST_ANCHOR.match(shadow, body_start, clause_end)
    return last.end() if last is not None and last.end() > body_start else start


def _latin_address_token(token: str) -> bool:
    token = token.strip(".")
    lowered = token.lower()
    return bool(
        any(ch.isdigit() for ch in token)
        or token[:1].isupper()
        or lowered in _LATIN_ADDRESS_WORDS
        or lowered.endswith(("-ku", "-shi", "-ken", "-to", "-cho", "-machi", "-fu"))
    )


def _postal_and_addresses(shadow: str, barriers: list[int]) -> Iterator[Candidate]:
    marked_starts: set[int] = set()
    for match in _POSTAL_MARKED.finditer(shadow):
        marked_starts.add(match.start(1))
        end = _address_end(shadow, match.end(), barriers)
        if end > match.end():
            yield "address", match.start(), end
        else:
            yield "postal_code", match.start(), match.end()
    keyword_positions: list[int] | None = None
    for match in _POSTAL_BARE.finditer(shadow):
        if match.start() in marked_starts:
            continue
        if keyword_positions is None:
            keyword_positions = [m.end() for m in _POSTAL_KEYWORDS.finditer(shadow)]
        hyphenated = not match.group().replace(" ", "").replace("\t", "").isdigit()
        near_keyword = _near(keyword_positions, match.start(), match.start(), 30, 0)
        place_after = _PLACE_AFTER.match(shadow, match.end()) is not None
        place_before = hyphenated and (
            _PLACE_BEFORE.search(shadow, max(0, match.start() - 24), match.start()) is not None
        )
        if near_keyword or (hyphenated and place_after) or place_before:
            end = _address_end(shadow, match.end(), barriers) if place_after else match.end()
            if end > match.end():
                yield "address", match.start(), end
            else:
                yield "postal_code", match.start(), match.end()


def _birth_dates(shadow: str) -> Iterator[Candidate]:
    if not _HAS_DIGIT.search(shadow):
        return
    for match in _BIRTH.finditer(shadow):
        yield "birth_date", match.start("date"), match.end("date")
    for match in _BIRTH_FORM_LABEL.finditer(shadow):
        if _BIRTH_VERB.match(match.group()):
            continue  # "born in Manila, arrived on: 2019/04/01": a verb is no form's label
        yield "birth_date", match.start("date"), match.end("date")
    if _BIRTH_AFTER_CUE.search(shadow):
        for match in _BIRTH_AFTER.finditer(shadow):
            if not _FULL_DATE.search(match.group("date")):
                continue  # "Honcho 7-9-28": a block number before a word, not a date
            yield "birth_date", match.start("date"), match.end("date")


def _japanese_addresses(shadow: str, barriers: list[int]) -> Iterator[Candidate]:
    """Addresses written without 〒: city or ward, town, then a block number."""
    if not _HAS_MUNICIPALITY.search(shadow) or not _HAS_DIGIT.search(shadow):
        return
    for match in _JP_ADDRESS.finditer(shadow):
        start = match.start()
        while shadow[start] in "はをにでがもと" and start + 1 < match.end():
            start += 1  # a particle before the place name: 住所はつくば市...
        end = max(match.end(), _address_end(shadow, match.end(), barriers))
        yield "address", start, end


def _service_of(word: str) -> tuple[str, str]:
    for kind, service, pattern in _SERVICE_LOOKUP:
        if pattern.fullmatch(word):
            return kind, service
    raise ValueError(word)  # pragma: no cover - the alternation is built from the same table


def _handles(
    shadow: str, services: dict[Candidate, str], covered: bytearray
) -> Iterator[Candidate]:
    """Messaging IDs and social handles given with the service's name before them.

    `covered` marks the characters of other findings (e-mail, phone, cards...): a handle
    never overlaps them ("YT-98320924-RK" is a residence card, "x@qq.com" an e-mail).
    """
    for match in _HANDLE.finditer(shadow):
        word, value = match.group("service"), match.group("value")
        labelled = match.group("label") is not None or word.endswith(("号", "號"))
        # the writer's own app ("meu LINE é ...", "LINE ko: ...") names the ID that follows
        owned = (
            word.lower() not in _AMBIGUOUS_SERVICE_WORDS or word == "LINE"
        ) and bool(  # "my line manager is kind" is no app
            _OWNER_BEFORE.search(shadow, max(0, match.start() - 8), match.start())
            or re.match(r"[ \t]{1,2}" + _POSSESSIVE, match.group("filler") or "")
        )
        connector = match.group("connector").strip()
        # "ID'm şu:", "ID-nya ...": a possessive on the label says the next word is the ID
        suffixed = match.group("suffix") is not None
        connected = bool(connector) or suffixed
        if (
            labelled
            and word != word.lower()
            and (match.group("label") or "").strip().lower() in ("id", "ｉｄ")
        ):
            connected = True  # "Line id khinlayjp ...": the app and "ID" together name it
        if not labelled and any(c in ",、，" for c in match.group("filler") or ""):
            continue  # across a comma only with a label: "add me on LINE, my ID is ..."
        at = value.startswith("@")
        value = value.rstrip("._-")
        start = match.start("value")
        end = start + len(value)
        if word.lower() == "x" and word != "X":
            continue
        if word.isascii() and start == match.end("service"):
            continue  # "x@qq.com", "LINEmaria": no gap between the service and the value
        if not at and shadow[start - 1 : start].isascii() and shadow[start - 1 : start].isalnum():
            continue  # "LINE IDmaria": no gap between the label and the value
        if any(covered[match.start() : end]):
            continue
        if _PAYMENT_AFTER.match(shadow, match.end("service")) and not labelled:
            continue  # "LINE Pay で ab_12 を払いました": a payment, not the app's ID
        ambiguous = word.lower() in _AMBIGUOUS_SERVICE_WORDS and word != "LINE"
        if ambiguous and shadow[match.end("service") : match.end("service") + 1] in ("'", "’"):
            continue  # "the line's length: ..."
        if at:
            if len(value) < 3:
                continue
        else:
            if ambiguous and not (labelled or connected):
                continue
            if len(value) < 3 or value.lower() in _HANDLE_STOPWORDS:
                continue
            letters = sum(c.isalpha() for c in value)
            if value.replace("-", "").replace(".", "").isdigit():
                # Digits only: an ID when labelled ("WhatsApp number 12345"); a phone number
                # there stays a phone number.
                if not labelled or len(value) < 5:
                    continue
            elif not (
                (letters >= 2 and any(c.isdigit() or c in "._-" for c in value))
                # a letter and digits after a label and a connector or a colon: "微信ID：k59714",
                # "LINE: o_1991", "WeChat: d93339"
                or (
                    letters >= 1
                    and value[0].isalpha()
                    and any(c.isdigit() or c in "._" for c in value)
                    and ((labelled and connected) or connector in (":", "："))
                )
                or (
                    letters == len(value)
                    and (labelled or (connector in (":", "：", "→", "->", "=") and not ambiguous))
                    and _clause_ends(shadow, end)
                )
                # a lower-case word after a label or a colon, then more words: "Line ID ko ay
                # zawwin mga ...", "kakao: enkhjargal Je ...", "Line: nwaltonjp"
                or (
                    letters == len(value)
                    # typed as a handle: all lower case, or all capitals after a label
                    and (value.islower() or (value.isupper() and labelled))
                    and len(value) >= 4
                    and (labelled or owned or connector in (":", "："))
                    and (connected or not ambiguous)
                    # without a label, prose goes on in lower case ("Zalo: nhanh hơn")
                    and (labelled or owned or not _LOWER_WORD_NEXT.match(shadow, end))
                    and value not in _NOT_HANDLE_WORDS
                    and not (owned and not labelled and value in _STATE_WORDS)
                )
            ):
                continue  # an ordinary word after the service's name
        kind, service = _service_of(word)
        candidate = (kind, start, end)
        services[candidate] = service
        yield candidate
    for match in _HANDLE_BEFORE.finditer(shadow):
        value = match.group("value").rstrip("._-")
        word = match.group("service") or match.group("messaging") or match.group("owned")
        start, end = match.start("value"), match.start("value") + len(value)
        if word.lower() == "x" and word != "X" or any(covered[start:end]):
            continue
        shaped = sum(c.isalpha() for c in value) >= 2 and any(
            c.isdigit() or c in "._-" for c in value
        )
        if value.startswith("@") or shaped:
            kind, service = _service_of(word)
            services[(kind, start, end)] = service
            yield kind, start, end


def _more_handles(
    shadow: str, services: dict[Candidate, str], covered: bytearray
) -> Iterator[Candidate]:
    """Messaging IDs in the other phrasings of `_MORE_HANDLES`; the handle must look like one."""
    if "追加" not in shadow and _ANY_MESSAGING.search(shadow) is None:
        return  # one scan instead of five for the texts that name no messaging app
    for index, pattern in enumerate(_MORE_HANDLES):
        for match in pattern.finditer(shadow):
            value = match.group("value").rstrip("._-")
            start = match.start("value")
            end = start + len(value)
            if any(covered[start:end]) or len(value) < 3:
                continue
            if shadow[start - 1 : start].isascii() and shadow[start - 1 : start].isalnum():
                continue
            if index in _VERB_PATTERNS and _plain_handle_after_verb(shadow, match, value, end):
                pass  # "ping me on telegram acostaannajp", "LINE me at hidekijp"
            elif (
                index == 0
                and (
                    re.search(r"[:：=→]", shadow[max(match.start(), start - 3) : start])
                    or match.group("suffix") is not None  # "LINE, ID-nya agungnugroho"
                )
                and len(value) >= 3
                and value.lower() not in _PLAIN_NOT_HANDLES
                and value.lower() not in _HANDLE_STOPWORDS
            ):
                pass  # the label and a colon or arrow say it: "ラインやってます（ID：mariasantos）"
            elif not value.startswith("@"):
                letters = sum(c.isalpha() for c in value)
                if not any(c.isdigit() or c in "._-" for c in value) or not (
                    letters >= 2
                    or (value[0].isalpha() and ("_" in value or "." in value))
                    or (value[0].isalpha() and sum(c.isdigit() for c in value) >= 4)
                ):
                    continue  # "k_1988", "t03205" are handles, "A123" a code
            word = match.groupdict().get("service")
            service = _service_of(word)[1] if word else "line"
            services[("messaging_id", start, end)] = service
            yield "messaging_id", start, end
    for match in _HANDLE_IN_OTHER_SCRIPT.finditer(shadow):
        value = match.group("value").rstrip("._-")
        start = match.start("value")
        end = start + len(value)
        before = shadow[max(0, match.start() - 12) : match.start()]
        if not re.search("[" + _OTHER_SCRIPT + "]", before + shadow[end : end + 3]):
            continue  # the sentence around is in Latin letters
        if value in _NOT_HANDLE_WORDS or value in _HANDLE_STOPWORDS or any(covered[start:end]):
            continue
        if _PAYMENT_AFTER.match(shadow, match.end("service")):
            continue
        if ("messaging_id", start, end) in services:
            continue
        services[("messaging_id", start, end)] = _service_of(match.group("service"))[1]
        yield "messaging_id", start, end
    for pattern in _NEAR_HANDLES:
        for match in pattern.finditer(shadow):
            word = match.group("service")
            if word.lower() in _AMBIGUOUS_SERVICE_WORDS and word != "LINE":
                # "line", "wa", "tg": only right before a handle with "_" or "@"
                # ("line maria_0312"), not "on line 2b" or "the line b12x".
                value = match.group("value")
                if shadow[match.end("service") : match.start("value")].strip() or not (
                    "_" in value or value.startswith("@")
                ):
                    continue
            if _PAYMENT_AFTER.match(shadow, match.end("service")):
                continue  # "LINE Pay", "微信支付": a payment, not the app's ID
            value = match.group("value").rstrip("._-")
            start = match.start("value")
            end = start + len(value)
            if _ANY_SERVICE.search(shadow, match.end("service"), start):
                continue  # "LINE or Instagram @maria_s": the nearer service owns the handle
            if any(covered[start:end]) or len(value) < 3 or _NOT_HANDLES.fullmatch(value):
                continue  # "COVID-19", "e.g.", "city.tokyo"
            # in brackets in a CJK sentence: "WeChat（lrocha）へどうぞ" (not "LINE (often)")
            bracketed = (
                shadow[start - 1 : start] in "(「『["
                and shadow[end : end + 1] in ")」』]"
                and _CJK_AROUND.search(shadow, max(0, start - 16), min(len(shadow), end + 4))
                is not None
            )
            if (
                not value.startswith("@")
                and not bracketed
                and not (
                    value[0].isalpha()
                    and sum(c.isalpha() for c in value) >= 2
                    and (
                        "_" in value
                        or "." in value
                        or ("-" not in value and any(c.isdigit() for c in value))
                    )
                )
            ):
                continue  # "3-chome", "Apt-201": an address part, not a handle
            if ("messaging_id", start, end) in services:
                continue  # found by a rule above, with its service
            services[("messaging_id", start, end)] = _service_of(word)[1]
            yield "messaging_id", start, end


# Facebook is found by the name on the profile: "FB: Juan Dela Cruz", "Facebook ko: Maria
# Santos po", "Facebook của tôi: Nguyễn Văn An", "Facebook名：山田花子". Two to four capitalised
# words (or two to four CJK or Hangul characters) after the network and a label or colon.
_FACEBOOK_NAME = re.compile(
    r"(?<![A-Za-z0-9_@.\-])(?P<service>(?i:facebook|face[ \t]?book|fb)|페이스북|フェイスブック|脸书|臉書"
    r"|(?i:фейсбук|фэйсбүүк)|เฟซบุ๊ก|เฟสบุ๊ค|ហ្វេសប៊ុក)(?![A-Za-z])"
    r"(?:[ \t]?(?i:名前|名|の名前|name|account|acc|ko|ku|saya|của[ \t]tôi|của[ \t]mình|do[ \t]meu|meu"
    r"|mi|is|là|é|es|ay|は|是|는|:|：|-)){1,3}[ \t]?"
    r"(?P<value>[^\W\d_][^\W\d_'’\-]{0,20}(?:[ \t][^\W\d_][^\W\d_'’\-]{0,20}){0,3}+)"
)
_NOT_PERSON_WORDS = _words(
    "city ward office bureau ministry japan tokyo osaka station hall center centre group page "
    "official support services service immigration embassy consulate association school "
    "university hospital church community news japanese"
)
# Particles that may follow a name at the end of a request: "Maria Santos po", "... nhé".
_PARTICLE_AFTER = re.compile(r"[ \t](?:po|nhé|nha|ạ|lang|na|ka|ho|yo|ya)(?![^\W\d_])")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7a3]{2,4}")


def _facebook_names(
    shadow: str, services: dict[Candidate, str], covered: bytearray
) -> Iterator[Candidate]:
    """The name on a Facebook profile given as the way to find the resident."""
    for match in _FACEBOOK_NAME.finditer(shadow):
        value = match.group("value")
        start = match.start("value")
        cjk = _CJK_NAME.match(value)
        if cjk is not None:
            end = start + cjk.end()
            if end < len(shadow) and "\u4e00" <= shadow[end] <= "\u9fff":
                continue  # more kanji follow: a phrase, not a name
        else:
            words = value.split()
            kept = []
            for word in words:
                if not word[0].isupper() or word.lower() in _NOT_PERSON_WORDS:
                    break
                kept.append(word)
            if len(kept) < 2 or len(kept) < len(words) and words[len(kept)][0].isupper():
                continue  # one word, or an institution's name
            end = start + len(" ".join(kept))
            following = _PARTICLE_AFTER.match(shadow, end)
            if not _clause_ends(shadow, end) and following is None:
                continue  # "Facebook is Very Slow today": prose goes on
        if any(covered[start:end]):
            continue
        candidate = ("social_profile", start, end)
        services[candidate] = "facebook"
        yield candidate


def _near_social_handles(
    shadow: str, services: dict[Candidate, str], covered: bytearray
) -> Iterator[Candidate]:
    """An "@handle" a few words after a network's name (see `_NEAR_SOCIAL_HANDLE`), or
    before "on <network>" ("follow @maria_s on X", "@rosa.lima sa Instagram")."""
    if "@" not in shadow:
        return
    for match in _SOCIAL_HANDLE_ON.finditer(shadow):
        word = match.group("service")
        if word.lower() in _AMBIGUOUS_SERVICE_WORDS and not (word == "X" or len(word) > 2):
            continue
        start, end = match.start("value"), match.end("value")
        if any(covered[start:end]) or not (
            _personal_handle(match.group("value"))
            or _IDENTITY_BEFORE.search(shadow, max(0, start - 16), start)
        ):
            continue  # "Follow @tokyo_city on X": a city's or a company's account stays
        candidate = ("social_profile", start, end)
        if candidate not in services:
            services[candidate] = _service_of(word)[1]
            yield candidate
    for match in _NEAR_SOCIAL_HANDLE.finditer(shadow):
        word = match.group("service")
        start, end = match.start("value"), match.end("value")
        gap = shadow[match.end("service") : start]
        if (
            word.lower() in _AMBIGUOUS_SERVICE_WORDS
            and len(word) < 5
            and not (len(gap) <= 12 and (not gap.strip(" \t:：の") or _FIRST_PERSON.search(gap)))
        ):
            # "x", "ig", "fb": too short to own a handle further on ("insta" is not), unless
            # the handle follows at once ("Xの@...") or is the writer's ("ig của em @...")
            continue
        if any(covered[start:end]) or _ANY_SERVICE.search(shadow, match.end("service"), start):
            continue
        if (
            "," in gap
            and not _personal_handle(match.group("value"))
            and not _HANDLE_LABEL_BEFORE.search(gap)
            and not (
                not gap.rsplit(",", 1)[1].strip()
                and _FIRST_PERSON.search(shadow, max(0, match.start() - 48), match.start())
            )
        ):
            # "on Instagram, posted by @tokyo_city": across a comma, a person's handle only,
            # or one the writer gives as theirs right after the comma ("I post it on insta,
            # @...") or with its label ("нік @...")
            continue
        candidate = ("social_profile", start, end)
        if candidate not in services:
            services[candidate] = _service_of(word)[1]
            yield candidate
    for match in _OWN_SOCIAL_HANDLE.finditer(shadow):
        word = match.group("service")
        start, end = match.start("value"), match.end("value")
        if word.lower() in _AMBIGUOUS_SERVICE_WORDS and word != "X" and len(word) < 2:
            continue
        if any(covered[start:end]) or _ANY_SERVICE.search(shadow, match.end("service"), start):
            continue
        if not _FIRST_PERSON.search(shadow, max(0, match.start() - 40), start):
            continue  # nobody says it is theirs: a public account may be named so
        candidate = ("social_profile", start, end)
        if candidate not in services:
            services[candidate] = _service_of(word)[1]
            yield candidate


def _personal_handle(handle: str) -> bool:
    """A handle that looks like a person's: a digit in it, or a part from the name lists
    ("@aimee1995", "@cabrera.lovely"; not "@tokyo_city")."""
    if any(c.isdigit() for c in handle):
        return True
    parts = re.split(r"[._@\-]+", handle)
    return any(len(part) >= 3 and name_lists.is_known(part) for part in parts)


_CJK_AROUND = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_SOCIAL_HANDLE_ON = re.compile(
    r"(?<![A-Za-z0-9_@.\-/:#%+])(?P<value>@[A-Za-z0-9][A-Za-z0-9._]{1,30}+)(?<![.])"
    r"[ \t]+(?:on|at|in|en|em|no|na|sa|di|trên|на|auf)[ \t]+(?P<service>"
    + "|".join(words for kind, _, words in _SERVICE_WORDS if kind == "social_profile")
    + r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# An "@handle" in the same line after a network's name, across an exclamation or a few
# words: "インスタやってます！@rosa_lima_jp", "Sígueme en Instagram!! @rosa.lima".
_SOCIAL_WORDS = "|".join(words for kind, _, words in _SERVICE_WORDS if kind == "social_profile")
_ANY_SOCIAL = re.compile(r"(?<![A-Za-z])(?:" + _SOCIAL_WORDS + r")(?![a-z])[^\n]*$", re.IGNORECASE)
# The handle's own label right before it: "нік @...", "username: @...".
_HANDLE_LABEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:nick(?:name)?|ник|нік|username|user[ \t]?name|usuario|usuário|kullanıcı"
    r"[ \t]adı|ユーザー名|用户名|아이디)[ \t:：]*$",
    re.IGNORECASE,
)
_NEAR_SOCIAL_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.\-])(?P<service>"
    + _SOCIAL_WORDS
    + ")"
    + _SERVICE_END
    + r"[^\n@。.、;]{0,20}?(?<![A-Za-z0-9_@.\-/:#%+])"
    r"(?P<value>@[A-Za-z0-9][A-Za-z0-9._]{1,30}+)(?<![.])(?![A-Za-z0-9@/]|:/)",
    re.IGNORECASE,
)
# The writer's own account further on in the clause, given with "is", "as" or a colon: "the
# tiktok account where I filmed it is @...", "I post them on ig as @...". Taken only when the
# writer speaks in the clause (`_FIRST_PERSON`): "the city's instagram is @tokyo_city" stays.
_OWN_SOCIAL_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.\-])(?P<service>"
    + _SOCIAL_WORDS
    + ")"
    + _SERVICE_END
    + r"[^\n@。.!?！？;]{0,48}?(?:[ \t](?:is|as|là|é|es|como|sebagai|ay|ni|как|як)|[:：=])"
    r"[ \t]{0,2}(?P<value>@[A-Za-z0-9][A-Za-z0-9._]{1,30}+)(?<![.])(?![A-Za-z0-9@/]|:/)",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"(?<![^\W\d_])(?:i|i'm|im|my|me|mine|yo|mi|mis|eu|meu|minha|saya|aku|ako|ko|akin|tôi|em"
    r"|mình|я|мой|моя|мою|мои|мій|мої|ben|benim|би|миний)(?![^\W\d_])|我|私|僕|저는|제|나는|내",
    re.IGNORECASE,
)
# Saying who the writer is right before the handle: "I'm @... on twitter", "soy @... en tiktok".
_IDENTITY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:i'm|im|i[ \t]am|this[ \t]is[ \t]me|soy|sou|saya|aku|ako[ \t]si|я)[ \t:]*$"
    r"|(?:我是|私は)[ \t]*$",
    re.IGNORECASE,
)


# The patterns of `_MORE_HANDLES` with a verb before or as the app ("contact me on ...",
# "LINE me at ..."): after them a plain lower-case word at the end of its clause is a handle.
_VERB_PATTERNS = (2, 3)
# Lower-case words that end such a clause and are no handle.
_PLAIN_NOT_HANDLES = _words(
    "today tomorrow tonight please anytime anyway instead always again later first thanks "
    "thank everyday weekdays weekends before after there here about everyone directly "
    "quickly instead sometimes usually mostly nowadays"
)


def _plain_handle_after_verb(shadow: str, match: re.Match[str], value: str, end: int) -> bool:
    word = match.group("service")
    return (
        value.isalpha()
        and value.islower()
        and len(value) >= 5
        and value not in _NOT_HANDLE_WORDS
        and value not in _HANDLE_STOPWORDS
        and value not in _PLAIN_NOT_HANDLES
        # "on line" is also "online", "my line manager" a manager
        and (word.lower() not in _AMBIGUOUS_SERVICE_WORDS or word == "LINE")
        and _clause_ends(shadow, end)
    )


_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-zà-ɏḀ-ỿ]")
# What residents say of their app after "my LINE is": not an ID.
_STATE_WORDS = _words(
    "broken blocked down full gone hacked new old same different private deleted banned better "
    "worse slow fast free best busy open closed full off working updated offline online there "
    "quebrado bloqueado melhor pior novo roto bloqueado mejor peor nuevo lento rapido rápido"
)
_OWNER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:my|meu|minha|mi|mon|ma|o meu|a minha|nosso|nuestro|мой|моя|мій|миний"
    r"|benim)[ \t]+$",
    re.IGNORECASE,
)


def _clause_ends(shadow: str, position: int) -> bool:
    """True when no Latin word follows `position` in its clause ("WeChat: lanhoa." but not
    "Zalo: nhanh hơn")."""
    after = shadow[position : position + 2]
    if not after or after[0] in ".,;!?)\n\"'":  # a closing quote too: LINE ID is "tarok"
        return True
    if after[0] in " \t":
        return len(after) < 2 or not (after[1].isascii() and after[1].isalpha())
    return not after[0].isascii()


_GROUP_MEMBER_PATH = re.compile(r"groups/[^/?#\s]+/user/[A-Za-z0-9.]+", re.IGNORECASE)
_X_USER_NUMBER_PATH = re.compile(r"i/user/[0-9]+", re.IGNORECASE)


def _profile_links(shadow: str, services: dict[Candidate, str]) -> Iterator[Candidate]:
    """Links to a person's profile (facebook.com/maria.santos.77) or chat (line.me/ti/p/~x)."""
    if "/" not in shadow:
        return
    for match in _PROFILE_URL.finditer(shadow):
        kind, service = _PROFILE_HOSTS[match.group("host").lower()]
        start = match.start()
        end = _trim_end(shadow, match.start("path"), match.end(), _SENTENCE_TRAIL + ")")
        path = shadow[match.start("path") : end].lstrip("/")
        segments = re.split(r"[/?#]", path, maxsplit=2)
        first = segments[0].lower()
        # facebook.com/share/1AbCdEf/ shares a profile; share/p/, /v/, /r/, /g/ a post,
        # video, reel or group.
        shared_profile = (
            service == "facebook"
            and first == "share"
            and len(segments) > 1
            and len(segments[1]) > 1
        )
        # a chat app's invitation may carry its code in the query alone: invite.viber.com/?g2=...
        invitation = kind == "messaging_id" and not first and "=" in path
        # a member of a Facebook group (groups/<group>/user/<id>/) and X's link by a user's
        # number (i/user/<id>) are a person, though groups/ and i/ alone are not
        member = (service == "facebook" and _GROUP_MEMBER_PATH.match(path)) or (
            service == "x" and _X_USER_NUMBER_PATH.match(path)
        )
        if (
            not shared_profile
            and not invitation
            and not member
            and (not first or first in _NOT_PROFILE_PATHS[service] or first in _NOT_PROFILE_PAGES)
        ):
            continue
        if first == "profile.php":
            if not re.search(r"[?&]id=[0-9]", path):
                continue  # profile.php names a person only with its id
        elif any(
            "." in segment and segment.rsplit(".", 1)[1].lower() in _PAGE_SUFFIXES
            for segment in re.split(r"[/?#]", path)[:8]
        ):
            continue  # index.php, ja/soudan/input.html: a page, not a user name
        candidate = (kind, start, end)
        services[candidate] = service
        yield candidate


# WeChat's internal IDs ("wxid_k2j3h4g5f6") are one person's account wherever they stand.
_WECHAT_INTERNAL_ID = re.compile(r"(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_\-]{4,30}+", re.IGNORECASE)


# QQ numbers: five to eleven digits after "QQ号" or "QQ:" ("QQ号：123456789", "我的QQ是987654321");
# "QQ 5588254" is a passport's or residence card's letters.
_QQ_NUMBER = re.compile(
    r"(?<![A-Za-z])qq(?:(?:号码|號碼|号|號)[ \t]?(?:是|为|為|:|：)?|[ \t]?(?:是|为|為|:|：|is))[ \t]?"
    r"(?P<value>[1-9][0-9]{4,10})(?![0-9A-Za-z])",
    re.IGNORECASE,
)


# Links that open a chat in the app itself: "line://ti/p/~maria", "tg://resolve?domain=ivan",
# "viber://chat?number=%2B84...", "weixin://dl/chat?wang_1990". The link is the person's address
# in that app, whatever the path: all of it goes.
_APP_SCHEMES = {
    "line": "line",
    "weixin": "wechat",
    "wechat": "wechat",
    "tg": "telegram",
    "telegram": "telegram",
    "viber": "viber",
    "whatsapp": "whatsapp",
    "zalo": "zalo",
    "kakaotalk": "kakaotalk",
    "kakaoopen": "kakaotalk",
    "kakaoplus": "kakaotalk",
}
_APP_LINK = re.compile(
    r"(?<![A-Za-z0-9+.\-])(?P<scheme>" + "|".join(_APP_SCHEMES) + r")://"
    r"[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]{2,200}+",
    re.IGNORECASE,
)


def _self_evident_ids(shadow: str, services: dict[Candidate, str]) -> Iterator[Candidate]:
    """Messaging IDs that need no app named beside them (wxid_..., an app's own chat link),
    or whose shape with the app's name is enough (QQ numbers)."""
    lowered = shadow.lower()
    if "://" in shadow:
        for match in _APP_LINK.finditer(shadow):
            start, end = match.start(), _trim_end(shadow, match.start(), match.end())
            candidate = ("messaging_id", start, end)
            services[candidate] = _APP_SCHEMES[match.group("scheme").lower()]
            yield candidate
    if "wxid" in lowered:
        for match in _WECHAT_INTERNAL_ID.finditer(shadow):
            candidate = ("messaging_id", match.start(), match.end())
            services[candidate] = "wechat"
            yield candidate
    if "qq" in lowered:
        for match in _QQ_NUMBER.finditer(shadow):
            candidate = ("messaging_id", match.start("value"), match.end("value"))
            services[candidate] = "qq"
            yield candidate


# Words before a plain "at" that are prose ("I met him at Yahoo. Com"), not a mailbox.
_AT_PROSE = _PROVIDER_PROSE | _words(
    """i me him her them us we you it he she they am is are was were be been live lives lived
    living study studies studied stay stays stayed arrive arrived meet look looking see saw seen
    shop shopping buy bought bought staff worker student students here there this that one
    and or but not only also was be ko ako siya kami tayo sila po na ng sa"""
)
# "at" words that are never prose in their language (unlike English "at", Tagalog "at", "et").
_PLAIN_AT = _words("at et ат ет @")


def _written_out_address(shadow: str, match: re.Match[str]) -> bool:
    """Whether an at-word between a handle and a domain of any provider makes an address:
    the at-word is unambiguous (アット, arroba, собака, 골뱅이...), a dot was spelt out, or
    the handle looks like one (a digit, ".", "_", "-") rather than a prose word."""
    local = match.group("local")
    at_word = shadow[match.end("local") : match.start("domain")].strip().lower()
    if at_word not in _PLAIN_AT:
        return True
    if any(c.isdigit() or c in "._-" for c in local):
        return True
    domain = shadow[match.start("domain") : match.end()]
    # the dots spelt out too ("maria at empresa dot com dot br"), or a spaced "@"
    # ("maria @ empresa.com.br", not "my tiktok is @otgonbayar.jp")
    return (
        ("." not in domain or at_word == "@") and len(local) >= 3 and local.lower() not in _AT_PROSE
    )


def _spelt_emails(shadow: str) -> Iterator[Candidate]:
    """E-mail addresses with the "@" or the dots written out ("maria at gmail dot com")."""
    position = 0
    while (match := _SPELT_EMAIL.search(shadow, position)) is not None:
        position = match.start() + 1
        domain_start = match.start("domain")
        labels = [domain_start]
        labels.extend(m.end() for m in _SPELT_DOT_SPLIT.finditer(shadow, domain_start, match.end()))
        # The address ends at its last top-level domain ("... dot com. Thanks" ends at com).
        end = None
        for index in range(len(labels) - 1, 0, -1):
            label_end = _LABEL_END.match(shadow, labels[index])
            if label_end and label_end.group().lower() in _TOP_LEVEL_DOMAINS:
                end = label_end.end()
                break
        if end is None:
            continue
        names = {
            shadow[a : _LABEL_END.match(shadow, a).end()].lower()  # type: ignore[union-attr]
            for a in labels
            if a < end
        }
        if (
            match.group("bracket") is None
            and not names & _MAIL_PROVIDERS
            and not _written_out_address(shadow, match)
        ):
            continue  # "I work at Toyota dot com": prose, not an address
        yield "email", match.start(), end
        position = end
    for match in _PROVIDER_ONLY_EMAIL.finditer(shadow):
        local = match.group("local").lower()
        if local in _NOT_LOCAL_PARTS or local in _PROVIDER_PROSE:
            continue
        yield "email", match.start(), match.end()
    for match in _LABELLED_MAILBOX.finditer(shadow):
        value = match.group("value").rstrip("._-")
        qq = match.group("mailbox").lower().startswith("qq")  # QQ mail: the QQ number
        if (qq and value.isdigit() and len(value) >= 5) or (
            any(c.isdigit() or c in "._" for c in value) and any(c.isalpha() for c in value)
        ):
            yield "email", match.start("value"), match.start("value") + len(value)
    for match in _DISGUISED_EMAIL.finditer(shadow):
        raw = match.group("at")
        # An ordinary address or a plain spaced "at" is the rules' above; an "@" after a line
        # break ("maria\n@gmail.com"), a glued "AT" ("mariaATgmail.com") and commas for the
        # dots after an "@" ("maria@so-net,ne,jp") are disguises.
        rest = match.group("rest")
        plain = "\n" not in raw and raw != "AT" and raw.strip().lower() in _PLAIN_AT
        if plain and (raw.strip() != "@" or "," not in rest):
            continue
        if match.group("word") and _JOINING_WORD.fullmatch(match.group("word").strip()):
            continue  # "Facebookやgmail.com": two services, not an address
        tld = bool(rest)
        provider = match.group("provider").lower()
        if not tld and (match.group("word") or provider not in _MAIL_ONLY_PROVIDERS.split("|")):
            continue  # "Tanakaさんのgmail": a word and a provider, not an address
        if match.group("local").lower() in _AT_PROSE | _NOT_LOCAL_PARTS:
            continue
        yield "email", match.start(), match.end()
    for match in _UNLISTED_PROVIDER_EMAIL.finditer(shadow):
        if match.group("provider").lower() in _MAIL_DOMAIN_SET:
            continue  # a listed provider's address is the pattern's above
        # the word inside its brackets or symbols ("(at)", "((at))", "《小老鼠》")
        at_word = re.sub(
            r"^[^\w]+|[^\w]+$", "", shadow[match.end("local") : match.start("provider")]
        )
        if at_word.strip().isascii() and not _LATIN_AT_WORD.fullmatch(at_word.strip()):
            continue  # "Apple (AAPL) apple.com": a word in Latin letters must say "at"
        if match.group("local").lower() in _AT_PROSE | _NOT_LOCAL_PARTS | _PROVIDER_PROSE:
            continue
        yield "email", match.start(), match.end()
    for match in _STAND_IN_EMAIL.finditer(shadow):
        domain_labels = match.group("domain").lower().split(".")
        if domain_labels[-1] not in _TOP_LEVEL_DOMAINS:
            continue
        symbol = re.escape(match.group("symbol"))
        # The note: the symbol, then "@" within a few characters ("★を@に", "★→@", "# = @",
        # "replace ★ with @"), or "@" then the symbol ("@は★").
        note = re.search(
            symbol + r"[^\n]{0,12}?@|@[^\n]{0,6}?" + symbol,
            shadow[match.end() : match.end() + 60],
        ) or re.search(
            symbol + r"[^\n]{0,12}?@|@[^\n]{0,6}?" + symbol,
            shadow[max(0, match.start() - 60) : match.start()],
        )
        # A pictograph ("◎", "♡", "▲") between a name and a domain is no prose, so it needs no
        # note; an ASCII symbol ("#", "&", "*") does, and "5★ booking.com" is a rating.
        pictograph = not match.group("symbol").isascii() and re.search(
            r"[A-Za-z].*[A-Za-z0-9]|[A-Za-z0-9].*[A-Za-z]",
            shadow[match.start() : match.start("symbol")].strip(),
        )
        if note is None and not pictograph and not set(domain_labels) & _MAIL_PROVIDERS:
            continue
        yield "email", match.start(), match.end()


_LABEL_END = re.compile(r"[A-Za-z0-9\-]{1,63}|" + _SPOKEN_TLD)


def _fold(token: str) -> str:
    """Lowercase without diacritics: "Chōme" -> "chome", "Tōkyō-to" -> "tokyo-to"."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _roman_part(token: str) -> str | None:
    """What an address token is: "number", "municipality", "prefecture", "part" or None."""
    bare = token.rstrip(".,'’")
    if not bare:
        return None
    if bare[0].isdigit() or bare[0] == "#":
        return "number" if len(bare) <= 16 else None
    folded = _fold(bare)
    if folded.endswith(_MUNICIPALITY_SUFFIXES) or folded in _MUNICIPALITY_WORDS:
        return "municipality"
    if folded in _PREFECTURE_WORDS or (
        folded.endswith(_PREFECTURE_SUFFIXES) and folded.rsplit("-", 1)[0] in _PREFECTURE_WORDS
    ):
        return "prefecture"
    if folded in _ROMAN_NOT_ADDRESS:
        return None
    if folded in _ROMAN_ADDRESS_WORDS or bare[0].isupper():
        return "part"
    if (
        len(folded) >= 4
        and folded not in _ROMAJI_NOT_ADDRESS
        and _ROMAJI.fullmatch(folded.replace("-", ""))
    ):
        return "part"  # an address typed in lower case: "2-8-1 nishishinjuku, shinjuku-ku"
    return None


def _romanised_addresses(
    shadow: str, barriers: list[int], findings: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """Romanised addresses without 〒: a block number among address parts.

    `findings` are the extents of other findings (sorted, disjoint): a block number inside one
    ("+81 90-3190-4815") is part of it."""
    for block in _BLOCK_NUMBER.finditer(shadow):
        start, end = block.start(), block.end()
        text = block.group()
        if block.group("block") and re.fullmatch(r"[0-9]{3}-[0-9]{4}", text):
            continue  # a postal code (found by its own rule)
        if _inside_any(findings, ("address", start, end)):
            continue
        index = bisect_left(barriers, start)
        if index < len(barriers) and barriers[index] < end:
            continue  # a phone number or other finding
        dotted = block.group("dotted") is not None
        strong = (
            block.group("chome") is not None
            or text.count("-") >= 2
            or dotted
            or block.group("banchi") is not None
        )
        parts: set[str] = set()
        places = 0  # capitalised place names around the block number
        # Address parts after the block number.
        position = end
        limit = barriers[index] if index < len(barriers) else len(shadow)
        for _ in range(_ROMAN_TOKENS_AFTER):
            gap = _ROMAN_GAP.match(shadow, position)
            token = _ROMAN_TOKEN.match(shadow, gap.end()) if gap else None
            if token is None or token.end() > limit:
                break
            kind = _roman_part(token.group())
            if kind is None:
                break
            parts.add(kind)
            places += kind == "part" and token.group()[:1].isupper()
            word = token.group()
            if word.endswith(".") and _fold(word.rstrip(".")) not in _ROMAN_ADDRESS_WORDS:
                end = token.end() - 1  # "Tokyo." ends the sentence
                break
            end = token.end()
            position = end
        # Address parts before it.
        position = start
        for _ in range(_ROMAN_TOKENS_BEFORE):
            word_end = position
            while word_end > 0 and position - word_end < 6 and shadow[word_end - 1] in " \t,、":
                word_end -= 1
            if word_end == position or word_end == 0:
                break
            token_start = word_end
            while (
                token_start > 0
                and word_end - token_start < 41
                and (
                    shadow[token_start - 1] in _ROMAN_TOKEN_CHARS
                    or "À" <= shadow[token_start - 1] <= "ỿ"
                )
            ):
                token_start -= 1
            word = shadow[token_start:word_end]
            if not word or word.endswith("."):
                break
            between = bisect_left(barriers, token_start)
            if (between < len(barriers) and barriers[between] < word_end) or _inside_any(
                findings, ("address", token_start, word_end)
            ):
                break  # a passport number or other finding before the address
            kind = _roman_part(word)
            if kind is None:
                break
            parts.add(kind)
            places += kind == "part" and word[:1].isupper()
            position = start = token_start
            if token_start > 0 and shadow[token_start - 1] not in " \t,、":
                break
        # A chōme-ban-gō number with a town and a city named, even without -shi or -ku:
        # "7-33-18 Sakae, Kawaguchi", "Kawaguchi Tsurumi 1-35-7".
        # With "I live at" or an address label just before, a town is enough: "I live at
        # 3-2-1 Shiba", "Địa chỉ: 3-2-1 Shiba".
        if dotted and not places:
            continue  # "on 6.12.24 in Tokyo" is a date: dotted numbers need a town named
        cue = _LIVING_CUE.search(shadow, max(0, start - 30), start) if strong and places else None
        living = cue is not None and not re.search(r"[.。!?！？\n]", shadow[cue.end() : start])
        if "municipality" in parts or (strong and ("prefecture" in parts or places >= 2)) or living:
            yield "address", start, end


_LIVING_CUE = re.compile(
    _keyword_alternation(
        (
            r"live\s?(?:at|in)",
            r"living\s?(?:at|in)",
            r"moro\s?(?:em|na|no)",
            r"vivo\s?en",
            r"tinggal\s?di",
            r"s[ốo]ng\s?[ởo]",
            r"nakatira\s?(?:sa|ako\s?sa)",
            r"ya[şs][ıi]yorum",
            r"живу",
            r"мешкаю",
            r"address(?:es)?",
            r"endere[çc]o",
            r"direcci[óo]n",
            r"đ[ịi]a\s?ch[ỉi]",
            r"alamat",
            r"tirahan",
            r"адрес\w*",
            r"adres(?:i|im)?",
            r"хаяг",
        ),
        ("住所", "住んで", "地址", "住址", "주소", "ที่อยู่", "ठेगाना", "လိပ်စာ", "អាសយដ្ឋាន"),
    ),
    re.IGNORECASE,
)


def _merge_addresses(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping address candidates (〒 rule, kanji rule, romanised rule) become one."""
    addresses = sorted(c for c in candidates if c[0] == "address")
    if len(addresses) < 2:
        return candidates
    merged: list[Candidate] = []
    for candidate in addresses:
        if merged and candidate[1] < merged[-1][2]:
            if candidate[2] > merged[-1][2]:
                merged[-1] = ("address", merged[-1][1], candidate[2])
            continue
        merged.append(candidate)
    return [c for c in candidates if c[0] != "address"] + merged


def _inside_any(extents: list[tuple[int, int]], candidate: Candidate) -> bool:
    """True when `candidate` overlaps one of the sorted, disjoint `extents`."""
    _, start, end = candidate
    index = bisect_left(extents, (start, start))
    if index > 0 and extents[index - 1][1] > start:
        return True
    return index < len(extents) and extents[index][0] < end


def _union(extents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`extents` (any order, overlapping or not) as sorted, disjoint extents, for
    `_inside_any` (a bisection, so that a text with thousands of findings stays linear)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(extents):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _within_any(extents: list[tuple[int, int]], candidate: Candidate) -> bool:
    """True when `candidate` lies wholly inside one of the sorted, disjoint `extents`."""
    _, start, end = candidate
    index = bisect_left(extents, (start + 1, start + 1)) - 1
    return index >= 0 and extents[index][0] <= start and end <= extents[index][1]


def _names(
    text: str, origin: list[int] | None, extra: Sequence[tuple[int, int]] = ()
) -> Iterator[Candidate]:
    """Names found in the original text (and `extra` names found there by other means), as
    shadow offsets like every other candidate."""
    for start, end in [*find_names(text), *extra]:
        if origin is not None:
            # The first shadow character of the name, and the first one after it.
            start, end = bisect_left(origin, start), bisect_left(origin, end)
        if end > start:
            yield "name", start, end


# ------------------------------------------------------------------------------ public API


def find_pii(text: str, extra_names: Sequence[tuple[int, int]] = ()) -> list[PiiSpan]:
    """Every piece of personal data found in `text`: non-overlapping, sorted by start.

    Offsets are into `text` as given (not a normalised copy). `extra_names`: names of persons
    found by other means (the worker's contextual finder, classifiers.name_finder), as
    (start, end) offsets into `text`; they give way to any other finding they overlap.
    """
    if not text:
        return []
    shadow, origin = _shadow(text)
    url_extents: list[tuple[int, int]] = []
    candidates: list[Candidate] = list(_urls(shadow, url_extents))
    candidates.extend(_names(text, origin, extra_names))
    phones = list(_phones(shadow))
    # Twelve digits inside a number with a country code are that phone number's digits, and
    # four-digit groups that start inside a phone number belong to it.
    international = [
        (start, end)
        for _, start, end in phones
        if "+" in shadow[start : start + 3] or shadow.startswith(("00", "010"), start)
    ]
    phone_extents = [(start, end) for _, start, end in phones]
    separated = list(_separated_numbers(shadow))
    my_numbers = [
        c
        for c in [*_my_numbers(shadow), *(c for c in separated if c[0] == "my_number")]
        if not _within_any(international, c)
        and not _within_any(phone_extents, ("phone", c[1], c[1] + 1))
        and not _reference_number(shadow, c[1])
    ]
    # Numbers after a phone cue or of a country's shape that the rule above did not take.
    phone_union = _union(phone_extents)
    phones.extend(c for c in _cued_phones(shadow) if not _inside_any(phone_union, c))
    phones.extend(c for c in separated if c[0] == "phone" and not _inside_any(phone_union, c))
    services: dict[Candidate, str] = {}  # the app or network of messaging IDs and profiles
    profiles = list(_profile_links(shadow, services))
    profiles.extend(_self_evident_ids(shadow, services))
    others: list[Candidate] = [
        *_emails(shadow),
        *_spelt_emails(shadow),
        *_residence_cards(shadow),
        *_separated_cards(shadow),
        *my_numbers,
        *_passports(shadow),
        *_separated_passports(shadow),
        *phones,
        *_birth_dates(shadow),
    ]
    covered = bytearray(len(shadow))
    for _, start, end in others:
        covered[start:end] = b"\x01" * (end - start)
    others.extend(_handles(shadow, services, covered))
    others.extend(_more_handles(shadow, services, covered))
    others.extend(_near_social_handles(shadow, services, covered))
    others.extend(_facebook_names(shadow, services, covered))
    barriers = sorted(
        [c[1] for c in others] + [s for s, _ in url_extents] + [c[1] for c in profiles]
    )
    others.extend(_postal_and_addresses(shadow, barriers))
    others.extend(_japanese_addresses(shadow, barriers))
    findings = _union([(c[1], c[2]) for c in others if c[0] not in ("address", "postal_code")])
    others.extend(_romanised_addresses(shadow, barriers, findings))
    others = _merge_addresses(others)
    if url_extents:
        # Digits in a URL's host or path are not phone numbers (its query is redacted anyway).
        others = [c for c in others if c[0] == "email" or not _inside_any(url_extents, c)]
    candidates.extend(others)
    candidates.extend(profiles)
    candidates.sort(key=lambda c: (_PRIORITY[c[0]], -(c[2] - c[1]), c[1]))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    for candidate in candidates:
        _, start, end = candidate
        index = bisect_left(taken, (start, start))
        if index > 0 and taken[index - 1][1] > start:
            continue
        if index < len(taken) and taken[index][0] < end:
            continue
        taken.insert(index, (start, end))
        chosen.append(candidate)
    chosen.sort(key=lambda c: c[1])
    spans = []
    for candidate in chosen:
        kind, start, end = candidate
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        spans.append(PiiSpan(kind, start, end, text[start:end], services.get(candidate)))
    return spans


def placeholder(span: PiiSpan) -> str:
    """What replaces `span`: "[LINE ID]", "[INSTAGRAM PROFILE]", else `PLACEHOLDERS[kind]`."""
    suffix = _SERVICE_SUFFIX.get(span.kind)
    if suffix is not None and span.service:
        return f"[{span.service.upper()} {suffix}]"
    return PLACEHOLDERS.get(span.kind, "[REDACTED]")


def redact(text: str, spans: list[PiiSpan] | None = None) -> RedactionResult:
    """`text` with every span replaced by its kind's placeholder (see `PLACEHOLDERS`).

    Without `spans`, `find_pii(text)` decides. Given spans are sorted and any that overlap
    an earlier one are skipped, so the result is well defined for any input.
    """
    if spans is None:
        spans = find_pii(text)
    kept: list[PiiSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < 0 or span.end > len(text) or span.end <= span.start:
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    pieces: list[str] = []
    cursor = 0
    for span in kept:
        pieces.append(text[cursor : span.start])
        pieces.append(placeholder(span))
        cursor = span.end
    pieces.append(text[cursor:])
    return RedactionResult("".join(pieces), kept)
