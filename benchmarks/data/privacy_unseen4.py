"""Templates, frames, name lists and value shapes of the `unseen4` split of benchmarks/privacy.py.

Written on 2026-12-06 by an independent data writer for issue 21 (w1), after the first three
unseen splits (benchmarks/data/privacy_unseen.py, privacy_unseen2.py, privacy_unseen3.py) had been
written. The writer did not open, grep or run the detector (anything under `classifiers/`, its
data files, its tests, `feedback/redaction.py` or the ADRs), and never ran
`benchmarks/privacy.py`. The weight is on names written by someone else: 234 name templates in
17 languages, the way residents write to a ministry's opinion box, a consultation desk or a chat:
names after verbs and as objects, in lists, several people per text, at the start of a sentence
with no title or context word at all, possessives ("{given}'s contract", "{given}'ın",
"{given}को"), kinship terms and honorifics of each language, signatures, greetings, dialogue,
complaints about named bosses, landlords and teachers, lower case and typos, names in Latin
letters inside texts in other scripts and names in kanji inside English. Nothing here is copied
from the `dev`, `heldout`, `unseen`, `unseen2` or `unseen3` material (a script compared the
templates after normalising the slots, and the name, town, building, public-name and handle-word
lists entry by entry). How the split was made: benchmarks/data/privacy_unseen4_README.md.

The module has the same interface as benchmarks/data/privacy_unseen3.py, so that it plugs into
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
lists below, none of which is in the dev, held-out, unseen, unseen2 or unseen3 lists.

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
# The gold span is the name only; "さん", "くん", "先生", "姐", "씨", "언니", "anh", "chị", "dai",
# "Mbak", "Ate", "Dona", "Tía", "Hoca", "пан", "Ах" and the like stay out, and so do particles and
# case endings written onto the name ("{given}'ın", "{given}को", "{given}-ийн").
NAME_TEMPLATES: dict[str, list[str]] = {
    "ja": [
        "{given}が昨日また店長に怒られて泣いてました。見ていてつらいです",
        "きのう{name@ja_foreign}から電話があって、寮の鍵を変えられたそうです",
        "工場長の{family}に「ビザを取り消すぞ」と脅されました。本当にできるんですか",
        "大家の{family}さんとその息子さんが勝手に部屋に入ってきます",
        "{family@ja_foreign}さんの雇用契約書、日本語だけで本人は読めていません",
        "息子の担任の{family}先生は、うちの子の名前をわざと間違えて呼びます",
        "派遣元の{name}って人、電話に出ないしLINEも既読スルーです",
        "シフトを決めてるのは{family}チーフで、外国人だけ土日に入れられます",
        "{name@ja_foreign}・{name@ja_foreign}・{name@ja_foreign}の三名連名で送ります",
        "うちの{given}くん（小1）が学童でひとりぼっちにされているようです",
        "上司は{family}、その上が{family}部長です。二人とも話を聞いてくれません",
        "お手数ですが、返信は{family}宛てにお願いします",
        "ごめんなさい、日本語へたです。{given@ja_foreign}といいます。日本に来て2年です",
        "医者の{family}先生が「日本語が話せないなら来ないで」と言いました",
        "保育園の{family}さん（主任）から、お弁当に豚肉を入れるように言われました",
        "夫{name@ja_foreign}、私{name@ja_foreign}、子ども二人の四人家族です",
        "同期の{given}は先月帰国しました。理由は社長のパワハラです",
        "{family}という通訳が勝手に話を短くして、私の言ったことを伝えてくれませんでした",
        "書いた人：{name}　ふりがな：{name@ja_kana}",
        "職場の先輩、{name}さんにこの窓口を教えてもらいました。感謝です",
        "寮長の{family}さんが夜中にドアをノックして「静かにしろ」と言いにきます",
        "{family@ja_latin}さんへ　先日はありがとうございました",
        "{given@vi}ちゃんの在留カードの更新、会社が書類を出してくれないそうです",
        "先週から{family}課長と{family}係長が交代で寮を見張りにきます",
    ],
    "en": [
        "yesterday {given@ne_latin} told me the agency took 30,000 yen from everyone in our batch",
        "{given} and I both work at the bento factory and neither of us got the new contract",
        "my landlord is {name@ja_latin}, an old guy, and he says foreigners must pay double deposit",
        "{given@vi}'s contract ended in October and nobody told her",
        "Ask {family@ja_latin} in HR, she keeps all our passports in a locked drawer",
        "i think {family@ja_latin} sensei doesn't like my son because we're from the Philippines",
        "the foreman, {name@ja} (that's how it's written on his badge), yelled at my friend again",
        "We are {name@tl}, {name@tl} and {name@ne_latin}, caregivers at the same nursing home",
        "Thank you for reading!! from {given}",
        "pls help my tita {given@tl}, she was told to leave the dorm by friday",
        "Kind regards,\n{name}\n(nursing student)",
        "the guy who hired us, {name}, disappeared with our first month salary",
        "Just to be clear, {family@ja_latin}-san isn't the problem, it's his boss {family@ja_latin}",
        "i called {given} last night and she was crying because the school refused her kid",
        "hey its {given} again, still no reply from the city hall",
        "My mother-in-law {name@ja} says I should not complain, but I think this is wrong",
        "My roommate's name is {name@my_latin}, he doesn't speak english or japanese so I'm writing for him",
        "when {given@id} asked for sick leave the leader laughed at him",
        "Regards, {name@vi} - technical intern, batch 2024",
        "{family@ja_latin}-sama wrote back but only in Japanese so I couldn't understand",
        "so me and {given@tl} went to the labour office and they sent us back to the company",
        "our teacher {name@en} from the volunteer class helped me translate this",
        "lol {given} said the exact same thing happened at her last job",
        "{name@zh_latin} and {name@ko} from my class both got the same letter from immigration",
    ],
    "zh": [
        "昨天{given}在车间里晕倒了，班长还让他继续干",
        "我们房东叫{name}，每个月都乱加水电费",
        "日语老师{family}老师说这里可以匿名反映",
        "老板娘{family}太太不让我们用宿舍的洗衣机",
        "介绍我来的是同乡{name}，现在联系不上了",
        "麻烦回复给我爱人{name}，他日语比我好",
        "{name}、{name}和我三个人都没拿到加班费",
        "部长{family@ja_latin}说中国人就是要多干活",
        "孩子他爸{given}上个月被公司辞退了",
        "同屋的越南姑娘{name@vi}也遇到一样的问题",
        "我嫂子{given}怀孕了，公司说要么回国要么辞职",
        "—— {name}（在日第七年）",
        "请转告{family}科长，我们不是故意迟到的",
        "发小{given}跟我在同一个厂，我们俩都被扣了住宿费",
        "{given@tl}是菲律宾人，她这个月也没拿到工资",
    ],
    "ko": [
        "어제 {given}한테 전화가 왔는데 회사에서 갑자기 나가래요",
        "{name} 부장님이 한국 사람은 주말에도 나오라고 했어요",
        "집주인 {family@ja_latin} 씨가 보증금을 안 돌려줘요",
        "저희 엄마 {name}는 일본어를 전혀 못 하세요",
        "{given} 오빠랑 같이 편의점에서 알바하는데 시급이 달라요",
        "아들 {given}이가 학교에서 '한국으로 돌아가'라는 말을 들었대요",
        "{family@ja_latin} 선생님이 우리 애만 교실 밖에 세워 뒀어요",
        "학원 원장 {name}이 여권을 돌려주지 않아요",
        "{given} 씨, {given} 씨 그리고 저, 셋이 같은 기숙사예요",
        "남편 {given}은 야간 근무 때문에 대신 제가 씁니다",
        "아는 동생 {given@vi}도 베트남 사람인데 같은 일을 당했어요",
        "그럼 이만 줄입니다. {name} 올림",
        "팀장 {family}가 매일 소리를 질러요",
        "{name@ja_kana}라고 적힌 명찰을 달고 있던 직원이 불친절했어요",
        "{given@tl}랑 {given@vi}도 같이 일하는데 둘 다 외국인이라고 야간만 시켜요",
    ],
    "vi": [
        "hôm qua {given} bị trưởng chuyền đánh vào đầu trước mặt mọi người",
        "em là {name}, năm nay 24 tuổi, đang làm ở xưởng cơ khí",
        "chị {given} cùng phòng bị ốm mà công ty không cho nghỉ",
        "{name} với {name} bị đuổi khỏi ký túc xá từ tuần trước",
        "hợp đồng của {given} ghi lương 18 vạn nhưng thực tế chỉ nhận 12 vạn",
        "thầy {family@ja_latin} ở trường tiếng bảo em lên đây viết",
        "mẹ chồng em là bà {name@ja}, bà không cho em đi làm",
        "Kính gửi anh chị, em tên {given}, em muốn hỏi về visa đặc định",
        "anh {given@ne_latin} người Nepal cùng xưởng cũng bị trừ lương",
        "môi giới tên {name} thu của em 7.000 đô rồi biến mất",
        "nhờ anh chị trả lời giúp em qua bạn {given}, bạn ấy biết tiếng Nhật",
        "bé {given} nhà em bị cô giáo mầm non phạt đứng ngoài trời lạnh",
        "Người gửi: {name} - Tỉnh Mie",
        "sếp {family@ja_latin} nói người Việt lười, em thấy rất buồn",
        "con của {given} không được nhận vào nhà trẻ vì bố mẹ là người nước ngoài",
    ],
    "ne": [
        "हिजो {given}ले भन्यो कि कम्पनीले भिसा नवीकरण गर्दैन रे",
        "{name}को कोठामा पानी चुहिन्छ तर घरबेटीले बनाउँदैन",
        "हाम्रो साहु {family@ja_latin} हामीलाई दिनभरि गाली गर्छ",
        "मेरो श्रीमती {given}लाई अस्पतालमा दोभाषे दिइएन",
        "{name}, {name} र म एउटै रेस्टुरेन्टमा काम गर्छौं",
        "dai {given@ne_latin} le malai yo form pathaunu bhayo",
        "sathi {name@ne_latin} ko passport company le rakheko cha",
        "बहिनी {given} स्कुलमा एक्लै हुन्छे, कोही बोल्दैनन्",
        "नमस्कार, {name} बोल्दैछु, ओसाकाबाट",
        "sir {family@ja_latin} le hamilai overtime ko paisa diyena",
        "शुभकामना सहित, {name}",
        "{given}को छोरीलाई स्कुलमा भर्ना गरिएन",
    ],
    "id": [
        "kemarin {given} pingsan di pabrik tapi mandornya malah marah",
        "Mbak {given} yang ngajarin saya isi formulir ini, makasih mbak",
        "nama saya {name}, saya kerja di perkebunan di Nagano",
        "{given} dan {given} sudah tiga bulan tidak digaji penuh",
        "kontraknya {given} diputus sepihak minggu lalu",
        "sensei {family@ja_latin} di sekolah bahasa bilang boleh tulis di sini",
        "Bu {name} dari LPK tidak pernah angkat telepon lagi",
        "Salam hormat,\n{name}",
        "istri saya, {given}, sedang hamil dan disuruh tetap kerja malam",
        "om {given} yang bawa saya ke Jepang juga kena PHK",
        "atasan kami {name@ja_latin} sering bentak pakai kata kasar",
        "tolong sampaikan ke pak {family} bahwa kami tidak mau lembur tanpa bayaran",
        "sudah dua minggu {given} tidak masuk kerja karena sakit, tapi gajinya dipotong penuh",
    ],
    "tl": [
        "kahapon pinagalitan na naman si {given} ng leader namin sa harap ng lahat",
        "Ate {given} po ang tumulong sa akin mag-fill up nito",
        "ako po si {name}, tatlong taon na po sa Japan bilang caregiver",
        "si {given} at si {given} po ay parehong hindi binigyan ng bonus",
        "yung kontrata ni {given} hindi pa rin pinipirmahan ng kumpanya",
        "Tito {given} ko po ang nagpasok sa akin sa factory",
        "nagalit si {family@ja_latin}-san kasi nag-Tagalog daw kami",
        "Lubos na gumagalang po,\n{name}",
        "asawa ko si {name@ja}, siya po ang nagsulat ng Japanese sa ibaba",
        "God bless po sa inyo! — {name}",
        "pakisabi po kay Sir {family@ja_latin} na hindi kami papasok ng Sabado",
        "si {name@vi} na katrabaho ko, Vietnamese, siya rin hindi bayad",
        "anak ko pong si {given} ay hindi tinanggap sa hoikuen",
        "{given} po, ang pinsan ko, ang hindi makauwi dahil nasa agency ang passport niya",
    ],
    "th": [
        "เมื่อวาน{given}ถูกหัวหน้าด่าต่อหน้าคนอื่นอีกแล้ว",
        "พี่{given}ที่ห้องข้างๆ บอกให้มาเขียนที่นี่ค่ะ",
        "ผม{name} ทำงานร้านอาหารไทยที่โอซาก้าครับ",
        "{given}กับ{given}ยังไม่ได้เงินเดือนเดือนที่แล้ว",
        "สัญญาของน้อง{given}หมดแล้วแต่บริษัทไม่ต่อให้",
        "เจ้าของห้อง{family@ja_latin}ซังไม่คืนเงินมัดจำ",
        "แม่ของหนู คุณ{name} ป่วยแต่ไม่มีประกัน",
        "ขอแสดงความนับถือ\n{name}",
        "สามีชื่อ{name@ja} เขาเป็นคนญี่ปุ่นแต่ไม่ช่วยอะไรเลย",
        "ครู{family@ja_latin}ที่โรงเรียนภาษาใจดีมาก แนะนำหน้านี้ให้",
        "เพื่อนร่วมงาน{name@my_latin}เป็นคนพม่า ก็โดนหักเงินเหมือนกัน",
        "น้อง{given}บอกว่าหัวหน้า{family@ja_latin}ไม่ให้ลาป่วยเลย",
    ],
    "pt": [
        "ontem o {given} passou mal na linha e o chefe mandou ele continuar",
        "a Dona {given} do apartamento ao lado me ajudou a escrever isso",
        "sou {name}, trabalho numa fábrica de autopeças em Mie",
        "o contrato da {given} venceu e a empreiteira sumiu",
        "eu, {given} e {given} dividimos um quarto de seis tatames",
        "o tantousha {family@ja_latin} nunca atende o telefone",
        "minha tia {name} mora sozinha e não tem ninguém pra ajudar",
        "Obrigado pela atenção,\n{name}",
        "o professor {family@ja_latin} disse que meu filho não pode falar português na escola",
        "meu marido {name@ja} é japonês mas não entende nada de burocracia",
        "falei com a {name} da associação e ela mandou eu escrever aqui",
        "o {given} do turno da noite também não recebeu o zangyou",
        "beijos, {given}",
        "o {given} falou que o tantousha {family@ja_latin}-san ia resolver, mas até agora nada",
    ],
    "es": [
        "ayer a {given} lo botaron del trabajo sin decirle nada",
        "la señora {name} del piso de arriba me tradujo la carta",
        "soy {name}, tengo 31 años y trabajo en una planta de bentos",
        "{given} y {given} siguen sin cobrar las horas extra",
        "el contrato de {given} decía una cosa y le pagan otra",
        "Tía {given} me trajo a Japón y ahora también la despidieron",
        "el profesor {family@ja_latin} castiga a mi hija por no entender",
        "Atentamente,\n{name}",
        "mi suegro {name@ja} no quiere que yo trabaje",
        "hablé con {family@ja_latin}-san de la agencia y me colgó",
        "mi compañero {name@pt} (brasileño) tuvo el mismo problema",
        "Bendiciones, {given}",
        "{given} dice que su jefe {family@ja_latin} le grita todos los días",
    ],
    "my": [
        "မနေ့က {name} ကို စက်ရုံမှာ ခေါင်းဆောင်က ဆဲတယ်",
        "{name} နဲ့ {name} လစာ မရသေးဘူး",
        "အိမ်ရှင် {family@ja_latin} က အာမခံငွေ ပြန်မပေးဘူး",
        "ဒေါ်{name} က ဒီဖောင်ကို ဖြည့်ပေးခဲ့တယ်",
        "ကျွန်တော့်အစ်ကို {name} ဆေးရုံတက်နေရတယ်",
        "Nay kaung lar, kyanaw {name@my_latin} pa, Aichi mhar alote lote nay tal",
        "ဆရာမ {family@ja_latin} က ဒီနေရာကို ညွှန်ပေးတယ်",
        "ဖတ်ပေးလို့ ကျေးဇူးပါ ခင်ဗျာ၊ {name} (အိုဆာကာ)",
        "သူငယ်ချင်း {name@my_latin} ရဲ့ စာချုပ် ပြီးသွားပြီ",
        "{name} ပြောတာက ကုမ္ပဏီက ပတ်စပို့ သိမ်းထားတယ်တဲ့",
    ],
    "km": [
        "ម្សិលមិញ {name} ត្រូវមេក្រុមស្រែកដាក់ម្ដងទៀត",
        "{name} និង {name} មិនទាន់បានប្រាក់ខែទេ",
        "ម្ចាស់ផ្ទះ {family@ja_latin} មិនព្រមសងប្រាក់កក់វិញ",
        "បងស្រី {given} បានជួយខ្ញុំបំពេញទម្រង់នេះ",
        "ប្ដីរបស់ខ្ញុំ {name} ធ្លាក់ខ្លួនឈឺ តែក្រុមហ៊ុនមិនឱ្យឈប់",
        "Sour sdey, knhom {name@km_latin}, rian phasa Japun nov Osaka",
        "គ្រូ {family@ja_latin} ណែនាំឱ្យខ្ញុំសរសេរនៅទីនេះ",
        "សូមអរគុណ — {name}",
        "មិត្តរួមការងារ {name@km_latin} ក៏ជួបបញ្ហាដូចគ្នា",
        "កិច្ចសន្យារបស់ {given} ផុតកំណត់ហើយ",
    ],
    "mn": [
        "Өчигдөр {given} ажил дээрээ ухаан алдсан ч дарга нь тоосонгүй",
        "{given}, {given} бид гурав нэг өрөөнд амьдардаг",
        "{family@ja_latin} гэдэг байрны эзэн манай барьцааг гурван сар барьж байна",
        "Миний эгч {name} эмнэлэгт хэвтэж байгаа",
        "{given}-ийн гэрээ дуусаад компани сунгахгүй гэж байна",
        "Bi {name@mn_latin} bna, Saitama-d oyutan",
        "Багш {family@ja_latin} энд бичихийг зөвлөсөн",
        "Уншиж өгсөнд баярлалаа!! -- {name}",
        "naiz {given@mn_latin} maani tsalingaa avaagui bn",
        "Ах {given} нь Японд ирээд гурван жил болж байна",
    ],
    "tr": [
        "dün {given} iş yerinde bayıldı ama şef umursamadı",
        "{given}'ın sözleşmesi bitti, şirket yenilemiyor",
        "ben {name}, Kawaguchi'de söküm işinde çalışıyorum",
        "{given} ve {given} üç aydır maaş alamıyor",
        "ev sahibi {family@ja_latin} depozitoyu geri vermiyor",
        "{given} Hoca bize bu sayfayı gösterdi",
        "kayınvalidem {name} Japonca bilmiyor, hastaneye gidemiyor",
        "Selamlar,\n{name}",
        "müdür {name@ja_latin} Kürtçe konuşmamızı yasakladı",
        "oğlum {given} okulda dışlanıyor",
        "yeğenim {given} da aynı firmada çalışıyor",
        "{name} Bey ile konuştum, o da aynı şeyi yaşamış",
    ],
    "uk": [
        "Вчора {given} знепритомнів на роботі, а майстер навіть не викликав лікаря",
        "Мій брат {name} досі не отримав зарплату за вересень",
        "Власник квартири {family@ja_latin} не повертає завдаток",
        "Пише вам {name}, переселенець із Запоріжжя",
        "{given} і {given} живуть у гуртожитку без опалення",
        "Вчитель {family@ja_latin} каже, що мій син заважає класу",
        "Мій тато, {name}, не знає японської і не може піти до лікаря",
        "З найкращими побажаннями, {name}",
        "пан {given} з нашого цеху теж скаржився",
        "Сусід {name} підказав написати сюди",
    ],
    "ru": [
        "Вчера {given} потерял сознание на складе, а бригадир сказал работать дальше",
        "Мой муж {name} третий месяц без зарплаты",
        "Вот уже два месяца {family@ja_latin}, наш арендодатель, тянет с возвратом залога",
        "Вас беспокоит {name}, преподаю английский в Сайтаме",
        "{given} и {given} снимают комнату у того же агента",
        "Учитель {family@ja_latin} не пускает сына на экскурсию",
        "Мой отец, {name}, не может сам записаться к врачу",
        "С наилучшими пожеланиями,\n{name}",
        "коллега {name@uk} из Киева тоже попал в эту ситуацию",
        "Брат {given} подтвердит всё, что я написал",
        "Это пишет {given}, мы уже писали вам в октябре",
    ],
}  # fmt: skip

# Name lists written for this split from common names of each country, none of them in the lists
# of benchmarks/privacy.py, privacy_unseen.py, privacy_unseen2.py or privacy_unseen3.py, nor in
# Faker's lists.
KATAKANA_FAMILY = ["ヴー", "トラン", "ドアン", "ソアレス", "ヴィエイラ", "ノゲイラ", "テイシェイラ",
                   "カストロ", "ラミレス", "タブラダ", "ディマウナハン", "ギミレ", "バッタライ", "コイララ", "スティアワン",
                   "クルニアワン", "オズトゥルク", "アクソイ", "メルニク", "ボイコ", "ツェレン", "ウー", "ニャン"]  # fmt: skip
KATAKANA_GIVEN = ["トゥイ", "ハン", "ズン", "クアン", "ヴィ", "チアゴ", "ヴィトリア", "ジョナタン", "アドリアナ",
                  "ジェロム", "マリテス", "アルネル", "ラジュ", "サリタ", "ビシュヌ", "イルハム", "プトリ", "アフメト",
                  "ハティジェ", "ミコラ", "ソロンゴ", "テッテッ", "ソパル"]  # fmt: skip
TL_GIVEN = ["Jomarie", "Lorelie", "Rhea Mae", "Kristine Joy", "Reymart", "Jonalyn", "Ronnel", "Hazel Ann",
            "Bembem", "Marjun", "Cholo", "Baby Jane", "Ellaine", "Christian Jay",
            "Dondon", "Mayet", "Jepoy", "Analiza", "jaymar"]  # fmt: skip
TL_FAMILY = ["Dumlao", "Saldivar", "Baluyot", "Esguerra", "Sumulong", "Dimaunahan", "Tabirao", "Dagohoy",
             "Mangahas", "Guevarra", "Cabanatan", "Lagasca", "Pacquing", "Ylagan",
             "Lagrimas", "Tabora"]  # fmt: skip
NE_LATIN_GIVEN = ["Srijana", "Dinesh", "Pramila", "Rekha", "Hemraj", "Yubaraj", "Dipendra",
                  "Sarala", "Bhawana", "Tilak", "Kopila", "Narayan", "Sanju", "Rajkumar",
                  "Muna", "Gopal", "bishal"]  # fmt: skip
NE_LATIN_FAMILY = ["Lamichhane", "Bhandary", "Kafle", "Dhungana", "Pokhrel", "Luitel", "Tiwari",
                   "Adhikary", "Shahi", "Katuwal", "Rimal", "Sedhai", "Upreti", "Mainali"]  # fmt: skip
MN_GIVEN = ["Батцэцэг", "Мөнхтулга", "Уранчимэг", "Түвшинжаргал", "Соёлмаа", "Наранбаатар", "Есүй",
            "Өлзийбаяр", "Хүслэн", "Мандах", "Оргил", "Тэнгис", "Халиун", "Номуун", "Энхсайхан"]  # fmt: skip
MN_FATHER_INITIAL = ["Да", "Бя", "Цэ", "Лх", "Мө", "Ю"]
MN_LATIN_FATHER_INITIAL = ["Da", "Bya", "Tse", "Lkh", "Mu", "Yu"]
MN_LATIN_GIVEN = ["Battsetseg", "Munkhtulga", "Uranchimeg", "Tuvshinjargal", "Soyolmaa",
                  "Naranbaatar", "Yesui", "Ulziibayar", "khuslen", "Mandakh", "Orgil", "Tengis",
                  "Khaliun", "Nomuun", "Enkhsaikhan"]  # fmt: skip
MY_NAMES = ["သဇင်", "ဖူးပြည့်", "ပိုင်ဖြိုး", "ဟေမာ", "အောင်ပိုင်", "ဇင်မင်းထွဋ်", "နန်းဆု", "သန္တာ",
            "ကောင်းခန့်", "ဖြိုးသီဟ", "ဥမ္မာ", "ခိုင်နှင်း", "မင်းခန့်"]  # fmt: skip
MY_LATIN = ["Thazin", "Phoo Pyae", "Paing Phyo", "Hay Mar", "Aung Paing", "Zin Min Htut", "Nang Su",
            "Thandar", "Kaung Khant", "Phyo Thiha", "Ohmar", "Khaing Hnin", "Min Khant", "phyo thiha"]  # fmt: skip
KM_FAMILY = ["ហួត", "ខាត់", "ឃុន", "សៀង", "វង្ស", "ណុប", "ឡេង"]
KM_GIVEN = ["ដាវី", "សុភាព", "ស្រីអូន", "ម៉ូលីកា", "សុជាតិ", "ចំរើន", "ស្រីរ័ត្ន", "វិបុល", "ពិសិដ្ឋា"]  # fmt: skip
KM_LATIN_FAMILY = ["Huot", "Khat", "Khun", "Seang", "Vong", "Nob", "Leng"]
KM_LATIN_GIVEN = ["Davy", "Sopheap", "Sreyoun", "Moulika", "Socheat", "Chamroeun", "Sreyrath", "Vibol",
                  "Pisethta"]  # fmt: skip

# Hand-written names for the pools the other splits fill from Faker, none of them in Faker's
# lists. Keys are pools of benchmarks/privacy.py `Names`; each value updates that pool
# (`names.pools[pool].update(...)`). For zh and zh_latin only given names are new (Faker's
# zh_CN family list holds nearly every common surname). For uk and ru, male names only: the
# benchmark pairs family and given names of one gender there.
OWN_POOLS: dict[str, dict[str, list[str]]] = {
    "ja": {
        "family": ["片桐", "須藤", "柴崎", "笠原", "菅原", "堀江", "生田", "村松", "成瀬", "石原",
                   "大橋", "浅井", "秋元", "丸山", "松尾", "宇野", "杉浦", "星野", "川島", "八木", "根本", "綾瀬",
                   "相沢", "小倉", "岡部", "猪股", "神田", "日高", "立花", "溝口", "倉持", "葛西", "真鍋", "東海林",
                   "久我", "五十嵐", "鳴海", "二階堂"],
        "given": ["大和", "健吾", "彩花", "優奈", "美穂", "隼人", "奈緒",
                  "拓也", "孝", "聡子", "千夏", "瑠美", "悠人", "蒼空", "結翔", "湊斗", "陽葵", "芽依",
                  "咲良", "琴音", "美月", "康平", "俊介", "雅人"],
    },
    "ja_kana": {
        "family": ["カタギリ", "スドウ", "シバサキ", "カサハラ", "スガワラ", "ホリエ", "イクタ",
                   "ムラマツ", "ナルセ", "イシハラ", "オオハシ", "アサイ", "アキモト", "マルヤマ", "マツオ", "ウノ",
                   "スギウラ", "ホシノ"],
        "given": ["ヤマト", "ミホ", "ハヤト", "ナオ", "タクヤ", "リョウ", "ケンゴ", "ユイナ", "サトコ",
                  "チナツ", "ルミ", "ソラ", "ヒマリ", "コトネ", "ミズキ", "コウヘイ", "シュンスケ", "マサト"],
    },
    "ja_latin": {
        "family": ["Katagiri", "Sudo", "Shibasaki", "Kasahara", "Sugawara", "Horie",
                   "Ikuta", "Muramatsu", "Naruse", "Ishihara", "Ohashi", "Asai", "Akimoto", "Maruyama",
                   "Matsuo", "Uno", "Sugiura", "Hoshino", "Kawashima", "Yagi", "Nemoto", "Aizawa",
                   "Ogura", "Okabe", "Inomata", "Hidaka", "Tachibana", "Mizoguchi", "Kuramochi",
                   "Kasai", "Manabe", "Shoji", "Igarashi", "Narumi", "Nikaido", "sugawara"],
        "given": ["Yamato", "Kengo", "Miho",
                  "Hayato", "Yuina", "Nao", "Takuya", "Ryo", "Satoko", "Chinatsu",
                  "Rumi", "Sora", "Yuito", "Himari", "Kotone",
                  "Mizuki", "Kohei", "Shunsuke", "Masato", "takuya"],
    },
    "zh": {
        "given": ["泽宇", "梓豪", "若琳", "梓睿", "语嫣", "沛文", "钰涵", "书瑶", "俊宇", "睿泽", "婉清", "嘉懿", "晨阳", "锦程",
                  "慧敏", "春燕", "国栋", "凤霞", "铁柱"],
    },
    "zh_latin": {
        "given": ["Zeyu", "Zihao", "Ruolin", "Zirui", "Yuyan", "Peiwen", "Yuhan", "Shuyao", "Junyu", "Ruize",
                  "Wanqing", "Chenyang", "Jincheng", "Huimin", "Chunyan", "Guodong",
                  "Jianhua", "Yulan", "Fengxia", "Tiezhu"],
    },
    "ko": {
        "family": ["사공", "서문", "동방", "모", "라", "견", "판", "옥", "채", "인", "왕",
                   "반", "맹", "간", "계", "호", "매"],
        "given": ["하람", "슬찬", "다빈", "도담", "라온", "그루", "새롬", "여름", "소망", "마루", "다온", "시온",
                  "로아", "서아", "은솔", "한울", "빛나", "가온", "나래울", "별하", "찬솔", "우람"],
    },
    "vi": {
        "family": ["Lục", "Bế", "Giáp", "Hầu", "Lã", "Chu", "Thân", "Ninh", "Ôn", "Cù", "Đàm",
                   "Khổng", "Hứa", "Quan", "Tiêu"],
        "middle": ["Vĩnh", "Tố", "Trúc", "Quỳnh", "Kỳ"],
        "given": ["Nguyệt", "Khuê", "Thuận", "Đào", "Sang", "Thư", "Hiển", "Luân", "Nhẫn", "Trâm", "Uyên",
                  "Hòa", "Lực", "Tiến", "Lài", "Mận"],
    },
    "id": {
        "family": ["Panjaitan", "Pasaribu", "Tambunan", "Lumbantobing", "Simatupang", "Batubara", "Purba",
                   "Silalahi"],
        "given": ["Anggun", "Yudha", "Ayu Lestari", "Fadli", "Nurul Huda", "Tegar", "Wahyudi", "Rizal",
                  "Ningsih", "Sri Rahayu"],
    },
    "th": {
        "family": ["ชัยมงคล", "รุ่งเรืองศรี", "วงศ์สวัสดิ์", "เพชรรัตน์", "สายบุญ", "บุญประเสริฐ", "แสงทอง",
                   "คำแก้ว", "ภูมิใจ", "ทองสุข", "ศรีจันทร์"],
        "given": ["สมศักดิ์", "วิไลวรรณ", "สุดารัตน์", "อนุชา", "ชนิดา", "พิมพ์ชนก", "ธีรพงษ์", "ศิริพร",
                  "นงลักษณ์", "บัวผัน", "คำปุ่น"],
    },
    "pt": {
        "family": ["Cordeiro", "Quaresma", "Damasceno", "Sobral", "Medeiros", "Miyashiro",
                   "Shimabukuro", "Arakaki", "Chinen", "Taira", "Uehara Kaneshiro"],
        "given": ["Edilson", "Sidnei", "Rosilene", "Gilmar", "Lucimara", "Marinalva", "Cleiton", "Jucélia",
                  "Denílson", "Valdeci", "Sueli", "Givanildo", "Rosemeire", "Adenilson"],
    },
    "es": {
        "family": ["Choque", "Colque", "Huanca", "Poma", "Mayta", "Cusi", "Quisbert", "Ccama", "Sullca",
                   "Yucra", "Cahuana", "Huarachi", "Layme"],
        "given": ["Jhon", "Yeferson", "Flor de María", "Nilton", "Yovana", "Zenón", "Eulogio",
                  "Kenyi", "Yoselin", "Nayeli"],
    },
    "tr": {
        "family": ["Kurtuluş", "Karabulut", "Öztürkmen", "Çakıroğlu", "Tokgöz", "Akbulut", "Özkaya", "Canpolat",
                   "Eryılmaz", "Kahraman", "Yalçınkaya", "Büyükkaya"],
        "given": ["Furkan", "Emirhan", "Berkay", "Ebru", "Volkan", "Esra", "Tolga", "Derya", "Halil", "Nazlı",
                  "Cansu", "Selin"],
    },
    "uk": {
        "family": ["Ткачук", "Федорчук", "Романюк", "Головко", "Дячук", "Климчук", "Гуменюк", "Сидорук",
                   "Мельничук"],
        "given": ["Зеновій", "Ілько", "Назарій", "Тиміш", "Свирид"],
    },
    "ru": {
        "family": ["Пряхин", "Загорулько", "Мокроусов", "Шестопалов", "Коржиков", "Ступин", "Кривошеев", "Чащин", "Лыков"],

    },
    "en": {
        "family": ["Thistlewood", "Ormerod", "Pendlebury", "Haworth", "Ackroyd", "Blenkinsop",
                   "Featherstone", "Stansfield", "Wainwright", "Cheetham", "Postlethwaite", "Greenhalgh"],
        "given": ["Ffion", "Eilidh", "Ruairi", "Torin", "Aoife", "Caoimhe", "Darragh", "Oisin",
                  "Tamsin", "Jago", "Keeley", "Rhiannon"],
    },
}  # fmt: skip

# ------------------------------------------------------------------ messaging IDs, profiles
MESSAGING_TEMPLATES: dict[str, list[str]] = {
    "ja": ["メールは見ないのでラインでお願いします→{line}", "友だち追加はこのURLからどうぞ {lineurl}",
           "海外の番号ですがWhatsAppなら繋がります {intl}", "韓国の友達とはカカオでやりとりしてます、IDは{kakao}",
           "ザロ（ベトナムのアプリ）の番号は{phone}です", "微信やってます、{wechat}で検索してください",
           "テレグラムのユーザー名は{tg}です。夜なら返信できます", "ワッツアップのリンクはこれです {walink}"],
    "en": ["my LINE is {line} just add me, i'll reply after my shift", "tap this to add me on line {lineurl}",
           "i only use whatsapp, number is {intl}", "text me on kakao ({kakao}) if ur korean",
           "find me on telegram: {tg}", "zalo / viber both on {phone}", "my wechat id is {wechat}, my japanese friend set it up",
           "here's a wa link so you don't have to type the number {walink}", "Contact: {name@vi}, WhatsApp {intl}"],
    "zh": ["有问题请私信我的微信：{wechat}", "我的LINE ID：{line}，加的时候备注一下", "国内号码不方便，用WhatsApp吧 {intl}",
           "电报用户名 {tg}", "扫不了码的话点这个链接加我LINE {lineurl}"],
    "ko": ["카톡 아이디는 {kakao}예요, 편하게 연락 주세요", "라인은 {line}", "텔레그램 아이디 {tg} 로 연락 주시면 돼요",
           "왓츠앱 번호 {intl}"],
    "vi": ["zalo e đây ạ {phone}, gọi sau 8h tối nha", "line e là {line}, add giúp e", "link zalo {walink}",
           "whatsapp ở nhà {intl}", "telegram của anh: {tg}"],
    "ne": ["whatsapp ma msg garnu hola {intl}", "मेरो लाइन आइडी {line} हो", "भाइबर नम्बर {phone}", "टेलिग्राम {tg}"],
    "id": ["WA saya {intl} (nomor Indonesia)", "LINE aku {line} ya kak", "bisa chat lewat telegram {tg}",
           "klik link ini buat chat WA {walink}"],
    "tl": ["viber ko po ay {phone}", "sa whatsapp po {intl}", "LINE ID ko po {line}, salamat po",
           "i-tap niyo lang po ito para ma-add ako sa line {lineurl}"],
    "th": ["ไอดีไลน์ของผม {line} ครับ", "กดลิงก์นี้เพื่อแอดไลน์ได้เลยค่ะ {lineurl}", "ถ้าไลน์ไม่ตอบ ทักวอทส์แอปเบอร์ไทยได้ค่ะ {intl}",
           "ติดต่อทางเทเลแกรม {tg}"],
    "pt": ["me manda um zap nesse número {intl}", "no LINE eu sou {line}", "link do meu whats {walink}",
           "quem preferir telegram, meu usuário é {tg}"],
    "es": ["escríbanme al WhatsApp {intl} por favor", "si no contesto el WhatsApp, búsquenme en LINE como {line}", "les dejo el link de mi WhatsApp {walink}"],
    "my": ["Viber ဖုန်းနံပါတ် {intl}", "LINE ID က {line} ပါ", "ည ၉ နာရီနောက်ပိုင်း Telegram {tg} မှာ ပြန်ဖြေနိုင်ပါတယ်"],
    "km": ["លេខ Telegram របស់ខ្ញុំ {intl}", "ID Telegram {tg}", "LINE ID ខ្ញុំគឺ {line}"],
    "mn": ["вайбер дугаар минь {intl}", "LINE-ийн ID {line}", "телеграм хаяг {tg}"],
    "tr": ["WhatsApp numaram {intl}, yazabilirsiniz", "LINE kullanıcı adım {line}", "Telegram'da gece de cevap veririm, kullanıcı adım {tg}"],
    "uk": ["мій вайбер {intl}", "ЛАЙН {line}", "телеграм-нік {tg}, пишіть будь-коли"],
    "ru": ["телеграм для связи {tg}", "мой вацап {intl}", "LINE {line}, пишите по-русски"],
}  # fmt: skip

SOCIAL_TEMPLATES: dict[str, list[str]] = {
    "ja": ["職場の様子はインスタ（@{ig}）に上げてます", "Facebookで同じ目にあった人を探しています {fb}",
           "TikTokで寮の動画が2万回再生されました {ttu}", "詳しくはXに書きました→{xu}", "YouTubeで説明しています {yt}",
           "インスタのDMでも大丈夫です {igu}", "ティックトックのアカウントは@{tt}"],
    "en": ["pics of the dorm are on my fb {fb}", "ig: @{ig} (dm open)", "i made a tiktok about the agency {ttu}",
           "my twitter {xu}", "look up @{tt} on tiktok, that's me", "video of the accident is on my youtube {yt}",
           "my instagram {igu}", "tweeted about it @{x}"],
    "zh": ["我的抖音国际版 {ttu}", "我的Facebook {fb}", "Instagram上搜@{ig}就能找到我", "YouTube频道：{yt}"],
    "ko": ["인스타그램 {igu}", "페북 {fb}", "틱톡에 영상 올렸어요 @{tt}", "유튜브에 자세히 올렸습니다 {yt}"],
    "vi": ["fb em nè, ib em nhé {fb}", "tiktok của em @{tt}", "mấy hình chụp phòng trọ em để trên ig {igu}", "youtube kênh em {yt}"],
    "ne": ["मेरो इन्स्टाग्राम @{ig}", "फेसबुक {fb}", "tiktok ma video halya chu {ttu}"],
    "id": ["fb saya {fb}, ada fotonya", "follow ig aku @{ig}", "tiktok aku {ttu}"],
    "tl": ["eto po fb ko {fb}", "nasa tiktok ko po yung video @{tt}", "nasa ig ko rin po yung mga picture ng dorm {igu}"],
    "th": ["เฟซของหนู {fb}", "ไอจี @{ig} ค่ะ", "คลิปตอนหัวหน้าตะโกนอยู่ในติ๊กต็อกของหนู {ttu}"],
    "pt": ["quem quiser ver as fotos do alojamento, tá no meu face {fb}", "me segue lá no insta que eu posto as novidades @{ig}", "gravei tudo e postei no tiktok {ttu}"],
    "es": ["mi Facebook {fb}", "me pueden seguir en Instagram @{ig}", "mi canal de YouTube {yt}"],
    "my": ["အဆောင်ဓာတ်ပုံတွေကို ကျွန်မ Facebook မှာ ကြည့်လို့ရတယ် {fb}", "TikTok @{tt} မှာ ဗီဒီယို ရှိတယ်"],
    "km": ["រូបថតបន្ទប់ស្នាក់នៅមាននៅលើហ្វេសប៊ុកខ្ញុំ {fb}", "វីដេអូពេលមេក្រុមស្រែក មាននៅ TikTok ខ្ញុំ @{tt}"],
    "mn": ["фэйсбүүк хаяг {fb}", "манай байрны зургууд миний инстаграмд бий {igu}"],
    "tr": ["yurdun fotoğraflarını Instagram hesabıma koydum, bakabilirsiniz @{ig}", "Facebook profilim {fb}"],
    "uk": ["фото гуртожитку виклала у себе у фейсбуці {fb}", "інста @{ig}"],
    "ru": ["страница в фейсбуке {fb}", "все видео с завода выложил в инсту, ник @{ig}"],
}  # fmt: skip

# --------------------------------------------------------------------- labels of every kind
# "{}" is the value. Used for the earlier kinds and for issue 21's written-out forms alike.
PHRASES: dict[str, dict[str, list[str]]] = {
    "email": {
        "ja": ["電話に出られないことが多いので、メール（{}）のほうが確実です", "資料はこちらのアドレスに送ってください→{}",
               "会社のではなく個人のメールです：{}"],
        "en": ["I check this one more than my phone: {}", "pls send the reply to my personal mail {} not the company one",
               "if u need the screenshots i can send from {}", "email (personal): {}"],
        "vi": ["có gì anh chị gửi mail cho em theo địa chỉ {} ạ", "mail cá nhân của em: {}"],
        "pt": ["meu e-mail pessoal, que eu olho todo dia: {}"], "es": ["mándenme la respuesta a este correo {} por favor"],
        "zh": ["回复请发到我的私人邮箱{}，公司邮箱会被看到"], "ko": ["답장은 개인 메일 {} 로 부탁드려요"],
        "tl": ["dito po kayo mag-email sa akin {}, salamat po"], "id": ["balasannya tolong dikirim ke email pribadi saya {}"],
        "th": ["ตอบกลับทางอีเมลส่วนตัวได้ที่ {} นะคะ"], "tr": ["bana e-postayla ulaşmak isterseniz adresim {}"],
        "uk": ["відповідь краще надіслати на мою особисту пошту {}"], "ru": ["мой личный ящик {}, рабочий не используйте"],
        "ne": ["जवाफ मेरो इमेल {} मा पठाउनुहोला"], "mn": ["хариуг миний имэйл {} рүү явуулаарай"],
        "my": ["အီးမေးလ်နဲ့ ပြန်ဖြေချင်ရင် {} ကို ပို့ပေးပါ"], "km": ["សូមឆ្លើយតបមកអ៊ីមែលរបស់ខ្ញុំ {}"],
    },
    "phone": {
        "ja": ["昼間は仕事中なので、夜8時以降に{}へお電話ください", "電話番号を書いておきます。{}（ショートメッセージも可）",
               "折り返しはこちらの番号で：{}"],
        "en": ["you can ring me after 7pm on {}", "phone no. is {}, text first pls", "my mobile, in case the email doesn't work: {}"],
        "vi": ["số điện thoại của em {}, anh chị gọi buổi tối giúp em"], "pt": ["meu telefone pra contato é {}, pode ligar à noite"],
        "es": ["pueden llamarme al {} después de las siete"], "zh": ["晚上可以打我手机{}"], "ko": ["연락처 남겨요 {} 저녁에 받을 수 있어요"],
        "tl": ["ito po ang number ko {}, text po muna bago tumawag"], "id": ["nomor telepon saya {}, telepon malam saja ya"],
        "ne": ["बेलुका {} मा फोन गर्नुहोला"], "th": ["เบอร์ติดต่อ {} โทรหลังสองทุ่มนะคะ"], "tr": ["akşamları {} numaradan arayabilirsiniz"],
        "ru": ["звоните вечером на {}"], "uk": ["мій номер {}, краще ввечері"], "mn": ["утасны дугаар {}, оройн цагаар залгаарай"],
        "my": ["ညနေပိုင်း {} ကို ဖုန်းဆက်ပါ"], "km": ["លេខទូរស័ព្ទខ្ញុំ {} សូមតេមកពេលយប់"],
    },
    "residence_card": {
        "ja": ["念のため在留カードの番号も書きます。{}", "在留カード（{}）の期限が来月で切れます"],
        "en": ["zairyu card no. {} (expires next month)", "in case you need it, residence card {}", "my card no is {}, the company made a copy"],
        "vi": ["số thẻ zairyu của em là {}, sắp hết hạn"], "pt": ["meu zairyu card é {} e vence mês que vem"], "es": ["mi tarjeta de residencia, la {}, vence pronto"],
        "zh": ["在留卡号是{}，下个月到期"], "tl": ["residence card ko po {} (malapit na mag-expire)"], "id": ["nomor zairyu card saya {}, sebentar lagi habis"],
        "ne": ["मेरो जाइर्यु कार्ड नम्बर {} हो, अर्को महिना सकिन्छ"], "ko": ["재류카드 번호 {} 인데 다음 달에 만료돼요"], "mn": ["миний оршин суух картын дугаар {}"],
    },
    "my_number": {
        "ja": ["会社にマイナンバーを聞かれて教えました。{}です", "個人番号（{}）を派遣会社に渡してしまいました"],
        "en": ["I gave my my number {} to the agency, was that ok?", "my-number: {} (the agency wrote it on a paper)"],
        "vi": ["em đã đưa mã số my number {} cho công ty phái cử"], "pt": ["passei meu my number {} pra empreiteira, fiz errado?"], "zh": ["中介要了我的个人编号{}"],
        "ko": ["파견회사에 마이넘버 {} 를 알려줬어요"], "tl": ["binigay ko po yung my number ko {} sa agency"], "id": ["saya kasih My Number {} ke agen, apa boleh?"],
        "es": ["le di mi My Number {} a la agencia"], "ne": ["एजेन्सीलाई माई नम्बर {} दिएँ"],
    },
    "passport": {
        "ja": ["パスポートの番号は{}で、いまは会社の金庫にあります", "旅券（番号{}）をまだ返してもらっていません"],
        "en": ["three months and the company still hasn't returned my passport ({})", "passport no {} is in the boss's safe", "My passport, no. {}, was taken on the first day"],
        "vi": ["hộ chiếu số {} của em vẫn ở chỗ công ty"], "pt": ["meu passaporte {} ainda está com o patrão"], "zh": ["我的护照{}还在老板那里"],
        "id": ["paspor saya nomor {} masih ditahan perusahaan"], "ne": ["मेरो राहदानी नम्बर {} साहुसँग छ"], "es": ["mi pasaporte, número {}, lo tiene el jefe"],
        "tl": ["nasa amo pa rin po ang passport ko {}"], "th": ["พาสปอร์ตเลขที่ {} ยังอยู่กับนายจ้าง"], "tr": ["pasaportum ({}) hâlâ patronda"],
        "ru": ["паспорт {} до сих пор у начальника"], "uk": ["мій паспорт {} досі у роботодавця"], "mn": ["паспорт маань {} одоо ч дарга дээр байгаа"],
        "my": ["ကျွန်တော့် ပတ်စပို့ {} ကို အလုပ်ရှင်က ပြန်မပေးသေးဘူး"], "km": ["លិខិតឆ្លងដែន {} របស់ខ្ញុំនៅជាប់ថៅកែ"], "ko": ["제 여권 {} 아직 사장님이 갖고 있어요"],
    },
    "postal_code": {
        "ja": ["だいたいの場所だけ、郵便番号{}です", "〒{}（これ以上は書きません）"], "en": ["roughly where I live: postcode {}", "post code {}, I don't want to write the full address"],
        "vi": ["em ở khu có mã bưu chính {}"], "pt": ["moro na região do CEP japonês {}"], "zh": ["我住在邮编{}那一带"], "ko": ["대충 우편번호 {} 근처에 살아요"],
        "id": ["saya tinggal di daerah kode pos {}"], "es": ["vivo por la zona del código postal {}"], "tl": ["nasa area po kami ng zip code {}"],
    },
    "address": {
        "ja": ["書類はここに送ってください：{}", "寮の住所は{}で、6畳に3人で住んでいます"],
        "en": ["the dorm is at {}, six of us in one room", "mail it to {} (my friend's place)", "address on my residence card: {}"],
        "vi": ["ký túc xá ở địa chỉ {}, 6 người một phòng"], "pt": ["o alojamento fica em {}"], "es": ["el dormitorio está en {}"],
        "zh": ["宿舍在{}，一个房间住六个人"], "ko": ["기숙사 주소는 {} 예요"], "tl": ["ang dorm namin po ay nasa {}"], "id": ["mess kami di {}"],
        "ne": ["हाम्रो कोठा {} मा छ"], "th": ["หอพักอยู่ที่ {}"], "tr": ["kaldığımız yurt {}"], "ru": ["общежитие находится по адресу {}"],
        "uk": ["гуртожиток за адресою {}"], "mn": ["дотуур байр {} хаягт байдаг"], "my": ["အဆောင်က {} မှာပါ"], "km": ["ផ្ទះស្នាក់នៅ {}"],
    },
    "url": {
        "ja": ["求人広告のスクショはこちら {}", "会社のホームページ（{}）に書いてある条件と違います"], "en": ["the job ad is still up {}", "they promised this on their site {} but it's not true"],
        "vi": ["quảng cáo tuyển dụng ở đây {}"], "pt": ["o anúncio que eu vi: {}"], "zh": ["招聘广告在这里{}"], "es": ["la oferta de trabajo que vi {}"], "ko": ["구인 광고 {}"],
    },
    "birth_date": {
        "ja": ["本人確認が必要なら、生年月日は{}です", "{}生まれの男性です"], "en": ["born {} if you need to check", "my birthday is {}, same as on the passport"],
        "vi": ["nếu cần đối chiếu thì em sinh ngày {} ạ"], "pt": ["minha data de nascimento é {}"], "zh": ["我生日是{}"], "ko": ["생일은 {} 입니다"],
        "es": ["mi fecha de nacimiento es el {}"], "tl": ["ipinanganak po ako noong {}"], "id": ["kalau perlu cek data, saya lahir {}"], "tr": ["kimlik kontrolü gerekirse doğum tarihim {}"],
        "ru": ["дата рождения {}, если понадобится"], "uk": ["якщо треба звірити дані, я народився {}"],
    },
}  # fmt: skip

# ----------------------------------------------------- public places, institutions, officials
NEGATIVE_TEMPLATES: dict[str, list[str]] = {
    "ja": ["{place}に行ったら英語のパンフレットがありませんでした", "{official}の会見をニュースで見ましたが、私たちのことは出てきませんでした",
           "{town}に引っ越してから病院が遠くなりました", "{company}の工場で派遣として働いています", "{word}でこのフォームを知りました",
           "{place}の窓口の人が丁寧に説明してくれて助かりました", "{official}宛てに手紙を書いたことがあります", "{town}は外国人が多くて住みやすいです",
           "{company}さんの配送センターで夜勤をしています"],
    "en": ["the staff at {place} didn't speak any english", "I wish {official} would visit a factory dorm once",
           "moved to {town} last spring for work", "I've been packing boxes at {company} for two years", "saw a post about this form on {word}",
           "{place} was closed when we got there", "watched {official} on TV promising more support, nothing changed",
           "{town} doesn't have a single international school", "To {official}: please read this", "my brother drives trucks for {company}",
           "Hello {place},"],
    "zh": ["去{place}排了两个小时的队", "希望{official}能看看我们的宿舍", "搬到{town}以后工作好找一点", "我在{company}的仓库上夜班",
           "在{word}上有人转了这个链接"],
    "ko": ["{place} 직원분이 친절하게 안내해 주셨어요", "{official}께서 이 글을 읽으셨으면 해요", "{town}은 월세가 싸서 이사 왔어요",
           "{company} 공장에서 2년째 일하고 있어요", "{word}에서 이 설문을 알게 됐어요"],
    "vi": ["em ra {place} hỏi mà không ai nói tiếng Anh", "mong {official} đọc được những dòng này", "em mới chuyển về {town} làm việc",
           "chồng em làm ca đêm ở {company}", "có người share link khảo sát này trên {word} nên em mới biết"],
    "pt": ["fui no {place} e ninguém falava português", "se {official} passasse um dia no alojamento ia entender", "mudei pra {town} por causa do serviço",
           "trabalho na linha da {company} faz três anos", "vi o link no {word}"],
    "es": ["fui a {place} y no había nadie que hablara español", "a ver si {official} se entera de cómo vivimos los extranjeros aquí", "me mudé a {town} el año pasado",
           "mi esposo trabaja de noche en {company}"],
    "tl": ["pumunta po ako sa {place} kahapon pero sarado", "sana po mabasa ito ni {official}", "lumipat po kami sa {town} noong Marso",
           "nagtatrabaho po ako sa {company} bilang packer"],
    "id": ["saya ke {place} tapi tidak ada penerjemah", "semoga {official} membaca ini", "saya baru pindah ke {town}",
           "saya kerja shift malam di {company}"],
    "ne": ["{place}मा अंग्रेजी बोल्ने कोही थिएन", "{official}ले यो पढून् भन्ने आशा छ", "काममा {town} सरेँ", "श्रीमान् {company}मा काम गर्छन्"],
    "th": ["ไป{place}มาแต่ไม่มีล่ามภาษาไทย", "อยากให้{official}ได้อ่านเรื่องนี้", "ย้ายมาอยู่{town}เพราะงาน", "ทำงานกะดึกที่{company}"],
    "tr": ["{place}'da Türkçe bilen kimse yoktu", "{official} bunu okusun isterim", "{town}'a taşındık", "{company}'nın deposunda çalışıyorum"],
    "uk": ["У {place} ніхто не говорив англійською", "Хотілося б, щоб {official} це прочитав", "Переїхали у {town} торік",
           "Дружина працює на {company}"],
    "ru": ["В {place} никто не говорил по-английски", "Хочу, чтобы {official} это прочитал", "Переехали в {town} из-за работы",
           "Брат работает на {company}"],
    "mn": ["{place}-д англиар ярьдаг хүн байсангүй", "{official} үүнийг уншаасай", "ажлын учраас {town} руу нүүсэн"],
    "my": ["{place} မှာ စကားပြန် မရှိဘူး", "{official} ဒီစာကို ဖတ်စေချင်တယ်", "အလုပ်ကြောင့် {town} ကို ပြောင်းလာတယ်"],
    "km": ["នៅ {place} គ្មានអ្នកបកប្រែទេ", "ខ្ញុំចង់ឱ្យ {official} ដឹងពីជីវិតរបស់កម្មករបរទេស", "ខ្ញុំបានផ្លាស់មក {town} ដោយសារការងារ"],
}  # fmt: skip

PUBLIC_KANJI = ["八王子市役所", "町田駅", "立川駅", "調布市役所", "出雲市役所", "松江駅", "別府市役所", "中津駅", "鳥栖市役所",
                "伊万里駅", "鹿屋市役所", "北上市役所", "花巻空港", "横手駅", "甲府駅", "笛吹市役所", "郡山駅", "いわき市役所",
                "島根県庁", "大分県庁", "佐賀県庁", "鹿児島県庁", "岩手県庁", "秋田県庁", "山梨県庁", "福島出入国在留管理局",
                "松江地方法務局", "大分労働局", "国際交流基金"]  # fmt: skip
PUBLIC_LATIN = ["Hachioji City Hall", "Machida Station", "Tachikawa Station", "Chofu City Office", "Izumo City Hall",
                "Matsue Station", "Beppu City Hall", "Nakatsu Station", "Tosu City Hall", "Kofu Station",
                "the Shimane Prefectural Government", "the Oita Prefectural Office", "the Saga Prefectural Government",
                "the Kagoshima Prefectural Office", "the Iwate Prefectural Government", "Akita Prefecture",
                "Yamanashi Prefecture", "Hanamaki Airport", "Koriyama Station", "Iwaki City Hall",
                "Hello Work Hachioji", "the Oita Labour Bureau", "the Japan Foundation", "Kagoshima Airport"]  # fmt: skip
PUBLIC_LOCAL = {
    "vi": ["ga Hachioji", "tòa thị chính Beppu", "sân bay Kagoshima", "Sở Lao động Oita"],
    "pt": ["estação de Tachikawa", "prefeitura de Izumo", "aeroporto de Kagoshima"],
    "es": ["la estación de Machida", "la municipalidad de Tosu", "el aeropuerto de Kagoshima"],
    "ko": ["하치오지역", "가고시마공항", "벳푸시청", "주후쿠오카대한민국총영사관"],
    "zh": ["八王子站", "鹿儿岛机场", "别府市政府", "中国驻福冈总领事馆"],
    "tl": ["istasyon ng Hachioji", "munisipyo ng Izumo", "paliparan ng Kagoshima"],
    "id": ["stasiun Tachikawa", "kantor wali kota Beppu", "bandara Kagoshima"],
    "th": ["สถานีฮาจิโอจิ", "สนามบินคาโงชิมะ", "ศาลาว่าการเมืองเบปปุ"],
    "ne": ["हाचिओजी स्टेसन", "कागोशिमा विमानस्थल", "बेप्पु नगरपालिका"],
    "my": ["ဟာချိအိုဂျိဘူတာ", "ကာဂိုရှိမလေဆိပ်", "ဘက်ပုမြို့တော်ခန်းမ"],
    "km": ["ស្ថានីយ៍ហាជីអូជី", "អាកាសយានដ្ឋានកាហ្គោស៊ីម៉ា", "សាលាក្រុងបេបពូ"],
    "mn": ["Хачиожи өртөө", "Кагошима нисэх буудал", "Беппу хотын захиргаа"],
    "tr": ["Hachioji İstasyonu", "Kagoshima Havalimanı", "Beppu Belediyesi"],
    "uk": ["станція Хатіодзі", "аеропорт Кагосіма", "мерія Беппу"],
    "ru": ["станция Хатиодзи", "аэропорт Кагосима", "мэрия Беппу"],
}  # fmt: skip
# Officials named in their role (and heads of state or government of residents' countries), as
# opinions on policy name them.
OFFICIALS = {
    "ja": ["林総務大臣", "鈴木農林水産大臣", "石原環境大臣", "熊谷千葉県知事", "大野埼玉県知事", "鈴木静岡県知事",
           "山中横浜市長", "国家公安委員長", "外国人政策担当大臣", "法務副大臣"],
    "en": ["Internal Affairs Minister Hayashi", "Agriculture Minister Suzuki", "Governor Kumagai of Chiba",
           "Governor Suzuki of Shizuoka", "Prime Minister Pham Minh Chinh", "President Prabowo Subianto",
           "President Erdogan", "President Zelensky", "Prime Minister Anutin", "the UN Secretary-General"],
    "zh": ["习近平主席", "林总务大臣", "千叶县知事熊谷", "静冈县知事铃木", "联合国秘书长"],
    "ko": ["김정관 산업통상부 장관", "하야시 총무상", "구마가이 지바현 지사", "유엔 사무총장"],
    "vi": ["Thủ tướng Phạm Minh Chính", "Bộ trưởng Hayashi", "Thống đốc Chiba Kumagai", "Chủ tịch Quốc hội Trần Thanh Mẫn"],
    "pt": ["o presidente Lula da Silva", "o ministro Hayashi", "o governador de Shizuoka", "o cônsul-geral do Brasil"],
    "es": ["la presidenta Sheinbaum de México", "el ministro Hayashi", "el gobernador de Chiba", "el cónsul de Bolivia"],
    "tl": ["Pangulong Ferdinand Marcos Jr.", "Ministro Hayashi", "ang gobernador ng Chiba"],
    "id": ["Presiden Prabowo Subianto", "Menteri Hayashi", "Gubernur Chiba"],
    "tr": ["Cumhurbaşkanı Recep Tayyip Erdoğan", "Bakan Hayashi", "Chiba Valisi"],
    "uk": ["президент України", "міністр Хаясі", "губернатор префектури Тіба"],
    "ru": ["президент Путин", "министр Хаяси", "губернатор префектуры Тиба"],
    "th": ["นายกรัฐมนตรีอนุทิน ชาญวีรกูล", "รัฐมนตรีฮายาชิ", "ผู้ว่าราชการจังหวัดชิบะ"],
    "mn": ["Ерөнхий сайд Занданшатар", "Сайд Хаяши", "Чиба мужийн захирагч"],
    "ne": ["राष्ट्रपति रामचन्द्र पौडेल", "मन्त्री हायासी", "चिबाका गभर्नर"],
    "my": ["ဗိုလ်ချုပ်မှူးကြီး မင်းအောင်လှိုင်", "ဝန်ကြီး ဟာယာရှိ"],
    "km": ["ប្រធានព្រឹទ្ធសភា ហ៊ុន សែន", "រដ្ឋមន្ត្រី ហាយ៉ាស៊ី"],
}  # fmt: skip
COMPANIES = ["Isuzu", "Ricoh", "Terumo", "Calbee", "Yamazaki Baking", "山崎製パン", "Sagawa", "Ito-Yokado",
             "イトーヨーカドー", "Kusuri no Aoki", "クスリのアオキ", "Aoki", "Fujitsu", "Hamamatsu Photonics",
             "Toyota Boshoku", "Nichirei", "ニチレイ", "Maruha Nichiro", "Ootoya", "大戸屋"]  # fmt: skip
HANDLE_WORDS = ["#外国人労働者", "#在日ブラジル人", "Bluesky", "Discord", "r/japanlife", "TikTok Lite",
                "WeChat Moments", "Facebook Messenger", "Instagramストーリーズ", "#技能実習制度", "LINE NEWS",
                "Kakao Channel"]  # fmt: skip
PUBLIC_TOWNS = ["Hachioji", "Machida", "Tachikawa", "Chofu", "Izumo", "Matsue", "Beppu", "Nakatsu", "Tosu",
                "Imari", "Kanoya", "Kitakami", "Hanamaki", "Yokote", "Kofu", "Fuefuki", "Koriyama", "Iwaki"]  # fmt: skip
PUBLIC_TOWNS_KANJI = ["八王子市", "町田市", "立川市", "調布市", "出雲市", "松江市", "別府市", "中津市", "鳥栖市",
                      "伊万里市", "鹿屋市", "北上市", "花巻市", "横手市", "甲府市", "笛吹市", "郡山市", "いわき市"]  # fmt: skip


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
# rules, train and bus numbers, shoe sizes, a reference number that fails the My Number check
# digit ({bad12}). Any span found in them is a false positive.
DECOYS: dict[str, list[str]] = {
    "ja": ["夜勤は22時から翌朝7時までです。", "手取りは月15万円くらいです。", "受付番号{bad12}で申請しました。",
           "寮費は月2万8千円引かれています。", "2026年4月から制度が変わると聞きました。", "子どもは3人で、上が中学2年です。",
           "7時52分の電車に乗っています。", "安全靴のサイズは26.5です。", "N3に2回落ちました。"],
    "en": ["night shift is 10pm to 7am", "take-home pay is about 150,000 yen", "they gave me a receipt with number {bad12} on it",
           "dorm fee of 28,000 a month is deducted", "I heard the system changes from April 2026", "I failed N3 twice",
           "the 7:52 train from platform 4", "my safety shoes are size 26.5", "3 kids, the oldest is in 8th grade"],
    "vi": ["tuần này em làm ca đêm, 22 giờ vào, 7 giờ ra", "thực lĩnh khoảng 15 vạn", "số hồ sơ {bad12}", "tiền ký túc xá trừ 2 vạn 8"],
    "pt": ["turno da noite das 22h às 7h", "recebo uns 150 mil ienes líquidos", "o recibo da prefeitura tinha o número {bad12}"],
    "zh": ["夜班从晚上十点到早上七点", "到手大概15万日元", "网上提交以后显示的编号是{bad12}", "宿舍费每月扣2万8千"],
    "es": ["el turno de noche es de 22:00 a 7:00", "cobro unos 150.000 yenes netos", "número de solicitud {bad12}"],
    "ko": ["야간 근무는 밤 10시부터 아침 7시까지", "실수령액은 15만 엔 정도", "신청 번호 {bad12}"],
    "tl": ["ang night shift ay 10pm hanggang 7am", "mga 150,000 yen ang take home", "nasa 4th floor, room 402 ang kwarto ko"],
    "id": ["minggu ini saya masuk malam, 22.00 masuk, 07.00 pulang", "gaji bersih sekitar 150.000 yen", "kereta jam 07.52 dari jalur 4"],
    "ne": ["रातको सिफ्ट १० बजेदेखि ७ बजेसम्म", "हातमा १,५०,००० येन आउँछ"],
    "th": ["กะดึก 22.00 ถึง 07.00 น.", "ได้รับจริงประมาณ 150,000 เยน"],
    "tr": ["gece vardiyası 22.00'den 07.00'ye", "elime 150.000 yen geçiyor"],
    "ru": ["на этой неделе работаю в ночь, с 22 до 7 утра", "на руки около 150 000 иен"],
    "uk": ["цього тижня працюю в нічну, з 22 до 7 ранку", "на руки близько 150 000 єн"],
    "mn": ["шөнийн ээлж 22:00-аас 07:00 хүртэл", "гарт 150,000 иен ордог"],
    "my": ["ညဆိုင်း ၁၀ နာရီကနေ မနက် ၇ နာရီအထိ", "လက်ထဲ ယန်း ၁၅၀,၀၀၀ လောက်ရတယ်"],
    "km": ["វេនយប់ពីម៉ោង 22:00 ដល់ 7:00", "ទទួលបានប្រហែល 150,000 យ៉េន"],
}  # fmt: skip


# ------------------------------------------------------------------------ value shapes
# Shapes the dev, held-out, unseen, unseen2 and unseen3 generators do not build: LINE `~` links,
# `line.me/R/ti/p/@…` with a written "@", open-chat `line.me/ti/g2/` links and `page.line.me`;
# WeChat `u.wechat.com` QR links and IDs with a "-"; Kakao `qr.kakao.com` and `open.kakao.com/me/`;
# Telegram `telegram.me/` and `t.me/@…` as residents mistype it; WhatsApp `wa.me/message/` business
# links and `whatsapp://send`, Viber `viber://add`, Zalo with the country code; Facebook `m.` and
# `/share/` links, Instagram `instagr.am`, `/reels/`, `?utm_source=qr` and `ig.me/m/`, TikTok
# `/video/` and `vt.` links, X `mobile.twitter.com` and `/media`, YouTube `?si=` and `/user/`;
# e-mails with "&" or "％" to swap, `〔at〕`, `《@》`, `~at~`, "at sign"; addresses with "2chome",
# "2 Chome" spaced, kanji 丁目 inside Latin text, "#305", "gōshitsu", capitals; numbers cut by ".",
# "–" (en dash) and "_".


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
            lambda: f"+84 (0) {rng.choice('3579')}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+63-9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            lambda: f"+55 {rng.randint(11, 99)} 9{_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+977 98{_digits(rng, 2)} {_digits(rng, 6)}",
            lambda: f"+95 (0)9 {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+7 9{_digits(rng, 2)} {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            lambda: f"+380 {rng.choice(['66', '68', '97', '99'])} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+62-8{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+855 (0){rng.choice(['10', '15', '70', '88'])} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+976-{rng.choice(['99', '88', '94'])}{_digits(rng, 2)}-{_digits(rng, 4)}",
            lambda: f"+66 (0)9{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
            lambda: f"+90 5{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"+51 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            lambda: f"+86 1{rng.choice('3589')}{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}",
            lambda: f"+82 10-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}",
            lambda: f"(+81) {rng.choice(['90', '80', '70'])}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: f"81-{rng.choice(['90', '80', '70'])}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        ]
    )()  # fmt: skip


def messaging_value(rng: random.Random, slot: str, user_id: str) -> str:
    """The value of a messaging slot; `user_id` is an ID built from a name (benchmarks/privacy.py
    `handle`), used where the app's ID is chosen by the user."""
    if slot == "phone":
        groups = [rng.choice(["090", "080", "070"]), _digits(rng, 4), _digits(rng, 4)]
        roll = rng.random()
        if roll < 0.3:
            return "–".join(groups)  # en dash, as phones autocorrect it
        if roll < 0.5:
            return f"+81-{groups[0][1:]}-{groups[1]}-{groups[2]}"
        if roll < 0.7:
            return f"(+81) {groups[0][1:]} {groups[1]} {groups[2]}"
        if roll < 0.85:
            return f"{groups[0]}_{groups[1]}_{groups[2]}"
        return f"{groups[0]}-{groups[1][:2]}-{groups[1][2:]}{groups[2]}"
    if slot == "intl":
        return international_phone(rng)
    if slot == "walink":
        number = rng.choice(
            ["8190", "8180", "8470", "8498", "639", "5521", "97798", "959", "855", "62812"]
        ) + _digits(rng, 8)
        roll = rng.random()
        if roll < 0.25:
            return "https://wa.me/message/" + "".join(
                rng.choice(LETTERS + "0123456789") for _ in range(13)
            )
        if roll < 0.45:
            return "whatsapp://send?phone=" + number
        if roll < 0.6:
            return "viber://add?number=" + number
        if roll < 0.8:
            return "https://zalo.me/84" + rng.choice("3579") + _digits(rng, 8)
        return "wa.me/+" + number
    if slot == "lineurl":
        roll = rng.random()
        if roll < 0.35:
            return "https://line.me/ti/p/~" + user_id
        if roll < 0.6:
            return "line.me/R/ti/p/@" + user_id
        if roll < 0.8:
            return "https://line.me/ti/g2/" + "".join(
                rng.choice(ALNUM + LETTERS + "_-") for _ in range(22)
            )
        return "https://page.line.me/" + "".join(rng.choice(ALNUM) for _ in range(8))
    if slot == "wechat":
        roll = rng.random()
        if roll < 0.3:
            return "https://u.wechat.com/" + "".join(
                rng.choice(ALNUM + LETTERS + "-_") for _ in range(22)
            )
        if roll < 0.6:
            return user_id.replace(".", "-").replace("_", "-")
        return user_id.capitalize() + rng.choice(["", "_" + str(rng.randint(10, 99))])
    if slot == "tg":
        name = user_id.replace(".", "_")
        roll = rng.random()
        if roll < 0.3:
            return "telegram.me/" + name
        if roll < 0.5:
            return "https://t.me/@" + name
        if roll < 0.7:
            return "@" + name.capitalize()
        return "https://t.me/" + name + "?start=hi"
    if slot == "kakao":
        roll = rng.random()
        if roll < 0.3:
            return "https://qr.kakao.com/talk/" + "".join(
                rng.choice(ALNUM + LETTERS) for _ in range(22)
            )
        if roll < 0.55:
            return "https://open.kakao.com/me/" + user_id.replace(".", "")
        return user_id.replace(".", "_") + rng.choice(["", "_kr", "93"])
    if slot == "line":
        roll = rng.random()
        if roll < 0.2:
            return user_id.replace(".", "-")
        if roll < 0.35:
            return "＠" + user_id  # written with a full-width "@"
        if roll < 0.5:
            return user_id.capitalize()
    return user_id


