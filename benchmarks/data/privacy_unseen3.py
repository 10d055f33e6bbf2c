"""Templates, frames, name lists and value shapes of the `unseen3` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21, after the first two unseen
splits (benchmarks/data/privacy_unseen.py, privacy_unseen2.py) had been put in view of the
engineers working on the detector. The writer did not open, grep or run the detector
(`classifiers/names.py`, `classifiers/name_context.py`, `classifiers/name_lists.py`,
`classifiers/privacy.py`, its data files, its tests, `feedback/redaction.py` or ADR 0004), and
never ran `benchmarks/privacy.py`. Every phrasing is written the way residents write to a
ministry's opinion box, a consultation desk or a chat: long and short, lower case and typos,
names in the middle of sentences, several people in one text, kinship terms and honorifics of
each language, signatures, forwarded messages and quoted dialogue. Nothing here is copied from
the `dev`, `heldout`, `unseen` or `unseen2` material (a script compared the templates after
normalising the slots, and the name, town, building, public-name and handle-word lists entry by
entry). How the split was made: benchmarks/data/privacy_unseen3_README.md.

The module has the same interface as benchmarks/data/privacy_unseen2.py, so that it plugs into
benchmarks/privacy.py by swapping the module:

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese boss named
in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}` (a Japanese mobile number used as Zalo/Viber/WhatsApp
ID), `{intl}` (a foreign or +81 number as written for WhatsApp/Viber/Zalo), `{walink}` (a
WhatsApp, Viber or Zalo link). Social slots (gold kind `social_profile`): `{fb}`, `{igu}`,
`{ttu}`, `{xu}`, `{yt}` (profile URLs) and `{ig}`, `{tt}`, `{x}` (a handle after a written "@").
A template of one kind may hold a slot of another kind (a signature with a LINE ID): that span
is gold of its own kind. `{}` in `PHRASES` is the value of the kind being generated. Negative
frames hold one of `{place}`, `{official}`, `{town}`, `{company}`, `{word}`, filled from the
lists below, none of which is in the dev, held-out, unseen or unseen2 lists.

`OWN_POOLS` holds hand-written names for the pools the other splits fill from Faker, none of
them in Faker's lists: ja, ja_kana, ja_latin, zh and zh_latin (given names), ko and vi (as in
unseen2), and here also id, th, pt, es, tr, uk, ru (family names only) and en (for uk and ru, male
names only, as the benchmark pairs family and given names of one gender there). The consumer applies them
(`names.pools[pool].update(OWN_POOLS[pool])`, as `unseen_names()` already does), so that no name
of this split comes from a list the detector could have been tuned on, except the Devanagari
`ne` pool and Russian given names, which stay on Faker's held-out half.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# The gold span is the name only; "さん", "先輩", "ssi", "oppa", "Kak", "Pak", "Kuya", "Abla",
# "Seu", "Doña", "Ага" and the like stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "同じラインで働いてる{family@ja_foreign}さん、先月指を切ったのに労災にしてもらえなかったです",
        "ぼくの先輩の{name}さんが、会社やめたら在留資格どうなるか聞いてほしいって言ってました",
        "はじめまして。{family}と申します。夫がブラジル人で、子どもの学校のことで相談です",
        "社長の奥さん（{name}）が毎朝寮のゴミをチェックしに来ます。プライバシーがありません",
        "{given}ちゃんのママ友から、外国人のお母さんはPTAに入れないと聞きました",
        "転送します↓\n---\n差出人: {name}\n件名: 給料のこと",
        "うちの{given}（息子・中2）が部活の先生に国籍のことでからかわれてます",
        "前の管理会社の{family}って担当、電話しても毎回「上に確認します」しか言わない",
        "日本語教室の{name}先生がこのページを教えてくれました",
        "{name@ja_foreign}（ベトナム）、{name@ja_foreign}（ネパール）、私の三人で書いています",
        "記入者　{name}　（匿名希望です）",
        "配達の仕事で一緒の{family@ja_foreign}さんが事故にあって、会社は自分で払えと言っています",
        "義理の姉の{name}が病院で通訳を頼んだら断られたそうです",
        "監理団体の{family}さんに相談しても「我慢して」しか言われませんでした",
        "お世話になります、{family}です。先日の件、その後どうなりましたか？",
        "書類の名前は{name@ja_kana}で、パスポートとスペルが違うので困っています",
    ],
    "en": [
        "hi my names {given} and I've been in japan 4 years, never had a problem until this new manager",
        "my coworker {given@vi} (we're both from vietnam) got told to go home and not come back, no reason",
        "{name}, caregiver, Gunma — I don't mind if you contact me",
        "Sent on behalf of my grandmother {name}, she can't type",
        "The interpreter, a Mr {family@ja_latin}, kept telling me to just sign",
        "me and my roommate {given} have been sleeping in the car since the landlord changed the locks",
        "---------- Forwarded message ---------\nFrom: {name}\nDate: Mon",
        "thank u so much!! -{given}",
        "she literally said \"{given}, you foreigners always complain\" in front of everyone",
        "it's not just me, {given@tl} from the night shift has the same issue",
        "My son {given} is 7 and the school won't let him take the bus with the other kids",
        "So our team leader {name@ja_latin} (he's ok actually) said the rule came from head office",
        "best wishes\n{name}",
        "please don't show this to {family@ja_latin}-san at the factory, he would know it's me",
        "I came with my brother-in-law {name} on a student visa in 2022",
        "anyway, sorry for the long message. {given} (not my real name lol, actually it is)",
    ],
    "zh": [
        "我是{name}，在大阪做厨师，想问一下换工作要不要重新申请签证",
        "我们组长{family}师傅人不错，但是社长不让他给我们加工资",
        "我闺蜜{given}刚来日本，被房东骗了押金",
        "以下是{name}发给我的微信截图内容：",
        "落款：{name}　2026年11月",
        "我表哥{name}在工地摔伤了，公司不给报工伤",
        "跟{given}一起住的还有两个越南人，一间房五个人",
        "我女儿{given}在保育园老是被一个老师单独批评",
        "中介那边的{family}经理说签了就不能反悔",
    ],
    "ko": [
        "안녕하세요 저는 {name}이라고 합니다 워홀로 왔다가 지금은 취업비자예요",
        "같이 일하는 {given} 언니가 사장님한테 맞았어요",
        "우리 오빠 {name}가 교통사고가 났는데 보험이 안 된대요",
        "{family} 과장님이 한국 사람은 야근해도 된다고 했어요",
        "이 글 쓰는 사람: {name} (익명으로 해주세요)",
        "친구 {given}한테 들었는데 여기 쓰면 답장이 온대요",
        "감사합니다. {name} 드림",
        "조카 {given}가 일본 학교에서 적응을 못 해요",
    ],
    "vi": [
        "em chào các anh chị, em tên là {given}, đang làm thực tập sinh ở Gunma ạ",
        "chồng em là {name}, ảnh bị công ty cắt hợp đồng mà không báo trước",
        "hôm qua cô {given} (người quản lý) la em trước mặt mọi người",
        "Em nhờ bạn {given} dịch giúp nên có chỗ sai mong thông cảm",
        "ký tên: {name}",
        "anh {given@vi} với em {given@vi} cùng phòng đều bị trừ lương",
        "bác {name} hàng xóm bảo em lên đây hỏi",
        "ông giám đốc {family@ja_latin} nói nếu nghỉ thì phải trả tiền phạt",
        "chú {given} em bị tai nạn lao động, công ty bắt tự trả viện phí",
        "Trân trọng, {name} (Aichi)",
    ],
    "ne": [
        "नमस्ते, म {name}, फुकुओकामा भाषा स्कुलमा पढ्छु",
        "मेरो भाइ {given}लाई साहुले पासपोर्ट फिर्ता दिएन",
        "{name}जीले भन्नुभयो यहाँ लेख्नु भनेर",
        "hajur, mero nam {name@ne_latin} ho, ma Gunma ma baschu",
        "didi {given@ne_latin} ko visa renew bhayena, k garne hola",
        "धन्यवाद, {name}",
        "हाम्रो म्यानेजर {family@ja_latin} धेरै रिसाउँछ",
    ],
    "id": [
        "perkenalkan saya {name}, pekerja magang di bidang pengelasan",
        "Pak {family@ja_latin}, bos kami, tidak mau kasih cuti waktu Lebaran",
        "kak {given} yang satu asrama sama saya sakit tapi tidak boleh ke dokter",
        "Hormat saya, {name} (mohon nama jangan dipublikasikan)",
        "saya dan suami ({name}) mau tanya soal visa keluarga",
        "adik saya {given} baru datang bulan lalu dan langsung disuruh kerja malam",
        "kata {given}, orang LPK-nya sudah tidak bisa dihubungi",
    ],
    "tl": [
        "Good evening po, ako po si {name}, caregiver po dito sa Chiba",
        "si Kuya {given} po yung nag-refer sa akin sa agency na yun",
        "pinsan ko si {name} at pareho kaming hindi pa nababayaran",
        "Salamat po ng marami! - {given}",
        "sabi ng supervisor namin na si {family@ja_latin}-san, bawal daw mag-Tagalog sa trabaho",
        "yung anak kong si {given} ay binubully sa school",
        "Ma'am {given} ng agency ang may hawak ng mga papeles namin",
        "kami nina {given} at {given} ang natanggal noong Oktubre",
    ],
    "th": [
        "สวัสดีค่ะ ดิฉันชื่อ{name} ทำงานโรงงานที่กุมมะค่ะ",
        "คุณ{given}ที่ทำงานด้วยกันถูกให้ออกโดยไม่มีเหตุผล",
        "หัวหน้า{family@ja_latin}ชอบตะโกนใส่คนไทย",
        "ลูกชาย{given}เรียนอยู่ป.4 โดนเพื่อนล้อเรื่องสัญชาติ",
        "ขอบคุณล่วงหน้านะคะ จาก {name}",
        "ฉันกับพี่สาว {name} อยู่ห้องเดียวกัน",
    ],
    "pt": [
        "boa tarde, meu nome é {name} e moro no Japão há 12 anos",
        "o Seu {given} da portaria também viu tudo",
        "minha sogra {name} chegou do Brasil e não consegue abrir conta no banco",
        "Desculpa o textão. Att., {name}",
        "falei com o {given} e ele disse que a empreiteira fez a mesma coisa com ele",
        "o encarregado, um tal de {family@ja_latin}, fica gritando \"hayaku hayaku\" o dia todo",
        "Meu filho {given} está no chūgakkō e não entende nada da aula",
        "abraços e fiquem com Deus, {given} 🙏",
    ],
    "es": [
        "buenas, me llamo {name} y trabajo en una fábrica de Gunma",
        "Doña {given}, la vecina de abajo, me ayudó a llenar el formulario",
        "mi cuñado {name} tuvo un accidente y la empresa no quiere pagar",
        "Saludos cordiales,\n{name}",
        "el jefe {family@ja_latin} nos dijo que si nos quejamos nos despide",
        "mi hija {given} no tiene amigos en la escuela por ser extranjera",
        "mi esposo {given} y yo queremos saber cómo pedir la residencia permanente",
    ],
    "my": [
        "မင်္ဂလာပါ ကျွန်မနာမည် {name} ပါ",
        "ညီမ {name} ကို အလုပ်ရှင်က လစာမပေးဘူး",
        "ကိုကို {name} နဲ့ အတူ ဂျပန်ကို လာခဲ့တာပါ",
        "Min ga lar pa, kyanaw nan mae {name@my_latin} pa",
        "ကျေးဇူးတင်ပါတယ် - {name}",
    ],
    "km": [
        "ជម្រាបសួរ ខ្ញុំឈ្មោះ {name}",
        "ប្អូនប្រុសខ្ញុំ {name} ធ្លាក់ពីលើជណ្ដើរនៅកន្លែងធ្វើការ",
        "មេការ {family@ja_latin} ស្រែកដាក់ពួកយើងរាល់ថ្ងៃ",
        "Knhom chhmous {name@km_latin}, twer kar nov Gunma",
        "ដោយក្ដីគោរព {name}",
    ],
    "mn": [
        "Сайн байна уу, намайг {name} гэдэг",
        "Манай дүү {given} сургуулиасаа хөөгдөх гээд байна",
        "Sain baina uu, bi {name@mn_latin}, Chiba-d amidardag",
        "Ажлын дарга {family@ja_latin} биднийг ялгаварлан гадуурхдаг",
        "Уншсанд баярлалаа. Хүндэтгэсэн, {name}",
    ],
    "tr": [
        "merhaba ben {name}, Saitama'da inşaatta çalışıyorum",
        "{given} Abla bize evi o buldu ama kira çok yüksek",
        "ustabaşı {family@ja_latin} bizi hep bağırıyor",
        "Okuduğunuz için teşekkürler, saygılarımla {name}",
        "amcamın oğlu {given} ile aynı evde kalıyoruz",
        "kızım {given} okulda yalnız kalıyor",
    ],
    "uk": [
        "Доброго дня, мене звати {name}, я з Харкова",
        "Мій чоловік {given} працює на заводі без договору",
        "Бригадир {family@ja_latin} кричить на нас щодня",
        "Дякую, що читаєте. З повагою, {name}",
        "Ми з кумом {given} разом приїхали у 2022 році",
    ],
    "ru": [
        "Здравствуйте, меня зовут {name}, живу в Японии пятый год",
        "Наш начальник, {family@ja_latin}, не отпускает к врачу",
        "Пишу от имени отца, {name}, он не знает японского",
        "Заранее спасибо за ответ. С уважением, {name}",
        "Сосед {given} тоже не получил зарплату за октябрь",
        "Мы с другом ({given}) снимаем одну комнату на двоих",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py, privacy_unseen.py or privacy_unseen2.py, nor in Faker's lists.
KATAKANA_FAMILY = ["クアック", "アウベス", "ナシメント", "アラウジョ", "リベイロ", "マナロ", "パスクアル", "ポウデル", "ハルトノ",
                   "プラタマ", "チャベス", "ワマン", "チョー", "ペレラ", "ユルドゥズ", "ムラトワ", "ヴァルガス", "モンテイロ",
                   "カヴァルカンテ", "ダンガナン", "パラジュリ", "デヴコタ", "ヌルハヤティ"]  # fmt: skip
KATAKANA_GIVEN = ["タオ", "クエン", "ビン", "チー", "マテウス", "ルーカス", "ベアトリス", "ラリッサ", "ジェイソン", "アンジェリカ",
                  "ロエル", "サビトリ", "アグス", "エムレ", "ゼイネップ", "ドミトロ", "バトエルデネ", "ミャッ", "ヘナータ", "ウィリアン",
                  "ジョシュア", "スシラ", "アリフ"]  # fmt: skip
TL_GIVEN = ["Rosalie", "Junjun", "Nenita", "Rowel", "Jinky", "Leizel", "Dhang", "Jhonrey", "Mhel",
            "Jecca", "Aldrin", "Rhenz", "Genalyn", "Honeylyn", "Dindo", "Weng", "Nonoy",
            "Ricky Boy"]  # fmt: skip
TL_FAMILY = ["Dimalanta", "Mangubat", "Bagtas", "Dimayuga", "Pamintuan", "Lumbao", "Sumalde",
             "Tuazon", "Bernabe", "Catacutan", "Sison", "Mallari", "Bunag", "Dalisay",
             "Manansala", "Tumbaga"]  # fmt: skip
NE_LATIN_GIVEN = ["Sabitri", "Naresh", "Goma", "Radhika", "Sunil", "Manju", "Durga", "Keshav",
                  "Parbati", "Ashok", "bindu", "Hemanta", "Sushmita", "Bijay", "Anjana",
                  "Chiranjibi", "tulsi"]  # fmt: skip
NE_LATIN_FAMILY = ["Dhakal", "Gautam", "Rijal", "Sapkota", "Devkota", "Parajuli", "Khatiwada",
                   "Lamsal", "Paudyal", "Wagle", "Gyawali", "Ojha", "Pandit", "Baral"]  # fmt: skip
MN_GIVEN = ["Сарангэрэл", "Болормаа", "Нямдорж", "Золзаяа", "Энхжин", "Сүхбат", "Ану",
            "Буянжаргал", "Гэрэлт-Од", "Хонгорзул", "Мишээл", "Тэнүүн", "Цэцэгмаа", "Алтангэрэл",
            "Даваажав"]  # fmt: skip
MN_FATHER_INITIAL = list("РЖФКЕ")
MN_LATIN_FATHER_INITIAL = ["R", "Zh", "F", "K", "Ye"]
MN_LATIN_GIVEN = ["Sarangerel", "Bolormaa", "Nyamdorj", "Zolzaya", "Enkhjin", "Sukhbat", "Anu",
                  "buyanjargal", "Gerelt-Od", "Khongorzul", "Misheel", "Tenuun", "Tsetsegmaa",
                  "Altangerel", "Davaajav"]  # fmt: skip
MY_NAMES = ["ခိုင်ဇင်", "ဝေယံ", "ကျော်ဇင်", "အောင်ကို", "ပန်းဖြူ", "ဇွဲမင်း", "ယုယု", "အိမ့်မြတ်",
            "ရွှေရည်", "ဇာနည်", "ငြိမ်းအေး", "လွင်မိုး", "မြတ်မွန်"]  # fmt: skip
MY_LATIN = ["Khaing Zin", "Wai Yan", "Kyaw Zin", "Aung Ko", "Pan Phyu", "kyaw zin", "Zwe Min",
            "Yu Yu", "Eaint Myat", "Shwe Yi", "Zarni", "Nyein Aye", "Lwin Moe", "Myat Mon"]  # fmt: skip
KM_FAMILY = ["សោម", "ឈិន", "សំ", "ថាច់", "ឈួន", "ឡាយ", "ផល", "ស៊ុំ"]
KM_GIVEN = ["ស្រីមុំ", "ធារី", "ពេជ្រ", "ម៉ានិត", "សុខលី", "ចាន់ធូ", "កុសល", "ស្រីនាង",
            "ម៉េងហ៊ួរ"]  # fmt: skip
KM_LATIN_FAMILY = ["Som", "Chhin", "Sam", "Thach", "Chhuon", "Lay", "Phal", "Sum"]
KM_LATIN_GIVEN = ["Sreymom", "Theary", "Pich", "Manit", "Sokly", "Chanthou", "Kosal", "Sreyneang",
                  "Menghuor"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new (Faker's
# zh_CN family list holds nearly every common surname). For uk and ru, male names only: the
# benchmark pairs family and given names of one gender there. For ru only family names: nearly
# every Russian given name the writer tried is in Faker's ru_RU lists.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["今村", "宮田", "寺田", "牧野", "大川", "堀内", "村井", "岸本", "三宅", "高山", "松下", "中尾", "岩本",
                   "小西", "米田", "奥村", "川端", "新田", "梅田", "森本", "白石", "早川", "上原", "金井", "戸田", "飯島",
                   "篠原", "稲垣", "浜田", "細川", "吉岡", "榎本", "長尾", "富田", "野中", "大森", "小坂"],
        "given": ["湊", "朝陽", "蒼", "律", "悠真", "陸", "涼介", "浩二", "愛", "里奈", "愛美", "友美", "明日香", "真央",
                  "莉子", "心春", "紬", "杏", "楓", "詩織", "希", "純子", "裕子", "幸子", "久美子", "颯", "伊織", "柚希",
                  "依茉"],
    },
    "ja_kana": {
        "family": ["イマムラ", "ミヤタ", "テラダ", "マキノ", "オオカワ", "ホリウチ", "ムライ", "キシモト", "ミヤケ", "タカヤマ",
                   "マツシタ", "ナカオ", "イワモト", "コニシ", "ヨネダ", "オクムラ", "シライシ", "ハヤカワ", "ウエハラ", "オオモリ"],
        "given": ["アサヒ", "リツ", "ユウマ", "リク", "リョウスケ", "コウジ", "リナ", "マナミ", "アスカ", "リコ", "シオリ",
                  "イオリ", "ユズキ"],
    },
    "ja_latin": {
        "family": ["Imamura", "Miyata", "Terada", "Makino", "Okawa", "Horiuchi", "Murai",
                   "Kishimoto", "Miyake", "Takayama", "Matsushita", "Nakao", "Iwamoto", "Konishi",
                   "Yoneda", "Okumura", "Kawabata", "Nitta", "Umeda", "Morimoto", "Shiraishi",
                   "Hayakawa", "Uehara", "Kanai", "Toda", "Iijima", "Shinohara", "Inagaki",
                   "Hosokawa", "Yoshioka", "Enomoto", "Nagao", "Tomita", "Nonaka", "Omori",
                   "Kosaka"],
        "given": ["Asahi", "Ritsu", "Yuma", "Riku", "Ryosuke", "Koji", "Ai", "Manami", "Tomomi",
                  "Asuka", "Riko", "Koharu", "Tsumugi", "Kaede", "Shiori", "Nozomi", "Junko",
                  "Hiroko", "Sachiko", "Kumiko", "ryosuke", "Hayate", "Iori", "Yuzuki"],
    },
    "zh": {
        "given": ["宇轩", "梓萱", "子墨", "若曦", "浩宇", "雨萱", "明轩", "可馨", "思彤", "俊熙", "艺涵", "天佑", "紫涵",
                  "沐阳", "语桐", "家豪", "美玲", "晓东", "嘉禾", "予安"],
    },
    "zh_latin": {
        "given": ["Yuxuan", "Zimo", "Ruoxi", "Haoyu", "Mingxuan", "Kexin", "Sitong", "Junxi",
                  "Yihan", "Tianyou", "Muyang", "Yuqing", "Jiahao", "Meiling", "Xiaodong",
                  "Jiahe", "Yu'an"],
    },
    "ko": {
        "family": ["남궁", "황보", "제갈", "독고", "어", "은", "편", "용", "예", "경", "봉", "부", "복", "태", "목",
                   "피", "감", "빈", "온", "범", "팽", "승", "시"],
        "given": ["다인", "시은", "한결", "다솜", "슬기", "나래", "가람", "초롱", "하늘", "새봄", "누리", "단비", "이슬",
                  "한빛", "푸름", "겨레", "바다", "힘찬"],
    },
    "vi": {
        "family": ["Vương", "Tôn", "Tăng", "Bạch", "Mạc", "Từ", "Phùng", "Khúc", "Nông", "Âu",
                   "Ông", "Diệp", "Lạc", "Doãn"],
        "middle": ["Tường", "Quốc", "Cẩm", "Thiện", "Đăng", "Khắc", "Bá", "Lệ", "Yên"],
        "given": ["Hùng", "Quân", "Vinh", "Nhi", "Vy", "Huyền", "Phượng", "Diễm", "Trinh", "Khải",
                  "Toàn", "Đạt", "Khang", "Nhàn", "Thoa", "Tín"],
    },
    "id": {
        "family": ["Nasution", "Tanjung", "Harahap", "Lubis", "Sembiring", "Ginting", "Tarigan",
                   "Pardede", "Manurung"],
        "given": ["Fajar", "Rizky", "Bayu", "Arif", "Fitri", "Nanda", "Syahrul", "Ilham", "Aldi",
                  "Sekar"],
    },
    "th": {
        "family": ["ศรีสุข", "ทองดี", "บุญมา", "แก้วมณี", "สุขเจริญ", "ใจดี", "พรหมมา", "มั่นคง",
                   "ศรีวงศ์", "อินทร์แก้ว"],
        "given": ["สมชาย", "สมหญิง", "อรทัย", "ณัฐพล", "ธนพร", "กิตติพงษ์", "วรรณา", "ปิยะ",
                  "จันทร์เพ็ญ", "บุญเรือน", "ลำดวน"],
    },
    "pt": {
        "family": ["Nakashima", "Higa", "Tamashiro", "Guimarães", "Figueiredo", "Bezerra",
                   "Quintino", "Brandão", "Falcão", "Amaral", "Kanashiro", "Yonamine", "Tokeshi"],
        "given": ["Wellington", "Kleber", "Rosângela", "Cleide", "Edneia", "Josiane", "Claudinei",
                  "Weverton", "Gleice", "Rosimeire", "Valdirene", "Edivaldo", "Jailson"],
    },
    "es": {
        "family": ["Quispe", "Huamán", "Condori", "Mamani", "Ccori", "Chuquimia", "Paucar",
                   "Yupanqui", "Villca", "Apaza", "Ticona", "Limachi"],
        "given": ["Wilber", "Jhonatan", "Gladys", "Percy", "Deysi", "Elmer", "Yhony", "Wilmer",
                  "Yaneth", "Fredy", "Lizbeth", "Heber"],
    },
    "tr": {
        "family": ["Kılınç", "Bozkurt", "Taşdemir", "Ekinci", "Akgül", "Sönmez", "Karakaya",
                   "Gündoğdu", "Altıntaş", "Gezer", "Sarıkaya"],
        "given": ["Serkan", "Oğuzhan", "Tuğba", "Gizem", "Büşra", "Kerem", "Ozan", "Sibel",
                  "Hatice", "İlker", "Merve", "Yasin"],
    },
    "uk": {
        "family": ["Гнатюк", "Дорошенко", "Ярошенко", "Кравчук", "Собко", "Панасюк", "Стасюк",
                   "Мирошниченко", "Левчук", "Шпак"],
        "given": ["Северин", "Вакула", "Яровит", "Світозар", "Добромир", "Ждан", "Лук'ян"],
    },
    "ru": {
        "family": ["Лапшин", "Пантелеев", "Шелепин", "Загоскин", "Брусникин", "Клюкин"],
    },
    "en": {
        "family": ["Pettigrew", "Oakes", "Wadsworth", "Hollis", "Ashdown", "Fairbrother",
                   "Quayle", "Tindall", "Merriweather", "Bramley", "Cottrell", "Dunphy"],
        "given": ["Kayleigh", "Declan", "Siobhan", "Rhys", "Callum", "Niamh", "Bronwyn",
                  "Tarquin", "Imogen", "Fergus", "Saoirse", "Lachlan"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["連絡はLINEが一番早いです。IDは {line} です", "QRが読めない場合はこちらから友だち追加してください {lineurl}",
           "返信はWhatsApp希望（{intl}）", "カカオのIDなら {kakao}", "ベトナムの友達はZaloで連絡くれます {phone}",
           "中国の家族とはWeChatで話してます。ID→{wechat}", "テレグラム派なので {tg} にお願いします"],
    "en": ["hit me up on LINE, my id is {line} (all small letters)", "whatsapp is easier for me {intl}",
           "here's the link to my line, just tap it {lineurl}", "kakaotalk: {kakao}",
           "or msg me on telegram {tg}, i reply faster there", "same number for Zalo and Viber {phone}",
           "wechat: {wechat} (say you're from the ministry or i won't accept lol)", "join our workers' chat here {walink}"],
    "zh": ["请加微信{wechat}，备注“意见箱”", "我LINE是{line}，晚上十点后都在", "或者WhatsApp：{intl}",
           "电报{tg}"],
    "ko": ["답장은 카톡으로 부탁해요~ 아이디 {kakao}", "라인 아이디 {line} 입니다", "왓츠앱 링크 {walink}",
           "텔레 {tg}"],
    "vi": ["zalo chính chủ của em nè {phone}", "add zalo e nha {walink}", "line của em: {line}", "số zalo ở VN {intl}",
           "nhắn tele cho em {tg}"],
    "ne": ["मेरो वाट्सएप {intl}", "लाइन आइडी: {line}", "viber ma msg garnu {phone}"],
    "id": ["hubungi via WA ya {intl}", "ID LINE aku {line}", "link WA langsung {walink}", "tele: {tg}"],
    "tl": ["message niyo na lang po ako sa viber {intl}", "line ko po {line}", "eto po link ng line ko {lineurl}",
           "WA po {walink}"],
    "th": ["แอดไลน์มาได้นะคะ {line}", "ลิงก์แอดไลน์ {lineurl}", "WhatsApp ของหนู {intl}"],
    "pt": ["qualquer coisa me chama no zap, o número é {intl}", "meu LINE: {line}", "entra no grupo do WhatsApp dos brasileiros aqui {walink}"],
    "es": ["mi WhatsApp es el {intl}", "LINE: {line} (escribir en español por favor)", "si prefieren Telegram, búsquenme como {tg}"],
    "my": ["Viber နဲ့ ဆက်သွယ်လို့ရတယ် {intl}", "LINE ID ရှာပြီး add လုပ်ပါ {line}", "Telegram မှာ {tg} လို့ ရှာပါ"],
    "km": ["Telegram របស់ខ្ញុំ {tg}", "LINE {line} បាន", "ផ្ញើសារតាម WhatsApp មកលេខ {intl}"],
    "mn": ["Вайбераар бичээрэй, дугаар {intl}", "LINE ID минь {line}", "телеграмд хайгаад олно {tg}"],
    "tr": ["WhatsApp'tan ulaşabilirsiniz: {intl}", "LINE'ım {line}", "Telegram'da beni {tg} diye bulabilirsiniz"],
    "uk": ["Краще пишіть мені в Телеграм, нік {tg}", "Viber чи WhatsApp, номер той самий {intl}", "в Японії всі в LINE, мій айді {line}"],
    "ru": ["Пишите в телегу {tg}", "Вотсап {intl}", "айди в лайне {line}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["経緯はインスタのハイライトにまとめてあります（@{ig}）", "フェイスブックもやってます、本名で出てきます→{fb}", "TikTokで動画を出しています {ttu}",
           "Xのアカウントは {xu} です", "YouTubeのチャンネル {yt}", "インスタのリンク貼っておきます {igu}"],
    "en": ["I posted the pics on facebook {fb}", "more on my insta @{ig}", "watch the tiktok i made about it {ttu}",
           "my x account {xu}", "i also made a tiktok about the dorm, search @{tt}", "my youtube channel {yt} has the video",
           "DM me on X @{x}"],
    "zh": ["我在Instagram发过照片，链接是{igu}", "Facebook主页 {fb}", "我在TikTok上发了视频 @{tt}"],
    "ko": ["인스타 @{ig} 로 디엠 주세요", "페이스북 {fb}", "유튜브 {yt}"],
    "vi": ["face của em nè {fb}", "tiktok em {ttu}", "tìm insta em là @{ig} nha"],
    "ne": ["फेसबुकमा फोटो राखेको छु {fb}", "टिकटक @{tt}"],
    "id": ["IG aku @{ig}", "foto-fotonya ada di fb saya {fb}", "video di tiktok aku {ttu}"],
    "tl": ["add niyo po ako sa fb {fb}", "ig ko po @{ig}", "napanood na ng 2k yung video ko sa tiktok @{tt}"],
    "th": ["เฟซบุ๊กหนู {fb}", "รูปอยู่ในไอจีหนูค่ะ {igu}"],
    "pt": ["pode me achar no face, a foto é de chapéu {fb}", "postei os vídeos do alojamento no insta {igu}", "meu filho gravou tudo e postou no tiktok dele @{tt}"],
    "es": ["mi face {fb}", "subí las fotos a mi Instagram @{ig}", "el video del accidente está en TikTok {ttu}"],
    "my": ["ဓာတ်ပုံတွေ Facebook မှာ တင်ထားတယ် {fb}", "TikTok မှာ ဗီဒီယိုတင်ထားတယ် @{tt}"],
    "km": ["រូបភាពនៅលើហ្វេសប៊ុកខ្ញុំ {fb}", "វីដេអូនៅលើ TikTok ខ្ញុំ {ttu}"],
    "mn": ["Фэйсбүүк дээр зураг бий {fb}", "инстаграмд видео тавьсан @{ig}"],
    "tr": ["fotoğrafları Instagram'a koydum @{ig}", "Facebook'tan mesaj atabilirsiniz {fb}"],
    "uk": ["Моя сторінка у фейсбуці {fb}", "Інстаграм {igu}"],
    "ru": ["Моя страница в фейсбуке {fb}", "Тикток @{tt}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["詳しいことはメールで送ります。アドレスは{}です", "スマホのメール（{}）なら見られます", "ご返信先：{}"],
        "en": ["you can email me here {} i check it every day", "email addy is {}", "reply to {} pls, not my work one",
               "my gmail: {}"],
        "vi": ["mail em là {} nha", "có gì gửi qua {} giúp em"], "pt": ["se quiser mandar e-mail: {}"],
        "es": ["pueden escribirme a mi correo personal {}"], "zh": ["邮箱地址：{}"], "ko": ["메일 주소 {} 로 보내주세요"],
        "tl": ["email add ko po {}"], "id": ["kalau mau kirim dokumen, ke email aku aja {}"], "th": ["ส่งอีเมลมาที่ {} ได้ค่ะ"],
        "tr": ["mail adresim {}"], "uk": ["пишіть на пошту {}"], "ru": ["лучше ответьте на почту {}, телефон часто выключен"],
        "ne": ["इमेल ठेगाना {}"], "mn": ["имэйл хаяг минь {}"], "my": ["အီးမေးလ် {}"],
    },
    "phone": {
        "ja": ["日中は携帯に。{}", "連絡は携帯にお願いします、番号は{}、夜勤明けは寝てます", "何かあれば{}まで電話ください"],
        "en": ["call or text {}", "mobile: {} (after 6pm is best)", "my number {} — please don't give it to my company"],
        "vi": ["sđt em {}"], "pt": ["pode ligar no meu celular {} depois das 18h"], "es": ["mi celular {}"], "zh": ["有事可以打我电话{}，白天在上班"],
        "ko": ["휴대폰 {} 로 전화 주세요"], "tl": ["cp number ko po {}"], "id": ["no HP saya {}"],
        "ne": ["फोन नम्बर {}"], "th": ["โทร {} ได้เลยค่ะ"], "tr": ["cep telefonumdan ulaşabilirsiniz {}"], "ru": ["мой мобильный {}"],
        "uk": ["телефонуйте {}"], "mn": ["орой залгаарай, утас {}"], "my": ["ဖုန်းနံပါတ် {}"], "km": ["សូមទូរស័ព្ទមកខ្ញុំតាមលេខ {} ពេលល្ងាច"],
    },
    "residence_card": {
        "ja": ["在留カード（番号 {}）は先月更新しました", "カードの番号：{}"],
        "en": ["here is my zairyu card no if u need to check {}", "my card number, if it helps: {}", "residence card # {}"],
        "vi": ["thẻ cư trú của em số {}"], "pt": ["o número do zairyu card, caso precisem {}"], "es": ["número de mi tarjeta de residencia {}"],
        "zh": ["在留卡号码{}"], "tl": ["ito po residence card number ko, baka kailangan {}"], "id": ["nomor kartu izin tinggal {}"],
        "ne": ["रेसिडेन्स कार्ड नम्बर {}"], "ko": ["확인이 필요하면 재류카드 번호는 {} 예요"], "mn": ["оршин суугчийн карт {}"],
    },
    "my_number": {
        "ja": ["マイナンバー（{}）を会社に出しました", "会社に出した個人番号は{}で合ってるか確認したいです"],
        "en": ["my number card no. {}", "My Number is {} if you need it"],
        "vi": ["công ty giữ thẻ my number của em, số là {}"], "pt": ["meu my number {}"], "zh": ["我的My Number：{}"],
        "ko": ["회사에 낸 마이넘버가 {} 인데 맞는지 모르겠어요"], "tl": ["my number ko po {}"], "id": ["kantor minta My Number saya {}, apa aman?"], "es": ["mi My Number {}"],
        "ne": ["माई नम्बर {}"],
    },
    "passport": {
        "ja": ["念のため旅券番号も書いておきます（{}）", "パスポート（{}）を社長に取られています"],
        "en": ["passport number {} (Philippine)", "my passport is {}, the company has it"],
        "vi": ["công ty đang giữ hộ chiếu số {} của em"], "pt": ["a empreiteira ficou com meu passaporte, número {}"], "zh": ["护照号码：{}"],
        "id": ["no paspor {}"], "ne": ["कम्पनीले राखेको मेरो पासपोर्टको नम्बर {} हो"], "es": ["pasaporte número {}"],
        "tl": ["passport no. ko {}"], "th": ["หมายเลขหนังสือเดินทาง {}"], "tr": ["şirket pasaportumu aldı, numarası {}"],
        "ru": ["фирма забрала мой загранпаспорт {}"], "uk": ["закордонний паспорт {}"], "mn": ["компани миний паспортыг авсан, дугаар нь {}"],
        "my": ["ကုမ္ပဏီက သိမ်းထားတဲ့ ပတ်စပို့နံပါတ်က {}"], "km": ["ក្រុមហ៊ុនរក្សាលិខិតឆ្លងដែនលេខ {} របស់ខ្ញុំ"], "ko": ["회사가 가져간 제 여권 번호 {}"],
    },
    "postal_code": {
        "ja": ["住所は書きたくないので郵便番号だけ、{}のあたりです", "〒{} のあたりに住んでいます"], "en": ["I'd rather not give my address but the postal code is {}", "zip code here is {} if that helps"],
        "vi": ["em không ghi địa chỉ, chỉ ghi mã bưu điện {} thôi"], "pt": ["só o código postal: {}"], "zh": ["邮政编码{}"], "ko": ["주소 대신 우편번호만 적을게요 {}"],
        "id": ["alamat lengkapnya rahasia ya, kode posnya {}"], "es": ["sólo pongo el código postal: {}"], "tl": ["zip code namin {}"],
    },
    "address": {
        "ja": ["住所は{}です（アパートの2階）", "書類を送ってもらえるなら、送り先は{}でお願いします", "いまは{}に住んでます"],
        "en": ["our company dorm address is {} (the old building behind the factory)", "I'm at {} if anyone wants to come see the apartment", "send the papers to {} please",
               "current address {}"],
        "vi": ["địa chỉ em {}"], "pt": ["moro no apartamento da empreiteira, endereço {}"], "es": ["mi dirección {}"],
        "zh": ["我们宿舍的地址是{}，可以来看看"], "ko": ["서류는 이 주소로 보내주세요 {}"], "tl": ["address ko po {}"], "id": ["asrama kami ada di {}, dekat pabrik"],
        "ne": ["हाम्रो डेराको ठेगाना {} हो"], "th": ["ที่อยู่ของหนู {}"], "tr": ["şu an kaldığım yer {}"], "ru": ["живём в общежитии от фирмы, адрес {}"],
        "uk": ["живемо в гуртожитку за адресою {}"], "mn": ["бидний байрны хаяг {}"], "my": ["ကျွန်တော်တို့ အဆောင်လိပ်စာက {}"], "km": ["អន្តេវាសិកដ្ឋានរបស់យើងនៅ {}"],
    },
    "url": {
        "ja": ["写真はここにあります {}", "会社の求人ページ→{}"], "en": ["they deleted the post but the screenshot is here {}", "here's the job ad they posted {}"],
        "vi": ["tin tuyển dụng lừa đảo ở link này {}"], "pt": ["o anúncio da vaga ainda está no ar {}"], "zh": ["看这个{}"], "es": ["el anuncio está aquí {}"],
        "ko": ["링크 {}"],
    },
    "birth_date": {
        "ja": ["生年月日は{}で、在留カードの記載と一致しています", "わたしは{}に生まれたので今年で30歳です"], "en": ["DOB {} (same as on my card)", "I was born on {} so I'm over 18"],
        "vi": ["em sinh ngày {}"], "pt": ["nasci em {}, se precisarem confirmar"], "zh": ["出生日期{}"], "ko": ["제 생년월일은 {} 이에요"],
        "es": ["yo nací el {} en Lima"], "tl": ["ang birthday ko po ay {} para ma-check niyo"], "id": ["saya lahir tanggal {} di Semarang"], "tr": ["doğum tarihim {} olarak kayıtlı"],
        "ru": ["родилась {}, если нужно для проверки"], "uk": ["я народилася {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}で３時間待ってやっと順番が来ました", "{official}が外国人の受け入れについて話していましたが、現場は全然違います",
           "{town}は家賃が安いけど仕事が少ないです", "{company}の下請けで働いています",
           "このフォームは{word}で見つけました", "{place}の人はやさしかったけど英語が通じませんでした",
           "テレビで{official}の発言を聞いてショックでした", "{town}にはブラジル人の学校がありません",
           "{company}さんの倉庫でピッキングをしています"],
    "en": ["went to {place} twice and both times they sent me somewhere else", "Can {official} please explain the new rules?",
           "{town} has no Halal shop at all", "I've been doing night shifts at {company} since 2021",
           "someone shared this on {word}", "the lady at {place} was really patient with me",
           "I saw {official} on the news yesterday talking about us", "if you live in {town} you need a car",
           "Dear {official}, and whoever reads these", "my cousin drives for {company} in Osaka",
           "Hi {place} team,", "cc: {official}"],
    "zh": ["去{place}办手续，工作人员态度很好", "{official}说要增加外国人，可是生活这么难",
           "{town}的房租比东京便宜很多", "我老公在{company}上班", "在{word}上看到大家在讨论这个"],
    "ko": ["{place}에서 세 시간 기다렸어요", "{official}에게 이 글이 전달되면 좋겠어요",
           "{town}에는 한국 식료품점이 없어요", "{company}에서 아르바이트해요", "{word}에서 링크를 봤어요"],
    "vi": ["em lên {place} làm giấy tờ mà phải chờ cả buổi", "{official} có biết thực tập sinh sống thế nào không",
           "ở {town} không có chỗ học tiếng Nhật miễn phí", "vợ em làm ở {company}", "em thấy trên {word}"],
    "pt": ["fiquei a manhã toda no {place}", "alguém mostra isso pro {official}",
           "em {town} é difícil achar apartamento pra estrangeiro", "meu marido trabalha na {company}",
           "achei esse formulário no {word}"],
    "es": ["en {place} me atendieron muy bien", "que {official} venga a ver las fábricas",
           "{town} es muy tranquilo pero no hay trabajo", "trabajé en {company} tres años"],
    "tl": ["ang haba ng pila sa {place}", "sana basahin ni {official} ito",
           "sa {town} kami nakatira ngayon", "sa {company} po ako nagtatrabaho"],
    "id": ["di {place} petugasnya ramah", "tolong {official} dengar suara kami",
           "{town} dingin sekali waktu musim dingin", "suami saya kerja di {company}"],
    "ne": ["हिजो {place}मा बिहानदेखि लाइन लाग्नुपर्‍यो", "{official}ले हाम्रो कुरा सुन्नुपर्छ", "{town}मा काम पाउन गाह्रो छ",
           "म {company}मा पार्ट टाइम गर्छु"],
    "th": ["ที่{place}คนเยอะมาก", "ขอให้{official}ช่วยดูแลแรงงานต่างชาติด้วย", "แฟนหนูทำงานที่{company}"],
    "tr": ["{place}'da çok bekledim", "{official} bu sorunu bilmiyor mu?", "{town}'da ev bulmak zor",
           "{company}'da çalışıyorum"],
    "uk": ["У {place} мені допомогли заповнити заяву", "Хай {official} подивиться, як ми живемо",
           "Чоловік працює в {company}"],
    "ru": ["В {place} очередь с утра", "Пусть {official} приедет и посмотрит", "Муж работает в {company}"],
    "mn": ["{place}-д очиход хүн их байсан", "{official} энэ асуудлыг шийдээсэй", "{town}-д монгол хүн цөөхөн"],
    "my": ["{place} မှာ တန်းစီရတာ ကြာတယ်", "{official} ကို ဒီအကြောင်း သိစေချင်တယ်", "{town} မှာ နေပါတယ်"],
    "km": ["នៅ {place} មនុស្សច្រើនណាស់", "សូម {official} ជួយពួកយើងផង", "ខ្ញុំរស់នៅ {town} តាំងពីឆ្នាំមុន"],
}  # fmt: skip

PUBLIC_KANJI = ["目黒区役所", "千代田区役所", "杉並区役所", "文京区役所", "台東区役所", "赤羽駅", "荻窪駅", "尼崎市役所",
                "米子市役所", "倉吉駅", "八戸市役所", "鯖江市役所", "都城市役所", "宇部市役所", "仙台出入国在留管理局",
                "札幌出入国在留管理局", "群馬労働局", "兵庫県庁", "福井県庁", "熊本県庁", "国民生活センター",
                "日本司法支援センター", "出入国在留管理庁横浜支局", "神戸市立中央図書館", "東京国立博物館"]  # fmt: skip
PUBLIC_LATIN = ["Meguro City Office", "Chiyoda Ward Office", "Suginami Ward Office", "Akabane Station",
                "Ogikubo Station", "Amagasaki City Hall", "Yonago City Hall", "Kurayoshi Station",
                "the Sendai Regional Immigration Services Bureau", "the Sapporo Regional Immigration Services Bureau",
                "the Gunma Labour Bureau", "the Hyogo Prefectural Government", "the Fukui Prefectural Office",
                "the National Consumer Affairs Center", "Hachinohe City Hall", "Sabae City Hall",
                "the Tokyo National Museum", "Hello Work Yonago", "the Yokohama District Immigration Office",
                "Kumamoto Prefecture", "the Ministry of Economy, Trade and Industry", "Miyazaki Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["Tổng lãnh sự quán Việt Nam tại Osaka", "ga Akabane", "Cục Xuất nhập cảnh Sendai", "tòa thị chính Amagasaki"],
    "pt": ["Consulado-Geral do Brasil em Hamamatsu", "estação de Yonago", "prefeitura de Hachinohe"],
    "es": ["Consulado General del Perú en Nagoya", "la estación de Akabane", "la municipalidad de Amagasaki"],
    "ko": ["아카바네역", "센다이출입국재류관리국", "주센다이대한민국총영사관", "미야자키공항"],
    "zh": ["赤羽站", "仙台出入国在留管理局", "宫崎机场", "中国驻札幌总领事馆"],
    "tl": ["Konsulado ng Pilipinas sa Nagoya", "istasyon ng Akabane", "munisipyo ng Yonago"],
    "id": ["KBRI di Tokyo bagian konsuler", "stasiun Akabane", "kantor imigrasi Sendai"],
    "th": ["สถานีอากาบาเนะ", "สถานกงสุลใหญ่ ณ นครฟุกุโอกะ", "สนามบินมิยาซากิ"],
    "ne": ["अकाबाने स्टेशन", "सेन्दाई अध्यागमन कार्यालय", "मियाजाकी विमानस्थल"],
    "my": ["အာကာဘာနဲဘူတာ", "မိယာဇာကီလေဆိပ်", "ဆန်ဒိုင်းလူဝင်မှုကြီးကြပ်ရေးရုံး"],
    "km": ["ស្ថានីយ៍អាកាបាណេ", "អាកាសយានដ្ឋានមីយ៉ាហ្សាគី", "ការិយាល័យអន្តោប្រវេសន៍សេនដៃ"],
    "mn": ["Акабанэ өртөө", "Миязаки нисэх буудал", "Сэндайн цагаачлалын газар"],
    "tr": ["Akabane İstasyonu", "Miyazaki Havalimanı", "Sendai Göç İdaresi"],
    "uk": ["станція Акабане", "аеропорт Міядзакі", "імміграційне бюро Сендая"],
    "ru": ["станция Акабанэ", "аэропорт Миядзаки", "иммиграционное бюро Сендая"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), as
# opinions on policy name them.
OFFICIALS = {
    "ja": ["片山財務大臣", "赤沢経済産業大臣", "小泉防衛大臣", "上野厚生労働大臣", "松本文部科学大臣", "金子国土交通大臣",
           "鈴木北海道知事", "山本群馬県知事", "斎藤兵庫県知事", "国土交通大臣", "経済産業大臣"],
    "en": ["Finance Minister Katayama", "Defense Minister Koizumi", "Health Minister Ueno", "Governor Yamamoto of Gunma",
           "Governor Saito of Hyogo", "the Minister of Land, Infrastructure and Transport",
           "President Sheinbaum", "Prime Minister Karki", "Vice President Alckmin", "Prime Minister Svyrydenko"],
    "zh": ["片山财务大臣", "小泉防卫大臣", "上野厚生劳动大臣", "外交部发言人", "群马县知事山本"],
    "ko": ["김민석 국무총리", "가타야마 재무상", "고이즈미 방위상", "우에노 후생노동상"],
    "vi": ["Chủ tịch nước Lương Cường", "Bộ trưởng Y tế Ueno", "Thống đốc Gunma Yamamoto", "Bộ trưởng Katayama"],
    "pt": ["o vice-presidente Alckmin", "o ministro Ueno", "o governador de Gunma", "a ministra Katayama"],
    "es": ["el presidente José Jerí", "la ministra Katayama", "el gobernador de Gunma", "el cónsul del Perú"],
    "tl": ["Senate President ng Pilipinas", "Ministro Ueno", "ang konsul ng Pilipinas sa Nagoya"],
    "id": ["Menteri Luar Negeri Sugiono", "Menteri Ueno", "Konsul Jenderal RI di Osaka"],
    "tr": ["Cumhurbaşkanı Yardımcısı Cevdet Yılmaz", "Bakan Ueno", "Osaka Başkonsolosu"],
    "uk": ["прем'єр-міністерка Свириденко", "міністр Уено", "консул України"],
    "ru": ["премьер-министр Мишустин", "министр Уэно", "губернатор префектуры Гумма"],
    "th": ["รัฐมนตรีอุเอโนะ", "กงสุลใหญ่ไทย ณ นครโอซากา", "ผู้ว่าราชการจังหวัดกุมมะ"],
    "mn": ["УИХ-ын дарга", "Сайд Уэно", "Монгол Улсын Консул"],
    "ne": ["प्रधानमन्त्री सुशीला कार्की", "मन्त्री उएनो", "नेपाली कन्सुल"],
    "my": ["ဝန်ကြီး ဥအဲနို", "မြန်မာ ကောင်စစ်ဝန်"],
    "km": ["ព្រះមហាក្សត្រ នរោត្តម សីហមុនី", "រដ្ឋមន្ត្រី អ៊ូអេណូ"],
}  # fmt: skip
COMPANIES = ["Murata", "Yazaki", "Shimano", "Horiba", "Daikin", "Omron", "Kyocera", "Matsuya", "松屋",
             "ミツカン", "Mizkan", "ニトリ", "Kobe Bussan", "神戸物産", "スギ薬局", "Sugi Pharmacy",
             "Tamron", "Ishii Foods"]  # fmt: skip
HANDLE_WORDS = ["#8000番", "#7000", "LINE VOOM", "LINEオープンチャット「在日ベトナム人」", "Instagram Threads",
                "Facebook Groups", "TikTok LIVE配信", "YouTube Live", "Zalo Group", "Viber Channels", "@line",
                "#技能実習生"]  # fmt: skip
PUBLIC_TOWNS = ["Meguro-ku", "Chiyoda-ku", "Suginami-ku", "Bunkyo-ku", "Taito-ku", "Amagasaki", "Yonago",
                "Kurayoshi", "Hachinohe", "Sabae", "Echizen", "Tsuruoka", "Miyakonojo", "Yatsushiro", "Shunan", "Ube"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["目黒区", "千代田区", "杉並区", "文京区", "台東区", "尼崎市", "米子市", "倉吉市", "八戸市",
                      "鯖江市", "越前市", "鶴岡市", "都城市", "八代市", "周南市", "宇部市"]  # fmt: skip


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


# Numbers and words that look like personal data and are not: times, prices, counts, dates of
# rules, train and bus numbers, bank opening hours, a reference number that fails the My Number
# check digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["残業は月80時間を超えています。", "時給は1,050円から1,100円に上がりました。", "問い合わせ番号は{bad12}です。",
           "朝6時45分のバスに乗らないと間に合いません。", "2025年10月から最低賃金が変わりました。",
           "家賃4万5千円、管理費3千円です。", "8時から17時まで、休憩は1時間です。", "JLPTのN2に合格しました。",
           "窓口は平日9:00〜16:30です。", "子どもは2人、7歳と4歳です。"],
    "en": ["overtime is over 80 hours a month", "the hourly wage went from 1,050 to 1,100 yen",
           "ref no. {bad12}", "the 6:45 bus is the only one", "rent 45,000 yen + 3,000 management fee",
           "8am-5pm with a 1 hour break", "I passed JLPT N2 in July", "open weekdays 9:00-16:30",
           "2 kids, aged 7 and 4", "Gate 12, flight at 10:35"],
    "vi": ["làm thêm hơn 80 tiếng mỗi tháng", "lương giờ 1.050 yên", "em nộp hồ sơ rồi, mã tiếp nhận là {bad12}", "tiền nhà 45.000 yên",
           "đi xe buýt lúc 6:45"],
    "pt": ["hora extra passou de 80 horas", "o jikyu subiu para 1.100 ienes", "protocolo {bad12}",
           "aluguel de 45 mil ienes"],
    "zh": ["每月加班超过80小时", "时薪从1050日元涨到1100日元", "网上申请以后给的受理号码是{bad12}", "房租4万5千日元"],
    "es": ["más de 80 horas extra al mes", "pago 45.000 yenes de alquiler", "me dieron el número de trámite {bad12}"],
    "ko": ["한 달 잔업이 80시간이 넘어요", "시급 1,100엔", "문의번호 {bad12}"],
    "tl": ["80 oras na overtime kada buwan", "1,100 yen kada oras", "Room 305, 3rd floor ang dorm namin"],
    "id": ["lembur lebih dari 80 jam sebulan", "gaji per jam 1.100 yen", "kereta jam 07.12 dari peron 3"],
    "ne": ["महिनामा ८० घण्टाभन्दा बढी ओभरटाइम", "घण्टाको १,१०० येन"],
    "th": ["โอทีเกิน 80 ชั่วโมงต่อเดือน", "ค่าจ้างชั่วโมงละ 1,100 เยน"],
    "tr": ["ayda 80 saatten fazla mesai", "saatlik ücret 1.100 yen"],
    "ru": ["переработки больше 80 часов в месяц", "почасовая оплата 1 100 иен"],
    "uk": ["понаднормові понад 80 годин на місяць", "погодинна оплата 1 100 єн"],
    "mn": ["сард 80 гаруй цаг илүү цагаар ажилладаг", "цагийн хөлс 1,100 иен"],
    "my": ["တစ်လ အချိန်ပို နာရီ ၈၀ ကျော်", "တစ်နာရီ ၁,၁၀၀ ယန်း"],
    "km": ["ម៉ោងបន្ថែមជាង 80 ម៉ោងក្នុងមួយខែ", "ប្រាក់ឈ្នួលម៉ោងលើ 1,100 យ៉េន"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes the dev, held-out, unseen and unseen2 generators do not build: LINE lin.ee short links,
# QR-code links `line.me/ti/p/<code>` and `line://` links, WeChat's default `wxid_` IDs, Kakao
# open-chat links, Telegram `tg://resolve` and `t.me/+` invitations, WhatsApp `api.whatsapp.com`
# and `wa.me/qr/` links, Viber `viber://chat` and Zalo `zalo.me/` links; Facebook
# `profile.php?id=` and `web.facebook.com`, Instagram `?igsh=` and `/_u/`, TikTok `vm.` short
# links and `?_t=`, X `?s=21` and `intent/user`, YouTube `/channel/UC…` and `/c/`; e-mails with a
# sign to swap ("★", "#", "◎"), brackets of every kind, words in capitals; addresses with the room
# as a fourth number, in lower case, in Google Maps' "2 Chome-12-5" form, as chōme-ban-gō, with
# full-width digits, with "/" for line breaks, rural "Oaza" lots; numbers cut by "/", "·", "・".


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text).replace(
        " ", "\u3000"
    )


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def international_phone(rng: random.Random) -> str:
    """A number as a resident writes it for WhatsApp, Viber or Zalo: home country or +81."""
    return rng.choice(
        [
            lambda: f"0084 {rng.choice('3579')}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+84-{rng.choice('3579')}{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"(+63) 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+55 ({rng.randint(11, 99)}) 9 {_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+977-98{_digits(rng, 8)}",
            lambda: f"+95 9 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+7 (9{_digits(rng, 2)}) {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+380 ({rng.choice(['67', '50', '63', '93'])}) {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+62 8{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+855 {rng.choice(['12', '17', '77', '96'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+976 {rng.choice(['99', '88', '95'])}{_digits(rng, 2)} {_digits(rng, 4)}",
            lambda: f"+66 8{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+880 1{rng.choice('3789')}{_digits(rng, 2)}-{_digits(rng, 6)}",
            lambda: f"+94 7{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+81 (0){rng.choice(['90', '80', '70'])} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+81.{rng.choice(['90', '80', '70'])}.{_digits(rng, 4)}.{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.25:
            return ".".join(groups)
        if roll < 0.45:
            return f"({groups[0]}) {groups[1]} {groups[2]}"
        if roll < 0.65:
            return _fullwidth(" ".join(groups))
        if roll < 0.8:
            return f"{groups[0]} {groups[1]}-{groups[2]}"
        return "/".join(groups)
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(
            ["8190", "8180", "8470", "8490", "639", "5511", "97798", "959"]
        ) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.25:
            return "https://api.whatsapp.com/send?phone=" + number
        if roll < 0.4:
            return "https://wa.me/qr/" + "".join(
                rng.choice(LETTERS + "0123456789") for _ in range(12)
            )
        if roll < 0.6:
            return "viber://chat?number=%2B" + number
        if roll < 0.8:
            return (
                rng.choice(["https://zalo.me/", "zalo.me/"])
                + "0"
                + rng.choice("3579")
                + _digits(rng, 8)
            )
        return "https://wa.me/" + number + "?text=hello"
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.35:
            return "https://lin.ee/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
        if roll < 0.65:
            return "https://line.me/ti/p/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
        if roll < 0.85:
            return "line://ti/p/~" + user_id
        return "https://line.me/R/ti/p/%40" + user_id
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.35:
            return "wxid_" + "".join(rng.choice(ALNUM) for _ in range(14))
        if roll < 0.6:
            return user_id.replace(".", "") + str(rng.randint(1980, 2005))
        return user_id.replace(".", "_").upper() if rng.random() < 0.3 else user_id
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.3:
            return "tg://resolve?domain=" + name
        if roll < 0.5:
            return "https://t.me/+" + "".join(rng.choice(ALNUM + LETTERS + "_") for _ in range(16))
        if roll < 0.75:
            return "t.me/" + name
        return "@" + name
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.35:
            return "https://open.kakao.com/o/s" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(7)
            )
        if roll < 0.6:
            return user_id.replace(".", "") + rng.choice(["", "kr", "0" + str(rng.randint(1, 9))])
        return user_id
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id.upper()
        if roll < 0.35:
            return user_id + "." + str(rng.randint(1, 99))
        if roll < 0.45:
            return "@" + user_id  # written with "@" as for an official account
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", "._", ".official", str(rng.randint(80, 99))])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(
            ["", "", "_" + str(rng.randint(10, 99)), ".jp"]
        )
    if slot == "x":
        base = user_name.replace(".", "")[:12]
        return base + rng.choice(["", "", "JP", "_"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.3:
            return "https://www.facebook.com/profile.php?id=1000" + _digits(rng, 11)
        if roll < 0.45:
            return "https://web.facebook.com/" + user_name
        if roll < 0.6:
            slug = "".join(display_name.lower().split())
            return "fb.com/" + slug + str(rng.randint(1, 99))
        if roll < 0.8:
            return f"https://www.facebook.com/{user_name}?locale={rng.choice(['vi_VN', 'pt_BR', 'ja_JP', 'tl_PH'])}"
        return "facebook.com/people/" + "-".join(display_name.split()) + "/1000" + _digits(rng, 11)
    if slot == "igu":
        roll = rng.random()
        if roll < 0.4:
            return (
                "https://www.instagram.com/"
                + user_name
                + "?igsh="
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
            )
        if roll < 0.6:
            return "https://instagram.com/_u/" + user_name
        if roll < 0.8:
            return "instagram.com/stories/" + user_name + "/"
        return "https://www.instagram.com/" + user_name + "/tagged/"
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.35:
            return (
                "https://vm.tiktok.com/ZM"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        if roll < 0.65:
            return (
                "https://www.tiktok.com/@"
                + user_name
                + "?_t=8"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
                + "&_r=1"
            )
        return (
            "https://www.tiktok.com/@" + user_name + "?lang=" + rng.choice(["ja-JP", "vi-VN", "en"])
        )
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.4:
            return f"https://x.com/{handle}?s=21"
        if roll < 0.6:
            return "https://twitter.com/intent/user?screen_name=" + handle
        if roll < 0.8:
            return f"x.com/{handle}/with_replies"
        tail = "".join(rng.choice(ALNUM + LETTERS) for _ in range(22))
        return f"https://x.com/{handle}?t={tail}&s=09"
    # yt
    roll = rng.random()
    if roll < 0.35:
        return "https://www.youtube.com/channel/UC" + "".join(
            rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
        )
    if roll < 0.6:
        return "https://www.youtube.com/c/" + user_name.replace(".", "")
    return "youtube.com/@" + user_name + rng.choice(["/videos", "/shorts", "/featured"])


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["あっと", "【アット】"], "zh": ["at符号", "(艾特)"], "ko": ["골뱅이표", "[at]"], "ru": ["(собачка)"],
            "uk": ["[равлик]"], "tr": ["(et)"], "id": ["[at]"], "th": ["แอท"], "pt": ["[arroba]"],
            "es": ["[arroba]"], "vi": ["(a còng)"], "tl": ["(at)"], "mn": ["(@тэмдэг)"], "ne": ["[at]"]}  # fmt: skip
DOT_WORDS = {"ja": ["てん", "【ドット】"], "zh": ["(点)"], "ko": ["[dot]"], "ru": ["(точка)"], "uk": ["[крапка]"],
             "tr": ["nokta"], "id": ["titik"], "th": ["ดอท"], "pt": ["[ponto]"], "es": ["[punto]"],
             "vi": ["(chấm)"], "tl": ["(dot)"], "mn": ["(цэг)"], "ne": ["[dot]"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["yahoo.co.jp", "softbank.ne.jp", "i.softbank.jp", "au.com", "outlook.com",
                                     "hotmail.co.jp", "proton.me", "mail.ru", "ukr.net", "naver.com", "163.com",
                                     "yahoo.com.vn", "hotmail.com.br", "gmx.net"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}→@）", "en": " ({sign} means @)", "zh": "（把{sign}改成@）", "vi": " ({sign} đổi thành @)",
              "pt": " (troca o {sign} por @)", "es": " (cambia {sign} por @)", "ko": " ({sign}를 @로)",
              "tl": " (palitan ang {sign} ng @)", "id": " ({sign} ganti @)", "tr": " ({sign} yerine @)",
              "ru": " ({sign} = @)", "uk": " ({sign} = @)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["★", "#", "◎", "☆"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["[dot]"]))
        rest = f" {dot} ".join(parts) if rng.random() < 0.7 else domain
        return f"{local} {at} {rest}", ""
    if roll < 0.48:
        return f"{local} AT {' DOT '.join(parts)}", ""
    if roll < 0.56:
        return f"{local} (@) {' (.) '.join(parts)}", ""
    if roll < 0.64:
        return f"{local}【@】{domain}", ""
    if roll < 0.72:
        return f"{local}-at-{'-dot-'.join(parts)}", ""
    if roll < 0.8:
        return f"{local} atmark {domain}", ""
    if roll < 0.88:
        return f"{local}＠{'．'.join(parts)}", ""
    if roll < 0.94:
        return f"{local} < at > {' < dot > '.join(parts)}", ""
    return f"{local}@ {parts[0]} .{'.'.join(parts[1:])}", ""


ROMAN_TOWNS = ["Oji", "Akabane-Minami", "Jujo-Nakahara", "Nogata", "Saginomiya", "Ogikubo", "Asagaya-Minami",
               "Hakusan", "Yanaka", "Negishi", "Iriya", "Mano-cho", "Shioya-cho", "Kuise", "Mabashi",
               "Aioi-cho", "Kotobuki-cho", "Suehiro", "Mihara", "Tsukiji-machi", "Wakamatsu", "Yamato-cho"]  # fmt: skip
# (ward, city, prefecture); a Tokyo ward has no city.
ROMAN_CITIES = [("Meguro", "Tokyo", "Tokyo"), ("Chiyoda", "Tokyo", "Tokyo"), ("Suginami", "Tokyo", "Tokyo"),
                ("Bunkyo", "Tokyo", "Tokyo"), ("Taito", "Tokyo", "Tokyo"), ("Fushimi", "Kyoto", "Kyoto"),
                ("Ukyo", "Kyoto", "Kyoto"), ("", "Amagasaki", "Hyogo"), ("", "Yonago", "Tottori"),
                ("", "Kurayoshi", "Tottori"), ("", "Hachinohe", "Aomori"), ("", "Sabae", "Fukui"), ("", "Echizen", "Fukui"),
                ("", "Tsuruoka", "Yamagata"), ("", "Miyakonojo", "Miyazaki"), ("", "Yatsushiro", "Kumamoto"),
                ("", "Shunan", "Yamaguchi"), ("", "Ube", "Yamaguchi"), ("", "Kakogawa", "Hyogo"),
                ("", "Nobeoka", "Miyazaki")]  # fmt: skip
ROMAN_BUILDINGS = ["Villa Oji", "Haitsu Tsubaki", "Kopo Akebono", "Dormy Nogata", "Mansion Hikawa",
                   "Regalo Yanaka", "Crest Court"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    ward, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    zip_code = f"{rng.randint(1, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 605), rng.randint(1001, 1207)])
    tokyo_ward = city == "Tokyo"
    area_ku = f"{ward}-ku" if ward else f"{city}-shi"
    area_en = f"{ward} City" if tokyo_ward else f"{city}" + (f" {ward} Ward" if ward else "")
    style = rng.random()
    if style < 0.15:  # the room as a fourth number, as on Japanese forms
        return f"{c}-{b}-{g}-{room} {town}, {area_ku}, {pref}"
    if style < 0.27:  # Google Maps' English form
        return f"{c} Chome-{b}-{g} {town}, {area_en}, {pref} {zip_code}" + rng.choice(
            ["", ", Japan"]
        )
    if style < 0.39:  # all lower case, no commas
        return f"{town} {c}-{b}-{g} {area_ku} {pref}".lower()
    if style < 0.5:  # chōme-ban-gō spelled out
        return f"{town} {c}-chome {b}-ban {g}-go, {area_ku}"
    if style < 0.6:  # full-width digits typed with a Japanese keyboard
        num = _fullwidth(f"{c}-{b}-{g}").replace("－", "－")
        return f"{town} {num}, {area_ku}, {pref}"
    if style < 0.7:  # "/" where the letter had line breaks
        return f"{pref} / {area_ku} / {town} {c}-{b}-{g} / {rng.choice(ROMAN_BUILDINGS)} {room}"
    if style < 0.78:  # a rural lot in an "Oaza", no chōme
        return f"Oaza {town} {rng.randint(100, 2999)}-{rng.randint(1, 9)}, {area_ku}, {pref}-ken"
    if style < 0.88:  # building first, "Apt." and the postal code written with "ZIP"
        return f"Apt. {room}, {rng.choice(ROMAN_BUILDINGS)}, {c}-{b}-{g} {town}, {area_ku} ZIP {zip_code.replace('-', '')}"
    if style < 0.95:  # "chōme" with its macron, the prefecture with "-ken"/"-to" attached
        suffix = PREF_SUFFIX.get(pref, "ken")
        return f"{town} {c}-chōme {b}-{g}, {area_ku}, {pref}{'-' + suffix if suffix else ''}"
    return f"{zip_code} {pref} {area_ku} {town} {c}-{b}-{g} {rng.choice(ROMAN_BUILDINGS)} {room}-go"


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
        return rng.choice([f"{head}/{n}/{tail}", f"{head} {n[:2]} {n[2:5]} {n[5:]} {tail}", f"{head}_{n}_{tail}",
                           f"{head}·{n}·{tail}", f"{head}-{n[:4]} {n[4:]}-{tail}", _fullwidth(f"{head} {n} {tail}"),
                           f"{head.lower()}{n}{tail.lower()}", f"{head} - {n} - {tail}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            ["・".join([n[:4], n[4:8], n[8:]]), " ".join(n[i:i + 2] for i in range(0, 12, 2)),
             f"{n[:4]}-{n[4:8]} {n[8:]}", _fullwidth(" ".join([n[:4], n[4:8], n[8:]])), f"{n[:6]}-{n[6:]}",
             "/".join([n[:4], n[4:8], n[8:]])]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}-{d[:3]}-{d[3:]}", f"{head.lower()}{d}", _fullwidth(f"{head}{d}"),
                           f"{head} {d[:3]} {d[3:5]} {d[5:]}", f"F{rng.choice('XYZ')} {d[:6]}",
                           f"{rng.choice('CBN')}{d[:3]} {d[3:]}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        [".".join(groups), "/".join(groups), f"({groups[0]})-{groups[1]}-{groups[2]}",
         f"+81 (0){groups[0][1:]} {groups[1]} {groups[2]}", _fullwidth(" ".join(groups)),
         f"{groups[0]} {groups[1]}-{groups[2]}"]
    )  # fmt: skip
