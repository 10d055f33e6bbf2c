"""Precision, recall and speed of personal-data detection (`classifiers.privacy`).

    .venv/bin/python benchmarks/privacy.py [--per-kind 1000] [--seed 20261201] [--show 0]

Generated personal data of every kind, written the way residents type it (several phrasings
per language, full-width digits, hyphen look-alikes, spaces, parentheses, labelled or not),
is inserted into real sentences: at the start, at the end or at a clause boundary, sometimes
two items per text. The generator knows only what the data looks like in the wild, not the
detector's patterns. Decoys (years, amounts, dates, times, percentages, visa durations,
12-digit numbers that fail the My Number check digit, URLs without a query, ...) are inserted
the same way, and the untouched real sentences are run too: every span found in those counts
as a false positive.

Scoring is span-level: a detected span is a hit when it overlaps an inserted span of the
same kind (a postal code found as part of an address, or the reverse, counts). Per kind it
prints precision and recall, then micro-averaged figures over the structured kinds (e-mail,
phone, residence card, My Number, passport, postal code, URL; addresses count with postal
codes), the share of each address's characters that got redacted, false positives per 1,000
clean sentences and per 1,000 decoy texts, and milliseconds per text (one process).

Data (read-only, ../shared/data, see its README):
- `langid/dev.tsv`, rows with kind == "sentence": Tatoeba sentences via
  Helsinki-NLP/OPUS-MT-testsets (Tatoeba, CC BY 2.0 FR), Lingua test data of
  pemistahl/lingua-py (Leipzig corpora, Universität Leipzig, research use), FLORES v1
  Wikipedia test sentences for Nepali and Sinhala (CC BY-SA 4.0).
- `sib200/<lang>/dev.jsonl`: SIB-200 (dadelani/sib-200), FLORES-200 sentences, CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA = REPO_ROOT.parent / "shared" / "data"
sys.path.insert(0, str(REPO_ROOT))

from classifiers.privacy import KINDS, find_pii  # noqa: E402

STRUCTURED = ("email", "phone", "residence_card", "my_number", "passport", "postal_code", "url")
COMPATIBLE = {"postal_code": {"postal_code", "address"}, "address": {"postal_code", "address"}}
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


def make_item(rng: random.Random, kind: str, lang: str) -> tuple[str, int, int]:
    """A phrase holding one value of `kind`; returns (phrase, value start, value end)."""
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
    rng: random.Random, sentences: list[tuple[str, str]], per_kind: int
) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """`per_kind` texts per kind; one in five holds a second item of a random kind."""
    cases = []
    for kind in KINDS:
        for _ in range(per_kind):
            lang, text = rng.choice(sentences)
            items = [kind]
            if rng.random() < 0.2:
                items.append(rng.choice(KINDS))
            gold: list[tuple[str, int, int]] = []
            phrases: list[tuple[int, int]] = []  # a label stays with its value
            for item in items:
                phrase, a, b = make_item(rng, item, lang)
                text, at, cut, added = insert(rng, text, lang, phrase, phrases)
                gold = [(k, s + added, e + added) if s >= cut else (k, s, e) for k, s, e in gold]
                phrases = [(s + added, e + added) if s >= cut else (s, e) for s, e in phrases]
                gold.append((item, at + a, at + b))
                phrases.append((at, at + len(phrase)))
            cases.append((text, gold))
    return cases


def build_decoys(rng: random.Random, sentences: list[tuple[str, str]], count: int) -> list[str]:
    texts = []
    for _ in range(count):
        lang, sentence = rng.choice(sentences)
        base = "zh" if lang.startswith("zh") else lang
        plang = base if base in DECOYS and rng.random() < 0.6 else rng.choice(list(DECOYS))
        decoy = rng.choice(DECOYS[plang]).replace("{bad12}", my_number_digits(rng, valid=False))
        texts.append(insert(rng, sentence, lang, decoy)[0])
    return texts


# -------------------------------------------------------------------------------- scoring


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def compatible(gold_kind: str, found_kind: str) -> bool:
    return found_kind in COMPATIBLE.get(gold_kind, {gold_kind})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=1000, help="texts per inserted kind")
    parser.add_argument("--decoys", type=int, default=3000, help="texts with decoy numbers")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--show", type=int, default=0, help="print this many misses and FPs")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sentences = load_sentences()
    cases = build_cases(rng, sentences, args.per_kind)
    decoys = build_decoys(rng, sentences, args.decoys)
    clean = [text for _, text in sentences]

    found: dict[str, list] = {}
    started = time.perf_counter()
    for text in [c[0] for c in cases] + decoys + clean:
        found[text] = find_pii(text)
    elapsed = time.perf_counter() - started
    n_texts = len(cases) + len(decoys) + len(clean)

    gold_total: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    gold_redacted: Counter[str] = Counter()  # overlapped by a span of any kind
    found_total: Counter[str] = Counter()
    found_ok: Counter[str] = Counter()
    address_chars = address_covered = address_full = 0
    misses: list[tuple[str, str, str]] = []  # (kind, span text, text around it)
    wrong: list[tuple[str, str, str]] = []
    for text, gold in cases:
        spans = found[text]
        for kind, start, end in gold:
            gold_total[kind] += 1
            if any(
                compatible(kind, s.kind) and overlaps((start, end), (s.start, s.end)) for s in spans
            ):
                gold_hit[kind] += 1
            else:
                misses.append((kind, text[start:end], text[max(0, start - 70) : end + 70]))
            if any(overlaps((start, end), (s.start, s.end)) for s in spans):
                gold_redacted[kind] += 1
            if kind == "address":
                covered = {i for s in spans for i in range(max(s.start, start), min(s.end, end))}
                address_chars += end - start
                address_covered += len(covered)
                address_full += len(covered) == end - start
        for span in spans:
            found_total[span.kind] += 1
            if any(
                compatible(k, span.kind) and overlaps((s, e), (span.start, span.end))
                for k, s, e in gold
            ):
                found_ok[span.kind] += 1
            else:
                wrong.append((span.kind, span.text, text[max(0, span.start - 70) : span.end + 70]))

    print(
        f"{len(cases)} texts with inserted personal data ({args.per_kind} per kind, "
        f"seed {args.seed}), {len(decoys)} decoy texts, {len(clean)} clean sentences"
    )
    print(f"{'kind':<16}{'gold':>6}{'recall':>9}{'redacted':>10}{'found':>7}{'precision':>11}")
    for kind in KINDS:
        recall = gold_hit[kind] / gold_total[kind] if gold_total[kind] else float("nan")
        redacted = gold_redacted[kind] / gold_total[kind] if gold_total[kind] else float("nan")
        precision = found_ok[kind] / found_total[kind] if found_total[kind] else float("nan")
        print(
            f"{kind:<16}{gold_total[kind]:>6}{recall:>9.4f}{redacted:>10.4f}"
            f"{found_total[kind]:>7}{precision:>11.4f}"
        )
    group = (*STRUCTURED, "address")
    g_total = sum(gold_total[k] for k in group)
    g_hit = sum(gold_hit[k] for k in group)
    f_total = sum(found_total[k] for k in group)
    f_ok = sum(found_ok[k] for k in group)
    print(
        f"{'structured':<16}{g_total:>6}{g_hit / g_total:>9.4f}{'':>10}{f_total:>7}"
        f"{f_ok / f_total:>11.4f}   (e-mail, phone, residence card, My Number, passport, "
        "postal code + address, URL)"
    )
    print(
        f"address characters redacted: {address_covered / address_chars:.4f}; "
        f"addresses redacted in full: {address_full / gold_total['address']:.4f}"
    )

    decoy_fp = [(s.kind, s.text, t) for t in decoys for s in found[t]]
    clean_fp = [(s.kind, s.text, t) for t in clean for s in found[t]]
    print(
        f"false positives per 1,000 decoy texts: {1000 * len(decoy_fp) / len(decoys):.2f} "
        f"{dict(Counter(k for k, _, _ in decoy_fp))}"
    )
    print(
        f"false positives per 1,000 clean sentences: {1000 * len(clean_fp) / len(clean):.2f} "
        f"{dict(Counter(k for k, _, _ in clean_fp))}"
    )
    print(
        f"speed: {1000 * elapsed / n_texts:.3f} ms per text ({n_texts} texts, one process, "
        f"mean length {sum(map(len, found)) / len(found):.0f} characters)"
    )

    if args.show:
        for title, rows in (("missed", misses), ("wrong", wrong), ("decoy FP", decoy_fp),
                            ("clean FP", clean_fp)):  # fmt: skip
            print(f"\n--- {title} ({len(rows)})")
            by_kind = defaultdict(list)
            for row in rows:
                by_kind[row[0]].append(row)
            for kind, kind_rows in by_kind.items():
                for row in kind_rows[: args.show]:
                    print(f"{kind:<15} {row[1]!r:<40} in {row[2][:160]!r}")


if __name__ == "__main__":
    main()