def social_value(rng: random.Random, slot: str, user_name: str, display_name: str) -> str:
    """A profile URL or handle; `user_name` is a handle built from a name, `display_name` a
    person's name in Latin letters."""
    if slot == "ig":
        return user_name + rng.choice(["", "", "__", ".ph", ".br", "_vn"])
    if slot == "tt":
        return user_name.replace(".", "_") + rng.choice(["", "", ".vlog", "_tv", "official"])
    if slot == "x":
        base = user_name.replace(".", "_")[:13]
        return base + rng.choice(["", "", "2", "__"])
    if slot == "fb":
        roll = rng.random()
        if roll < 0.3:
            return "https://m.facebook.com/" + user_name
        if roll < 0.5:
            return (
                "https://www.facebook.com/share/"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(10))
                + "/"
            )
        if roll < 0.7:
            return "facebook.com/" + user_name + "/"
        if roll < 0.85:
            return "fb.me/" + user_name
        return "https://m.facebook.com/profile.php?id=6155" + _digits(rng, 10)
    if slot == "igu":
        roll = rng.random()
        if roll < 0.3:
            return "instagr.am/" + user_name
        if roll < 0.5:
            return "https://www.instagram.com/" + user_name + "/reels/"
        if roll < 0.75:
            return "https://instagram.com/" + user_name + "?utm_source=qr"
        return "ig.me/m/" + user_name
    if slot == "ttu":
        roll = rng.random()
        if roll < 0.4:
            return "https://www.tiktok.com/@" + user_name + "/video/75" + _digits(rng, 17)
        if roll < 0.7:
            return (
                "https://vt.tiktok.com/ZS"
                + "".join(rng.choice(ALNUM + LETTERS) for _ in range(7))
                + "/"
            )
        return "tiktok.com/@" + user_name + "?is_from_webapp=1&sender_device=pc"
    if slot == "xu":
        handle = user_name.replace(".", "_")[:15]
        roll = rng.random()
        if roll < 0.35:
            return "https://twitter.com/" + handle
        if roll < 0.6:
            return "mobile.twitter.com/" + handle
        if roll < 0.8:
            return f"https://x.com/{handle}/media"
        return f"https://x.com/{handle}/status/19" + _digits(rng, 17)
    # yt
    roll = rng.random()
    if roll < 0.35:
        return (
            "https://youtube.com/@"
            + user_name
            + "?si="
            + "".join(rng.choice(ALNUM + LETTERS + "_-") for _ in range(16))
        )
    if roll < 0.65:
        return "https://m.youtube.com/@" + user_name
    return "youtube.com/user/" + user_name.replace(".", "")


