"""Personal-data detection and redaction through the public API (own example sentences)."""

from __future__ import annotations

import pytest

from classifiers.privacy import (
    KINDS,
    PLACEHOLDERS,
    SERVICES,
    PiiSpan,
    RedactionResult,
    find_pii,
    my_number_is_valid,
    redact,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(span.kind, span.text) for span in find_pii(text)]


def found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in kinds(text), kinds(text)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --------------------------------------------------------------------------------- e-mail


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("メールアドレスはtaro.yamada@example.co.jpです。", "taro.yamada@example.co.jp"),
        ("Email me at Maria_Silva+jp@mail.example.com.", "Maria_Silva+jp@mail.example.com"),
        ("Email của tôi là nguyen.van.an95@example.vn nhé", "nguyen.van.an95@example.vn"),
        ("Meu e-mail: joao-santos@example.com.br", "joao-santos@example.com.br"),
        ("我的邮箱是wangfang@example.cn。", "wangfang@example.cn"),
        ("連絡先：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"),
        ("contact: <hanako@example.ne.jp>", "hanako@example.ne.jp"),
    ],
)
def test_email(text: str, value: str) -> None:
    found(text, "email", value)


@pytest.mark.parametrize(
    "text", ["Follow @tokyo_city on X", "a@b", "price@ 300 yen", "user@localhost"]
)
def test_not_email(text: str) -> None:
    assert [k for k, _ in kinds(text)] == []


# --------------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("私の電話番号は090-1234-5678です", "090-1234-5678"),
        ("携帯：０８０－１２３４－５６７８", "０８０－１２３４－５６７８"),
        ("電話 070ー1234ー5678 まで", "070ー1234ー5678"),
        ("TEL 09012345678", "09012345678"),
        ("TEL090-1234-5678", "090-1234-5678"),
        ("代表 03-1234-5678（平日のみ）", "03-1234-5678"),
        ("市役所 (045) 123-4567", "(045) 123-4567"),
        ("窓口 0422(12)3456", "0422(12)3456"),
        ("フリーダイヤル 0120-123-456", "0120-123-456"),
        ("ナビダイヤル 0570-012-345", "0570-012-345"),
        ("IP 050 1234 5678", "050 1234 5678"),
        ("my number is +81 90 1234 5678", "+81 90 1234 5678"),
        ("call +81-(0)3-1234-5678 please", "+81-(0)3-1234-5678"),
        ("Số điện thoại của tôi là +84 912 345 678.", "+84 912 345 678"),
        ("Số điện thoại của tôi là 0912 345 678.", "0912 345 678"),
        ("Tawagan ako sa +63 917 123 4567", "+63 917 123 4567"),
        ("Meu telefone é +55 11 91234-5678", "+55 11 91234-5678"),
        ("Meu celular (11) 91234-5678", "(11) 91234-5678"),
        ("我的电话是+86 138 1234 5678。", "+86 138 1234 5678"),
        ("from Japan dial 010-84-912-345-678", "010-84-912-345-678"),
        ("(+84) 912 345 678 is my Zalo", "(+84) 912 345 678"),
        ("Nomor HP saya 0812-3456-7890", "0812-3456-7890"),
    ],
)
def test_phone(text: str, value: str) -> None:
    found(text, "phone", value)


@pytest.mark.parametrize(
    "text",
    [
        "2024年5月1日に申請しました。",
        "I applied on 2024-05-01 at 10:30.",
        "家賃は50,000円、更新料は1,234,567円です。",
        "About 80% agree; 12.5% do not.",
        "在留期間は5年です。受付は平日9:00-17:00。",
        "ISBN 978-4-12-345678-9",
        "from 2024-04-01 to 2027-03-31",
        "Call 110 or 119 in an emergency.",
        "The population grew from 1 000 000 to 1 200 000.",
        "Coordinates +35.6895 139.6917",
        "郵便番号は〒160-0023です。",
        "Room 0312, 3rd floor",
    ],
)
def test_not_phone(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "phone"] == []


# ------------------------------------------------------------------------- residence card


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("在留カード番号はAB12345678CDです。", "AB12345678CD"),
        ("My residence card number is XY98765432ZW.", "XY98765432ZW"),
        ("Số thẻ ngoại kiều của tôi là ab12345678cd", "ab12345678cd"),
        ("cartão de residente: AB 12345678 CD", "AB 12345678 CD"),
        ("我的在留卡号码是ＡＢ１２３４５６７８ＣＤ。", "ＡＢ１２３４５６７８ＣＤ"),
    ],
)
def test_residence_card(text: str, value: str) -> None:
    found(text, "residence_card", value)


