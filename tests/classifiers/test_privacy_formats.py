"""How residents really write structured personal data, through the public API.

Own example strings (issue 21 and the earlier kinds): dates of birth in the orders and scripts
of the supported languages, postal codes and passports in other formats, numbers grouped the
way each country groups them, e-mail addresses with a symbol standing for "@", map-app
addresses, chat links and profile links, and the decoys that must stay (deadlines, visa
expiry, plain dates, years and amounts).
"""

from __future__ import annotations

import pytest

from classifiers.privacy import find_pii, redact
from feedback.redaction import for_storage


def spans(text: str) -> list[tuple[str, str]]:
    return [(span.kind, span.text) for span in find_pii(text)]


def found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in spans(text), spans(text)


# ---------------------------------------------------------------------------- birth dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("生まれは昭和58年11月3日です。", "昭和58年11月3日"),
        ("我是1987年10月22日出生的，在大阪工作。", "1987年10月22日"),
        ("我出生于1995年2月8日。", "1995年2月8日"),
        ("저는 1993년 7월 15일생이에요.", "1993년 7월 15일"),
        ("생년월일: 930715", "930715"),
        ("Doğum tarihim 23.06.1991, pasaportumda da öyle yazıyor.", "23.06.1991"),
        ("Doğum tarihi: 5 Mayıs 1989", "5 Mayıs 1989"),
        ("Я родилась 14 февраля 1992 года в Хабаровске.", "14 февраля 1992"),
        ("Мій син народився 03.09.2016.", "03.09.2016"),
        ("Дата народження: 7 березня 1985 р.", "7 березня 1985"),
        ("Nasci em 2º de outubro de 1990, em Campinas.", "2o de outubro de 1990"),
        ("Mi hija nació el 12 de agosto de 2017.", "12 de agosto de 2017"),
        ("วันเกิดของฉันคือ 9 กรกฎาคม 2535", "9 กรกฎาคม 2535"),
        ("ฉันเกิดเมื่อ 2/11/1994", "2/11/1994"),
        ("Төрсөн огноо: 1996 оны 3 сарын 18", "1996 оны 3 сарын 18"),
        ("Birthdate (YYYYMMDD): 19880517", "19880517"),
        ("Isinilang noong Hunyo 12, 1990 sa Cebu.", "Hunyo 12, 1990"),
        ("Ang anak ko ay ipinanganak noong 8 Marso 2015.", "8 Marso 2015"),
        ("TTL: Medan, 21-09-1994", "21-09-1994"),
        ("D.O.B 09-Nov-1986", "09-Nov-1986"),
        ("88年12月5日生まれの会社員です。", "88年12月5日"),
        ("ថ្ងៃកំណើត 15/06/1992", "15/06/1992"),
    ],
)
def test_birth_date(text: str, value: str) -> None:
    shadowed = {"2o de outubro de 1990": "2º de outubro de 1990"}.get(value, value)
    found(text, "birth_date", shadowed)


@pytest.mark.parametrize(
    "text",
    [
        "在留期間の満了日は2027年1月15日です。",
        "The application window closes on 15/01/2027.",
        "Hạn nộp hồ sơ là ngày 15 tháng 1 năm 2027.",
        "Виза действительна до 15.01.2027.",
        "Vizemin bitiş tarihi 15.01.2027.",
        "出生届は14日以内に出してください。窓口は2026年4月1日から変わります。",
        "生活保護の申請は2026年4月1日からオンラインでもできます。",
        "เกิดขึ้นเมื่อ 2/11/2025 ที่สถานี",
        "The festival is on 3 March 2026 at 10:00.",
    ],
)
def test_plain_dates_stay(text: str) -> None:
    assert spans(text) == []


# ----------------------------------------------------------------------- postal codes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Postal code: 530 0001", "530 0001"),
        ("〒530 0001", "〒530 0001"),
        ("Shipping to Osaka 530-0001, please.", "530-0001"),
        ("Почтовый индекс 5300001", "5300001"),
        ("Шуудангийн код: 530-0001", "530-0001"),
        ("Postal: 530-0001", "530-0001"),
        ("Kita-ku, Osaka (530-0001)", "530-0001"),
    ],
)
def test_postal_code(text: str, value: str) -> None:
    assert any(kind in ("postal_code", "address") and value in text_ for kind, text_ in spans(text))