# A written-out e-mail: the "@" and "." spelled out, bracketed or replaced by a sign the reader is
# told to swap back.
AT_WORDS = {"ja": ["〔あっと〕", "アットまーく"], "zh": ["〔at〕", "（@符号）"], "ko": ["〈골뱅이〉", "앳"], "ru": ["{собака}"],
            "uk": ["«равлик»"], "tr": ["«et»"], "id": ["[et]"], "th": ["(แอท)"], "pt": ["«arroba»"],
            "es": ["«arroba»"], "vi": ["[a còng]"], "tl": ["[at sign]"], "mn": ["«at»"], "ne": ["(एट)"]}  # fmt: skip
DOT_WORDS = {"ja": ["〔どっと〕"], "zh": ["〔dot〕"], "ko": ["〈점〉"], "ru": ["{точка}"], "uk": ["«крапка»"],
             "tr": ["«nokta»"], "id": ["(titik)"], "th": ["(ดอท)"], "pt": ["«ponto»"], "es": ["«punto»"],
             "vi": ["[chấm]"], "tl": ["(tuldok)"], "mn": ["«dot»"], "ne": ["(डट)"]}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com"] * 5 + ["yahoo.co.jp", "icloud.com", "docomo.ne.jp", "outlook.jp", "hotmail.com",
                                     "yahoo.com", "gmx.de", "kakao.com", "sina.com", "yandex.ru", "i.ua",
                                     "yahoo.co.id", "uol.com.br", "mail.com"]  # fmt: skip
