"""Precision, recall and speed of personal-data detection (`classifiers.privacy`).

    .venv/bin/python benchmarks/privacy.py [--split dev|heldout|unseen|unseen2..unseen11|both|all]
        [--rules-only] [--per-kind 1000] [--per-new 500] [--negatives 2000] [--decoys 3000]
        [--seed 20261201] [--show 0]

Generated personal data of every kind, written the way residents type it (several phrasings
per language, full-width digits, hyphen look-alikes, spaces, parentheses, labelled or not),
is inserted into real sentences: at the start, at the end or at a clause boundary, sometimes
two items per text. The generator knows only what the data looks like in the wild, not the
detector's patterns. Decoys (years, amounts, dates, times, percentages, visa durations,
12-digit numbers that fail the My Number check digit, URLs without a query, ...) are inserted
the same way, and the untouched real sentences are run too: every span found in those counts
as a false positive.

Issue 21 adds, into the same real sentences:
- `name`: self-introductions ("My name is …", 「…と申します」, "Tên tôi là …", "Ako si …", "我叫…",
  "Меня зовут …", "ខ្ញុំឈ្មោះ …", ...) and third parties with honorifics or roles (…さん, …部長,
  "anh …", "Mr …", "Meu chefe, …, não paga"), from templates the team wrote per language
  (17 languages: ja en zh ko vi ne id tl th pt es my km mn tr uk ru). Names come from
  Faker's locale lists (ja_JP kanji/kana/romanized, zh_CN hanzi/pinyin, ko_KR, vi_VN, ne_NP,
  id_ID, th_TH, pt_BR, es_ES, tr_TR, uk_UA, ru_RU, en_US). Faker has no Burmese, Khmer or
  Mongolian names and its fil_PH names are American ones, so those lists, the katakana
  spellings of foreign residents' names (グエン, サントス, ...) and Nepali names in Latin
  letters are short lists of common given and family names written by the team (`TL_*`,
  `MY_*`, `KM_*`, `MN_*`, `KATAKANA_*`, `NE_LATIN_*`). The gold span is the name only.
- `messaging_id`: LINE, WeChat, KakaoTalk, Telegram IDs built from (romanized) names, years,
  dates and numbers within each app's rules, and Zalo/Viber/WhatsApp phone numbers, always
  with the app named ("LINE ID は … です", "微信号 …", "카톡 아이디 …", "Zalo: 09…"); a phone span
  on such a number counts as a hit.
- `social_profile`: Facebook/Instagram/YouTube profile URLs (with and without scheme/www,
  profile.php?id=) and @handles with the platform named ("Instagram @…", "my tiktok is @…",
  "X: @…"); a `url` span on such a URL counts as a hit.
- rows for written-out forms of earlier kinds: e-mail with at/dot words, brackets and spaces in
  several languages ("… at gmail dot com", "…[at]…[dot]…", "… (at) …", "… @ gmail . com",
  arroba, 골뱅이, アットマーク, a còng, собака, 艾特...); romanized Japanese addresses (English and
  Japanese order, chōme-ban-gō, -ku/-shi or " Ku", with and without postal code, building and
  room, macrons or not); residence cards "AB 1234 5678 CD"/"AB-12345678-CD"; My Number 4-4-4
  with spaces or hyphens (valid check digit); passports "TZ 1234567"/"TR-1234567"; phones
  "090 1234 5678", "+81 90-1234-5678", "(03) 1234 5678". These are scored as their kind.
- negatives: sentences naming public places, institutions, officials, companies and
  handle-like words (新宿区役所, Shinjuku Station, the Tokyo Regional Immigration Services Bureau,
  Hello Work Ueno, Prime Minister Ishiba, 小池知事, 이시바 총리, Thủ tướng Ishiba, Toyota, @home,
  #7119, ...), and municipalities without a house number in the address labels' own
  phrasings ("I live in Shinjuku-ku", "Moro em Hamamatsu", 「豊田市に住んでいます」), in
  per-language frames ("I went to … yesterday", "…の窓口は混んでいました",
  "… debería escuchar a los extranjeros"). Score: the share of these texts in which no
  redaction touches the public name (goal >= 0.95), and other spans per 100 such texts.

Splits. `--split dev` (default) is what rules may be tuned on; `--split heldout` is never
looked at while tuning. They share no real sentence (a hash of the text puts each in one
half), no name, family name, town or public name (each list is cut in two by a hash of the
entry: `half`), and no template: the held-out templates and frames (`*_TEMPLATES["heldout"]`,
`HELDOUT_PHRASES`, also used for the earlier kinds' labels where they exist) were written
separately with other phrasings. The value shapes (how an ID, an obfuscated e-mail or a
romanized address is built) are the same in both. Goals (issue 21, on the held-out split):
recall >= 0.90 per issue-21 row, >= 0.99 for every earlier kind, public names kept >= 0.95,
at most 1 false redaction per 100 clean sentences (every span found in an untouched
sentence counts, a public figure's or a novel character's name included). A kind the
detector does not produce yet simply scores recall 0.

`--split unseen` is for the team's final figure, now that the held-out split's errors have been
looked at: written on 2026-12-06 by the team's data writer, who never opened or ran the
detector, in benchmarks/data/privacy_unseen.py (how: benchmarks/data/privacy_unseen_README.md).
Its own templates, frames, labels of every kind, decoys and value shapes (133 name templates in
the 17 languages: kinship, roles, honorifics after the name, lists, quoted speech, greetings and
signatures; LINE/WhatsApp links, foreign WhatsApp numbers, map-app style addresses, ...), none
shared with dev or held-out; its own public names and hand-written name lists; Faker's held-out
half; real sentences from SIB-200's train files, which the other splits do not use. Scored and
printed exactly like the others. Its misses were since read (by category) while the detector
was improved, so it is development material now.

`--split unseen2` is the final figure: a second split written on 2026-12-06 by another data
writer under the same rules (benchmarks/data/privacy_unseen2.py, how:
benchmarks/data/privacy_unseen2_README.md), on NTREX-128 news sentences, which no other split
uses (SIB-200 train sentences for a language NTREX-128 lacks). Run once after the first round
of the names work, its misses unread. Never tune on it.

`--split unseen3`: a third split by a third writer under the same rules
(benchmarks/data/privacy_unseen3.py, how: benchmarks/data/privacy_unseen3_README.md), on the
SIB-200 train sentences like `unseen`; run once after the second round. unseen2 and unseen3
then became training material of the contextual name finder (third round), so they are
development material now too.

`--split unseen4`: a fourth split by a fourth writer under the same rules
(benchmarks/data/privacy_unseen4.py, how: benchmarks/data/privacy_unseen4_README.md; 234 name
templates in 17 languages), on SIB-200 train sentences; run once after the third round, then
development material. `unseen5` and `unseen6` (benchmarks/data/privacy_unseen5.py, _unseen6.py,
their READMEs) were written by two more writers for the fourth round as training material for
the name finder, and `unseen7` by a seventh writer as the next final measure, run once after the
fourth round (benchmarks/data/privacy_unseen7_README.md). `unseen8` and `unseen9` (an eighth and
a ninth writer) were the final measures of the fifth and sixth rounds, each run once, then
development material, and so was `unseen10` (a tenth writer), run once before the seventh
round's rules; `unseen11` (an eleventh writer) is the next one. `--split all` runs every split but the final one.

Names are found as the worker finds them: the intake's rules and the contextual finder
(`classifiers/name_finder.py`, the encoder's token states; it needs `feedback models install`);
`--rules-only` measures the rules alone, as the intake stores a text before a worker runs.

Scoring is span-level: a detected span is a hit when it overlaps an inserted span of the
same kind (a postal code found as part of an address, or the reverse, counts). Per kind it
prints precision and recall, then micro-averaged figures over the structured kinds (e-mail,
phone, residence card, My Number, passport, postal code, URL; addresses count with postal
codes), the share of each address's characters that got redacted, false positives per 1,000
clean sentences and per 1,000 decoy texts, then the issue-21 rows, the public names kept,
false redactions per 100 clean sentences, and milliseconds per text (one process).

Data (read-only, ../shared/data, see its README):
- `langid/dev.tsv`, rows with kind == "sentence": Tatoeba sentences via
  Helsinki-NLP/OPUS-MT-testsets (Tatoeba, CC BY 2.0 FR), Lingua test data of
  pemistahl/lingua-py (Leipzig corpora, Universität Leipzig, research use), FLORES v1
  Wikipedia test sentences for Nepali and Sinhala (CC BY-SA 4.0).
- `sib200/<lang>/dev.jsonl`: SIB-200 (dadelani/sib-200), FLORES-200 sentences, CC BY-SA 4.0.
- Faker (joke2k/faker, MIT) locale name lists, read at run time (a `dev` extra).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import random
import re
import sys
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA = REPO_ROOT.parent / "shared" / "data"
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.data import privacy_unseen as unseen  # noqa: E402

# Splits written apart from the detector by the team's data writers; each is one module of
# benchmarks/data/ with the same names (its README says how it was made). `unseen` was looked
# at while the detector was improved, so it is development material now; `unseen2` was run once
# after the first round (its misses unread) and `unseen3` once after the second; both then
# trained the contextual name finder (benchmarks/build_name_finder.py), so they are development
# material too. `unseen4` (a fourth writer) was run once after the third round, and `unseen5` and
# `unseen6` were written as training material; all three train the finder since the fourth
# round. `unseen7` (a seventh writer) was run once after the fourth round and trains the finder
# since the fifth; `unseen8` (an eighth writer) was run once after the fifth round, and trains
# the finder since the sixth; `unseen9` (a ninth writer) was run once after the sixth round, and
# is development material since; `unseen10` (a tenth writer) was run once after the sixth
# round's rules and finder, and is development material since; `unseen11` (an eleventh writer)
# is kept for a later round's final measure.
UNSEEN_SPLITS = {
    "unseen": "privacy_unseen",
    "unseen2": "privacy_unseen2",
    "unseen3": "privacy_unseen3",
    "unseen4": "privacy_unseen4",
    "unseen5": "privacy_unseen5",
    "unseen6": "privacy_unseen6",
    "unseen7": "privacy_unseen7",
    "unseen8": "privacy_unseen8",
    "unseen9": "privacy_unseen9",
    "unseen10": "privacy_unseen10",
    "unseen11": "privacy_unseen11",
}
FINAL_SPLIT = "unseen11"  # run once, alone, after the round's method is frozen
from classifiers.privacy import KINDS, find_pii  # noqa: E402

# The kinds of ADR 0004; the kinds of issue 21 are NEW_KINDS (the detector may not have them yet).
EARLIER = ("email", "phone", "residence_card", "my_number", "passport", "postal_code", "address",
           "url", "birth_date")  # fmt: skip
STRUCTURED = ("email", "phone", "residence_card", "my_number", "passport", "postal_code", "url")
COMPATIBLE = {
    "postal_code": {"postal_code", "address"},
    "address": {"postal_code", "address"},
    "messaging_id": {"messaging_id", "phone"},  # Zalo/Viber/WhatsApp IDs are phone numbers
    "social_profile": {"social_profile", "url"},
    "url": {"url", "social_profile"},  # a facebook.com URL with a query is both
}
NO_SPACE_LANGS = {"ja", "zh", "zh-Hant", "th", "my", "km"}

# ------------------------------------------------------------------------------- sentences


def load_sentences() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with (DATA / "langid" / "dev.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"] == "sentence":
                rows.append((row["lang"], row["text"]))
    for path in sorted((DATA / "sib200").glob("*/dev.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                rows.append((path.parent.name, json.loads(line)["text"]))
    return rows


# ------------------------------------------------------------------------- value generators
# What the data looks like in the wild: Japanese numbering plans, foreign numbers as
# residents write them, residence cards, My Number with its check digit, passports of the
# main nationalities, Japanese postal codes and addresses, form URLs, dates of birth.

HYPHENS = ["-"] * 12 + ["－", "ー", "‐", "−", "–", "ｰ"]


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def maybe_fullwidth(rng: random.Random, text: str, p: float = 0.15) -> str:
    if rng.random() < p:
        return fullwidth(text)
    return text


def join_groups(rng: random.Random, groups: list[str]) -> str:
    style = rng.random()
    if style < 0.55:
        sep = rng.choice(HYPHENS)
        return sep.join(groups)
    if style < 0.7:
        return " ".join(groups)
    if style < 0.8:
        return "".join(groups)
    if style < 0.87 and len(groups) == 3:
        return f"({groups[0]}) {groups[1]}-{groups[2]}"
    if style < 0.92 and len(groups) == 3:
        return f"{groups[0]}({groups[1]}){groups[2]}"
    if style < 0.96:
        return ".".join(groups)
    return " - ".join(groups)


def jp_subscriber(rng: random.Random) -> list[str]:
    kind = rng.random()
    if kind < 0.55:  # mobile / IP phone
        return [
            rng.choice(["090", "080", "070", "090", "080", "050"]),
            digits(rng, 4),
            digits(rng, 4),
        ]
    if kind < 0.85:  # landline: area code + local number, 10 digits in all
        area = rng.choice(["03", "06", "045", "052", "092", "011", "075", "048", "0422", "0466",
                           "0798", "0493", "0995", "04992"])  # fmt: skip
        middle = str(rng.randint(1, 9)) + digits(rng, 5 - len(area))  # ten digits in all
        return [area, middle, digits(rng, 4)]
    toll = rng.random()
    if toll < 0.4:
        return ["0120", digits(rng, 3), digits(rng, 3)]
    if toll < 0.55:
        return ["0120", digits(rng, 2), digits(rng, 4)]
    if toll < 0.8:
        return ["0570", digits(rng, 3), digits(rng, 3)]
    return ["0800", digits(rng, 3), digits(rng, 4)]


def phone(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:  # Japanese number, domestic
        text = join_groups(rng, jp_subscriber(rng))
        return maybe_fullwidth(rng, text, 0.2)
    if roll < 0.75:  # Japanese number, international
        groups = jp_subscriber(rng)
        while groups[0].startswith(("0120", "0570", "0800")):
            groups = jp_subscriber(rng)
        groups[0] = groups[0][1:]
        style = rng.random()
        if style < 0.35:
            text = "+81 " + " ".join(groups)
        elif style < 0.6:
            text = "+81-" + "-".join(groups)
        elif style < 0.7:
            text = "+81" + "".join(groups)
        elif style < 0.8:
            text = "+81 (0)" + " ".join(groups)
        elif style < 0.9:
            text = "(+81) " + "-".join(groups)
        else:
            text = "+81 " + groups[0] + "-" + "-".join(groups[1:])
        return maybe_fullwidth(rng, text, 0.1)
    foreign = rng.choice(
        [
            lambda: "+84 " + rng.choice(["9", "3", "7", "8"]) + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3),
            lambda: "+84" + rng.choice(["9", "3", "7"]) + digits(rng, 8),
            lambda: "(+84) " + rng.choice(["9", "3"]) + digits(rng, 1) + " " + digits(rng, 3) + " " + digits(rng, 4),
            lambda: "0" + rng.choice(["9", "3", "7"]) + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3),
            lambda: "0" + rng.choice(["9", "3"]) + digits(rng, 2) + "." + digits(rng, 3) + "." + digits(rng, 3),
            lambda: "+63 9" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 4),
            lambda: "+63 9" + digits(rng, 9),
            lambda: "09" + digits(rng, 2) + "-" + digits(rng, 3) + "-" + digits(rng, 4),
            lambda: "+55 " + digits(rng, 2) + " 9" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: "+55 (" + str(rng.randint(11, 99)) + ") 9" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: "(" + str(rng.randint(11, 99)) + ") 9" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: "+86 13" + digits(rng, 1) + " " + digits(rng, 4) + " " + digits(rng, 4),
            lambda: "+82 10-" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: "+62 8" + digits(rng, 2) + "-" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: "08" + digits(rng, 2) + "-" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: str(rng.randint(11, 99)) + " 9" + digits(rng, 4) + "-" + digits(rng, 4),
            lambda: "+977 98" + digits(rng, 8),
            lambda: "+66 8" + digits(rng, 1) + " " + digits(rng, 3) + " " + digits(rng, 4),
            lambda: "+95 9 " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3),
            lambda: "+1 (" + str(rng.randint(201, 989)) + ") " + digits(rng, 3) + "-" + digits(rng, 4),
            lambda: "+1 " + str(rng.randint(201, 989)) + "-" + digits(rng, 3) + "-" + digits(rng, 4),
            lambda: "+90 5" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2),
            lambda: "+880 1" + digits(rng, 3) + "-" + digits(rng, 6),
            lambda: "0084 " + rng.choice(["9", "3"]) + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3),
            lambda: "010-84-" + rng.choice(["9", "3"]) + digits(rng, 2) + "-" + digits(rng, 3) + "-" + digits(rng, 3),
        ]
    )  # fmt: skip
    return foreign()


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def residence_card(rng: random.Random) -> str:
    head = "".join(rng.choice(LETTERS) for _ in range(2))
    tail = "".join(rng.choice(LETTERS) for _ in range(2))
    number = digits(rng, 8)
    style = rng.random()
    if style < 0.65:
        text = head + number + tail
    elif style < 0.75:
        text = (head + number + tail).lower()
    elif style < 0.87:
        text = f"{head} {number} {tail}"
    else:
        text = f"{head}-{number}-{tail}"
    return maybe_fullwidth(rng, text, 0.18)


def my_number_check_digit(eleven: str) -> int:
    # Check digit of the Individual Number (マイナンバー) ordinance: weights 2..7, 2..6 from
    # the right, remainder of 11; 0 when the remainder is 0 or 1.
    weights = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6]
    total = sum(int(d) * w for d, w in zip(reversed(eleven), weights, strict=True))
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def my_number_digits(rng: random.Random, valid: bool = True) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    check = my_number_check_digit(body)
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def my_number(rng: random.Random) -> str:
    number = my_number_digits(rng)
    groups = [number[:4], number[4:8], number[8:]]
    style = rng.random()
    if style < 0.35:
        text = number
    elif style < 0.7:
        text = rng.choice(HYPHENS).join(groups)
    else:
        text = " ".join(groups)
    return maybe_fullwidth(rng, text, 0.2)


def passport(rng: random.Random) -> tuple[str, bool]:
    """A passport number and whether it is in the Japanese format (readable without a label)."""
    roll = rng.random()
    if roll < 0.4:
        text = "".join(rng.choice(LETTERS) for _ in range(2)) + digits(rng, 7)  # Japan
        return maybe_fullwidth(rng, text, 0.12), True
    if roll < 0.6:
        text = rng.choice("BCN") + digits(rng, 7)  # Viet Nam
    elif roll < 0.7:
        text = "P" + digits(rng, 7) + rng.choice(LETTERS)  # Philippines
    elif roll < 0.8:
        text = rng.choice(["E", "G"]) + digits(rng, 8)  # China
    elif roll < 0.85:
        text = "EA" + digits(rng, 7)
    elif roll < 0.9:
        text = rng.choice(LETTERS) + digits(rng, 7)  # India, Nepal, Indonesia, ...
    elif roll < 0.95:
        text = "".join(rng.choice(LETTERS) for _ in range(2)) + digits(rng, 7)
        text = text.lower()
    else:
        text = rng.choice(["M", "S"]) + digits(rng, 8)  # Korea
    return maybe_fullwidth(rng, text, 0.08), False


def postal_digits(rng: random.Random) -> tuple[str, str]:
    return str(rng.randint(0, 9)) + digits(rng, 2), digits(rng, 4)


def postal_code(rng: random.Random, mark: bool | None = None) -> str:
    first, second = postal_digits(rng)
    style = rng.random()
    body = first + rng.choice(HYPHENS) + second if style < 0.85 else first + second
    body = maybe_fullwidth(rng, body, 0.15)
    if mark is None:
        mark = True
    return ("〒" + rng.choice(["", "", "", " "]) + body) if mark else body


PREFECTURES = [("東京都", "Tokyo"), ("大阪府", "Osaka"), ("神奈川県", "Kanagawa"),
               ("愛知県", "Aichi"), ("埼玉県", "Saitama"), ("千葉県", "Chiba"),
               ("群馬県", "Gunma"), ("静岡県", "Shizuoka"), ("福岡県", "Fukuoka"),
               ("北海道", "Hokkaido"), ("岐阜県", "Gifu"), ("茨城県", "Ibaraki")]  # fmt: skip
CITIES = [("新宿区", "Shinjuku-ku"), ("浜松市中区", "Hamamatsu-shi Naka-ku"),
          ("川口市", "Kawaguchi-shi"), ("豊田市", "Toyota-shi"), ("大泉町", "Oizumi-machi"),
          ("横浜市鶴見区", "Yokohama-shi Tsurumi-ku"), ("さいたま市南区", "Saitama-shi Minami-ku"),
          ("つくば市", "Tsukuba-shi"), ("港区", "Minato-ku"), ("札幌市北区", "Sapporo-shi Kita-ku")]  # fmt: skip
TOWNS = [("西新宿", "Nishi-Shinjuku"), ("芝", "Shiba"), ("本町", "Honcho"), ("緑が丘", "Midorigaoka"),
         ("大和", "Yamato"), ("百人町", "Hyakunincho"), ("中央", "Chuo")]  # fmt: skip
BUILDINGS = [("サンハイツ", "Sun Heights"), ("メゾン青葉", "Maison Aoba"), ("グリーンコーポ", "Green Corpo"),
             ("レオパレス21", "Leopalace 21"), ("第二山田ビル", "Yamada Bldg 2")]  # fmt: skip


def address(rng: random.Random) -> str:
    pref, pref_en = rng.choice(PREFECTURES)
    city, city_en = rng.choice(CITIES)
    town, town_en = rng.choice(TOWNS)
    chome, ban, go = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    room = rng.choice(["101", "203", "305", "1102", "2F"])
    style = rng.random()
    head = postal_code(rng)
    if style < 0.4:
        text = f"{pref}{city}{town}{chome}-{ban}-{go}"
        if rng.random() < 0.5:
            building, _ = rng.choice(BUILDINGS)
            text += rng.choice(["", " ", "　"]) + f"{building}{room}" + rng.choice(["", "号室"])
        text = maybe_fullwidth(rng, text, 0.2)
    elif style < 0.6:
        text = f"{pref}{city}{town}{chome}丁目{ban}番{go}号"
    elif style < 0.8:
        text = f"{pref_en}, {city_en}, {town_en} {chome}-{ban}-{go}"
        if rng.random() < 0.4:
            _, building = rng.choice(BUILDINGS)
            text += f", {building} {room}"
    else:
        text = f"{chome}-{ban}-{go} {town_en}, {city_en}, {pref_en}"
        if rng.random() < 0.3:
            text += " " + rng.choice(["Japan", "JAPAN"])
    if style < 0.6 and rng.random() < 0.3:
        return text  # written without the postal code
    glue = rng.choice([" ", " ", "", "　"]) if not text[0].isdigit() else rng.choice([" ", "　"])
    return head + glue + text


NAMES = ["taro.yamada", "hanako", "nguyen.van.an", "tran_thi_mai", "maria.silva", "joao.santos",
         "li.wei", "wang_fang", "kim.minji", "park-jisoo", "juan.dela.cruz", "reyes.ana",
         "budi.santoso", "siti", "ram.shrestha", "gurung", "somchai", "aung.aung", "dorj",
         "ahmet.yilmaz", "olena.k", "ivan", "rahman", "priya.sharma", "carlos_gomez"]  # fmt: skip
DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp",
           "icloud.com", "outlook.jp", "hotmail.com", "naver.com", "qq.com", "163.com",
           "yahoo.com.vn", "uol.com.br", "example.org", "mail.uni-tokyo.ac.jp",
           "company.co.jp", "yandex.ru", "proton.me"]  # fmt: skip


def email(rng: random.Random) -> str:
    local = rng.choice(NAMES)
    roll = rng.random()
    if roll < 0.4:
        local += str(rng.randint(1, 2005))
    elif roll < 0.5:
        local += "+" + rng.choice(["jp", "opinion", "x"])
    if rng.random() < 0.15:
        local = local.capitalize()
    text = local + "@" + rng.choice(DOMAINS)
    style = rng.random()
    if style < 0.1:
        text = fullwidth(text)
    elif style < 0.18:
        text = text.replace("@", "＠")
    elif style < 0.22:
        text = text.upper()
    return text


URL_HOSTS = ["https://www.city.example.lg.jp", "http://example.com", "https://forms.example.jp",
             "https://docs.google.com/forms/d/e/1FAIpQLSf3x", "https://www.example.co.jp",
             "www.example.net", "https://m.facebook.com", "http://192.168.1.20:8080"]  # fmt: skip
URL_PATHS = [
    "/form",
    "/index.php",
    "/search",
    "/viewform",
    "/ja/soudan/input.html",
    "/",
    "/profile.php",
]


def url(rng: random.Random) -> str:
    params = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(["id", "name", "tel", "email", "user", "q", "usp", "ref", "token", "uid"])
        value = rng.choice(
            [digits(rng, rng.randint(3, 11)), rng.choice(NAMES), "sf_link", "abc" + digits(rng, 4)]
        )
        params.append(f"{key}={value}")
    text = rng.choice(URL_HOSTS) + rng.choice(URL_PATHS) + "?" + "&".join(params)
    if rng.random() < 0.1:
        text += "#top"
    return text


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip


def birth_date(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28)
    options = [
        f"{y}年{m}月{d}日",
        f"{y}/{m:02d}/{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONTHS_EN[m - 1]} {y}",
        f"{MONTHS_EN[m - 1]} {d}, {y}",
        f"{y}.{m}.{d}",
    ]
    if lang == "pt":
        options.append(f"{d} de {MONTHS_PT[m - 1]} de {y}")
    if lang == "vi":
        options.append(f"{d} tháng {m} năm {y}")
    if lang == "ja":
        options.append(f"平成{rng.randint(1, 20)}年{m}月{d}日")
        options.append(f"昭和{rng.randint(30, 63)}年{m}月{d}日")
    if lang == "ko":
        options.append(f"{y}년 {m}월 {d}일")
    return maybe_fullwidth(rng, rng.choice(options), 0.1)


# --------------------------------------------------------------------------------- phrases
# "{}" is the value. Several phrasings per language, as residents write them.

PHRASES: dict[str, dict[str, list[str]]] = {
    "phone": {
        "ja": ["私の電話番号は{}です。", "電話：{}", "連絡先 {} までお願いします。", "TEL {}",
               "携帯{}に電話してください。", "何かあれば{}へ", "（{}）"],
        "en": ["My phone number is {}.", "call me at {}", "Tel: {}", "you can reach me on {} anytime",
               "phone {} (evenings)", "My number is {}."],
        "vi": ["Số điện thoại của tôi là {}.", "SĐT: {}", "Liên hệ {} nhé."],
        "pt": ["Meu telefone é {}.", "Tel.: {}", "pode me ligar no {}", "WhatsApp {}"],
        "es": ["Mi teléfono es {}.", "llámame al {}", "Teléfono: {}"],
        "zh": ["我的电话是{}。", "联系电话：{}", "手机号{}"],
        "ko": ["제 전화번호는 {}입니다.", "연락처: {}"],
        "tl": ["Ang numero ko ay {}.", "Tawagan ninyo ako sa {}"],
        "id": ["Nomor HP saya {}.", "Telp: {}"],
        "ne": ["मेरो फोन नम्बर {} हो।", "सम्पर्क {}"],
        "th": ["เบอร์โทรของฉันคือ {}", "โทร {}"],
        "my": ["ကျွန်တော့်ဖုန်းနံပါတ် {} ပါ။"],
    },
    "email": {
        "ja": ["メールアドレスは{}です。", "連絡は{}まで", "メール：{}"],
        "en": ["My email is {}.", "email me at {}", "E-mail: {}", "contact: <{}>"],
        "vi": ["Email của tôi là {}.", "Gửi mail cho tôi: {}"],
        "pt": ["Meu e-mail é {}.", "escreva para {}"],
        "es": ["Mi correo es {}."],
        "zh": ["我的邮箱是{}。", "邮件：{}"],
        "ko": ["이메일: {}"],
        "tl": ["Ang email ko ay {}."],
        "id": ["Email saya {}"],
    },
    "residence_card": {
        "ja": ["在留カード番号は{}です。", "在留カード：{}", "カード番号{}"],
        "en": ["My residence card number is {}.", "residence card no. {}", "zairyu card {}"],
        "vi": ["Số thẻ ngoại kiều của tôi là {}.", "thẻ cư trú {}"],
        "pt": ["Meu número do zairyu card é {}.", "cartão de residente: {}"],
        "es": ["Mi tarjeta de residencia es {}."],
        "zh": ["我的在留卡号码是{}。"],
        "tl": ["Residence card ko: {}"],
        "id": ["Nomor kartu residen saya {}"],
        "ne": ["मेरो रेसिडेन्स कार्ड नम्बर {} हो।"],
    },
    "my_number": {
        "ja": ["マイナンバーは{}です。", "個人番号：{}", "マイナンバー{}"],
        "en": ["My Number: {}", "my individual number is {}", "My Number card {}"],
        "vi": ["Mã số cá nhân (My Number) của tôi là {}."],
        "pt": ["Meu My Number é {}."],
        "es": ["Mi My Number es {}."],
        "zh": ["我的个人编号是{}。"],
        "ko": ["마이넘버 {}"],
        "tl": ["My Number ko ay {}"],
    },
    "passport": {
        "ja": ["パスポート番号は{}です。", "旅券番号：{}", "パスポート（{}）を紛失しました"],
        "en": ["My passport number is {}.", "passport no. {}", "Passport: {}",
               "I lost my passport, number {}, at the station"],
        "vi": ["Số hộ chiếu của tôi là {}.", "hộ chiếu {}"],
        "pt": ["Meu passaporte é {}.", "passaporte nº {}"],
        "es": ["Mi número de pasaporte es {}."],
        "zh": ["我的护照号码是{}。", "护照号：{}"],
        "ko": ["여권 번호는 {}입니다."],
        "tl": ["Ang numero ng pasaporte ko ay {}."],
        "id": ["Nomor paspor saya {}."],
        "ne": ["मेरो राहदानी नम्बर {} हो।", "पासपोर्ट नम्बर {}"],
        "th": ["หนังสือเดินทางเลขที่ {}"],
        "tr": ["Pasaport numaram {}."],
        "ru": ["Номер паспорта {}."],
        "uk": ["Номер паспорта: {}"],
        "mn": ["Паспортын дугаар {}"],
    },
    "postal_code": {
        "ja": ["郵便番号は{}です。", "住所の郵便番号は{}", "郵便番号：{}"],
        "en": ["postal code {}", "My zip code is {}.", "Postcode: {}"],
        "vi": ["Mã bưu điện: {}", "mã bưu chính {}"],
        "pt": ["CEP {}", "Código postal: {}"],
        "es": ["Código postal {}."],
        "zh": ["邮编{}", "邮政编码：{}"],
        "ko": ["우편번호 {}"],
        "id": ["Kode pos {}"],
    },
    "address": {
        "ja": ["住所は{}です。", "{}に住んでいます。", "住所：{}", "現住所 {}"],
        "en": ["My address is {}.", "I live at {}, near the station.", "Address: {}"],
        "vi": ["Địa chỉ của tôi là {}.", "Tôi sống ở {}"],
        "pt": ["Meu endereço é {}.", "Moro em {}."],
        "es": ["Mi dirección es {}."],
        "zh": ["我的地址是{}。", "地址：{}"],
        "ko": ["주소: {}"],
        "tl": ["Ang address ko ay {}."],
        "id": ["Alamat saya {}."],
    },
    "url": {
        "ja": ["このページ{}を見てください。", "申請フォーム：{}", "{}"],
        "en": ["see {}", "The form is here: {}", "link: {}"],
        "vi": ["Xem link này: {}"],
        "pt": ["O link é {}"],
        "zh": ["链接：{}"],
    },
    "birth_date": {
        "ja": ["生年月日：{}", "生年月日は{}です。", "誕生日は{}です。", "{}生まれです。"],
        "en": ["Date of birth: {}", "DOB {}", "I was born on {}.", "date of birth {}"],
        "vi": ["Ngày sinh: {}", "ngày sinh của tôi là {}"],
        "pt": ["Data de nascimento: {}", "nasci em {}"],
        "es": ["Fecha de nacimiento: {}"],
        "zh": ["出生日期：{}", "生日{}"],
        "ko": ["생년월일 {}"],
        "tl": ["Petsa ng kapanganakan: {}"],
        "id": ["Tanggal lahir {}"],
        "ne": ["जन्म मिति {}"],
        "th": ["วันเกิด {}"],
        "tr": ["Doğum tarihi: {}"],
        "ru": ["Дата рождения: {}"],
    },
}  # fmt: skip
# Kinds that residents also write with no label at all.
UNLABELLED_OK = {"phone", "email", "residence_card", "my_number", "url"}

DECOYS: dict[str, list[str]] = {
    "ja": ["2024年5月1日に申請しました。", "家賃は50,000円です。", "在留期間は5年です。",
           "10:30に来てください。", "80%の人が賛成です。", "1990年から日本に住んでいます。",
           "受付は平日9:00-17:00です。", "予約番号は{bad12}です。", "3人の子どもがいます。",
           "2023年度の予算は1,234,567,890円", "第3条第2項", "令和6年4月1日から",
           "詳しくは https://www.moj.go.jp/isa/ を見てください。", "年収300万円", "2019 2020 2021年"],
    "en": ["I applied on 2024-05-01.", "The rent is 50,000 yen.", "My visa is valid for 3 years.",
           "Come at 10:30.", "About 80% agree.", "I have lived here since 1990.",
           "The order number is {bad12}.", "I have 2 kids aged 5 and 7.", "Room 203 is cold.",
           "ISBN 978-4-12-345678-9", "version 1.2.3", "see https://www.city.example.lg.jp/en/",
           "from 2024-04-01 to 2027-03-31", "in 2019, 2020 and 2021", "It costs ¥1,500,000.",
           "Call 110 or 119 in an emergency.", "Flight NH 123 at 10:45"],
    "vi": ["Tôi đã sống ở Nhật 10 năm.", "Giá 3.000 yên.", "Ngày 01/05/2024 tôi nộp hồ sơ.",
           "Mã đơn hàng {bad12}."],
    "pt": ["Em 2023 paguei R$ 1.500,00.", "Moro no Japão há 12 anos.", "Das 9h às 17h.",
           "O protocolo é {bad12}."],
    "zh": ["2024年5月1日申请了。", "房租是50,000日元。", "签证有效期3年。", "订单号{bad12}"],
}  # fmt: skip

# ---------------------------------------------------------------------------------- texts


def phrase_language(rng: random.Random, lang: str, table: dict[str, list[str]]) -> str:
    base = "zh" if lang.startswith("zh") else lang
    if base in table and rng.random() < 0.7:
        return base
    return rng.choice(["en", "ja"] if rng.random() < 0.7 else list(table))


def make_item(rng: random.Random, kind: str, lang: str, split: str = "dev") -> tuple[str, int, int]:
    """A phrase holding one value of `kind`; returns (phrase, value start, value end).
    The held-out split uses its own phrases where it has them (`HELDOUT_PHRASES`)."""
    if split in UNSEEN_SPLITS:
        table = unseen.PHRASES[kind]
    elif split == "heldout" and kind in HELDOUT_PHRASES:
        table = HELDOUT_PHRASES[kind]
    else:
        table = PHRASES[kind]
    plang = phrase_language(rng, lang, table)
    labelled = True
    if kind == "phone":
        value = phone(rng)
    elif kind == "email":
        value = email(rng)
    elif kind == "residence_card":
        value = residence_card(rng)
    elif kind == "my_number":
        value = my_number(rng)
    elif kind == "passport":
        value, japanese = passport(rng)
        labelled = not japanese or rng.random() < 0.6
    elif kind == "postal_code":
        mark = rng.random() < 0.75
        value = postal_code(rng, mark)
        labelled = not mark or rng.random() < 0.5
    elif kind == "address":
        value = address(rng)
    elif kind == "url":
        value = url(rng)
    else:
        value = birth_date(rng, plang)
    if kind in UNLABELLED_OK and rng.random() < 0.2:
        labelled = False
    template = rng.choice(table[plang]) if labelled else "{}"
    prefix = template.split("{}")[0]
    return template.replace("{}", value), len(prefix), len(prefix) + len(value)


SENTENCE_END = tuple("。．！？!?.、，,;；:：)）」』")


def junction(rng: random.Random, left: str, right: str, lang: str) -> str:
    """What a writer puts between two pieces of text: a space, or in Chinese and Japanese
    nothing after punctuation and otherwise a full stop, comma or space."""
    if not left or not right or left[-1].isspace() or right[0].isspace():
        return ""
    if lang in NO_SPACE_LANGS:
        if left.endswith(SENTENCE_END) and not (left[-1].isascii() and right[0].isascii()):
            return ""
        if lang in ("ja", "zh", "zh-Hant"):
            return rng.choice(["。", "、", " "])
    return " "


def insert(
    rng: random.Random,
    sentence: str,
    lang: str,
    phrase: str,
    keep: list[tuple[int, int]] = (),
) -> tuple[str, int, int, int]:
    """`sentence` with `phrase` inserted at its start, its end or a clause boundary.

    Returns the text, where the phrase starts, and (cut, added): every old offset >= cut
    moves by `added`. Boundaries inside the ranges in `keep` are never used.
    """
    where = rng.random()
    if where < 0.4:
        cut = 0
    else:
        cuts = [
            i + 1
            for i, c in enumerate(sentence[:-1])
            if c in " 、，,。" and not any(s <= i + 1 < e for s, e in keep)
        ]
        cut = rng.choice(cuts) if where >= 0.8 and cuts else len(sentence)
    head, tail = sentence[:cut], sentence[cut:]
    before = junction(rng, head, phrase, lang)
    after = junction(rng, phrase, tail, lang)
    text = head + before + phrase + after + tail
    return text, len(head) + len(before), cut, len(before + phrase + after)


def build_cases(
    rng: random.Random, sentences: list[tuple[str, str]], per_kind: int, split: str = "dev"
) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """`per_kind` texts per kind; one in five holds a second item of a random kind."""
    cases = []
    for kind in EARLIER:
        for _ in range(per_kind):
            lang, text = rng.choice(sentences)
            items = [kind]
            if rng.random() < 0.2:
                items.append(rng.choice(EARLIER))
            gold: list[tuple[str, int, int]] = []
            phrases: list[tuple[int, int]] = []  # a label stays with its value
            for item in items:
                phrase, a, b = make_item(rng, item, lang, split)
                text, at, cut, added = insert(rng, text, lang, phrase, phrases)
                gold = [(k, s + added, e + added) if s >= cut else (k, s, e) for k, s, e in gold]
                phrases = [(s + added, e + added) if s >= cut else (s, e) for s, e in phrases]
                gold.append((item, at + a, at + b))
                phrases.append((at, at + len(phrase)))
            cases.append((text, gold))
    return cases


def build_decoys(
    rng: random.Random,
    sentences: list[tuple[str, str]],
    count: int,
    table: dict[str, list[str]] = DECOYS,
) -> list[str]:
    texts = []
    for _ in range(count):
        lang, sentence = rng.choice(sentences)
        base = "zh" if lang.startswith("zh") else lang
        plang = base if base in table and rng.random() < 0.6 else rng.choice(list(table))
        decoy = rng.choice(table[plang]).replace("{bad12}", my_number_digits(rng, valid=False))
        texts.append(insert(rng, sentence, lang, decoy)[0])
    return texts


# ------------------------------------------------------------ names, IDs, profiles (issue 21)
# Names come from Faker's locale lists (ja_JP, zh_CN, ko_KR, vi_VN, ne_NP, id_ID, th_TH,
# pt_BR, es_ES, tr_TR, uk_UA, ru_RU, en_US). Faker has no Burmese, Khmer or Mongolian names
# and its fil_PH list is American, so those lists (and the katakana spellings of foreign
# residents' names, and Nepali names in Latin letters) are short lists written by the team
# from common given and family names. Every list is cut in two halves by a hash of the
# entry: one half for `--split dev`, the other for `--split heldout`.


def half(items, split: str) -> list:
    """The entries of `items` that belong to `split` (a stable hash, so the halves never mix)."""
    want = 0 if split == "dev" else 1
    out = [x for x in dict.fromkeys(items) if zlib.crc32(str(x).encode("utf-8")) % 2 == want]
    return out or list(items)[:1]


def _faker_person(locale: str):
    try:
        from faker import Faker
    except ImportError:  # pragma: no cover
        raise SystemExit(
            "benchmarks/privacy.py needs Faker's name lists: pip install -e '.[dev]'"
        ) from None

    fake = Faker(locale)
    return next(p for p in fake.providers if "person" in type(p).__module__)


TL_GIVEN = ["Juan", "Maria", "Jose", "Mark", "Angelica", "Jerome", "Kristine", "Rodel", "Marites",
            "Jomar", "Cristina", "Rommel", "Jocelyn", "Arnel", "Lorna", "Reynaldo", "Maricel",
            "Jun", "Rowena", "Aileen", "Ramil", "Analyn", "Ronaldo", "Liza"]  # fmt: skip
TL_FAMILY = ["dela Cruz", "Santos", "Reyes", "Garcia", "Mendoza", "Bautista", "Villanueva",
             "Ramos", "Aquino", "Castillo", "Gonzales", "Flores", "Cruz", "Soriano", "Manalo",
             "Pascual", "Dizon", "Navarro", "Santiago", "Mercado", "delos Santos", "Tolentino"]  # fmt: skip
NE_LATIN_GIVEN = ["Ram", "Sita", "Bikash", "Sunita", "Anil", "Prakash", "Gita", "Suman", "Rajesh",
                  "Binod", "Sabina", "Krishna", "Manisha", "Dipak", "Sarita", "Nabin"]  # fmt: skip
NE_LATIN_FAMILY = ["Shrestha", "Gurung", "Tamang", "Thapa", "Rai", "Magar", "Sharma", "Adhikari",
                   "Karki", "Poudel", "Bhandari", "Khadka", "Limbu", "Basnet"]  # fmt: skip
MN_GIVEN = ["Бат-Эрдэнэ", "Болд", "Сарнай", "Оюунчимэг", "Энхжаргал", "Ганбаатар", "Мөнхбат",
            "Цэцэг", "Тэмүүлэн", "Анужин", "Батбаяр", "Нарантуяа", "Отгонбаяр", "Хулан", "Дорж",
            "Мөнхзул", "Золбоо", "Ариунаа", "Тэмүжин", "Номин"]  # fmt: skip
MN_FATHER_INITIAL = list("БГДНСТЭОЦЖ")
MN_LATIN_GIVEN = ["Bat-Erdene", "Bold", "Sarnai", "Oyunchimeg", "Enkhjargal", "Ganbaatar",
                  "Munkhbat", "Tsetseg", "Temuulen", "Anujin", "Batbayar", "Narantuya",
                  "Otgonbayar", "Khulan", "Zolboo", "Nomin"]  # fmt: skip
MY_NAMES = ["အောင်အောင်", "မောင်မောင်", "ကျော်ကျော်", "သီတာ", "ဇော်ဝင်း", "မြင့်မြင့်", "ခင်မောင်",
            "စုစု", "နီလာ", "ထက်ထက်", "ဝင်းနိုင်", "မင်းထက်", "ဖြိုးဝေ", "အိအိ", "သန့်ဇင်",
            "ဟိန်းထက်", "နန္ဒာ", "ကိုကိုလွင်", "ယုယုမြင့်", "သက်နိုင်", "ဇင်မာ", "အောင်ကျော်မိုး"]  # fmt: skip
MY_LATIN = ["Aung Aung", "Maung Maung", "Kyaw Kyaw", "Thida", "Zaw Win", "Myint Myint",
            "Khin Maung", "Su Su", "Nilar", "Htet Htet", "Win Naing", "Min Htet", "Phyo Wai",
            "Ei Ei", "Thant Zin", "Hein Htet", "Nandar", "Zin Mar", "Aung Kyaw Moe"]  # fmt: skip
MY_HONORIFIC = ["ဦး", "ဒေါ်", "ကို", "မ"]
KM_FAMILY = ["សុខ", "ចាន់", "ហេង", "លី", "គឹម", "ស៊ុន", "ឈឹម", "ម៉ៅ", "កែវ", "ពៅ", "ជា", "ស៊ឹម"]
KM_GIVEN = ["ដារា", "សុភា", "វិចិត្រ", "សុខា", "ចន្ថា", "ពិសី", "រតនា", "សុវណ្ណ", "បុប្ផា", "វណ្ណា",
            "ស្រីពៅ", "ធារ៉ា", "សុផល", "ចាន់ណា", "រដ្ឋា", "សំណាង"]  # fmt: skip
KM_LATIN_FAMILY = ["Sok", "Chan", "Heng", "Ly", "Kim", "Sun", "Chhim", "Mao", "Keo", "Pov", "Chea"]
KM_LATIN_GIVEN = ["Dara", "Sophea", "Vichet", "Sokha", "Chantha", "Pisey", "Ratana", "Sovann",
                  "Bopha", "Vanna", "Sreypov", "Theara", "Sophal", "Channa"]  # fmt: skip
# Foreign residents' names as they are written in Japanese.
KATAKANA_FAMILY = ["グエン", "チャン", "レー", "ファム", "ホアン", "サントス", "シルバ", "オリベイラ",
                   "デラクルス", "レイエス", "ガルシア", "シュレスタ", "グルン", "タパ", "キム", "パク",
                   "ワン", "リー", "ユルマズ", "コヴァレンコ", "ロドリゲス", "ペレイラ", "スハルト"]  # fmt: skip
KATAKANA_GIVEN = ["アン", "マイ", "ラン", "トゥアン", "フン", "マリア", "ジョアン", "カルロス", "フアン",
                  "アナ", "ブディ", "シティ", "ラム", "ミンス", "ウェイ", "アイシェ", "オレナ",
                  "ソムチャイ", "アウン", "ダラ", "ホセ", "ルシア", "ビカス"]  # fmt: skip


def ascii_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Names:
    """Name pools of one split: per pool, family names, given names, and how they are joined."""

    def __init__(self, split: str) -> None:
        self.split = split
        h = lambda xs: half(list(xs), split)  # noqa: E731
        ja = _faker_person("ja_JP")
        zh = _faker_person("zh_CN")
        ko = _faker_person("ko_KR")
        vi = _faker_person("vi_VN")
        vi_given = list(vi.first_names_male) + list(vi.first_names_female)
        self.pools: dict[str, dict] = {
            "ja": {"family": h(ja.last_names), "given": h(ja.first_names), "sep": ["", " ", "　"]},
            "ja_kana": {
                "family": h(ja.last_kana_names),
                "given": h(ja.first_kana_names),
                "sep": [" ", "・"],
            },
            "ja_foreign": {
                "family": h(KATAKANA_FAMILY),
                "given": h(KATAKANA_GIVEN),
                "sep": ["・", "・", " "],
                "given_first": 0.5,
            },
            "ja_latin": {
                "family": h(ja.last_romanized_names),
                "given": h(ja.first_romanized_names),
                "sep": [" "],
                "given_first": 0.6,
            },
            "zh": {
                "family": h(list(zh.last_names)[:120]),
                "given": h(zh.first_names),
                "sep": [""],
                "double_given": 0.5,
            },
            "zh_latin": {
                "family": h(zh.last_romanized_names),
                "given": h(zh.first_romanized_names),
                "sep": [" "],
                "given_first": 0.3,
            },
            "ko": {"family": h(ko.last_names), "given": h(ko.first_names), "sep": ["", "", " "]},
            "vi": {
                "family": h(vi.last_names),
                "middle": h(vi.middle_names),
                "given": h(vi_given),
                "sep": [" "],
            },
            "ne": {
                "family": h(x for x in _faker_person("ne_NP").last_names if x != "नेपाल"),
                "given": h(_faker_person("ne_NP").first_names),
                "sep": [" "],
                "given_first": 1,
            },
            "ne_latin": {
                "family": h(NE_LATIN_FAMILY),
                "given": h(NE_LATIN_GIVEN),
                "sep": [" "],
                "given_first": 1,
            },
            "tl": {"family": h(TL_FAMILY), "given": h(TL_GIVEN), "sep": [" "], "given_first": 1},
            "mn": {
                "family": h(MN_FATHER_INITIAL),
                "given": h(MN_GIVEN),
                "sep": [". "],
                "single": 0.5,
            },
            "mn_latin": {
                "family": h(list("BGDNSTEO")),
                "given": h(MN_LATIN_GIVEN),
                "sep": [". "],
                "single": 0.5,
            },
            "my": {"family": [""], "given": h(MY_NAMES), "sep": [""], "single": 1},
            "my_latin": {"family": [""], "given": h(MY_LATIN), "sep": [""], "single": 1},
            "km": {"family": h(KM_FAMILY), "given": h(KM_GIVEN), "sep": [" "]},
            "km_latin": {"family": h(KM_LATIN_FAMILY), "given": h(KM_LATIN_GIVEN), "sep": [" "]},
        }
        for lang, locale, single in (("id", "id_ID", 0.4), ("th", "th_TH", 0.4),
                                     ("pt", "pt_BR", 0), ("es", "es_ES", 0), ("tr", "tr_TR", 0),
                                     ("uk", "uk_UA", 0), ("ru", "ru_RU", 0), ("en", "en_US", 0)):  # fmt: skip
            person = _faker_person(locale)
            if lang in ("uk", "ru"):  # family names agree with the given name's gender
                family, given = list(person.last_names_male), list(person.first_names_male)
            else:
                family = [x for x in person.last_names if x not in ("Türk",)]
                given = list(person.first_names)
            self.pools[lang] = {"family": h(family), "given": h(given), "sep": [" "],
                                "given_first": 1, "single": single}  # fmt: skip
        self.latin = ["ja_latin", "zh_latin", "vi", "ne_latin", "id", "tl", "pt", "es", "tr", "en",
                      "mn_latin", "my_latin", "km_latin"]  # fmt: skip

    def pool_for(self, rng: random.Random, plang: str) -> str:
        if plang == "ja":
            return rng.choices(["ja", "ja_kana", "ja_foreign"], [0.5, 0.1, 0.4])[0]
        if plang in self.pools and rng.random() < 0.8:
            return plang
        if plang in ("zh", "ko", "ne", "th", "uk", "ru", "mn", "my", "km") and plang in self.pools:
            return plang
        return rng.choice(self.latin)

    def person(self, rng: random.Random, pool: str) -> dict[str, str]:
        """{"name": full name, "family": ..., "given": ...} as residents write them."""
        p = self.pools[pool]
        family, given = rng.choice(p["family"]), rng.choice(p["given"])
        if p.get("double_given") and len(given) == 1 and rng.random() < p["double_given"]:
            given += rng.choice(p["given"])
        if "middle" in p:
            given_full = rng.choice(p["middle"]) + " " + given
            full = f"{family} {given_full}"
            if rng.random() < 0.3:
                full = ascii_fold(full)
                family, given = ascii_fold(family), ascii_fold(given)
            return {"name": full, "family": family, "given": given}
        if pool in ("pt", "es") and rng.random() < 0.5:
            family = family + " " + rng.choice(p["family"])
        if rng.random() < p.get("single", 0) or not family:
            return {"name": given, "family": given, "given": given}
        if pool.startswith("mn"):  # a father's initial; people are called by the given name
            return {"name": family + ". " + given, "family": given, "given": given}
        sep = rng.choice(p["sep"])
        if rng.random() < p.get("given_first", 0):
            full = given + sep + family
        else:
            full = family + sep + given
        if pool in ("tr", "id", "ja_latin", "zh_latin") and rng.random() < 0.1:
            full = full.upper() if pool != "tr" else full
        return {"name": full, "family": family, "given": given}


# Self-introductions and third parties. {name}: the full name, {family} / {given}: one part.
# The value is the gold span; honorifics and roles stay outside it.
NAME_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "dev": {
        "ja": ["{name}と申します。", "私の名前は{name}です。", "{family}さんに相談しました。",
               "{family}部長はいつも大声で怒鳴ります。", "担当の{family}様から連絡がありません。"],
        "en": ["My name is {name}.", "I am {name} from the third floor.", "my manager {family} never pays overtime",
               "Mr {family} told me to wait.", "Ms. {family} at the office was kind."],
        "zh": ["我叫{name}。", "我的老板{name}不给加班费。", "我是{name}，住在这里三年了。"],
        "ko": ["제 이름은 {name}입니다.", "저는 {name}라고 합니다.", "{name} 씨가 도와주었습니다."],
        "vi": ["Tên tôi là {name}.", "anh {given} ở công ty không trả lương", "chị {given} đã giúp tôi",
               "sếp tôi là ông {given}"],
        "ne": ["मेरो नाम {name} हो।", "म {name} हुँ।", "मेरो साथी {name} बिरामी छ।"],
        "id": ["Nama saya {name}.", "Saya {name} dari Bandung.", "bos saya Pak {given} tidak membayar gaji"],
        "tl": ["Ako si {name}.", "Ang pangalan ko ay {name}.", "si {name} ang kasama ko sa trabaho"],
        "th": ["ฉันชื่อ{given}", "ผมชื่อ{name}ครับ", "หัวหน้าของฉันคุณ{given}ไม่จ่ายเงิน"],
        "pt": ["Meu nome é {name}.", "Meu chefe, {name}, não paga as horas extras.", "Sou {name}."],
        "es": ["Me llamo {name}.", "Mi jefe {name} no nos paga.", "Soy {name}, vivo en Japón."],
        "my": ["ကျွန်တော့်နာမည် {name} ပါ။", "ကျွန်မနာမည်က {name} ဖြစ်ပါတယ်။", "ဦး{name} က ကူညီခဲ့တယ်။"],
        "km": ["ខ្ញុំឈ្មោះ {name}។", "ឈ្មោះរបស់ខ្ញុំគឺ {name}។"],
        "mn": ["Миний нэр {name}.", "Би {name} байна.", "манай дарга {name} цалин өгөхгүй байна"],
        "tr": ["Benim adım {name}.", "Ben {name}.", "müdürüm {name} maaşımı ödemiyor"],
        "uk": ["Мене звати {name}.", "Моя сусідка {name} хворіє."],
        "ru": ["Меня зовут {name}.", "Мой начальник {name} не платит."],
    },
    "heldout": {
        "ja": ["私は{name}です。", "はじめまして、{name}です。", "同僚の{name}さんがけがをしました。",
               "会社の{family}課長に残業代を払ってもらえません。", "大家の{family}さんが鍵を返してくれません。"],
        "en": ["Hi, I'm {name}.", "This is {name} writing.", "my supervisor, {name}, shouts at us",
               "Mrs. {family} from the agency did not answer", "I was helped by Dr {family}."],
        "zh": ["我是{name}。", "本人{name}，在工厂工作。", "我的同事{name}受伤了。"],
        "ko": ["저는 {name}입니다.", "안녕하세요, {name}예요.", "사장님 {name} 씨가 월급을 안 줍니다."],
        "vi": ["Tôi là {name}.", "Em tên là {name}.", "chú {given} chủ nhà không trả lại tiền cọc",
               "bạn tôi {name} bị ốm"],
        "ne": ["मलाई {name} भनिन्छ।", "मेरो हाकिम {name} तलब दिँदैनन्।"],
        "id": ["Perkenalkan, saya {name}.", "teman saya {name} sakit", "Bu {given} dari kantor membantu saya"],
        "tl": ["Ako po si {name}.", "Ang amo ko na si {name} ay hindi nagbabayad.", "Kaibigan ko si {name}."],
        "th": ["ดิฉันชื่อ{name}ค่ะ", "เพื่อนของผมชื่อ{given}ป่วย"],
        "pt": ["Eu me chamo {name}.", "Aqui é {name}.", "minha colega {name} se machucou"],
        "es": ["Mi nombre es {name}.", "Soy yo, {name}.", "la señora {family} no contesta"],
        "my": ["ကျွန်တော် {name} ပါ။", "ကျွန်တော့်သူငယ်ချင်း {name} နေမကောင်းဘူး။"],
        "km": ["ខ្ញុំគឺ {name}។", "មិត្តរបស់ខ្ញុំ {name} ឈឺ។"],
        "mn": ["Намайг {name} гэдэг.", "миний найз {name} өвчтэй"],
        "tr": ["Adım {name}.", "İş arkadaşım {name} yaralandı."],
        "uk": ["Я {name}.", "Мій начальник {name} не платить зарплату."],
        "ru": ["Я {name}.", "Моя подруга {name} заболела."],
    },
}  # fmt: skip

# Messaging IDs. {line}/{wechat}/{kakao}/{tg}: an ID of that app; {phone}: a phone number used
# as the ID (Zalo, Viber, WhatsApp).
MESSAGING_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "dev": {
        "ja": ["LINE ID は {line} です。", "ラインのIDは{line}", "LINE：{line}", "WeChat {wechat} まで"],
        "en": ["my line: {line}", "add me on WeChat: {wechat}", "Telegram {tg}", "Viber: {phone}",
               "LINE ID {line}"],
        "zh": ["微信号 {wechat}", "加我微信：{wechat}", "我的LINE是{line}"],
        "ko": ["카톡 아이디 {kakao}", "카카오톡 ID: {kakao}"],
        "vi": ["Zalo: {phone}", "Zalo của tôi {phone}", "line của em là {line}"],
        "ne": ["Viber {phone} मा सम्पर्क गर्नुहोस्", "मेरो LINE ID {line} हो।"],
        "id": ["WA {phone}", "ID LINE saya {line}"],
        "tl": ["Viber ko {phone}", "LINE ko: {line}"],
        "th": ["ไลน์ไอดี {line}", "แอดไลน์ {line} นะคะ"],
        "pt": ["WhatsApp {phone}", "meu LINE é {line}"],
        "es": ["mi WhatsApp es {phone}", "LINE: {line}"],
        "my": ["Viber {phone} ကိုဆက်သွယ်ပါ။"],
        "mn": ["Telegram: {tg}"],
        "tr": ["Telegram kullanıcı adım {tg}"],
        "uk": ["Telegram {tg}", "Viber: {phone}"],
    },
    "heldout": {
        "ja": ["LINEのIDは「{line}」です", "ライン {line} に連絡ください", "微信ID：{wechat}"],
        "en": ["LINE me at {line}", "my WeChat ID is {wechat}", "ping me on telegram {tg}",
               "WhatsApp me {phone}", "kakao: {kakao}"],
        "zh": ["我的微信是{wechat}", "VX：{wechat}", "Line ID：{line}"],
        "ko": ["카톡 {kakao} 로 연락 주세요", "라인 아이디는 {line}입니다"],
        "vi": ["Zalo {phone} (chính chủ)", "nick zalo: {phone}", "ID LINE: {line}"],
        "ne": ["मेरो Viber नम्बर {phone}", "WhatsApp {phone}"],
        "id": ["Line: {line}", "hubungi WhatsApp saya {phone}"],
        "tl": ["Line ID ko ay {line}", "i-message mo ako sa Viber {phone}"],
        "th": ["LINE ID: {line}", "ติดต่อทางไลน์ {line}"],
        "pt": ["Zap: {phone}", "me chama no LINE {line}"],
        "es": ["Escríbeme por LINE: {line}", "Telegram {tg}"],
        "km": ["Telegram {tg}", "LINE ID {line}"],
        "mn": ["Viber {phone}"],
        "tr": ["WhatsApp numaram {phone}"],
        "uk": ["мій Telegram: {tg}"],
    },
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "dev": {
        "ja": ["フェイスブック {fb}", "インスタ @{ig} で発信しています", "私のTikTokは@{tt}です。"],
        "en": ["my facebook: {fb}", "Instagram @{ig}", "my tiktok is @{tt}", "X: @{x}",
               "see my channel {yt}"],
        "zh": ["我的Instagram：{igu}", "抖音号 @{tt}"],
        "ko": ["인스타 @{ig}", "제 페이스북 {fb}"],
        "vi": ["Facebook của tôi: {fb}", "tiktok @{tt}"],
        "ne": ["मेरो फेसबुक {fb}"],
        "id": ["IG: @{ig}", "FB saya {fb}"],
        "tl": ["FB ko: {fb}", "i-follow ako sa Instagram @{ig}"],
        "th": ["เฟซบุ๊ก {fb}"],
        "pt": ["meu Instagram é @{ig}", "Facebook: {fb}"],
        "es": ["mi Instagram: {igu}"],
        "tr": ["Instagram hesabım @{ig}"],
        "uk": ["мій інстаграм @{ig}"],
        "mn": ["Facebook хаяг {fb}"],
    },
    "heldout": {
        "ja": ["Instagramアカウント：{igu}", "Xのアカウントは@{x}", "YouTube {yt}"],
        "en": ["follow me on instagram: @{ig}", "twitter @{x}", "my profile {igu}",
               "TikTok: @{tt}", "fb {fb}"],
        "zh": ["我的脸书 {fb}", "推特 @{x}"],
        "ko": ["틱톡 @{tt}", "유튜브 채널 {yt}"],
        "vi": ["Instagram: @{ig}", "trang facebook cá nhân {fb}"],
        "ne": ["इन्स्टाग्राम @{ig}"],
        "id": ["TikTok @{tt}", "instagram saya {igu}"],
        "tl": ["ito ang facebook ko {fb}", "TikTok ko @{tt}"],
        "th": ["ไอจี @{ig}"],
        "pt": ["me segue no insta @{ig}", "TikTok @{tt}"],
        "es": ["sígueme en X @{x}", "Facebook {fb}"],
        "km": ["Facebook {fb}"],
        "my": ["Facebook {fb}"],
        "tr": ["TikTok: @{tt}"],
    },
}  # fmt: skip

# Variants of earlier kinds that residents write (issue 21): phrases of the held-out split.
HELDOUT_PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["連絡先メール {}", "返信は {} にお願いします。"],
        "en": ["drop me a line at {}", "mail: {}", "reach me by email ({})"],
        "vi": ["mail: {}", "liên hệ qua email {}"], "pt": ["meu email: {}"],
        "es": ["escríbeme a {}"], "zh": ["邮箱 {}"], "ko": ["메일 주소는 {}입니다"],
        "tl": ["i-email mo ako sa {}"], "id": ["kirim email ke {}"], "th": ["อีเมล {}"],
        "tr": ["e-posta adresim {}"], "uk": ["моя пошта {}"],
    },
    "phone": {
        "ja": ["携帯番号：{}", "電話番号 {} です"], "en": ["mobile {}", "ring me on {}"],
        "vi": ["điện thoại {}"], "pt": ["celular {}"], "es": ["celular: {}"],
        "zh": ["电话 {}"], "ko": ["휴대폰 {}"], "tl": ["cellphone ko {}"], "id": ["HP: {}"],
    },
    "residence_card": {
        "ja": ["在留カードの番号：{}", "在留カード番号 {}"], "en": ["Residence Card No: {}", "my zairyu card number {}"],
        "vi": ["số thẻ lưu trú {}"], "pt": ["número do cartão de residência {}"],
        "zh": ["在留卡 {}"], "tl": ["numero ng residence card {}"], "ne": ["रेसिडेन्स कार्ड {}"],
        "id": ["kartu residen {}"], "es": ["tarjeta de residencia nº {}"],
    },
    "my_number": {
        "ja": ["個人番号は {} です", "マイナンバーカード番号：{}"], "en": ["my number {}", "Individual Number: {}"],
        "vi": ["My Number: {}"], "pt": ["número My Number {}"], "zh": ["个人编号 {}"],
    },
    "passport": {
        "ja": ["旅券番号 {}", "パスポートNo. {}"], "en": ["passport number: {}", "Passport No {}"],
        "vi": ["số hộ chiếu {}"], "pt": ["número do passaporte {}"], "zh": ["护照 {}"],
        "id": ["paspor {}"], "ne": ["राहदानी {}"], "es": ["pasaporte {}"], "tl": ["pasaporte {}"],
    },
    "address": {
        "ja": ["現住所：{}", "住所 {}"], "en": ["I live at {}.", "home address: {}", "we moved to {}"],
        "vi": ["tôi ở {}"], "pt": ["endereço: {}"], "es": ["vivo en {}"], "zh": ["住址：{}"],
        "tl": ["nakatira ako sa {}"], "id": ["saya tinggal di {}"], "ne": ["मेरो ठेगाना {}"],
        "ko": ["사는 곳 {}"], "th": ["ที่อยู่ {}"], "tr": ["adresim {}"],
    },
}  # fmt: skip


def handle(rng: random.Random, names: Names, style: str = "line") -> str:
    """An app ID or social handle built as people build them: name parts, a year, a number."""
    person = names.person(rng, rng.choice(names.latin))
    given = ascii_fold(person["given"]).lower().replace(" ", "").replace("-", "")
    family = ascii_fold(person["family"]).lower().replace(" ", "").replace("-", "").strip(".")
    given = "".join(c for c in given if c.isalnum()) or "an"
    family = "".join(c for c in family if c.isalnum())
    if not family or family == given:
        family = rng.choice(["", str(rng.randint(1, 99))])
    sep = rng.choice(["", ".", "_"] if style != "wechat" else ["", "_", "-"])
    if style == "tg":
        sep = rng.choice(["", "_"])
    base = rng.choice([given + sep + family, family + sep + given, given, given + sep + family[:1],
                       given[:1] + sep + family])  # fmt: skip
    tail = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1975, 2008)),
                       f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", "_jp", "jp"])  # fmt: skip
    out = base + ((sep or "") if tail and tail[0].isdigit() and rng.random() < 0.3 else "") + tail
    out = re.sub(r"[._-]{2,}", lambda m: m.group()[0], out).strip("._-")
    if not out[:1].isalpha():
        out = given[:3] + out
    if style == "wechat" and not out[:1].isalpha():
        out = "wx" + out
    if len(out) < 6:
        out += digits(rng, 6 - len(out))
    return out[:20]


def messaging_value(rng: random.Random, names: Names, slot: str) -> str:
    if slot == "phone":
        return (
            join_groups(rng, [rng.choice(["090", "080", "070"]), digits(rng, 4), digits(rng, 4)])
            if rng.random() < 0.5
            else rng.choice(["09", "03", "07", "08"]) + digits(rng, 8)
        )
    value = handle(rng, names, slot)
    if slot == "tg" and rng.random() < 0.7:
        value = "@" + value
    if slot == "kakao" and rng.random() < 0.3:
        value = value.replace(".", "")
    return value


def social_value(rng: random.Random, names: Names, slot: str) -> str:
    name = handle(rng, names, "line").replace("-", ".")
    scheme = rng.choice(["", "https://", "https://www.", "www.", "http://"])
    if slot == "fb":
        if rng.random() < 0.15:
            return f"{rng.choice(['https://www.', 'https://m.'])}facebook.com/profile.php?id=1000{digits(rng, 11)}"
        return scheme + rng.choice(["facebook.com/", "facebook.com/", "fb.com/"]) + name
    if slot == "igu":
        return scheme + "instagram.com/" + name.replace("-", "_") + rng.choice(["", "/", "/"])
    if slot == "yt":
        return scheme + "youtube.com/@" + name
    return name.replace("-", "_")  # after a written "@"


def romanized_address(rng: random.Random, split: str) -> str:
    """A Japanese address in Latin letters, in the orders residents write (English order,
    Japanese order, with and without postal code, building and room, macrons)."""
    town = rng.choice(half(ROMAN_TOWNS, split))
    ward, city, pref = rng.choice(half(ROMAN_CITIES, split))
    if rng.random() < 0.3:
        town, ward, city, pref = (MACRONS.get(x, x) for x in (town, ward, city, pref))
    chome, ban, go = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    suffix = lambda x, s: f"{x}-{s}" if rng.random() < 0.6 else f"{x} {s.capitalize()}"  # noqa: E731
    ward_s = suffix(ward, "ku") if ward else ""
    city_s = suffix(city, "machi" if city == "Oizumi" else "shi") if rng.random() < 0.7 else city
    first, second = postal_digits(rng)
    zip_code = f"{first}-{second}" if rng.random() < 0.85 else first + second
    style = rng.random()
    block = f"{chome}-{ban}-{go}"
    if style < 0.45:  # English order
        parts = [f"{block} {town}"] + ([ward_s] if ward_s else []) + [city_s if not ward else city]
        if rng.random() < 0.6:
            parts.append(pref)
        text = ", ".join(parts)
        if rng.random() < 0.5:
            text += rng.choice([" ", ", "]) + zip_code
        if rng.random() < 0.3:
            text = rng.choice([f"Apt {rng.randint(101, 905)}, ", f"Room {rng.randint(101, 905)}, ",
                               f"{rng.choice(ROMAN_BUILDINGS)} {rng.randint(101, 905)}, "]) + text  # fmt: skip
    elif style < 0.6:
        text = f"{town} {chome}-chome {ban}-{go}, {f'{ward_s}, {city}' if ward else city_s}, {pref}"
        if rng.random() < 0.4:
            text = f"{town} {chome}-chome {ban}-ban {go}-go, {ward_s or city_s}"
    elif style < 0.8:  # Japanese order
        city_j = "" if city == "Tokyo" and ward else city_s  # Tokyo's wards have no city
        text = " ".join(x for x in (pref if rng.random() < 0.5 else "", city_j, ward_s,
                                    f"{town}-cho" if rng.random() < 0.4 else town) if x)  # fmt: skip
        text += f" {chome}-{ban}" + (
            f"-{go}" if rng.random() < 0.7 else f"-{rng.randint(101, 905)}"
        )
        if rng.random() < 0.4:
            text = ("〒" if rng.random() < 0.3 else "") + zip_code + " " + text
    else:
        text = f"{block} {town}, {ward_s or city_s}"
        if rng.random() < 0.5:
            text += f", {rng.choice(ROMAN_BUILDINGS)} #{rng.randint(101, 905)}"
    if rng.random() < 0.15:
        text += ", Japan"
    return text


ROMAN_TOWNS = ["Nishishinjuku", "Okubo", "Hyakunincho", "Sakae", "Kosugi-cho", "Higashi",
               "Nishi", "Kita", "Minami", "Honcho", "Chuo", "Shiba", "Ueno", "Kamata", "Oizumi",
               "Tsurumi", "Nakano", "Kamiya", "Shinmachi", "Motomachi", "Asahi-cho", "Midorigaoka",
               "Fujimi", "Sumiyoshi", "Hiyoshi", "Kasuga", "Takadanobaba", "Shimorenjaku"]  # fmt: skip
ROMAN_CITIES = [("Shinjuku", "Tokyo", "Tokyo"), ("Naka", "Nagoya", "Aichi"), ("", "Toyota", "Aichi"),
                ("Nakahara", "Kawasaki", "Kanagawa"), ("Tsurumi", "Yokohama", "Kanagawa"),
                ("", "Kawaguchi", "Saitama"), ("Naka", "Hamamatsu", "Shizuoka"), ("", "Oizumi", "Gunma"),
                ("Minato", "Tokyo", "Tokyo"), ("Chuo", "Osaka", "Osaka"), ("Ota", "Tokyo", "Tokyo"),
                ("Kita", "Sapporo", "Hokkaido"), ("Hakata", "Fukuoka", "Fukuoka"), ("", "Isesaki", "Gunma"),
                ("Minami", "Saitama", "Saitama"), ("Edogawa", "Tokyo", "Tokyo"), ("", "Kani", "Gifu"),
                ("", "Toyohashi", "Aichi"), ("Ikuno", "Osaka", "Osaka"), ("", "Ota", "Gunma")]  # fmt: skip
ROMAN_BUILDINGS = ["Sun Heights", "Maison Aoba", "Leopalace 21", "Green Corpo", "Yamada Bldg",
                   "Dai-ni Sakura Mansion", "Villa Fujimi", "Heim Kasuga", "Corpo Asahi"]  # fmt: skip
MACRONS = {"Chuo": "Chūō", "Ota": "Ōta", "Okubo": "Ōkubo", "Oizumi": "Ōizumi", "Kosugi-cho": "Kosugi-chō",
           "Honcho": "Honchō", "Hyakunincho": "Hyakuninchō", "Asahi-cho": "Asahi-chō", "Osaka": "Ōsaka",
           "Toyohashi": "Toyohashi", "Kyoto": "Kyōto"}  # fmt: skip


def written_out_email(rng: random.Random, names: Names, lang: str) -> str:
    """An e-mail address written to dodge filters: "at"/"dot" words, brackets, spaces."""
    local = handle(rng, names, "line")
    domain = rng.choice(DOMAINS[:12] + ["gmail.com", "gmail.com", "yahoo.co.jp"])
    parts = domain.split(".")
    at_words = {"pt": ["arroba"], "es": ["arroba"], "ko": ["골뱅이", "앳"], "ja": ["アットマーク", "あっと"],
                "vi": ["a còng"], "th": ["แอท"], "uk": ["собака"], "ru": ["собака"], "tr": ["et"],
                "zh": ["艾特"]}  # fmt: skip
    dot_words = {"pt": ["ponto"], "es": ["punto"], "ko": ["점"], "ja": ["ドット"], "vi": ["chấm"],
                 "uk": ["крапка"], "ru": ["точка"], "tr": ["nokta"], "zh": ["点"]}  # fmt: skip
    style = rng.random()
    if style < 0.3:
        text = f"{local} at {' dot '.join(parts)}"
        if rng.random() < 0.3:
            text = f"{local} at {domain}"
        if rng.random() < 0.15:
            text = text.replace(" at ", " AT ").replace(" dot ", " DOT ")
    elif style < 0.5:
        text = f"{local}[at]{'[dot]'.join(parts)}" if rng.random() < 0.6 else f"{local}[at]{domain}"
    elif style < 0.62:
        text = (
            f"{local} (at) {domain}" if rng.random() < 0.6 else f"{local}(at){'(dot)'.join(parts)}"
        )
    elif style < 0.75:
        text = f"{local} @ {' . '.join(parts)}" if rng.random() < 0.5 else f"{local} @ {domain}"
    elif style < 0.82:
        text = f"{local} ＠ {domain}"
    else:
        base = lang if lang in at_words else rng.choice(list(at_words))
        at = rng.choice(at_words[base])
        dot = rng.choice(dot_words.get(base, ["dot"]))
        rest = f" {dot} ".join(parts) if rng.random() < 0.6 else domain
        text = f"{local} {at} {rest}"
    return text


def spaced_value(rng: random.Random, kind: str) -> str:
    """Structured numbers with the separators and spaces of issue 21."""
    if kind == "residence_card":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        tail = "".join(rng.choice(LETTERS) for _ in range(2))
        number = digits(rng, 8)
        sep = rng.choice([" ", "-", " ", "-", "　", " ", "-", " - "])
        text = rng.choice([f"{head}{sep}{number[:4]}{sep}{number[4:]}{sep}{tail}",
                           f"{head}{sep}{number}{sep}{tail}", f"{head} {number[:4]} {number[4:]} {tail}"])  # fmt: skip
        return text.lower() if rng.random() < 0.15 else maybe_fullwidth(rng, text, 0.1)
    if kind == "my_number":
        number = my_number_digits(rng)
        sep = rng.choice([" ", "-", " - ", "　", "－"])
        return maybe_fullwidth(rng, sep.join([number[:4], number[4:8], number[8:]]), 0.1)
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        text = rng.choice([f"{head} {digits(rng, 7)}", f"{head}-{digits(rng, 7)}", f"{head} {digits(rng, 7)}",
                           f"{head}　{digits(rng, 7)}"])  # fmt: skip
        return text.lower() if rng.random() < 0.1 else text
    # phone
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    style = rng.random()
    if style < 0.4:
        return " ".join(groups)
    if style < 0.6:
        return f"+81 {groups[0][1:]}-{groups[1]}-{groups[2]}"
    if style < 0.75:
        return f"({groups[0]}) {groups[1]} {groups[2]}"
    if style < 0.85:
        return f"+81 {groups[0][1:]} {groups[1]} {groups[2]}"
    return "  ".join(groups) if rng.random() < 0.3 else f"{groups[0]} - {groups[1]} - {groups[2]}"


# ----------------------------------------------------------- public places, institutions, officials
# Texts that must keep every name: they are public (issue 21). {p} is the public name.

PUBLIC_KANJI = ["新宿区役所", "新宿駅", "東京出入国在留管理局", "名古屋市役所", "ハローワーク上野", "東京都庁",
                "浜松市役所", "豊田市役所", "大阪府庁", "川口市役所", "法務省", "厚生労働省", "出入国在留管理庁",
                "外務省", "成田空港", "大阪出入国在留管理局", "名古屋駅", "横浜市役所", "労働基準監督署",
                "大泉町役場", "品川駅", "池袋警察署", "東京都立大学", "日本年金機構", "渋谷区役所", "国際交流協会",
                "ベトナム大使館", "フィリピン大使館", "新宿御苑", "上野公園", "梅田駅", "川崎市役所"]  # fmt: skip
PUBLIC_LATIN = ["Shinjuku Station", "the Tokyo Regional Immigration Services Bureau", "Nagoya City Hall",
                "Hello Work Ueno", "the Tokyo Metropolitan Government", "Shinjuku-ku", "Toyota City",
                "Osaka Prefecture", "Narita Airport", "the Ministry of Justice", "the Immigration Services Agency",
                "Hamamatsu", "Kawaguchi City Hall", "Shibuya Ward Office", "Nagoya Station", "Yokohama",
                "the Osaka Regional Immigration Bureau", "Haneda Airport", "the Embassy of Vietnam",
                "Ueno Park", "Minato-ku", "Oizumi Town", "Kawasaki City", "the Labour Standards Inspection Office",
                "Saitama Prefecture", "Shinagawa Station", "the University of Tokyo", "Aichi Prefecture",
                "Tokyo", "Ikebukuro Police Station", "Hello Work Shinjuku", "Hamamatsu City Hall",
                "the Japan Pension Service", "Gunma", "Kobe", "Chubu Centrair Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "ko": ["신주쿠역", "신주쿠구청", "도쿄도청", "나고야시청", "도쿄출입국재류관리국", "헬로워크", "나리타공항"],
    "zh": ["东京出入国在留管理局", "新宿站", "名古屋市政府", "东京都厅", "大阪", "成田机场", "中国驻日本大使馆"],
    "th": ["สถานีชินจูกุ", "ศาลาว่าการกรุงโตเกียว", "สนามบินนาริตะ", "สถานเอกอัครราชทูตไทย", "ที่ว่าการเขตชินจูกุ", "สำนักงานตรวจคนเข้าเมืองโตเกียว"],
    "uk": ["Токіо", "посольство України в Японії", "аеропорт Наріта", "станція Синдзюку"],
    "ru": ["Токио", "вокзал Синдзюку", "аэропорт Нарита", "посольство России в Токио", "Осака", "мэрия Нагои"],
    "mn": ["Токио", "Монгол Улсын Элчин сайдын яам", "Нарита нисэх буудал"],
    "ne": ["टोकियो", "नेपाली दूतावास", "नारिता विमानस्थल"],
    "my": ["တိုကျို", "မြန်မာသံရုံး", "နာရီတာလေဆိပ်"],
    "km": ["តូក្យូ", "ស្ថានទូតកម្ពុជា", "អាកាសយានដ្ឋាននារីតា"],
}  # fmt: skip
OFFICIALS = {
    "ja": ["石破首相", "石破茂首相", "小池知事", "小池百合子都知事", "岸田前首相", "安倍元首相", "吉村知事",
           "大村知事", "河野大臣", "上川大臣", "菅前首相", "天皇陛下"],
    "en": ["Prime Minister Ishiba", "Governor Koike", "former Prime Minister Kishida", "Shigeru Ishiba",
           "Yuriko Koike", "Governor Yoshimura", "Minister Kono", "Prime Minister Abe", "Emperor Naruhito",
           "Governor Omura", "the Minister of Justice"],
    "zh": ["石破首相", "小池百合子知事", "岸田文雄", "日本首相石破茂", "东京都知事小池", "安倍晋三", "岸田前首相", "大阪府知事吉村"],
    "ko": ["이시바 총리", "고이케 지사", "기시다 전 총리", "이시바 시게루 총리"],
    "vi": ["Thủ tướng Ishiba", "Thống đốc Koike", "cựu Thủ tướng Kishida", "Thủ tướng Shigeru Ishiba"],
    "pt": ["o primeiro-ministro Ishiba", "a governadora Koike", "o ex-primeiro-ministro Kishida"],
    "es": ["el primer ministro Ishiba", "la gobernadora Koike", "el ex primer ministro Kishida"],
    "tl": ["Punong Ministro Ishiba", "Gobernador Koike"],
    "id": ["Perdana Menteri Ishiba", "Gubernur Koike"],
    "tr": ["Başbakan Ishiba", "Vali Koike"],
    "uk": ["прем'єр-міністр Ісіба", "губернатор Коіке", "колишній прем'єр Кісіда", "прем'єр-міністр Японії", "губернаторка Токіо"],
    "ru": ["премьер-министр Исиба", "губернатор Коикэ"],
    "th": ["นายกรัฐมนตรีอิชิบะ", "ผู้ว่าฯ โคอิเกะ", "อดีตนายกฯ คิชิดะ", "นายกรัฐมนตรีญี่ปุ่น", "ผู้ว่าราชการกรุงโตเกียว"],
    "mn": ["Ерөнхий сайд Ишиба", "Засаг дарга Коике", "Ерөнхий сайд асан Кишида", "Японы Ерөнхий сайд"],
    "ne": ["प्रधानमन्त्री इशिबा", "गभर्नर कोइके", "पूर्व प्रधानमन्त्री किशिदा", "जापानका प्रधानमन्त्री", "टोकियोका गभर्नर", "न्यायमन्त्री"],
}  # fmt: skip
COMPANIES = ["Toyota", "Seven-Eleven", "セブンイレブン", "ユニクロ", "Lawson", "FamilyMart", "Don Quijote",
             "AEON", "Rakuten", "SoftBank", "docomo", "ヤマト運輸", "JR East", "Honda", "Denso", "トヨタ",
             "Sukiya", "Yoshinoya", "ゆうちょ銀行", "Japan Post", "Amazon", "McDonald's", "ローソン"]  # fmt: skip
HANDLE_WORDS = ["@home", "#8008", "#7119", "#8000", "@cosme", "LINE Pay", "Instagram", "Facebook",
                "TikTok", "WeChat Pay", "X (Twitter)", "YouTube", "#MeToo", "@mention", "Zoom"]  # fmt: skip

NEGATIVE_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "dev": {
        "ja": ["昨日{place}に行きました。", "{place}の窓口は混んでいました。", "{official}は外国人の声を聞くべきです。",
               "{company}でアルバイトをしています。", "{word}で調べました。"],
        "en": ["I went to {place} yesterday.", "The staff at {place} were helpful.",
               "{official} should listen to foreign residents.", "I work at {company}.",
               "I saw it on {word}.", "I live in {town}."],
        "zh": ["昨天我去了{place}。", "{official}应该听外国人的意见。", "我在{company}打工。"],
        "ko": ["어제 {place}에 갔습니다.", "{official}는 외국인의 목소리를 들어야 합니다.", "{company}에서 일합니다."],
        "vi": ["Hôm qua tôi đã đến {place}.", "{official} nên lắng nghe người nước ngoài.", "Tôi làm ở {company}."],
        "pt": ["Fui ao {place} ontem.", "{official} deveria ouvir os estrangeiros.", "Trabalho na {company}."],
        "es": ["Ayer fui a {place}.", "{official} debería escuchar a los extranjeros.", "Trabajo en {company}."],
        "tl": ["Pumunta ako sa {place} kahapon.", "Dapat makinig si {official} sa mga dayuhan."],
        "id": ["Kemarin saya pergi ke {place}.", "{official} harus mendengar warga asing."],
        "ne": ["म हिजो {place} गएँ।", "{official}ले विदेशीको कुरा सुन्नुपर्छ।"],
        "th": ["เมื่อวานฉันไป{place}", "{official}ควรฟังชาวต่างชาติ"],
        "tr": ["Dün {place} gittim.", "{official} yabancıları dinlemeli."],
        "uk": ["Вчора я ходив до {place}.", "{official} має слухати іноземців."],
        "ru": ["Вчера я был в {place}."],
        "mn": ["Өчигдөр би {place} явсан.", "{official} гадаадынхныг сонсох ёстой."],
        "my": ["မနေ့က {place} ကိုသွားခဲ့တယ်။"],
        "km": ["ម្សិលមិញខ្ញុំបានទៅ {place}។"],
    },
    "heldout": {
        "ja": ["{place}で手続きをしました。", "{place}の職員はやさしかったです。", "{official}の政策に反対です。",
               "近くの{company}は夜も開いています。", "{word}を使っています。"],
        "en": ["The line at {place} was very long.", "Please open an office near {place}.",
               "I agree with {official} about visas.", "My husband works for {company}.",
               "I found the form via {word}.", "We moved to {town} last year."],
        "zh": ["{place}的工作人员很亲切。", "我支持{official}的政策。", "{company}的工资太低。"],
        "ko": ["{place} 직원이 친절했습니다.", "{official}의 정책에 반대합니다."],
        "vi": ["Nhân viên ở {place} rất tốt.", "Tôi đồng ý với {official}.", "Công ty {company} trả lương thấp."],
        "pt": ["O atendimento no {place} foi ótimo.", "Concordo com {official}.", "A {company} paga pouco."],
        "es": ["En {place} me atendieron bien.", "No estoy de acuerdo con {official}."],
        "tl": ["Mabait ang mga tao sa {place}.", "Sang-ayon ako kay {official}."],
        "id": ["Petugas di {place} sangat ramah.", "Saya setuju dengan {official}."],
        "ne": ["{place}मा धेरै भीड थियो।", "म {official}सँग सहमत छु।"],
        "th": ["เจ้าหน้าที่ที่{place}ใจดีมาก", "ฉันเห็นด้วยกับ{official}"],
        "tr": ["{place} çok kalabalıktı.", "{official} ile aynı fikirdeyim."],
        "uk": ["У {place} була довга черга.", "Я згоден з {official}."],
        "ru": ["В {place} была очередь."],
        "mn": ["{place} дээр олон хүн байсан."],
        "my": ["{place} မှာ လူအများကြီးရှိတယ်။"],
        "km": ["នៅ {place} មានមនុស្សច្រើន។"],
    },
}  # fmt: skip


NEW_ROWS = {  # row of the report -> kind of the gold span
    "name": "name",
    "messaging_id": "messaging_id",
    "social_profile": "social_profile",
    "email (written out)": "email",
    "address (romanized)": "address",
    "residence_card (spaced)": "residence_card",
    "my_number (spaced)": "my_number",
    "passport (spaced)": "passport",
    "phone (spaced)": "phone",
}
NEW_KINDS = ("name", "messaging_id", "social_profile")
SLOT = re.compile(r"\{(\w*)\}")


def fill(template: str, value: str) -> tuple[str, int, int]:
    match = SLOT.search(template)
    assert match, template
    start = match.start()
    return template[:start] + value + template[match.end() :], start, start + len(value)


def make_new_item(
    rng: random.Random, row: str, lang: str, names: Names, split: str
) -> tuple[str, int, int]:
    """A phrase holding one value of report row `row`; returns (phrase, value start, end)."""
    if row == "name":
        table = NAME_TEMPLATES[split]
        plang = phrase_language(rng, lang, table)
        template = rng.choice(table[plang])
        person = names.person(rng, names.pool_for(rng, plang))
        return fill(template, person[SLOT.search(template).group(1)])
    if row in ("messaging_id", "social_profile"):
        table = (MESSAGING_TEMPLATES if row == "messaging_id" else SOCIAL_TEMPLATES)[split]
        plang = phrase_language(rng, lang, table)
        template = rng.choice(table[plang])
        slot = SLOT.search(template).group(1)
        if row == "messaging_id":
            value = messaging_value(rng, names, slot)
        else:
            value = social_value(rng, names, slot)
        return fill(template, value)
    kind = NEW_ROWS[row]
    table = HELDOUT_PHRASES[kind] if split == "heldout" else PHRASES[kind]
    plang = phrase_language(rng, lang, table)
    if kind == "email":
        value = written_out_email(rng, names, plang)
    elif kind == "address":
        value = romanized_address(rng, split)
    else:
        value = spaced_value(rng, kind)
    template = rng.choice(table[plang]) if rng.random() < 0.9 or kind == "address" else "{}"
    return fill(template, value)


def build_new_cases(
    rng: random.Random, sentences: list[tuple[str, str]], per_row: int, split: str, names: Names
) -> list[tuple[str, list[tuple[str, int, int, str]]]]:
    """`per_row` texts per report row; one in five holds a second item of a random row."""
    cases = []
    for row in NEW_ROWS:
        for _ in range(per_row):
            lang, text = rng.choice(sentences)
            items = [row]
            if rng.random() < 0.2:
                items.append(rng.choice(list(NEW_ROWS)))
            gold: list[tuple[str, int, int, str]] = []
            phrases: list[tuple[int, int]] = []
            for item in items:
                phrase, spans = new_item(rng, item, lang, names, split)
                text, at, cut, added = insert(rng, text, lang, phrase, phrases)
                gold = [(k, s + added, e + added, r) if s >= cut else (k, s, e, r)
                        for k, s, e, r in gold]  # fmt: skip
                phrases = [(s + added, e + added) if s >= cut else (s, e) for s, e in phrases]
                gold.extend((kind, at + a, at + b, r) for kind, a, b, r in spans)
                phrases.append((at, at + len(phrase)))
            cases.append((text, gold))
    return cases


# Where someone lives or works, without a house number: not an address (ADR 0004), and the
# phrasings are those of the address labels ("Moro em …", "Tôi sống ở …", "Saya tinggal di …").
NEGATIVE_TOWN_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "dev": {
        "ja": ["{town}に住んでいます。"], "en": ["I work in {town}."], "pt": ["Moro em {town}."],
        "vi": ["Tôi sống ở {town}."], "es": ["Vivo en {town}."], "tl": ["Nakatira ako sa {town}."],
        "id": ["Saya tinggal di {town}."], "zh": ["我住在{town}。"], "ko": ["{town}에 살고 있습니다."],
        "ne": ["म {town}मा बस्छु।"], "tr": ["{town} şehrinde yaşıyorum."],
    },
    "heldout": {
        "ja": ["{town}の工場で働いています。"], "en": ["My factory is in {town}."],
        "pt": ["Trabalho em {town}."], "vi": ["Tôi làm việc ở {town}."], "es": ["Trabajo en {town}."],
        "tl": ["Nagtatrabaho ako sa {town}."], "id": ["Saya bekerja di {town}."],
        "zh": ["我在{town}工作。"], "ko": ["{town}에서 일합니다."], "ne": ["म {town}मा काम गर्छु।"],
        "tr": ["{town} şehrinde çalışıyorum."],
    },
}  # fmt: skip
for _split, _table in NEGATIVE_TOWN_TEMPLATES.items():
    for _lang, _frames in _table.items():
        NEGATIVE_TEMPLATES[_split][_lang] = NEGATIVE_TEMPLATES[_split][_lang] + _frames
# Municipalities without a house number.
PUBLIC_TOWNS = ["Shinjuku-ku", "Toyota City", "Hamamatsu", "Kawaguchi-shi", "Oizumi-machi", "Minato-ku",
                "Nagoya", "Ota-ku", "Isesaki", "Yokohama", "Toyohashi", "Kani City", "Edogawa-ku",
                "Kawasaki", "Osaka", "Chūō-ku", "Shinjuku", "Saitama", "Fukuoka", "Sapporo",
                "Ikuno-ku", "Tsurumi-ku", "Hiroshima", "Gunma Prefecture"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["新宿区", "豊田市", "浜松市", "川口市", "大泉町", "港区", "名古屋市", "太田市", "伊勢崎市",
                      "横浜市鶴見区", "豊橋市", "可児市", "江戸川区", "川崎市", "大阪市生野区", "中央区"]  # fmt: skip


def public_value(rng: random.Random, slot: str, plang: str, split: str) -> str:
    if slot == "place":
        if plang in ("ja", "zh") and rng.random() < 0.6:
            return rng.choice(half(PUBLIC_KANJI, split))
        if plang in PUBLIC_LOCAL and rng.random() < 0.5:
            return rng.choice(half(PUBLIC_LOCAL[plang], split))
        return rng.choice(half(PUBLIC_LATIN, split))
    if slot == "official":
        return rng.choice(half(OFFICIALS.get(plang, OFFICIALS["en"]), split))
    if slot == "town":
        if plang in ("ja", "zh") and rng.random() < 0.6:
            return rng.choice(half(PUBLIC_TOWNS_KANJI, split))
        return rng.choice(half(PUBLIC_TOWNS, split))
    if slot == "company":
        return rng.choice(half(COMPANIES, split))
    return rng.choice(half(HANDLE_WORDS, split))


def build_negatives(
    rng: random.Random, sentences: list[tuple[str, str]], count: int, split: str
) -> list[tuple[str, int, int, str]]:
    """Real sentences with a phrase naming a public place, institution, official, company or
    a handle-like word; returns (text, public name start, end, slot)."""
    out = []
    table = unseen.NEGATIVE_TEMPLATES if split in UNSEEN_SPLITS else NEGATIVE_TEMPLATES[split]
    for _ in range(count):
        lang, sentence = rng.choice(sentences)
        plang = phrase_language(rng, lang, table)
        template = rng.choice(table[plang])
        slot = SLOT.search(template).group(1)
        if split in UNSEEN_SPLITS:
            value = unseen.public_value(rng, slot, plang)
        else:
            value = public_value(rng, slot, plang, split)
        phrase, a, b = fill(template, value)
        text, at, _, _ = insert(rng, sentence, lang, phrase)
        out.append((text, at + a, at + b, slot))
    return out


# ------------------------------------------------------------------------ the unseen split
# Templates, frames, name lists and value shapes written apart from the detector by the team's
# data writer (benchmarks/data/privacy_unseen.py, its README says how). Real sentences: SIB-200's
# train files, which no other split uses. Faker names: the held-out half; the team-written short
# lists are replaced by new ones.

UNSEEN_SLOT = re.compile(r"\{(\w*)(?:@(\w+))?\}")
NAME_SLOTS = {"name", "family", "given"}
MESSAGING_SLOTS = {"line", "lineurl", "wechat", "kakao", "tg", "phone", "intl", "walink"}
SOCIAL_SLOTS = {"fb", "igu", "ttu", "xu", "yt", "ig", "tt", "x"}


def unseen_sentences(split: str = "unseen") -> list[tuple[str, str]]:
    """SIB-200 `train.jsonl` sentences, less any that the dev and held-out splits use; for
    `unseen2`, NTREX-128 news sentences instead (which no other split uses), and SIB-200 train
    sentences only for a language NTREX-128 lacks."""
    used = {text for _, text in load_sentences()}
    rows: list[tuple[str, str]] = []
    if split == "unseen2":
        ntrex = DATA / "mt" / "ntrex128"
        have = set()
        for path in sorted(ntrex.glob("*.txt")):
            lang = path.stem
            if "-" in lang:  # es-MX, pt-BR: one variant per language is enough
                continue
            have.add(lang)
            # Every line of the shared NTREX-128 excerpt (400 per language).
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
            rows += [(lang, line) for line in lines if line and line not in used][:701]
        for path in sorted((DATA / "sib200").glob("*/train.jsonl")):
            if path.parent.name in have:
                continue
            with path.open(encoding="utf-8") as handle_:
                for line in handle_:
                    text = json.loads(line)["text"]
                    if text not in used:
                        rows.append((path.parent.name, text))
        return rows
    for path in sorted((DATA / "sib200").glob("*/train.jsonl")):
        with path.open(encoding="utf-8") as handle_:
            for line in handle_:
                text = json.loads(line)["text"]
                if text not in used:
                    rows.append((path.parent.name, text))
    return rows


def unseen_names() -> Names:
    """The held-out half of Faker's lists, with the team-written lists replaced by the unseen
    split's own (katakana, Filipino, Nepali in Latin letters, Mongolian, Burmese, Khmer)."""
    names = Names("heldout")
    own = {
        "ja_foreign": (unseen.KATAKANA_FAMILY, unseen.KATAKANA_GIVEN),
        "tl": (unseen.TL_FAMILY, unseen.TL_GIVEN),
        "ne_latin": (unseen.NE_LATIN_FAMILY, unseen.NE_LATIN_GIVEN),
        "mn": (unseen.MN_FATHER_INITIAL, unseen.MN_GIVEN),
        "mn_latin": (unseen.MN_LATIN_FATHER_INITIAL, unseen.MN_LATIN_GIVEN),
        "my": ([""], unseen.MY_NAMES),
        "my_latin": ([""], unseen.MY_LATIN),
        "km": (unseen.KM_FAMILY, unseen.KM_GIVEN),
        "km_latin": (unseen.KM_LATIN_FAMILY, unseen.KM_LATIN_GIVEN),
    }
    for pool, (family, given) in own.items():
        names.pools[pool]["family"], names.pools[pool]["given"] = list(family), list(given)
    # unseen2 also replaces the pools the other splits fill from Faker (its README says which).
    for pool, lists in getattr(unseen, "OWN_POOLS", {}).items():
        names.pools[pool].update({key: list(value) for key, value in lists.items()})
    return names


