"""Templates, frames, name lists and value shapes of the `unseen6` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w6), after the earlier unseen
splits (benchmarks/data/privacy_unseen.py, privacy_unseen2.py, privacy_unseen3.py,
privacy_unseen4.py) had been written. The writer did not open, grep or run the detector (anything
under `classifiers/`, its data files, its tests, `feedback/redaction.py` or the ADRs), and never
ran `benchmarks/privacy.py`. The weight is on names in residents' everyday life outside work:
housing (landlords, real-estate agents, guarantors), neighbours, shops and online sellers,
churches, temples and mosques, community leaders, brokers, friends who disappeared and missing
persons; names in chat messages (lower case, no punctuation, emojis, repeated letters, typos),
names in several scripts in one text, titles of each culture (Pak/Bu, Kuya/Ate, Didi/Dai,
Ko/Ma, Oppa, Anh/Chị, Señor/Doña, Abla/Abi), vocatives ("{given}, please call me"), names after
prepositions and with case endings, and names that are also common words in their language.
Nothing here is copied from the `dev`, `heldout`, `unseen`, `unseen2`, `unseen3` or `unseen4`
material (a script compared the templates after normalising the slots, and the name, town,
building, public-name and handle-word lists entry by entry). How the split was made:
benchmarks/data/privacy_unseen6_README.md.

The module has the same interface as benchmarks/data/privacy_unseen4.py, so that it plugs into
benchmarks/privacy.py by swapping the module:

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese landlord
named in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}`, `{intl}`, `{walink}`. Social slots (gold kind
`social_profile`): `{fb}`, `{igu}`, `{ttu}`, `{xu}`, `{yt}` (profile URLs) and `{ig}`, `{tt}`,
`{x}` (a handle after a written "@"). A template of one kind may hold a slot of another kind:
that span is gold of its own kind. `{}` in `PHRASES` is the value of the kind being generated.
Negative frames hold one of `{place}`, `{official}`, `{town}`, `{company}`, `{word}`, filled
from the lists below, none of which is in the earlier splits' lists.

`OWN_POOLS` holds hand-written names for the pools the other splits fill from Faker, none of
them in Faker's lists (for uk and ru, male names only, as the benchmark pairs family and given
names of one gender there). The consumer applies them
(`names.pools[pool].update(OWN_POOLS[pool])`, as `unseen_names()` already does).

Languages beyond the 17 of the earlier splits (hi, bn, si, ur, fa, ar, fr) have a few name
templates each; `Names` has no pool in their scripts, so their slots name a pool explicitly
(`{name@ne}` for Devanagari names in Hindi, Latin-letter pools elsewhere: a neighbour or seller
from another country, written as that person writes their own name).
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# The gold span is the name only; titles ("さん", "大家の", "Pak", "Bu", "Kuya", "Ate", "Didi",
# "Dai", "Ko", "Ma", "오빠", "anh", "chị", "Señor", "Doña", "Abla", "Abi"), particles, case
# endings and emojis written onto the name stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "不動産屋の{family}さんに「外国人はこの物件ムリ」って言われた😢",
        "となりの部屋の{name}さんが毎晩2時まで洗濯機を回しています",
        "{given}ー！！見てたら連絡してー！！先週から既読つかないの",
        "大家さん（{name}）が鍵を返してくれないので、敷金の話ができません",
        "保証人は会社の{family}社長がなってくれるはずだったのに、急に断られました",
        "教会の{family@ja_foreign}牧師と、モスクの{name@ja_foreign}さんが一緒に相談会を開いてくれます",
        "行方不明の友人を探しています。{name@ja_foreign}、29歳、最後に見たのは駅の近くです",
        "町内会長の{family}さん、ゴミ出しのルールを英語でも貼ってください",
        "メルカリで買った冷蔵庫、出品者の{name}さんと連絡が取れません",
        "{name}（{name@ja_kana}）と書いて「あなたの名前はどっち？」と窓口で聞かれた",
        "コンビニの店長の{family}さんだけは、いつも優しく話しかけてくれる",
        "うちの子、{given}って名前なんですが、学校で名前をからかわれています",
        "{family}さんちの犬がうちの子をかんだのに、謝りに来ません",
        "お寺の{family}住職が、日本語教室を無料で開いてくれています",
        "シェアハウスの管理人の{family}さんから、急に来月出ていくように言われました",
        "{given}、電話ちょうだい。お母さんが心配してる",
        "{name@ja_foreign}という名前で部屋を探すと、内見の前に断られます",
        "仲介の{family}さんから、家賃の振込先を個人口座に変えるように言われました",
        "引っ越しを手伝ってくれた{given@vi}ちゃんと{given@tl}ちゃんにお礼を言いたい",
        "{family}さんとこのおばあちゃん、最近見かけないけど大丈夫かな",
        "お隣の{family}さんに「国に帰れ」と言われ、子どもが怖がっています",
        "ジモティーで{name}って人からベビーカーを買う約束をしたら、お金だけ取られた",
        "書き込み主：{family@ja_foreign}（ベトナム人、団地住まい）",
        "団地の役員の{family}さんだけが、外国人の住人にあいさつを返してくれません",
    ],
    "en": [
        "{given} pls call me back im worried sick",
        "our landlord {name@ja_latin} keeps coming in without knocking when my wife is alone",
        "the real estate guy, {family@ja_latin} from the agency near the station, said no pets no foreigners lol",
        "has anyone seen {name@tl}?? she left the share house on sunday and hasnt answered since",
        "MISSING: {name@ne_latin}, 24, last seen near the mosque after friday prayers",
        "shoutout to {given@vi} at the asian grocery who lent me rice till payday 🙏",
        "neighbour downstairs ({family@ja_latin}) bangs on the ceiling every time my baby cries",
        "the seller on mercari, {name}, never sent my phone and deleted the listing",
        "Pastor {family@en} from the international church is helping us with the visa papers",
        "{given}!!! answer ur phone omg",
        "me and {given@tl} got scammed by the same broker, {name}, he had a nice office and everything",
        "anyone know {name@id}? she used to sell nasi goreng at the community festival",
        "my daughter {given} is scared of the man next door and wont go out alone anymore",
        "To whoever finds this: my friend {name@my_latin} has been missing since the 3rd",
        "the guarantor company sent a guy named {family@ja_latin} who shouted at my kid",
        "thx {given} for the blankets, u saved us this winter",
        "with {given@ne_latin} gone, nobody at the temple can read the letters from the ward office",
        "the lady who runs the halal shop, {name@id}, said the owner raised her rent twice",
        "{name}, please call me, I only want my deposit back",
        "our community leader {name@tl} said to post here so here i am",
        "my ex roommate {given} took the wifi router and moved out at 3am",
        "uncle {given@ne_latin} from the momo shop knows the landlord, {name@ja_latin}",
        "posting for {given@vi} because her japanese isnt good enough yet",
        "— sent by {given}, from my phone, sorry for typos",
        "the old landlord {name@ja} handed the building to his son, {name@ja_latin}, who doubled the rent",
    ],
    "zh": [
        "房东{name}说外国人要多交两个月押金，这合法吗",
        "中介小{family}让我先交定金才能看房，交了以后就不回消息了",
        "{given}你在哪？？？妈妈找你找疯了",
        "隔壁的{family}大妈每天敲门说我们做饭太香😂",
        "有人认识{name}吗，去年在我们教会做饭的那个",
        "闲鱼上的卖家{name}收了钱就把我拉黑了",
        "楼下开中华料理店的{family}老板人很好，会帮我们看日文信",
        "寻人：{name}，男，35岁，上个月从宿舍离开后失联",
        "我同学{given@ja}（日本人）说这种情况可以报警",
        "跟{name}合租的时候，水电费都是我一个人交",
        "谢谢社区的{family}阿姨，每周都来教我们日语",
        "我闺蜜{given}被网上的二手卖家骗了三万日元",
        "寺庙里的{name}师傅说可以在这里留言",
        "她叫{given}，是我在华人超市认识的，现在电话也打不通了",
    ],
    "ko": [
        "{given} 오빠 어디야ㅠㅠ 연락 좀 해",
        "집주인 {name} 씨가 계약서에 없는 청소비를 요구해요",
        "부동산 {family} 실장님이 외국인은 보증회사 두 군데 필요하다고 했어요",
        "옆집 {family} 할머니가 김치를 나눠 주셔서 너무 감사했어요",
        "당근마켓에서 {name}라는 사람한테 냉장고 샀는데 고장 났어요",
        "교회 {family} 집사님이 일본어 통역을 도와주세요",
        "사람을 찾습니다. {name}, 32세, 지난달부터 연락이 끊겼어요",
        "{given}아 제발 전화 받아 엄마가 울고 있어",
        "한인마트 {family} 사장님 덕분에 방을 구했어요",
        "우리 {given}는 이름 때문에 학교에서 놀림을 받아요",
        "{given}랑 같이 살던 셰어하우스 관리인 {family@ja_latin} 씨가 보증금을 안 줘요",
        "중개인 {name}에게 두 달치 월세를 현금으로 줬는데 영수증이 없어요",
        "같은 성당 다니는 {name@tl} 씨도 똑같이 당했대요",
        "교회 {family} 목사님과 일본인 사모님 {name@ja} 덕분에 방을 구했어요",
    ],
    "vi": [
        "anh {given} ơi em gọi mãi ko được, thấy tin nhắn thì gọi lại em nha",
        "chủ nhà {name@ja_latin} đòi thêm 5 vạn tiền dọn phòng dù bọn em đã dọn sạch",
        "bên môi giới nhà có anh {given} người Việt, mọi người cẩn thận, anh ấy cầm tiền cọc rồi mất tích",
        "tìm người thân: {name}, 27 tuổi, quê Nghệ An, mất liên lạc từ tháng 9",
        "chị {given} bán đồ ăn online ở nhóm Facebook, ai biết chỉ giúp em với",
        "hàng xóm tên {family@ja_latin} hay phàn nàn là bọn em nói to",
        "{given}ơiiii về nhà đi mẹ khóc cả tuần rồi",
        "em với {given} thuê chung phòng, giờ {given} bỏ đi mà không trả tiền nhà",
        "cô {given} ở chùa Việt Nam giúp em viết đơn này",
        "người bán trên mercari là {name@ja}, gửi thiếu hàng mà không chịu trả lại tiền",
        "em gái em tên {given}, nó mới sang Nhật được 3 tháng mà bị chủ nhà đuổi",
        "chú {given} chủ quán phở nói sẽ làm người bảo lãnh cho em thuê nhà",
        "Gửi từ điện thoại của {name}, xin lỗi nếu sai chính tả",
        "bác {given} và vợ là bà {name@ja} cho bọn em thuê phòng rẻ, người tốt lắm",
    ],
    "ne": [
        "{given} दिदी, फोन उठाउनुस् न, सबै जना चिन्तित छौं",
        "घरबेटी {family@ja_latin}ले बिना सूचना भाडा बढायो",
        "हराएको साथी {name}, २६ वर्ष, गत हप्तादेखि सम्पर्कमा छैन",
        "dai {given@ne_latin} ko pasal ma sabai nepali samaan paincha, uhaa le nai yo page dekhaunu bhayo",
        "छिमेकी {name@ja}ले हाम्रो बच्चालाई चिच्याउँछन्",
        "दलाल {name}लाई दुई लाख दिएँ, अहिले फोन अफ छ",
        "mandir ma {name@ne_latin} ji le japani class suru garnu bhayo",
        "{given}सँग कोठा सेयर गर्थें, उसले भाडा नतिरी भाग्यो",
        "online ma saman bechne {given@ne_latin} bhanne manche le paisa liyera saman pathayena",
        "मेरी बहिनी {given} छिमेकीको कुकुर देखेर डराउँछे",
        "समाजका अध्यक्ष {name}ज्यूले यहाँ लेख्न भन्नुभयो",
    ],
    "id": [
        "Pak {given} yang punya warung Indonesia di dekat stasiun baik banget, sering kasih utang",
        "Bu {family@ja_latin}, pemilik apato, minta uang kebersihan 80 ribu yen padahal kamar sudah bersih",
        "dicari!! teman kami {name}, 23 th, terakhir kelihatan di masjid hari jumat",
        "{given} kamu di mana sih, balas dong chatnya 😭😭",
        "penjual online atas nama {name} sudah ditransfer tapi barang tidak dikirim",
        "tetangga sebelah, {family@ja_latin}, lapor ke polisi gara-gara kami masak pakai terasi",
        "ustadz {given} dari pengajian minggu mau bantu terjemahkan surat dari kantor kota",
        "aku sama {given} ditipu calo yang namanya {name}",
        "adik saya namanya {given}, dia baru datang ke Jepang dan belum punya kamar",
        "Mas {given} yang bantu kami pindahan, makasih banyak mas",
        "agen properti {name@ja_latin} bilang orang asing tidak boleh sewa sendiri",
        "kiriman dari {name}, anggota paguyuban warga Indonesia di sini",
        "Dek {given}, tolong telpon ibu ya",
    ],
    "tl": [
        "Kuya {given} po yung may-ari ng sari-sari store dito, siya po nagtuturo sa amin ng Japanese",
        "Ate {given}!!! nasaan ka na po, nag-aalala na kami",
        "yung landlord po namin si {name@ja_latin}, pinapaalis kami ng walang dahilan",
        "nawawala po ang pinsan ko na si {name}, 30 anyos, huling nakita sa simbahan",
        "ingat po kayo sa online seller na si {name}, scammer po siya",
        "ang kapitbahay naming si {family@ja_latin}-san ay laging nagrereklamo sa ingay",
        "{given} tawagan mo ako pls",
        "salamat po kay Brother {given} ng choir, siya ang tumulong sa akin mag-lipat",
        "pinagkatiwalaan ko po ang broker na si {name}, pero tinakbuhan kami",
        "si {given} at ako po ay magkasama sa apartment pero umalis siya ng hindi nagbabayad",
        "yung anak ko pong si {given} ang binu-bully ng mga bata sa park",
        "Mula kay {name}, miyembro ng Filipino community dito",
        "Tita {given} po ang guarantor ko sana pero umatras siya",
        "pakihanap po si {given@vi}, kaibigan ko pong Vietnamese na nawawala",
    ],
    "th": [
        "พี่{given}ขาาา ตอบไลน์หน่อย เป็นห่วงมาก",
        "เจ้าของห้อง {name@ja_latin} ขึ้นค่าเช่าโดยไม่บอกล่วงหน้า",
        "ตามหาเพื่อน ชื่อ{name} อายุ 28 หายไปตั้งแต่ต้นเดือน",
        "ร้านขายของไทยของป้า{given} ช่วยแปลจดหมายจากเขตให้",
        "คนขายในเน็ตชื่อ{name} รับเงินแล้วไม่ส่งของ",
        "ข้างห้องคือคุณ{family@ja_latin} บ่นเรื่องกลิ่นอาหารทุกวัน",
        "นายหน้าหาห้อง{name}เก็บค่าแนะนำไปแล้วไม่ติดต่อกลับ",
        "{given} โทรหาแม่ด่วน",
        "หลวงพี่{given}ที่วัดไทยบอกให้มาเขียนที่นี่",
        "น้องสาวชื่อ {given} เพิ่งมาญี่ปุ่นเดือนที่แล้ว ยังหาห้องไม่ได้",
        "ขอบคุณน้อง{given}ที่ช่วยขนของย้ายห้องนะคะ",
        "ส่งจากมือถือของ{name}",
    ],
    "pt": [
        "a Dona {given} da igreja me ajudou a achar esse apartamento",
        "o corretor {name} pegou o dinheiro do depósito e sumiu",
        "{given} me liga pfv tô preocupadaaa",
        "procura-se: {name}, 34 anos, saiu de casa domingo e não voltou",
        "o proprietário, seu {family@ja_latin}, entra no apê sem avisar",
        "comprei um sofá de uma tal de {name} no grupo de vendas e nunca chegou",
        "a vizinha {family@ja_latin}-san reclamou do barulho das crianças de novo",
        "o pastor {given} da comunidade brasileira tá organizando uma reunião sobre moradia",
        "minha filha se chama {given} e tem medo do vizinho de cima",
        "eu e o {given} dividíamos o apê até ele sumir sem pagar o aluguel",
        "agradeço ao seu {given} da loja brasileira, que me emprestou o fiador",
        "escrevo em nome da {name}, que não sabe usar o computador",
        "com o {given} fora, ninguém da associação fala japonês",
    ],
    "es": [
        "Doña {given} de la parroquia me prestó la plata para el depósito",
        "Señor {family@ja_latin}, el dueño del departamento, nos quiere desalojar",
        "{given} porfa contéstame 🙏🙏",
        "se busca a {name}, 26 años, desapareció después de la misa del domingo",
        "el vendedor de Facebook, un tal {name}, cobró y no entregó la cuna",
        "la vecina de abajo, {family@ja_latin}-san, nos grita por el ruido",
        "el agente inmobiliario {name} nos pidió tres meses de garantía en efectivo",
        "mi mamá se llama {given} y vive sola en un cuarto sin calefacción",
        "Don {given} de la tienda peruana nos ayudó a traducir el contrato",
        "con {given} nos mudamos juntas, pero se fue sin pagar su parte",
        "de parte de {name}, miembro de la asociación de latinos de la zona",
        "a {given} le dijeron en la inmobiliaria que no alquilan a extranjeros",
    ],
    "my": [
        "Ko {given@my_latin} ရေ ဖုန်းဆက်ပါဦး အမေ စိတ်ပူနေတယ်",
        "အိမ်ရှင် {name@ja_latin} က အိမ်လခ ကြိုမပြောဘဲ တိုးတယ်",
        "ပျောက်ဆုံးနေသူ {name}၊ အသက် ၂၅ နှစ်၊ ပြီးခဲ့တဲ့လကတည်းက အဆက်အသွယ်မရ",
        "Ma {given@my_latin} ရဲ့ မြန်မာဆိုင်မှာ ငါးပိ ဝယ်လို့ရတယ်",
        "အွန်လိုင်းရောင်းသူ {name} ကို ငွေလွှဲပြီးပေမယ့် ပစ္စည်း မရဘူး",
        "ဘုန်းကြီးကျောင်းက ဦး{name} က စာရေးပေးခဲ့တယ်",
        "pwe sar {name@my_latin} ko ngwe pay pyi tot phone ma kaing tot buu",
        "ကျွန်မ ညီမနာမည် {name} ပါ၊ အခန်းရှာရာမှာ ကူညီပေးပါ",
        "အိမ်နီးချင်း {family@ja_latin} က ဆူညံတယ်လို့ အမြဲ ပြောတယ်",
        "{name} နဲ့ အခန်းအတူငှားခဲ့တာ၊ အခု သူ ထွက်ပြေးသွားပြီ",
    ],
    "km": [
        "បង {given} អើយ ទូរស័ព្ទមកខ្ញុំផង",
        "ម្ចាស់បន្ទប់ {name@ja_latin} ដំឡើងថ្លៃឈ្នួលដោយមិនប្រាប់",
        "ស្វែងរកមិត្តភក្តិ {name} អាយុ ២៧ ឆ្នាំ បាត់ខ្លួនតាំងពីខែមុន",
        "អ្នកលក់អនឡាញឈ្មោះ {name} យកលុយហើយមិនផ្ញើឥវ៉ាន់",
        "ព្រះសង្ឃ {name} នៅវត្តខ្មែរជួយបកប្រែលិខិតឱ្យខ្ញុំ",
        "bong srey {given@km_latin} ot leuk phone te, knhom barom nas",
        "អ្នកជិតខាង {family@ja_latin} តែងតែត្អូញត្អែរពីសំឡេង",
        "ប្អូនស្រីខ្ញុំឈ្មោះ {given} នាងទើបមកជប៉ុន ហើយមិនទាន់មានបន្ទប់",
        "ខ្ញុំ និង {given} ជួលបន្ទប់ជាមួយគ្នា តែនាងចាកចេញដោយមិនបង់ថ្លៃ",
        "មេខ្យល់ {name} យកលុយកក់ហើយបាត់មុខ",
    ],
    "mn": [
        "{given} минь утсаа ав л даа, ээж чинь санаа зовж байна",
        "Байрны эзэн {name@ja_latin} түрээсээ гэнэт нэмсэн",
        "Сураггүй алга болсон найз {name}, 25 настай, сүүлд сүмийн орчим харагдсан",
        "Онлайнаар зардаг {name} гэдэг хүн мөнгө аваад бараа явуулаагүй",
        "Хөрш {family@ja_latin} биднийг шуугиантай гэж байнга гомдоллодог",
        "Монгол дэлгүүрийн {given} эгч надад энэ хуудсыг зааж өгсөн",
        "Миний дүүгийн нэр {given}, саяхан Японд ирээд байр олохгүй байна",
        "{given}-тай хамт байр хөлсөлж байсан, одоо тэр түрээсээ төлөлгүй явсан",
        "zuuchlagch {name@mn_latin} gedeg hun baritsaa avaad alga bolson",
        "Нийгэмлэгийн тэргүүн {name}-ээс асуухад энд бич гэсэн",
    ],
    "tr": [
        "{given} Abla, mahalledeki Türk marketini işletiyor, bize hep yardım eder",
        "{given} Abi'ye ulaşamıyoruz, bilen varsa yazsın",
        "ev sahibi {name@ja_latin} depozitonun yarısını kesti",
        "kayıp: {name}, 29 yaşında, cuma namazından sonra camiden çıktı ve dönmedi",
        "internetten aldığım buzdolabının satıcısı {name} telefonlarıma bakmıyor",
        "alt kattaki komşu {family@ja_latin} çocukların sesinden şikâyetçi",
        "emlakçı {name}'e iki aylık kirayı peşin verdik, şimdi ortada yok",
        "{given} lütfen ara beni çok merak ediyorum",
        "kızımın adı {given}, okulda adıyla dalga geçiyorlar",
        "{given}'la aynı evde kalıyorduk, kirayı ödemeden gitti",
        "derneğin başkanı {name} Bey bu formu önerdi",
    ],
    "uk": [
        "{given}, будь ласка, передзвони мені, ми всі хвилюємось",
        "Орендодавець {name@ja_latin} підняв плату без попередження",
        "Шукаю брата: {name}, 31 рік, зник після служби в церкві",
        "Продавець з оголошення, {name}, взяв гроші й не надіслав пральну машину",
        "Сусід {family@ja_latin} щовечора стукає в стіну",
        "Отець {given} з української громади допомагає з документами",
        "Ми з {family}ом знімали кімнату, а він поїхав, не заплативши",
        "Ріелтор {name} вимагав готівку без жодної розписки",
        "Дякую пану {family}ові з крамниці за ковдри",
        "Пише {name}, член громади українців у цьому місті",
        "Сусіди {name} і {name@ja_latin} разом скаржились на орендодавця {name@ja}",
    ],
    "ru": [
        "{given}, позвони мне пожалуйста, мама очень волнуется",
        "Хозяин квартиры {name@ja_latin} требует оплату за уборку, которой не было",
        "Разыскивается {name}, 40 лет, пропал после воскресной службы",
        "Продавец на барахолке, {name}, взял предоплату и исчез",
        "Сосед снизу {family@ja_latin} жалуется на шум каждый день",
        "Батюшка {given} из православного храма посоветовал написать сюда",
        "Жили вместе с {family}ым, он съехал и не заплатил за два месяца",
        "Риэлтор {name} потребовал залог наличными",
        "Спасибо {family}у из русского магазина, он перевёл договор",
        "{given} ну ответь уже плиз",
        "От имени {name}, председателя общины соотечественников",
        "Соседка {name@ja} и её муж {name@ja_latin} помогли нам с переездом",
    ],
    "hi": [
        "{name@ne} भैया, कृपया फ़ोन कर लीजिए, सब परेशान हैं",
        "मकान मालिक {name@ja_latin} ने बिना बताए किराया बढ़ा दिया",
        "हमारे पड़ोसी {given@ne} जी ने ही यह फ़ॉर्म भरने में मदद की",
        "लापता: {name@ne}, उम्र 27, मंदिर के पास आख़िरी बार देखा गया",
        "ऑनलाइन विक्रेता {name@ne} ने पैसे लेकर सामान नहीं भेजा",
        "दलाल {name@ne} को दो महीने का किराया नक़द दिया, रसीद नहीं मिली",
    ],
    "bn": [
        "{given@ne_latin} ভাই, দয়া করে ফোন ধরুন",
        "বাড়িওয়ালা {name@ja_latin} হঠাৎ ভাড়া বাড়িয়ে দিয়েছে",
        "নিখোঁজ বন্ধু {name@ne_latin}, বয়স ২৮, মসজিদের কাছে শেষ দেখা গেছে",
        "অনলাইন বিক্রেতা {name@id} টাকা নিয়ে জিনিস পাঠায়নি",
    ],
    "si": [
        "{given@my_latin} අයියේ, කරුණාකර කතා කරන්න",
        "ගෙවල් හිමි {name@ja_latin} කිසිවක් නොකියා කුලිය වැඩි කළා",
        "අතුරුදන් වූ මිතුරා {name@km_latin}, පන්සල අසලදී අවසන් වරට දැක ඇත",
    ],
    "ur": [
        "{given@id} بھائی، براہ کرم فون اٹھائیں",
        "مالک مکان {name@ja_latin} نے بغیر بتائے کرایہ بڑھا دیا",
        "لاپتہ دوست {name@ne_latin}، عمر 30 سال، مسجد کے قریب آخری بار دیکھا گیا",
    ],
    "fa": [
        "{given@tr} جان، لطفاً به من زنگ بزن",
        "صاحبخانه {name@ja_latin} بدون خبر اجاره را بالا برد",
        "فروشنده اینترنتی {name@tr} پول را گرفت و جنس را نفرستاد",
    ],
    "ar": [
        "يا {given@id}، أرجوك اتصل بي",
        "صاحب الشقة {name@ja_latin} رفع الإيجار دون إنذار",
        "مفقود: {name@tr}، 33 عامًا، شوهد آخر مرة قرب المسجد",
    ],
    "fr": [
        "{given@vi}, rappelle-moi stp, on s'inquiète tous",
        "le propriétaire, M. {family@ja_latin}, garde la caution sans raison",
        "on recherche {name@tl}, 27 ans, vue pour la dernière fois à la sortie de la messe",
        "la vendeuse sur Vinted, {name@pt}, n'a jamais envoyé le colis",
        "merci à {given@id} de l'épicerie halal qui nous a aidés à déménager",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country (many of them also common
# words: flowers, weather, the sky, a star, hope), none of them in the lists of
# benchmarks/privacy.py or of the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["ブイ・ティ", "ヴォ", "ダン・ヴァン", "カブラル", "メンドンサ", "バホス", "アルバレンガ",
                   "クイスペ", "マンリケ", "サルミエント", "アチャリヤ", "ハリム",
                   "ケスキン", "サフチェンコ", "チョードリー", "ラフマン", "ラーイ", "ウマル", "フセイン",
                   "フェルナンド", "ジャヤスリヤ", "シッディキ"]  # fmt: skip
KATAKANA_GIVEN = ["ロザリンダ", "ジョネル", "アンジャリ", "ユスフ", "ボフダン", "オユン",
                  "ニルマラ", "ファティマ", "ハサン", "ミレーラ", "ホン", "ニャー", "ラヴィ", "ディルシャン", "ナディーカ",
                  "タスリマ", "ルーベン", "コンスエロ", "ジャスミン", "クスマ", "セティア", "トゥー"]  # fmt: skip
TL_GIVEN = ["Bless", "Toto", "Ruby Ann",
            "Charmaine", "Sweet", "Angel Mae", "Cherry Pie", "Bingbong", "Daisy Mae", "Gemma", "Liwayway", "Ligaya", "Tala", "Mutya", "Lovelyn", "cherry pie"]  # fmt: skip
TL_FAMILY = ["Sicat", "Bituin", "Tulio", "Marasigan", "Mabuhay", "Umali", "Dimasalang", "Matapang", "Ocampo-Bautista", "Sarmiento-Cruz"]  # fmt: skip
NE_LATIN_GIVEN = ["Asha", "Jamuna", "Pasang", "Phulmaya", "Aakash",
                  "Barsha", "Himal", "Junkiri", "Rojina", "Sapana", "Pratima", "Dambar", "Mingmar",
                  "Ang Dorje", "Chhiring", "Purnima", "Sandesh", "asha"]  # fmt: skip
NE_LATIN_FAMILY = ["Pun", "Ghising", "Bastola", "Pant", "Chhetri", "Yonjan", "Waiba",
                   "Syangtan", "Dulal", "Siwakoti", "Marasini"]  # fmt: skip
MN_GIVEN = ["Туяа", "Сараа", "Баясгалан", "Эрдэнэ", "Гэрэл", "Жаргал", "Хонгор",
            "Мөнгөнтуяа", "Од", "Нарангэрэл", "Ихбаяр", "Хишигээ"]  # fmt: skip
MN_FATHER_INITIAL = ["Ол", "Ча", "Эр", "Ня", "Шү", "Гү", "Мя", "Ха"]
MN_LATIN_FATHER_INITIAL = ["Ol", "Cha", "Zha", "Er", "Nya", "Mya"]
MN_LATIN_GIVEN = ["Tuyaa", "Saraa", "Bayasgalan", "Erdene", "Gerel", "Jargal", "Khongor", "Mungunstuyaa", "Od", "Narangerel", "Ikhbayar", "Khishigee", "tuyaa"]  # fmt: skip
MY_NAMES = ["မိုး", "နွယ်နီ", "ဇေယျာ", "ချစ်စု", "ငွေ", "ပုလဲ", "ကြယ်စင်", "နှင်းဆီ", "သက္ကာ",
            "အေးချမ်း"]  # fmt: skip
MY_LATIN = ["Moe", "Nwe Ni", "Zeyar", "Ngwe", "Pale", "Kyal Sin", "Hnin Si", "Shwe Yee", "Thet Ka", "Aye Chan", "kyal sin"]  # fmt: skip
KM_FAMILY = ["ព្រាប", "សាន", "អ៊ាង", "ស៊ាន", "ញឹម", "យ៉ន", "ឈុន"]
KM_GIVEN = ["ផ្កា", "ចន្ទ្រា", "តារា", "រចនា", "ម្លិះ", "រំដួល", "ចំប៉ា"]
KM_LATIN_FAMILY = ["Um", "Preap", "San", "Eang", "Mom", "Yorn", "Chhun"]
KM_LATIN_GIVEN = ["Phka", "Chantrea", "Pich Sophea", "Mlis", "Romduol",
                  "Champa"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh, zh_latin and ko only given names are new (nearly every
# surname is in Faker's lists or in an earlier split). For uk and ru only family names, male
# (every given name tried was in Faker's lists; the benchmark pairs family and given names of one
# gender there); they end in a consonant (-ук, -юк, -як; -ов, -ев, -ин), as the templates add case
# endings to them ("з {family}ом", "пану {family}ові", "с {family}ым", "{family}у").
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["樋渡", "設楽", "汐見", "比嘉", "仲宗根", "及川",
                   "春日", "朝比奈", "羽生", "土方", "泉", "岸", "堤", "桐谷", "真壁",
                   "椎名", "具志堅", "与那嶺", "天野", "久保寺", "安里", "玉城", "瀬戸", "浜", "島", "林田", "森下"],
        "given": ["光", "望", "薫", "忍", "渚", "歩", "茜", "椿", "蛍", "凪", "伊吹", "小春", "空", "雫", "桜子",
                  "穂波", "晴", "環", "響", "岬"],
    },
    "ja_kana": {
        "family": ["ヒワタシ", "シタラ", "シオミ", "ヒガ", "ナカソネ", "オイカワ", "カスガ", "アサヒナ", "イズミ", "アサト", "タマキ"],
        "given": ["ウミ", "ヒカル", "ノゾミ", "カオル", "シノブ", "ナギサ", "ツカサ", "アユム", "アカネ", "カエデ",
                  "ツバキ", "ホタル", "ナギ", "シズク", "ヒビキ"],
    },
    "ja_latin": {
        "family": ["shiomi", "Hiwatashi", "Shitara", "Shiomi", "Samejima", "Oikawa", "Asahina", "Izumi", "Kishi", "Tsutsumi", "Kiritani",
                   "Makabe", "Shiina", "Asato", "Tamaki"],
        "given": ["Hikaru", "Kaoru", "Shinobu", "Nagisa", "Tsukasa", "Ayumu", "Akane", "Tsubaki", "Hotaru", "Nagi",
                  "Ibuki", "Shizuku", "Hibiki", "Haru", "Honami", "hibiki"],
    },
    "zh": {
        "given": ["立新", "宝珠", "雪莲", "向阳", "卫东", "晓光", "彩云", "金花",
                  "解放", "胜利", "爱华"],
    },
    "zh_latin": {
        "given": ["Lixin", "Baozhu", "Xuelian", "Xiangyang", "Weidong", "Xiaoguang", "Caiyun", "Jinhua", "Hongxia", "Jiefang",
                  "Shengli", "Aihua"],
    },
    "ko": {
        "given": ["구슬", "미리내", "버들", "별", "새벽", "솔잎", "물결",
                  "달래", "온새미로"],
    },
    "vi": {
        "family": ["Giàng", "Mùa", "Tòng", "Cầm", "Hoàng Phủ", "Âu Dương", "Lều",
                   "Ung"],
        "middle": ["Thị Ngọc", "Văn Minh", "Uyển"],
        "given": ["Sương", "Nắng", "Cốm", "Bống", "Mít", "Mây", "Tre", "Sóc", "Ngọc Bích",
                  "Thóc", "Gạo", "Bơ", "Tí", "Ớt"],
    },
    "id": {
        "family": ["Rumengan", "Rondonuwu", "Lumentut", "Tamboto", "Walandouw", "Manoppo", "Tahitoe", "Kalalo", "Tuasikal", "Pattiasina", "Sahetapy", "Leatemia"],
        "given": ["Bunga", "Mawar", "Bintang", "Embun", "Pelangi", "Guntur", "Samudra", "Melati", "Senja", "Langit",
                  "Cahaya", "Mentari", "Kejora", "Seruni"],
    },
    "th": {
        "family": ["สุขเจริญผล", "ทองมาก", "ศรีสะอาด", "บุญมาเลิศ", "พรหมวงศ์", "แก้วประเสริฐ",
                   "ดวงแก้ว", "สิงห์ทอง"],
        "given": ["ส้ม", "แตงโม", "กุ้ง", "ปู", "มด", "ฝน", "ฟ้า", "น้ำฝน", "ขวัญข้าว", "ดาว", "เมฆ", "ต้นกล้า",
                  "หมูแดง", "ไข่มุก", "ชมพู่", "ลำไย"],
    },
    "pt": {
        "family": ["Espinheiro", "Carvalhal", "Figueiró", "Valadares", "Meireles", "Sampaio Corrêa",
                   "Bezerra da Silva", "Aguiar", "Higashionna", "Brasileiro", "Rosário",
                   "Bandeirante", "Oliveira Neto", "Paixão", "Sacramento"],
        "given": ["Glória", "Dorinha", "Zezinho", "Tiãozinho", "Neide", "Cidinha", "Joelma", "Wanderley",
                  "Conceição", "Preta", "Branca", "Dorival", "Creusa", "Luzia", "Jurema", "Iracema"],
    },
    "es": {
        "family": ["Tzul", "Ixcot", "Cutzal", "Xicará", "Chuc", "Tum", "Condori Mamani", "Huillca", "Pari",
                   "Quenta", "Inca Roca"],
        "given": ["Luz Clarita", "Sayri", "Wayra", "Killa", "Ñusta", "Dayanna", "Yoel", "Anyelo",
                  "Maryori", "Eyner", "Rosmery"],
    },
    "tr": {
        "family": ["Demirci", "Toprak", "Çiçek", "Bulutlu", "Dağdelen", "Yıldızeli", "Ormancı", "Kuzgun",
                   "Göçmen", "Balcı"],
        "given": ["Bahar", "Güneş", "Çağla", "Ilgaz", "Irmak", "Rüzgar", "Poyraz",
                  "Kumsal", "Dolunay", "Yaprak", "Çınar", "Nehir", "Bulut", "Ekin"],
    },
    "uk": {
        "family": ["Нечипорук", "Ковбасюк", "Семенюк", "Дмитрук", "Андрусяк", "Марусяк", "Петрук", "Гринчук",
                   "Федюк", "Пилипчук", "Голуб'як", "Іванюк", "Процюк", "Дутчак"],
    },
    "ru": {
        "family": ["Карасёв", "Грачёв", "Снегирёв", "Скворцов", "Синицын", "Окунев", "Налимов", "Лещёв",
                   "Журавлёв", "Воронин", "Кукушкин", "Филин", "Сычёв", "Пескарёв", "Судаков"],
    },
    "en": {
        "family": ["Penhaligon", "Tregear", "Pascoe", "Nancarrow", "Polglase", "Trelawny", "Rosewarne", "Angwin",
                   "Tremayne", "Chenoweth"],
        "given": ["Bryn", "Demelza", "Locryn", "Jenna-Louise", "Sunny", "Rusty", "Merry",
                  "Skye", "Breeze", "Rainy", "Honey", "Buddy"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["部屋の件で話したい人はラインください〜 {line}", "町内会のグループに入りたい方はここから→{lineurl}",
           "譲ります！冷蔵庫と電子レンジ。連絡はワッツアップで {intl}", "ヴァイバーの方が早いです {phone}",
           "教会のお知らせはテレグラムで流してます {tg}", "内見の日程はLINEで決めましょう、IDは{line}です"],
    "en": ["msg me on line for the room, id {line} 😊", "join our neighbourhood chat here {lineurl}",
           "selling my bike!! whatsapp {intl}", "landlord only answers on whatsapp, his number is {intl}",
           "telegram group for the mosque: {tg}", "if u see her pls msg me on viber {phone}",
           "kakao is faster for me: {kakao}", "wechat {wechat} (pls say ur from the share house)", "tap to chat {walink}"],
    "zh": ["转让二手家具，加微信{wechat}详聊", "合租的事加我LINE吧：{line}", "找人的话请打这个WhatsApp {intl}",
           "我们华人群的电报：{tg}", "二维码扫不出来就点这个 {lineurl}"],
    "ko": ["방 양도합니다 카톡 {kakao} 로 연락주세요", "교회 단톡방 링크 {lineurl}", "라인 아이디 {line} 으로 메시지 주세요",
           "왓츠앱으로 연락 부탁드려요 {intl}"],
    "vi": ["ai có phòng cho thuê ib zalo e {phone} nha", "nhóm zalo hội người Việt khu này {walink}", "line của chị {line}, cần gì cứ nhắn",
           "thấy bạn ấy ở đâu thì báo em qua viber {intl}", "telegram nhóm mua bán {tg}"],
    "ne": ["कोठा चाहिए भाइबरमा सम्पर्क गर्नुहोस् {intl}", "samaj ko line group ma add huna {lineurl}", "mero line id {line} ho, msg garnu",
           "टेलिग्राम च्यानल {tg}"],
    "id": ["yang mau ambil kulkas, WA aja ke {intl}", "grup LINE pengajian: {lineurl}", "kontak aku di line {line} yaa",
           "telegram grup jual beli {tg}"],
    "tl": ["pm niyo lang po ako sa viber {phone} para sa room", "add niyo po ako sa LINE {line} para sa choir schedule",
           "whatsapp ng landlord po {intl}", "gc ng community po {lineurl}"],
    "th": ["สนใจห้องทักไลน์ {line} ได้เลยค่ะ", "กลุ่มไลน์คนไทยแถวนี้ {lineurl}", "เจอเพื่อนหนูแจ้งทางวอทส์แอปได้ค่ะ {intl}",
           "เทเลแกรมกลุ่มซื้อขาย {tg}"],
    "pt": ["quem quiser o berço é só chamar no zap {intl}", "grupo da comunidade no LINE {lineurl}", "meu line é {line}, pode chamar",
           "link pro whats do corretor {walink}"],
    "es": ["para el cuarto escríbanme al whatsapp {intl}", "mi LINE {line}, cualquier cosa me avisan", "grupo de la parroquia {lineurl}"],
    "my": ["အခန်းငှားချင်ရင် Viber {intl} ကို ဆက်သွယ်ပါ", "LINE {line} ကို message ပို့ပါ", "Telegram group {tg}"],
    "km": ["ចង់ជួលបន្ទប់ ទាក់ទង Telegram {intl}", "LINE {line} ផ្ញើសារមក", "ក្រុម Telegram {tg}"],
    "mn": ["байр түрээслэх бол вайбераар {intl}", "LINE {line} руу бичээрэй", "телеграм групп {tg}"],
    "tr": ["eşyaları almak isteyen WhatsApp'tan yazsın {intl}", "LINE'dan da yazabilirsiniz, kullanıcı adım {line}", "derneğin Telegram grubu {tg}"],
    "uk": ["кімнату здаю, пишіть у вайбер {intl}", "LINE {line}, пишіть", "телеграм-канал громади {tg}"],
    "ru": ["отдам мебель, пишите в вацап {intl}", "мой LINE {line}", "чат общины в телеграме {tg}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["部屋の写真はインスタに載せてます @{ig}", "行方不明の友人のことをFacebookにも書きました {fb}",
           "大家とのやりとり、TikTokに上げたらバズった {ttu}", "Xで情報を集めています→{xu}", "ユーチューブで物件探しのコツを話してます {yt}"],
    "en": ["pics of the flat on my ig @{ig}", "shared the missing poster on fb {fb}", "i posted the landlord video on tiktok {ttu}",
           "follow @{x} for updates on the search", "community events are on our insta {igu}", "youtube vlog of the move {yt}",
           "search @{tt} on tiktok for the room tour"],
    "zh": ["房间照片在我的IG上 {igu}", "寻人启事也发在脸书了 {fb}", "抖音国际版搜@{tt}", "X上也发了 {xu}"],
    "ko": ["방 사진은 인스타에 있어요 @{ig}", "실종 전단 페이스북에도 올렸어요 {fb}", "틱톡에 집 구하는 영상 올렸어요 {ttu}"],
    "vi": ["ảnh phòng trên fb em {fb}", "ai biết bạn ấy thì vào tiktok em @{tt}", "ig của nhóm {igu}"],
    "ne": ["कोठाको फोटो फेसबुकमा {fb}", "insta ma post gareko chu @{ig}"],
    "id": ["foto kamarnya ada di ig aku @{ig}", "poster orang hilang udah aku share di fb {fb}", "video pindahan di tiktok {ttu}"],
    "tl": ["nasa fb ko po yung pictures ng kwarto {fb}", "i-share niyo po yung post ko sa ig @{ig}", "yt channel ng choir po {yt}"],
    "th": ["รูปห้องอยู่ในไอจีนะคะ @{ig}", "ประกาศตามหาเพื่อนลงเฟซแล้ว {fb}"],
    "pt": ["fotos do apê no meu insta @{ig}", "postei o cartaz de desaparecido no face {fb}"],
    "es": ["fotos del cuarto en mi insta @{ig}", "compartan el post de búsqueda en Facebook {fb}"],
    "my": ["အခန်းဓာတ်ပုံတွေ Facebook မှာ {fb}"], "km": ["រូបបន្ទប់មាននៅហ្វេសប៊ុក {fb}"],
    "mn": ["байрны зураг инстаграмд @{ig}"], "tr": ["evin fotoğrafları Instagram'da @{ig}", "kayıp ilanı Facebook'ta {fb}"],
    "uk": ["оголошення про зниклого у фейсбуці {fb}"], "ru": ["фото квартиры в инсте @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["入居の件、不動産屋さんからの返事はこのメールに→{}", "譲渡品の問い合わせはメールでも受け付けます（{}）",
               "町内会の回覧はメールで送ってもらえると助かります。{}"],
        "en": ["for the room, email me at {} and i'll send pics", "the agency said to write to {} but nobody answers",
               "my gmail is {} if line doesnt work", "reach the community group at {}"],
        "vi": ["ai biết tin bạn ấy thì mail cho em {} với"], "pt": ["quem tiver notícia dele, manda e-mail pra {}"],
        "es": ["si saben algo de ella escríbanme a {}"], "zh": ["有房源的话发邮件到{}"], "ko": ["방 문의는 메일로 {}"],
        "tl": ["pwede rin po sa email ko {}"], "id": ["kalau ada kabar tolong email ke {}"], "th": ["ถ้ามีข่าวเพื่อน ส่งอีเมลมาที่ {} ได้เลยค่ะ"],
        "tr": ["haber alan olursa {} adresine yazsın"], "uk": ["якщо щось знаєте, пишіть на {}"], "ru": ["если что-то знаете, пишите на {}"],
        "ne": ["खबर पाउनुभयो भने {} मा इमेल गर्नुस्"], "mn": ["мэдээ байвал {} руу имэйл бичээрэй"], "my": ["သတင်းရရင် {} ကို အီးမေးလ်ပို့ပါ"],
        "km": ["បើមានដំណឹង សូមផ្ញើអ៊ីមែលមក {}"],
    },
    "phone": {
        "ja": ["見かけた方はこちらまで電話ください：{}", "内見の希望は{}（平日の夜なら出られます）", "大家さんの番号は{}ですが、出てくれません"],
        "en": ["if u see him call {} any time", "viewing? ring {} after 6", "the landlord's number is {} but he never picks up"],
        "vi": ["ai thấy bạn ấy gọi giúp em số {} nhé"], "pt": ["se alguém viu, liga pra {}"], "es": ["si la ven, llamen al {}"],
        "zh": ["看到的话请打{}"], "ko": ["보시면 {} 로 전화 주세요"], "tl": ["pag nakita niyo po siya, tawag po kayo sa {}"],
        "id": ["kalau lihat dia hubungi {}"], "ne": ["देख्नुभयो भने {} मा फोन गर्नुस्"], "th": ["ถ้าเจอโทร {} ได้ตลอด"],
        "tr": ["görürseniz {} numarayı arayın"], "ru": ["увидите — звоните {}"], "uk": ["побачите — дзвоніть {}"],
        "mn": ["харвал {} руу залгаарай"], "my": ["တွေ့ရင် {} ကို ဖုန်းဆက်ပါ"], "km": ["បើឃើញ សូមទូរស័ព្ទមក {}"],
    },
    "residence_card": {
        "ja": ["部屋の申込書に在留カード番号（{}）を書かされました", "友人の在留カードは{}、本人はまだ見つかっていません"],
        "en": ["the agency photocopied my card, no. {}", "his residence card number was {}, maybe that helps the police"],
        "vi": ["bên môi giới nhà chụp thẻ ngoại kiều của em, số {}"], "pt": ["a imobiliária anotou meu zairyu {}"],
        "es": ["la inmobiliaria copió mi tarjeta {}"], "zh": ["中介抄了我的在留卡号{}"], "tl": ["kinopya po ng agent ang card ko {}"],
        "id": ["agen properti fotokopi kartu saya nomor {}"], "ne": ["एजेन्टले मेरो कार्ड नम्बर {} लेख्यो"], "ko": ["부동산에서 재류카드 {} 를 복사했어요"],
    },
    "my_number": {
        "ja": ["大家さんにマイナンバー（{}）まで聞かれました", "賃貸の審査でマイナンバー{}を書いたけど必要だったのかな"],
        "en": ["the landlord asked for my my number ({}), is that normal??", "wrote my number {} on the rental form, oops"],
        "vi": ["chủ nhà đòi cả my number {} của em"], "pt": ["o dono do apê pediu meu my number {}"], "zh": ["房东连个人编号{}都要"],
        "ko": ["집주인이 마이넘버 {} 까지 물어봤어요"], "tl": ["hiningi po ng landlord ang my number ko {}"], "id": ["pemilik apato minta My Number {}"],
        "es": ["el dueño me pidió el My Number {}"], "ne": ["घरबेटीले माई नम्बर {} माग्यो"],
    },
    "passport": {
        "ja": ["部屋を借りるときパスポート（{}）を預けろと言われました", "いなくなった友人のパスポート番号は{}です"],
        "en": ["the broker kept my passport {} as 'deposit'", "her passport no. is {}, the embassy asked for it"],
        "vi": ["môi giới giữ hộ chiếu {} của em làm tin"], "pt": ["o corretor ficou com meu passaporte {}"], "zh": ["中介扣着我的护照{}"],
        "id": ["calo menahan paspor saya {}"], "ne": ["दलालले मेरो राहदानी {} राख्यो"], "es": ["el agente se quedó con mi pasaporte {}"],
        "tl": ["hawak po ng broker ang passport ko {}"], "th": ["นายหน้ายึดพาสปอร์ต {} ไว้"], "tr": ["emlakçı pasaportumu ({}) aldı"],
        "ru": ["риэлтор забрал мой паспорт {}"], "uk": ["ріелтор забрав мій паспорт {}"], "mn": ["зуучлагч миний паспорт {}-ийг авсан"],
        "my": ["ပွဲစားက ပတ်စပို့ {} ကို ယူထားတယ်"], "km": ["មេខ្យល់ យកលិខិតឆ្លងដែន {}"], "ko": ["중개인이 여권 {} 를 가져갔어요"],
    },
    "postal_code": {
        "ja": ["探している部屋は郵便番号{}のあたりです", "友人が最後にいたのは〒{}の近くです"],
        "en": ["looking for a room around postcode {}", "last seen somewhere near zip {}"],
        "vi": ["em tìm phòng quanh mã bưu điện {}"], "pt": ["procuro apê perto do CEP {}"], "zh": ["想找邮编{}附近的房子"], "ko": ["우편번호 {} 근처 방 구해요"],
        "id": ["cari kamar di sekitar kode pos {}"], "es": ["busco cuarto cerca del código {}"], "tl": ["naghahanap po ng kwarto malapit sa zip {}"],
    },
    "address": {
        "ja": ["譲渡品の受け渡しは{}でお願いします", "いなくなる前に住んでいたのは{}です"],
        "en": ["pick up the fridge at {}", "she lived at {} before she vanished", "the share house is {}"],
        "vi": ["qua lấy đồ ở {} nha"], "pt": ["pode buscar em {}"], "es": ["pueden recoger en {}"],
        "zh": ["来{}取货"], "ko": ["{} 으로 가지러 오세요"], "tl": ["kunin niyo po sa {}"], "id": ["ambil barang di {}"],
        "ne": ["सामान {} बाट लिनुस्"], "th": ["มารับของที่ {}"], "tr": ["eşyaları {} adresinden alabilirsiniz"], "ru": ["забрать можно по адресу {}"],
        "uk": ["забрати можна за адресою {}"], "mn": ["{} хаягаас авч болно"], "my": ["{} မှာ လာယူပါ"], "km": ["មកយកនៅ {}"],
    },
    "url": {
        "ja": ["募集中の部屋のページ {}", "詐欺っぽい出品はこれです {}"], "en": ["the listing is here {}", "this is the fake rental ad {}"],
        "vi": ["tin cho thuê phòng ở đây {}"], "pt": ["o anúncio do apê {}"], "zh": ["房源链接{}"], "es": ["el anuncio del cuarto {}"], "ko": ["매물 링크 {}"],
    },
    "birth_date": {
        "ja": ["捜している友人は{}生まれです", "申込書の生年月日欄には{}と書きました"], "en": ["my friend was born {}, in case the police need it", "dob on the lease: {}"],
        "vi": ["bạn em sinh ngày {}"], "pt": ["ele nasceu em {}"], "zh": ["她是{}出生的"], "ko": ["친구는 {} 생이에요"],
        "es": ["nació el {}"], "tl": ["ipinanganak po siya noong {}"], "id": ["dia lahir {}"], "tr": ["{} doğumlu"],
        "ru": ["он родился {}"], "uk": ["він народився {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}の近くで部屋を探しています", "{official}が住宅支援について話していたけど、外国人も対象ですか",
           "{town}は家賃が安いと聞きました", "{company}で部屋を紹介してもらいました", "{word}で譲ってもらった机を使っています",
           "日曜日は{place}に行くのが楽しみです", "{town}の団地に住んで五年になります", "{company}で安い家具をそろえました"],
    "en": ["looking for a room near {place}", "did {official} say anything about housing for foreigners?",
           "heard rents are cheap in {town}", "found my flat through {company}", "got a free desk on {word}",
           "we meet every sunday at {place}", "been living in {town} for 5 years now", "bought all my furniture at {company}",
           "Dear {official}, please help renters like us", "hey {place}, are you open on sundays?"],
    "zh": ["在{place}附近找房子", "{official}说的住房补贴外国人能申请吗", "听说{town}房租便宜", "通过{company}租到了房子",
           "在{word}上买了二手桌子"],
    "ko": ["{place} 근처에서 방을 찾고 있어요", "{official}이 말한 주거 지원은 외국인도 되나요", "{town}은 월세가 싸다고 들었어요",
           "{company}에서 방을 소개받았어요", "{word}에서 책상을 무료로 받았어요"],
    "vi": ["em đang tìm phòng gần {place}", "{official} có nói gì về hỗ trợ nhà ở cho người nước ngoài không", "nghe nói ở {town} tiền nhà rẻ",
           "em thuê được phòng qua {company}", "em mua bàn cũ trên {word}"],
    "pt": ["procuro apê perto de {place}", "{official} falou algo sobre moradia pra estrangeiro?", "dizem que em {town} o aluguel é barato",
           "achei o apê pela {company}", "peguei uma mesa de graça no {word}"],
    "es": ["busco cuarto cerca de {place}", "¿{official} dijo algo sobre vivienda para extranjeros?", "dicen que en {town} el alquiler es barato",
           "conseguí el departamento con {company}"],
    "tl": ["naghahanap po ako ng kwarto malapit sa {place}", "may sinabi po ba si {official} tungkol sa pabahay?", "mura raw po ang upa sa {town}",
           "sa {company} po ako nakahanap ng apartment"],
    "id": ["cari kamar dekat {place}", "apa {official} bilang sesuatu soal perumahan untuk orang asing?", "katanya sewa di {town} murah",
           "dapat apato lewat {company}"],
    "ne": ["{place} नजिक कोठा खोज्दैछु", "{official}ले आवासबारे केही भन्नुभयो?", "{town}मा भाडा सस्तो छ रे", "{company} बाट कोठा पाएँ"],
    "th": ["หาห้องใกล้{place}", "{official}พูดเรื่องที่อยู่อาศัยสำหรับคนต่างชาติไหม", "ได้ยินว่าที่{town}ค่าเช่าถูก", "หาห้องได้ผ่าน{company}"],
    "tr": ["{place} yakınında ev arıyorum", "{official} yabancılar için konuttan bahsetti mi", "{town}'da kira ucuzmuş", "evi {company} üzerinden bulduk"],
    "uk": ["Шукаю кімнату біля {place}", "Чи казав {official} щось про житло для іноземців?", "Кажуть, у {town} дешева оренда",
           "Знайшли квартиру через {company}"],
    "ru": ["Ищу комнату рядом с {place}", "Говорил ли {official} что-нибудь о жилье для иностранцев?", "Говорят, в {town} дешёвая аренда",
           "Нашли квартиру через {company}"],
    "mn": ["{place}-ийн ойролцоо байр хайж байна", "{official} гадаадынханд орон сууцны талаар юу хэлсэн бэ", "{town}-д түрээс хямд гэсэн"],
    "my": ["{place} အနီးမှာ အခန်းရှာနေတယ်", "{official} က နိုင်ငံခြားသားတွေအတွက် အိမ်ရာအကြောင်း ပြောခဲ့လား", "{town} မှာ အိမ်လခ သက်သာတယ်တဲ့"],
    "km": ["កំពុងរកបន្ទប់នៅជិត {place}", "{official} បាននិយាយអំពីលំនៅឋានសម្រាប់ជនបរទេសទេ?", "ឮថានៅ {town} ថ្លៃឈ្នួលថោក"],
}  # fmt: skip

PUBLIC_KANJI = ["小樽駅", "小樽運河", "室蘭駅", "千歳駅", "江別市役所", "弘前城", "弘前市役所", "五所川原駅", "酒田駅",
                "米沢市役所", "上越市役所", "長岡駅", "柏崎市役所", "三条市役所", "彦根城", "彦根駅", "尾道駅", "下関駅",
                "唐戸市場", "錦帯橋", "岩国錦帯橋空港", "北九州空港", "小倉駅", "久留米市役所", "大牟田駅", "飯塚市役所",
                "大浦天主堂", "出島", "東京ジャーミイ", "神戸モスク"]  # fmt: skip
PUBLIC_LATIN = ["Otaru Station", "Otaru Canal", "Muroran Station", "New Chitose Airport", "Hirosaki Castle",
                "Hirosaki City Hall", "Sakata Station", "Yonezawa City Hall", "Joetsu City Hall", "Nagaoka Station",
                "Hikone Castle", "Onomichi Station", "Shimonoseki Station", "Karato Market", "Kintai Bridge",
                "Iwakuni Kintaikyo Airport", "Kitakyushu Airport", "Kokura Station", "Kurume City Hall",
                "Omuta Station", "Oura Church", "Dejima", "Glover Garden", "Huis Ten Bosch", "Tokyo Camii",
                "Kobe Mosque", "Mount Koya", "Hirome Market"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Otaru", "lâu đài Hirosaki", "sân bay Kitakyushu", "nhà thờ Oura"],
    "pt": ["estação de Otaru", "castelo de Hirosaki", "aeroporto de Kitakyushu", "igreja de Oura"],
    "es": ["la estación de Otaru", "el castillo de Hikone", "el aeropuerto de Kitakyushu", "la iglesia de Oura"],
    "ko": ["오타루역", "기타큐슈공항", "히코네성", "오우라 천주당"],
    "zh": ["小樽站", "北九州机场", "彦根城", "大浦天主堂"],
    "tl": ["istasyon ng Otaru", "paliparan ng Kitakyushu", "kastilyo ng Hirosaki", "simbahan ng Oura"],
    "id": ["stasiun Otaru", "bandara Kitakyushu", "kastil Hikone", "Masjid Kobe"],
    "th": ["สถานีโอตารุ", "สนามบินคิตะคิวชู", "ปราสาทฮิโกเนะ"],
    "ne": ["ओतारु स्टेसन", "कितास्युसु विमानस्थल", "हिकोने महल"],
    "my": ["အိုတာရုဘူတာ", "ခိတက်ယူရှူးလေဆိပ်"],
    "km": ["ស្ថានីយ៍អូតារុ", "អាកាសយានដ្ឋានគីតាគីយូស៊ូ"],
    "mn": ["Отару өртөө", "Китакюүшү нисэх буудал"],
    "tr": ["Otaru İstasyonu", "Kitakyushu Havalimanı", "Tokyo Camii"],
    "uk": ["станція Отару", "аеропорт Кітакюсю"],
    "ru": ["станция Отару", "аэропорт Китакюсю"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), and
# religious leaders, as residents name them.
OFFICIALS = {
    "ja": ["花角新潟県知事", "三日月滋賀県知事", "村岡山口県知事", "宮下青森県知事", "服部福岡県知事", "北九州市長",
           "国土交通省の大臣", "こども家庭庁長官", "ローマ教皇レオ14世"],
    "en": ["Governor Hanazumi of Niigata", "Governor Mikazuki of Shiga", "Governor Muraoka of Yamaguchi",
           "Governor Miyashita of Aomori", "Japan's housing minister", "President Mirziyoyev",
           "Prime Minister Anwar Ibrahim", "President Tharman Shanmugaratnam", "Pope Leo XIV",
           "the Mayor of Kitakyushu", "the Dalai Lama"],
    "zh": ["新潟县知事花角", "滋贺县知事三日月", "日本国土交通省大臣", "教宗良十四世"],
    "ko": ["니가타현 지사", "국토교통상", "교황 레오 14세"],
    "vi": ["Thống đốc Niigata", "Bộ trưởng Đất đai Nhật Bản", "Giáo hoàng Lêô XIV"],
    "pt": ["o governador de Niigata", "o papa Leão XIV", "o prefeito de Kitakyushu"],
    "es": ["el gobernador de Niigata", "el papa León XIV", "el alcalde de Kitakyushu"],
    "tl": ["Papa Leo XIV", "ang gobernador ng Niigata", "ang alkalde ng Kitakyushu"],
    "id": ["Gubernur Niigata", "Paus Leo XIV", "Wali Kota Kitakyushu"],
    "tr": ["Niigata Valisi", "Diyanet İşleri Başkanı", "Kitakyushu Belediye Başkanı"],
    "uk": ["губернатор префектури Ніїгата", "Папа Лев XIV"],
    "ru": ["губернатор префектуры Ниигата", "Папа Лев XIV"],
    "th": ["ผู้ว่าราชการจังหวัดนีงาตะ", "สมเด็จพระสันตะปาปาเลโอที่ 14"],
    "mn": ["Ниигата мужийн захирагч", "Далай лам"],
    "ne": ["निगाताका गभर्नर", "दलाई लामा"],
    "my": ["နီးဂါတာ ခရိုင်ဝန်", "ဒလိုင်းလားမား"],
    "km": ["សម្តេចធិបតី ហ៊ុន ម៉ាណែត", "អភិបាលខេត្តនីហ្គាតា"],
}  # fmt: skip
# Companies named after families or founders, real-estate agents and shop chains, and flea-market
# and housing apps.
COMPANIES = ["Nitori Home", "Leopalace21", "Daito Kentaku", "Apamanshop", "アパマンショップ", "Minimini", "Able",
             "エイブル", "Sekisui House", "Hard Off", "2nd Street", "Sundrug", "サンドラッグ", "Kohnan", "コーナン",
             "Joshin", "Okuwa", "オークワ", "サニーマート", "Fuji Grand", "Cainz", "コメリ", "Trial", "トライアル",
             "Aoyama Yofuku", "Kusuri no Fukutaro", "Welcia", "ウエルシア", "Sugi Yakkyoku", "Matsumoto Kiyoshi"]  # fmt: skip
HANDLE_WORDS = ["Jimoty", "ジモティー", "Mercari app", "メルカリ", "Rakuma", "Yahoo!フリマ", "SUUMO", "LIFULL HOME'S",
                "FB Marketplace", "Carousell", "Vinted", "#外国人お部屋探し", "Nextdoor", "GaijinPot Housing",
                "Craigslist", "Shopee", "Lazada", "Tokopedia", "OLX", "Avito"]  # fmt: skip
PUBLIC_TOWNS = ["Otaru", "Muroran", "Ebetsu", "Chitose", "Hirosaki", "Goshogawara", "Sakata", "Yonezawa", "Joetsu",
                "Nagaoka", "Kashiwazaki", "Sanjo", "Hikone", "Onomichi", "Shimonoseki", "Iwakuni", "Kitakyushu",
                "Kurume", "Omuta", "Iizuka"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["小樽市", "室蘭市", "江別市", "千歳市", "弘前市", "五所川原市", "酒田市", "米沢市", "上越市",
                      "長岡市", "柏崎市", "三条市", "彦根市", "尾道市", "下関市", "岩国市", "北九州市", "久留米市",
                      "大牟田市", "飯塚市"]  # fmt: skip


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


# Numbers and words that look like personal data and are not: rents, deposits, room and floor
# numbers, bus lines, listing prices, ages, a lost-and-found reference that fails the My Number
# check digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["家賃は管理費込みで4万2千円です。", "敷金1か月、礼金2か月と言われました。", "遺失物の受理番号は{bad12}でした。",
           "3階の302号室、エレベーターなしです。", "駅から徒歩18分、バスなら7分です。", "冷蔵庫は3,000円で譲ります。",
           "築42年の木造アパートです。", "ゴミは火曜と金曜の朝8時半までに出します。"],
    "en": ["rent is 42,000 incl. maintenance", "1 month deposit + 2 months key money", "lost and found ref {bad12}",
           "3rd floor, room 302, no elevator", "18 min walk or bus no. 7 from the station", "fridge for 3,000 yen, pick up only",
           "the building is 42 years old", "burnable trash tue/fri before 8:30"],
    "vi": ["tiền nhà 4 vạn 2 tính cả phí quản lý", "phòng 302 tầng 3", "mã đồ thất lạc {bad12}", "tủ lạnh bán 3.000 yên"],
    "pt": ["aluguel de 42 mil com condomínio", "apartamento 302, terceiro andar", "número do achados e perdidos {bad12}"],
    "zh": ["房租含管理费4万2千日元", "三楼302室，没有电梯", "失物招领编号{bad12}", "冰箱3000日元转让"],
    "es": ["el alquiler es de 42.000 con mantenimiento", "cuarto 302, tercer piso", "número de objeto perdido {bad12}"],
    "ko": ["월세 관리비 포함 4만 2천 엔", "3층 302호, 엘리베이터 없음", "분실물 접수 번호 {bad12}"],
    "tl": ["42,000 po ang upa kasama na ang maintenance", "room 302 sa 3rd floor", "3,000 yen lang po ang ref"],
    "id": ["sewa 42.000 yen sudah termasuk biaya pengelolaan", "kamar 302 lantai 3", "kulkas dijual 3.000 yen"],
    "ne": ["भाडा ४२,००० येन", "तेस्रो तलाको ३०२ नम्बर कोठा"],
    "th": ["ค่าเช่า 42,000 เยนรวมค่าส่วนกลาง", "ห้อง 302 ชั้น 3"],
    "tr": ["kira aidat dahil 42.000 yen", "3. kat, 302 numaralı daire"],
    "ru": ["аренда 42 000 иен с коммунальными", "комната 302 на третьем этаже"],
    "uk": ["оренда 42 000 єн з комунальними", "кімната 302 на третьому поверсі"],
    "mn": ["түрээс 42,000 иен", "3 давхрын 302 тоот"],
    "my": ["အိမ်လခ ယန်း ၄၂,၀၀၀", "၃ ထပ် အခန်း ၃၀၂"],
    "km": ["ថ្លៃជួល 42,000 យ៉េន", "បន្ទប់ 302 ជាន់ទី 3"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes the earlier generators do not build: LINE `lin.ee` short links, `line://ti/p/` and
# `%40` links, official-account IDs "@123abcde"; WeChat `weixin://` links and `wxid_` IDs;
# Kakao `open.kakao.com/o/` open chats; Telegram `tg://resolve`, `t.me/+…` invites and
# `telegram.dog`; WhatsApp `api.whatsapp.com/send` and `?text=`, Viber `invite.viber.com` and
# `viber://chat`, Zalo group links `zalo.me/g/`; Facebook `web.facebook.com`, `?mibextid=`,
# `/people/…/`; Instagram `?igsh=`, `/stories/`, `/tagged/`; TikTok `m.tiktok.com`, `?lang=`,
# `vm.tiktok.com`; X `?s=21`, `/with_replies`, `x.com/@…`; YouTube `/channel/UC…`, `/shorts`,
# `/c/`; e-mails with "☆" or "◎" to swap and at/dot words no other split uses; numbers cut by "·",
# "/", "−" (minus sign) and pairs of digits.


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
            lambda: f"+94 7{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+880 1{rng.choice('3456789')}{_digits(rng, 2)}-{_digits(rng, 6)}",
            lambda: f"+92 3{_digits(rng, 2)} {_digits(rng, 7)}",
            lambda: f"+856 20 {_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+84.9{_digits(rng, 1)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
            lambda: f"+977-98{_digits(rng, 8)}",
            lambda: f"+55 ({rng.randint(11, 99)}) 9{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+62 812.{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"+95 9 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+998 ({rng.choice(['90', '93', '97'])}) {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+81 (0){rng.choice(['90', '80', '70'])} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"0063 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+66-8{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+7 (9{_digits(rng, 2)}) {_digits(rng, 3)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.2:
            return _fullwidth("-".join(groups))
        if roll < 0.4:
            return ".".join(groups)
        if roll < 0.55:
            return "/".join(groups)
        if roll < 0.75:
            return f"+81 (0){groups[0][1:]}-{groups[1]}-{groups[2]}"
        if roll < 0.9:
            return f"({groups[0]}){groups[1]}-{groups[2]}"
        return "−".join(groups)  # minus sign, as some keyboards type it
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(
            ["8190", "8180", "94", "880", "9779", "6391", "5511", "8498"]
        ) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.25:
            return "https://api.whatsapp.com/send?phone=" + number
        if roll < 0.45:
            return "https://wa.me/" + number + "?text=hello"
        if roll < 0.6:
            return "https://invite.viber.com/?g2=AQ" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(24)
            )
        if roll < 0.75:
            return "viber://chat?number=%2B" + number
        return "https://zalo.me/g/" + "".join(rng.choice(ALNUM) for _ in range(6))
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.35:
            return "https://lin.ee/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
        if roll < 0.6:
            return "line://ti/p/~" + user_id
        if roll < 0.8:
            return "https://line.me/R/ti/p/%40" + user_id
        return "https://line.me/ti/p/" + "".join(
            rng.choice(ALNUM + LETTERS + "-_") for _ in range(10)
        )
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "wxid_" + "".join(rng.choice(ALNUM) for _ in range(14))
        if roll < 0.5:
            return "weixin://dl/chat?" + user_id
        return (
            user_id.upper() if rng.random() < 0.3 else user_id + rng.choice(["_wx", "888", "_cn"])
        )
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.25:
            return "tg://resolve?domain=" + name
        if roll < 0.45:
            return "https://t.me/+" + "".join(rng.choice(ALNUM + LETTERS + "_-") for _ in range(16))
        if roll < 0.6:
            return "https://telegram.dog/" + name
        return "@" + name + rng.choice(["", "_", "bot"] if rng.random() < 0.2 else ["", "_"])
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.35:
            return "https://open.kakao.com/o/s" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(7)
            )
        return user_id.replace(".", "-") + rng.choice(["", "_"])
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return (
                "@"
                + _digits(rng, 3)
                + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5))
            )
        if roll < 0.35:
            return user_id.upper()
        if roll < 0.5:
            return user_id + "." + rng.choice(["jp", "ph", "vn", "np"])
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return (
            rng.choice(["", "", "_"]) + user_name + rng.choice(["", "", ".jp", "_official", "__"])
        )
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_" + _digits(rng, 2), ".jpn"])
    if slot == "x":
        base = user_name.replace(".", "_")[:12]
        return rng.choice(["", "_"]) + base + rng.choice(["", "", "_jp", "7"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.3:
            return "https://web.facebook.com/" + user_name
        if roll < 0.55:
            return "https://www.facebook.com/" + user_name + "?mibextid=ZbWKwL"
        if roll < 0.75:
            people = "-".join(display_name.split()) or "user"
            return f"https://www.facebook.com/people/{people}/1000{_digits(rng, 11)}/"
        return "facebook.com/" + user_name + "?ref=share"
    if slot == "igu":
        roll = rng.random()
        if roll < 0.4:
            return (
                "https://www.instagram.com/"
                + user_name
                + "?igsh="
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
            )
        if roll < 0.7:
            return "instagram.com/stories/" + user_name + "/"
        return "https://instagram.com/" + user_name + "/tagged/"
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.35:
            return "https://m.tiktok.com/@" + user_name
        if roll < 0.7:
            return "https://www.tiktok.com/@" + user_name + "?lang=ja"
        return (
            "https://vm.tiktok.com/ZM"
            + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
            + "/"
        )
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.35:
            return f"https://x.com/{handle}?s=21&t=" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(22)
            )
        if roll < 0.65:
            return f"https://x.com/{handle}/with_replies"
        return f"x.com/@{handle}"
    # yt
    roll = rng.random()
    if roll < 0.35:
        return "https://www.youtube.com/channel/UC" + "".join(
            rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
        )
    if roll < 0.7:
        return "https://youtube.com/@" + user_name + "/shorts"
    return "https://www.youtube.com/c/" + user_name.replace(".", "")


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["あっと印", "あっと記号"], "zh": ["#at#", "〖艾特〗"], "ko": ["앳사인", "골뱅이 표시"], "ru": ["<эт>", "собака-знак"],
            "uk": ["ет", "ет-знак"], "tr": ["et işareti"], "id": ["a keong"], "th": ["แอ็ท"], "pt": ["arrobinha"],
            "es": ["arrobita"], "vi": ["acòng"], "tl": ["(at po)"], "mn": ["эт"], "ne": ["(एट साइन)"]}  # fmt: skip
DOT_WORDS = {"ja": ["＜どっと＞", "・ドット・"], "zh": ["#dot#", "〖点〗"], "ko": ["온점"], "ru": ["тчк"], "uk": ["цятка"],
             "tr": ["nokta işareti"], "id": ["-titik-"], "th": ["ด็อท"], "pt": ["pontinho"], "es": ["puntito"],
             "vi": ["cham"], "tl": ["(dot po)"], "mn": ["цэг"], "ne": ["थोप्लो"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["ybb.ne.jp", "ezweb.ne.jp", "rakuten.jp", "outlook.com.vn", "yahoo.com.ph",
                                     "live.com", "bol.com.br", "ymail.com", "rambler.ru",
                                     "meta.ua", "mail.ee", "protonmail.com"]  # fmt: skip
SWAP_NOTES = {"ja": "（メールを送るときは{sign}を@に直してね）", "en": " (swap the {sign} for @ pls)", "zh": "（把{sign}换成@）",
              "vi": " (đổi {sign} thành @ giúp em)", "pt": " (no lugar do {sign} coloca @)", "es": " (donde dice {sign} va una @, ojo)",
              "ko": " ({sign} 자리에 @ 넣어서 보내 주세요)", "tl": " (gawin niyo pong @ yung {sign} ha)", "id": " (ganti {sign} jadi @ ya)",
              "tr": " ({sign} yerine @ yazın)", "ru": " ({sign} замените на @)", "uk": " ({sign} замініть на @)",
              "th": " (เปลี่ยน {sign} เป็น @ นะคะ)", "ne": " ({sign} को ठाउँमा @ राख्नुस्)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["☆", "★", "◎", "＃"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.4 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["·dot·"]))
        rest = dot.join(parts) if rng.random() < 0.5 else f" {dot} ".join(parts)
        return f"{local} {at} {rest}", ""
    if roll < 0.5:
        return f"{local} [@] {domain}", ""
    if roll < 0.6:
        return f"{local}+at+{'+dot+'.join(parts)}", ""
    if roll < 0.7:
        return f"{local}AT{domain}", ""
    if roll < 0.78:
        return f"{local} (a) {domain}", ""
    if roll < 0.86:
        return _fullwidth(f"{local}@{domain}"), ""
    if roll < 0.94:
        return f"{local}@{'·'.join(parts)}", ""
    return f"{local} at {parts[0]} (.) {'.'.join(parts[1:])}", ""


ROMAN_TOWNS = ["Ironai", "Inaho-cho", "Ekimae-Odori", "Dotemachi", "Hon-cho Nishi", "Sakae-dori", "Kamiyo-cho",
               "Kotobuki-cho Minami", "Tsukiji-Higashi", "Hachiman-dai", "Kurumamachi", "Shimoyama-cho", "Moriyama-Minami",
               "Uonotana", "Nishiki-cho Kita", "Asahidai", "Mutsumi-cho", "Tenjin-Kita"]  # fmt: skip
# (ward, city, prefecture); the ward is not used. The cities are new; the prefectures are not (every
# prefecture is named by some earlier split).
ROMAN_CITIES = [("", "Otaru", "Hokkaido"), ("", "Muroran", "Hokkaido"), ("", "Ebetsu", "Hokkaido"),
                ("", "Chitose", "Hokkaido"), ("", "Hirosaki", "Aomori"), ("", "Goshogawara", "Aomori"),
                ("", "Sakata", "Yamagata"), ("", "Yonezawa", "Yamagata"), ("", "Joetsu", "Niigata"),
                ("", "Nagaoka", "Niigata"), ("", "Kashiwazaki", "Niigata"), ("", "Sanjo", "Niigata"),
                ("", "Hikone", "Shiga"), ("", "Onomichi", "Hiroshima"), ("", "Shimonoseki", "Yamaguchi"),
                ("", "Iwakuni", "Yamaguchi"), ("", "Kitakyushu", "Fukuoka"), ("", "Kurume", "Fukuoka"),
                ("", "Omuta", "Fukuoka"), ("", "Iizuka", "Fukuoka")]  # fmt: skip
ROMAN_BUILDINGS = ["Leo Heights Ironai", "Maison Dotemachi", "Urban Court Sakae", "Sky Terrace Hachiman",
                   "Regalo Suehiro", "Villa Asahidai", "D-room Mutsumi", "Heim Uonotana"]  # fmt: skip
PREF_SUFFIX = {"Hokkaido": "", "Aomori": "ken", "Yamagata": "ken", "Niigata": "ken", "Shiga": "ken",
               "Hiroshima": "ken", "Yamaguchi": "ken", "Fukuoka": "ken"}  # fmt: skip


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    zip_code = f"{rng.randint(0, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 405), rng.randint(501, 912)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    pref_word = f"{pref}-{suffix}" if suffix else pref
    style = rng.random()
    if style < 0.13:  # "Apt." first, as on a foreign form
        return f"Apt. {room}, {building}, {c}-{b}-{g} {town}, {city}, {pref} {zip_code}"
    if style < 0.25:  # all run together with slashes, as typed in a chat
        return f"{pref}/{city}/{town} {c}-{b}-{g}/{building} {room}"
    if style < 0.36:  # lower case, no commas
        return f"{town.lower()} {c}-{b}-{g} {city.lower()}-shi {pref.lower()}"
    if style < 0.48:  # the room as "Rm"
        return f"{c}-{b}-{g} {town}, Rm {room}, {city}-shi, {pref_word}"
    if style < 0.58:  # chome and banchi spelled out
        return f"{town} {c}-chome {b}-banchi {g}-go, {city}"
    if style < 0.68:  # the postal code first with "ZIP"
        return f"ZIP {zip_code}, {city}-shi {town} {c}-{b}-{g}"
    if style < 0.78:  # the room after a slash
        return f"{town} {c}-{b}-{g}/{room}, {city}, {pref}"
    if style < 0.88:  # kanji city copied next to Latin
        return f"{town} {c}-{b}-{g}, {city}市, {pref}"
    if style < 0.95:  # "Japan" first, as on a parcel from home
        return f"Japan, {pref}, {city}, {town} {c}-{b}-{g}, {building} {room}"
    return f"{building} #{room} · {town} {c}-{b}-{g} · {city}"


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
        pairs = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return rng.choice([f"{head}·{n}·{tail}", f"{head} {pairs} {tail}", f"{head}/{n}/{tail}",
                           f"{head}−{n}−{tail}", f"{head}{n[:3]} {n[3:6]} {n[6:]}{tail}", f"{head}: {n} {tail}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            ["·".join([n[:4], n[4:8], n[8:]]), "/".join([n[:4], n[4:8], n[8:]]),
             "−".join([n[:4], n[4:8], n[8:]]), " ".join(n[i:i + 2] for i in range(0, 12, 2)),
             " - ".join([n[:4], n[4:8], n[8:]]), f"{n[:6]} {n[6:]}"]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}−{d}", f"{head}·{d}", f"{head}: {d}", f"{head} {d[:2]} {d[2:4]} {d[4:]}",
                           f"{head}/{d}", f"{head[0]} {head[1]} {d}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        ["·".join(groups), "/".join(groups), f"({groups[0]}){groups[1]}-{groups[2]}",
         f"+81 (0){groups[0][1:]} {groups[1]} {groups[2]}", "−".join(groups),
         f"{groups[0]} – {groups[1]} – {groups[2]}"]
    )  # fmt: skip
