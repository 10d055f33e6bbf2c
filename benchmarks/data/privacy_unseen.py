"""Templates, frames, name lists and value shapes of the `unseen` split of benchmarks/privacy.py.

Written on 2026-12-06 by the team's data writer for issue 21, who did not open the detector
(`classifiers/names.py`, `classifiers/privacy.py`, its data files, its tests or ADR 0004) and
never ran it while writing: every phrasing comes from how residents write in each language,
and was chosen to differ from the `dev` and `heldout` templates of benchmarks/privacy.py
(other sentence shapes and word orders, other roles and honorifics, names after commas, in
lists, in quoted speech, in greetings and signatures, followed by particles or suffixes).
How the split is assembled and scored: benchmarks/data/privacy_unseen_README.md.

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese boss named
in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}` (a Japanese mobile number used as Zalo/Viber/WhatsApp
ID), `{intl}` (a foreign or +81 number as written for WhatsApp/Viber/Zalo), `{walink}`. Social
slots (gold kind `social_profile`): `{fb}`, `{igu}`, `{ttu}`, `{xu}`, `{yt}` (profile URLs) and
`{ig}`, `{tt}`, `{x}` (a handle after a written "@"). A template of one kind may hold a slot of
another kind (a signature with a LINE ID): that span is gold of its own kind. `{}` in `PHRASES`
is the value of the kind being generated. Negative frames hold one of `{place}`, `{official}`,
`{town}`, `{company}`, `{word}`, filled from the lists below, none of which is in the dev or
held-out lists.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# Self-introductions, people named with honorifics, roles and kinship, signatures, greetings,
# lists, quoted speech. The gold span is the name only; "さん", "-san", "Bey", "anh" stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "私、{name}は技能実習生として三年前に来日しました。",
        "先日、夫の{name}が入管で更新の手続きをしました。",
        "大家さん（{name}）に何度電話しても出てくれません。",
        "日本語学校の{family}先生には本当にお世話になりました。",
        "派遣会社の担当の{family}さんが「来月から仕事はない」と言いました。",
        "隣の部屋の{family}さんと{family}さんが夜遅くまで騒いでいます。",
        "以上、よろしくお願いいたします。{name}",
        "差出人：{name}",
        "ブローカーの{name}に80万円を払いました。",
        "店長の{family}から毎日怒鳴られています。",
        "{family}様　いつもお世話になっております。",
        "息子の{given}が学校でいじめられています。",
        "ベトナム出身の{name}と申す者です。",
        "妻・{given}の病院の付き添いで仕事を休みました。",
        "班長の{family}さんに「外国人は黙れ」と言われました。",
    ],
    "en": [
        "Dear {family@ja_latin}-san, thank you for your help last week.",
        "Best regards, {name}",
        "— {name}",
        "Thanks, {given}",
        "My landlord {name} keeps entering my room without asking.",
        "Our team leader ({name}) makes us work on Sundays.",
        "I share a room with {name} and {name}.",
        "Her name is {name} and she comes from the same town as me.",
        "My husband, {given}, lost his job in March.",
        "The broker, a man called {name}, kept my passport for two months.",
        "{given} (my coworker) said the foreman hit him.",
        '"{given}, you are fired," my boss shouted in front of everyone.',
        "I am writing on behalf of my mother, {name}, who cannot read Japanese.",
        "Signed: {name}",
        "Sensei {family@ja_latin} at the community centre told us to write here.",
        "Yours sincerely, {name}",
    ],
    "zh": [
        "我老公{name}的签证下个月就到期了。",
        "房东{family}先生一直不退押金。",
        "中介{name}收了我三万块钱就不见了。",
        "我们班的{family}老师对留学生很好。",
        "我和同事{name}、{name}一起住在公司宿舍。",
        "署名：{name}",
        "组长{family}经常骂我们外国人。",
        "{family}女士，您好！",
        "免贵姓{family}，在名古屋做饮食工作。",
        "此致敬礼！{name}",
        "我女儿{name}在学校被欺负了。",
    ],
    "ko": [
        "{family} 사장님이 월급을 석 달째 안 주고 있어요.",
        "집주인 {name} 씨에게 연락이 안 됩니다.",
        "남편 {name}의 비자 문제로 문의드립니다.",
        "{name} 드림",
        "제 동료 {name}, {name} 모두 회사를 그만뒀습니다.",
        "{family} 선생님께 감사드립니다.",
        "과장님({name})께서 폭언을 했습니다.",
        "브로커 {name}에게 돈을 뜯겼어요.",
    ],
    "vi": [
        "Chồng tôi, anh {given}, bị mất việc từ tháng trước.",
        "Chủ nhà là bà {name}, không chịu sửa điều hòa.",
        "Mình là {name}, thực tập sinh ở Gifu.",
        "Môi giới {name} đã lấy của tôi 150 triệu đồng.",
        "Cô giáo {given} dạy tiếng Nhật rất nhiệt tình.",
        "Trân trọng, {name}",
        "Tôi, {name} và {name} ở chung phòng ký túc xá.",
        "Xin chào, mình tên {given}.",
        "Trưởng nhóm {family@ja_latin} hay la mắng chúng tôi.",
        'Ông chủ nói: "{given}, mai không cần đi làm nữa."',
    ],
    "ne": [
        "मेरो श्रीमान् {name} को भिसा सकिँदैछ।",
        "घरबेटी {name}ले धितो फिर्ता दिएनन्।",
        "म {name}, टोकियोमा विद्यार्थी हुँ।",
        "भवदीय, {name}",
        "दलाल {name}लाई मैले पाँच लाख दिएँ।",
        "Mero naam {name@ne_latin} ho, Osaka ma baschu.",
        "Hamro manager {name@ne_latin} le talab diyena.",
    ],
    "id": [
        "Suami saya, {name}, sudah tiga bulan tidak digaji.",
        "Pemilik apartemen, Pak {given}, tidak mau mengembalikan deposit.",
        "Hormat saya, {name}",
        "Guru bahasa Jepang kami, {family@ja_latin} sensei, sangat baik.",
        "Saya dan {name} bekerja di pabrik yang sama.",
        "Kenalkan, nama aku {given}.",
        "Agen {name} meminta uang 30 juta rupiah.",
    ],
    "tl": [
        "Ang asawa kong si {name} ay nawalan ng trabaho.",
        "Si Ma'am {given} sa agency ay hindi sumasagot sa tawag.",
        "Salamat po, {name}",
        "Yung landlord namin na si {name}, ayaw ibalik ang deposit.",
        "Kami nina {given} at {given} ay magkasama sa dorm.",
        "Si Sir {family@ja_latin}, ang supervisor namin, ay laging sumisigaw.",
        "Ito po si {name}, taga-Batangas.",
    ],
    "th": [
        "สามีของดิฉัน {name} ตกงานแล้วค่ะ",
        "เจ้าของห้อง คุณ{given} ไม่ยอมคืนเงินมัดจำ",
        "ขอบคุณค่ะ {name}",
        "นายหน้าชื่อ{given}เก็บเงินไปสามหมื่นบาท",
        "อาจารย์{given}สอนภาษาญี่ปุ่นดีมาก",
        "ผม{given} ทำงานที่โรงงานในไอจิครับ",
    ],
    "pt": [
        "Meu marido, {name}, perdeu o emprego em março.",
        "O dono do apartamento, seu {given}, não devolve o depósito.",
        "Att., {name}",
        "Abraços, {given}",
        "A empreiteira do {name} não paga o seguro social.",
        "Eu e a {given} trabalhamos na mesma fábrica em Iwata.",
        "O encarregado {family@ja_latin}-san grita com a gente todo dia.",
        "Quem escreve é {name}, que mora em Hamamatsu há dez anos.",
    ],
    "es": [
        "Mi esposo, {name}, no tiene seguro médico.",
        "El casero, don {given}, no quiere devolver la fianza.",
        "Saludos, {name}",
        "La profesora {family} ayuda mucho a mi hija.",
        "{given} y {given}, mis compañeros, también se quejan del horario.",
        "Le escribe {name}, residente en Nagoya.",
        "El jefe de línea, {family@ja_latin}-san, nos grita.",
    ],
    "my": [
        "ကျွန်မခင်ပွန်း {name} အလုပ်ပြုတ်သွားတယ်။",
        "အိမ်ရှင် {name} က စပေါ်ငွေ ပြန်မပေးဘူး။",
        "{name} မှ ရေးသားပါသည်။",
        "ပွဲစား {name} ကို ငွေ သိန်းငါးဆယ် ပေးခဲ့ရတယ်။",
        "ဆရာမ {name} က သင်ပေးတာ ကောင်းတယ်။",
    ],
    "km": [
        "ប្តីរបស់ខ្ញុំ {name} បាត់បង់ការងារ។",
        "ម្ចាស់ផ្ទះ {name} មិនព្រមឲ្យប្រាក់កក់វិញទេ។",
        "ដោយក្តីគោរព {name}",
        "មេក្រុម {name} ស្រែកដាក់ពួកយើងរាល់ថ្ងៃ។",
        "Knhom chhmous {name@km_latin}, rean nov Osaka.",
    ],
    "mn": [
        "Миний нөхөр {name} ажилгүй болсон.",
        "Байрны эзэн {name} барьцаа мөнгийг буцааж өгөхгүй байна.",
        "Хүндэтгэсэн, {name}",
        "Багш {given} маш сайн заадаг.",
        "Зуучлагч {name} надаас мөнгө авсан.",
    ],
    "tr": [
        "Eşim {name} işini kaybetti.",
        "Ev sahibi {given} Bey depozitoyu geri vermiyor.",
        "Saygılarımla, {name}",
        "Ustabaşı {family@ja_latin}-san bize bağırıyor.",
        "{given} Hoca bize çok yardımcı oldu.",
        "Ben ve arkadaşım {name} aynı fabrikada çalışıyoruz.",
    ],
    "uk": [
        "Мій чоловік, {name}, втратив роботу.",
        "Власник квартири пан {given} не повертає заставу.",
        "З повагою, {name}",
        "Нам допомагав волонтер {name}.",
        "Я, {name}, приїхав з Харкова у 2022 році.",
    ],
    "ru": [
        "Мой муж, {name}, потерял работу.",
        "Хозяин квартиры, {name}, не возвращает залог.",
        "С уважением, {name}",
        "Посредник {name} забрал у меня деньги.",
        "Пишет вам {name}, студент из Осаки.",
    ],
}

# Name lists the team had not written before: foreign residents' names in katakana, Filipino,
# Nepali (Latin), Mongolian, Burmese and Khmer names. They replace the shared short lists in
# this split, so that no name a rule might have been shown appears here.
KATAKANA_FAMILY = ["ヴォー", "ダン", "ブイ", "ドー", "ゴー", "ズオン", "フェレイラ", "ソウザ", "カルドーゾ",
                   "アルメイダ", "コスタ", "メンドーサ", "ビリャヌエバ", "バウティスタ", "ライ", "マガル",
                   "アディカリ", "チェ", "ジャン", "チョウ", "プトラ", "ウィジャヤ", "カヤ", "シェフチェンコ",
                   "バトボルド", "ミン", "ソック"]  # fmt: skip
KATAKANA_GIVEN = ["ティエン", "フオン", "ハイ", "ゴック", "ロドリゴ", "ジュリアナ", "タイス", "ブルーノ",
                  "ジョセフ", "クリスティン", "スニタ", "プラカシュ", "ジウ", "シャオミン", "ワヤン",
                  "デウィ", "エミネ", "ムスタファ", "イリーナ", "テムジン", "ココ", "ソピア", "マリセル"]  # fmt: skip
TL_GIVEN = ["Rhea", "Janet", "Ryan", "Michelle", "Edgar", "Grace", "Noel", "Joy", "Ferdinand",
            "Princess", "Jayson", "Lovely", "Randy", "Mylene", "Dennis", "Precious"]  # fmt: skip
TL_FAMILY = ["Villareal", "Macaraeg", "Dimaculangan", "Sarmiento", "Lacson", "Panganiban",
             "Magbanua", "Salazar", "Ocampo", "Cabrera", "Lumbera", "Agbayani", "Dumalagan"]  # fmt: skip
NE_LATIN_GIVEN = ["Hari", "Laxmi", "Ramesh", "Kamala", "Santosh", "Pooja", "Bishnu", "Anita",
                  "Rabin", "Sushila", "Hem", "Roshan"]  # fmt: skip
NE_LATIN_FAMILY = ["Bhattarai", "Ghimire", "Dahal", "Subedi", "Pandey", "Lama", "Sherpa",
                   "Koirala", "Oli", "Budha", "Chaudhary", "Acharya"]  # fmt: skip
MN_GIVEN = ["Ганзориг", "Уянга", "Эрдэнэбат", "Солонго", "Баярмаа", "Түвшин", "Мягмар", "Одончимэг",
            "Сүхбаатар", "Ундрах", "Билгүүн", "Гэрэлмаа", "Ууганбаяр", "Саруул"]  # fmt: skip
MN_FATHER_INITIAL = list("ХМЧЛУПВ")
MN_LATIN_FATHER_INITIAL = ["Kh", "M", "Ch", "L", "U", "P", "V", "Ts"]
MN_LATIN_GIVEN = ["Ganzorig", "Uyanga", "Erdenebat", "Solongo", "Bayarmaa", "Tuvshin", "Myagmar",
                  "Sukhbaatar", "Undrakh", "Bilguun", "Uuganbayar", "Saruul"]  # fmt: skip
MY_NAMES = ["ထွန်းထွန်း", "လှလှ", "မြတ်နိုး", "ဇော်မင်း", "သူဇာ", "ပိုပို", "နေလင်း", "ခင်ဇော်",
            "ဝေဝေ", "ရဲမင်း", "စန္ဒာ", "သီရိ", "ကောင်းမြတ်", "မေသူ"]  # fmt: skip
MY_LATIN = ["Tun Tun", "Hla Hla", "Myat Noe", "Zaw Min", "Thuzar", "Po Po", "Nay Lin", "Khin Zaw",
            "Wai Wai", "Ye Min", "Sandar", "Thiri", "Kaung Myat", "May Thu"]  # fmt: skip
KM_FAMILY = ["ឡុង", "ហ៊ុន", "ទេព", "ប៊ុន", "អ៊ុក", "នួន", "សេង", "យឹម"]
KM_GIVEN = ["បញ្ញា", "សុធា", "ចរិយា", "វាសនា", "មករា", "សុភ័ក្ត្រ", "រស្មី", "ពន្លក", "ស៊ីណាត", "ណារី"]
KM_LATIN_FAMILY = ["Long", "Hun", "Tep", "Bun", "Ouk", "Nuon", "Seng", "Yim"]
KM_LATIN_GIVEN = ["Panha", "Sothea", "Chariya", "Veasna", "Makara", "Sopheak", "Raksmey",
                  "Ponlok", "Sinat", "Neary"]  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["連絡はLINEでお願いします→{line}", "ラインやってます（ID：{line}）", "LINE追加してください {lineurl}",
           "ワッツアップ（{intl}）でも大丈夫です", "中国語ならWeChat（{wechat}）へどうぞ"],
    "en": ["Add me on LINE, my ID is {line}.", "you can text me on WhatsApp ({intl})",
           "WeChat: {wechat} (Chinese or English is fine)", "my Viber is {phone}",
           "Telegram: {tg}, I reply faster there", "kakaotalk id = {kakao}", "message me here: {walink}",
           "Thanks, {given}. LINE: {line}"],
    "zh": ["请加微信{wechat}联系我", "微信/WeChat：{wechat}", "有事可以发LINE给我，ID是{line}", "电报 {tg}",
           "微信号是{wechat}，备注意见箱"],
    "ko": ["카카오톡으로 연락주세요 (ID: {kakao})", "제 카톡은 {kakao}이에요", "라인 {line} 추가해 주세요",
           "텔레그램 {tg}"],
    "vi": ["Kết bạn Zalo với mình qua số {phone} nha", "Zalo/Viber: {phone}", "add line mình: {line}",
           "có gì nhắn zalo {intl}", "Zalo chính chủ {intl} (gọi sau 8h tối)"],
    "ne": ["Viber मा {intl} मा मेसेज गर्नुहोस्", "मेरो वाट्सएप नम्बर {intl}", "लाइन आईडी: {line}"],
    "id": ["WA aktif: {intl}", "Bisa chat ke WhatsApp {phone}", "LINE saya: {line}", "Telegram saya {tg}"],
    "tl": ["Message mo na lang ako sa Viber, {phone}", "WhatsApp ko: {intl}", "add mo ako sa LINE, {line}"],
    "th": ["แอดไลน์มาที่ {line} ได้เลยค่ะ", "ไอดีไลน์ของผมคือ {line}", "ติดต่อทาง WhatsApp ได้ที่ {intl}"],
    "pt": ["me chama no zap {intl}", "WhatsApp (só mensagem): {phone}", "LINE: {line} (pode mandar mensagem)"],
    "es": ["mándame un WhatsApp al {intl}", "mi ID de LINE: {line}", "escríbeme por Telegram a {tg}"],
    "my": ["Viber နံပါတ် {intl}", "Telegram {tg} ကို ဆက်သွယ်ပါ", "LINE ID - {line}"],
    "km": ["Telegram៖ {tg}", "លេខ WhatsApp {intl}"],
    "mn": ["Вайбер: {phone}", "Телеграм {tg}", "WhatsApp дугаар: {intl}"],
    "tr": ["WhatsApp'tan yazın: {intl}", "Telegram'dan ulaşabilirsiniz: {tg}", "LINE kimliğim {line}"],
    "uk": ["Пишіть у Телеграм: {tg}", "Вайбер {intl}", "WhatsApp: {intl}"],
    "ru": ["Мой телеграм {tg}", "Пишите в WhatsApp {intl}", "Вайбер: {phone}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["インスタやってます→@{ig}", "Facebook（{fb}）で活動を紹介しています", "TikTokのアカウント：{ttu}",
           "Xで発信中：{xu}", "YouTubeチャンネル「{yt}」"],
    "en": ["Find me on Facebook: {fb}", "my insta is {igu}", "DM me on instagram, @{ig}",
           "I posted a video about it on TikTok ({ttu})", "follow @{x} on X for updates", "my YouTube: {yt}"],
    "zh": ["我的抖音/TikTok：@{tt}", "欢迎关注我的Instagram @{ig}", "脸书主页：{fb}"],
    "ko": ["인스타그램 계정은 @{ig}입니다", "페이스북 주소: {fb}", "트위터(X) {xu}"],
    "vi": ["Face của mình: {fb}", "follow tiktok {ttu} nha", "insta: @{ig}"],
    "ne": ["मेरो टिकटक @{tt}", "फेसबुक पेज {fb}"],
    "id": ["Follow IG aku ya @{ig}", "akun TikTok: {ttu}", "FB ku: {fb}"],
    "tl": ["pa-follow naman sa TikTok ko @{tt}", "eto FB ko: {fb}"],
    "th": ["ติดตามได้ที่ TikTok @{tt}", "เฟสบุ๊คของฉัน {fb}"],
    "pt": ["Segue lá no Insta: {igu}", "meu face: {fb}", "canal no YouTube: {yt}"],
    "es": ["Mi TikTok: {ttu}", "búscame en Facebook como {fb}", "IG @{ig}"],
    "my": ["Facebook အကောင့် {fb}", "TikTok အကောင့် @{tt}"],
    "km": ["TikTok៖ @{tt}", "ហ្វេសប៊ុក {fb}"],
    "mn": ["Инстаграм @{ig}", "Фэйсбүүк: {fb}"],
    "tr": ["Instagram'dan takip edin: @{ig}", "Facebook sayfam: {fb}"],
    "uk": ["Мій фейсбук: {fb}", "Тікток @{tt}"],
    "ru": ["Инстаграм: @{ig}", "Моя страница в Facebook {fb}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["返事はこちらへ：{}", "メアド→{}", "お手数ですが {} までご連絡ください。"],
        "en": ["email me: {}", "my gmail is {}", "(email: {})", "write to {} if you need more details"],
        "vi": ["mail mình nè: {}", "gửi thư về địa chỉ {} giúp mình"], "pt": ["manda um e-mail pra {}"],
        "es": ["mi correo electrónico: {}"], "zh": ["请发邮件到{}"], "ko": ["이메일로 연락 주세요: {}"],
        "tl": ["pakisulatan ako sa {}"], "id": ["email aku: {}"], "th": ["ส่งอีเมลมาที่ {}"],
        "tr": ["bana {} adresinden yazabilirsiniz"], "uk": ["пишіть на {}"], "ru": ["почта для связи: {}"],
        "ne": ["इमेल: {}"], "mn": ["Имэйл хаяг: {}"],
    },
    "phone": {
        "ja": ["日中は{}に出られます。", "連絡先（携帯）{}", "至急{}まで折り返しください"],
        "en": ["text or call {}", "my mobile number: {}", "(tel {})", "if you want to talk, {} after 6 pm"],
        "vi": ["gọi cho mình số {}", "sđt {}"], "pt": ["meu celular: {}"], "es": ["mi número de móvil es {}"],
        "zh": ["请打{}找我"], "ko": ["전화 주세요 {}"], "tl": ["tawag lang sa {}"], "id": ["no hp {}"],
        "ne": ["फोन: {}"], "th": ["ติดต่อ {}"], "tr": ["cep telefonum {}"], "ru": ["мой номер {}"],
        "uk": ["телефон {}"], "mn": ["утас {}"], "my": ["ဖုန်း {}"], "km": ["លេខទូរស័ព្ទ {}"],
    },
    "residence_card": {
        "ja": ["在留カードNo.{}", "カードの番号（{}）を書きました"],
        "en": ["zairyu card no {}", "card number on my residence card: {}"],
        "vi": ["mã thẻ zairyu {}"], "pt": ["zairyu {}"], "es": ["número de zairyu: {}"],
        "zh": ["在留卡编号：{}"], "tl": ["zairyu card: {}"], "id": ["nomor zairyu card {}"],
        "ne": ["जाइर्यु कार्ड {}"], "ko": ["재류카드 번호 {}"], "my": ["ဇိုင်ယူကတ် {}"],
    },
    "my_number": {
        "ja": ["個人番号（マイナンバー）{}", "マイナ番号：{}"],
        "en": ["my My Number is {}", "Individual Number (My Number) {}"],
        "vi": ["số my number {}"], "pt": ["meu número do My Number: {}"], "zh": ["My Number号码{}"],
        "ko": ["개인번호 {}"], "tl": ["My Number ko: {}"], "id": ["My Number saya {}"], "es": ["mi número My Number es {}"],
    },
    "passport": {
        "ja": ["パスポートの番号 {} です", "旅券No.{}"],
        "en": ["passport # {}", "the number of my passport is {}"],
        "vi": ["hộ chiếu số {}"], "pt": ["passaporte número {}"], "zh": ["护照号码是{}"],
        "id": ["nomor paspor: {}"], "ne": ["पासपोर्ट नं. {}"], "es": ["número de pasaporte: {}"],
        "tl": ["numero ng passport ko: {}"], "th": ["เลขพาสปอร์ต {}"], "tr": ["pasaport no {}"], "ru": ["паспорт № {}"],
        "uk": ["паспорт № {}"], "mn": ["паспорт {}"], "my": ["ပတ်စပို့ {}"], "km": ["លិខិតឆ្លងដែន {}"],
        "ko": ["여권번호: {}"],
    },
    "postal_code": {
        "ja": ["〒番号 {}", "郵便番号（{}）"], "en": ["zip: {}", "post code {}"],
        "vi": ["mã bưu điện là {}"], "pt": ["meu código de endereçamento postal é {}"], "zh": ["邮编是{}"], "ko": ["우편 번호 {}"],
        "id": ["kodepos {}"], "es": ["C.P. {}"],
    },
    "address": {
        "ja": ["住所（ローマ字）：{}", "私の住所は {} です", "送り先 {}"],
        "en": ["Send the documents to {} please.", "Our apartment is at {}.", "address - {}",
               "we rent a room at {}"],
        "vi": ["địa chỉ nhà mình: {}"], "pt": ["Meu endereço aqui no Japão: {}"], "es": ["Mi domicilio: {}"],
        "zh": ["寄到{}就可以"], "ko": ["주소는 {}입니다"], "tl": ["Ang tirahan ko: {}"], "id": ["Alamat rumah: {}"],
        "ne": ["ठेगाना: {}"], "th": ["ที่อยู่ของฉันคือ {}"], "tr": ["Ev adresim: {}"], "ru": ["Мой адрес: {}"],
        "uk": ["Адреса: {}"], "mn": ["Хаяг: {}"], "my": ["လိပ်စာ - {}"], "km": ["អាសយដ្ឋាន៖ {}"],
    },
    "url": {
        "ja": ["リンクはこちら→{}", "詳細：{}"], "en": ["here is the link {}", "(source: {})"],
        "vi": ["link đây {}"], "pt": ["olha aqui: {}"], "zh": ["网址{}"], "es": ["enlace: {}"],
    },
    "birth_date": {
        "ja": ["{}生", "生まれは{}です"], "en": ["born {}", "birthday: {}"],
        "vi": ["sinh ngày {}"], "pt": ["nascido em {}"], "zh": ["{}出生"], "ko": ["{} 생"],
        "es": ["nací el {}"], "tl": ["ipinanganak ako noong {}"], "id": ["lahir {}"], "tr": ["{} doğumluyum"],
        "ru": ["родился {}"], "uk": ["народився {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}まで電車で1時間かかります。", "{official}の発言にはがっかりしました。", "{town}ではゴミの出し方が難しいです。",
           "{company}の店員さんは親切でした。", "{word}で情報を集めています。", "{place}の前でデモがありました。",
           "{company}の店長に毎日怒られます。", "{place}御中"],
    "en": ["Is there a Vietnamese speaker at {place}?", "Why did {official} cut the budget for interpreters?",
           "Rent in {town} is too high.", "{company} hires many foreign workers.", "I saw the news on {word}.",
           "The last bus from {place} leaves too early.", "My boss at {company} never pays overtime.",
           "Dear {place},", "Thank you, {place}."],
    "zh": ["从{place}坐车要一个小时。", "{official}说的话让我们很失望。", "{town}的房租太贵了。",
           "希望{place}多一些中文翻译。", "{company}招了很多外国人。", "我在{word}上看到这个消息。"],
    "ko": ["{place}에 통역이 있으면 좋겠어요.", "{official}의 발언에 실망했습니다.", "{town}은 월세가 비쌉니다.",
           "{company}는 외국인을 많이 고용합니다."],
    "vi": ["Ở {place} không có phiên dịch tiếng Việt.", "Phát biểu của {official} làm tôi thất vọng.",
           "Tiền nhà ở {town} đắt quá.", "{company} tuyển nhiều người nước ngoài.", "Mình thấy tin này trên {word}.",
           "sếp ở {company} không trả tiền làm thêm"],
    "pt": ["No {place} não tem intérprete de português.", "{official} precisa pensar nos trabalhadores estrangeiros.",
           "O aluguel em {town} é caro.", "A {company} contrata muitos brasileiros.", "Vi a notícia no {word}."],
    "es": ["En {place} no hay intérprete de español.", "Lo que dijo {official} nos decepcionó.",
           "El alquiler en {town} es muy caro.", "{company} contrata a muchos extranjeros."],
    "tl": ["Walang Tagalog na interpreter sa {place}.", "Nadismaya kami sa sinabi ni {official}.",
           "Mahal ang upa sa {town}.", "Maraming Pilipino sa {company}."],
    "id": ["Di {place} tidak ada penerjemah bahasa Indonesia.", "Kami kecewa dengan pernyataan {official}.",
           "Sewa rumah di {town} mahal sekali.", "{company} mempekerjakan banyak orang asing."],
    "ne": ["{place}मा नेपाली दोभाषे छैन।", "{official}को भनाइले निराश बनायो।", "{town}मा घरभाडा महँगो छ।",
           "{company}मा धेरै नेपाली काम गर्छन्।"],
    "th": ["ที่{place}ไม่มีล่ามภาษาไทย", "คำพูดของ{official}ทำให้ผิดหวัง", "ค่าเช่าห้องใน{town}แพงมาก",
           "{company}จ้างคนต่างชาติเยอะ"],
    "tr": ["{place}'da Türkçe tercüman yok.", "{official} yabancı işçileri de düşünmeli.",
           "{town}'da kiralar çok pahalı.", "{company} çok yabancı çalıştırıyor."],
    "uk": ["Мене розчарувала заява, яку зробив {official}.", "Оренда житла: {town} дуже дороге місто.",
           "Поруч із {place} немає перекладача.", "{company} наймає багато іноземців."],
    "ru": ["Заявление, которое сделал {official}, нас разочаровало.", "Аренда в городе {town} очень дорогая.",
           "Рядом с {place} нет переводчика.", "{company} нанимает много иностранцев."],
    "mn": ["{place}-д орчуулагч байхгүй.", "{official}-ийн хэлсэн үг биднийг урам хугалсан.",
           "{town}-д байрны түрээс үнэтэй."],
    "my": ["{place} မှာ မြန်မာစကားပြန် မရှိဘူး။", "{official} ရဲ့ ပြောစကားက စိတ်ပျက်စရာပါ။",
           "{company} မှာ မြန်မာတွေ အများကြီး အလုပ်လုပ်တယ်။"],
    "km": ["នៅ {place} គ្មានអ្នកបកប្រែភាសាខ្មែរទេ។", "សម្ដីរបស់ {official} ធ្វើឲ្យយើងខកចិត្ត។",
           "{company} ជួលជនបរទេសច្រើន។"],
}  # fmt: skip

PUBLIC_KANJI = ["豊島区役所", "池袋駅", "横浜駅", "東京駅", "福岡出入国在留管理局", "名古屋出入国在留管理局",
                "さいたま市役所", "千葉県庁", "愛知県庁", "静岡県庁", "大阪城", "羽田空港", "関西国際空港",
                "外国人在留支援センター", "消費生活センター", "ハローワーク浜松", "法テラス", "神奈川県警",
                "磐田市役所", "京都大学", "上野動物園", "仙台駅", "広島平和記念公園", "足立区役所"]  # fmt: skip
PUBLIC_LATIN = ["Ikebukuro Station", "Tokyo Station", "Kansai International Airport",
                "the Nagoya Regional Immigration Services Bureau", "the Fukuoka Regional Immigration Services Bureau",
                "the Foreign Residents Support Center", "Toshima City Office", "Saitama City Hall",
                "the Aichi Prefectural Government", "Hello Work Hamamatsu", "the Japan Legal Support Center",
                "Osaka Castle", "Yokohama Station", "Kyoto University", "the Consumer Affairs Center",
                "Shizuoka Prefecture", "the Ministry of Health, Labour and Welfare",
                "the Organization for Technical Intern Training", "Chiba Prefecture",
                "the Kanagawa Prefectural Police", "Ueno Zoo", "Sendai", "the Hiroshima Peace Memorial Park",
                "Iwata City Hall", "Adachi Ward Office"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["Đại sứ quán Việt Nam tại Nhật Bản", "ga Tokyo", "sân bay Kansai", "Cục Quản lý Xuất nhập cảnh Nagoya"],
    "pt": ["Consulado-Geral do Brasil em Nagoya", "estação de Hamamatsu", "prefeitura de Hamamatsu"],
    "es": ["Consulado del Perú en Tokio", "la estación de Nagoya", "el ayuntamiento de Toyota"],
    "ko": ["이케부쿠로역", "오사카출입국재류관리국", "주일본대한민국대사관", "간사이공항"],
    "zh": ["池袋站", "名古屋出入国在留管理局", "关西机场", "中国驻大阪总领事馆"],
    "tl": ["Embahada ng Pilipinas sa Tokyo", "istasyon ng Nagoya"],
    "id": ["KBRI Tokyo", "stasiun Osaka"],
    "th": ["สถานีโตเกียว", "สถานกงสุลใหญ่ ณ นครโอซากา", "สนามบินคันไซ"],
    "ne": ["ओसाका स्टेशन", "नागोया अध्यागमन कार्यालय", "कान्साई विमानस्थल"],
    "my": ["ဩဆာကာဘူတာ", "ကန်ဆိုင်းလေဆိပ်", "တိုကျိုဘူတာ"],
    "km": ["ស្ថានីយ៍តូក្យូ", "អាកាសយានដ្ឋានកានសាយ", "ទីក្រុងអូសាកា"],
    "mn": ["Осака хот", "Канзай нисэх буудал", "Токиогийн их сургууль"],
    "tr": ["Tokyo Büyükelçiliği", "Nagoya İstasyonu", "Osaka Kalesi"],
    "uk": ["місто Осака", "станція Ікебукуро", "аеропорт Кансай", "мерія Йокогами"],
    "ru": ["вокзал Икэбукуро", "аэропорт Кансай", "иммиграционное бюро Нагои", "мэрия Йокогамы"],
}  # fmt: skip
# Officials named in their role (and heads of state of residents' countries), as opinions on
# policy name them.
OFFICIALS = {
    "ja": ["高市首相", "高市早苗総理", "林官房長官", "鈴木法務大臣", "大野知事", "横山大阪市長", "中野浜松市長",
           "法務大臣", "厚生労働大臣"],
    "en": ["Prime Minister Takaichi", "Sanae Takaichi", "Chief Cabinet Secretary Hayashi", "Justice Minister Suzuki",
           "the mayor of Hamamatsu", "Mayor Yamanaka of Yokohama", "Governor Ono of Saitama",
           "the Minister of Health", "President Lula", "President Marcos"],
    "zh": ["高市首相", "高市早苗", "林官房长官", "横滨市长山中", "法务大臣"],
    "ko": ["다카이치 총리", "다카이치 사나에 총리", "하야시 관방장관", "법무대신"],
    "vi": ["Thủ tướng Takaichi", "bà Takaichi Sanae", "Chánh văn phòng Nội các Hayashi", "Bộ trưởng Tư pháp Nhật Bản"],
    "pt": ["a primeira-ministra Takaichi", "o presidente Lula", "o prefeito de Hamamatsu", "o ministro da Justiça"],
    "es": ["la primera ministra Takaichi", "el alcalde de Nagoya", "el ministro de Justicia"],
    "tl": ["Pangulong Marcos", "Punong Ministro Takaichi", "ang gobernador ng Aichi"],
    "id": ["Presiden Prabowo", "Perdana Menteri Takaichi", "Menteri Kehakiman Jepang"],
    "tr": ["Başbakan Takaichi", "Adalet Bakanı", "Cumhurbaşkanı Erdoğan"],
    "uk": ["прем'єр-міністерка Такаічі", "президент Зеленський", "мер Йокогами"],
    "ru": ["премьер-министр Такаити", "мэр Осаки", "министр юстиции Японии"],
    "th": ["นายกรัฐมนตรีทาคาอิจิ", "รัฐมนตรีว่าการกระทรวงยุติธรรม", "ผู้ว่าราชการจังหวัดไอจิ"],
    "mn": ["Ерөнхий сайд Такаичи", "Хууль зүйн сайд", "Осака хотын дарга"],
    "ne": ["प्रधानमन्त्री ताकाइची", "जापानका न्यायमन्त्री", "ओसाकाका मेयर"],
    "my": ["ဝန်ကြီးချုပ် တာကာအိချိ", "တိုကျိုမြို့ဝန်"],
    "km": ["នាយករដ្ឋមន្ត្រី តាកាអ៊ីឈី", "អភិបាលក្រុងតូក្យូ"],
}  # fmt: skip
COMPANIES = ["Suzuki", "Yamaha", "Panasonic", "Sagawa Express", "佐川急便", "マクドナルド", "Daiso", "ダイソー",
             "Nitori", "Subaru", "Mazda", "Mercari", "PayPay", "Gyomu Super", "業務スーパー", "Sushiro",
             "CoCo Ichibanya", "Aisin", "Mitsubishi Electric", "日立", "Hitachi", "Yamato Transport"]  # fmt: skip
HANDLE_WORDS = ["#9110", "#StopAsianHate", "LINE公式アカウント", "LINE Works", "Instagram Reels", "TikTok Live",
                "Facebook Marketplace", "WhatsApp Business", "KakaoPay", "Zalo Pay", "Telegram", "X (ex-Twitter)"]  # fmt: skip
PUBLIC_TOWNS = ["Toshima-ku", "Adachi-ku", "Iwata", "Kosai", "Suzuka", "Yokkaichi", "Ogaki", "Minokamo",
                "Tsukuba", "Chiba City", "Kasugai", "Okazaki", "Nishio", "Higashiosaka", "Shinagawa-ku",
                "Fujisawa"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["豊島区", "足立区", "磐田市", "湖西市", "鈴鹿市", "四日市市", "大垣市", "美濃加茂市",
                      "岡崎市", "西尾市", "東大阪市", "品川区"]  # fmt: skip


def public_value(rng: random.Random, slot: str, plang: str) -> str:
    """A public name for a negative frame's slot, from this split's own lists."""
    if slot == "place":
        if plang in ("ja", "zh") and rng.random() < 0.5:
            return rng.choice(PUBLIC_KANJI)
        if plang in PUBLIC_LOCAL and rng.random() < 0.5:
            return rng.choice(PUBLIC_LOCAL[plang])
        return rng.choice(PUBLIC_LATIN)
    if slot == "official":
        return rng.choice(OFFICIALS.get(plang, OFFICIALS["en"]))
    if slot == "town":
        if plang in ("ja", "zh") and rng.random() < 0.6:
            return rng.choice(PUBLIC_TOWNS_KANJI)
        return rng.choice(PUBLIC_TOWNS)
    if slot == "company":
        return rng.choice(COMPANIES)
    return rng.choice(HANDLE_WORDS)


# Numbers and words that look like personal data and are not: durations, wages, ranges, exam
# levels, article numbers, a chōme without a house number, a reference number that fails the My
# Number check digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["申請から結果まで3〜4か月かかりました。", "時給は1,050円から1,200円に上がりました。", "JLPT N2に合格しました。",
           "バスは7:15、7:45、8:15に来ます。", "令和7年度第2回説明会に参加しました。", "入管法第22条の2について質問です。",
           "近所の2丁目の公園はきれいです。", "管理番号：{bad12}", "全国で約376万人の外国人が住んでいます。",
           "住所は「〇丁目〇番〇号」の順に書きます。", "3LDKで家賃は8万5千円です。", "週28時間までしか働けません。"],
    "en": ["It took 3-4 months to get the result.", "Wages rose from 1,050 to 1,200 yen an hour.",
           "I passed JLPT N2 in 2023.", "Buses leave at 7:15, 7:45 and 8:15.", "Article 22-2 of the Immigration Act",
           "Meet at Gate 3-5 of Terminal 2.", "My son is in grade 5, class 2.", "Reference: {bad12}",
           "About 3.76 million foreign residents live in Japan.", "Take Route 246 and exit at junction 12.",
           "Students may work up to 28 hours a week.", "The 2-chome park is clean."],
    "vi": ["Mất 3-4 tháng mới có kết quả.", "Lương tăng từ 1.050 lên 1.200 yên/giờ.", "Tôi đỗ N2 năm 2023.",
           "Mã hồ sơ {bad12}."],
    "pt": ["Demorou de 3 a 4 meses.", "O salário subiu de 1.050 para 1.200 ienes por hora.", "Passei no JLPT N2.",
           "Protocolo nº {bad12}"],
    "zh": ["等了3到4个月。", "时薪从1050日元涨到1200日元。", "我考过了N2。", "受理编号{bad12}"],
    "es": ["Tardó de 3 a 4 meses.", "Trabajo 40 horas a la semana.", "Expediente {bad12}"],
    "ko": ["3~4개월 걸렸습니다.", "시급이 1,050엔에서 1,200엔으로 올랐어요."],
    "tl": ["Inabot ng 3-4 na buwan.", "Nagtatrabaho ako ng 12 oras kada araw."],
    "id": ["Butuh 3-4 bulan.", "Gaji per jam naik dari 1.050 ke 1.200 yen."],
    "ne": ["३-४ महिना लाग्यो।", "म हप्तामा २८ घण्टा काम गर्छु।"],
    "th": ["ใช้เวลา 3-4 เดือน", "ค่าแรงชั่วโมงละ 1,050 เยน"],
    "tr": ["3-4 ay sürdü.", "Saatlik ücret 1.050 yen."],
    "ru": ["Это заняло 3–4 месяца.", "Я работаю 40 часов в неделю."],
    "uk": ["Це тривало 3–4 місяці.", "У 2022 році приїхали 2 500 українців."],
    "mn": ["3-4 сар болсон.", "Цагийн цалин 1,050 иен."],
    "my": ["၃-၄ လ ကြာတယ်။"],
    "km": ["ចំណាយពេល 3-4 ខែ។"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes residents use that the dev and held-out generators do not build (LINE and WhatsApp
# links, default WeChat IDs, foreign WhatsApp numbers, share URLs with a query, Google-Maps
# style addresses, "★ instead of @" e-mails, numbers split in other places).


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def international_phone(rng: random.Random) -> str:
    """A number as a resident writes it for WhatsApp, Viber or Zalo: home country or +81."""
    return rng.choice(
        [
            lambda: f"+84 {rng.choice('3579')}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+84{rng.choice('3579')}{_digits(rng, 8)}",
            lambda: f"+63 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+55 {rng.randint(11, 99)} 9{_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+977-98{_digits(rng, 1)}-{_digits(rng, 7)}",
            lambda: f"+95 9 {_digits(rng, 4)} {_digits(rng, 5)}",
            lambda: f"+380 {rng.choice(['67', '50', '93', '96'])} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+7 9{_digits(rng, 2)} {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+90 5{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+855 {rng.choice(['12', '17', '89', '96'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+976 {rng.choice(['88', '99', '95'])}{_digits(rng, 2)} {_digits(rng, 4)}",
            lambda: f"+66 8{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+62 8{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+51 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+81 {rng.choice(['90', '80', '70'])} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"0{rng.choice(['90', '80', '70'])}.{_digits(rng, 4)}.{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        sep = rng.choice(["-", "", " ", "-"])
        return sep.join([rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)])
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(["8190", "8180", "8170", "849", "639", "5511", "62812"]) + _digits(
            rng, 8
        )
        return (
            rng.choice(["https://wa.me/", "wa.me/", "https://api.whatsapp.com/send?phone="])
            + number
        )
    if slot == "lineurl":
        if rng.random() < 0.5:
            return rng.choice(["https://line.me/ti/p/~", "line.me/ti/p/~"]) + user_id
        return "https://line.me/ti/p/" + "".join(
            rng.choice(ALNUM + "ABCDEFGHJK_-") for _ in range(10)
        )
    if slot == "wechat" and rng.random() < 0.3:
        return "wxid_" + "".join(rng.choice(ALNUM) for _ in range(14))  # the ID WeChat assigns
    if slot == "tg":
        roll = rng.random()
        if roll < 0.5:
            return "@" + user_id.replace(".", "_")
        if roll < 0.8:
            return rng.choice(["t.me/", "https://t.me/"]) + user_id.replace(".", "_")
        return user_id.replace(".", "_")
    if slot == "line" and rng.random() < 0.1:
        return user_id.upper()
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters (Facebook's people/ URLs carry it)."""
    if slot in ("ig", "tt"):
        return user_name
    if slot == "x":
        return user_name.replace(".", "_")[:15]
    if slot == "fb":
        roll = rng.random()
        if roll < 0.15:
            slug = "-".join(display_name.split())
            return f"https://www.facebook.com/people/{slug}/1000{_digits(rng, 11)}/"
        host = rng.choice(["https://www.facebook.com/", "facebook.com/", "m.facebook.com/",
                           "https://web.facebook.com/", "fb.com/", "https://facebook.com/"])  # fmt: skip
        return host + user_name + rng.choice(["", "", "/"])
    if slot == "igu":
        host = rng.choice(
            ["https://www.instagram.com/", "instagram.com/", "https://instagram.com/"]
        )
        tail = rng.choice(["", "/", "?igsh=" + "".join(rng.choice(ALNUM) for _ in range(16))])
        return host + user_name + tail
    if slot == "ttu":
        host = rng.choice(["https://www.tiktok.com/@", "tiktok.com/@", "www.tiktok.com/@"])
        return host + user_name + rng.choice(["", "", "?lang=ja", "?_t=8abc"])
    if slot == "xu":
        host = rng.choice(["https://x.com/", "x.com/", "https://twitter.com/", "twitter.com/"])
        return host + user_name.replace(".", "_")[:15] + rng.choice(["", "", "?s=21"])
    # yt
    if rng.random() < 0.25:
        channel = "UC" + "".join(
            rng.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") for _ in range(22)
        )
        return "https://www.youtube.com/channel/" + channel
    return rng.choice(["https://www.youtube.com/@", "youtube.com/@", "youtube.com/c/"]) + user_name