@pytest.mark.parametrize(
    "text", ["The 2020-2024 plan for Osaka.", "Tokyo 2020 had 11,000 athletes.", "Osaka 2025-2026"]
)
def test_postal_look_alikes_stay(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------------ passports, cards


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passport no. PH 765 4321", "PH 765 4321"),
        ("パスポート番号 PH.765.4321", "PH.765.4321"),
        ("राहदानी नं. 10234567", "10234567"),
        ("Número de pasaporte: PAB765432", "PAB765432"),
    ],
)
def test_passport(text: str, value: str) -> None:
    found(text, "passport", value)


def test_passport_fees_stay() -> None:
    assert spans("The passport fee is 16000 yen in 2026.") == []


def test_grouped_letters_and_digits_without_passport_stay_phones() -> None:
    assert spans("IP 050 7654 3210") == [("phone", "050 7654 3210")]


def test_residence_card_with_slashes() -> None:
    found("在留カード XY/9876/5432/ZW", "residence_card", "XY/9876/5432/ZW")


# ----------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我的手机 139 2468 1357", "139 2468 1357"),
        ("手机号码：13924681357", "13924681357"),
        ("010-9876-5432로 문자 주세요", "010-9876-5432"),
        ("Telefonum 0541 765 43 21", "0541 765 43 21"),
        ("Звоните: 8 (921) 765-43-21", "8 (921) 765-43-21"),
        ("Мій номер 093 765 43 21", "093 765 43 21"),
        ("ဖုန်းနံပါတ် 09 765 432 109", "09 765 432 109"),
        ("លេខទូរស័ព្ទ 017 765 432", "017 765 432"),
        ("Утасны дугаар: 8811 4455", "8811 4455"),
        ("連絡先 080/7654/3210", "080/7654/3210"),
        ("携帯 080・7654・3210", "080・7654・3210"),
        ("+81.80.7654.3210", "+81.80.7654.3210"),
        ("微信：139 2468 1357", "139 2468 1357"),
    ],
)
def test_phone(text: str, value: str) -> None:
    found(text, "phone", value)


@pytest.mark.parametrize(
    "text",
    [
        "Phone bill: 5,400 yen for March.",
        "電話で2026年4月1日に予約しました。",
        "The call centre answered 1,234 calls in 2025.",
        "ISBN 978-4-06-765432-1",
        "Case 2026-765432 was closed on 2026/01/15.",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert [kind for kind, _ in spans(text)] == []


# ----------------------------------------------------------------------------- e-mail


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("メール：lan.pham☆yahoo.co.jp（☆を@に変えてください）", "lan.pham☆yahoo.co.jp"),
        ("Replace # with @: kenji_88#example.jp", "kenji_88#example.jp"),
        ("email: rosa.lima ★ gmail.com", "rosa.lima ★ gmail.com"),
        ("Correo: rosa.lima arroba gmail", "rosa.lima arroba gmail"),
        ("อีเมล somchai แอท hotmail ดอท คอม", "somchai แอท hotmail ดอท คอม"),
        ("Почта: ivan.petrov собака mail точка ru", "ivan.petrov собака mail точка ru"),
        ("メールは lan@gmail 。com まで", "lan@gmail 。com"),
        ("lan.pham【at】example.jp", "lan.pham【at】example.jp"),
        ("lan.pham(アット)example(ドット)jp", "lan.pham(アット)example(ドット)jp"),
        ("Gmail ko: rosa.lima77 po", "rosa.lima77"),
        ("my gmail is kenji_88", "kenji_88"),
        ("maria.lopez at gmail com", "maria.lopez at gmail com"),
        ("QQ邮箱：2873641590", "2873641590"),
        ("budi.s (et) gmail.com", "budi.s (et) gmail.com"),
    ],
)
def test_written_out_email(text: str, value: str) -> None:
    found(text, "email", value)


