"""Templates, frames, name lists and value shapes of the `unseen11` split of benchmarks/privacy.py.

Written on 2026-12-07 by an independent data writer for issue 21 (w11), after the earlier unseen
splits (benchmarks/data/privacy_unseen.py … privacy_unseen10.py) had been written. The writer did
not open, grep or run the detector (anything under `classifiers/`, its data files, its tests,
`feedback/`, or the ADRs), never ran or imported `benchmarks/privacy.py` and did not open
`privacy_unseen10.py`. Like `unseen9` and `unseen10`, it is a broad sample of how residents write
to a ministry's opinion box, a consultation desk or a chat, by a new writer, about situations the
earlier splits hardly touch: delivery and taxi drivers, shipyards, hotels and ryokan, hair
salons, language-school dormitories, sports teams, marriage agencies, hospital interpreters,
city-hall counters, tax offices, neighbourhood associations, floods and shelters. Names with and
without titles, at the start of a sentence, as objects, with case endings and particles, several
people per text, signatures on their own line, names in another script than the text, whole
texts typed in Latin letters; messaging IDs and social profiles; phrases for every earlier kind;
public places, institutions, officials, companies that are family names and municipalities;
decoys. Nothing here is copied from the `dev`, `heldout`, `unseen` … `unseen10` material (a
script compared the strings after normalising the slots). It is reserved for a later round's
final measure: run it once, after the detector is frozen. How the split was made:
benchmarks/data/privacy_unseen11_README.md.

The module has the same interface as benchmarks/data/privacy_unseen9.py, so that it plugs into
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
lists below, none of which is in the dev, held-out or earlier unseen lists.

`OWN_POOLS` holds hand-written names for the pools the other splits fill from Faker: ja,
ja_kana, ja_latin, zh and zh_latin (given names), ko, vi, id, th, pt, es, tr, uk, ru and en (for
uk and ru, male names only, as the benchmark pairs family and given names of one gender there).
The consumer applies them (`names.pools[pool].update(OWN_POOLS[pool])`, as `unseen_names()`
already does).
"""

from __future__ import annotations

import random
from collections.abc import Callable