# A written-out e-mail: the "@" and "." spelled out, bracketed, spaced or replaced by a sign
# the reader is told to swap back.
AT_WORDS = {"ja": ["アット", "あっとまーく", "アットマーク"], "zh": ["圈a", "at"], "ko": ["at", "골뱅이"],
            "ru": ["собачка"], "uk": ["равлик"], "tr": ["kuyruklu a"], "id": ["et"], "th": ["แอท"],
            "pt": ["arroba"], "es": ["arroba"], "vi": ["a còng"]}  # fmt: skip
DOT_WORDS = {"ja": ["ドット", "どっと"], "zh": ["点", "dot"], "ko": ["닷", "점"], "ru": ["точка"],
             "uk": ["крапка"], "tr": ["nokta"], "id": ["titik"], "th": ["ดอท"], "pt": ["ponto"],
             "es": ["punto"], "vi": ["chấm"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 6 + ["yahoo.co.jp", "yahoo.co.jp", "icloud.com", "outlook.com", "au.com",
                                     "softbank.ne.jp", "hotmail.co.jp", "live.jp", "naver.com", "daum.net",
                                     "126.com", "yahoo.com.br", "mail.ru", "ukr.net"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}を@に変えてください）", "en": " (replace {sign} with @)", "zh": "（{sign}换成@）",
              "vi": " (thay {sign} bằng @)", "pt": " (troque {sign} por @)", "es": " (cambia {sign} por @)",
              "ko": " ({sign}를 @로 바꿔 주세요)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.15 and lang in SWAP_NOTES:
        sign = rng.choice(["★", "☆", "#", "＊"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.35 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["dot"]))
        rest = f" {dot} ".join(parts) if rng.random() < 0.7 else domain
        return f"{local} {at} {rest}", ""
    if roll < 0.5:
        return f"{local} [ at ] {parts[0]} [ dot ] {'.'.join(parts[1:])}", ""
    if roll < 0.6:
        return f"{local}＠{'．'.join(parts)}", ""
    if roll < 0.7:
        return f"{local} @ {parts[0]} dot {' dot '.join(parts[1:])}", ""
    if roll < 0.8:
        return f"{local}{{at}}{parts[0]}{{dot}}{'{dot}'.join(parts[1:])}", ""
    if roll < 0.9:
        return f"{local} AT {domain.upper()}", ""
    return f"{local} (at mark) {domain}", ""


ROMAN_TOWNS = ["Kameido", "Koenji-Minami", "Higashi-Ikebukuro", "Kitasenju", "Nishikasai", "Sengen-cho",
               "Tokiwa", "Komagome", "Imaike", "Osu", "Ishikawa-cho", "Kamimaezu", "Tenjin", "Namba",
               "Tsuruhashi", "Honjo", "Aobadai", "Sakuragaoka", "Wakaba", "Nishiki", "Yanagibashi"]  # fmt: skip
# (ward, city, prefecture); a Tokyo ward has no city.
ROMAN_CITIES = [("Toshima", "Tokyo", "Tokyo"), ("Adachi", "Tokyo", "Tokyo"), ("Koto", "Tokyo", "Tokyo"),
                ("Nakamura", "Nagoya", "Aichi"), ("Naniwa", "Osaka", "Osaka"), ("", "Iwata", "Shizuoka"),
                ("", "Suzuka", "Mie"), ("", "Okazaki", "Aichi"), ("Chuo", "Fukuoka", "Fukuoka"),
                ("Naka", "Yokohama", "Kanagawa"), ("Kawasaki", "Kawasaki", "Kanagawa"), ("", "Ogaki", "Gifu"),
                ("", "Tsukuba", "Ibaraki"), ("Aoba", "Sendai", "Miyagi"), ("", "Kasugai", "Aichi"),
                ("Higashi", "Hiroshima", "Hiroshima")]  # fmt: skip
ROMAN_BUILDINGS = ["Palace Kameido", "Royal Heights", "Sakura Residence", "Cosmo Court", "Maison de Tokiwa",
                   "Urban Hills", "Frontier Bldg."]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    ward, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 8), rng.randint(1, 35), rng.randint(1, 25)
    zip_code = f"{rng.randint(0, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.randint(101, 1205)
    tokyo_ward = city == "Tokyo"
    style = rng.random()
    if style < 0.25:  # as map apps print it
        area = (
            f"{ward} City, Tokyo"
            if tokyo_ward
            else f"{ward} Ward, {city}, {pref}"
            if ward
            else f"{city}, {pref}"
        )
        return f"{c} Chome-{b}-{g} {town}, {area} {zip_code}"
    if style < 0.45:  # Japanese order with the prefecture's suffix
        pref_s = f"{pref}-{PREF_SUFFIX.get(pref, 'ken')}".rstrip("-")
        parts = (
            [pref_s] + ([] if tokyo_ward else [f"{city}-shi"]) + ([f"{ward}-ku"] if ward else [])
        )
        text = " ".join(parts) + f" {town} {c}-{b}-{g}"
        return (
            (rng.choice(["〒", "〒 ", ""]) + zip_code + " " + text) if rng.random() < 0.5 else text
        )
    if style < 0.6:  # room number after the house number
        area = f"{ward}-ku" if tokyo_ward else f"{city}-shi" if not ward else f"{ward}-ku, {city}"
        return f"{c}-{b}-{g}-{room} {town}, {area}"
    if style < 0.7:  # typed fast, lower case
        area = f"{ward}-ku {city}" if ward else f"{city}-shi"
        return f"{town} {c}-{b}-{g}, {area}".lower()
    if style < 0.82:  # chōme, banchi, gō spelled out
        area = f"{ward}-ku" if ward else f"{city}-shi"
        chome = rng.choice(["chome", "chōme", "choume"])
        return f"{town} {c}-{chome} {b}-banchi {g}-go, {area}"
    area = f"{ward}-ku, {city}" if ward else f"{city}-shi, {pref}"
    text = f"{rng.choice(ROMAN_BUILDINGS)} {room}, {c}-{b}-{g} {town}, {area} {zip_code}"
    return text + (", JAPAN" if rng.random() < 0.4 else "")


def spaced_value(
    rng: random.Random,
    kind: str,
    my_number_digits: Callable[[random.Random], str],
    jp_subscriber: Callable[[random.Random], list[str]],
) -> str:
    """A structured number with separators placed where the other splits do not put them.
    `my_number_digits` gives 12 digits with a valid check digit, `jp_subscriber` the groups of
    a Japanese number (both from benchmarks/privacy.py)."""
    if kind == "residence_card":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        tail = "".join(rng.choice(LETTERS) for _ in range(2))
        n = _digits(rng, 8)
        text = rng.choice([f"{head} {n[:4]}-{n[4:]} {tail}", f"{head}{n[:4]} {n[4:]}{tail}",
                           f"{head}-{n[:4]}-{n[4:]}-{tail}", f"{head}－{n}－{tail}", f"{head}  {n}  {tail}"])  # fmt: skip
        return _fullwidth(text) if rng.random() < 0.1 else text
    if kind == "my_number":
        n = my_number_digits(rng)
        groups = [n[:4], n[4:8], n[8:]]
        return rng.choice(
            [".".join(groups), "/".join(groups), f"{n[:6]} {n[6:]}", "  ".join(groups),
             _fullwidth(" ".join(groups)).replace(" ", "　"), "- ".join(groups)]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head} {d[:3]} {d[3:]}", f"{head}-{d[:3]}-{d[3:]}", _fullwidth(f"{head}{d}"),
                           f"P {d} {rng.choice(LETTERS)}", f"C {d}", f"E {_digits(rng, 4)} {_digits(rng, 4)}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        [".".join(groups), "/".join(groups), f"({groups[0]}){groups[1]}-{groups[2]}",
         f"+81 (0) {groups[0][1:]} {groups[1]} {groups[2]}", f"81-{groups[0][1:]}-{groups[1]}-{groups[2]}",
         f"{groups[0]}-{groups[1]} {groups[2]}", _fullwidth(" ".join(groups)).replace(" ", "　")]
    )  # fmt: skip