@pytest.mark.parametrize(
    "text",
    [
        "We met at Gmail's office in Roppongi.",
        "Rated ★★★ by 1,200 users.",
        "C#.NET and F# courses are free.",
        "I work at gmail.",
        "Gmail is easier than the ward's form.",
        "I registered at gmail com last year.",
    ],
)
def test_not_an_email(text: str) -> None:
    assert spans(text) == []


# ---------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "5 Chome-12-3 Kamata, Ota City, Tokyo 144-0052",
            "5 Chome-12-3 Kamata, Ota City, Tokyo 144-0052",
        ),
        ("Japan, Aichi, Nagoya, Naka Ward, Sakae, 3 Chome−5−12", "3 Chome−5−12"),
        ("I live at 4-chōme-7-2 Higashi-Ikebukuro, Toshima.", "4-chōme-7-2 Higashi-Ikebukuro"),
        ("Tôi ở 3-5-12 Sakae, quận Naka, Nagoya", "3-5-12 Sakae, quận Naka, Nagoya"),
        ("Vivo en 1-4-2 Kamata, Ota, Tokio", "1-4-2 Kamata, Ota, Tokio"),
        ("I live at 6-1-9 Kamata", "6-1-9 Kamata"),
        ("Địa chỉ: 6-1-9 Kamata nhé", "6-1-9 Kamata"),
    ],
)
def test_map_app_address(text: str, value: str) -> None:
    assert any(kind == "address" and value in text_ for kind, text_ in spans(text)), spans(text)


def test_a_town_alone_needs_a_living_cue_in_the_same_sentence() -> None:
    assert spans("I live in Osaka. The match ended 6-1-9 Kamata") == []


def test_phone_digits_are_not_a_block_number() -> None:
    assert spans("+81 80-7654-3210 Kamata Ota") == [("phone", "+81 80-7654-3210")]


# ------------------------------------------------------------- chat links and profiles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Open chat: https://open.kakao.com/o/gXyZ12ab", "Open chat: [KAKAOTALK ID]"),
        ("加我 weixin.qq.com/r/AbCdEf123", "加我 [WECHAT ID]"),
        ("我的微信号 wxid_p9q8r7s6t5", "我的微信号 [WECHAT ID]"),
        (
            "https://api.whatsapp.com/send?phone=639176543210",
            "[WHATSAPP ID]",
        ),
        ("My LinkedIn: linkedin.com/in/ana-reyes-9a8b7c", "My LinkedIn: [LINKEDIN PROFILE]"),
        ("VK: https://vk.com/id765432109", "VK: [VK PROFILE]"),
        ("https://www.facebook.com/share/1QwErTy9/", "[FACEBOOK PROFILE]"),
        ("Messenger: m.me/ana.reyes.9", "Messenger: [FACEBOOK PROFILE]"),
        ("友だち追加はこちら https://lin.ee/QwErTy9", "友だち追加はこちら [LINE ID]"),
        ("QQ号：2873641590", "QQ号：[QQ ID]"),
        ("小红书号 meimei_88", "小红书号 [XIAOHONGSHU PROFILE]"),
        ("微博: @meimei_88", "微博: [WEIBO PROFILE]"),
        ("Мій тікток @oksana.k7", "Мій тікток [TIKTOK PROFILE]"),
        ("インスタやってます！@sakura_days_7", "インスタやってます！[INSTAGRAM PROFILE]"),
    ],
)
def test_chat_links_and_profiles(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ping me on telegram rosalimajp", "rosalimajp"),
        ("LINE me at hidekijp ৰাতি", "hidekijp"),
    ],
)
def test_plain_handle_after_a_verb(text: str, value: str) -> None:
    found(text, "messaging_id", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("FB: Rodel Bautista", "Rodel Bautista"),
        ("Facebook ko: Kristine Mendoza po", "Kristine Mendoza"),
        ("Facebook của tôi: Trần Thị Mai", "Trần Thị Mai"),
        ("Facebook名：佐藤美咲", "佐藤美咲"),
    ],
)
def test_facebook_found_by_the_name_on_the_profile(text: str, value: str) -> None:
    found(text, "social_profile", value)