@pytest.mark.parametrize("text", ["AB1234567CD", "ABC12345678CD", "AB12345678CDE", "A12345678CD"])
def test_not_residence_card(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "residence_card"] == []


# ------------------------------------------------------------------------------ My Number


def test_my_number_check_digit() -> None:
    # Digits P1..P11 counted from the right of the first eleven, weights 2..7 then 2..6:
    # 12345678901 -> 212, remainder 3 -> check digit 11 - 3 = 8.
    assert my_number_is_valid("123456789018")
    assert not my_number_is_valid("123456789010")
    # 12345678902 -> 214, remainder 5 -> 6; 23456789012 -> 219, remainder 10 -> 1.
    assert my_number_is_valid("123456789026")
    assert my_number_is_valid("234567890121")
    assert not my_number_is_valid("234567890128")
    # A remainder of 0 or 1 gives check digit 0: 00000000006 -> 12, remainder 1.
    assert my_number_is_valid("000000000060")
    assert not my_number_is_valid("000000000061")
    assert not my_number_is_valid("12345678901")
    assert not my_number_is_valid("１２３４５６７８９０１８")
    assert not my_number_is_valid("12345678901a")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("マイナンバーは123456789018です。", "123456789018"),
        ("個人番号：1234-5678-9026", "1234-5678-9026"),
        ("My Number: 2345 6789 0121", "2345 6789 0121"),
        ("Mã số cá nhân của tôi là 2345ー6789ー0121.", "2345ー6789ー0121"),
        ("我的个人编号是１２３４５６７８９０１８。", "１２３４５６７８９０１８"),
    ],
)
def test_my_number(text: str, value: str) -> None:
    found(text, "my_number", value)


@pytest.mark.parametrize(
    "text",
    [
        "予約番号は123456789010です。",  # wrong check digit
        "order 2345-6789-0128",
        "in 2019 2020 2021 we moved",
        "1234 56789010",  # any grouping, but a wrong check digit
        "追跡番号 3456 7890 1234",  # a parcel's number (its check digit happens to fit)
    ],
)
def test_not_my_number(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "my_number"] == []


# ------------------------------------------------------------------------------- passport


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("パスポート番号はTK1234567です。", "TK1234567"),
        ("TK1234567", "TK1234567"),  # the Japanese format needs no keyword
        ("My passport number is C1234567.", "C1234567"),
        ("Số hộ chiếu của tôi là B7654321.", "B7654321"),
        ("Meu passaporte é FX1234567.", "FX1234567"),
        ("Ang numero ng pasaporte ko ay P1234567A.", "P1234567A"),
        ("我的护照号码是E12345678。", "E12345678"),
        ("旅券番号：ｔｋ１２３４５６７", "ｔｋ１２３４５６７"),
    ],
)
def test_passport(text: str, value: str) -> None:
    found(text, "passport", value)


@pytest.mark.parametrize(
    "text",
    [
        "Order C1234567 arrived late.",  # one letter and no keyword
        "my zip code is 1234567",
        "The passport office opened in 1990 and has 1234567 visitors",
    ],
)
def test_not_passport(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "passport"] == []


# ------------------------------------------------------------------ postal codes, addresses


def test_postal_code_with_mark() -> None:
    found("郵便番号は〒160-0023です。", "postal_code", "〒160-0023")
    found("〒１６０－００２３", "postal_code", "〒１６０－００２３")
    found("〒1600023", "postal_code", "〒1600023")


def test_postal_code_near_keyword_or_place() -> None:
    found("郵便番号 160-0023", "postal_code", "160-0023")
    found("Mã bưu điện: 160-0023", "postal_code", "160-0023")
    found("My zip code is 1600023.", "postal_code", "1600023")
    assert kinds("The score was 160-0023 at half time.") == []


def test_address_after_postal_mark_stops_at_the_clause() -> None:
    assert kinds("〒160-0023 東京都新宿区西新宿2-8-1に住んでいます。") == [
        ("address", "〒160-0023 東京都新宿区西新宿2-8-1")
    ]
    assert kinds(
        "〒160-0023 東京都新宿区西新宿2丁目8番1号 サンハイツ101号室です。家賃が高い。"
    ) == [("address", "〒160-0023 東京都新宿区西新宿2丁目8番1号 サンハイツ101号室")]
    text = "My address is 〒160-0023 Tokyo, Shinjuku-ku, Nishi-Shinjuku 2-8-1, Sun Heights 203 and I like it."
    assert kinds(text) == [
        ("address", "〒160-0023 Tokyo, Shinjuku-ku, Nishi-Shinjuku 2-8-1, Sun Heights 203")
    ]