SWAP_NOTES = {"ja": "（{sign}は@のことです）", "en": " (put @ where the {sign} is)", "zh": "（{sign}请改为@）",
              "vi": " (sửa {sign} thành @ nha)", "pt": " (onde tem {sign} é @)", "es": " (el {sign} es una @)",
              "ko": " ({sign} 대신 @)", "tl": " (yung {sign} po ay @)", "id": " (tanda {sign} itu @)",
              "tr": " ({sign} işaretini @ yapın)", "ru": " (вместо {sign} поставьте @)", "uk": " (замість {sign} — @)"}  # fmt: skip


def written_out_email(rng: random.Random, local: str, lang: str) -> tuple[str, str]:
    """(address as written, note written after it). Only the address is the gold span."""
    domain = rng.choice(EMAIL_DOMAINS)
    parts = domain.split(".")
    roll = rng.random()
    if roll < 0.18 and lang in SWAP_NOTES:
        sign = rng.choice(["&", "％", "▲", "♪"])
        return f"{local}{sign}{domain}", SWAP_NOTES[lang].format(sign=sign)
    if roll < 0.38 and lang in AT_WORDS:
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS.get(lang, ["[dot]"]))
        rest = dot.join(parts) if rng.random() < 0.6 else domain
        return f"{local}{at}{rest}", ""
    if roll < 0.48:
        return f"{local} 〔at〕 {domain}", ""
    if roll < 0.58:
        return f"{local}《@》{domain}", ""
    if roll < 0.68:
        return f"{local}~at~{'~dot~'.join(parts)}", ""
    if roll < 0.78:
        return f"{local} at sign {domain}", ""
    if roll < 0.86:
        return f"{local.upper()} @ {domain.upper()}", ""
    if roll < 0.94:
        return f"{local} @ {parts[0]} dot {'.'.join(parts[1:])}", ""
    return f"{local}@{parts[0]}。{'。'.join(parts[1:])}", ""