def fill_unseen(
    rng: random.Random,
    template: str,
    plang: str,
    names: Names,
    value: tuple[str, str, str] | None = None,
) -> tuple[str, list[tuple[str, int, int]]]:
    """`template` with every slot filled; returns the phrase and (kind, start, end) of each
    value. `value` fills "{}": (kind, value, words written after it that are not part of it)."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for match in UNSEEN_SLOT.finditer(template):
        out.append(template[pos : match.start()])
        slot, pool = match.group(1), match.group(2)
        after = ""
        if not slot:
            assert value is not None, template
            kind, text, after = value
        elif slot in NAME_SLOTS:
            kind, text = "name", names.person(rng, pool or names.pool_for(rng, plang))[slot]
        elif slot in MESSAGING_SLOTS:
            style = slot if slot in ("wechat", "tg") else "line"
            kind = "messaging_id"
            text = unseen.messaging_value(rng, slot, handle(rng, names, style))
        else:
            assert slot in SOCIAL_SLOTS, template
            person = names.person(rng, rng.choice(names.latin))
            kind = "social_profile"
            text = unseen.social_value(
                rng, slot, handle(rng, names, "line"), ascii_fold(person["name"])
            )
        start = sum(map(len, out))
        out.append(text + after)
        spans.append((kind, start, start + len(text)))
        pos = match.end()
    out.append(template[pos:])
    return "".join(out), spans


def make_unseen_item(
    rng: random.Random, row: str, lang: str, names: Names
) -> tuple[str, list[tuple[str, int, int, str]]]:
    """A phrase of the unseen split for report row `row`; returns the phrase and its gold
    spans (kind, start, end, row); a span of another kind in the template is scored on its row."""
    kind = NEW_ROWS[row]
    value: tuple[str, str, str] | None = None
    if row in ("name", "messaging_id", "social_profile"):
        table = {"name": unseen.NAME_TEMPLATES, "messaging_id": unseen.MESSAGING_TEMPLATES,
                 "social_profile": unseen.SOCIAL_TEMPLATES}[row]  # fmt: skip
        plang = phrase_language(rng, lang, table)
        template = rng.choice(table[plang])
    else:
        table = unseen.PHRASES[kind]
        plang = phrase_language(rng, lang, table)
        template = rng.choice(table[plang])
        if kind == "email":
            text, after = unseen.written_out_email(rng, handle(rng, names, "line"), plang)
        elif kind == "address":
            text, after = unseen.romanized_address(rng), ""
        else:
            text = unseen.spaced_value(rng, kind, my_number_digits, jp_subscriber)
            after = ""
        value = (kind, text, after)
    phrase, spans = fill_unseen(rng, template, plang, names, value)
    return phrase, [(k, a, b, row if k == kind else k) for k, a, b in spans]


def new_item(
    rng: random.Random, row: str, lang: str, names: Names, split: str
) -> tuple[str, list[tuple[str, int, int, str]]]:
    """A phrase for report row `row` and its gold spans (kind, start, end, row)."""
    if split in UNSEEN_SPLITS:
        return make_unseen_item(rng, row, lang, names)
    phrase, a, b = make_new_item(rng, row, lang, names, split)
    return phrase, [(NEW_ROWS[row], a, b, row)]


# -------------------------------------------------------------------------------- scoring


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def compatible(gold_kind: str, found_kind: str) -> bool:
    return found_kind in COMPATIBLE.get(gold_kind, {gold_kind})


def split_sentences(sentences: list[tuple[str, str]], split: str) -> list[tuple[str, str]]:
    """Half the real sentences, by a hash of the text: dev and held-out never share one."""
    want = 0 if split == "dev" else 1
    return [
        (lang, text) for lang, text in sentences if zlib.crc32(text.encode("utf-8")) % 2 == want
    ]


def goal(value: float, target: float, higher: bool = True) -> str:
    ok = value >= target if higher else value <= target
    return "ok" if ok else "BELOW GOAL" if higher else "ABOVE GOAL"


def use_unseen(split: str) -> None:
    """Point the generators at the module of an unseen split."""
    global unseen
    unseen = importlib.import_module(f"benchmarks.data.{UNSEEN_SPLITS[split]}")


def contextual_finder():
    """The worker's contextual name finder on the installed encoder (classifiers.name_finder)."""
    from classifiers.embedding import DEFAULT_ENCODER, get_embedder
    from classifiers.name_finder import NameFinder

    finder = NameFinder(get_embedder(REPO_ROOT / "var" / "models" / DEFAULT_ENCODER))
    if not finder.available:
        raise SystemExit(f"the contextual name finder is off: {finder.reason}")
    return finder