def test_address_does_not_swallow_the_next_item() -> None:
    assert kinds("〒160-0023 東京都新宿区西新宿2-8-1 電話 090-1234-5678") == [
        ("address", "〒160-0023 東京都新宿区西新宿2-8-1"),
        ("phone", "090-1234-5678"),
    ]
    assert kinds("〒160-0023 taro@example.jp") == [
        ("postal_code", "〒160-0023"),
        ("email", "taro@example.jp"),
    ]


def test_address_without_postal_mark() -> None:
    found("住所は東京都新宿区西新宿2-8-1です", "address", "東京都新宿区西新宿2-8-1")
    found(
        "埼玉県つくば市中央3丁目5番12号に住んでいます", "address", "埼玉県つくば市中央3丁目5番12号"
    )
    assert kinds("新宿区に住んでいます。区役所は2-3時間待ちでした。") == []


# ------------------------------------------------------------------------------------ URLs


def test_url_query_is_redacted_and_the_site_kept() -> None:
    text = "See https://city.example.lg.jp/form?id=123&name=tanaka. Thanks"
    assert kinds(text) == [("url", "id=123&name=tanaka")]
    assert redact(text).text == "See https://city.example.lg.jp/form?[URL]. Thanks"


def test_url_without_query_is_kept() -> None:
    assert kinds("詳しくは https://www.moj.go.jp/isa/ を見てください。") == []
    # digits in a path are not a phone number
    assert kinds("http://example.com/path/0312345678") == []


def test_url_with_credentials_is_redacted_whole() -> None:
    assert kinds("https://user:secret@example.com/x") == [
        ("url", "https://user:secret@example.com/x")
    ]


def test_url_query_in_another_script() -> None:
    assert kinds("https://x.example.jp/a?name=田中です。") == [("url", "name=田中です")]


# ---------------------------------------------------------------------------- birth dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("生年月日：1990年3月5日", "1990年3月5日"),
        ("生年月日は平成2年3月5日です。", "平成2年3月5日"),
        ("Date of birth: 05/03/1990", "05/03/1990"),
        ("I was born on March 5, 1990.", "March 5, 1990"),
        ("ngày sinh 5 tháng 3 năm 1990", "5 tháng 3 năm 1990"),
        ("Data de nascimento: 5 de março de 1990", "5 de março de 1990"),
        ("出生日期：1990-03-05", "1990-03-05"),
        ("1990年3月5日生まれです。", "1990年3月5日"),
    ],
)
def test_birth_date(text: str, value: str) -> None:
    found(text, "birth_date", value)


def test_unlabelled_dates_are_not_birth_dates() -> None:
    assert kinds("2024年5月1日に申請しました。締切は2024-05-31です。") == []