@pytest.mark.parametrize(
    "text",
    [
        "Facebook is Very Slow these days",
        "Facebook: Nagoya City Office",
        "Facebook của tôi: Nguyễn",
    ],
)
def test_facebook_prose_and_pages_stay(text: str) -> None:
    assert [kind for kind, _ in spans(text)] == []


@pytest.mark.parametrize(
    "text",
    ["contact me on line today", "I told my line manager.", "Message me on WhatsApp instead"],
)
def test_plain_words_after_a_verb_stay(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Apply via linkedin.com/company/example-ltd",
        "Shared post: https://www.facebook.com/share/p/1QwErTy9/",
        "Get it at https://www.whatsapp.com/download",
        "I read it on Instagram, posted by @tokyo_city",
        "QQ音乐 12345首",
    ],
)
def test_pages_that_name_no_one_stay(text: str) -> None:
    assert spans(text) == []


# --------------------------------------------------------------- through the intake


def test_for_storage_keeps_each_kind_apart() -> None:
    stored = for_storage(
        "生年月日は1990年4月1日、手机 139 2468 1357、lan.pham☆yahoo.co.jp（☆→@）、"
        "住所は 5 Chome-12-3 Kamata, Ota City, Tokyo です。締切は2026年4月1日。"
    )
    assert stored.pii_kinds == ["address", "birth_date", "email", "phone"]
    assert stored.redacted_text is not None
    for secret in ("1990年4月1日", "139 2468 1357", "lan.pham", "Kamata"):
        assert secret not in stored.redacted_text
    assert "締切は2026年4月1日" in stored.redacted_text


# ------------------------------------------------ round 5: app links, labels, addresses


@pytest.mark.parametrize(
    ("text", "value", "placeholder"),
    [
        ("このリンクから追加してね line://ti/p/~hana.k_88", "line://ti/p/~hana.k_88", "[LINE ID]"),
        (
            "Telegram বেশি দেখি: tg://resolve?domain=rafiq_osaka.",
            "tg://resolve?domain=rafiq_osaka",
            "[TELEGRAM ID]",
        ),
        (
            "nhắn em qua viber://chat?number=%2B84901234567 nha",
            "viber://chat?number=%2B84901234567",
            "[VIBER ID]",
        ),
        ("扫不了码就点 weixin://dl/chat?liming_sz 吧", "weixin://dl/chat?liming_sz", "[WECHAT ID]"),
        ("채널 추가: pf.kakao.com/_xQwErT", "pf.kakao.com/_xQwErT", "[KAKAOTALK ID]"),
        (
            "join the group https://chat.whatsapp.com/Hk3JdP9qLmN2 for the shift swaps",
            "https://chat.whatsapp.com/Hk3JdP9qLmN2",
            "[WHATSAPP ID]",
        ),
    ],
)
def test_links_that_open_a_chat_in_the_app(text: str, value: str, placeholder: str) -> None:
    found(text, "messaging_id", value)
    assert placeholder in redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Turkish possessive on the label, then "şu:" ("this:")
        ("Bana LINE üzerinden yazın, ID'm şu: gulsen.kaya", "gulsen.kaya"),
        # Indonesian "-nya" on the label, a plain lower-case handle
        ("hubungi saya lewat LINE, ID-nya ratnasarijp ya", "ratnasarijp"),
        # Mongolian topic particle after the label, a Cyrillic case ending on the app
        ("LINE-аар холбогдох бол ID нь tsogoo_92 шүү", "tsogoo_92"),
        # "my LINE" in Russian and Ukrainian, then a plain handle
        ("Пишите, мой LINE nadezhdaosk, отвечу вечером", "nadezhdaosk"),
        # "Line id" and a handle in capitals
        ("Line id KIMLONGJP ma sampark garnus", "KIMLONGJP"),
    ],
)
def test_messaging_labels_with_endings_and_particles(text: str, value: str) -> None:
    found(text, "messaging_id", value)