def run_split(args: argparse.Namespace, split: str) -> None:
    rng = random.Random(f"{args.seed}/{split}")
    if split in UNSEEN_SPLITS:
        use_unseen(split)
        sentences, names = unseen_sentences(split), unseen_names()
    else:
        sentences, names = split_sentences(load_sentences(), split), Names(split)
    cases = build_cases(rng, sentences, args.per_kind, split)
    new_cases = build_new_cases(rng, sentences, args.per_new, split, names)
    decoys = build_decoys(
        rng, sentences, args.decoys, unseen.DECOYS if split in UNSEEN_SPLITS else DECOYS
    )
    negatives = build_negatives(rng, sentences, args.negatives, split)
    clean = [text for _, text in sentences]
    all_cases = [(t, [(k, s, e, k) for k, s, e in g]) for t, g in cases] + new_cases

    found: dict[str, list] = {}
    texts = [c[0] for c in all_cases] + decoys + [n[0] for n in negatives] + clean
    extra: dict[str, list[tuple[int, int]]] = {}
    finder_seconds = 0.0
    if args.contextual:
        unique = list(dict.fromkeys(texts))
        started = time.perf_counter()
        extra = dict(zip(unique, contextual_finder().find_many(unique), strict=True))
        finder_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        if text not in found:
            found[text] = find_pii(text, extra.get(text, ()))
    elapsed = time.perf_counter() - started

    gold_total: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    gold_redacted: Counter[str] = Counter()  # overlapped by a span of any kind
    found_total: Counter[str] = Counter()
    found_ok: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    covered_chars: Counter[str] = Counter()
    full: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []  # (row, span text, text around it)
    wrong: list[tuple[str, str, str]] = []
    for text, gold in all_cases:
        spans = found[text]
        for kind, start, end, row in gold:
            gold_total[row] += 1
            if any(
                compatible(kind, s.kind) and overlaps((start, end), (s.start, s.end)) for s in spans
            ):
                gold_hit[row] += 1
            else:
                misses.append((row, text[start:end], text[max(0, start - 70) : end + 70]))
            if any(overlaps((start, end), (s.start, s.end)) for s in spans):
                gold_redacted[row] += 1
            if kind == "address":
                covered = {i for s in spans for i in range(max(s.start, start), min(s.end, end))}
                chars[row] += end - start
                covered_chars[row] += len(covered)
                full[row] += len(covered) == end - start
        for span in spans:
            found_total[span.kind] += 1
            if any(
                compatible(k, span.kind) and overlaps((s, e), (span.start, span.end))
                for k, s, e, _ in gold
            ):
                found_ok[span.kind] += 1
            else:
                wrong.append((span.kind, span.text, text[max(0, span.start - 70) : span.end + 70]))

    def ratio(a: int, b: int) -> float:
        return a / b if b else float("nan")

    print(f"=== split: {split} ({len(sentences)} real sentences, seed {args.seed}) ===")
    print(
        "names: the rules and the worker's contextual finder (the encoder's token states; "
        f"{1000 * finder_seconds / max(1, len(set(texts))):.1f} ms per text)"
        if args.contextual
        else "names: the intake's rules alone (--rules-only)"
    )
    print(
        f"{len(cases)} texts with inserted personal data of the earlier kinds ({args.per_kind} "
        f"per kind), {len(new_cases)} of issue 21 ({args.per_new} per row), {len(decoys)} decoy "
        f"texts, {len(negatives)} texts naming public places/officials, {len(clean)} clean sentences"
    )
    print(f"{'kind':<16}{'gold':>6}{'recall':>9}{'redacted':>10}{'found':>7}{'precision':>11}")
    for kind in EARLIER:
        print(
            f"{kind:<16}{gold_total[kind]:>6}{ratio(gold_hit[kind], gold_total[kind]):>9.4f}"
            f"{ratio(gold_redacted[kind], gold_total[kind]):>10.4f}"
            f"{found_total[kind]:>7}{ratio(found_ok[kind], found_total[kind]):>11.4f}"
            f"   {goal(ratio(gold_hit[kind], gold_total[kind]), 0.99)}"
        )
    group = (*STRUCTURED, "address")
    g_total = sum(gold_total[k] for k in group)
    g_hit = sum(gold_hit[k] for k in group)
    f_total = sum(found_total[k] for k in group)
    f_ok = sum(found_ok[k] for k in group)
    print(
        f"{'structured':<16}{g_total:>6}{ratio(g_hit, g_total):>9.4f}{'':>10}{f_total:>7}"
        f"{ratio(f_ok, f_total):>11.4f}   (e-mail, phone, residence card, My Number, passport, "
        "postal code + address, URL; precision over all inserted texts)"
    )
    print(
        f"address characters redacted: {ratio(covered_chars['address'], chars['address']):.4f}; "
        f"addresses redacted in full: {ratio(full['address'], gold_total['address']):.4f}"
    )

    decoy_fp = [(s.kind, s.text, t) for t in decoys for s in found[t]]
    clean_fp = [(s.kind, s.text, t) for t in clean for s in found[t]]
    print(
        f"false positives per 1,000 decoy texts: {1000 * ratio(len(decoy_fp), len(decoys)):.2f} "
        f"{dict(Counter(k for k, _, _ in decoy_fp))}"
    )
    print(
        f"false positives per 1,000 clean sentences: {1000 * ratio(len(clean_fp), len(clean)):.2f} "
        f"{dict(Counter(k for k, _, _ in clean_fp))}"
    )

    missing = [k for k in NEW_KINDS if k not in KINDS]
    print(
        "\nissue 21 (goal: recall >= 0.90 per row on the held-out split)"
        + (f"; the detector has no kind {', '.join(missing)} yet" if missing else "")
    )
    print(f"{'row':<26}{'gold':>6}{'recall':>9}{'redacted':>10}")
    for row in NEW_ROWS:
        r = ratio(gold_hit[row], gold_total[row])
        print(
            f"{row:<26}{gold_total[row]:>6}{r:>9.4f}"
            f"{ratio(gold_redacted[row], gold_total[row]):>10.4f}   {goal(r, 0.90)}"
        )
    row = "address (romanized)"
    print(
        f"romanized address characters redacted: {ratio(covered_chars[row], chars[row]):.4f}; "
        f"in full: {ratio(full[row], gold_total[row]):.4f}"
    )
    print(f"{'found kind':<16}{'found':>7}{'precision':>11}   (over all texts with inserted data)")
    for kind in sorted(set(NEW_KINDS) | {k for k in found_total if k not in EARLIER}):
        print(f"{kind:<16}{found_total[kind]:>7}{ratio(found_ok[kind], found_total[kind]):>11.4f}")

    kept: Counter[str] = Counter()
    slots: Counter[str] = Counter()
    removed: list[tuple[str, str, str]] = []
    elsewhere = 0
    for text, start, end, slot in negatives:
        slots[slot] += 1
        spans = found[text]
        hits = [s for s in spans if overlaps((start, end), (s.start, s.end))]
        elsewhere += len(spans) - len(hits)
        if hits:
            removed.append((slot, text[start:end], text[max(0, start - 70) : end + 70]))
        else:
            kept[slot] += 1
    share = ratio(sum(kept.values()), len(negatives))
    print(
        f"public places, institutions and officials kept: {share:.4f} ({goal(share, 0.95)}; "
        + ", ".join(f"{k} {ratio(kept[k], n):.3f} of {n}" for k, n in sorted(slots.items()))
        + f"); other spans in those texts: {100 * ratio(elsewhere, len(negatives)):.2f} per 100"
    )
    per100 = 100 * ratio(len(clean_fp), len(clean))
    print(
        f"false redactions per 100 clean sentences: {per100:.2f} ({goal(per100, 1.0, False)}; "
        f"{dict(Counter(k for k, _, _ in clean_fp))})"
    )
    print(
        f"speed: {1000 * elapsed / len(found):.3f} ms per text ({len(found)} distinct texts, one "
        f"process, mean length {sum(map(len, found)) / len(found):.0f} characters)\n"
    )

    if args.show:
        for title, rows in (("missed", misses), ("wrong", wrong), ("decoy FP", decoy_fp),
                            ("clean FP", clean_fp), ("public name removed", removed)):  # fmt: skip
            print(f"\n--- {split}: {title} ({len(rows)})")
            by_kind = defaultdict(list)
            for entry in rows:
                by_kind[entry[0]].append(entry)
            for kind, kind_rows in by_kind.items():
                for entry in kind_rows[: args.show]:
                    print(f"{kind:<15} {entry[1]!r:<40} in {entry[2][:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split",
                        choices=["dev", "heldout", *UNSEEN_SPLITS, "both", "all"],
                        default="dev",
                        help="dev: what rules may be tuned on; heldout: checked after tuning; "
                        "unseen .. unseen10: written apart from the detector, since used "
                        "as development material; unseen11: written apart from the detector, "
                        "run once, never tune on it; both: dev and heldout; all: every split "
                        "but unseen11")  # fmt: skip
    parser.add_argument("--per-kind", type=int, default=1000, help="texts per earlier kind")
    parser.add_argument("--per-new", type=int, default=500, help="texts per issue-21 row")
    parser.add_argument("--negatives", type=int, default=2000, help="texts naming public places")
    parser.add_argument("--decoys", type=int, default=3000, help="texts with decoy numbers")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--show", type=int, default=0, help="print this many misses and FPs")
    parser.add_argument(
        "--rules-only",
        dest="contextual",
        action="store_false",
        help="the intake's rules alone, without the worker's contextual name finder",
    )
    args = parser.parse_args()
    splits = {
        "both": ("dev", "heldout"),
        "all": ("dev", "heldout", *(s for s in UNSEEN_SPLITS if s != FINAL_SPLIT)),
    }
    for split in splits.get(args.split, (args.split,)):
        run_split(args, split)


if __name__ == "__main__":
    main()