ROMAN_TOWNS = ["Yokoyamacho", "Midoricho-Higashi", "Kamikitadai", "Kokuryo-cho", "Imaichi-cho", "Tonoi", "Hamawaki",
               "Kitahama", "Yayoigaoka", "Kashiwamachi", "Nishikimachi", "Jonan-dori", "Kuroyama", "Ekimae-Chuo",
               "Sakaemachi", "Motomiya-Nishi", "Uchimaru", "Kitakawara", "Hinata", "Takasago-cho"]  # fmt: skip
# (ward, city, prefecture); the Tokyo cities are in Tokyo's Tama area, with "-shi".
ROMAN_CITIES = [("", "Hachioji", "Tokyo"), ("", "Machida", "Tokyo"), ("", "Tachikawa", "Tokyo"),
                ("", "Chofu", "Tokyo"), ("", "Izumo", "Shimane"), ("", "Matsue", "Shimane"), ("", "Beppu", "Oita"),
                ("", "Nakatsu", "Oita"), ("", "Tosu", "Saga"), ("", "Imari", "Saga"), ("", "Kanoya", "Kagoshima"),
                ("", "Kitakami", "Iwate"), ("", "Hanamaki", "Iwate"), ("", "Yokote", "Akita"), ("", "Kofu", "Yamanashi"),
                ("", "Fuefuki", "Yamanashi"), ("", "Koriyama", "Fukushima"), ("", "Iwaki", "Fukushima")]  # fmt: skip