@pytest.mark.parametrize(
    "text",
    [
        "the line id field in the form is empty",  # lower-case "line": no app
        "Zalo ID'm yok, sadece telefon",  # "I have no Zalo ID"
        "Zalo: nhanh hơn email nhiều",  # a colon, then prose
        "LINE Pay ile ödedim, ID'm yok",
    ],
)
def test_messaging_look_alikes_stay(text: str) -> None:
    assert not [s for s in find_pii(text) if s.kind == "messaging_id"], spans(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "We rent a flat at Midorigaoka 2.14.7, Obihiro, Hokkaido",
            "Midorigaoka 2.14.7, Obihiro, Hokkaido",
        ),
        ("住所はSakuragi 12番3号, Kofu-shiです", "Sakuragi 12番3号, Kofu-shi"),
        ("dorm: Minami 4-jo Higashi 18番, Sapporo-shi", "Minami 4-jo Higashi 18番, Sapporo-shi"),
        ("kami tinggal di Honmachi 3丁目4-2, Toyama-shi", "Honmachi 3丁目4-2, Toyama-shi"),
    ],
)
def test_romanised_addresses_with_dots_and_kanji_numbers(text: str, value: str) -> None:
    found(text, "address", value)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting on 6.12.24 in Tokyo was fine.",  # a date and a prefecture, no town
        "Update to version 2.10.3 before Monday.",
        "Final score 3.1.2 in Osaka.",
    ],
)
def test_dotted_numbers_without_a_town_stay(text: str) -> None:
    assert not [s for s in find_pii(text) if s.kind == "address"], spans(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Ajansım TR4410982 numaralı pasaportumu hâlâ vermedi", "passport", "TR4410982"),
        ("Posta kodum 812-0011, adresin kalanını yazmadım", "postal_code", "812-0011"),
        ("alamat tidak saya tulis, kode posnya 460-0008 saja", "postal_code", "460-0008"),
        ("paspornya AB1234567 masih ditahan perusahaan", "passport", "AB1234567"),
    ],
)
def test_keywords_with_turkish_and_indonesian_endings(text: str, kind: str, value: str) -> None:
    found(text, kind, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the rest of the label between it and the date
        ("дата рождения как в загранпаспорте: 1987.4.12", "1987.4.12"),
        ("a data de nascimento do meu filho, se precisarem: 03/11/2015", "03/11/2015"),
        ("doğum tarihim kimlikteki gibi 14 Mart 1992", "14 Mart 1992"),
        # Vietnamese "I was born": a pronoun before "sinh"
        ("tôi sinh 1990-07-21 ở Hải Phòng", "1990-07-21"),
        ("chị sinh ngày 2 tháng 9 năm 1988", "2 tháng 9 năm 1988"),
        # the date first, then the birthday
        ("2016/05/30 po ang kaarawan ng anak ko", "2016/05/30"),
        ("12.08.1999 is my birthday, same as on the card", "12.08.1999"),
    ],
)
def test_birth_dates_with_longer_labels_and_the_birthday_after(text: str, value: str) -> None:
    found(text, "birth_date", value)


def test_a_birthday_and_another_date_in_the_same_sentence_stay_apart() -> None:
    text = "My birthday party is on Saturday, but the visa deadline is 2025/03/01."
    assert not [s for s in find_pii(text) if s.kind == "birth_date"], spans(text)


@pytest.mark.parametrize(
    ("text", "kind", "placeholder"),
    [
        ("テレグラムはこちら telegram.dog/hoa_tran_88 です", "messaging_id", "[TELEGRAM ID]"),
        ("古いQRならこれ http://line.naver.jp/ti/p/k.tamang77", "messaging_id", "[LINE ID]"),
        ("group: https://invite.viber.com/?g2=AQbC12dEfG34hIjK", "messaging_id", "[VIBER ID]"),
        ("DM me here ig.me/m/rosa.lima.1990", "social_profile", "[INSTAGRAM PROFILE]"),
        ("в инсте ищите @olga_p_1991", "social_profile", "[INSTAGRAM PROFILE]"),
        ("в телеге я @dima_osaka", "messaging_id", "[TELEGRAM ID]"),
        ("エックスでは @mai_tnk_0707 で投稿しています", "social_profile", "[X PROFILE]"),
    ],
)
def test_more_chat_links_and_colloquial_app_names(text: str, kind: str, placeholder: str) -> None:
    assert kind in {s.kind for s in find_pii(text)}, spans(text)
    assert placeholder in redact(text).text


