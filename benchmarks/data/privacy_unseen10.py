"""Templates, frames, name lists and value shapes of the `unseen10` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w10), after the earlier unseen
splits (benchmarks/data/privacy_unseen.py … privacy_unseen9.py) had been written. The writer did
not open, grep or run the detector (anything under `classifiers/`, its data files, its tests,
`feedback/redaction.py` or the ADRs), and never ran or imported `benchmarks/privacy.py`. Like
`unseen9`, it is a broad sample of how residents write to a ministry's opinion box, a consultation
desk or a chat, by a new writer, here about situations the earlier splits hardly touch: sports
clubs, orchards, fish and pearl farms and fishing boats, care homes, temples, churches, mosques
and community centres, car and bicycle accidents, online shopping scams, funerals, pets and
university. Name templates in 17 languages; names with and without titles, at the start of a
sentence, as objects, with case endings, several people per text, signatures, names in another
script than the text, whole texts typed in Latin letters; messaging IDs and social profiles;
phrases for every earlier kind; public places, institutions, officials, companies that are family
names and municipalities; decoys. Nothing here is copied from the `dev`, `heldout`, `unseen` …
`unseen9` material (a script compared the templates after normalising the slots, and the name,
town, building, public-name and handle-word lists entry by entry). It is reserved for a later
round's final measure: run it once, after the detector is frozen. How the split was made:
benchmarks/data/privacy_unseen10_README.md.

The module has the same interface as benchmarks/data/privacy_unseen9.py, so that it plugs into
benchmarks/privacy.py by swapping the module:

Slots. A name template may hold several slots; each is filled with a different person and each
is a gold span of kind `name`: `{name}` (full name), `{family}`, `{given}`. `{slot@pool}` draws
the person from one pool of `Names` (for example `{family@ja_latin}` for a Japanese coach named
in an English text). Messaging slots (gold kind `messaging_id`): `{line}`, `{lineurl}`,
`{wechat}`, `{kakao}`, `{tg}`, `{phone}` (a Japanese mobile number used as Zalo/Viber/WhatsApp
ID), `{intl}` (a foreign or +81 number as written for WhatsApp/Viber/Zalo), `{walink}` (a
WhatsApp, Viber or Zalo link). Social slots (gold kind `social_profile`): `{fb}`, `{igu}`,
`{ttu}`, `{xu}`, `{yt}` (profile URLs) and `{ig}`, `{tt}`, `{x}` (a handle after a written "@").
A template of one kind may hold a slot of another kind (a signature with a LINE ID): that span
is gold of its own kind. `{}` in `PHRASES` is the value of the kind being generated. Negative
frames hold one of `{place}`, `{official}`, `{town}`, `{company}`, `{word}`, filled from the
lists below, none of which is in the dev, held-out or earlier unseen lists.

`OWN_POOLS` holds hand-written names for the pools the other splits fill from Faker, none of
them in Faker's lists: ja, ja_kana, ja_latin, zh and zh_latin (given names), ko, vi, id, th, pt,
es, tr, uk, ru and en (for uk and ru, male names only, as the benchmark pairs family and given
names of one gender there). The consumer applies them
(`names.pools[pool].update(OWN_POOLS[pool])`, as `unseen_names()` already does), so that no name
of this split comes from a list the detector could have been tuned on, except the Devanagari
`ne` pool (and any pool part `OWN_POOLS` leaves out), which stays on Faker's held-out half.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# The gold span is the name only; titles, kinship words, honorifics, particles and case endings
# written onto the name ("さん", "コーチ", "牧師", "叔叔", "목사님", "sư thầy", "Pak", "Tito",
# "หลวงพี่", "dona", "Doña", "Hoca", "-ын", "-тай", "'e", "Отец") stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "少年野球チームの監督の{family}さんが、うちの子だけ試合に一度も出してくれません",
        "{name}と申します。宇和島のみかん農園で働いていますが、雨の日は日給が出ません",
        "真珠の養殖場で、{family}社長の奥さんが私たちのパスポートを金庫に入れています",
        "特養で夜勤をしている{name@ja_foreign}さんは、一人で入所者30人を見ているそうです",
        "モスクで知り合った{name@ja_foreign}さんが亡くなり、土葬できる墓地が見つかりません",
        "交差点で{family}さんの車に自転車ごとはねられましたが、保険会社から連絡がありません",
        "フリマアプリで{name}という出品者に振り込んだのに、品物が届かず連絡も取れません",
        "大学院の指導教員の{family}教授が、奨学金の推薦書は書けないと言っています",
        "犬を飼っていることが大家の{family}さんに知られ、月末までに出ていけと言われました",
        "{given@ja_foreign}の遺体を国に送るのに、葬儀社から110万円かかると言われました",
        "老人ホームの{family}施設長は、外国人の介護職員には夜勤手当を半分しか払いません",
        "マグロ漁船に乗っている弟の{given@ja_foreign}と、もう2週間連絡がとれていません",
        "ご多忙のところ恐縮ですが、ご回答をお待ちしております。\n{name}\n（愛媛県在住・ネパール国籍）",
        "{family}コーチは練習が終わると、外国人の子どもにだけボールの片づけをさせます",
        "教会の{family}牧師と信徒の{family}さんが通訳してくれたので、警察で事故の説明ができました",
        "妹の{given}が、インスタの広告から注文したバッグが偽物で、返金もされません",
        "小豆島のオリーブ農園で、{family}さんの息子さんが勝手に昼休みを20分にしました",
        "義母の{name@ja}が亡くなったのに、夫の会社は忌引きを1日しか認めませんでした",
        "追突してきた{name@ja}さんは、その場では謝ったのに、今は私のブレーキが悪いと言っています",
        "研究室の{family@ja}先輩と{name@ja_foreign}さんに日本語を直してもらい、この文を書きました",
        "猫を動物病院に連れて行ったら、{family}先生から外国人は前払いだと言われました",
        "以上、どうぞよろしくご検討ください。\n愛媛県新居浜市\n{name}",
        "{name@ja_foreign}さんの告別式をお寺でお願いしたら、檀家でないと断られました",
        "留学生会館の{family}さんは、夜10時を過ぎたら友だちを部屋に入れるなと言います",
    ],
    "en": [
        "Coach {family@ja_latin} of the youth baseball team has never once let my son bat",
        "{given@ne_latin} and I pick mandarins near Uwajima and nobody pays us when it rains",
        "the pearl farm boss's wife, Mrs {family@ja_latin}, locks all our passports in her safe",
        "my aunt {name@tl} does nights at a care home and looks after 30 residents on her own",
        "Brother {given} from the mosque passed away and no cemetery here will allow a burial",
        "a car driven by {name@ja_latin} knocked me off my bike at the crossing, the insurer never rang",
        "I paid a seller called {name} on a flea market app and the parcel never came",
        "Professor {family@ja_latin}, my thesis supervisor, refuses to sign the scholarship letter",
        "our landlord {family@ja_latin} saw the dog and told us to be out by the end of the month",
        "the funeral company says flying {given@vi}'s body home will cost 1.1 million yen",
        "Many thanks for reading,\n{given}\n(mandarin orchard worker, Ehime)",
        "{name@id} from our tuna boat hasn't picked up his phone for 2 weeks",
        "With gratitude for your time,\n{name}\nMaster's student, Matsuyama",
        "Pastor {family@ja_latin} and {name@pt} came with me to the police box to interpret",
        "my little sister {given} ordered a bag from an Instagram ad, it was fake and the shop blocked her",
        "the olive farm owner's son, {given@ja_latin}, cut our lunch to 20 minutes without asking",
        "my mother-in-law {name@ja} died and my husband's plant gave him only one day off",
        "The driver who rear-ended me, {name@ja_latin}, apologised at the scene and now blames my brakes",
        "{family@ja_latin}-sensei at the animal hospital said foreigners must pay up front",
        "I'm {name}, a care worker from Myanmar, writing about the night shift allowance",
        "could someone let {given@tl} know the memorial at the temple moved to Sunday",
        "the kids' football club manager, {name@ja_latin}, makes only the foreign boys carry the goals",
        "Dr {family@ja_latin} at the university health centre told {given} to go home to give birth",
        "{name@mn_latin} and {name@my_latin} share my room in the international student hall",
    ],
    "zh": [
        "我在宇和岛的橘子园干活，园主{family@ja_latin}说下雨天不算工钱",
        "珍珠养殖场的老板娘{family@ja}把我们的护照锁在保险柜里",
        "表妹{name}在养老院上夜班，一个人照顾三十个老人",
        "追尾我的{name@ja}当时道了歉，现在却说是我刹车有问题",
        "在二手交易软件上我给一个叫{name}的卖家转了钱，东西一直没寄来",
        "研究生导师{family@ja}教授不肯给我写奖学金推荐信",
        "房东{family@ja}发现我们养狗，让我们月底前搬走",
        "{given}叔叔上周在金枪鱼船上出事走了，遗体运回国要一百多万日元",
        "儿子少年棒球队的教练{family@ja}从来不让他上场",
        "感谢您抽空阅读。\n{name}\n（松山市，留学生）",
        "我和{given}、{given}三个人在小豆岛的橄榄园打工",
        "请转告{name}，寺里的法会改到星期天了",
        "兽医{family@ja}说外国人要先交钱才给猫看病",
        "{name}是我大学的同学，她在网上买包被骗了八万日元",
        "老乡{given}在养鱼场手被网绳缠住了，老板不让去医院",
    ],
    "ko": [
        "아들 소년야구단 감독 {family@ja_latin} 씨가 우리 애만 한 번도 시합에 안 내보내요",
        "귤 농장 주인 {family@ja_latin} 씨가 비 오는 날은 일당을 안 준대요",
        "요양원에서 야간 근무하는 {name} 씨가 혼자 입소자 서른 명을 돌본대요",
        "교차로에서 {name@ja} 씨 차에 자전거째 치였는데 보험사에서 연락이 없어요",
        "중고거래 앱에서 {name}이라는 판매자한테 송금했는데 물건이 안 와요",
        "대학원 지도교수 {family@ja_latin} 교수님이 장학금 추천서를 못 써 준대요",
        "집주인 {family@ja_latin} 씨가 강아지 키우는 걸 알고 월말까지 나가래요",
        "교회 {family} 목사님과 {name} 집사님이 경찰서에서 통역해 주셨어요",
        "시어머니 {name@ja} 씨가 돌아가셨는데 남편 회사가 하루밖에 안 쉬게 해 줬어요",
        "{given}아, 이 글 보면 엄마한테 꼭 전화해",
        "바쁘신 중에 읽어 주셔서 감사합니다.\n마쓰야마에서 {name} 올림",
        "동물병원 {family@ja_latin} 선생님이 외국인은 먼저 돈을 내야 한대요",
        "{name}와 저는 같은 대학 유학생 기숙사에 살아요",
        "오빠 {given}가 참치잡이 배에서 다쳤는데 산재 처리가 안 된대요",
        "사촌 동생 {given}이 인스타 광고 보고 산 가방이 가짜였어요",
    ],
    "vi": [
        "anh {given} làm ở trại nuôi cá tráp bị lưới quấn tay mà chủ không cho đi viện",
        "chủ vườn quýt là ông {family@ja_latin} nói ngày mưa thì không tính công",
        "em {name} làm ca đêm ở viện dưỡng lão, một mình trông 30 cụ",
        "xe của {name@ja} tông vào xe đạp của em ở ngã tư, bên bảo hiểm im luôn",
        "em chuyển khoản cho người bán tên {name} trên app đồ cũ mà không nhận được hàng",
        "thầy hướng dẫn {family@ja_latin} không chịu viết thư giới thiệu học bổng cho em",
        "chủ nhà {family@ja_latin} biết em nuôi mèo nên bắt dọn đi trước cuối tháng",
        "bác {given} mất trên tàu cá ngừ tuần trước, đưa thi hài về nước tốn hơn 1 triệu yên",
        "Em xin chân thành cảm ơn quý cơ quan đã đọc.\n{name}\n(thực tập sinh điều dưỡng, Ehime)",
        "{given} với {given} là bạn cùng phòng ký túc xá đại học của em",
        "sư thầy {given} ở chùa Việt bảo sẽ làm lễ cầu siêu vào chủ nhật",
        "huấn luyện viên đội bóng của con em, thầy {family@ja_latin}, chưa lần nào cho cháu ra sân",
        "nhắn giúp em với {name} là đồ cúng thất tuần em gửi rồi",
        "mẹ chồng em là bà {name@ja} vừa mất mà công ty chỉ cho chồng em nghỉ một ngày",
        "bạn em {name} đặt túi qua quảng cáo Instagram, nhận về hàng giả, mất 80.000 yên",
    ],
    "ne": [
        "{given} माछा फार्ममा जालमा हात अल्झियो, साहुले अस्पताल जान दिएन",
        "सुन्तला बगैँचाका मालिक {family@ja_latin} ले पानी परेको दिनको ज्याला दिँदैनन्",
        "मेरी बहिनी {name} वृद्धाश्रममा रातभरि एक्लै तीस जना हेर्छिन्",
        "bhai {given@ne_latin} ko cycle lai chowk ma {family@ja_latin} ko gadi le thokyo",
        "अनलाइनमा {name} नाम गरेको बिक्रेतालाई पैसा पठाएँ, सामान आएन",
        "विश्वविद्यालयका प्राध्यापक {family@ja_latin} ले छात्रवृत्तिको सिफारिस पत्र लेखिदिनुभएन",
        "Yo lamo sandesh padhidinu bhayekoma dhanyabad.\n{name@ne_latin}\nMatsuyama",
        "{given} दाइको मलामी जान कम्पनीले बिदा दिएन",
        "bihibar ko bhajan ma {given@ne_latin} ra {given@ne_latin} pani aaunuhunchha",
        "घरबेटी {family@ja_latin} ले कुकुर पालेको थाहा पाएपछि घर छोड्न भन्यो",
        "फुटबल क्लबका प्रशिक्षक {family@ja_latin} ले विदेशी केटाहरूलाई मात्र गोलपोस्ट बोकाउँछन्",
        "{name} लाई भनिदिनुहोस्, मन्दिरको पूजा आइतबार सारिएको छ",
    ],
    "id": [
        "{given} tangannya terlilit jaring di keramba ikan, bos tidak izinkan ke rumah sakit",
        "pemilik kebun jeruk, Pak {family@ja_latin}, bilang kalau hujan kami tidak digaji",
        "kakak saya {name} jaga malam di panti jompo, sendirian mengurus 30 lansia",
        "sepeda saya ditabrak mobil {name@ja} di perempatan, asuransinya diam saja",
        "saya transfer ke penjual bernama {name} di aplikasi barang bekas, barangnya tidak dikirim",
        "dosen pembimbing saya, Prof. {family@ja_latin}, tidak mau menulis surat rekomendasi beasiswa",
        "ustaz {given} dari masjid wafat minggu lalu dan tidak ada makam yang menerima jenazah muslim",
        "Terima kasih atas perhatian Bapak/Ibu.\nSalam,\n{name}\nABK kapal tuna, Ehime",
        "Mas {given} dan Mbak {given} ikut klub bulu tangkis di kampus",
        "pemilik apartemen {family@ja_latin} tahu kami pelihara kucing lalu menyuruh pindah",
        "tolong kabari {name} kalau tahlilan dipindah ke hari Minggu",
        "pelatih sepak bola anak saya, {family@ja_latin}, belum pernah sekali pun memainkan dia",
        "ibu mertua saya, {name@ja}, meninggal dan suami cuma dapat cuti sehari",
        "{name}, teman sekamar saya di asrama kampus, kena tipu belanja online 80 ribu yen",
    ],
    "tl": [
        "si {given} po ay naipit ang kamay sa lambat sa fish farm, ayaw siyang dalhin sa ospital",
        "yung may-ari po ng mikan farm na si {family@ja_latin}, walang sahod daw kapag umuulan",
        "ate ko pong si {name} ay night shift sa nursing home, mag-isa sa 30 na lolo at lola",
        "nasagasaan po ng kotse ni {name@ja_latin} ang bisikleta ko sa intersection",
        "nagbayad po ako sa seller na si {name} sa isang app pero walang dumating na parcel",
        "ayaw po akong gawan ng recommendation letter ni Prof. {family@ja_latin} para sa scholarship",
        "Lubos na gumagalang at nagpapasalamat,\n{name}\ncaregiver, Matsuyama",
        "pumanaw po si Tito {given} sa barko, napakamahal daw ng pagpapauwi ng labi",
        "si Father {family@ja_latin} at si Sister {given} po ang nag-translate sa pulis para sa akin",
        "nalaman po ni landlord {family@ja_latin} na may aso kami, pinapaalis na kami",
        "pakisabihan po si {given} na sa Linggo na ang pasiyam sa simbahan",
        "yung coach po ng basketball team na si {family@ja_latin}, hindi pinapalaro ang anak ko",
        "kami po nina {given} at {given} ay magkakasama sa dorm ng university",
    ],
    "th": [
        "{given}มือพันอวนที่ฟาร์มเลี้ยงปลา นายจ้างไม่ยอมให้ไปโรงพยาบาล",
        "เจ้าของสวนส้ม{family@ja_latin}บอกว่าวันไหนฝนตกไม่จ่ายค่าแรง",
        "พี่สาว{name}ทำกะดึกที่บ้านพักคนชรา ดูแลคนแก่ 30 คนอยู่คนเดียว",
        "รถของ{name@ja}ชนจักรยานฉันที่สี่แยก บริษัทประกันเงียบหายไปเลย",
        "โอนเงินให้คนขายชื่อ{name}ในแอปมือสอง แต่ของไม่เคยมาส่ง",
        "อาจารย์ที่ปรึกษา{family@ja_latin}ไม่ยอมเขียนจดหมายรับรองขอทุน",
        "ขอแสดงความนับถืออย่างสูง\n{name}\nนักศึกษาต่างชาติ มัตสึยามะ",
        "หลวงพี่{given}ที่วัดไทยบอกว่าจะทำบุญร้อยวันให้วันอาทิตย์",
        "เจ้าของห้อง{family@ja_latin}รู้ว่าเราเลี้ยงแมวเลยไล่ออกภายในสิ้นเดือน",
        "โค้ชฟุตบอล{family@ja_latin}ไม่เคยให้ลูกชายฉันลงสนามเลยสักครั้ง",
        "แม่สามี{name@ja}เสียแล้ว แต่บริษัทให้สามีลาแค่วันเดียว",
        "{given}กับ{given}พักหอนักศึกษาห้องเดียวกับฉัน",
    ],
    "pt": [
        "o {given} prendeu a mão na rede do viveiro de peixe e o patrão não levou no hospital",
        "o dono do pomar de mexerica, {family@ja_latin}, não paga dia de chuva",
        "minha cunhada {name} faz plantão noturno no asilo sozinha com 30 idosos",
        "um carro dirigido por {name@ja_latin} derrubou minha bicicleta no cruzamento",
        "paguei um vendedor chamado {name} num app de usados e nunca chegou nada",
        "o orientador, professor {family@ja_latin}, não quer assinar a carta pra bolsa",
        "Desde já agradeço a atenção,\n{name}\nMatsuyama, Ehime",
        "mandar o corpo do tio {given} pro Brasil vai custar mais de um milhão de ienes",
        "o pastor {given} e a irmã {given} da igreja foram comigo na delegacia",
        "o senhorio {family@ja_latin} viu o cachorro e quer a gente fora até o fim do mês",
        "o técnico do time de futsal, {family@ja_latin}, nunca põe o meu filho pra jogar",
        "a sogra, dona {name@ja}, faleceu e a fábrica só deu um dia de folga pro meu marido",
        "avisa a {given} que a missa de sétimo dia vai ser no domingo",
        "{name} caiu num golpe de loja falsa no Instagram e perdeu 80 mil ienes",
    ],
    "es": [
        "a {given} se le enredó la mano en la red del criadero de peces y el patrón no la llevó al hospital",
        "el dueño de la huerta de mandarinas, {family@ja_latin}, no paga los días de lluvia",
        "mi prima {name} hace turno de noche en el asilo, sola con 30 abuelitos",
        "el carro de {name@ja_latin} tumbó mi bicicleta en el cruce y el seguro no responde",
        "le deposité a un vendedor llamado {name} en una app de segunda mano y nunca llegó nada",
        "mi asesor de tesis, el profesor {family@ja_latin}, no quiere firmar la carta para la beca",
        "Agradezco de antemano cualquier orientación.\n{name}\nbecario MEXT, Ehime",
        "el velorio de mi tío {given} será en la parroquia, pero ningún cementerio nos recibe",
        "el padre {family@ja_latin} y la hermana {given} me acompañaron a la comisaría",
        "el casero {family@ja_latin} vio a mi perro y me dijo que me vaya a fin de mes",
        "el entrenador del equipo de fútbol, {family@ja_latin}, nunca hace jugar a mi hijo",
        "avísenle a Doña {given} que la misa de difuntos es el domingo",
        "{given} y yo compartimos cuarto en la residencia de la universidad",
    ],
    "my": [
        "{name} ငါးမွေးကန်မှာ ပိုက်ကွန်နဲ့ လက်ညှပ်မိတယ်၊ သူဌေးက ဆေးရုံမပို့ဘူး",
        "ကျွန်မ အစ်မ {name} က လူအိုဂေဟာမှာ ညဆိုင်း တစ်ယောက်တည်း လုပ်ရတယ်",
        "ဖုန်းအဟောင်းရောင်းတဲ့ app ထဲက {name} ဆီ ငွေလွှဲလိုက်တာ ပါဆယ် တစ်ခါမှ မလာဘူး",
        "ပါမောက္ခ {family@ja_latin} က ပညာသင်ဆုအတွက် ထောက်ခံစာ မရေးပေးဘူး",
        "A chein pay pyi phat pay tae a twet kyay zu tin par tal.\n{name@my_latin}\nMatsuyama",
        "Ko {name@my_latin} ka kar tike khan ya de, insurance company ka phone ma kha bu",
        "ဦး {name} ဆုံးသွားတယ်၊ ရုပ်အလောင်း ပြန်ပို့ဖို့ ယန်းတစ်သန်းကျော် ကုန်မယ်တဲ့",
        "ဘုန်းကြီး {name} က တနင်္ဂနွေနေ့ ဆွမ်းကျွေးမယ်လို့ ပြောတယ်",
        "အိမ်ရှင် {family@ja_latin} က ကြောင်မွေးလို့ ထွက်ခိုင်းတယ်",
        "{name} နဲ့ ကျွန်တော် တက္ကသိုလ် အဆောင်မှာ အတူနေတယ်",
    ],
    "km": [
        "{name} ដៃជាប់សំណាញ់នៅកសិដ្ឋានចិញ្ចឹមត្រី ថៅកែមិនឱ្យទៅមន្ទីរពេទ្យ",
        "ម្ចាស់ចម្ការក្រូច {family@ja_latin} មិនបើកប្រាក់ឈ្នួលថ្ងៃភ្លៀង",
        "បងស្រី {name} ធ្វើវេនយប់នៅមណ្ឌលថែទាំមនុស្សចាស់តែម្នាក់ឯង",
        "ខ្ញុំផ្ទេរលុយឱ្យអ្នកលក់ឈ្មោះ {name} តាមអនឡាញ ប៉ុន្តែមិនបានទំនិញ",
        "Saom arkoun chraen del ban an som bot nih.\n{name@km_latin}\nEhime",
        "lok {name@km_latin} chol ta bok lan nov phlauv bambek, krumhun thanea min tealeak",
        "ព្រះសង្ឃ {name} នៅវត្តនឹងធ្វើបុណ្យឱ្យនៅថ្ងៃអាទិត្យ",
        "សាស្ត្រាចារ្យ {family@ja_latin} មិនព្រមសរសេរលិខិតណែនាំអាហារូបករណ៍ឱ្យទេ",
        "ម្ចាស់ផ្ទះ {family@ja_latin} ដឹងថាយើងចិញ្ចឹមឆ្កែ ក៏ដេញចេញ",
        "{name} និង {name} ជាមិត្តរួមបន្ទប់នៅអន្តេវាសិកដ្ឋានសាកលវិទ្យាល័យ",
    ],
    "mn": [
        "{given} загасны аж ахуйд торонд гараа ороолгосон, дарга эмнэлэгт явуулаагүй",
        "Жүржийн цэцэрлэгийн эзэн {family@ja_latin} бороотой өдөр цалин өгдөггүй",
        "Эгч {name} асрамжийн газарт шөнө ганцаараа 30 өндөр настан асардаг",
        "Онлайнаар {name} гэдэг худалдагчид мөнгө шилжүүлсэн ч бараа ирээгүй",
        "Unshsand tani bayarlalaa.\n{name@mn_latin}\nMatsuyama, oyutan",
        "Bi {name@mn_latin} bain, {family@ja_latin}-iin mashin namaig dugui-toi min mörgösön",
        "Удирдагч багш {family@ja_latin} тэтгэлгийн тодорхойлолт бичиж өгөхгүй байна",
        "{given}-ын оршуулгын зардал нэг сая иенээс илүү гарна гэнэ",
        "Байрны эзэн {family@ja_latin} нохой тэжээснийг мэдээд гарахыг шаардсан",
        "{given}-тай хамт их сургуулийн дотуур байранд амьдардаг",
    ],
    "tr": [
        "{given} balık çiftliğinde eli ağa dolandı, patron hastaneye götürmedi",
        "mandalina bahçesinin sahibi {family@ja_latin} yağmurlu günlerde yevmiye vermiyor",
        "ablam {name} huzurevinde gece tek başına 30 yaşlıya bakıyor",
        "{name@ja_latin} adlı sürücünün arabası kavşakta bisikletime çarptı",
        "ikinci el uygulamasında {name} isimli satıcıya para gönderdim, ürün gelmedi",
        "tez danışmanım Prof. {family@ja_latin} burs için referans mektubu yazmıyor",
        "Vakit ayırdığınız için teşekkür ederim.\n{name}\nMatsuyama",
        "{given} amcanın cenazesini Türkiye'ye göndermek bir milyon yenden fazla tutuyor",
        "caminin imamı {given} Hoca ile {given} Bey karakolda tercümanlık yaptı",
        "ev sahibi {family@ja_latin} kedimizi görünce ay sonuna kadar çıkmamızı istedi",
        "oğlumun futbol antrenörü {family@ja_latin} onu hiç oyuna almıyor",
        "{given}'e haber verin, mevlit pazar günü camide okunacak",
    ],
    "uk": [
        "{given} заплутав руку в сітці на рибній фермі, а хазяїн не відвіз до лікарні",
        "Власник мандаринового саду {family@ja_latin} не платить за дощові дні",
        "Брат {name} працює нічним санітаром у будинку для літніх людей",
        "Автомобіль {name@ja_latin} збив мене з велосипеда на перехресті",
        "Продавець на ім'я {name} взяв гроші за телефон і зник",
        "Науковий керівник професор {family@ja_latin} не хоче писати рекомендацію на стипендію",
        "Дякую, що дочитали до кінця.\n{name}\nаспірант, Мацуяма",
        "Отець {given} з нашої парафії відслужить панахиду в неділю",
        "Хазяїн квартири {family@ja_latin} побачив собаку і сказав з'їжджати",
        "{given} і я живемо в одній кімнаті університетського гуртожитку",
    ],
    "ru": [
        "{given} запутался рукой в сетке на рыбной ферме, хозяин не повёз в больницу",
        "Хозяин мандаринового сада {family@ja_latin} не платит за дождливые дни",
        "Брат {name} работает ночью санитаром в доме престарелых",
        "Машина {name@ja_latin} сбила меня с велосипеда на перекрёстке, страховая молчит",
        "Продавец по имени {name} взял деньги за телефон и пропал",
        "Научный руководитель профессор {family@ja_latin} отказывается писать рекомендацию",
        "Спасибо, что дочитали до конца.\n{name}\nстудент, Мацуяма",
        "Отец {given} из нашего прихода отслужит панихиду в воскресенье",
        "Хозяин квартиры {family@ja_latin} увидел кошку и велел съезжать",
        "Тренер футбольной секции {family@ja_latin} никогда не выпускает сына на поле",
        "{given} и я живём в одной комнате университетского общежития",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["デウバ", "アチャルヤ", "レグミ", "クンワル", "タカリ", "マグサイサイ", "ダグダグ", "マカパガル", "ブエンディア", "パンギリナン", "ファグンデス",
                   "ウィビソノ", "ラーマン", "イスラム", "ユルダシェフ", "ムミノフ", "ツェレンドルジ", "スクバータル", "ヤマモト・シルバ", "アラカキ", "タマシロ",
                   "ナカンダカリ", "ラモス", "ラナマガル", "タパリヤ", "カドカ", "ボハラ", "ロカヤ", "ダビッド", "ビリヤヌエバ", "ピニェイロ", "アルブケルケ",
                   "ケイロス", "ハリャント", "ナイン", "セナナヤケ", "クマラシンハ", "ミア", "シクダル", "タルクダル", "ブイヤン", "トゥルスノフ", "アブドゥラエフ",
                   "ガンバータル", "チネン", "チョハン", "メノン", "カフレ・チェトリ", "スベディ・ポウデル", "ラマ・タマン"]  # fmt: skip
KATAKANA_GIVEN = ["サンギータ", "アニタ", "ラメシュ", "ディネシュ", "ビノッド", "ハー", "ジェニファー", "チョーズィン", "スニル", "ジョバンニ", "ケンジ・アウグスト",
                  "ヘンドラ", "ユユン", "シャキル", "ファルハナ", "ディルショド", "ザリナ", "エンフジン", "ジョンジョン", "ロレナ", "ビクラム", "ギタ", "ロベルト",
                  "ジョアナ", "エドソン", "ユディ", "インダ", "ワユ", "ヘイン", "サルドル", "オトゴンバヤル", "ムンフ", "メルビン", "カビタ", "ウシャ"]  # fmt: skip
TL_GIVEN = ["Ma. Luisa", "Mark Anthony", "Rey-an", "Ronaldo Jr.", "Rochelle Ann", "Liezl", "Teodoro Jr.", "Ana Liza",
            "Shane Marie", "Romualdo", "Mark Joseph", "Bernadette", "Ernesto Jr.", "Raffy", "mark joseph", "raffy"]  # fmt: skip
TL_FAMILY = ["Sumalpong", "Macapagal", "Sisante", "Pagaduan", "Espiritu", "Macabulos", "Lapuz", "Villaluz", "Sayson",
             "Valdehueza", "Abalos", "Bacungan", "Datu", "Fabros", "Gacutan", "Hizon", "Lansangan", "Maglaya",
             "Obusan", "Quilala", "Timbol"]  # fmt: skip
NE_LATIN_GIVEN = ["Hom Bahadur", "hom bahadur", "Kul Prasad", "Durga Maya", "Sita Kumari", "Bhupendra", "Prem Bahadur",
                  "Krishna Maya", "Dhan Bahadur", "Laxmi Devi", "Sonam Dolma", "Rup Narayan", "Chitra Bahadur",
                  "Dal Bahadur", "Ek Raj", "Ganesh Kumar", "Hira Devi", "Indira Kumari", "Janak Raj",
                  "Narayan Prasad", "Shanti Devi", "Bidur", "Shyam Krishna"]  # fmt: skip
NE_LATIN_FAMILY = ["Pulami", "Thakali", "Pradhan", "Deuba", "Busal", "Saud", "Awasthi", "Sarki", "Dongol",
                   "Manandhar", "Rasaili", "Thulung", "Gurau", "Rokka", "Budhathoki", "Bogati", "Guragain", "Kattel"]  # fmt: skip
MN_GIVEN = ["Тэргэл", "Амаржаргал", "Сэлэнгэ", "Цэлмэг", "Өнөржаргал", "Гэрэлтуяа", "Цэрэнханд", "Долгорсүрэн",
            "Баяртсайхан", "Оюунгэрэл", "Даваасүрэн"]  # fmt: skip
MN_FATHER_INITIAL = ["Ам", "Го", "Ул", "Ёо", "Гэ", "Өн", "Дол", "Ов", "Ою", "Лу", "Пэ"]  # fmt: skip
MN_LATIN_FATHER_INITIAL = ["Amg", "Bil", "Gom", "Dav", "Zol", "Ger", "Mun", "Dol", "Ovs", "Tuv",
                           "Khos", "Sukh", "Gunj"]  # fmt: skip
MN_LATIN_GIVEN = ["Tergel", "Amarjargal", "Selenge", "Tselmeg", "Unurjargal", "Gereltuya", "Tserenkhand",
                  "Bayartsaikhan", "Oyungerel", "Davaasuren", "tergel"]  # fmt: skip
MY_NAMES = ["ဇော်ဇော်", "နန်းနန်း", "ကျော်ဇင်ထွန်း", "စန္ဒာမင်း", "မင်းသူ", "ပိုင်ပိုင်", "တင်တင်", "ခိုင်ခိုင်"]  # fmt: skip
MY_LATIN = ["Zaw Zaw", "Nan Nan", "Kyaw Zin Tun", "Sandar Min", "Min Thu", "Paing Paing", "Tin Tin", "Khine Khine", "kyaw zin tun"]  # fmt: skip
KM_FAMILY = ["វង់", "ផាន់", "យ៉ែម", "ហុក", "អ៊ិត", "ស៊ុយ", "ស្រ៊ុន", "ឃាង", "វឿន", "អឿ", "ងិន", "ឆន", "ហឿន", "ភឿក"]  # fmt: skip
KM_GIVEN = ["ចាន់ធី", "សុខណា", "ស្រីលក្ខណ៍", "ច័ន្ទតារា", "សុខខេង", "ពុទ្ធី", "សុធារី", "សុខុម", "តុលា", "សេរី",
            "ឧត្តម", "ផល្លា"]  # fmt: skip
KM_LATIN_FAMILY = ["Khieu", "Kea", "Srun", "Kheang", "Voeun", "Oeur", "Hoeurn", "Phoeuk"]  # fmt: skip
KM_LATIN_GIVEN = ["Chanthy", "Sokna", "Chantara", "Sokkheng", "Puthy", "Rotha", "Sothary", "Sokhom", "Serey",
                  "Oudom", "Phalla"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new (Faker's
# zh_CN family list holds nearly every common surname). For uk and ru, male names only: the
# benchmark pairs family and given names of one gender there.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["十八女", "薬袋", "勘解由小路", "釈迦郡", "五月女", "一尺八寸", "卍山下", "十文字", "仁井田", "源五郎丸", "土用下", "長曽我部", "越智",
                   "兵頭", "渡部", "曽我部", "香西", "詫間", "多田羅", "合田", "寒川", "芳我", "正岡", "檜垣", "武智", "仙波", "清家", "得居", "大政",
                   "門田", "玉井", "重松", "二神", "四十九院", "上床", "京極", "鰐淵", "蛭子", "万里小路", "徳丸", "宇和川", "泉谷", "首藤", "政岡",
                   "猪野", "八十島", "九石", "小鳥居", "一番ヶ瀬", "五百旗頭", "百々", "十時", "乙部", "三田尻", "生方", "犬養", "鹿又"],
        "given": ["熊吉", "亀吉", "鶴子", "千代吉", "松之助", "杢兵衛", "喜作", "庄太郎", "甚八", "卯之吉", "辰五郎", "菊治", "乙松", "仙蔵", "嘉兵衛",
                  "里ゑ", "きく", "ふく", "みつ", "竹蔵", "与一", "清作", "藤吉", "梅吉", "音吉", "ハツ", "奈津", "志乃", "瑛"],
    },
    "ja_kana": {
        "family": ["サカリ", "ミナイ", "カデノコウジ", "ソウトメ", "カマツカ", "ソウダ", "トウカイリン", "ジュウモンジ", "ゲンゴロウマル", "マナベ", "コウザイ",
                   "タタラ", "ゴウダ", "サンガワ", "ハガ", "ヒガキ", "タケチ", "センバ", "セイケ", "トクイ", "フタガミ", "ツルシイン", "カミトコ", "キョウゴク",
                   "キトウ", "ワニブチ", "エビス", "マデノコウジ", "トクマル", "ウワガワ", "イズミタニ", "シュトウ", "マサオカ", "ヤソジマ", "コトリイ", "イチバンガセ",
                   "イオキベ", "ドド", "トトキ", "オトベ", "ミタジリ", "ウブカタ", "サルワタリ", "カノマタ"],
        "given": ["クマキチ", "カメキチ", "ツルコ", "チヨキチ", "マツノスケ", "モクベエ", "キサク", "ショウタロウ", "ジンパチ", "ウノキチ", "タツゴロウ", "キクジ",
                  "オトマツ", "センゾウ", "カヘエ", "タケゾウ", "ヨイチ", "セイサク", "トウキチ", "ウメキチ", "オトキチ", "ハツ", "アラタ"],
    },
    "ja_latin": {
        "family": ["Sakari", "Minai", "Kadenokoji", "Sotome", "Kamatsuka", "Soda", "Tokairin", "Jumonji",
                   "Gengoromaru", "Kozai", "Tatara", "Goda", "Sangawa", "Haga", "Higaki", "Takechi", "Semba",
                   "Seike", "Tokui", "Futagami", "Tsurushiin", "Kamitoko", "Kyogoku", "Kito", "Wanibuchi", "Ebisu",
                   "Madenokoji", "Tokumaru", "Uwagawa", "Izumitani", "Shuto", "Masaoka", "Yasojima", "Kotorii",
                   "Ichibangase", "Iokibe", "Totoki", "Otobe", "Mitajiri", "Ubukata", "Kanomata"],
        "given": ["Kumakichi", "Kamekichi", "Tsuruko", "Chiyokichi", "Matsunosuke", "Mokubei", "Kisaku", "Jinpachi",
                  "Unokichi", "Tatsugoro", "Kikuji", "Otomatsu", "Senzo", "Takezo", "Seisaku", "Tokichi", "Umekichi",
                  "Otokichi", "Arata"],
    },
    "zh": {
        "given": ["二虎", "三妹", "阿娇", "小龙", "满囤", "招弟", "招财", "锁柱", "拴柱", "春妮", "银凤", "喜凤", "根娣", "金锁", "小满", "立夏",
                  "谷雨", "润土", "狗剩", "铁蛋", "栓子", "引弟"],
    },
    "zh_latin": {
        "given": ["Erhu", "Fengying", "Sanmei", "Ajiao", "Mantun", "Zhaocai", "Suozhu", "Shuanzhu", "Chunni",
                  "Yinfeng", "Xifeng", "Lanying", "Jinsuo", "Xiaoman", "Lixia", "Goushen", "Tiedan", "Shuanzi",
                  "Yindi"],
    },
    "ko": {
        "family": ["엽", "잠", "뢰", "묘", "쾌", "공손", "사마"],
        "given": ["다래", "마음", "보늬", "샘", "솔미", "지음", "채움", "해랑", "꽃분", "말순", "끝순", "막례", "점순", "간난", "삼월", "복동",
                  "개똥"],
    },
    "vi": {
        "family": ["Cung", "Khương", "Sằm", "Khuất", "Ngụy", "Thiều", "Khiếu", "Mạch", "Ngũ", "Thang"],
        "middle": ["Thúc", "Nguyên", "Tịnh"],
        "given": ["Sún", "Xoài", "Nhãn", "Vải", "Dừa", "Chuột", "Mực", "Mèo", "Bắp", "Khoai", "Nấm", "Sữa", "Tỏi",
                  "Sắn", "Hến", "Ngao", "Sò", "Tép", "Ếch", "Nghé", "Sẻ", "Dế", "Chôm", "Lựu", "Kẹo", "Gấu"],
    },
    "id": {
        "family": ["Siahaan", "Rumajar", "Wowor", "Tumewu", "Lolong", "Pelealu", "Lumanauw", "Tampi", "Pinontoan",
                   "Mangundap", "Rotty", "Tuegeh", "Rompas", "Tulung", "Sumolang", "Mandey", "Kawengian", "Polii",
                   "Repi", "Latuihamallo", "Matulessy", "Wattimena", "Siwabessy", "Bataona", "Pasande",
                   "Tandirerung"],
        "given": ["Sainem", "Tukinah", "Sukijan", "Jumiati", "Ngadiyem", "Yayat", "Komang Ayu", "Ketut Sudarma",
                  "Putu Eka", "Gede Wira", "Lalu Muhammad", "Baiq Nurul", "Tugiyo", "Parjo", "Sarinem", "Darmini",
                  "Ponijan", "Karsih", "Warsini", "Engkus", "Tigor", "Nyoman Suardana", "Made Oka", "Ni Komang Sri",
                  "Lalu Ahmad", "Maria Goreti", "Yohanes Bosco"],
    },
    "th": {
        "family": ["สิงห์คำ", "ยอดเพชร", "กันทะวงค์", "ใจปัญญา", "อุ่นเรือน", "คำภีร์", "พันธ์ศรี", "บัวแก้ว",
                   "ชาวนา", "พิมพ์ศรี", "มูลมณี", "คำมา", "โพธิ์ทอง", "หอมสมบัติ"],
        "given": ["บัวลอย", "ดอกรัก", "มณีวรรณ", "สายทอง", "ต้อย", "แอ๊ด", "หนิง", "แหม่ม", "ตุ๊ก", "อ้อย", "ดอกไม้",
                  "สมพร", "ประทุม", "พิกุล", "แป้ง", "เปิ้ล"],
    },
    "pt": {
        "family": ["Zanella", "Tonin", "Fachini", "Pasqualotto", "Dal Molin", "Kunz", "Wolff", "Bernardes Filho",
                   "Cavalcanti de Albuquerque", "Holanda", "Pontes", "Linhares", "Maranhão", "Cunha Lima",
                   "Albuquerque Neto", "Tavares Bastos", "Dalmolin", "Bortoluzzi", "Dall'Agnol", "Zanotto",
                   "Spagnolo", "Tomasi", "Trevisan", "Pedrotti", "Fiorentin", "Marchetti", "Kuhn", "Sehnem",
                   "Schuster", "Wiebbelling", "Holz"],
        "given": ["Expedito", "Josivaldo", "Gildásio", "Erivaldo", "Irineu", "Teotônio", "Zilda", "Adelmo",
                  "Francisca das Chagas", "Maria do Socorro", "José Wilson", "Damiana", "Deusdete", "Anísio",
                  "Otacílio", "Zulmira"],
    },
    "es": {
        "family": ["Huarcaya", "Taipe", "Ayquipa", "Illanes", "Soncco", "Hancco", "Ttito", "Huaraca", "Ccanto",
                   "Tacuri", "Puma", "Ccopa", "Zapana", "Larico", "Quilla", "Callata"],
        "given": ["Casimira", "Honorata", "Gaudencio", "Marcelina", "Yuliana Rosa", "Roxana Isabel", "Alejandrina",
                  "Gregoria", "Juvenal", "Yoni", "Ruth Mery", "Luz Marina"],
    },
    "tr": {
        "family": ["Çelebi", "Boztepe", "Demirkol", "Tatlıses", "Gürsoy", "Yazıcıoğlu", "Develioğlu", "Topçuoğlu",
                   "Hacıömeroğlu", "Karamollaoğlu", "Süleymanoğlu", "Uzunhasanoğlu", "Hacıosmanoğlu",
                   "Karaosmanoğlu", "Tekinalp", "Güleryüz", "Yeşilyurt", "Balcıoğlu", "Kalaycıoğlu", "Zeybekci",
                   "Bozkurtoğlu", "Ekşioğlu", "Tuzcuoğlu", "Hamurcu", "Kazancı", "Semercioğlu", "Demircan",
                   "Sönmezler"],
        "given": ["Eymen", "Asaf", "Kerem Ali", "Defne Su", "Asel", "Ebrar", "Ömer Asaf", "Eflin", "Azra Nur",
                  "Muhammed Emin", "Yiğit Efe", "Hüsnü", "Nurettin", "Saadet", "Gülizar", "Nazmiye", "Remziye",
                  "Şükrü", "Feyzullah", "Zeynep Ela", "Hiranur", "Elifsu", "Kuzey"],
    },
    "uk": {
        "family": ["Дмитришин", "Процишин", "Кушнірук", "Палійчук", "Лазорко", "Кобилянський", "Федорак", "Чорновол",
                   "Ґудзь", "Рибак", "Лесишин", "Гой", "Бескид", "Данилишин", "Юзьків", "Борисів", "Іваськів",
                   "Степанків", "Маслій"],
        "given": ["Богданко", "Назарко", "Данилко", "Влодко", "Омелько", "Корнійко", "Тимко", "Семко", "Ромчик"],
    },
    "ru": {
        "family": ["Корельский", "Поморцев", "Шангин", "Окулов", "Мошников", "Вторушин", "Ермолин", "Сибиряков",
                   "Пермяков", "Вятчанин", "Тобольцев", "Бердников", "Каргаполов", "Шешуков", "Фалалеев", "Сивков",
                   "Зубарев", "Сажин", "Шулятьев", "Крохалев", "Мелехин", "Непомнящих", "Черных", "Седых", "Белых",
                   "Долгих", "Кривых", "Рыжих"],
    },
    "en": {
        "family": ["Pryce", "Gwilym", "Llewellyn", "Pritchard", "Prosser", "Bevan", "Gittins", "Cadwaladr",
                   "Probert", "Breathnach", "Quiller", "Trevaskis", "Boscawen", "Penberthy", "Tonkin", "Trethowan",
                   "Prowse"],
        "given": ["Dafydd", "Emrys", "Siân", "Gwenllian", "Meirion", "Tomos", "Hefin", "Gwion", "Heledd", "Llinos",
                  "Rhodri", "Owain", "Mererid", "Tegwen", "Idris", "Glyn", "Kensa"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["船に乗っている間は電話がつながりません。港に戻ったらLINE（ID：{line}）を見ます", "少年サッカーの保護者グループの招待リンクです→{lineurl}",
           "フィリピンにいる母のWhatsApp番号を念のため書いておきます：{intl}", "Viberの番号は{phone}です。施設の夜勤明けに返信します",
           "韓国から来た留学生の会はカカオトークで連絡しています（{kakao}）", "中国の家族とはWeChat（{wechat}）でやりとりしています",
           "事故のことは、Telegramの{tg}あてに送ってもらえると助かります", "このリンクを押すと、私のWhatsAppにつながります：{walink}",
           "お寺の世話役の{name@ja_foreign}さんのLINEは{line}です"],
    "en": ["no signal on the boat, I read LINE when we're back in port: {line}", "invite link to the kids' football parents chat: {lineurl}",
           "my mum in Cebu is on whatsapp, {intl}, in case you can't reach me", "I use viber with {phone}, replies after my night shift at the care home",
           "the Korean students' circle talks on kakao, mine is {kakao}", "for my in-laws in Fujian, wechat: {wechat}",
           "send anything about the accident to me on telegram {tg}", "one tap and you're in my whatsapp: {walink}",
           "temple volunteer contact (LINE): {line}"],
    "zh": ["出海的时候没有信号，回港后看LINE：{line}", "留学生会的微信是{wechat}，有事可以加", "孩子足球队家长群的邀请链接{lineurl}",
           "车祸的材料请发到我的电报{tg}", "我爸在福建用WhatsApp，联系不上我可以打{intl}"],
    "ko": ["배 타는 동안은 전화가 안 돼요, 항구 오면 라인 {line} 확인할게요", "유학생회 단톡은 카카오 {kakao} 로 들어오세요", "아이 축구부 학부모 방 초대 링크 {lineurl}",
           "사고 관련 자료는 텔레그램 {tg} 로 보내 주세요", "필리핀에 계신 장모님 왓츠앱 {intl}"],
    "vi": ["lúc ra khơi không có sóng, về cảng em mới đọc line {line}", "zalo của mẹ em {phone}, mẹ chỉ xem buổi tối",
           "bấm vào đây là nhắn zalo với em được luôn {walink}", "nhóm line phụ huynh đội bóng: {lineurl}", "whatsapp của chị em ở Đài Loan {intl}",
           "giấy tờ vụ tai nạn gửi qua telegram {tg} giúp em"],
    "ne": ["डुंगामा नेटवर्क हुँदैन, बन्दरगाह फर्केपछि लाइन {line} हेर्छु", "buwa ko whatsapp {intl}, nepal ma", "mero viber number {phone}, care home ko night duty pachi herchu",
           "durghatana ko kagaj telegram {tg} ma pathaidinu", "futsal team ko line group link {lineurl}"],
    "id": ["di kapal tidak ada sinyal, LINE {line} saya baca kalau sudah di pelabuhan", "WhatsApp ibu di Cilacap {intl}", "link grup LINE orang tua klub sepak bola {lineurl}",
           "klik ini langsung ke WhatsApp saya ya {walink}", "berkas kecelakaan kirim saja lewat Telegram {tg}"],
    "tl": ["walang signal po sa barko, pagbalik sa port ko na lang po mababasa ang LINE {line}", "viber ko po {phone}, pagkatapos ng night duty sa care home",
           "kung hindi niyo po ako makontak, si Nanay sa Iloilo ay may WhatsApp: {intl}", "telegram ko po para sa papeles ng aksidente: {tg}", "diretso na po sa WhatsApp chat ko kapag pinindot ito {walink}"],
    "th": ["ออกเรือไม่มีสัญญาณ กลับถึงท่าแล้วจะเปิดไลน์ {line}", "ลิงก์กลุ่มไลน์ผู้ปกครองทีมฟุตบอล {lineurl}", "ถ้าติดต่อหนูไม่ได้ ลองวอทส์แอปหาพ่อที่อุดรได้ค่ะ {intl}",
           "เอกสารเรื่องอุบัติเหตุส่งทางเทเลแกรม {tg} ได้เลย"],
    "pt": ["no barco não pega sinal, quando voltar pro porto eu vejo o LINE {line}", "zap da minha mãe em Goiânia {intl}",
           "se preferir, um toque nesse link e já cai no meu zap {walink}", "link do grupo do LINE dos pais do futsal: {lineurl}"],
    "es": ["en el barco no hay señal, reviso el LINE {line} cuando volvemos al puerto", "el WhatsApp de mi papá en Trujillo es {intl}",
           "con este link abren mi WhatsApp directo {walink}", "los papeles del choque mándenlos por Telegram a {tg}"],
    "my": ["သင်္ဘောပေါ်မှာ လိုင်းမမိဘူး၊ ဆိပ်ကမ်းပြန်ရောက်မှ LINE {line} ကြည့်မယ်", "အဖေက ရန်ကုန်မှာ Viber သုံးတယ်၊ နံပါတ် {intl}",
           "Telegram {tg} ကို မတော်တဆမှု စာရွက်တွေ ပို့ပေးပါ", "ဘောလုံးအသင်း မိဘများ LINE group {lineurl}"],
    "km": ["នៅលើទូកគ្មានសេវា ត្រឡប់មកកំពង់ផែវិញទើបមើល LINE {line}", "WhatsApp ឪពុកខ្ញុំនៅបាត់ដំបង {intl}", "ឯកសារគ្រោះថ្នាក់ផ្ញើតាម Telegram {tg}"],
    "mn": ["усан онгоцон дээр сүлжээ байхгүй, боомтод ирээд LINE {line}-ээ шалгана", "аавын вотсап Улаанбаатарт {intl}", "ослын бичиг баримтыг телеграм {tg} руу явуулаарай"],
    "tr": ["teknede çekmiyor, limana dönünce LINE {line} hesabına bakarım", "babamın Konya'daki WhatsApp'ı {intl}", "kaza evraklarını Telegram'dan {tg} hesabına atın"],
    "uk": ["на судні немає зв'язку, LINE {line} дивлюся в порту", "вотсап тата в Тернополі {intl}", "документи про аварію киньте в телеграм {tg}"],
    "ru": ["в море связи нет, LINE {line} смотрю уже в порту", "вотсап отца в Барнауле {intl}", "бумаги по аварии скиньте в телеграм {tg}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["事故のときの自転車の写真はFacebookに上げてあります→{fb}", "インスタ（@{ig}）で、みかん畑の仕事を毎日投稿しています",
           "漁船の仕事の様子はTikTokに載せています {ttu}", "Xでフリマ詐欺の被害を書いたら、同じ被害の人が何人もいました {xu}",
           "大学の研究のことをYouTubeで話しています {yt}", "飼っている犬の写真をまとめたインスタはこちらです {igu}",
           "介護の仕事の一日は、TikTokの@{tt}で見られます", "教会のお知らせはXの@{x}で出しています"],
    "en": ["photos of my bike after the crash are on facebook {fb}", "I post the orchard work every day on insta, @{ig}", "filmed life on the tuna boat for tiktok {ttu}",
           "wrote a thread about the flea market scam on X, lots of people replied with the same story {xu}", "my research channel on youtube {yt}",
           "our dog's instagram lol {igu}", "a day in the care home, on my tiktok @{tt}", "the mosque posts prayer times on X as @{x}"],
    "zh": ["车祸后自行车的照片发在我的脸书上了{fb}", "我在小红书和Ins上都叫@{ig}", "渔船上的生活拍成视频发在抖音国际版{ttu}",
           "二手交易被骗的经过我写在推特上了{xu}", "我在油管讲留学生活{yt}"],
    "ko": ["교차로에서 부서진 자전거 사진, 제 페북에 다 올려 놨어요 {fb}", "귤밭 일하는 거 매일 인스타 @{ig} 에 올려요", "참치 배 생활 틱톡 영상 {ttu}", "유학 생활 유튜브 채널 {yt}"],
    "vi": ["ảnh xe đạp sau tai nạn em đăng trên facebook {fb}", "tiktok quay cuộc sống trên tàu cá {ttu}", "ig của em @{ig} toàn ảnh vườn quýt", "em kể chuyện đi du học ở Matsuyama trên kênh youtube này {yt}"],
    "ne": ["दुर्घटनापछि साइकलको फोटो फेसबुकमा राखेको छु {fb}", "care home ko kaam ko video TikTok @{tt} ma cha", "mero kukur ko instagram {igu}"],
    "id": ["foto sepeda habis kecelakaan ada di FB saya {fb}", "kerja di kebun jeruk tiap hari saya unggah di IG @{ig}", "video kerja di kapal tuna di TikTok saya {ttu}"],
    "tl": ["nasa FB ko po ang mga picture ng bisikleta pagkatapos ng aksidente {fb}", "tiktok ko po @{tt}, tungkol sa buhay caregiver", "IG po ng aso ko {igu}", "youtube channel ko po tungkol sa pag-aaral dito {yt}"],
    "th": ["รูปจักรยานหลังเกิดเหตุอยู่ในเฟซบุ๊กค่ะ {fb}", "ลงงานสวนส้มทุกวันในไอจี @{ig}", "คลิปชีวิตบนเรือประมงในติ๊กต็อก {ttu}"],
    "pt": ["as fotos da bicicleta depois da batida tão no meu face {fb}", "posto o serviço no pomar todo dia no insta @{ig}", "canal no youtube sobre o mestrado {yt}"],
    "es": ["las fotos de la bici después del choque están en mi Facebook {fb}", "subo el trabajo en la huerta cada día a Instagram, @{ig}", "grabé la vida en el barco atunero para TikTok {ttu}"],
    "my": ["မတော်တဆမှုပြီးနောက် စက်ဘီးဓာတ်ပုံ Facebook မှာ တင်ထားတယ် {fb}", "လူအိုဂေဟာ အလုပ်အကြောင်း TikTok @{tt} မှာ တင်တယ်"],
    "km": ["ខ្ញុំបានបង្ហោះរូបកង់ដែលខូចនៅផ្លូវបំបែកក្នុង Facebook {fb}", "ជីវិតនៅលើទូកនេសាទ ខ្ញុំបង្ហោះក្នុង TikTok @{tt}"],
    "mn": ["ослын дараах унадаг дугуйн зураг фэйсбүүкт бий {fb}", "их сургуулийн амьдралаа инстаграмд @{ig} нэрээр тавьдаг"],
    "tr": ["kazadan sonra bisikletin fotoğraflarını Facebook'a yükledim {fb}", "bahçedeki işi her gün Instagram'da @{ig} hesabından paylaşıyorum"],
    "uk": ["фото велосипеда після аварії в моєму фейсбуці {fb}", "роботу в саду щодня викладаю в інстаграм, нік @{ig}"],
    "ru": ["фото велосипеда после аварии у меня в фейсбуке {fb}", "работу в саду выкладываю в инсту каждый день, ник @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["船を下りてからまとめて読みますので、お返事は{}あてにメールでください", "大学のアドレスではなく、個人のメール（{}）に送ってください",
               "事故の相手の保険会社から来た書類をスキャンして{}から送ります"],
        "en": ["replies to my personal inbox please, not the university one: {}", "I only get to read {} when the boat is back in port",
               "the scam shop's receipt was sent to {}, I can forward it", "you can write to me at {} about the funeral costs"],
        "vi": ["em chỉ đọc mail {} khi tàu về cảng", "gửi kết quả giúp em qua hộp thư riêng {} nhé"],
        "pt": ["prefiro resposta no meu e-mail pessoal, {}, o da faculdade eu quase não abro"], "es": ["escríbanme al correo personal {}, el de la universidad casi no lo reviso"],
        "zh": ["请回复到我的私人邮箱{}，学校邮箱不常看"], "ko": ["학교 메일 말고 개인 메일 {} 로 회신 부탁드려요"], "tl": ["sa personal na email ko po kayo sumagot, {}"],
        "id": ["mohon balas ke email pribadi saya {}, bukan email kampus"], "th": ["ตอบกลับทางอีเมลส่วนตัว {} นะคะ ไม่ใช่อีเมลมหาวิทยาลัย"],
        "tr": ["üniversite adresim yerine kişisel adresim {} üzerinden yazın lütfen"], "uk": ["відповідь прошу надіслати на мою приватну пошту {}"],
        "ru": ["ответ прошу прислать на личную почту {}, а не на университетскую"], "ne": ["जहाज बन्दरगाह आएपछि मात्र {} इमेल खोल्न पाउँछु"],
        "mn": ["хувийн имэйл {} рүү хариу бичнэ үү"], "my": ["တက္ကသိုလ်မေးလ်မဟုတ်ဘဲ ကိုယ်ပိုင် email {} ကို ပြန်ပို့ပေးပါ"],
        "km": ["សូមឆ្លើយតបមកអ៊ីមែលផ្ទាល់ខ្លួន {} កុំផ្ញើទៅអ៊ីមែលសាកលវិទ្យាល័យ"],
    },
    "phone": {
        "ja": ["施設の夜勤がない日の夕方なら、{}にかけていただければ出られます", "私の携帯は{}です。船の上では圏外になります",
               "事故の件で警察に伝えた番号は{}です"],
        "en": ["evenings when I'm not on the care home rota, ring {}", "mobile {}, it's out of range while we're at sea", "the number I gave the police after the crash: {}"],
        "vi": ["buổi tối hôm nào không trực đêm thì gọi em số {}"], "pt": ["nos dias sem plantão, pode ligar à noitinha no {}"], "es": ["los días que no tengo turno pueden llamarme en la tarde al {}"],
        "zh": ["不上夜班的日子傍晚可以打{}"], "ko": ["야간 근무 없는 날 저녁에는 {} 로 전화 주세요"], "tl": ["kapag wala po akong night duty, tawagan niyo po ako sa {} sa gabi"],
        "id": ["kalau tidak jaga malam, sore hari bisa telepon ke {}"], "ne": ["राति ड्युटी नभएको दिन बेलुकी {} मा फोन गर्नुहोस्"], "th": ["วันที่ไม่เข้ากะดึก ตอนเย็นโทรหาได้ที่ {}"],
        "tr": ["gece nöbetim olmayan akşamlar {} numaradan arayabilirsiniz"], "ru": ["по вечерам, когда нет ночной смены, звоните на {}"], "uk": ["увечері, коли нема нічної зміни, дзвоніть на {}"],
        "mn": ["шөнийн ээлжгүй өдрүүдэд оройн цагаар {} руу залгаарай"], "my": ["ညဆိုင်းမရှိတဲ့နေ့ ညနေဘက် {} ကို ဆက်ပါ"], "km": ["ថ្ងៃណាមិនធ្វើវេនយប់ ល្ងាចអាចទូរស័ព្ទមក {}"],
    },
    "residence_card": {
        "ja": ["警察に聞かれたので、留学生の在留カードに印字された番号（{}）も添えます", "留学の在留カード番号は{}で、期限は来年の4月までです"],
        "en": ["on my student zairyu card, the ID reads {}", "here's my zairyu number as the police asked for it after the crash: {}", "card no. {} (student residence card)"],
        "vi": ["số thẻ ngoại kiều của em in trên thẻ là {}"], "pt": ["o número do cartão de residente que a polícia anotou foi {}"], "es": ["el número de mi tarjeta de residencia que anotó la policía es {}"],
        "zh": ["留学生在留卡号码为{}"], "tl": ["ang residence card number ko po na isinulat ng pulis ay {}"], "id": ["karena polisi tanya, saya tulis juga nomor zairyu pelajar saya: {}"],
        "ne": ["विद्यार्थी निवास कार्ड नम्बर {}"], "ko": ["경찰이 물어봐서 유학생 재류카드 번호도 적어요: {}"], "mn": ["цагдаа асуусан тул оюутны картын дугаараа бичье: {}"],
        "th": ["เลขบัตรผู้พำนักของนักศึกษา {}"], "tr": ["öğrenci ikamet kartımın numarası {}"],
    },
    "my_number": {
        "ja": ["介護施設に出したマイナンバーは{}です。控えを返してもらえません", "通知カードに書いてあった番号：{}"],
        "en": ["the care home asked for my My Number and I gave them {}, they never returned the copy", "individual number as on the notice: {}"],
        "vi": ["viện dưỡng lão bắt khai my number, em đã ghi {}"], "pt": ["o asilo pediu o My Number e eu dei {}, não devolveram a cópia"], "zh": ["养老院要了我的个人编号{}，复印件一直没还"],
        "ko": ["요양원에 낸 마이넘버는 {} 이에요"], "tl": ["hiningi po ng nursing home ang My Number ko, {} po iyon"], "id": ["panti jompo minta My Number, saya kasih {}"],
        "es": ["en el asilo donde trabajo apunté mi número My Number, {}, y no me devolvieron la copia"], "ne": ["केयर होमलाई दिएको माइ नम्बर {}"], "th": ["บ้านพักคนชราขอมายนัมเบอร์ ฉันให้ไปว่า {}"],
        "mn": ["асрамжийн газарт өгсөн My Number {}"],
    },
    "passport": {
        "ja": ["旅券番号：{}（遺体の搬送の書類に書きました）", "船主が預かっている私のパスポートは{}番です"],
        "en": ["passport {} is still with the boat owner", "I wrote passport no. {} on the repatriation form", "the orchard owner took passport {} 'for safekeeping'"],
        "vi": ["ông chủ tàu cá cầm luôn passport {} của em không trả"], "pt": ["o dono do barco tá com meu passaporte, número {}"], "zh": ["船东扣着我的护照，号码{}"],
        "id": ["juragan kapal tuna menahan paspor saya ({}) sejak bulan lalu"], "ne": ["डुंगा मालिकले मेरो राहदानी नम्बर {} राखेका छन्"], "es": ["el dueño del barco tiene mi pasaporte N° {}"],
        "tl": ["hawak pa po ng may-ari ng barko ang passport ko na {}"], "th": ["เจ้าของเรือยึดหนังสือเดินทางเลข {} ไว้"], "tr": ["tekne sahibi {} numaralı pasaportumu tutuyor"],
        "ru": ["судовладелец держит у себя мой паспорт № {}"], "uk": ["власник судна тримає мій паспорт № {}"], "mn": ["усан онгоцны эзэн {} дугаартай паспортыг минь авсан"],
        "my": ["သင်္ဘောပိုင်ရှင်က ပတ်စပို့ {} ကို သိမ်းထားတယ်"], "km": ["ម្ចាស់ទូកនៅកាន់លិខិតឆ្លងដែនលេខ {}"], "ko": ["선주가 제 여권 {} 을 갖고 있어요"],
    },
    "postal_code": {
        "ja": ["寮の郵便番号は{}です（丁目以下は後で送ります）", "みかん農園の寮は〒{}です"], "en": ["postcode of the dorm: {}", "the orchard dorm's zip is {}"],
        "vi": ["mã bưu chính ký túc xá {}"], "pt": ["código postal do alojamento: {}"], "zh": ["宿舍的邮编{}"], "ko": ["기숙사 우편번호 {}"],
        "id": ["kode pos mes kami {}"], "es": ["código postal del dormitorio: {}"], "tl": ["zip code po ng dorm namin {}"],
    },
    "address": {
        "ja": ["事故の書類は、{}の寮に送ってください", "葬儀のあと、妻は{}に一人で住んでいます"],
        "en": ["the accident papers can go to the dorm at {}", "after the funeral my wife lives alone at {}", "the scam parcel was meant to be delivered to {}"],
        "vi": ["giấy tờ gửi về ký túc xá ở {} giúp em"], "pt": ["manda os papéis do acidente pro alojamento em {}"], "es": ["los papeles del choque mándenlos al dormitorio de {}"],
        "zh": ["事故的文件请寄到宿舍：{}"], "ko": ["사고 서류는 기숙사 주소 {} 로 보내 주세요"], "tl": ["ipadala na lang po sa dorm sa {}"],
        "id": ["kirim berkas kecelakaan ke mes di {}"], "ne": ["कागजपत्र छात्रावास {} मा पठाउनुहोस्"], "th": ["เอกสารเรื่องอุบัติเหตุ รบกวนส่งไปหอพักที่ {} นะคะ"],
        "tr": ["evrakları yurda gönderin: {}"], "ru": ["документы присылайте в общежитие: {}"], "uk": ["документи надсилайте до гуртожитку: {}"],
        "mn": ["бичиг баримтыг дотуур байр руу явуулна уу: {}"], "my": ["စာရွက်စာတမ်းတွေ အဆောင်လိပ်စာ {} ကို ပို့ပါ"], "km": ["សូមផ្ញើឯកសារមកអន្តេវាសិកដ្ឋាន {}"],
    },
    "url": {
        "ja": ["詐欺だったショップのページはこれです {}", "地域のサッカークラブの募集ページ：{}"],
        "en": ["this is the fake shop's page {}", "the sports club's signup page {}"],
        "vi": ["trang web bán hàng lừa đảo là {}"], "pt": ["o site da loja golpista é {}"], "zh": ["骗子网店的网址{}"], "es": ["la página de la tienda estafa es {}"],
        "ko": ["사기 쇼핑몰 주소 {}"], "tl": ["ito po yung pekeng online shop {}"],
    },
    "birth_date": {
        "ja": ["私の生年月日は{}です（在留カードのとおり）", "亡くなった父は{}生まれでした", "娘の誕生日は{}で、来年小学校に入ります"],
        "en": ["D.O.B. on the care worker registration: {}", "my late father was born on {}", "our daughter's birthday is {}, she starts school next year"],
        "vi": ["ngày sinh của em theo thẻ ngoại kiều là {}", "bố em sinh ngày {}, mới mất tuần trước"], "pt": ["nasci em {}, conforme o cartão de residente", "meu falecido pai nasceu em {}"],
        "zh": ["本人出生于{}，与在留卡一致", "去世的父亲生于{}"], "ko": ["제 생일은 재류카드대로 {} 입니다", "돌아가신 아버지는 {} 생이세요"],
        "es": ["nací el {} según mi tarjeta de residencia", "mi difunto padre nació el {}"], "tl": ["ipinanganak po ako noong {} ayon sa residence card", "ang yumao kong tatay ay ipinanganak noong {}"],
        "id": ["saya lahir tanggal {} sesuai kartu izin tinggal", "almarhum bapak saya lahir {}"], "tr": ["ikamet kartına göre doğum tarihim {}", "rahmetli babam {} doğumluydu"],
        "ru": ["родился {}, как в карте резидента", "покойный отец родился {}"], "uk": ["народився {}, як у картці резидента", "покійний батько народився {}"],
        "ne": ["निवास कार्डअनुसार मेरो जन्म मिति {}", "स्वर्गीय बुबाको जन्म {} मा भएको थियो"], "th": ["ตามบัตรผู้พำนัก ฉันเกิดวันที่ {}", "พ่อที่เสียไปเกิดเมื่อ {}"],
        "mn": ["үнэмлэхний дагуу төрсөн өдөр {}", "талийгаач аав {}-нд төрсөн"], "my": ["နေထိုင်ခွင့်ကတ်အရ မွေးနေ့ {}", "ကွယ်လွန်သူ အဖေ မွေးနေ့ {}"],
        "km": ["យោងតាមប័ណ្ណស្នាក់នៅ ខ្ញុំកើតថ្ងៃ {}", "ឪពុកដែលបានទទួលមរណភាពកើតថ្ងៃ {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}の近くで自転車事故にあったとき、どこに届ければいいのかわかりませんでした", "{official}が漁業の外国人受け入れについて話すニュースを見ました",
           "{town}には、ハラールの食材を売っている店がほとんどありません", "{company}の工場で梱包の仕事をしていますが、更衣室が男女一緒です",
           "{word}で売っていたスマホを買ったら、届いたのは空の箱でした", "{place}の前のバス停で、外国人の留学生がよく困っています",
           "{official}には、介護の仕事をしている外国人の声も聞いてほしいです", "{town}で亡くなった外国人の火葬は、どこに頼めばいいですか",
           "{company}の求人には「日本語N2以上」と書いてありました", "{place}で犬の登録をしようとしたら、書類が日本語しかありませんでした",
           "{town}の市民体育館は、外国人のサッカーチームにも貸してもらえますか"],
    "en": ["I had a bike accident near {place} and didn't know where to report it", "watched {official} on the news talking about foreign crews on fishing boats",
           "hardly any shop in {town} sells halal meat", "I pack boxes at the {company} plant and the changing room is shared by men and women",
           "bought a phone on {word} and got an empty box", "international students are always lost at the bus stop outside {place}",
           "{official} should also listen to foreigners working in care homes", "who arranges a cremation when a foreigner dies in {town}?",
           "the {company} job ad says JLPT N2 or above", "tried to register my dog at {place} but the forms were only in Japanese",
           "To whoever reads this at {place}: the bicycle parking rules are not posted in English", "does the gym in {town} rent its hall to foreign football teams?"],
    "zh": ["在{place}附近骑车出了事故，不知道该去哪里报案", "看到{official}在新闻里谈渔船外国船员的问题", "{town}几乎没有卖清真食品的店",
           "我在{company}的工厂做包装，更衣室男女共用", "在{word}上买手机，收到的是空盒子"],
    "ko": ["{place} 근처에서 자전거 사고가 났는데 어디에 신고해야 할지 몰랐어요", "{official}가 어선 외국인 선원에 대해 말하는 뉴스를 봤어요",
           "{town}에는 할랄 고기를 파는 가게가 거의 없어요", "{company} 공장에서 포장 일을 하는데 탈의실이 남녀 공용이에요", "{word}에서 휴대폰을 샀는데 빈 상자가 왔어요"],
    "vi": ["em bị tai nạn xe đạp gần {place} mà không biết báo ở đâu", "em xem {official} nói trên thời sự về thuyền viên nước ngoài",
           "ở {town} gần như không có chỗ bán thịt halal", "em làm đóng gói ở nhà máy {company}, phòng thay đồ nam nữ chung", "em mua điện thoại trên {word} mà nhận được hộp rỗng"],
    "pt": ["sofri um acidente de bicicleta perto da {place} e não sabia onde registrar", "vi {official} no jornal falando dos estrangeiros nos barcos de pesca",
           "em {town} quase não tem mercado com carne halal", "empacoto caixas na fábrica da {company} e o vestiário é misto", "comprei um celular no {word} e veio a caixa vazia"],
    "es": ["tuve un accidente en bici cerca de {place} y no supe dónde denunciarlo", "vi a {official} en las noticias hablando de los tripulantes extranjeros",
           "en {town} casi no venden carne halal", "empaco cajas en la planta de {company} y el vestidor es mixto"],
    "tl": ["naaksidente po ako sa bisikleta malapit sa {place} at hindi ko alam kung saan magrereport", "napanood ko po si {official} sa balita tungkol sa mga dayuhang mangingisda",
           "halos walang tindahan ng halal na karne sa {town}", "nagpa-pack po ako sa planta ng {company} at iisa ang bihisan ng babae at lalaki"],
    "id": ["saya kecelakaan sepeda dekat {place} dan tidak tahu harus lapor ke mana", "saya nonton {official} di berita soal ABK asing",
           "di {town} hampir tidak ada toko daging halal", "saya kerja packing di pabrik {company}, ruang ganti campur laki-laki dan perempuan"],
    "ne": ["{place} नजिक साइकल दुर्घटना भयो, कहाँ उजुरी गर्ने थाहा भएन", "समाचारमा {official}ले माछा मार्ने डुंगाका विदेशी कामदारबारे बोलेको देखें",
           "{town}मा हलाल मासु पाइने पसल लगभग छैन", "म {company}को कारखानामा प्याकिङ गर्छु, कपडा फेर्ने कोठा सबैको एउटै छ"],
    "th": ["เกิดอุบัติเหตุจักรยานใกล้{place} ไม่รู้ว่าต้องไปแจ้งที่ไหน", "ดูข่าว{official}พูดเรื่องลูกเรือประมงต่างชาติ", "ใน{town}แทบไม่มีร้านขายเนื้อฮาลาล",
           "แพ็กของที่โรงงาน{company} ห้องเปลี่ยนเสื้อใช้รวมชายหญิง"],
    "tr": ["{place} yakınında bisikletle kaza yaptım, nereye bildireceğimi bilemedim", "haberlerde {official} balıkçı teknelerindeki yabancı tayfalardan bahsetti",
           "{town}'da helal et satan dükkân neredeyse yok", "{company} fabrikasında paketleme yapıyorum, soyunma odası kadın erkek ortak"],
    "uk": ["Біля {place} я потрапив в аварію на велосипеді й не знав, куди заявити", "У новинах {official} говорив про іноземних моряків на риболовецьких суднах",
           "У {town} майже немає крамниць із халяльним м'ясом", "Пакую коробки на заводі {company}, а роздягальня спільна"],
    "ru": ["Возле {place} попал в аварию на велосипеде и не знал, куда заявлять", "В новостях {official} говорил об иностранных моряках на рыболовных судах",
           "В {town} почти нет магазинов с халяльным мясом", "Пакую коробки на заводе {company}, а раздевалка общая"],
    "mn": ["{place}-ийн ойролцоо дугуйгаар осолд орсон ч хаана мэдэгдэхээ мэдсэнгүй", "{official} загас агнуурын гадаад ажилчдын тухай ярьж байхыг мэдээгээр үзсэн",
           "{town}-д халал мах зардаг дэлгүүр бараг байхгүй"],
    "my": ["{place} အနီးမှာ စက်ဘီးမတော်တဆမှု ဖြစ်ပြီး ဘယ်မှာ တိုင်ရမလဲ မသိဘူး", "{official} ငါးဖမ်းသင်္ဘော နိုင်ငံခြားသားအကြောင်း သတင်းမှာ ပြောတာ ကြည့်ရတယ်",
           "{town} မှာ ဟလာလ်အသားရောင်းတဲ့ဆိုင် မရှိသလောက်ပဲ"],
    "km": ["ខ្ញុំជួបគ្រោះថ្នាក់កង់ក្បែរ {place} តែមិនដឹងត្រូវរាយការណ៍នៅឯណា", "ខ្ញុំឃើញ {official} និយាយក្នុងព័ត៌មានអំពីនាវិកបរទេស",
           "នៅ {town} ស្ទើរតែគ្មានហាងលក់សាច់ហាឡាល់"],
}  # fmt: skip

PUBLIC_KANJI = ["松山駅", "宇和島市役所", "新居浜市役所", "西条駅", "大洲市役所", "伊予市役所", "四国中央市役所", "観音寺駅", "善通寺市役所",
                "三豊市役所", "さぬき市役所", "東かがわ市役所", "愛媛労働局", "香川労働局", "松山地方法務局", "ハローワーク宇和島",
                "ハローワーク新居浜", "愛媛県国際交流協会", "香川県国際交流協会", "松山空港", "宇和島港", "愛媛大学", "香川大学",
                "松山城", "道後温泉本館"]  # fmt: skip
PUBLIC_LATIN = ["Matsuyama Station", "Uwajima City Hall", "Niihama City Office", "Saijo Station", "Ozu City Hall",
                "Kanonji Station", "Zentsuji City Office", "Mitoyo City Hall", "the Ehime Labour Bureau", "the Kagawa Labour Bureau",
                "Hello Work Uwajima", "Hello Work Niihama", "the Ehime Prefectural International Center", "Matsuyama Airport",
                "Ehime University", "Kagawa University", "the Matsuyama District Legal Affairs Bureau", "Dogo Onsen Honkan",
                "the Caritas Japan office", "the UNHCR Representation in Japan", "Uwajima Port"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Matsuyama", "tòa thị chính Uwajima", "Cục Lao động Ehime", "Đại học Ehime"],
    "pt": ["prefeitura de Uwajima", "estação de Matsuyama", "Universidade de Ehime"],
    "es": ["la municipalidad de Niihama", "la estación de Matsuyama", "la Universidad de Kagawa"],
    "ko": ["마쓰야마역", "우와지마시청", "에히메대학"],
    "zh": ["松山站", "宇和岛市政府", "爱媛大学", "香川大学"],
    "tl": ["istasyon ng Matsuyama", "munisipyo ng Uwajima", "Ehime University"],
    "id": ["stasiun Matsuyama", "kantor wali kota Niihama", "Universitas Ehime"],
    "th": ["สถานีมัตสึยามะ", "ศาลาว่าการเมืองอุวาจิมะ", "มหาวิทยาลัยเอฮิเมะ"],
    "ne": ["मात्सुयामा स्टेसन", "उवाजिमा नगरपालिका", "एहिमे विश्वविद्यालय"],
    "my": ["မတ်ဆုယာမာဘူတာ", "ဥဝါဂျီမမြို့တော်ခန်းမ", "အဲဟီမဲတက္ကသိုလ်"],
    "km": ["ស្ថានីយ៍ម៉ាត់ស៊ុយ៉ាម៉ា", "សាលាក្រុងអ៊ូវ៉ាជីម៉ា", "សាកលវិទ្យាល័យអេហ៊ីមេ"],
    "mn": ["Мацуяма өртөө", "Уважима хотын захиргаа", "Эхимэ их сургууль"],
    "tr": ["Matsuyama İstasyonu", "Uwajima Belediyesi", "Ehime Üniversitesi"],
    "uk": ["станції Мацуяма", "мерії Уваджіми", "Університету Ехіме"],
    "ru": ["станции Мацуяма", "мэрии Увадзимы", "Университета Эхимэ"],
}  # fmt: skip
# Officials named in their role (and heads of international bodies), as opinions on policy name
# them.
OFFICIALS = {
    "ja": ["愛媛県知事", "香川県知事", "松山市長", "宇和島市長", "新居浜市長", "観音寺市長", "水産庁長官", "愛媛労働局長",
           "高松出入国在留管理局長", "UNHCR駐日代表", "在大阪ネパール名誉総領事"],
    "en": ["the Governor of Ehime", "the Governor of Kagawa", "the Mayor of Matsuyama", "the Mayor of Uwajima",
           "the Director-General of the Fisheries Agency", "the UNHCR Representative in Japan", "the President of Ehime University",
           "the head of the Takamatsu Regional Immigration Bureau", "the Philippine Labor Attaché in Osaka", "the Vice-Governor of Ehime"],
    "zh": ["爱媛县知事", "香川县知事", "松山市长", "水产厅长官"],
    "ko": ["에히메현 지사", "가가와현 지사", "마쓰야마 시장", "수산청 장관"],
    "vi": ["Thống đốc tỉnh Ehime", "Thống đốc tỉnh Kagawa", "Thị trưởng Matsuyama", "Tổng lãnh sự Việt Nam tại Osaka"],
    "pt": ["o governador de Ehime", "o prefeito de Matsuyama", "o diretor da Agência de Pesca"],
    "es": ["el gobernador de Kagawa", "el alcalde de Uwajima", "el rector de la Universidad de Ehime"],
    "tl": ["ang Gobernador ng Ehime", "ang alkalde ng Matsuyama", "ang Labor Attaché sa Osaka"],
    "id": ["Gubernur Ehime", "Wali Kota Matsuyama", "Kepala Badan Perikanan Jepang"],
    "tr": ["Ehime Valisi", "Matsuyama Belediye Başkanı", "Japonya Balıkçılık Ajansı Başkanı"],
    "uk": ["губернатор префектури Ехіме", "мер Мацуями", "голова Агентства рибальства Японії"],
    "ru": ["губернатор префектуры Эхимэ", "мэр Мацуямы", "глава Агентства по рыболовству Японии"],
    "th": ["ผู้ว่าราชการจังหวัดเอฮิเมะ", "นายกเทศมนตรีมัตสึยามะ", "อธิบดีกรมประมงญี่ปุ่น"],
    "mn": ["Эхимэ мужийн захирагч", "Мацуяма хотын дарга", "Японы Загас агнуурын газрын дарга"],
    "ne": ["एहिमे प्रिफेक्चरका गभर्नर", "मात्सुयामाका मेयर", "ओसाकास्थित नेपाली मानार्थ महावाणिज्यदूत"],
    "my": ["အဲဟီမဲ ခရိုင်ဝန်", "မတ်ဆုယာမာ မြို့တော်ဝန်"],
    "km": ["អភិបាលខេត្តអេហ៊ីមេ", "អភិបាលក្រុងម៉ាត់ស៊ុយ៉ាម៉ា", "ប្រធានទីភ្នាក់ងារជលផលជប៉ុន"],
}  # fmt: skip
COMPANIES = ["久光製薬", "Hisamitsu", "江崎グリコ", "Ezaki Glico", "伊藤園", "Ito En", "ミキモト", "Mikimoto", "木村屋總本店",
             "Kimuraya", "西川", "Nishikawa", "内田洋行", "Uchida Yoko", "佐藤製薬", "Sato Pharmaceutical", "ヤナセ", "Yanase",
             "竹内製作所", "Takeuchi Manufacturing"]  # fmt: skip
HANDLE_WORDS = ["ラクマ", "PayPayフリマ", "ヤフオク", "Qoo10", "#愛媛の外国人", "#介護職の本音", "Facebookグループ「Nepali Samaj Ehime」",
                "LINEオープンチャット「松山留学生ママ」", "抖音「渔船日记」", "Zaloグループ「Người Việt ở Shikoku」",
                "Telegram-чат «Наши в Шикоку»", "Instagram「#みかん農家のくらし」"]  # fmt: skip
PUBLIC_TOWNS = ["Matsuyama", "Uwajima", "Niihama", "Saijo", "Ozu", "Iyo", "Shikokuchuo", "Seiyo", "Toon", "Uchiko",
                "Zentsuji", "Kanonji", "Mitoyo", "Sanuki", "Higashikagawa", "Tadotsu", "Tonosho"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["松山市", "宇和島市", "新居浜市", "西条市", "大洲市", "伊予市", "四国中央市", "西予市", "東温市", "愛南町", "内子町",
                      "善通寺市", "観音寺市", "三豊市", "さぬき市", "東かがわ市", "多度津町", "土庄町"]  # fmt: skip


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


# Numbers and words that look like personal data and are not: fees, weights, counts, sizes,
# times, scores, prices, a reference number that fails the My Number check digit ({bad12}).
# Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["少年団の月謝は3,500円、ユニフォーム代は別に12,000円です。", "みかんのコンテナは1箱20キロあります。", "注文番号：{bad12}",
           "火葬の費用は市民なら無料、市外の人は48,000円だと言われました。", "犬の狂犬病の注射は1回3,300円でした。", "船は午前2時に出港して、昼の1時ごろ戻ります。",
           "大学院の授業料は年間535,800円です。", "自転車の修理代の見積もりは18,700円でした。", "施設の夜勤は月に9回、1回16時間です。"],
    "en": ["club fees are 3,500 yen a month plus 12,000 for the kit", "one crate of mandarins weighs 20 kg", "order no. {bad12}",
           "cremation is free for residents, 48,000 yen for people from outside the city", "the rabies shot for the dog was 3,300 yen",
           "the boat leaves at 2 a.m. and is back around 1 p.m.", "tuition at the graduate school is 535,800 yen a year",
           "the bike repair estimate came to 18,700 yen", "9 night shifts a month at the care home, 16 hours each"],
    "vi": ["học phí câu lạc bộ 3.500 yên một tháng", "một thùng quýt nặng 20 ký", "mã số đơn trên app bán hàng là {bad12}", "tàu ra khơi lúc 2 giờ sáng, khoảng 1 giờ chiều về"],
    "pt": ["a mensalidade do time é 3.500 ienes", "cada caixa de mexerica pesa 20 quilos", "no e-mail da loja, o número do pedido era {bad12}"],
    "zh": ["少年足球队的月费是三千五百日元", "一箱橘子二十公斤", "网店发来的订单号是{bad12}", "渔船凌晨两点出港，下午一点左右回来"],
    "es": ["la cuota del club es de 3.500 yenes al mes", "cada caja de mandarinas pesa 20 kilos", "en el correo de la tienda, el número de pedido era {bad12}"],
    "ko": ["축구 클럽 회비는 한 달에 3,500엔", "귤 한 상자가 20킬로예요", "쇼핑몰 메일에 있던 주문 번호는 {bad12}"],
    "tl": ["3,500 yen po kada buwan ang bayad sa club", "20 kilo po ang isang kahon ng mikan", "9 na night duty po ako kada buwan, tig-16 na oras"],
    "id": ["iuran klub 3.500 yen per bulan", "satu peti jeruk beratnya 20 kilo", "kapal berangkat jam 2 pagi dan pulang sekitar jam 1 siang"],
    "ne": ["क्लबको मासिक शुल्क ३,५०० येन", "सुन्तलाको एउटा बाकस २० किलोको हुन्छ"],
    "th": ["ค่าสมาชิกชมรม 3,500 เยนต่อเดือน", "ส้มหนึ่งลัง 20 กิโล"],
    "tr": ["kulüp aidatı ayda 3.500 yen", "bir kasa mandalina 20 kilo geliyor"],
    "ru": ["взнос в секцию 3 500 иен в месяц", "ящик мандаринов весит 20 кг"],
    "uk": ["внесок у секцію 3 500 єн на місяць", "ящик мандаринів важить 20 кг"],
    "mn": ["клубын сарын төлбөр 3,500 иен", "нэг хайрцаг жүрж 20 кг жинтэй"],
    "my": ["အသင်းကြေး တစ်လ ယန်း ၃,၅၀၀", "လိမ္မော်သီး တစ်သေတ္တာ ၂၀ ကီလို"],
    "km": ["ថ្លៃក្លឹប 3,500 យ៉េនក្នុងមួយខែ", "ក្រូចមួយប្រអប់ទម្ងន់ 20 គីឡូ"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes of this split are chosen by the writer to differ from the earlier splits' shapes; they
# are listed in benchmarks/data/privacy_unseen10_README.md only by count, so that the split stays
# unseen until it is run.


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
            lambda: f"+84 ({rng.choice('3579')}{_digits(rng, 1)}) {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"(+63) 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"(0xx{rng.choice(['11', '19', '41', '43', '62', '85'])}) 9{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"9779{rng.choice('78')}{_digits(rng, 8)}",
            lambda: f"+959 {rng.choice(['25', '40', '42', '77', '79'])}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+7-9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+38 0{rng.choice(['67', '68', '96', '97', '50'])} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+62.8{_digits(rng, 2)}.{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"(+855) {rng.choice(['10', '15', '70', '96', '97'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"(+976) {rng.choice(['99', '88', '91', '94'])}{_digits(rng, 2)}-{_digits(rng, 4)}",
            lambda: f"+668{_digits(rng, 1)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"0 5{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"(+51) 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"+86-1{rng.choice('3589')}{_digits(rng, 1)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+82 10.{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"09{rng.choice(['17', '18', '27', '99'])}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+8190-{_digits(rng, 4)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.2:
            return "\u3000".join(groups)
        if roll < 0.35:
            return f"+81 {groups[0][1:]}{groups[1]}{groups[2]}"
        if roll < 0.5:
            return f"({groups[0]}) {groups[1]}-{groups[2]}"
        if roll < 0.65:
            return f"＋81 {groups[0][1:]}-{groups[1]}-{groups[2]}"
        if roll < 0.8:
            return f"{groups[0]}.{groups[1]}-{groups[2]}"
        return f"{groups[0]}-{groups[1]}{groups[2]}"
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        prefixes = [
            "8190",
            "8180",
            "8497",
            "8486",
            "63917",
            "5543",
            "97798",
            "9597",
            "85512",
            "6285",
        ]
        number = rng.choice(prefixes) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.25:
            return "https://web.whatsapp.com/send?phone=" + number
        if roll < 0.45:
            return "viber://contact?number=%2B" + number
        if roll < 0.6:
            return (
                "https://api.whatsapp.com/message/"
                + "".join(rng.choice(LETTERS + "0123456789") for _ in range(12))
                + "?autoload=1&app_absent=0"
            )
        if roll < 0.8:
            return "https://wa.me/" + number + "?text=Ol%C3%A1%2C%20tudo%20bem%3F"
        return "whatsapp://send/?phone=" + number
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.3:
            return "https://line.me/ti/g/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
        if roll < 0.55:
            return "https://line.me/R/ti/p/" + "".join(
                rng.choice(ALNUM + LETTERS + "-_") for _ in range(10)
            )
        if roll < 0.8:
            return "https://line.me/R/oaMessage/@" + user_id.replace(".", "") + "/"
        return "line.me/ti/p/%40" + user_id
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "https://weixin.qq.com/g/" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(16)
            )
        if roll < 0.55:
            return user_id.replace(".", "") + _digits(rng, 3)
        if roll < 0.8:
            return "wx_" + user_id.replace(".", "_")
        return user_id.replace(".", "_").capitalize() + "_" + rng.choice(["fj", "gd", "sh", "db"])
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.25:
            return "tg://user?id=" + rng.choice("1256") + _digits(rng, 9)
        if roll < 0.45:
            return "https://telegram.me/+" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(16)
            )
        if roll < 0.7:
            return "t.me/" + name + "?profile"
        return "https://t.me/" + name + "/"
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.35:
            return "https://open.kakao.com/o/g" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(7)
            )
        if roll < 0.6:
            return (
                "pf.kakao.com/_"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(6))
                + "/friend"
            )
        return user_id.replace(".", "_") + "_" + _digits(rng, 4)
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id + "." + _digits(rng, 2)
        if roll < 0.35:
            return user_id.capitalize()
        if roll < 0.5:
            return user_id.replace(".", "-") + "-" + _digits(rng, 4)
        if roll < 0.6:
            return user_id.replace(".", "") + "_" + rng.choice(["ehime", "mama", "papa", "sanuki"])
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", ".mama", "_shikoku", ".2nd"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_official_", ".daily", "_ehime"])
    if slot == "x":
        base = user_name.replace(".", "_")[:11]
        return base + rng.choice(["", "", "_0401", "_jp_", "2nd"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.25:
            return (
                "https://www.facebook.com/groups/"
                + _digits(rng, 15)
                + "/user/1000"
                + _digits(rng, 11)
                + "/"
            )
        if roll < 0.45:
            return "https://www.facebook.com/profile.php?id=615" + _digits(rng, 11) + "&sk=about"
        if roll < 0.65:
            return "https://www.facebook.com/" + user_name + "/friends"
        if roll < 0.85:
            return "facebook.com/" + user_name + "/about_contact_and_basic_info"
        slug = ".".join(display_name.lower().split()) or user_name
        return "https://www.facebook.com/" + slug + "." + _digits(rng, 3) + "/"
    if slot == "igu":
        roll = rng.random()
        if roll < 0.3:
            return (
                "https://www.instagram.com/"
                + user_name
                + "?igshid="
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(12))
            )
        if roll < 0.55:
            return "https://www.instagram.com/accounts/login/?next=%2F" + user_name + "%2F"
        if roll < 0.8:
            return "https://www.instagram.com/" + user_name + "/?utm_medium=copy_link"
        return "instagram.com/" + user_name + "/guides/"
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.3:
            return (
                "https://www.tiktok.com/t/ZT"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        if roll < 0.55:
            return "https://www.tiktok.com/@" + user_name + "/photo/7" + _digits(rng, 18)
        if roll < 0.8:
            return "tiktok.com/@" + user_name + "?refer=creator_embed"
        return "https://www.tiktok.com/@" + user_name + "/"
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.3:
            return f"https://x.com/intent/follow?screen_name={handle}"
        if roll < 0.5:
            return f"https://twitter.com/i/user/{rng.randint(1, 9)}{_digits(rng, 9)}"
        if roll < 0.75:
            return f"https://x.com/{handle}/following"
        return f"x.com/{handle}/photo"
    # yt
    roll = rng.random()
    if roll < 0.3:
        return "https://www.youtube.com/@" + user_name + "/playlists"
    if roll < 0.5:
        return "https://www.youtube.com/@" + user_name + "?sub_confirmation=1"
    if roll < 0.75:
        return "https://studio.youtube.com/channel/UC" + "".join(
            rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
        )
    return "youtube.com/@" + user_name + "/podcasts"


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["｛アット｝", "〖アット〗"], "zh": ["【艾特】", "《小老鼠》"], "ko": ["『골뱅이』", "〖앳〗"],
            "ru": ["((собака))"], "uk": ["((равлик))"], "tr": ["<et>"], "id": ["((at))"], "th": ["〖แอท〗"],
            "pt": ["<arroba>"], "es": ["‹arroba›"], "vi": ["((a còng))"], "tl": ["<at po>"], "mn": ["((эт))"],
            "ne": ["((एट))"], "my": ["[အက်]"], "km": ["[អាត់]"]}  # fmt: skip
DOT_WORDS = {"ja": ["｛ドット｝", "〖ドット〗"], "zh": ["〘点〙"], "ko": ["『쩜』"], "ru": ["((точка))"], "uk": ["((крапка))"],
             "tr": ["<nokta>"], "id": ["[titik]"], "th": ["〖ดอท〗"], "pt": ["<ponto>"], "es": ["‹punto›"],
             "vi": ["((chấm))"], "tl": ["<dot po>"], "mn": ["((цэг))"], "ne": ["((डट))"], "my": ["[ဒေါ့]"],
             "km": ["[ដត]"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["nate.com", "yeah.net", "biglobe.ne.jp", "hotmail.es", "fastmail.com",
                                     "yahoo.co.uk", "outlook.kr", "hotmail.com.tr", "aliyun.com", "wp.pl"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}のところは@に直してから送信してください）", "en": " (put an @ where the {sign} is, spam bots read these boxes)",
              "zh": "（{sign}就是@，怕被垃圾邮件抓取才这样写）", "vi": " (chỗ {sign} anh chị đổi lại thành @ giúp em)", "pt": " (onde tem {sign} é @, escrevi assim por causa de spam)",
              "es": " (donde dice {sign} va la @, lo puse así por el spam)", "ko": " (스팸 때문에 골뱅이 대신 {sign} 표시를 썼어요, 바꿔서 보내 주세요)",
              "tl": " (palitan po ng @ yung {sign}, para hindi ma-spam)", "id": " (tanda {sign} itu ganti dengan @ ya)",
              "tr": " ({sign} yerine @ koyarak gönderin lütfen)", "ru": " (вместо {sign} поставьте @, так написал из-за спама)",
              "uk": " (значок {sign} — це @, просто напишіть равлика замість нього)", "mn": " ({sign} тэмдгийн оронд @ тавиарай)",
              "ne": " (स्पामको डरले @ को ठाउँमा {sign} लेखेको हुँ)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["▲", "◎", "♡", "◇"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["[dot]"]))
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        return f"{local} {at} {rest}", ""
    if roll < 0.48:
        return f"{local}@{'．'.join(parts)}", ""
    if roll < 0.58:
        return f"mailto:{local}@{domain}?subject=Soudan", ""
    if roll < 0.68:
        return f"{local}%40{domain}", ""
    if roll < 0.78:
        return f"{local}+{rng.choice(['ehime', 'jp', 'work', 'shikoku'])}@{domain}", ""
    if roll < 0.88:
        return f"<{local}@{domain}>", ""
    return f"{local}＠{domain}", ""


ROMAN_TOWNS = ["Kitakumegawa", "Hojo-Tsuji", "Tsubaki-cho", "Shinden-Higashi", "Kamiichi", "Yoshida-Hama", "Misho-cho",
               "Wakamatsu-dori", "Hagiwara-Shinmachi", "Funaoka", "Nishino-Minami", "Okada-Kami", "Takase-cho", "Ikeda-Naka",
               "Tsuda-Hama", "Shiraishidai", "Kusunoki-Minami"]  # fmt: skip
# (ward, city, prefecture); no ward is used.
ROMAN_CITIES = [("", "Matsuyama", "Ehime"), ("", "Uwajima", "Ehime"), ("", "Niihama", "Ehime"), ("", "Saijo", "Ehime"),
                ("", "Ozu", "Ehime"), ("", "Iyo", "Ehime"), ("", "Shikokuchuo", "Ehime"), ("", "Seiyo", "Ehime"),
                ("", "Toon", "Ehime"), ("", "Zentsuji", "Kagawa"), ("", "Kanonji", "Kagawa"), ("", "Mitoyo", "Kagawa"),
                ("", "Sanuki", "Kagawa"), ("", "Higashikagawa", "Kagawa")]  # fmt: skip
ROMAN_BUILDINGS = ["Citrus Court Niihama", "Orange Heights 2", "Sea Breeze Kitakumegawa", "Mikan Villa B", "Olive Terrace Funaoka",
                   "Famille Takase", "Casa Bella Tsubaki", "Rivage Shiraishidai"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 40), rng.randint(1, 30)
    zip_code = f"{rng.choice(['79', '76'])}{_digits(rng, 1)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 409), rng.randint(1201, 1508)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    pref_full = f"{pref}-{suffix}" if suffix else pref
    style = rng.random()
    if style < 0.11:
        return f"{c}-{b}-{g}-{room} {town}, {city}-shi, {pref_full}"
    if style < 0.22:
        return (
            f"{building.upper()} {room}, {c}-{b}-{g} {town.upper()}, {city.upper()}-SHI {zip_code}"
        )
    if style < 0.32:
        return f"{town} {c}-{b}-{g} / {city}-shi / {pref_full} / {zip_code}"
    if style < 0.42:
        return f"{pref_full}, {city}-shi, {town} {c}-chome {b}-{g}, {building} Room {room}"
    if style < 0.52:
        return f"〒{zip_code}, {pref}, {city}, {town} {c}-{b}-{g}"
    if style < 0.62:
        return f"{town} {c} chome {b} ban {g} go, {city} City, {pref} Pref."
    if style < 0.72:
        return f"{city}-shi {town} {c}-{b}-{g}　{building} {room}号室"
    if style < 0.81:
        return f"{room}, {building}, {c}-{b}-{g}, {town}, {city}, {pref}, JAPAN"
    if style < 0.9:
        return f"{town} {b}-{g}, {city}-shi ({pref}-ken)"
    return f"{zip_code} {city}-shi, {town} {c}chome {b}-{g}"


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
        return rng.choice([f"{head} {n}{tail}", f"{head}{n[:4]}‐{n[4:]}{tail}", f"{head}{n}{tail.lower()}",
                           f"{head.lower()}{n}{tail}", f"{head}{n[:2]}-{n[2:6]}-{n[6:]}{tail}", f"{head}{n[:4]} {n[4:]}-{tail}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            [f"{n[:4]}／{n[4:8]}／{n[8:]}", f"{n[:4]}/{n[4:8]}/{n[8:]}", f"{n[:4]}-{n[4:8]} {n[8:]}",
             f"{n[:6]} {n[6:]}", "·".join([n[:4], n[4:8], n[8:]]), _fullwidth(" ".join([n[:4], n[4:8], n[8:]])).replace("\u3000", "・")]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head} - {d}", f"{head}{d[:3]}-{d[3:]}", f"{head[0]} {head[1]} {d}", f"{head}{d[:2]} {d[2:]}",
                           f"{head}{d[:4]}-{d[4:]}", f"{head.lower()}-{d}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        [f"{groups[0]}/{groups[1]}-{groups[2]}", f"{groups[0]} {groups[1]} - {groups[2]}", f"{groups[0]} ‐ {groups[1]} ‐ {groups[2]}",
         f"＋81-{groups[0][1:]}-{groups[1]}-{groups[2]}", f"{groups[0]}-{groups[1]}{groups[2]}",
         f"{groups[0]}（{groups[1]}）{groups[2]}"]
    )  # fmt: skip