# ------------------------------------------------------------------------------ names
# The gold span is the name only; titles, kinship words, honorifics, particles and case endings
# written onto the name ("さん", "様", "くん", "氏", "씨", "선배", "anh", "bhai", "Kak", "Ate",
# "Dona", "Doña", "Ağabey", "-тай", "'nin", "пан", "-у") stay out.
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "{name}と申します。宅配の仕事で、再配達が一日に60件を超える日があります",
        "タクシー会社の{family}所長から、地理試験に落ちたら寮を出ろと言われました",
        "旅館の仲居頭の{family}さんは、私たちにだけまかないを出してくれません",
        "美容室のオーナーの{family}さんが、アシスタントの私の指名料を全部取っています",
        "日本語学校の寮で、{name@vi}さんと{name@vi}さんが6畳の部屋に4人で住まわされています",
        "避難所で、町内会長の{family}さんが外国人は体育館の奥に行けと言いました",
        "結婚相談所の担当の{family}さんに、ビザのための結婚だろうと言われて傷つきました",
        "病院の医療通訳の{family}さんがいない日は、診察を断られることがあります",
        "市役所の住民票の窓口で、{family}さんという職員が私の名前をカタカナで勝手に変えました",
        "税務署の{family}さんに、確定申告の控除のことを英語で聞いたら、日本語で書けと言われました",
        "ラグビー部の{family}監督が、留学生の{given@ja_foreign}だけを試合に出しません",
        "造船所の溶接班長の{family}さんは、マスクを配らずに、朝から狭い船の底で溶接をさせます",
        "{given@ja_foreign}くんは、水害で家が流されて、今も公民館で寝泊まりしています",
        "息子の{given}と娘の{given}が、避難所の食事のことでいじめられました",
        "配達先の{family}様から、荷物が濡れていたとクレームが来て、給料から引かれました",
        "先日は大変お世話になりました。\n{name}\n（長崎県島原市・フィリピン出身）",
        "どうぞよろしくお願い申し上げます。\n{name@ja_latin}",
        "{name@tl}が夜中に陣痛が来て、通訳なしで分娩室に入りました",
        "自治会の班長を{family}さんから引き継ぐように言われましたが、回覧板の日本語が読めません",
        "ホテルのフロントの{family}マネージャーが、ヒジャブを外さないと表に出るなと言います",
        "語学学校の寮長の{name}氏は、夜10時以降に部屋の鍵を外から掛けます",
        "野球チームのコーチ、{family}さんは、娘の{given@ja_foreign}の髪が長いと言って坊主にしろと言いました",
        "{family}先生（整形外科）の説明がわからず、同意書にサインしてしまいました",
        "ドライバー仲間の{given@pt}と{given@pt}が、事故の責任を全部かぶらされています",
    ],
    "en": [
        "Ms {family@ja_latin} at the city hall counter kept calling {given} by his old name from the register",
        "{name} here, I drive for a parcel company and do 60 redeliveries on bad days",
        "the taxi depot chief, {family@ja_latin}, says I must move out of the dorm if I fail the geography test",
        "Mrs {family@ja_latin} who runs the ryokan doesn't give us staff meals like the Japanese maids",
        "at the salon the owner {name@ja_latin} takes all my nomination fees",
        "{given@vi} and {given@vi} share a six-mat room with two others in the language school dorm",
        "In the shelter the neighbourhood association chief {family@ja_latin} sent all foreigners to the back of the gym",
        "our marriage agency counsellor, {family@ja_latin}, asked if I was only marrying for a visa",
        "when the hospital interpreter Ms {family@ja_latin} is off, they turn us away",
        "a clerk called {family@ja_latin} at the ward office changed the katakana of my name without asking",
        "{given} is the only foreign player on the rugby team and coach {family@ja_latin} never picks him",
        "Welder {name@tl} has been in the hull all week without a mask",
        "Kind regards,\n{name}\n(taxi driver, Nagasaki)",
        "Cheers and thanks from the dorm on the hill,\n{given}",
        "my sons {given} and {given} were bullied in the evacuation centre over the food",
        "I'm asking for {name@ne_latin}, he can't write English, the tax office fined him for a late return",
        "Dr {family@ja_latin} in orthopaedics explained nothing and I signed the consent form",
        "My fiancée {name@tl} wants to know if the agency fee is refundable",
        "could you tell {name} that the shelter moved to the school gym",
        "front desk manager {family@ja_latin} told me to take off my hijab or stay in the back",
        "{family@ja_latin}-san from the tax office was kind, but the forms were only in Japanese",
        "our daughter {given}'s baseball coach told her to shave her head",
        "thanks for reading, {given@tl} (a hairdresser)",
        "{name@id}'s husband works at the shipyard and has not been paid for overtime since May",
    ],
    "zh": [
        "美容院的前辈{given}姐每天教我剪发，可是店长从来不给她加班费",
        "我叫{name}，在快递公司送货，重新配送一天要跑六十多家",
        "出租车公司的{family@ja_latin}所长说考不过地理考试就得搬出宿舍",
        "旅馆的领班{family@ja_latin}不给我们外国员工提供员工餐",
        "美发店老板{name@ja}把我的指名费全拿走了",
        "语言学校宿舍里，我和{given}、{given}四个人挤一间六叠的房间",
        "避难所里，町内会长{family@ja_latin}让外国人都去体育馆最里面",
        "婚介所的{family@ja_latin}女士问我是不是为了签证才结婚",
        "医院的翻译{family@ja_latin}小姐休息的那天，我们就看不了病",
        "区役所的{family@ja_latin}擅自改了我名字的片假名",
        "表弟{name}在造船厂焊接，一个星期没有口罩",
        "敬请回复。\n{name}（长崎县岛原市）",
        "请转告{name}，避难所搬到学校体育馆了",
        "{given}和{given}在避难所因为吃饭的事被欺负",
        "税务署的{family@ja_latin}先生只让我用日语填表",
    ],
    "ko": [
        "결혼 상담소에서 소개받은 {name@ja}와 다음 달에 혼인신고를 하려고 해요",
        "{name}입니다. 택배 일을 하는데 재배달이 하루에 60건이 넘을 때가 있어요",
        "택시 회사 {family@ja_latin} 소장이 지리 시험에 떨어지면 기숙사에서 나가래요",
        "료칸 {family@ja_latin} 씨는 외국인 직원에게만 식사를 안 줘요",
        "미용실 원장 {name@ja}가 제 지명료를 다 가져가요",
        "어학원 기숙사에서 {given}, {given}과 넷이서 다다미 여섯 장 방에 살아요",
        "대피소에서 자치회장 {family@ja_latin} 씨가 외국인은 체육관 안쪽으로 가래요",
        "결혼 상담소 담당자 {family@ja_latin} 씨가 비자 때문에 결혼하는 거냐고 물었어요",
        "병원 통역사 {family@ja_latin} 씨가 쉬는 날에는 진료를 거절당해요",
        "{given} 선배가 조선소에서 일주일 동안 마스크 없이 용접했어요",
        "회신 부탁드립니다.\n{name} 올림",
        "{name} 씨에게 대피소가 학교 체육관으로 옮겼다고 전해 주세요",
        "럭비부 {family@ja_latin} 감독이 유학생 {given}만 경기에 안 내보내요",
        "세무서 {family@ja_latin} 씨가 일본어로만 쓰라고 했어요",
    ],
    "vi": [
        "{name@ja_latin} ở quầy thuế hướng dẫn em điền tờ khai rất kỹ, em muốn cảm ơn anh ấy",
        "em là {name}, làm giao hàng, có hôm phải giao lại hơn 60 đơn",
        "trưởng phòng {family@ja_latin} ở hãng taxi bảo thi địa lý trượt thì ra khỏi ký túc xá",
        "bà chủ nhà trọ suối nước nóng, {family@ja_latin}, không cho người nước ngoài ăn cơm nhân viên",
        "chủ tiệm tóc {name@ja} lấy hết tiền chỉ định của em",
        "ở ký túc xá trường tiếng, em với {given} và {given} ở chung phòng 6 chiếu",
        "ở trung tâm sơ tán, trưởng khu phố {family@ja_latin} bảo người nước ngoài ra cuối nhà thể chất",
        "anh {given} làm hàn ở xưởng đóng tàu cả tuần không có khẩu trang",
        "Trân trọng,\n{name}\n(lái xe taxi ở Nagasaki)",
        "nhờ anh chị nhắn {name} là chỗ sơ tán đã chuyển sang nhà thể chất trường",
        "hôm bác sĩ {family@ja_latin} bên chỉnh hình khám, không có phiên dịch nên em ký đại",
        "{given} là cầu thủ nước ngoài duy nhất của đội bóng chày mà huấn luyện viên không cho ra sân",
        "chị phiên dịch {family@ja_latin} nghỉ thì bệnh viện không nhận khám",
        "{name} nhờ em hỏi giùm về giấy tờ khai thuế",
        "công ty môi giới hôn nhân, người phụ trách là ông {family@ja_latin}, hỏi em có phải cưới vì visa",
    ],
    "ne": [
        "म {name}, पार्सल डेलिभरी गर्छु, कहिलेकाहीँ दिनमा ६० वटा पुनः डेलिभरी हुन्छ",
        "ट्याक्सी कम्पनीका {family@ja_latin} सरले भूगोल परीक्षा फेल भए होस्टल छोड्नू भन्नुभयो",
        "भाषा विद्यालयको होस्टलमा म, {given} र {given} एउटै सानो कोठामा बस्छौं",
        "शरणस्थलमा टोल समितिका अध्यक्ष {family@ja_latin} ले विदेशीलाई पछाडि जानू भने",
        "{given} दाइ जहाज कारखानामा मास्क बिना वेल्डिङ गर्नुहुन्छ",
        "बाढीपछि पनि सहयोग गरिदिनुहुन्छ भन्ने आशामा,\n{name}",
        "hami {name@ne_latin} ra {given@ne_latin} dui jana language school ko hostel ma basxau, 4 jana ek room ma",
        "namaste, ma {name@ne_latin}, Nagasaki ma taxi chalaunchhu, tax office le jariwana garyo",
        "{name} लाई भनिदिनुहोस्, शरणस्थल स्कुलको जिममा सरेको छ",
        "अस्पतालकी दोभाषे {family@ja_latin} बिदामा हुँदा हामीलाई फर्काइन्छ",
        "bhai {given@ne_latin} lai rugby team ko coach le kahile khelna didaina",
        "सैलुनको मालिक {name@ja} ले मेरो नोमिनेशन शुल्क सबै लिन्छ",
    ],
    "id": [
        "Pak {family@ja_latin} dari loket balai kota sangat membantu waktu saya pindah alamat setelah banjir",
        "saya {name}, kurir paket, kadang harus antar ulang lebih dari 60 kiriman sehari",
        "kepala pool taksi, Pak {family@ja_latin}, bilang kalau gagal tes geografi harus keluar asrama",
        "pemilik ryokan, Bu {family@ja_latin}, tidak kasih makan staf asing",
        "di asrama sekolah bahasa saya, {given} dan {given} tidur berempat di kamar 6 tikar",
        "di tempat pengungsian, ketua RT {family@ja_latin} menyuruh orang asing ke belakang aula",
        "Kak {given} mengelas di galangan kapal seminggu tanpa masker",
        "Salam hangat,\n{name}\nNagasaki",
        "tolong kabari {name} kalau pengungsian pindah ke aula sekolah",
        "hari ini penerjemah rumah sakit, Mbak {family@ja_latin}, libur, jadi kami ditolak",
        "suami {given} kerja di hotel di Ureshino tapi lemburnya tidak dibayar",
        "petugas kantor pajak {family@ja_latin} hanya mau formulir berbahasa Jepang",
        "biro jodoh, namanya {name@ja_latin}, tanya apa saya nikah demi visa",
        "{name@id} dan {name@id} sama-sama sopir truk pengiriman, kecelakaannya disalahkan ke mereka",
    ],
    "tl": [
        "Si Kuya {given} po ang nagmaneho ng van papunta sa evacuation center noong gabi ng baha",
        "ako po si {name}, delivery driver, minsan lampas 60 ang redelivery sa isang araw",
        "sabi po ni {family@ja_latin}, hepe ng taxi company, kung bagsak ako sa geography test, alis ako sa dorm",
        "yung may-ari po ng ryokan na si {family@ja_latin}, hindi kami binibigyan ng pagkain",
        "Ate {given} po ay hairdresser, kinukuha ng owner ang lahat ng nomination fee niya",
        "sa evacuation center po, pinapunta kami ni {family@ja_latin} sa likod ng gym",
        "si {given} at si {given} po ay welder sa shipyard, isang linggo nang walang mask",
        "Salamat po,\n{name}\n(caregiver, Sasebo)",
        "pakisabihan po si {name} na lumipat na ang evacuation center",
        "kapag off po si Ms. {family@ja_latin}, yung interpreter sa ospital, hindi kami tinatanggap",
        "sabi po ng marriage agency na si {name@ja_latin}, baka raw pang-visa lang ang kasal namin",
        "yung anak ko pong si {given} ay ayaw pasalihin ni coach {family@ja_latin} sa laro",
        "kay {name} po ako nagpatulong sa tax return",
    ],
    "th": [
        "คุณ{family@ja_latin}ที่เคาน์เตอร์ศาลาว่าการช่วยหนูเรื่องย้ายที่อยู่หลังน้ำท่วม",
        "ดิฉัน{name} ทำงานส่งพัสดุ บางวันต้องส่งซ้ำเกิน 60 ชิ้น",
        "หัวหน้าอู่แท็กซี่{family@ja_latin}บอกว่าถ้าสอบภูมิศาสตร์ตกต้องออกจากหอ",
        "เจ้าของเรียวกังคุณ{family@ja_latin}ไม่ให้ข้าวพนักงานต่างชาติ",
        "ที่หอโรงเรียนภาษา หนูกับ{given}และ{given}นอนห้องเดียวกันสี่คน",
        "ที่ศูนย์อพยพ ประธานชุมชน{family@ja_latin}ให้คนต่างชาติไปอยู่หลังโรงยิม",
        "พี่{given}เชื่อมเหล็กที่อู่ต่อเรือทั้งอาทิตย์โดยไม่มีหน้ากาก",
        "ขอบพระคุณที่อ่านจนจบนะคะ รอคำตอบจากศูนย์อพยพค่ะ\n{name}",
        "ฝากบอก{name}ว่าศูนย์อพยพย้ายไปโรงยิมโรงเรียนแล้ว",
        "วันที่ล่ามโรงพยาบาลคุณ{family@ja_latin}หยุด เขาไม่รับตรวจ",
        "เจ้าของร้านทำผม{name@ja}เอาค่าเสนอชื่อของหนูไปหมด",
        "Sawatdee kha, chan chue {name}, tham ngan nai ryokan thi Ureshino, mai dai kha lour wela",
        "เจ้าหน้าที่สรรพากร{family@ja_latin}ให้เขียนแบบฟอร์มเป็นภาษาญี่ปุ่นเท่านั้น",
    ],
    "pt": [
        "quero agradecer à {family@ja_latin}, da prefeitura, que me ajudou com a mudança depois da enchente",
        "sou {name}, entregador, tem dia que faço mais de 60 reentregas",
        "o chefe da garagem de táxi, {family@ja_latin}, disse que se eu reprovar na prova de geografia saio do alojamento",
        "a dona do ryokan, {family@ja_latin}, não dá refeição pros funcionários estrangeiros",
        "o dono do salão, {name@ja_latin}, fica com todas as minhas taxas de indicação",
        "no abrigo, o presidente da associação do bairro, {family@ja_latin}, mandou os estrangeiros pro fundo do ginásio",
        "o {given} tá soldando no casco do navio há uma semana sem máscara",
        "Um abraço,\n{name}\n(motorista, Nagasaki)",
        "avisem a {name} que o abrigo mudou pro ginásio da escola",
        "quando a intérprete do hospital, Dona {family@ja_latin}, falta, não atendem a gente",
        "o técnico {family@ja_latin} nunca põe o {given} pra jogar no time de beisebol",
        "a agência de casamento, na pessoa do {name@ja_latin}, perguntou se eu caso só pelo visto",
        "{given} e {given} dividem o quarto no alojamento da escola de japonês com mais dois",
        "no posto da receita, o fiscal {family@ja_latin} só aceitou o formulário em japonês",
    ],
    "es": [
        "{name} es la intérprete del hospital que más nos ayuda, pero solo va los martes",
        "soy {name}, repartidor, hay días que hago más de 60 reentregas",
        "el jefe de la base de taxis, {family@ja_latin}, dice que si repruebo geografía me voy del dormitorio",
        "la dueña del ryokan, {family@ja_latin}, no nos da la comida de personal",
        "en el albergue, el presidente de la junta vecinal, {family@ja_latin}, mandó a los extranjeros al fondo",
        "Doña {given} trabaja de peluquera y la dueña le quita las comisiones",
        "Les agradezco de antemano la respuesta, aunque tarde.\n{name}\n(taxista en Karatsu)",
        "díganle a {name} que el albergue se mudó al gimnasio del colegio",
        "el día que la intérprete del hospital, {family@ja_latin}, descansa, no nos atienden",
        "{given} y {given} soldaron en el astillero toda la semana sin mascarilla",
        "el entrenador {family@ja_latin} nunca deja jugar a mi hijo {given}",
        "en la agencia matrimonial el señor {name@ja_latin} me preguntó si me caso por la visa",
        "el funcionario de impuestos {family@ja_latin} solo acepta formularios en japonés",
    ],
    "my": [
        "ကျွန်တော် {name} ပါ၊ ပါဆယ်ပို့တဲ့အလုပ်လုပ်တယ်၊ တစ်ရက် ၆၀ ကျော် ပြန်ပို့ရတယ်",
        "တက္ကစီကုမ္ပဏီက {family@ja_latin} က ပထဝီစာမေးပွဲကျရင် အဆောင်က ထွက်ရမယ်တဲ့",
        "ဘာသာစကားကျောင်းအဆောင်မှာ {name} နဲ့ {name} တို့ အခန်းကျဉ်းလေးမှာ လေးယောက် နေရတယ်",
        "ဘေးလွတ်ရာစခန်းမှာ ရပ်ကွက်ခေါင်းဆောင် {family@ja_latin} က နိုင်ငံခြားသားတွေကို နောက်ဆုံးမှာ နေခိုင်းတယ်",
        "ကျေးဇူးတင်ပါတယ်\n{name}\n(သင်္ဘောကျင်း၊ နာဂါဆာကီ)",
        "{name} ကို ဘေးလွတ်ရာစခန်း ကျောင်းအားကစားရုံကို ပြောင်းပြီလို့ ပြောပေးပါ",
        "ဆေးရုံစကားပြန် {family@ja_latin} နားတဲ့နေ့ ဆေးမကုပေးဘူး",
        "Mingalarpar, kyanaw {name@my_latin} pa, Ureshino ryokan mhar a lote lote pa tal, overtime ngway ma ya bu",
        "ma {name@my_latin} ka hair salon mhar a lote lote tal, owner ka nomination fee a kone yu tal",
        "ဆံပင်ဆိုင်ပိုင်ရှင် {name@ja} က ကျွန်မရဲ့ ညွှန်းခကို အကုန်ယူတယ်",
    ],
    "km": [
        "ខ្ញុំឈ្មោះ {name} ធ្វើការដឹកជញ្ជូនកញ្ចប់ ពេលខ្លះត្រូវដឹកម្តងទៀតជាង ៦០ កញ្ចប់",
        "ប្រធានក្រុមហ៊ុនតាក់ស៊ី {family@ja_latin} ថាបើធ្លាក់ការប្រឡងភូមិសាស្ត្រ ត្រូវចេញពីអន្តេវាសិកដ្ឋាន",
        "នៅអន្តេវាសិកដ្ឋានសាលាភាសា ខ្ញុំ {name} និង {name} នៅបន្ទប់តូចមួយបួននាក់",
        "នៅទីជម្រក ប្រធានសហគមន៍ {family@ja_latin} ឱ្យជនបរទេសទៅខាងក្រោយ",
        "សូមអរគុណដែលបានអានសារពីទីជម្រករបស់យើង\n{name}",
        "សូមប្រាប់ {name} ថាទីជម្រកបានផ្លាស់ទៅកន្លែងហាត់ប្រាណសាលា",
        "ថ្ងៃដែលអ្នកបកប្រែមន្ទីរពេទ្យ {family@ja_latin} ឈប់ គេមិនព្រមពិនិត្យ",
        "Sousdey, khnhom chmous {name@km_latin}, twer kar nov ryokan Ureshino, ot ban luy tharmada",
        "bong {name@km_latin} twer kar pheap kbal nov kampong kapal Sasebo, ot mean mask",
        "ម្ចាស់ហាងកាត់សក់ {name@ja} យកថ្លៃជ្រើសរើសរបស់ខ្ញុំទាំងអស់",
    ],
    "mn": [
        "Би {name}, илгээмж хүргэдэг, заримдаа өдөрт 60 гаруй дахин хүргэлт хийдэг",
        "Таксины компанийн дарга {family@ja_latin} газарзүйн шалгалтад унавал байрнаас гар гэсэн",
        "Хэлний сургуулийн байранд {given}, {given} бид дөрөв жижиг өрөөнд амьдардаг",
        "Нүүлгэн шилжүүлэх байранд хорооны дарга {family@ja_latin} гадаадынхныг арын хэсэг рүү явуулсан",
        "{given}-тай хамт усан онгоцны үйлдвэрт маскгүй гагнаж байна",
        "Үерийн дараа тусламж хүсэж бичсэн\n{name}",
        "{given}-д хэлээрэй, хоргодох байр сургуулийн биеийн тамирын заал руу нүүсэн",
        "Эмнэлгийн орчуулагч {family@ja_latin} амарсан өдөр биднийг үзэхгүй",
        "Sain bna uu, bi {name@mn_latin}, Nagasaki-d taxi barij bga, tatvariin alba torguuli tavisan",
        "Регбигийн дасгалжуулагч {family@ja_latin} хүү {given}-г тоглуулдаггүй",
    ],
    "tr": [
        "{given} Hanım'ın kuaför salonunda çalışanların hiçbirinin sigortası yok",
        "ben {name}, kargo şoförüyüm, bazı günler 60'tan fazla tekrar teslimat yapıyorum",
        "taksi şirketinin müdürü {family@ja_latin}, coğrafya sınavını geçemezsem yurttan çıkacağımı söyledi",
        "ryokanın sahibi {family@ja_latin} Hanım yabancı personele yemek vermiyor",
        "dil okulunun yurdunda {given} ve {given} ile dört kişi küçük bir odada kalıyoruz",
        "tahliye merkezinde mahalle derneği başkanı {family@ja_latin} yabancıları spor salonunun arkasına gönderdi",
        "{given} Ağabey tersanede bir haftadır maskesiz kaynak yapıyor",
        "Sığınaktan yazıyorum, cevabınızı bekliyorum.\n{name}",
        "{name}'e söyleyin, sığınak okulun spor salonuna taşındı",
        "hastanenin tercümanı {family@ja_latin}'nin izinli olduğu gün bizi geri çeviriyorlar",
        "vergi dairesindeki memur {family@ja_latin} sadece Japonca formu kabul etti",
        "kuaförün sahibi {name@ja}, tavsiye ücretlerimin hepsini alıyor",
    ],
    "uk": [
        "Я {name}, розвожу посилки, буває понад 60 повторних доставок за день",
        "Начальник таксопарку {family@ja_latin} сказав, що як не складу іспит з географії, вижене з гуртожитку",
        "У гуртожитку мовної школи я, {given} і ще двоє хлопців живемо в крихітній кімнаті",
        "В укритті голова сусідської асоціації {family@ja_latin} відправив іноземців у кінець спортзалу",
        "Пан {given} тиждень варить корпус судна без маски",
        "Дякую, що дочитали до кінця, чекаю на відповідь з укриття\n{name}",
        "{given}, якщо читаєш: укриття перенесли до шкільного спортзалу",
        "Коли перекладачка лікарні {family@ja_latin} вихідна, нас не приймають",
        "Тренер {family@ja_latin} ніколи не випускає на поле мого сина — його звати {given}",
        "Податковий інспектор {family@ja_latin} прийняв лише форму японською",
    ],
    "ru": [
        "Я {name}, развожу посылки, бывает больше 60 повторных доставок в день",
        "Начальник таксопарка {family@ja_latin} сказал, что если не сдам экзамен по географии, выгонит из общежития",
        "В общежитии языковой школы я, {given} и ещё двое парней живём в крошечной комнате",
        "В пункте эвакуации председатель районного совета {family@ja_latin} отправил иностранцев в конец зала",
        "{given} неделю варит корпус судна без маски",
        "Спасибо, что дочитали, жду ответа из пункта эвакуации\n{name}",
        "{given}, если прочитаешь: пункт эвакуации перенесли в школьный спортзал",
        "Когда переводчица больницы {family@ja_latin} выходная, нас не принимают",
        "Тренер {family@ja_latin} никогда не выпускает на поле моего сына, его зовут {given}",
        "Налоговый инспектор {family@ja_latin} принял только форму на японском",
        "У {given}а в брачном агентстве спросили, не ради визы ли он женится",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py or the earlier unseen modules, nor in Faker's lists.
KATAKANA_FAMILY = ["ブイティ", "トリン", "ラムサル", "マグラヤ", "サントス・ジュニア", "プラボウォ", "ケスマワン", "ブランダン", "ヤマシロ・ダ・シルバ", "ウリベ", "アパサ", "チョケ", "ウルジー", "ナランバータル", "エルデネバト", "ソー・モー", "アウン・ミン", "チャン・ソー", "チア", "ポル", "クオン", "アクタシュ", "カルキ・タパ", "ギリ", "シグデル", "ダカル", "カティワダ", "バニヤ", "ラミチャネ・マガル", "シュレスタ・プラダン", "カイス", "ダンガル", "ムナンカミ", "ヴィラヌエバ", "カバリェロ", "サンビクトレス", "スエタント", "ウィジャヤ・クスマ", "シトンプル", "ハシブアン", "ゴンサガ", "ボテーリョ", "トレド・パス", "ワンカ", "アチャタ", "ナムスライ", "ツォグバドラハ", "ダワースレン", "ミャッ・トゥー", "チョー・ズィン", "タン・ナイン", "ソム・オン", "チャイ・ヤ", "バーサ", "ソッピア", "ユルマズ・オズ", "ギュルテキン", "カラテペ", "オズデミル"]  # fmt: skip
KATAKANA_GIVEN = ["スジャン", "ロシャン", "ディペシュ", "タン", "ロナルド", "レスタリ", "ファビアーナ", "タイナラ", "ジェフェルソン", "ロシオ", "ヤネト", "オユンチメグ", "ウンダルマー", "ゾーミン", "ジャスル", "サンジーヴ", "プラミラ", "ビカシュ", "アシュミタ", "サビン", "ヴィン", "マイカ", "ジョンレイ", "ヘルミ", "ワフユ", "ユリアンティ", "ブディアルト", "クラウジネイ", "エリゼウ", "ロザーナ", "アドリアーノ", "ルセロ", "ヤディラ", "エディソン", "ノミン", "サロール", "ミョーミン", "カイ・カイ", "ウィン・テッ", "ソファル", "ビュレント", "デリヤ"]  # fmt: skip
TL_GIVEN = ["Kimberly Rose", "Rosalie Joy", "Archie Boy", "Erwin John", "Marlon Jay", "Rizza Mae", "Rolly Boy", "Apple Joy", "Jun Rey", "Jhunrey", "Reynante", "Lenlen", "Bongbong", "Mylabelle", "Gelo", "Joelyn", "Marvie"]  # fmt: skip
TL_FAMILY = ["Tabios", "Ocampo-Reyes", "Liwanag", "Mabanta", "Sagun", "Bautista-Cruz", "Dizon-Santos", "Malapitan", "Patawaran", "Mendiola", "Pacis", "Labrador", "Manalili", "Soriano-Cruz", "Ablan", "Tapang", "Paz-Santos"]  # fmt: skip
NE_LATIN_GIVEN = ["Rudra Bahadur", "Phurba Dorje", "Sunil Kumar", "Kamala Devi", "Ram Chandra", "Tej Bahadur", "Purna Maya", "Yam Kumari", "Som Nath", "Nar Maya", "Chiring", "Gyanendra", "Amrit"]  # fmt: skip
NE_LATIN_FAMILY = ["Chaudhary Tharu", "Khadka Chhetri", "Paudel Chhetri", "Pandey Chhetri", "Khanal Dahal", "Shrestha Rai", "Limbu Tamang", "Gurung Tamu", "Rijal Magar", "Lama Sherpa", "Joshi Rana", "Dura", "Damai", "Sijapati", "Tulachan", "Kathayat"]  # fmt: skip
MN_GIVEN = ["Мөнхжаргал", "Хишигдаль", "Отгонжаргал", "Ундармаа", "Баярцэцэг", "Түмэнжаргал", "Оюунбат", "Мөнхбаяр", "Хулан-Эрдэнэ", "Номинчимэг", "Энхмаа"]  # fmt: skip
MN_FATHER_INITIAL = ["Дө", "Сэ", "Хө", "Зө", "Жү", "Бө", "Нү", "Чө", "Рэ"]  # fmt: skip
MN_LATIN_FATHER_INITIAL = ["Gan", "Dug", "Khon", "Temu", "Lkhg", "Urt"]  # fmt: skip
MN_LATIN_GIVEN = ["Munkhjargal", "Khishigdal", "Otgonjargal", "Undarmaa", "Bayartsetseg", "Odonchimeg", "Tumenjargal", "Lkhagvasuren", "Oyuunbat", "Munkhbayar", "Khulan-Erdene", "Nominchimeg", "Enkhmaa"]  # fmt: skip
MY_NAMES = ["သီတာဝင်း", "ဇော်မင်းထွန်း", "နန်းဆိုင်", "ကျော်ဇင်လတ်", "ယုယုမွန်", "ဝေဖြိုးအောင်", "ဆုမြတ်မွန်", "နေလင်းထက်", "မေသူဇာ", "ထက်အောင်ပိုင်", "ခိုင်ဇာလွင်", "မင်းခန့်ကျော်"]  # fmt: skip
MY_LATIN = ["Thida Win", "Zaw Min Tun", "Nang Hseng", "Kyaw Zin Latt", "Yu Yu Mon", "Wai Phyo Aung", "Su Myat Mon", "Nay Lin Htet", "May Thu Zar", "Htet Aung Paing", "Khaing Zar Lwin", "Min Khant Kyaw"]  # fmt: skip
KM_FAMILY = ["យ៉ុន", "ហ៊ិន", "អ៊ឹង", "ជួន", "សាន្ត", "ណែម", "ម៉េង", "អ៊ូច"]  # fmt: skip
KM_GIVEN = ["សុភ័ក្រ", "ដាវីត", "រ៉ានី", "សារ៉ាត់", "ស្រីតូច"]  # fmt: skip
KM_LATIN_FAMILY = ["Hin", "Nop", "Sant", "Nem", "Ouch"]  # fmt: skip
KM_LATIN_GIVEN = ["Davit", "Rany", "Sarat", "Sreytoch"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh, zh_latin, ko and vi only given names are new (the
# earlier splits and Faker hold nearly every common surname, and every Vietnamese middle name this
# writer tried). For uk and ru, male names only: the benchmark pairs family and given names of one
# gender there; for ru only family names.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["五十公野", "躑躅森", "帷子", "温井", "春夏秋冬", "東風平", "仲村渠", "保栄茂", "比嘉山", "浦添", "喜屋武", "鰐渕", "猪狩", "馬越", "目時", "頼母木", "禰寝", "鳩野", "鶉野", "鷲見", "御厨", "蔵元", "椎葉", "漆間"],
        "given": ["鶴吉", "亀蔵", "おりん", "藤兵衛", "シカ", "クマ", "嘉平", "松五郎", "虎雄", "玉枝", "寿々", "弥助", "多喜", "力丸", "碧斗", "陽葵里", "粂蔵", "六助", "お初", "しの", "茂平", "鶴代"],
    },
    "ja_kana": {
        "family": ["イジミノ", "ツツジモリ", "ドウメキ", "ホズミ", "カタビラ", "ハナブサ", "ヌクイ", "コチンダ", "ガネコ", "キャン", "タカナシ", "ヤマナシ", "イガリ", "マゴシ", "メトキ", "タノモギ", "ハトノ", "ウズラノ", "スミ", "ミクリヤ", "シイバ", "ウルシマ"],
        "given": ["ツルキチ", "カメゾウ", "オリン", "トウベエ", "シカ", "カヘイ", "マツゴロウ", "トラオ", "タマエ", "ヤスケ", "リキマル", "アオト", "クメゾウ", "ロクスケ", "オハツ", "モヘイ"],
    },
    "ja_latin": {
        "family": ["Ijimino", "Tsutsujimori", "Katabira", "Nukui", "Kochinda", "Ganeko", "Takanashi", "Igari", "Magoshi", "Metoki", "Tanomogi", "Hatono", "Uzurano", "Sumi", "Mikuriya", "Shiiba", "Urushima", "Gokemi"],
        "given": ["Tsurukichi", "Kamezo", "Tobei", "Kahei", "Matsugoro", "Torao", "Tamae", "Yasuke", "Rikimaru", "Aoto", "Kumezo", "Rokusuke", "Mohei"],
    },
    "zh": {
        "given": ["福贵", "喜梅", "抗美", "建新", "素珍", "宝华", "秀芹", "玉芬", "根宝", "长生", "小翠", "保国", "卫星", "援越", "秋香", "月仙", "荷花", "润生"],
    },
    "zh_latin": {
        "given": ["Fugui", "Kangmei", "Jianxin", "Suzhen", "Baohua", "Xiuqin", "Guizhi", "Fenglan", "Yufen", "Genbao", "Changsheng", "Xiaocui", "Baoguo", "Weixing", "Yuanyue", "Qiuxiang", "Yuexian", "Hehua", "Runsheng"],
    },
    "ko": {
        "given": ["한아름", "은가람", "빛나리", "새별", "가을", "겨울", "햇님"],
    },
    "vi": {
        "given": ["Ổi Xanh", "Bí Ngô", "Mè Đen", "Nụ", "Dưa", "Mướp", "Súng", "Sả", "Gừng", "Xôi", "Nếp", "Chè", "Quất", "Sung"],
    },
    "id": {
        "family": ["Hutabarat", "Tuwo", "Sibero", "Meliala", "Bangun", "Sipayung", "Munthe", "Sitepu", "Kaban", "Brahmana", "Pelawi"],
        "given": ["Ketut Suardana", "Made Wirawan", "Dedi Mulyadi", "Kasmini", "Sugiyem", "Tumini", "Sarmin", "Wagini", "Kusnadi", "Ngadiman", "Tarmini", "Sutinah", "Rukmini", "Jumirah", "Samiyem", "Poniyem", "Darsono", "Saminah"],
    },
    "th": {
        "family": ["คำภา", "ไชยมงคล", "คำผา", "จันทร์แก้ว", "ใจดีงาม", "ศรีเมือง", "มูลคำ", "ทองมา", "ภูมิวงศ์", "ชัยศรี", "คำดี"],
        "given": ["สมจิต", "น้อย", "นก", "คำหอม", "ผ่องศรี", "บุญตา", "คำผุน", "คำเพียร", "สายใจ", "บุญล้อม", "ลำใย", "หอมหวล"],
    },
    "pt": {
        "family": ["Camargo Filho", "Lacerda Neto", "Baccin", "Menegotto", "Fontoura", "Rebouças", "Dalbosco", "Tessaro", "Zanatta", "Bonatto", "Grando", "Slongo", "Bavaresco"],
        "given": ["Raimundo Nonato", "Gilvanete", "Cleonice", "Deuzuite", "Gerusa", "Edileuza", "Rosivaldo", "Francisleide", "Gildete"],
    },
    "es": {
        "family": ["Quispe Mamani", "Laura Apaza", "Calsin", "Quisocala", "Pilco", "Ayamamani", "Qquehue", "Ninantay", "Sutta", "Cjuno", "Hualla", "Ccasa"],
        "given": ["Wilfredo Jhon", "Rosa Elvira", "Jhon Edison", "Hipólita", "Ubaldina", "Honorato", "Epifania", "Justina", "Agripina"],
    },
    "tr": {
        "family": ["Sarıkaya Er", "Topaloğlu", "Karakuş", "Karabıyık", "Gümüşsoy", "Kocabıyık", "Yiğitbaşı", "Çopuroğlu", "Ertürk"],
        "given": ["Yağmur Naz", "Ahmet Kaan", "Meryem Ela", "Zehra Nur", "Betül Su", "Mert Can", "Hüma"],
    },
    "uk": {
        "family": ["Довгань", "Заруцький", "Кривошия", "Марцинків", "Сенишин", "Хомишин", "Стецьків", "Тимків", "Возняк", "Гураль", "Кузьмак"],
        "given": ["Ромцьо", "Бодьо", "Зенко", "Мирко", "Іванцьо", "Стефанко", "Нестір", "Гриць", "Юрчик", "Тарасько", "Орко"],
    },
    "ru": {
        "family": ["Чердынцев", "Вотинов", "Бажуков", "Мухлынин", "Останин", "Сысолятин", "Кокшаров", "Новосёлов", "Пупышев", "Ярославцев", "Вшивцев", "Трапезников", "Шишигин"],
    },
    "en": {
        "family": ["Trelawney", "Tregothnan", "Trevenna", "Tremenheere", "Rescorla", "Penrose", "Carlyon", "Trewin", "Bawden", "Nankivell", "Trethewey", "Roseveare", "Prideaux"],
        "given": ["Kerenza", "Gwenna", "Morvoren", "Ythel", "Hedra", "Jenifer", "Colan", "Endelienta", "Wylow", "Conan", "Kew", "Jacca"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["配達中は電話に出られないので、ラインで連絡ください。IDは{line}です", "旅館のスタッフ用のライングループに入りたい人はこちら→{lineurl}",
           "フィリピンの母のバイバー番号：{intl}（英語で大丈夫です）", "避難所にいる間はこの携帯でワッツアップを見ています（{phone}）",
           "韓国語で相談したい方は、カカオトーク {kakao} までどうぞ", "中国語の通訳が必要な時は微信 {wechat} に連絡してください",
           "テレグラムは{tg}です。夜勤明けに返信します", "このリンクを押すと私のザロが開きます {walink}",
           "ラグビー部の{name@ja_foreign}くんのお母さんのラインは{line}です"],
    "en": ["I'm driving all day, message me on LINE: {line}", "join the ryokan staff LINE group here {lineurl}",
           "my mum's viber in the Philippines is {intl}", "while I'm at the shelter I check whatsapp on {phone}",
           "for Korean, kakao me at {kakao}", "the interpreter's wechat is {wechat}", "telegram me at {tg} after my night shift",
           "this link opens my zalo {walink}", "taxi dispatcher says add the depot LINE {line}"],
    "zh": ["我在开车送货，请用LINE联系：{line}", "旅馆员工的LINE群在这里{lineurl}", "菲律宾的妈妈用Viber，号码是{intl}",
           "需要中文翻译请加微信{wechat}，备注'避难所'", "水灾后手机信号不好，Telegram搜{tg}，我夜班结束后回复"],
    "ko": ["배달 중이라 전화 못 받아요, 라인 {line}", "료칸 직원 라인 그룹 링크 {lineurl}", "한국어 상담은 카톡 {kakao}",
           "대피소에서는 라인이 잘 안 돼서 텔레그램 {tg}로 받는 게 빨라요", "필리핀 어머니 바이버 {intl}"],
    "vi": ["em chạy giao hàng cả ngày, nhắn line {line} nha", "zalo em {phone}, đang ở chỗ sơ tán nên hay mất sóng",
           "bấm vào đây để nhắn zalo cho em {walink}", "nhóm line nhân viên ryokan: {lineurl}", "viber của mẹ ở quê {intl}", "khi mất sóng ở nơi sơ tán em vẫn đọc tin nhắn trên telegram {tg}"],
    "ne": ["म दिनभरि गाडी चलाउँछु, लाइन {line} मा म्यासेज गर्नुहोस्", "buwa ko viber number {intl}", "shelter ma chhu, whatsapp {phone} ma msg garnus",
           "shelter bata pani telegram chalchha, username {tg} ho, tyaha lekhnus", "ryokan staff ko line group {lineurl}"],
    "id": ["saya nyetir seharian, chat LINE saja ya: {line}", "kalau saya tidak bisa dihubungi, WA ibu saya di kampung Cilacap ini {intl}", "grup LINE karyawan ryokan {lineurl}",
           "klik tautan ini untuk chat WA dengan saya {walink}", "kalau LINE saya mati, cari saja di Telegram dengan nama {tg}"],
    "tl": ["nagda-drive po ako buong araw, LINE na lang po {line}", "nasa evacuation center po ako, viber {phone}",
           "viber ng nanay ko sa Batangas {intl}", "kapag walang signal sa evacuation center, sa telegram po ako sumasagot, {tg}", "galing po ako sa shelter, pindot lang po kayo rito para sa whatsapp ko {walink}"],
    "th": ["ขับรถส่งของทั้งวัน ทักไลน์ {line} นะ", "กลุ่มไลน์พนักงานเรียวกัง {lineurl}", "ไวเบอร์แม่ที่อุดร {intl}", "ถ้าไลน์ติดต่อไม่ได้ ให้หาในเทเลแกรมด้วยชื่อ {tg} นะ"],
    "pt": ["tô dirigindo o dia todo, me chama no LINE {line}", "se eu sumir depois da enchente, o zap da minha mãe lá em Anápolis é {intl}", "tô no abrigo sem crédito, quem quiser falar comigo é só tocar nesse link {walink}",
           "grupo do LINE do pessoal do ryokan: {lineurl}"],
    "es": ["manejo todo el día, escríbanme al LINE {line}", "si no respondo desde el albergue, mi papá en Cusco tiene WhatsApp en el {intl}", "con este enlace se abre mi WhatsApp {walink}",
           "búsquenme en Telegram: {tg}"],
    "my": ["တစ်နေကုန် ကားမောင်းနေလို့ LINE {line} ကို ပို့ပါ", "ဖုန်းမရရင် မန္တလေးက အဖေ့ဆီ Viber {intl} နဲ့ ဆက်သွယ်ပါ", "ပြန်ဖြေဖို့ နောက်ကျရင် Telegram မှာ {tg} ဆိုပြီး ရှာပါ", "ryokan ဝန်ထမ်း LINE group {lineurl}"],
    "km": ["ខ្ញុំបើកឡានពេញមួយថ្ងៃ សូមផ្ញើតាម LINE {line}", "Viber ឪពុកខ្ញុំនៅតាកែវ {intl}", "បើ LINE មិនដើរ សូមរកខ្ញុំក្នុង Telegram ដោយឈ្មោះ {tg}"],
    "mn": ["өдөржин машин барьдаг тул LINE {line} руу бичээрэй", "аавын вайбер {intl}", "үерийн дараа утасны холбоо муу, телеграмаас {tg} гэж хайгаарай"],
    "tr": ["bütün gün direksiyondayım, LINE'dan yazın: {line}", "bana ulaşamazsanız Kayseri'deki babamın WhatsApp hattı {intl}", "sığınakta internet zayıf, Telegram'dan {tg} adıyla yazarsanız görürüm"],
    "uk": ["цілий день за кермом, пишіть у LINE {line}", "якщо я не відповідаю, вайбер мого тата у Львові {intl}", "з укриття відповідаю лише в телеграмі, нік {tg}"],
    "ru": ["весь день за рулём, пишите в LINE {line}", "если я не отвечаю, вайбер отца в Бишкеке {intl}", "после наводнения связь плохая, ищите меня в телеге как {tg}"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["水害の時の写真はフェイスブックにまとめました {fb}", "美容室で切った髪型はインスタの@{ig}に載せています",
           "寮の部屋の狭さはティックトックで見られます {ttu}", "旅館の仕事のことをXに書いています {xu}",
           "ユーチューブで日本の運転免許の取り方を説明しています {yt}", "インスタのストーリーに避難所の様子を載せました {igu}",
           "タクシーの仕事の動画はTikTok（@{tt}）にあります", "Xでは@{x}という名前です"],
    "en": ["all the flood photos are on my facebook {fb}", "my haircuts are on insta @{ig}", "tiktok of our tiny dorm room {ttu}",
           "my long post on X about sixteen-hour days at the ryokan {xu}", "youtube channel about getting a Japanese driving licence {yt}",
           "instagram stories from the shelter {igu}", "our futsal team's page, I'm the one in goal {fb}", "my taxi videos on tiktok: @{tt}", "the taxi drivers' union account retweeted me, I'm @{x}"],
    "zh": ["大水淹到一楼那天拍的视频，我放在脸书主页了{fb}", "我剪的发型在Ins上@{ig}", "宿舍有多小，看我的抖音国际版{ttu}", "在YouTube上讲怎么考日本驾照{yt}"],
    "ko": ["홍수 때 사진은 페이스북에 {fb}", "제가 자른 머리는 인스타 @{ig} 에", "기숙사 방 영상 틱톡 {ttu}", "일본 운전면허 따는 법 유튜브 {yt}"],
    "vi": ["ảnh lũ em để hết trên facebook {fb}", "tóc em cắt thì xem ig @{ig}", "tiktok phòng ký túc xá chật {ttu}", "youtube hướng dẫn thi bằng lái ở Nhật {yt}"],
    "ne": ["बाढीले डुबाएको होस्टलको भिडियो मेरो फेसबुक पेजमा राखेको छु {fb}", "tiktok ma @{tt} ho mero", "instagram story ma shelter ko video {igu}"],
    "id": ["rekaman air masuk ke asrama waktu banjir saya unggah di Facebook {fb}", "hasil potong rambut saya di IG @{ig}", "empat orang tidur di kamar 6 tikar, lihat saja rekaman saya {ttu}"],
    "tl": ["yung video po nung pumasok ang tubig sa bahay namin, naka-post sa Facebook page ko {fb}", "nagpo-post po ako ng buhay sa ryokan sa tiktok, hanapin lang po si @{tt}", "IG stories ko po sa evacuation center {igu}", "youtube ko po tungkol sa driver's license {yt}"],
    "th": ["รูปน้ำท่วมอยู่ในเฟซบุ๊ก {fb}", "ผลงานตัดผมลงไอจี @{ig}", "นอนสี่คนในห้องหกเสื่อ ดูคลิปที่ถ่ายไว้ได้ที่ {ttu}"],
    "pt": ["filmei a água entrando em casa e postei na minha página do Facebook {fb}", "os cortes que eu faço tão no insta @{ig}", "canal no youtube sobre carteira de motorista no Japão {yt}"],
    "es": ["grabé cuando el agua entró a la casa y lo subí a mi página de Facebook {fb}", "mis cortes de pelo en Instagram @{ig}", "el cuartito del dormitorio en TikTok {ttu}"],
    "my": ["အဆောင်ထဲ ရေဝင်လာတဲ့ ဗီဒီယိုကို ကျွန်တော့် Facebook စာမျက်နှာမှာ တင်ထားတယ် {fb}", "ဆံပင်ညှပ်တဲ့ ဗီဒီယိုတွေ တင်တဲ့ TikTok အကောင့်က @{tt}"],
    "km": ["វីដេអូទឹកចូលផ្ទះពេលទឹកជំនន់ ខ្ញុំបង្ហោះនៅទំព័រ Facebook {fb}", "ខ្ញុំថតការងារបើកតាក់ស៊ីដាក់ TikTok ក្រោមឈ្មោះ @{tt}"],
    "mn": ["үерийн зургууд фэйсбүүкт {fb}", "инстаграмд @{ig} нэрээр үс засалтаа тавьдаг"],
    "tr": ["suyun eve girdiği anı çektim, Facebook sayfamda duruyor {fb}", "yaptığım saç kesimleri Instagram'da @{ig}"],
    "uk": ["відео, як вода зайшла в будинок, виклав на своїй сторінці у фейсбуці {fb}", "мої стрижки в інстаграмі @{ig}"],
    "ru": ["видео, как вода заходит в дом, выложил на своей странице в фейсбуке {fb}", "мои стрижки в инсте @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["配達の合間に見ますので、返事はメールアドレス{}にお願いします", "学校の寮ではメールしか使えません：{}",
               "避難所の受付で書いたメールアドレスは{}です"],
        "en": ["please answer to {} , I read it between deliveries", "the dorm wifi only lets me use email, {}",
               "the address I gave at the shelter desk was {}", "reply-to for my complaint: {}"],
        "vi": ["có kết quả từ sở thuế thì anh chị chuyển tiếp vào hộp thư {} giúp em", "mail em ghi ở bàn tiếp nhận sơ tán là {}"],
        "pt": ["respondam no e-mail {} por favor"], "es": ["respóndanme al correo {}"], "zh": ["请回复到邮箱{}"],
        "ko": ["세무서 답변이 오면 제 메일함 {}으로 넘겨 주시겠어요"], "tl": ["kapag may sagot na po ang tax office, paki-forward po sa {}"], "id": ["kalau sudah ada jawaban dari kantor pajak, kirim saja ke surel {}"],
        "th": ["ถ้าสรรพากรตอบมาแล้ว ส่งต่อมาที่อีเมล {} ให้หน่อยนะคะ"], "tr": ["lütfen {} adresine cevap verin"], "uk": ["коли податкова відповість, перешліть, будь ласка, на {}"],
        "ru": ["ответ прошу прислать на почту {}"], "ne": ["जवाफ {} इमेलमा दिनुहोस्"], "mn": ["татварын албаны хариуг надад {} цахим шуудангаар дамжуулаарай"],
        "my": ["အကြောင်းပြန်ချက်ကို {} ကို ပို့ပေးပါ"], "km": ["ពេលការិយាល័យពន្ធឆ្លើយមក សូមបញ្ជូនមកអ៊ីមែល {} របស់ខ្ញុំ"],
    },
    "phone": {
        "ja": ["運転中でなければこの番号に出られます：{}", "旅館の休憩時間（14時〜16時）は{}に電話ください", "自分の携帯（会社のではありません）{}"],
        "en": ["when I'm not driving I can pick up on {}", "call {} during the ryokan break, 2 to 4 pm", "my own mobile, not the depot's: {}"],
        "vi": ["giờ nghỉ 2 đến 4 giờ chiều gọi em số {}"], "pt": ["no intervalo das 14h às 16h liga no {}"], "es": ["en el descanso de 2 a 4 llamen al {}"],
        "zh": ["下午两点到四点休息时可以打{}"], "ko": ["오후 2시부터 4시 휴식 시간에 {} 로 전화 주세요"], "tl": ["tawag po kayo sa {} mula 2 hanggang 4 ng hapon"],
        "id": ["jam istirahat jam 2 sampai 4 sore telepon ke {}"], "ne": ["रयोकानको विश्राम (दिउँसो २–४) मा मात्र {} उठाउन सक्छु"], "th": ["ช่วงพักบ่ายสองถึงสี่โมงโทร {} ได้"],
        "tr": ["öğleden sonra 2 ile 4 arası {} numarasını arayın"], "ru": ["с двух до четырёх звоните на {}"], "uk": ["з другої до четвертої дзвоніть на {}"],
        "mn": ["өдрийн 2-4 цагийн хооронд {} руу залгаарай"], "my": ["ryokan အလုပ်နားချိန် (၂ နာရီ–၄ နာရီ) မှာပဲ {} ကို ကိုင်နိုင်တယ်"], "km": ["ម៉ោង ២ ដល់ ៤ រសៀល ទូរស័ព្ទមក {}"],
    },
    "residence_card": {
        "ja": ["転入届のときに窓口で控えられた在留カードは{}という番号です", "市役所の窓口でコピーされたカードの番号は{}です"],
        "en": ["the number on my residence card, if you need it, {}", "the city hall counter photocopied card {}", "zairyu no. {} (renewed in spring)"],
        "vi": ["ở quầy chuyển đến, nhân viên chép lại số thẻ cư trú {} của em"], "pt": ["no balcão da mudança copiaram o zairyu {} sem me perguntar"], "es": ["en la ventanilla anotaron mi tarjeta de residencia, la {}"],
        "zh": ["办转入手续时窗口抄下的在留卡编号是{}"], "tl": ["kinopya po ng counter ang zairyu card ko na {} nung lumipat kami"], "id": ["petugas loket pindahan mencatat kartu zairyu saya {} tanpa bilang apa-apa"],
        "ne": ["सरसफाइ गर्दा भिजेको जाइर्यु कार्डमा {} नम्बर मात्र पढिन्छ"], "ko": ["전입신고 때 창구에서 적어 간 재류카드 번호가 {}예요"], "mn": ["шилжин ирэх бүртгэлийн цонхонд зайрюү карт {}-г хуулж авсан"],
        "th": ["เลขบัตรผู้พำนัก {}"], "tr": ["ikamet kartı numaram {}"],
    },
    "my_number": {
        "ja": ["税務署で聞かれたマイナンバーは{}です", "会社に出したマイナンバー：{}"],
        "en": ["the tax office asked for my My Number, it's {}", "individual number on the year-end form: {}"],
        "vi": ["số my number em nộp cho công ty là {}"], "pt": ["meu My Number que a receita pediu é {}"], "zh": ["报税时税务署窗口让我当场写下个人编号，我写了{}"], "ko": ["세무서에서 물어본 마이넘버는 {}"],
        "tl": ["ang My Number ko po na hiningi ng tax office ay {}"], "id": ["My Number yang diminta kantor pajak: {}"], "es": ["el My Number que me pidió la oficina de impuestos es {}"],
        "ne": ["कर कार्यालयले मागेको माइ नम्बर {}"], "th": ["มายนัมเบอร์ที่สรรพากรถามคือ {}"], "mn": ["татварын албанд өгсөн My Number {}"],
    },
    "passport": {
        "ja": ["結婚相談所にパスポート（{}）のコピーを取られました", "旅券番号{}、更新は大使館でします"],
        "en": ["the marriage agency kept a copy of passport {}", "passport no. {}, I'll renew at the embassy", "taxi company still holds my passport {}"],
        "vi": ["hãng taxi giữ hộ chiếu {} của em từ hôm vào làm"], "pt": ["a agência ficou com cópia do passaporte {}"], "zh": ["婚介所复印了我的护照{}"],
        "id": ["sejak hari pertama, pool taksi menyimpan paspor {} milik saya"], "ne": ["कम्पनीले राहदानी {} राखेको छ"], "es": ["la agencia matrimonial fotocopió mi pasaporte {} y no me dio recibo"],
        "tl": ["mula po nung unang araw, nasa taxi company ang passport ko na {}"], "th": ["บริษัทยึดพาสปอร์ตเลขที่ {} ไว้"], "tr": ["taksi firması ilk günden beri {} pasaportumu kasada saklıyor"],
        "ru": ["компания держит мой паспорт {}"], "uk": ["компанія тримає мій паспорт {}"], "mn": ["компани миний {} паспортыг барьж байгаа"],
        "my": ["အလုပ်စဝင်တဲ့နေ့ကစပြီး တက္ကစီကုမ္ပဏီက {} နံပါတ်ပါတဲ့ ပတ်စပို့ကို မပေးဘူး"], "km": ["តាំងពីថ្ងៃចូលធ្វើការ ក្រុមហ៊ុនតាក់ស៊ីមិនប្រគល់លិខិតឆ្លងដែន {} មកវិញ"], "ko": ["회사가 여권 {}를 보관하고 있어요"],
    },
    "postal_code": {
        "ja": ["いま身を寄せている公民館あての郵便物は〒{}で届きます", "語学学校の寮あてに送るときは、郵便番号を{}と書いてください"], "en": ["letters reach us at the community hall if you write postcode {}", "for the language school dorm, put {} as the postcode"],
        "vi": ["mã bưu điện chỗ trường tiếng cho ở nhờ sau lũ là {}"], "pt": ["o CEP japonês do ginásio onde estamos abrigados é {}"], "zh": ["寄到语言学校宿舍的话，邮编请写{}"], "ko": ["홍수 뒤에 머무는 임시 숙소 우편번호는 {}이에요"],
        "id": ["surat ke balai warga tempat kami mengungsi pakai kode pos {}"], "es": ["código postal del albergue {}"], "tl": ["sa community hall po kami ngayon, ang zip code ay {}"],
    },
    "address": {
        "ja": ["水害の前に住んでいた家は{}です", "語学学校の寮の所在地は{}で、そこに6人で住んでいます"],
        "en": ["the house we lost in the flood was at {}", "language school dorm address: {}", "the tax forms can go by post to {}, the dorm mailbox works again"],
        "vi": ["địa chỉ ký túc xá: {}"], "pt": ["a casa que perdemos na enchente ficava em {}"], "es": ["la casa que se inundó está en {}"], "zh": ["语言学校的宿舍在{}，六个人住"],
        "ko": ["홍수 전에 살던 집 주소는 {}"], "tl": ["address po ng dorm: {}"], "id": ["asrama sekolah bahasa kami ada di {}, enam orang satu unit"], "ne": ["भाषा विद्यालयको होस्टल {} मा छ, छ जना एउटै फ्ल्याटमा"],
        "th": ["บ้านที่โดนน้ำท่วมอยู่ที่ {}"], "tr": ["sel basan evimizin adresi {}"], "ru": ["адрес общежития {}"], "uk": ["адреса гуртожитку {}"],
        "mn": ["дотуур байрны хаяг {}"], "my": ["အဆောင်လိပ်စာ {}"], "km": ["អាសយដ្ឋានអន្តេវាសិកដ្ឋាន {}"],
    },
    "url": {
        "ja": ["結婚相談所のサイト：{}", "応募したタクシー会社の求人ページ {}"],
        "en": ["the marriage agency's site {}", "the taxi company's recruiting page that promised free housing: {}"],
        "vi": ["trang web của công ty mai mối hôn nhân mà em đã đăng ký: {}"], "pt": ["o site da agência {}"], "zh": ["婚介所网站{}"], "es": ["la web de la agencia matrimonial donde me inscribí: {}"],
        "ko": ["결혼 상담소 사이트 {}"], "tl": ["ang website po ng agency {}"],
    },
    "birth_date": {
        "ja": ["医療通訳さんに伝えた生年月日は{}で、カルテも同じはずです", "{}生まれ、今年で42歳です", "結婚相談所に出した生年月日は{}です"],
        "en": ["date of birth, same as the passport: {}", "I was born on {} in Davao", "the agency form says DOB {}"],
        "vi": ["trên giấy chứng nhận của công ty mai mối ghi ngày sinh của em là {}", "em sinh {} tại Thái Bình"], "pt": ["nasci em {} em Maringá", "a agência de casamento anotou minha data de nascimento como {}"],
        "zh": ["婚介所登记表上我的出生日期写的是{}", "本人于{}在福建长乐出生"], "ko": ["결혼 상담소 신청서에 쓴 제 생년월일은 {}입니다", "부산에서 {}에 태어나서 지금 마흔두 살이에요"],
        "es": ["según mi partida, nací en Juliaca el {}", "la agencia matrimonial puso como mi fecha de nacimiento el {}"], "tl": ["sa ospital po, sinabi ko sa interpreter na {} ako ipinanganak, taga-Iloilo", "sa form ng marriage agency po, {} ang nilagay kong kaarawan"],
        "id": ["di formulir biro jodoh tanggal lahir saya ditulis {}", "kepada juru bahasa rumah sakit saya bilang lahir {} di Banyumas"], "tr": ["evlilik ajansının formunda doğum tarihimi {} diye yazdılar", "{} tarihinde Konya'da doğdum"],
        "ru": ["родился {} в Оше", "в анкете брачного агентства моя дата рождения указана как {}"], "uk": ["народився {} у Тернополі", "в анкеті шлюбної агенції моя дата народження записана як {}"],
        "ne": ["विवाह एजेन्सीको फारममा मेरो जन्म मिति {} लेखिएको छ", "म {} मा पोखरामा जन्मेको"], "th": ["ในใบสมัครบริษัทจัดหาคู่ เขียนวันเกิดของฉันว่า {}", "เกิด {} ที่อุดรธานี"],
        "mn": ["төрсөн он сар өдөр {}", "{}-нд Дарханд төрсөн"], "my": ["ဆေးရုံစကားပြန်ကို ပြောခဲ့တဲ့ မွေးနေ့က {} ပါ"], "km": ["កើតថ្ងៃទី {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}の窓口で、転入届を出すのに通訳を呼んでもらえました", "{official}が避難所を視察したとニュースで見ました",
           "{town}の町内会費は年間6,000円ですが、何に使われているのか説明がありません", "{company}の荷物を運ぶ孫請けの軽貨物ドライバーをしています",
           "{word}で、タクシーの二種免許の外国語試験のことが話題になっています", "{place}で確定申告の相談会が外国語でもあると聞きました",
           "{official}には、医療通訳の予算を増やしてほしいです", "{town}では大雨の時の避難場所の案内が日本語だけでした",
           "{company}の造船所の寮に住んでいる人が多いです", "{place}の前のバス停で、毎朝実習生が20人くらい待っています",
           "{town}の旅館はどこも人手が足りないそうです", "{official}あての要望書を、みんなで書いています"],
    "en": ["the counter at {place} found an interpreter for my moving-in notice", "{official} visited the shelter, it was on the news",
           "the neighbourhood fee in {town} is 6,000 yen a year and nobody explains it", "I drive for a subcontractor of {company}",
           "people on {word} are talking about the foreign-language taxi licence test", "I heard {place} runs tax-return help in English",
           "{official} should fund more medical interpreters", "in {town} the evacuation signs were only in Japanese",
           "lots of us live in the {company} shipyard dorms", "about twenty trainees wait every morning at the bus stop by {place}",
           "every ryokan in {town} is short of staff", "we are writing a petition to {official}"],
    "zh": ["{place}的窗口帮我叫了翻译办理转入手续", "新闻上看到{official}视察了避难所", "{town}的町内会费一年六千日元，没人解释用途",
           "我在{company}的下包运输公司开车", "{word}上大家在讨论出租车二种驾照的外语考试", "{town}的避难指示只有日语"],
    "ko": ["{place} 창구에서 전입신고할 때 통역을 불러 줬어요", "{official}이 대피소를 시찰했다는 뉴스를 봤어요", "{town}의 자치회비는 1년에 6천 엔이에요",
           "{company} 하청 운송회사에서 일해요", "{word}에서 택시 2종 면허 외국어 시험 이야기가 많아요"],
    "vi": ["ở quầy {place} họ gọi phiên dịch giúp em làm thủ tục chuyển đến", "em thấy trên tin tức {official} đi thị sát nơi sơ tán",
           "phí hội khu phố ở {town} 6.000 yên một năm", "em lái xe cho công ty vận tải thầu phụ của {company}", "trên {word} mọi người bàn về thi bằng taxi bằng tiếng nước ngoài",
           "ở {town} biển chỉ dẫn sơ tán chỉ có tiếng Nhật"],
    "pt": ["no balcão da {place} chamaram um intérprete pra minha mudança", "vi no jornal que {official} visitou o abrigo",
           "a taxa da associação do bairro em {town} é 6 mil por ano", "dirijo pra uma terceirizada da {company}", "no {word} tão falando da prova de táxi em língua estrangeira"],
    "es": ["en la ventanilla de {place} llamaron a un intérprete", "vi en las noticias que {official} visitó el albergue",
           "la cuota vecinal en {town} es de 6.000 yenes al año", "manejo para una subcontratista de {company}"],
    "tl": ["sa counter po ng {place} tinawagan nila ang interpreter", "napanood ko po na bumisita si {official} sa evacuation center",
           "6,000 yen po kada taon ang bayad sa neighborhood association sa {town}", "driver po ako ng subcontractor ng {company}"],
    "id": ["di loket {place} mereka memanggil penerjemah", "saya lihat di berita {official} meninjau pengungsian",
           "iuran warga di {town} 6.000 yen setahun", "saya sopir di subkontraktor {company}"],
    "ne": ["{place}को काउन्टरले दोभाषे बोलाइदियो", "समाचारमा {official}ले शरणस्थल निरीक्षण गरेको देखें", "{town}मा टोल शुल्क वर्षको ६,००० येन छ",
           "म {company}को सब-कन्ट्र्याक्टरमा ड्राइभर हुँ"],
    "th": ["ที่เคาน์เตอร์{place}เรียกล่ามให้", "เห็นข่าว{official}ไปดูศูนย์อพยพ", "ค่าสมาคมชุมชนที่{town}ปีละ 6,000 เยน", "ขับรถให้บริษัทรับเหมาช่วงของ{company}"],
    "tr": ["{place} gişesinde bana tercüman çağırdılar", "haberlerde {official} sığınağı ziyaret etti", "{town}'da mahalle aidatı yılda 6.000 yen",
           "{company}'nın taşeron nakliye firmasında şoförüm"],
    "uk": ["У віконці {place} мені викликали перекладача", "У новинах бачив, що {official} відвідав укриття", "Внесок сусідської асоціації в {town} — 6000 єн на рік",
           "Я водій у субпідрядника {company}"],
    "ru": ["В окошке {place} мне вызвали переводчика", "В новостях видел, что {official} посетил пункт эвакуации", "Взнос районной ассоциации в {town} — 6000 иен в год",
           "Я водитель у субподрядчика {company}"],
    "mn": ["{place}-ийн цонхонд орчуулагч дуудаж өгсөн", "{official} хоргодох байрыг шалгасан гэж мэдээгээр харсан", "{town}-д хорооны хураамж жилд 6000 иен"],
    "my": ["{place} ကောင်တာမှာ စကားပြန် ခေါ်ပေးတယ်", "{official} ဘေးလွတ်ရာစခန်းကို လာကြည့်တာ သတင်းမှာ မြင်တယ်", "{town} မှာ ရပ်ကွက်ကြေး တစ်နှစ် ယန်း ၆,၀၀၀"],
    "km": ["នៅបញ្ជរ {place} គេហៅអ្នកបកប្រែឱ្យ", "ខ្ញុំឃើញព័ត៌មានថា {official} បានមកមើលទីជម្រក", "ថ្លៃសមាគមភូមិនៅ {town} ៦០០០ យ៉េនក្នុងមួយឆ្នាំ"],
}  # fmt: skip

PUBLIC_KANJI = ["島原市役所", "平戸市役所", "松浦市役所", "西海市役所", "雲仙市役所", "五島市役所", "対馬市役所", "唐津市役所", "武雄市役所",
                "嬉野市役所", "唐津駅", "武雄温泉駅", "島原駅", "佐賀労働局", "長崎地方法務局", "佐賀地方法務局", "ハローワーク唐津",
                "ハローワーク島原", "唐津税務署", "島原税務署", "武雄税務署", "佐賀県国際交流協会", "長崎県国際交流協会", "嬉野医療センター",
                "唐津赤十字病院"]  # fmt: skip
PUBLIC_LATIN = ["Shimabara City Hall", "Hirado City Office", "Matsuura City Hall", "Saikai City Office", "Unzen City Hall",
                "Goto City Office", "Karatsu City Hall", "Takeo City Office", "Ureshino City Hall", "Karatsu Station",
                "Takeo-Onsen Station", "Shimabara Station", "the Saga Labour Bureau", "the Nagasaki District Legal Affairs Bureau",
                "Hello Work Karatsu", "Hello Work Shimabara", "the Karatsu Tax Office", "the Takeo Tax Office",
                "the Saga International Exchange Association", "the Consulate General of the Republic of Korea in Fukuoka",
                "the Consulate-General of Vietnam in Fukuoka", "Saga Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["nhà ga Karatsu", "tòa thị chính Shimabara", "Lãnh sự quán Việt Nam ở Fukuoka", "Cục Lao động Saga"],
    "pt": ["prefeitura de Shimabara", "estação de Takeo-Onsen", "receita federal de Karatsu"],
    "es": ["la municipalidad de Karatsu", "la estación de Shimabara", "la oficina de impuestos de Takeo"],
    "ko": ["가라쓰역", "시마바라시청", "주후쿠오카 대한민국 총영사관"],
    "zh": ["唐津站", "岛原市政府", "长崎的中国总领馆", "武雄税务署"],
    "tl": ["istasyon ng Karatsu", "munisipyo ng Shimabara", "Hello Work sa Karatsu"],
    "id": ["stasiun Takeo-Onsen", "kantor wali kota Unzen", "Hello Work Shimabara"],
    "th": ["สถานีคาราสึ", "ศาลาว่าการเมืองชิมาบาระ", "สำนักงานภาษีทาเกโอะ"],
    "ne": ["कारात्सु स्टेसन", "सिमाबारा नगरपालिका", "कारात्सु हेलो वर्क"],
    "my": ["ကာရာဆုဘူတာ", "ရှီမာဘာရာမြို့တော်ခန်းမ", "တာကဲအို အခွန်ရုံး"],
    "km": ["ស្ថានីយ៍ការ៉ាត់ស៊ឹ", "សាលាក្រុងស៊ីម៉ាបារ៉ា", "ការិយាល័យពន្ធតាកេអូ"],
    "mn": ["Карацү өртөө", "Шимабара хотын захиргаа", "Такэо татварын алба"],
    "tr": ["Karatsu İstasyonu", "Shimabara Belediyesi", "Takeo Vergi Dairesi"],
    "uk": ["станція Карацу", "мерія Сімабари", "податкова Такео"],
    "ru": ["станция Карацу", "мэрия Симабары", "налоговая Такэо"],
}  # fmt: skip
# Officials named in their role (and heads of international bodies), as opinions on policy name
# them.
OFFICIALS = {
    "ja": ["大石賢吾長崎県知事", "山口祥義佐賀県知事", "島原市長", "唐津市長", "武雄市長", "五島市長", "在福岡大韓民国総領事",
           "在福岡ベトナム総領事", "福岡出入国在留管理局長崎出張所長", "佐賀労働局長", "国税庁長官"],
    "en": ["Nagasaki Governor Kengo Oishi", "Saga Governor Yoshinori Yamaguchi", "the Mayor of Shimabara", "the Mayor of Karatsu",
           "UN refugee chief Filippo Grandi", "the Consul General of Vietnam in Fukuoka", "the Commissioner of the National Tax Agency",
           "the head of the Saga Labour Bureau", "the Korean Consul General in Fukuoka", "the Parliamentary Vice-Minister of Land, Infrastructure and Transport"],
    "zh": ["长崎县知事大石贤吾", "佐贺县知事山口祥义", "唐津市长", "驻长崎的中国总领事"],
    "ko": ["오이시 나가사키현 지사", "야마구치 사가현 지사", "주후쿠오카 총영사", "가라쓰 시장"],
    "vi": ["Thống đốc Nagasaki Oishi", "Thống đốc Saga Yamaguchi", "ngài Tổng lãnh sự ở Fukuoka", "Thị trưởng Shimabara"],
    "pt": ["o governador Oishi, de Nagasaki", "o prefeito de Karatsu", "o diretor da Agência Nacional de Impostos"],
    "es": ["el gobernador de Saga", "el alcalde de Shimabara", "el Alto Comisionado de la ONU para los Refugiados"],
    "tl": ["Gobernador Oishi ng Nagasaki", "ang mayor ng Karatsu", "ang Philippine Consul General sa Osaka"],
    "id": ["Gubernur Prefektur Nagasaki", "Wali Kota Karatsu", "Komisioner Tinggi UNHCR Filippo Grandi"],
    "tr": ["Nagasaki Valisi", "Karatsu Belediye Başkanı", "BM Mülteciler Yüksek Komiseri Grandi"],
    "uk": ["губернатор префектури Наґасакі", "мер Карацу", "верховний комісар ООН у справах біженців Філіппо Гранді"],
    "ru": ["губернатор префектуры Нагасаки", "мэр Карацу", "верховный комиссар ООН по делам беженцев Филиппо Гранди"],
    "th": ["ผู้ว่าราชการจังหวัดนางาซากิ", "นายกเทศมนตรีคาราสึ", "กงสุลใหญ่ไทย ณ นครฟุกุโอกะ"],
    "mn": ["Нагасаки мужийн захирагч", "Карацү хотын дарга", "НҮБ-ын Дүрвэгсдийн дээд комиссар Гранди"],
    "ne": ["नागासाकी प्रिफेक्चरका गभर्नर", "कारात्सुका मेयर", "यूएनएचसीआरका उच्चायुक्त ग्रान्डी"],
    "my": ["နာဂါဆာကီ ခရိုင်ဝန်", "ကာရာဆု မြို့တော်ဝန်"],
    "km": ["អភិបាលខេត្តណាហ្គាសាគី", "អភិបាលក្រុងការ៉ាត់ស៊ឹ", "អគ្គនាយក ILO"],
}  # fmt: skip
COMPANIES = ["錢高組", "Zenitaka", "佐藤工業", "Sato Kogyo", "上島珈琲", "Ueshima Coffee", "豊田通商", "Toyota Tsusho", "加藤産業",
             "Kato Sangyo", "石井食品", "Ishii Shokuhin", "岡村製作所", "Okamura Corporation", "福田組", "Fukuda Corporation", "松尾建設",
             "Matsuo Kensetsu", "村田製作所", "Murata Manufacturing"]  # fmt: skip
HANDLE_WORDS = ["Threadsの「長崎で働く外国人」", "ジモティー唐津版", "#佐賀の留学生", "#島原で暮らす", "Facebookグループ「Pinoy sa Nagasaki」",
                "LINEオープンチャット「武雄の外国人ドライバー」", "微博超话「长崎打工」", "Zaloのグループ「Hội lái xe Việt tại Kyushu」",
                "Telegram-канал «Наши в Кюсю»", "YouTube「ざっくり日本の税金」", "#ryokanworkers", "noteのマガジン「唐津で暮らす」"]  # fmt: skip
PUBLIC_TOWNS = ["Shimabara", "Hirado", "Matsuura", "Saikai", "Unzen", "Togitsu", "Karatsu", "Takeo", "Ureshino", "Goto", "Tsushima",
                "Minamishimabara", "Shiroishi", "Genkai", "Nagayo", "Kawatana", "Hasami", "Ojika"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["島原市", "平戸市", "松浦市", "西海市", "雲仙市", "時津町", "唐津市", "武雄市", "嬉野市", "五島市", "対馬市",
                      "南島原市", "白石町", "玄海町", "長与町", "川棚町", "波佐見町", "小値賀町"]  # fmt: skip


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


# Numbers and words that look like personal data and are not: fares, fees, parcel counts, room
# counts, water levels, tax amounts, match scores, a reference number that fails the My Number
# check digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["初乗り運賃は600円から680円に上がりました。", "一日の配達個数は平均で145個です。", "確定申告の控えの右上にある整理番号は{bad12}です。", "浸水は床上80センチでした。",
           "寮費は月2万2千円で、光熱費は別です。", "旅館の客室は全部で38室あります。", "去年の源泉徴収税額は48,300円でした。",
           "試合は24対17で負けました。", "カットモデルは1回1,500円です。", "町内会費は年6,000円です。"],
    "en": ["the base fare went from 600 to 680 yen", "I deliver 145 parcels a day on average", "receipt no. {bad12}", "the water rose 80 cm above the floor",
           "dorm fee is 22,000 yen plus utilities", "the ryokan has 38 rooms", "withholding tax last year was 48,300 yen", "we lost the match 24-17",
           "cut models pay 1,500 yen"],
    "vi": ["mỗi ngày em giao trung bình 145 kiện", "nước ngập 80 phân", "số biên nhận {bad12}", "trường tiếng thu 22.000 yên tiền phòng, điện nước tính riêng"],
    "pt": ["entrego 145 pacotes por dia", "a água subiu 80 cm", "no recibo do imposto o número era {bad12}"],
    "zh": ["每天平均送145件", "水淹到地板上80厘米", "税务署给的受理号码是{bad12}，不是个人编号", "语言学校宿舍费两万二，水电另算"],
    "es": ["reparto 145 paquetes al día", "el agua subió 80 centímetros", "en el recibo de impuestos el número era {bad12}"],
    "ko": ["하루 평균 145개 배달해요", "물이 80센티 찼어요", "세무서 확정신고 접수증에 찍힌 번호는 {bad12}"],
    "tl": ["145 parcels po kada araw", "80 cm po ang taas ng baha", "38 kwarto po ang ryokan"],
    "id": ["rata-rata 145 paket sehari", "air naik 80 cm", "ryokan punya 38 kamar"],
    "ne": ["दिनमा औसत १४५ पार्सल", "पानी ८० सेन्टिमिटर चढ्यो"],
    "th": ["ส่งของวันละ 145 ชิ้น", "น้ำท่วมสูง 80 เซนติเมตร"],
    "tr": ["günde ortalama 145 paket", "su 80 santim yükseldi"],
    "ru": ["в среднем 145 посылок в день", "вода поднялась на 80 сантиметров"],
    "uk": ["в середньому 145 посилок на день", "вода піднялася на 80 сантиметрів"],
    "mn": ["өдөрт дунджаар 145 илгээмж", "ус 80 см өссөн"],
    "my": ["တစ်ရက် ပါဆယ် ၁၄၅ ခု", "ရေ ၈၀ စင်တီမီတာ တက်တယ်"],
    "km": ["មួយថ្ងៃដឹក ១៤៥ កញ្ចប់", "ទឹកឡើង 80 សង់ទីម៉ែត្រ"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes of this split are chosen by the writer to differ from the earlier splits' shapes; they
# are listed in benchmarks/data/privacy_unseen11_README.md only by count, so that the split stays
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
            lambda: f"(+84) {rng.choice('3579')}{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+63/9{_digits(rng, 2)}/{_digits(rng, 3)}/{_digits(rng, 4)}",
            lambda: f"+55 ({rng.randint(11, 99)}) 9{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"00977 98{_digits(rng, 1)}-{_digits(rng, 7)}",
            lambda: f"+95 (0)9 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"(+62) 8{_digits(rng, 2)}.{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"(+855) {rng.choice(['10', '15', '70', '96'])}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"+976 ({rng.choice(['99', '88', '95'])}{_digits(rng, 2)}) {_digits(rng, 4)}",
            lambda: f"(+66) 0{rng.choice('689')}{_digits(rng, 1)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
            lambda: f"+90 (5{_digits(rng, 2)}) {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+51 9{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
            lambda: f"+86 1{rng.choice('3589')}{_digits(rng, 1)}.{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"+82-10.{_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"+7 9{_digits(rng, 2)} {_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"(+380) {rng.choice(['50', '63', '66', '97'])} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+81 ({rng.choice(['90', '80', '70'])}) {_digits(rng, 4)}.{_digits(rng, 4)}",
            lambda: f"0063 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.2:
            return "ー".join(groups)
        if roll < 0.35:
            return ".".join(groups)
        if roll < 0.5:
            return " - ".join(groups)
        if roll < 0.65:
            return f"{groups[0]} {groups[1]}{groups[2]}"
        if roll < 0.8:
            return _fullwidth(".".join(groups))
        return f"(81) {groups[0][1:]}-{groups[1]}-{groups[2]}"
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        prefixes = [
            "8180",
            "8190",
            "8486",
            "8498",
            "6392",
            "5541",
            "97798",
            "9596",
            "85512",
            "6285",
        ]
        number = rng.choice(prefixes) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.2:
            return "https://wa.me/message/" + "".join(
                rng.choice(LETTERS + "0123456789") for _ in range(13)
            )
        if roll < 0.35:
            return "whatsapp://send?phone=" + number
        if roll < 0.5:
            return "https://chat.whatsapp.com/" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(22)
            )
        if roll < 0.65:
            return "https://invite.viber.com/?g2=AQ" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(20)
            )
        if roll < 0.8:
            return "zalo.me/0" + rng.choice(["9", "8", "3"]) + _digits(rng, 8)
        return "https://viber.click/" + number
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.3:
            return "https://line.me/ti/g2/" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
            )
        if roll < 0.55:
            return "line.me/ti/p/" + "".join(rng.choice(ALNUM + LETTERS + "-") for _ in range(10))
        if roll < 0.8:
            return "https://page.line.me/" + user_id.replace(".", "")[:10] + _digits(rng, 3)
        return "https://line.me/R/ti/p/@" + user_id + "?from=page"
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "weixin://dl/chat?" + user_id.replace(".", "_")
        if roll < 0.5:
            return "u.wechat.com/M" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(21))
        if roll < 0.75:
            return user_id.replace(".", "_") + "_" + _digits(rng, 3)
        return user_id.capitalize() + str(rng.randint(80, 99))
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.25:
            return "https://t.me/+" + "".join(rng.choice(ALNUM + LETTERS + "_-") for _ in range(16))
        if roll < 0.45:
            return "telegram.me/" + name
        if roll < 0.65:
            return "@" + name + rng.choice(["_kyushu", "_saga", "_2000"])
        return "https://t.me/" + name + "/"
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.3:
            return "https://open.kakao.com/me/" + user_id.replace(".", "_")
        if roll < 0.5:
            return "qr.kakao.com/talk/" + "".join(rng.choice(ALNUM + LETTERS) for _ in range(22))
        return user_id.replace(".", "_") + rng.choice(["_kr", "2", "_nagasaki"])
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id + rng.choice(["_saga", ".jp", "77"])
        if roll < 0.35:
            return user_id.replace(".", "-")
        if roll < 0.5:
            return user_id.capitalize()
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", ".hair", "_nagasaki", ".77"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", "_saga", ".driver", "2"])
    if slot == "x":
        base = user_name.replace(".", "_")[:13]
        return base + rng.choice(["", "", "_kyushu", "0", "_"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.25:
            return (
                "https://www.facebook.com/share/"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
                + "/"
            )
        if roll < 0.45:
            return "fb.com/" + user_name
        if roll < 0.65:
            return "https://m.facebook.com/" + user_name + "/"
        if roll < 0.85:
            slug = ".".join(display_name.lower().split()) or user_name
            return "https://www.facebook.com/" + slug + "." + _digits(rng, 3)
        return "https://facebook.com/profile.php?id=6155" + _digits(rng, 10)
    if slot == "igu":
        roll = rng.random()
        if roll < 0.3:
            return "https://instagram.com/" + user_name + "?utm_source=qr"
        if roll < 0.55:
            return "instagr.am/" + user_name
        if roll < 0.8:
            return "https://www.instagram.com/" + user_name + "/reels/"
        return "http://instagram.com/_u/" + user_name
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.3:
            return "tiktok.com/@" + user_name + "?lang=ja-JP"
        if roll < 0.6:
            return (
                "https://vt.tiktok.com/ZS"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        if roll < 0.8:
            return (
                "https://www.tiktok.com/@"
                + user_name
                + "?_t=8"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(9))
                + "&_r=1"
            )
        return "www.tiktok.com/@" + user_name + "/"
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.3:
            return f"https://twitter.com/{handle}?s=21"
        if roll < 0.5:
            return f"x.com/{handle}/media"
        if roll < 0.75:
            return f"https://mobile.twitter.com/{handle}"
        return f"https://x.com/{handle}?t={''.join(rng.choice(ALNUM + LETTERS) for _ in range(8))}"
    # yt
    roll = rng.random()
    if roll < 0.3:
        return (
            "https://youtube.com/@"
            + user_name
            + "?si="
            + "".join(rng.choice(ALNUM + LETTERS) for _ in range(16))
        )
    if roll < 0.5:
        return "m.youtube.com/@" + user_name
    if roll < 0.75:
        return "https://www.youtube.com/@" + user_name.replace(".", "") + "/videos"
    return "youtube.com/@" + user_name + "/featured"


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["〔まるa〕", "【＠マーク】"], "zh": ["【小老鼠】", "〔圈a〕"], "ko": ["(골뱅이 기호)", "<앳>"],
            "ru": ["(знак собачки)"], "uk": ["(спіралька-равлик)"], "tr": ["(et simgesi)"], "id": ["[a-keong-nya]"], "th": ["<แอทไซน์>"],
            "pt": ["(sinal de arroba)"], "es": ["(signo arroba)"], "vi": ["(ký tự a còng)"], "tl": ["[yung simbolong at]"], "mn": ["(эт үсэг)"],
            "ne": ["(एट चिन्ह)"], "my": ["[အက်သင်္ကေတ]"], "km": ["[សញ្ញាអាត]"]}  # fmt: skip
DOT_WORDS = {"ja": ["〈点のマーク〉", "〈ピリオド〉"], "zh": ["【点号】"], "ko": ["(점)"], "ru": ["(знак точки)"], "uk": ["(крапка-кружечок)"],
             "tr": ["(nokta simgesi)"], "id": ["[tanda titik]"], "th": ["(เครื่องหมายจุด)"], "pt": ["(sinal de ponto)"], "es": ["(signo punto)"],
             "vi": ["(ký tự chấm)"], "tl": ["[tuldok na simbolo]"], "mn": ["(цэг үсэг)"], "ne": ["(डट चिन्ह)"], "my": ["<ဒေါ့သင်္ကေတ>"],
             "km": ["[សញ្ញាដត]"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["yandex.kz", "sina.cn", "fpt.vn", "vnn.vn", "protonmail.ch", "web.de", "tutanota.de",
                                     "laposte.net", "abv.bg", "seznam.cz"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}は@のことです。送るときに直してください）", "en": " (swap the {sign} for an @ when you write back)",
              "zh": "（{sign}就是@，发邮件时请改一下）", "vi": " (chỗ {sign} là @ nhé, anh chị sửa lại khi gửi)", "pt": " (o {sign} é a arroba, tá escrito assim de propósito)",
              "es": " (el {sign} es la arroba, lo puse así a propósito)", "ko": " (중간의 {sign} 표시 자리에 @를 넣어야 제대로 된 주소예요)",
              "tl": " (yung {sign} po ay @, paki-palitan na lang)", "id": " (ganti dulu {sign} jadi @ sebelum mengirim, biar tidak kena spam)",
              "tr": " ({sign} işaretini @ ile değiştirin lütfen)", "ru": " (значок {sign} — это @, поменяйте при отправке)",
              "uk": " (значок {sign} — це @, замініть, будь ласка)", "mn": " ({sign} тэмдэг нь @ гэсэн үг)",
              "ne": " (इमेल पठाउँदा {sign} हटाएर @ लेख्नुहोला)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["◆", "■", "＃", "♪"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["(dot)"]))
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        return f"{local} {at} {rest}", ""
    if roll < 0.48:
        return f"{_fullwidth(local)}＠{domain}", ""
    if roll < 0.58:
        return f"({local}@{domain})", ""
    if roll < 0.68:
        return f"{local} [at] {' [dot] '.join(parts)}", ""
    if roll < 0.78:
        return f"mailto: {local}@{domain}", ""
    if roll < 0.88:
        return f"<{local}@{domain}>", ""
    return f"{local.upper()}@{domain.upper()}", ""


ROMAN_TOWNS = ["Sakuragaoka-machi", "Minato-Shinmachi", "Ebisu-Kaigan", "Tenjin-Higashi", "Funatsu-cho", "Kamino-Hama",
               "Shiomi-cho", "Hamasaki-Nishi", "Iwaya-dori", "Matsubara-Kita", "Nakanoshima-Minami", "Tsukimachi",
               "Oura-Kaigan", "Kozaki-cho", "Seto-Higashi", "Hikarigaoka-Nishi"]  # fmt: skip
# (ward, city, prefecture); no ward is used.
ROMAN_CITIES = [("", "Shimabara", "Nagasaki"), ("", "Hirado", "Nagasaki"), ("", "Matsuura", "Nagasaki"),
                ("", "Saikai", "Nagasaki"), ("", "Unzen", "Nagasaki"), ("", "Minamishimabara", "Nagasaki"),
                ("", "Goto", "Nagasaki"), ("", "Tsushima", "Nagasaki"), ("", "Karatsu", "Saga"), ("", "Takeo", "Saga"),
                ("", "Ureshino", "Saga")]  # fmt: skip
ROMAN_BUILDINGS = ["Regalo Sakuragaoka", "Coporasu Funatsu 3", "Palace Shiomi B", "Ocean View Hamasaki", "Residence Kozaki 101",
                   "Kaisei-so", "Dormy Tenjin", "Castle Heights Oura"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 6), rng.randint(1, 40), rng.randint(1, 30)
    zip_code = f"8{rng.choice('4589')}{_digits(rng, 1)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 406), rng.randint(201, 212)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    pref_full = f"{pref}-{suffix}" if suffix else pref
    style = rng.random()
    if style < 0.11:
        return f"{c}-chome {b}-{g} {town}, {city} City, {pref_full}"
    if style < 0.22:
        return f"{room} {building}, {c}-{b}-{g} {town}, {city}-shi"
    if style < 0.32:
        return f"{town.upper()} {c}-{b}-{g}, {city.upper()}, {pref.upper()} {zip_code}"
    if style < 0.42:
        return f"〒{zip_code} {city}-shi, {town} {c}-{b}-{g}"
    if style < 0.52:
        return f"{town} {c} chome {b} ban {g} go {building} room {room} {city}"
    if style < 0.62:
        return f"{city}, {pref_full}, {town} {c}-{b}-{g}, {building}-{room}"
    if style < 0.72:
        return f"{c}-{b}-{g}, {town}, {city}-shi, {pref}-ken, JAPAN {zip_code}"
    if style < 0.81:
        return f"{pref} {city} {town} {c}の{b}の{g}"
    if style < 0.9:
        return f"{town}{c}-{b}-{g} ({city} {pref_full})"
    return f"{building} #{room}, {town} {c}-{b}-{g}, {city} {zip_code}"


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
        return rng.choice([f"{head}.{n}.{tail}", f"{head} - {n} - {tail}", f"{head}{n[:3]}-{n[3:]}{tail}",
                           f"{head} {n[:2]}-{n[2:6]}-{n[6:]} {tail}", f"{head}{_fullwidth(n)}{tail}",
                           f"{head.lower()}{n}{tail.lower()}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            [".".join([n[:4], n[4:8], n[8:]]), " - ".join([n[:4], n[4:8], n[8:]]), "ー".join([n[:4], n[4:8], n[8:]]),
             f"{n[:6]} {n[6:]}", "-".join([n[:2], n[2:6], n[6:10], n[10:]]), _fullwidth(" ".join([n[:4], n[4:8], n[8:]]))]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}.{d}", f"{head} - {d}", f"{head}{d[:2]} {d[2:]}", f"{head}-{d[:4]}-{d[4:]}",
                           f"{head}{_fullwidth(d)}", f"{head} {d[:3]} {d[3:]}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        [".".join(groups), "ー".join(groups), " - ".join(groups), f"{groups[0]} {groups[1]}{groups[2]}",
         f"+81/{groups[0][1:]}/{groups[1]}/{groups[2]}", _fullwidth(".".join(groups))]
    )  # fmt: skip