def test_x_rays_are_not_the_network() -> None:
    assert find_pii("エックス線の検査を受けました") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the mail provider nobody listed, with the "@" bracketed or spelt and the dots disguised
        ("返信は hana_k24(at)kagoya(dot)jp までお願いします", "hana_k24(at)kagoya(dot)jp"),
        ("email: lan.tran[@]biglobe-net[.]ne[.]jp thanks", "lan.tran[@]biglobe-net[.]ne[.]jp"),
        ("メールは hana_k24#アット#kagoya#ドット#jp です", "hana_k24#アット#kagoya#ドット#jp"),
        ("write to budi_77-at-sakura-dot-ne-dot-jp please", "budi_77-at-sakura-dot-ne-dot-jp"),
        # an at-word in the resident's own script, in brackets
        ("मेरो इमेल raju.k88[एट]excite[डट]co[डट]jp हो", "raju.k88[एट]excite[डट]co[डट]jp"),
        ("អ៊ីមែល sokha.p(អាត់)139(ដត)com", "sokha.p(អាត់)139(ដត)com"),
        # commas for the dots after a real "@"
        ("メール：tuan.ng91@so-net,ne,jp（携帯不可）", "tuan.ng91@so-net,ne,jp"),
        ("my mail is rosa_m@yahoo,co,jp", "rosa_m@yahoo,co,jp"),
    ],
)
def test_written_out_email_with_any_provider_and_disguised_dots(text: str, value: str) -> None:
    found(text, "email", value)


@pytest.mark.parametrize(
    "text",
    [
        "write to maria@gmail.com, co-workers will answer",  # the address alone
        "Apple (AAPL) apple.com is their site",
        "the ratio (pH in water) is about 7 ph",
    ],
)
def test_prose_around_domains_is_no_written_out_email(text: str) -> None:
    emails = [s.text for s in find_pii(text) if s.kind == "email"]
    assert emails in ([], ["maria@gmail.com"]), emails


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # abbreviated labels and the Vietnamese form's full label
        ("Fecha de nac.: 12/03/1989, soltero", "birth_date", "12/03/1989"),
        ("data de nasc. 1990.5.7 (igual ao passaporte)", "birth_date", "1990.5.7"),
        ("Ngày tháng năm sinh: 15/08/1996", "birth_date", "15/08/1996"),
        # a few more words between the date and the birthday
        ("2011-09-14 po yung nakasulat na birthday ng anak ko", "birth_date", "2011-09-14"),
        # the passport for travel abroad in Russian and Ukrainian
        ("мой загранпаспорт E12345678 у работодателя", "passport", "E12345678"),
        ("закордонний паспорт FA123456 забрав роботодавець", "passport", "FA123456"),
    ],
)
def test_more_birth_date_and_passport_labels(text: str, kind: str, value: str) -> None:
    found(text, kind, value)


@pytest.mark.parametrize(
    ("text", "kind", "placeholder"),
    [
        ("照片都在这里 touch.facebook.com/lan.hoa.1995", "social_profile", "[FACEBOOK PROFILE]"),
        ("perfil: pt-br.facebook.com/joao.silva.77", "social_profile", "[FACEBOOK PROFILE]"),
        ("我的Ins账号@xiaomei_0412，欢迎关注", "social_profile", "[INSTAGRAM PROFILE]"),
        ("фото выкладываю в инсту, ник @olya.fukuoka", "social_profile", "[INSTAGRAM PROFILE]"),
        ("whatsapp ko po ito wa.link/k8pq2z", "messaging_id", "[WHATSAPP ID]"),
    ],
)
def test_profile_hosts_and_nicknames(text: str, kind: str, placeholder: str) -> None:
    assert kind in {s.kind for s in find_pii(text)}, spans(text)
    assert placeholder in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "see developers.facebook.com/docs for the API",
        "the ins and outs of the visa system",
        "I use LINE, id est the app everyone has",
    ],
)
def test_profile_look_alikes_stay(text: str) -> None:
    assert not [s for s in find_pii(text) if s.kind in ("social_profile", "messaging_id")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the writer's own account a clause after the network, given with "is", "as" or ":"
        ("the youtube channel where I show my farm work is @kenji_farmlife", "@kenji_farmlife"),
        ("I upload the recipes on ig as @cocina.rosa", "@cocina.rosa"),
        # saying who the writer is right before the handle
        ("I'm @lanhoa on tiktok if you want the videos", "@lanhoa"),
    ],
)
def test_own_profiles_a_clause_away(text: str, value: str) -> None:
    found(text, "social_profile", value)