# ----------------------------------------------------------- messaging IDs, social profiles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LINE ID は maria_0312 です", "LINE ID は [LINE ID] です"),
        ("ライン: juan.dc88", "ライン: [LINE ID]"),
        ("line: @abc123", "line: [LINE ID]"),
        ("LINEのIDはmaria_0312です。", "LINEのIDは[LINE ID]です。"),
        ("add me on WeChat: lan-hoa", "add me on WeChat: [WECHAT ID]"),
        ("微信号：wangwei_1990", "微信号：[WECHAT ID]"),
        ("my weixin is wang.wei88", "my weixin is [WECHAT ID]"),
        ("카톡 아이디 minsu77", "카톡 아이디 [KAKAOTALK ID]"),
        ("카카오톡 아이디는 minsu77 입니다", "카카오톡 아이디는 [KAKAOTALK ID] 입니다"),
        ("kakao: minsu_77", "kakao: [KAKAOTALK ID]"),
        ("Viber: viber_user1", "Viber: [VIBER ID]"),
        ("WhatsApp ID budi.s99", "WhatsApp ID [WHATSAPP ID]"),
        ("my telegram @budi_ok", "my telegram [TELEGRAM ID]"),
        ("Zalo ID: lan.hoa_92", "Zalo ID: [ZALO ID]"),
        ("Liên hệ qua Zalo 0901234567 nhé", "Liên hệ qua Zalo [PHONE] nhé"),  # a phone stays one
        ("WhatsApp +81 90 1234 5678", "WhatsApp [PHONE]"),
        ("line.me/ti/p/~maria_0312", "[LINE ID]"),
        ("https://t.me/budi_ok", "[TELEGRAM ID]"),
        ("maria_0312 (LINE)", "[LINE ID] (LINE)"),
        ("@budi_ok on Telegram", "[TELEGRAM ID] on Telegram"),
        ("Viber/WhatsApp: maria_88", "Viber/WhatsApp: [WHATSAPP ID]"),
        ("LINE của tôi là maria_0312", "LINE của tôi là [LINE ID]"),
        ("我的微信是wangwei_1990。", "我的微信是[WECHAT ID]。"),
        ("WeChat: lanhoa.", "WeChat: [WECHAT ID]."),
        ("add me on LINE, my ID is maria88", "add me on LINE, my ID is [LINE ID]"),
        ("微信号码：wxid_abc12", "微信号码：[WECHAT ID]"),
        ("juan.dc88 é meu LINE", "[LINE ID] é meu LINE"),
        ("Line ID: mariasantos", "Line ID: [LINE ID]"),
        ("LINE（ライン）ID: maria_0312", "LINE（ライン）ID: [LINE ID]"),
        ("Add me on LINE (ID: maria_0312)", "Add me on LINE (ID: [LINE ID])"),
        ("LINE ID → maria_0312", "LINE ID → [LINE ID]"),
        ("Ang Viber ID ko ay jose.r88", "Ang Viber ID ko ay [VIBER ID]"),
        ("Akun Telegram saya @budi_ok", "Akun Telegram saya [TELEGRAM ID]"),
        ("Tambahkan WA saya: budi.ok", "Tambahkan WA saya: [WHATSAPP ID]"),
        ("ไลน์ของฉันคือ somchai_88", "ไลน์ของฉันคือ [LINE ID]"),
        ("Viber मा ram.b88 मा सम्पर्क गर्नुहोस्", "Viber मा [VIBER ID] मा सम्पर्क गर्नुहोस्"),
        ("Telegram'ım: mehmet_88", "Telegram'ım: [TELEGRAM ID]"),
        ("Пишите мне в телеграме: ivan_88", "Пишите мне в телеграме: [TELEGRAM ID]"),
        ("мой телеграм: @budi_ok", "мой телеграм: [TELEGRAM ID]"),
        ("ไลน์ไอดี maria_0312", "ไลน์ไอดี [LINE ID]"),
        # The app, a short phrase, then the label.
        ("LINEやってます！ID→taro_k21", "LINEやってます！ID→[LINE ID]"),
        (
            "Telegram is fastest for me, username @ivan_88",
            "Telegram is fastest for me, username [TELEGRAM ID]",
        ),
        # The label before the app.
        ("ID LINE saya budi.s99", "ID LINE saya [LINE ID]"),
        ("tài khoản Zalo: lan.hoa92", "tài khoản Zalo: [ZALO ID]"),
        # A verb or "my" before a lower-case app name.
        ("please add my line taro_k21", "please add my line [LINE ID]"),
        ("pls contact me on line jose.r88 thanks", "pls contact me on line [LINE ID] thanks"),
        ("加我微信wangwei_1990", "加我微信[WECHAT ID]"),
        ("友だち追加してください taro_k21", "友だち追加してください [LINE ID]"),
        # Chinese short forms of WeChat, "tg" for Telegram.
        ("vx: lihua_2001", "vx: [WECHAT ID]"),
        ("V信 lihua_2001", "V信 [WECHAT ID]"),
        ("wx号lihua_2001", "wx号[WECHAT ID]"),
        ("tg: @ivan_88", "tg: [TELEGRAM ID]"),
        # LINE in Burmese, Mongolian and Khmer.
        ("လိုင်း ID: aung_88", "လိုင်း ID: [LINE ID]"),
        ("линий ID: bat_88", "линий ID: [LINE ID]"),
        ("ឡាញ: sok_88", "ឡាញ: [LINE ID]"),
        # The handle in brackets or quotes.
        ("LINE ID「taro_k21」", "LINE ID「[LINE ID]」"),
        ("LINE ID (taro_k21)", "LINE ID ([LINE ID])"),
        ('Viber: "jose.r88"', 'Viber: "[VIBER ID]"'),
        ("LINE（taro_k21）", "LINE（[LINE ID]）"),
        # The handle first, then "is the app's ID".
        ("taro_k21がLINEのIDです", "[LINE ID]がLINEのIDです"),
        ("lihua_2001是我的微信", "[WECHAT ID]是我的微信"),
        # A plain-word handle after a label and a closing quote, or after an arrow.
        ('LINE ID is "tarok"', 'LINE ID is "[LINE ID]"'),
        ("LINE→tarok", "LINE→[LINE ID]"),
        # A lower-case "line" or "tg" right before a handle with "_" or "@".
        ("line taro_k21", "line [LINE ID]"),
        ("tg @ivan_88", "tg [TELEGRAM ID]"),
        # Account and name labels in more scripts.
        ("Viber အကောင့် tarok", "Viber အကောင့် [VIBER ID]"),
        ("Telegram គណនី tarok", "Telegram គណនី [TELEGRAM ID]"),
        ("ไลน์ชื่อ tarok", "ไลน์ชื่อ [LINE ID]"),
        ("LINE名: tarok", "LINE名: [LINE ID]"),
        ("微信账户：tarok", "微信账户：[WECHAT ID]"),
        # The handle a few words after the app, no label.
        ("카톡으로 연락주세요 minsu77", "카톡으로 연락주세요 [KAKAOTALK ID]"),
        ("Mag-message po kayo sa Viber ko jose.r88", "Mag-message po kayo sa Viber ko [VIBER ID]"),
        ("LINE 👉 taro_k21", "LINE 👉 [LINE ID]"),
        ("Вайбер дээр bat_88", "Вайбер дээр [VIBER ID]"),
        ("LINE IDを教えます。taro_k21です", "LINE IDを教えます。[LINE ID]です"),
    ],
)
def test_messaging_id(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("facebook.com/maria.santos.77", "[FACEBOOK PROFILE]"),
        ("My FB: https://www.facebook.com/maria.santos.77.", "My FB: [FACEBOOK PROFILE]."),
        ("fb.com/maria.s", "[FACEBOOK PROFILE]"),
        ("m.facebook.com/profile.php?id=100012345678", "[FACEBOOK PROFILE]"),
        ("instagram.com/juan_dc", "[INSTAGRAM PROFILE]"),
        ("tiktok.com/@budi.ok", "[TIKTOK PROFILE]"),
        ("x.com/lan_hoa", "[X PROFILE]"),
        ("twitter.com/lan_hoa", "[X PROFILE]"),
        ("youtube.com/@budi", "[YOUTUBE PROFILE]"),
        ("threads.net/@maria_s", "[THREADS PROFILE]"),
        ("Instagram @maria_s", "Instagram [INSTAGRAM PROFILE]"),
        ("IG: maria_s", "IG: [INSTAGRAM PROFILE]"),
        ("my tiktok is @budi.ok", "my tiktok is [TIKTOK PROFILE]"),
        ("X: @lan_hoa", "X: [X PROFILE]"),
        ("ig là lan.hoa", "ig là [INSTAGRAM PROFILE]"),
        ("インスタ: maria_s", "インスタ: [INSTAGRAM PROFILE]"),
        ("my youtube channel: budi_vlog", "my youtube channel: [YOUTUBE PROFILE]"),
        # The nearer service owns the handle.
        ("LINEかInstagram (@maria_s) で", "LINEかInstagram ([INSTAGRAM PROFILE]) で"),
    ],
)
def test_social_profile(text: str, expected: str) -> None:
    assert redact(text).text == expected