ROMAN_BUILDINGS = ["Haitsu Yayoi", "Sunny Villa Beppu", "Coporasu Midori", "Grace Hills Tosu", "Palais Hinata",
                   "Famille Kitahama", "Ciel Court"]  # fmt: skip
PREF_SUFFIX = {"Tokyo": "to", "Osaka": "fu", "Kyoto": "fu", "Hokkaido": ""}


def romanized_address(rng: random.Random) -> str:
    """A Japanese address in Latin letters, in shapes the other splits do not build."""
    town = rng.choice(ROMAN_TOWNS)
    _, city, pref = rng.choice(ROMAN_CITIES)
    c, b, g = rng.randint(1, 7), rng.randint(1, 35), rng.randint(1, 28)
    zip_code = f"{rng.randint(1, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"
    room = rng.choice([rng.randint(101, 508), rng.randint(1001, 1412)])
    building = rng.choice(ROMAN_BUILDINGS)
    suffix = PREF_SUFFIX.get(pref, "ken")
    style = rng.random()
    if style < 0.13:  # "2chome" written together
        return f"{town} {c}chome {b}-{g}, {city}-shi, {pref}"
    if style < 0.25:  # "2 Chome 14-7", spaced
        return f"{town} {c} Chome {b}-{g}, {city} City, {pref}-{suffix} {zip_code}"
    if style < 0.36:  # kanji 丁目 copied from the lease into Latin text
        return f"{town} {c}丁目{b}-{g}, {city}-shi, {pref}"
    if style < 0.48:  # room first with "#"
        return f"#{room} {building}, {c}-{b}-{g} {town}, {city}-shi, {pref}-{suffix}"
    if style < 0.58:  # Japanese order with "gōshitsu"
        return f"{pref}-{suffix} {city}-shi {town} {c}-{b}-{g} {building} {room}-gōshitsu"
    if style < 0.68:  # all capitals, as on an envelope from abroad
        return f"{c}-{b}-{g} {town}, {city}-SHI, {pref}, JAPAN {zip_code}".upper()
    if style < 0.78:  # the building in brackets after the block
        return f"{town} {c}-{b}-{g} ({building} {room}), {city}"
    if style < 0.88:  # the postal code last, with its mark
        return f"{town} {c}-{b}-{g}, {city}-shi 〒{zip_code}"
    if style < 0.95:  # block number words
        return f"No. {g}, Block {b}, {c}-chome {town}, {city}-shi, {pref}"
    return f"{town} {c}-{b}-{g}-{room}, {city}, {pref} Pref."


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
        return rng.choice([f"{head}{n} {tail}", f"{head} {n[:4]}-{n[4:]} {tail}", f"{head}.{n}.{tail}",
                           f"{head}–{n}–{tail}", f"{head}{n[:4]} {n[4:]}{tail}", f"{head.lower()} {n} {tail.lower()}",
                           f"{head} {n}{tail}", f"{head}-{n[:2]}-{n[2:]}-{tail}"])  # fmt: skip
    if kind == "my_number":
        n = my_number_digits(rng)
        return rng.choice(
            [".".join([n[:4], n[4:8], n[8:]]), "–".join([n[:4], n[4:8], n[8:]]),
             " ".join(n[i:i + 3] for i in range(0, 12, 3)), "_".join([n[:4], n[4:8], n[8:]]),
             f"{n[:4]} {n[4:8]}-{n[8:]}", f"{n[:8]} {n[8:]}"]
        )  # fmt: skip
    if kind == "passport":
        head = "".join(rng.choice(LETTERS) for _ in range(2))
        d = _digits(rng, 7)
        return rng.choice([f"{head}.{d}", f"{head}–{d}", f"{head} / {d}", f"{head.lower()} {d[:3]} {d[3:]}",
                           f"{head}{d[:4]} {d[4:]}", f"{head}_{d}"])  # fmt: skip
    groups = jp_subscriber(rng)
    while groups[0].startswith(("0120", "0570", "0800")):
        groups = jp_subscriber(rng)
    return rng.choice(
        ["–".join(groups), f"+81-{groups[0][1:]}-{groups[1]}-{groups[2]}", f"81 {groups[0][1:]} {groups[1]} {groups[2]}",
         f"{groups[0]}_{groups[1]}_{groups[2]}", f"(0{groups[0][1:]}) {groups[1]}-{groups[2]}",
         f"{groups[0]} {groups[1]}{groups[2]}"]
    )  # fmt: skip