@pytest.mark.parametrize(
    "text",
    [
        "follow @tokyo_city on X for the garbage calendar",
        "the city posted the schedule on instagram, and later @tokyo_city deleted it",
    ],
)
def test_public_accounts_without_the_writer_stay(text: str) -> None:
    assert not [s for s in find_pii(text) if s.kind == "social_profile"], spans(text)


# ------------------------------------------------- round 7: forms a tenth writer used


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a form's label with a longer qualifier, closed by a colon
        ("Date of birth on the school enrolment sheet: 2011-04-02", "2011-04-02"),
        ("生年月日（保険証に書いてあるとおり）：1988年9月30日", "1988年9月30日"),
    ],
)
def test_birth_date_after_a_qualified_label(text: str, value: str) -> None:
    found(text, "birth_date", value)


def test_born_then_another_date_after_a_colon_stays() -> None:
    text = "born in Cebu and came to Japan, arrival date on the stamp: 2018/10/01"
    assert not [s for s in find_pii(text) if s.kind == "birth_date"], spans(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "@" as a link or a form encodes it
        ("send it to rosa.lima88%40gmail.com please", "rosa.lima88%40gmail.com"),
        # a pictograph for "@" with a domain nobody listed, its note in any language
        ("메일은 minh.anh90♠daum.net 으로 (♠ 대신 골뱅이)", "minh.anh90♠daum.net"),
        # the "@" word in double brackets, in a script with vowel signs, and a .pl domain
        ("escribe a marta_k ((at)) onet.pl por favor", "marta_k ((at)) onet.pl"),
        ("អ៊ីមែល sokha.m [អាត់] mail[ដត]kh", "sokha.m [អាត់] mail[ដត]kh"),
    ],
)
def test_more_written_out_email(text: str, value: str) -> None:
    found(text, "email", value)


def test_a_rating_star_before_a_site_stays() -> None:
    assert not [s for s in find_pii("Rated 5★ booking.com, good value") if s.kind == "email"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a member's page inside a Facebook group, X's link by a user's number, YouTube Studio
        (
            "photos of the damage: https://www.facebook.com/groups/998877665544/user/100012345678901/",
            "https://www.facebook.com/groups/998877665544/user/100012345678901/",
        ),
        ("my thread about it: https://x.com/i/user/1234567890", "https://x.com/i/user/1234567890"),
        (
            "my channel https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL",
            "https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL",
        ),
        # the handle after the network and a few words: the writer's, a short name at once,
        # across a comma with the writer speaking or the handle's own label
        ("ig của mình @hoa.bakery_osaka nhé", "@hoa.bakery_osaka"),
        ("お知らせはXの@nagoya_masjid_volで流します", "@nagoya_masjid_vol"),
        ("I share the harvest pics on insta, @farmlife_shizuoka", "@farmlife_shizuoka"),
        ("пишу в інстаграм, нік @oksana_knits_jp", "@oksana_knits_jp"),
        ("fotoğrafları Instagram'da @kemal.bahce paylaşıyorum", "@kemal.bahce"),
    ],
)
def test_more_profiles(text: str, value: str) -> None:
    found(text, "social_profile", value)


def test_a_group_page_alone_stays() -> None:
    text = "the association's group: https://www.facebook.com/groups/998877665544/"
    assert not [s for s in find_pii(text) if s.kind == "social_profile"], spans(text)