def test_spans_name_their_service() -> None:
    [span] = find_pii("add me on WeChat: lan-hoa")
    assert (span.kind, span.service, span.text) == ("messaging_id", "wechat", "lan-hoa")
    [span] = find_pii("instagram.com/juan_dc")
    assert (span.kind, span.service) == ("social_profile", "instagram")
    assert find_pii("090-1234-5678")[0].service is None
    for kind, services in SERVICES.items():
        for service in services:
            span = PiiSpan(kind, 0, 1, "a", service)
            assert redact("a", [span]).text in {
                f"[{service.upper()} ID]",
                f"[{service.upper()} PROFILE]",
            }
    # Without a service (spans stored elsewhere), the kind's generic placeholder.
    assert redact("abc", [PiiSpan("messaging_id", 0, 3, "abc")]).text == "[MESSAGING ID]"
    assert redact("abc", [PiiSpan("social_profile", 0, 3, "abc")]).text == "[SOCIAL PROFILE]"


@pytest.mark.parametrize(
    "text",
    [
        "I work from @home on Fridays.",
        "Room #8008 is on the 8th floor.",
        "Follow @tokyo_city on X for news.",
        "Meet @ 5pm at the station.",
        "We waited in line for 3 hours.",
        "The line is long and the line: it never moves.",
        "Register online: abc_1 is the form code",  # "online" is not LINE
        "I pay with LINE Pay and use Instagram every day.",
        "The deadline is 2024-05-01.",
        "https://www.youtube.com/watch",
        "https://www.facebook.com/events/",
        "See x.com or facebook.com for the city's news.",
        "My residence card is YT-98320924-RK",  # a card, not a YouTube handle
        "Zalo: nhanh hơn Messenger",  # a plain word after the colon, then more prose
        "WhatsApp é melhor que Telegram.",
        "I am on LINE every day.",
        "the line's length: abc_12",
        "Please line up here, then go online.",
        "The LINE app is useful, and LINE Pay too.",
        "WeChat Pay and 微信支付 are accepted.",
        "I am on line 2 of the form.",
        "my line manager is kind",
        "LINEで連絡してください。COVID-19の情報も届きます",
        "LINEの通知でCOVID-19とApt-201の件を知りました",
        "LINEで見た 3-chome の工事",
        "the line b12x is late",
        "on line 2b",
        "LINE Pay で ab_12 を払いました",
    ],
)
def test_not_messaging_or_social(text: str) -> None:
    assert [k for k, _ in kinds(text) if k in ("messaging_id", "social_profile")] == []


