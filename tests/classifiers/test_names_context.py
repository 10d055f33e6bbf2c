"""Names found from their context in general form (classifiers/name_context.py, issue 21).

Sentences written for these tests (not from any benchmark split): person nouns of each
language followed by a name in its own script, brackets, lists, listed full names where the
writer speaks, names called out, inline sign-offs; and texts whose public or news-style
names must stay.
"""

from __future__ import annotations

import pytest

from classifiers.name_context import find_names
from classifiers.privacy import find_pii, redact


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # person nouns without a possessive, names in the noun's script
        ("Нам допомагав волонтер Остап Гнатюк.", "Остап Гнатюк"),
        ("Посредник Тимур Ахмедов забрал у меня деньги.", "Тимур Ахмедов"),
        ("ブローカーの岡田裕美子に80万円を払いました。", "岡田裕美子"),
        ("大家さん（松田陽一）に何度電話しても出てくれません。", "松田陽一"),
        ("妻・ヨウコの病院の付き添いで休みました。", "ヨウコ"),
        ("组长贾经常骂我们。", "贾"),
        ("브로커 백준영에게 돈을 뜯겼어요.", "백준영"),
        ("ម្ចាស់ផ្ទះ យឹម ណារី មិនព្រមឲ្យប្រាក់កក់វិញទេ។", "យឹម ណារី"),
        ("ပွဲစား ကောင်းမြတ် ကို ငွေ ပေးခဲ့ရတယ်။", "ကောင်းမြတ်"),
        ("Ev sahibi Ayşe Kaya depozitoyu vermiyor.", "Ayşe Kaya"),
        ("Chủ nhà Nguyễn Văn Tám không trả tiền cọc.", "Nguyễn Văn Tám"),
        ("Our team leader (Gabriella Park) makes us work on Sundays.", "Gabriella Park"),
        # a name before the noun, lists, the writer with a name
        ("Brian (my coworker) said the foreman hit him.", "Brian"),
        ("I share a room with Debra Clay and Hla Hla.", "Hla Hla"),
        ("Rosa and Miguel from my line were fired.", "Miguel"),
        ("Jorge and I work at the same factory.", "Jorge"),
        ("我和同事苏鹏、武丽华一起住在公司宿舍。", "武丽华"),
        # called out, signed
        ('"Rodney, you are fired," my boss shouted.', "Rodney"),
        ("Salamat po, Noel Panganiban", "Noel Panganiban"),
        ("以上、よろしくお願いいたします。中川健一", "中川健一"),
        ("ដោយក្តីគោរព សេង ចរិយា", "សេង ចរិយា"),
        ("Please help us. — Juan Carlos Reyes", "Juan Carlos Reyes"),
        # names no list holds: a title between noun and name, a signature, spoken to
        ("El casero, don Eusebio, no quiere devolver la fianza.", "Eusebio"),
        ("Yung landlord namin na si Marivic Dizon, ayaw ibalik ang deposit.", "Marivic Dizon"),
        ("Salamat sa tulong. — Ondrej Blazek", "Ondrej Blazek"),
        ('"Zorigt, you are fired," the foreman said.', "Zorigt"),
        ("Eunice y Tadeo, mis compañeros, también se quejan.", "Tadeo"),
        # greeted by name
        ("Hi Maria, thanks for the help yesterday.", "Maria"),
        ("Hola Fernanda! Te escribo por la visa.", "Fernanda"),
    ],
)
def test_names_from_context(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # public people named as the news names them, without the writer in the sentence
        "ギブソン氏は病院に搬送されました。",
        "Thousands of years ago, a man called Aristarchus said that the Solar System moved.",
        # institutions and things that look like names after a capitalised word or a noun
        "Star Alliance covers everything except a LATAM Oneworld flight.",
        "The ASUS Eee PC was a hot topic at Taipei IT Month.",
        "Ang mga submarino ay ginamit noong Digmaang Pandaigdig I.",
        "Nadismaya kami sa sinabi ni Pangulong Marcos.",
        "上司の指示が分かりにくい。上司のパワハラがひどい。",
        "राष्ट्रपति की हालत स्थिर है।",
        "The manager of the Tokyo Regional Immigration Bureau spoke yesterday.",
        "My boss at Yamato Transport is strict.",
        "Las compañías aéreas que los ofrecen son Air Canada y Delta.",
        "Dear Ueno Zoo, thank you for the free day.",
        "Dear Sir, I am writing about my visa.",
    ],
)
def test_public_names_and_things_stay(text: str) -> None:
    assert names(text) == []


def test_news_style_name_with_the_writer_is_redacted() -> None:
    # the same register with the writer in the sentence is a private person
    assert "Tom" in names("A man called Tom hit me at the station.")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("เลขพาสปอร์ต M98954183", "passport", "M98954183"),
        ("ပတ်စပို့ B4898047", "passport", "B4898047"),
        ("우편 번호 430-8253", "postal_code", "430-8253"),
        ("〒番号 203-9126", "postal_code", "203-9126"),
        ("C.P. 263-9628", "postal_code", "263-9628"),
        ("text or call 81-90-8109-4001", "phone", "81-90-8109-4001"),
        ("至急03/5362/9426まで折り返しください", "phone", "03/5362/9426"),
        ("email me: tao970 (at mark) gmail.com", "email", "tao970 (at mark) gmail.com"),
        ("DM me on instagram, @ledesmanilda79", "social_profile", "@ledesmanilda79"),
        ("follow @aimee1995 on X for updates", "social_profile", "@aimee1995"),
        ("Telegram'dan ulaşabilirsiniz: @perry_yates_69", "messaging_id", "@perry_yates_69"),
        ("中国語ならWeChat（lrocha）へどうぞ", "messaging_id", "lrocha"),
        ("ラインやってます（ID：mariasantos）", "messaging_id", "mariasantos"),
        ("add mo ako sa LINE, k.94jp", "messaging_id", "k.94jp"),
    ],
)
def test_structured_kinds_in_more_forms(text: str, kind: str, value: str) -> None:
    assert any(s.kind == kind and value in s.text for s in find_pii(text))


@pytest.mark.parametrize(
    "text",
    [
        "Follow @tokyo_city on X for news.",
        "I use LINE (often) and X.",
        "The date was 04/01/2020 and the code 12/31/2020.",
    ],
)
def test_public_accounts_and_dates_stay(text: str) -> None:
    assert redact(text).text == text


def test_long_hostile_input_for_the_context_rules_finishes() -> None:
    # bounded windows: many nouns, list joins and sign-offs in a row stay linear
    for unit in ("my boss Ana and ", "ブローカーの", "— Ana Lima ", "Tôi, Ana và "):
        text = unit * (40_000 // len(unit))
        assert isinstance(find_names(text), list)