def test_emails_stay_emails_near_service_names() -> None:
    assert kinds("LINE: taro@example.jp") == [("email", "taro@example.jp")]
    assert kinds("add me on line taro@example.jp") == [("email", "taro@example.jp")]
    assert [k for k, _ in kinds("WhatsApp me +81 90 1234 5678")] == ["phone"]
    assert [k for k, _ in kinds("加我微信 090-1234-5678")] == ["phone"]
    assert kinds("dorj+x@hotmail.com") == [("email", "dorj+x@hotmail.com")]


# ------------------------------------------------------------------- romanised addresses


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "2-8-1 Nishishinjuku, Shinjuku-ku, Tokyo 160-0023",
            "2-8-1 Nishishinjuku, Shinjuku-ku, Tokyo 160-0023",
        ),
        ("Higashi 3-chome 5-12, Toyota-shi, Aichi", "Higashi 3-chome 5-12, Toyota-shi, Aichi"),
        ("Kawasaki-shi Nakahara-ku Kosugi-cho 1-403", "Kawasaki-shi Nakahara-ku Kosugi-cho 1-403"),
        ("Higashi 3 chōme 5-12, Toyota-shi", "Higashi 3 chōme 5-12, Toyota-shi"),
        ("5-12-301 Kosugi-cho, Nakahara-ku", "5-12-301 Kosugi-cho, Nakahara-ku"),
        (
            "Tōkyō-to Shinjuku-ku Nishishinjuku 2-8-1 Room 305",
            "Tōkyō-to Shinjuku-ku Nishishinjuku 2-8-1 Room 305",
        ),
        (
            "Osaka-fu Osaka-shi Kita-ku Umeda 1-2-3 #402",
            "Osaka-fu Osaka-shi Kita-ku Umeda 1-2-3 #402",
        ),
        (
            "I live at 2-8-1 Nishishinjuku, Shinjuku-ku, Tokyo. Please help",
            "2-8-1 Nishishinjuku, Shinjuku-ku, Tokyo",
        ),
        (
            "Address: 1-2-3 Sakae, Naka-ku, Nagoya-shi, Aichi-ken, Corpo Sakura 201 and I pay a lot",
            "1-2-3 Sakae, Naka-ku, Nagoya-shi, Aichi-ken, Corpo Sakura 201",
        ),
        ("Moro em 3-5-2 Honcho, Kawaguchi City, Saitama.", "3-5-2 Honcho, Kawaguchi City, Saitama"),
        ("Apt 201, Sun Heights, 1-2-3 Kosugi-cho", "Apt 201, Sun Heights, 1-2-3 Kosugi-cho"),
        ("Umeda 1-2-3, Kita, Osaka-shi", "Umeda 1-2-3, Kita, Osaka-shi"),  # Kita is a place
        (
            "i live at 2-8-1 nishishinjuku, shinjuku-ku, tokyo and it is far",
            "2-8-1 nishishinjuku, shinjuku-ku, tokyo",
        ),
    ],
)
def test_romanised_address(text: str, value: str) -> None:
    found(text, "address", value)


def test_romanised_address_after_postal_code_is_one_span() -> None:
    text = "〒160-0023 Tokyo, Shinjuku-ku, Nishi-Shinjuku 2-8-1, Sun Heights 203 and I like it."
    assert kinds(text) == [
        ("address", "〒160-0023 Tokyo, Shinjuku-ku, Nishi-Shinjuku 2-8-1, Sun Heights 203")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I live in Shinjuku-ku and work in Toyota City.",
        "Toyota City is nice.",
        "Shinjuku City Hall is open on Saturdays.",
        "The Osaka-fu immigration bureau and Osaka Station were crowded.",
        "The Mayor of Kawasaki-shi answered us.",
        "FC Tokyo won 2-1 yesterday.",
        "from 2019-2020 in Shinjuku-ku",
        "Call Shinjuku-ku office 03-1234-5678",  # a phone number, not an address
        "we have 2-3 more people in shinjuku-ku",
    ],
)
def test_not_romanised_address(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "address"] == []


# ---------------------------------------------------------------- written-out e-mail


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("email me: maria.santos at gmail dot com", "maria.santos at gmail dot com"),
        ("juan[at]yahoo[dot]co[dot]jp", "juan[at]yahoo[dot]co[dot]jp"),
        ("write to lan (at) outlook.com please", "lan (at) outlook.com"),
        ("budi @ gmail . com", "budi @ gmail . com"),
        ("maria arroba gmail ponto com", "maria arroba gmail ponto com"),
        (
            "taro アットマーク docomo ドット ne ドット jp",
            "taro アットマーク docomo ドット ne ドット jp",
        ),
        ("minsu 골뱅이 naver 닷 com", "minsu 골뱅이 naver 닷 com"),
        ("lan a còng gmail chấm com", "lan a còng gmail chấm com"),
        ("maria dot santos at gmail dot com. Thanks", "maria dot santos at gmail dot com"),
        ("ana{at}company(dot)com", "ana{at}company(dot)com"),
        ("budi et gmail titik com", "budi et gmail titik com"),
        ("ivan собака yandex точка ru", "ivan собака yandex точка ru"),
        ("maria(a)gmail.com", "maria(a)gmail.com"),
    ],
)
def test_written_out_email(text: str, value: str) -> None:
    found(text, "email", value)


@pytest.mark.parametrize(
    "text",
    [
        "I work at Toyota dot com events.",
        "We met at Gmail's office.",
        "I stayed at home. Com is a word.",
        "He arrived at Narita at 5pm.",
        "I met him at Yahoo. Com is short for company.",
    ],
)
def test_prose_at_is_not_an_email(text: str) -> None:
    assert kinds(text) == []


# ------------------------------------------------------- numbers with separators or spaces


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("在留カード AB 1234 5678 CD", "residence_card", "AB 1234 5678 CD"),
        ("card AB-1234-5678-CD", "residence_card", "AB-1234-5678-CD"),
        ("card ab 12345678 cd", "residence_card", "ab 12345678 cd"),
        ("card ab  1234  5678  cd", "residence_card", "ab  1234  5678  cd"),
        ("card AB.1234.5678.CD", "residence_card", "AB.1234.5678.CD"),
        ("passport tk 1234567", "passport", "tk 1234567"),
        ("マイナンバー 1234 5678 9018", "my_number", "1234 5678 9018"),
        ("My Number 1234-5678-9018", "my_number", "1234-5678-9018"),
        ("Passport: TK 1234567", "passport", "TK 1234567"),
        ("passport no. C-1234567", "passport", "C-1234567"),
        ("携帯 090 1234 5678", "phone", "090 1234 5678"),
        ("phone +81 90 1234 5678", "phone", "+81 90 1234 5678"),
        ("office (03) 1234 5678", "phone", "(03) 1234 5678"),
    ],
)
def test_numbers_with_separators(text: str, kind: str, value: str) -> None:
    found(text, kind, value)


def test_grouped_numbers_that_are_not_personal_data() -> None:
    assert kinds("My Number 1234 5678 9010") == []  # wrong check digit
    assert kinds("passport is 1234567") == []  # a word, not a passport's letters
    assert kinds("AB 1234 567 CD") == []  # seven digits


# ------------------------------------------------------------ offsets, output, robustness


def test_offsets_point_into_the_original_text() -> None:
    text = "ｅメール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ、電話０９０－１２３４－５６７８、㈱テスト"
    spans = find_pii(text)
    assert [s.kind for s in spans] == ["email", "phone"]
    for span in spans:
        assert text[span.start : span.end] == span.text
    assert spans[1].text == "０９０－１２３４－５６７８"


def test_offsets_after_characters_that_expand_under_nfkc() -> None:
    # "㍻", "㈱" and "㌔" become 2, 3 and 4 characters in NFKC; offsets must not drift.
    text = "㍻㈱㌔ 電話 090-1234-5678"
    [span] = find_pii(text)
    assert text[span.start : span.end] == "090-1234-5678"
    assert span == PiiSpan("phone", 7, 20, "090-1234-5678")


def test_spans_are_sorted_and_disjoint() -> None:
    text = (
        "Tel +81 90 1234 5678, mail a@example.com, card AB12345678CD, My Number 1234-5678-9026, "
        "passport TK1234567, 〒160-0023 東京都新宿区西新宿2-8-1, born on 1 May 1990, "
        "https://x.example/f?id=1"
    )
    spans = find_pii(text)
    assert [s.kind for s in spans] == [
        "phone",
        "email",
        "residence_card",
        "my_number",
        "passport",
        "address",
        "birth_date",
        "url",
    ]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_redact_output() -> None:
    text = "電話は090-1234-5678、メールはtaro@example.jpです。在留カードAB12345678CD"
    result = redact(text)
    assert isinstance(result, RedactionResult)
    assert result.text == "電話は[PHONE]、メールは[EMAIL]です。在留カード[RESIDENCE CARD]"
    assert [s.kind for s in result.spans] == ["phone", "email", "residence_card"]


def test_redact_with_given_spans_skips_overlaps() -> None:
    text = "abc 090-1234-5678 xyz"
    spans = [PiiSpan("phone", 4, 17, "090-1234-5678"), PiiSpan("email", 10, 12, "34")]
    result = redact(text, spans)
    assert result.text == "abc [PHONE] xyz"
    assert result.spans == [spans[0]]
    assert redact(text, []).text == text


def test_every_kind_has_a_placeholder() -> None:
    assert set(PLACEHOLDERS) == set(KINDS)
    assert set(KINDS) == {
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
    }
    assert all(p.startswith("[") and p.endswith("]") and p.isascii() for p in PLACEHOLDERS.values())


def test_nothing_in_plain_text() -> None:
    assert find_pii("") == []
    assert redact("").text == ""
    for text in [
        "市役所の窓口で3時間待ちました。もっと職員を増やしてほしいです。",
        "Tôi đã sống ở Nhật 10 năm và muốn gia hạn visa 3 năm.",
        "Em 2023 paguei R$ 1.500,00 de imposto.",
        "我在日本住了5年，房租是50,000日元。",
        "저는 2019년부터 일본에 살고 있습니다.",
        "Nakatira ako sa Japan mula 2015, 2 anak.",
    ]:
        assert find_pii(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000 + "@example.com",  # e-mail: one long local part
        "a@" * 100_000,
        "1 " * 100_000,  # phone numbers: one long run of short groups
        "0-" * 100_000,
        "1234 " * 40_000,  # My Number: overlapping 4-4-4 candidates
        "http://a" + ")" * 200_000,  # URL: trailing parentheses
        "〒123-4567 東京都" * 14_000,  # postal codes and addresses
        "passport A1234567 " * 11_000,
        "生年月日:" * 40_000 + "1",  # birth-date labels without a date
        "line " * 40_000,  # messaging IDs: service names without a handle
        "WA saya " * 25_000,
        "LINE (" * 33_000,
        "LINE ID: " * 22_000,
        "LINE ab " * 25_000,  # messaging IDs near the app's name, without a label
        "友だち追加 a " * 20_000,
        "加我微信 " * 40_000,
        "ab_1が" * 40_000,
        "LINE ID を" * 20_000,
        "x @" * 66_000,
        "facebook.com/" * 15_000,  # profile links
        "a at gmail dot " * 14_000,  # written-out e-mail
        "a[at]" * 40_000,
        "a dot " * 33_000 + "a at gmail dot com",
        "ab〔x〕" * 33_000,  # disguised e-mail: wrapped words, symbols, words in other scripts
        "abc☆gmail" * 22_000,
        "maria あっと " * 20_000 + "gmail",
        "a" * 200_000 + "〔at〕gmail〔dot〕com",
        "1-2-3 Tokyo " * 16_000,  # romanised addresses
        "1-2-3 " * 33_000,
        "3-chome " * 25_000,
        "Shinjuku-ku " * 16_000 + "1-2-3",
        "AB 1234 " * 25_000,  # residence cards in groups
    ],
    ids=lambda text: repr(text[:12]),
)
def test_long_hostile_input_finishes(text: str) -> None:
    # Every pattern is linear; a quadratic one would take minutes on these 200 KB strings.
    result = redact(text)
    assert isinstance(result.text, str)


# ---------------------------------------------------------------------------------- names


def test_names_are_redacted() -> None:
    result = redact("My name is Maria Santos, phone 090-1234-5678.")
    assert result.text == "My name is [NAME], phone [PHONE]."
    assert [s.kind for s in result.spans] == ["name", "phone"]
    assert redact("会社の田中さんに怒鳴られました。").text == "会社の[NAME]さんに怒鳴られました。"
    assert redact("Tên tôi là Nguyễn Thị Lan.").text == "Tên tôi là [NAME]."
    kept = "石破首相と新宿区役所に。大家さんと先生。I am a student from Vietnam."
    assert redact(kept).text == kept


def test_names_lose_overlaps_and_keep_original_offsets() -> None:
    # Another kind wins over a name; "㍻" becomes two shadow characters, the span does not move.
    assert redact("My name is maria@example.com").text == "My name is [EMAIL]"
    text = "㍻30年、グエンと申します。電話０９０－１２３４－５６７８"
    assert redact(text).text == "㍻30年、[NAME]と申します。電話[PHONE]"
    assert [(s.kind, s.text) for s in find_pii(text)][0] == ("name", "グエン")
