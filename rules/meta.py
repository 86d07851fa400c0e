"""META: page metadata that leaked into the text as lines of their own.

Dates and timestamps, Unix epoch numbers, bylines and bare URLs are facts *about* a
document. A scraper that flattens the page keeps them as lines between the paragraphs.
Every rule here looks at whole lines only (a date inside a sentence is prose), reports
what it parsed as evidence, and offers to remove the line: safely where the line holds
nothing a user would want to keep (an epoch number), unsafely where the user may want to
move it into the record's metadata first (a date, a URL, a byline).

Engagement counts ("1.2K shares") and reading times are plain patterns and live in the
rule pack ``packs/metadata.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corpus_lint import (
    Case,
    Document,
    Edit,
    Finding,
    Fix,
    FixAvailability,
    Option,
    Rule,
    Segment,
    Severity,
    rule,
)
from corpus_lint.lazyre import LazyPattern

# -- lines ---------------------------------------------------------------------------------

#: Emphasis and brackets a Markdown or plain page may wrap a metadata line in.
_WRAPPERS = "*_()[] \t"


@dataclass(frozen=True)
class Body:
    """The meaningful part of one line: its text, stripped, and where that text starts."""

    line: Segment
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def bodies(doc: Document, strip: str = " \t") -> Iterator[Body]:
    """Every non-empty line of prose, stripped of ``strip`` characters at both ends.

    Lines are read from ``doc.prose``, so Markdown code and link targets never match.
    """
    prose = doc.prose
    for line in doc.lines:
        raw = prose[line.start:line.end]
        text = raw.strip(strip)
        if text:
            yield Body(line, text, line.start + raw.index(text))


def _removal(doc: Document, body: Body, safe: bool) -> Fix:
    start, end = doc.line_removal(body.line)
    edit = Edit.deletion(start, end)
    return Fix.safe("remove the line", edit) if safe else Fix.unsafe("remove the line", edit)


def _word_set(words: str) -> frozenset[str]:
    """The words of a whitespace-separated list (long word lists read better that way)."""
    return frozenset(words.split())


# -- dates ---------------------------------------------------------------------------------

_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for name in names}
#: Month names of Albanian and Hausa pages (the twenty-seventh set): "15 shtator 2025".
_MONTHS.update({name: number for number, names in enumerate(
    ["janar janairu", "shkurt fabrairu", "maris", "prill afrilu", "maj mayu", "qershor yuni",
     "korrik yuli", "gusht agusta", "shtator satumba", "tetor oktoba", "nëntor nuwamba",
     "dhjetor disamba"], 1) for name in names.split()})
#: Month names of German, French, Spanish, Italian, Portuguese and Dutch pages.
_MONTHS.update({name: number for number, names in enumerate(
    ["januar janvier enero gennaio janeiro januari jänner",
     "februar février fevrier febrero febbraio fevereiro februari",
     "märz mars marzo março maart",
     "avril abril aprile",
     "mai mayo maggio maio mei",
     "juni juin junio giugno junho",
     "juli juillet julio luglio julho",
     "august août aout agosto augustus",
     "septembre septiembre setiembre settembre setembro",
     "oktober octobre octubre ottobre outubro",
     "novembre noviembre novembro",
     "dezember décembre decembre diciembre dicembre dezembro december"], 1)
    for name in names.split()})
#: French abbreviations, as forum and blog software print them ("lun. 12 févr. 2024").
_MONTHS.update({"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7})
#: Month names of Polish (nominative and genitive), Swedish, Turkish and Indonesian pages.
_MONTHS.update({name: number for number, names in enumerate(
    ["styczeń stycznia januari ocak",
     "luty lutego februari şubat",
     "marzec marca mars mart maret",
     "kwiecień kwietnia april nisan",
     "maj maja mayıs mei",
     "czerwiec czerwca juni haziran",
     "lipiec lipca juli temmuz",
     "sierpień sierpnia augusti ağustos agustus",
     "wrzesień września september eylül",
     "październik października oktober ekim",
     "listopad listopada november kasım",
     "grudzień grudnia december aralık desember"], 1)
    for name in names.split()})
#: Month names of Romanian and Arabic pages (Arabic as Egypt and the Gulf print them, with
#: the two spellings of April and May).
_MONTHS.update({name: number for number, names in enumerate(
    ["ianuarie ian يناير",
     "februarie فبراير",
     "martie مارس",
     "aprilie أبريل ابريل إبريل",
     "mai مايو",
     "iunie iun يونيو",
     "iulie iul يوليو",
     "august أغسطس",
     "septembrie سبتمبر",
     "octombrie أكتوبر اكتوبر",
     "noiembrie noi نوفمبر",
     "decembrie ديسمبر"], 1)
    for name in names.split()})
#: Month names of Moroccan, Algerian and Tunisian pages (from the French names):
#: "الثلاثاء 12 نونبر 2024".
_MONTHS.update({name: number for number, names in enumerate(
    ["جانفي", "فيفري", "", "أفريل", "ماي", "جوان", "يوليوز جويلية", "غشت أوت", "شتنبر",
     "", "نونبر", "دجنبر"], 1)
    for name in names.split()})
#: Month names of Ukrainian and Russian (genitive), Czech and Slovak (genitive), Greek
#: (genitive), Finnish (partitive), Malay, Hindi, Thai, and Levantine Arabic pages.
_MONTHS.update({name: number for number, names in enumerate(
    ["січня января ledna januára ιανουαρίου tammikuuta जनवरी มกราคม كانون_الثاني",
     "лютого февраля února februára φεβρουαρίου helmikuuta फ़रवरी फरवरी กุมภาพันธ์ شباط",
     "березня марта března marca μαρτίου maaliskuuta mac मार्च มีนาคม آذار",
     "квітня апреля dubna apríla απριλίου huhtikuuta अप्रैल เมษายน نيسان",
     "травня мая května mája μαΐου toukokuuta मई พฤษภาคม أيار",
     "червня июня června júna ιουνίου kesäkuuta jun जून มิถุนายน حزيران",
     "липня июля července júla ιουλίου heinäkuuta julai जुलाई กรกฎาคม تموز",
     "серпня августа srpna augusta αυγούστου elokuuta ogos अगस्त สิงหาคม آب",
     "вересня сентября září septembra σεπτεμβρίου syyskuuta सितंबर सितम्बर กันยายน أيلول",
     "жовтня октября října októbra οκτωβρίου lokakuuta अक्टूबर ตุลาคม تشرين_الأول",
     "листопада ноября listopadu novembra νοεμβρίου marraskuuta नवंबर नवम्बर พฤศจิกายน "
     "تشرين_الثاني",
     "грудня декабря prosince decembra δεκεμβρίου joulukuuta disember दिसंबर दिसम्बर ธันวาคม "
     "كانون_الأول"], 1)
    # an Arabic name of two words is written with "_" in the table
    for name in (n.replace("_", " ") for n in names.split())})
#: Month names of Hungarian pages, with their abbreviations ("szept.", "márc.").
_MONTHS.update({name: number for number, names in enumerate(
    ["január jan", "február febr", "március márc", "április ápr", "május máj",
     "június jún", "július júl", "augusztus aug", "szeptember szept", "október okt",
     "november nov", "december dec"], 1)
    for name in names.split()})
#: Month names of the thirteenth set's languages, as their pages print them: Greek
#: (nominative), Hebrew (also with its "in" prefix, "במרץ"), Bulgarian, Serbian (Cyrillic
#: and Latin, nominative and genitive), Croatian, Slovenian, Slovak (nominative), Lithuanian
#: and Latvian (genitive and locative), Estonian, Icelandic, Catalan, Tagalog, Swahili,
#: Hausa, Bengali, Tamil, Urdu, and Persian pages' names of the Gregorian months; Thai's
#: abbreviations ("มี.ค.", a Buddhist-era year after them like the full names).
_MONTHS.update({name: number for number, names in enumerate(
    ["ιανουάριος ינואר בינואר януари јануар јануара januara siječanj siječnja januarja "
     "sausio janvāris janvārī jaanuar janúar gener enero-tl januari-sw janairu জানুয়ারি "
     "জানুয়ারী ஜனவரி جنوری ژانویه ม.ค",
     "φεβρουάριος פברואר בפברואר февруари фебруар фебруара februara veljača veljače "
     "februarja vasario februāris februārī veebruar febrúar febrer pebrero fabrairu "
     "ফেব্রুয়ারি ফেব্রুয়ারী பிப்ரவரி فروری فوریه ก.พ",
     "μάρτιος מרץ במרץ מרס במרס март марта mart marta ožujak ožujka marec marca kovo martā "
     "märts mars març marso machi maris মার্চ மார்ச் مارچ มี.ค",
     "απρίλιος אפריל באפריל април априла aprila travanj travnja aprilu april apríl "
     "balandžio aprīlis aprīlī aprill abril aprili afrilu এপ্রিল ஏப்ரல் اپریل آوریل เม.ย",
     "μάιος מאי במאי май мај маја maja svibanj svibnja máj gegužės maijs maijā maí maig "
     "mayo-tl mayu মে மே مئی مه พ.ค",
     "ιούνιος יוני ביוני юни јун јуна juna lipanj lipnja junij junija jún birželio jūnijs "
     "jūnijā juuni júní juny hunyo yuni জুন ஜூன் جون ژوئن มิ.ย",
     "ιούλιος יולי ביולי юли јул јула jula srpanj srpnja julij julija júl liepos jūlijs "
     "jūlijā juuli júlí juliol hulyo yuli জুলাই ஜூலை جولائی ژوئیه ก.ค",
     "αύγουστος אוגוסט באוגוסט август августа avgust avgusta kolovoz kolovoza "
     "rugpjūčio augusts augustā ágúst agost agosto-tl agosti agusta আগস্ট ஆகஸ்ட் اگست اوت "
     "ส.ค",
     "σεπτέμβριος ספטמבר בספטמבר септември септембар септембра septembar septembra rujan "
     "rujna rugsėjo septembris septembrī setembre setyembre septemba satumba সেপ্টেম্বর "
     "செப்டம்பர் ستمبر سپتامبر ก.ย",
     "οκτώβριος אוקטובר באוקטובר октомври октобар октобра oktobar oktobra listopad-hr "
     "spalio oktobris oktobrī oktoober október octubre oktubre oktoba অক্টোবর அக்டோபர் "
     "اکتوبر اکتبر ต.ค",
     "νοέμβριος נובמבר בנובמבר ноември новембар новембра novembar novembra studeni "
     "studenoga studenog novembra-sl lapkričio novembris novembrī nóvember novembre-ca "
     "nobyembre novemba nuwamba নভেম্বর நவம்பர் نومبر نوامبر พ.ย",
     "δεκέμβριος דצמבר בדצמבר декември децембар децембра decembar decembra prosinac "
     "prosinca gruodžio decembris decembrī detsember desember-is desembre disyembre "
     "desemba disamba ডিসেম্বর டிசம்பர் دسمبر دسامبر ธ.ค"], 1)
    # a suffix after "-" marks a name another table holds ("-tl": Tagalog's "Mayo" is
    # Spanish's too), or that would clash with it: Croatian's "listopad" is October,
    # Polish and Czech's is November, and those keep it
    for name in (n.split("-")[0] for n in names.split() if not n.endswith("-hr"))})
#: Month names of Danish and Latvian ("marts"), Dutch's abbreviation ("mrt"), and Basque
#: (with its genitive "-ren": "martxoaren").
_MONTHS.update({"marts": 3, "mrt": 3})
#: Polish abbreviations, as forum software prints them ("» 12 lip 2023, 21:14").
_MONTHS.update({name: number for number, name in enumerate(
    ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"], 1)})
_MONTHS.update({name: number for number, names in enumerate(
    ["urtarrila", "otsaila", "martxoa", "apirila", "maiatza", "ekaina", "uztaila", "abuztua",
     "iraila", "urria", "azaroa", "abendua"], 1) for name in (names, names + "ren")})
#: Short month names as forum software's language packs print them in a post's header
#: ("» seg 17 fev 2025", "» po 17. úno 2025", "» Пн фев 17, 2025", "» 17 Şub 2025"):
#: Portuguese, Spanish, Italian, Galician, Catalan, Nordic, Estonian, Latvian, Lithuanian,
#: Czech, Croatian (its names that no other table holds), Slovenian, Bulgarian, Russian,
#: Ukrainian, Greek, Turkish, Hebrew (with its geresh), Hindi, Bengali, Tamil, Malay and
#: Indonesian, Tagalog, Swahili, Afrikaans and Basque; the Russian ones a forum's stamp
#: prints too ("12 мар 2025, 19:47", "3 окт. 2025").
_MONTHS.update({name: number for number, names in enumerate(
    ["fev-2 ene gen xan jaan saus sij led яну янв січ ιαν ιανουαρίου oca ינו׳ ינו' जन জানু ஜன",
     "fev febr veebr vas velj úno фев лют φεβ şub פבר׳ פבר' פבר फ़र फर ফেব্রু பிப் peb ots",
     "mrt kov ožu bře бер мар μαρ מרץ மார் mar",
     "abr apr bal dub tra-hr кві апр απρ nis אפר׳ אפר' अप्रै এপ্রি ஏப் api",
     "mag maí geg kvě svi тра μαΐ μαϊ מאי",
     "giu xuñ jún birž čvn juuni чер июн ιουν haz জুন hun eka",
     "lug xul júl jūl liep čvc лип июл ιουλ tem জুলা hul uzt",
     "ago ágú rugp srp-cs kol avg сер авг αυγ ağu אוג׳ אוג' अग আগ ஆக agu agt ogo abu",
     "set sept rugs zář ruj сен сент сеп вер σεπ eyl ספט׳ ספט' सित সেপ্টে செப் ira",
     "ott out spal říj жов окт οκτ eki אוק׳ אוק' अक्तू অক্টো அக் urr",
     "lapkr nóv ноя нояб лис ное νοε kas נוב׳ נוב' בנוב׳ בנוב' नव নভে நவ nob aza",
     "dez dic dets gruod stu дек гру δεκ ara דצמ׳ דצמ' दिस ডিসে டிச des dis abe"], 1)
    for name in (n.split("-")[0] for n in names.split()) if name not in _MONTHS})
#: Gregorian month names of Sinhala, Nepali, Marathi, Telugu, Kannada, Malayalam, Gujarati,
#: Punjabi, Burmese, Khmer, Lao, Georgian, Armenian (genitive), Azerbaijani, Uzbek and
#: Kazakh pages: "2025 මාර්තු 09", "१२ मार्च २०२५", "12 იანვარი 2025".
_MONTHS.update({name: number for number, names in enumerate(
    ["ජනවාරි जनवरी जानेवारी జనవరి ಜನವರಿ ജനുവരി જાન્યુઆરી ਜਨਵਰੀ ဇန်နဝါရီ មករា ມັງກອນ იანვარი "
     "հունվարի yanvar қаңтар",
     "පෙබරවාරි फेब्रुअरी फेब्रुवारी ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി ફેબ્રુઆરી ਫ਼ਰਵਰੀ ਫਰਵਰੀ "
     "ဖေဖော်ဝါရီ កុម្ភៈ ກຸມພາ თებერვალი փետրվարի fevral ақпан",
     "මාර්තු మార్చి ಮಾರ್ಚ್ മാർച്ച് માર્ચ ਮਾਰਚ မတ် មីនា ມີນາ მარტი մարտի mart наурыз",
     "අප්‍රේල් अप्रिल एप्रिल ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ એપ્રિલ ਅਪ੍ਰੈਲ ဧပြီ មេសា ເມສາ აპრილი "
     "ապրիլի aprel сәуір",
     "මැයි మే ಮೇ മേയ് મે ਮਈ မေ ឧសភា ພຶດສະພາ მაისი մայիսի мамыр",
     "ජූනි जुन జూన్ ಜೂನ್ ജൂൺ જૂન ਜੂਨ ဇွန် មិថុនា ມິຖຸນາ ივნისი հունիսի iyun маусым",
     "ජූලි जुलै జూలై ಜುಲೈ ജൂലൈ જુલાઈ ਜੁਲਾਈ ဇူလိုင် កក្កដា ກໍລະກົດ ივლისი հուլիսի iyul шілде",
     "අගෝස්තු अगस्ट ऑगस्ट ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ઓગસ્ટ ਅਗਸਤ ဩဂုတ် សីហា ສິງຫາ აგვისტო "
     "օգոստոսի avqust avgust тамыз",
     "සැප්තැම්බර් सेप्टेम्बर सप्टेंबर సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ સપ્ટેમ્બર ਸਤੰਬਰ "
     "စက်တင်ဘာ កញ្ញា ກັນຍາ სექტემბერი սեպտեմբերի sentyabr sentabr қыркүйек",
     "ඔක්තෝබර් अक्टोबर ऑक्टोबर అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ ઓક્ટોબર ਅਕਤੂਬਰ အောက်တိုဘာ តុលា "
     "ຕຸລາ ოქტომბერი հոկտեմբերի oktyabr oktabr қазан",
     "නොවැම්බර් नोभेम्बर नोव्हेंबर నవంబర్ ನವೆಂಬರ್ നവംബർ નવેમ્બર ਨਵੰਬਰ နိုဝင်ဘာ វិច្ឆិកា "
     "ພະຈິກ ნოემბერი նոյեմբերի noyabr қараша",
     "දෙසැම්බර් डिसेम्बर डिसेंबर డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ ડિસેમ્બર ਦਸੰਬਰ ဒီဇင်ဘာ ធ្នូ ທັນວາ "
     "დეკემბერი դեկտեմբերի dekabr желтоқсан"], 1)
    for name in names.split() if name not in _MONTHS})
#: Calendars other than the Gregorian: the Solar Hijri months of Persian pages ("۲۲ اسفند
#: ۱۴۰۳") and the Ethiopian months of Amharic ones ("መጋቢት 9 ቀን 2017 ዓ.ም."), thirteen of
#: them; a date in them is converted before it is checked.
_SOLAR_MONTHS = {name: number for number, name in enumerate(
    ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
     "بهمن", "اسفند"], 1)}
_ETHIOPIAN_MONTHS = {name: number for number, names in enumerate(
    ["መስከረም", "ጥቅምት", "ኅዳር ህዳር", "ታኅሣሥ ታህሳስ ታኅሳስ", "ጥር", "የካቲት", "መጋቢት",
     "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ ሀምሌ", "ነሐሴ ነሀሴ", "ጳጉሜ ጳጉሜን"], 1)
    for name in names.split()}
#: The Islamic (lunar Hijri) months of Arabic, Persian, Urdu and Malay pages ("15 رمضان 1446
#: هـ", "۱۵ رمضان ۱۴۴۶"), in their common spellings; a date in them is converted by the
#: tabular calendar (a day off at most from a country's sighting of the moon).
_HIJRI_MONTHS = {name: number for number, names in enumerate(
    ["محرم مُحرَّم محرّم", "صفر", "ربيع_الأول ربيع_الاول ربیع_الاول ربیع‌الاول",
     "ربيع_الآخر ربيع_الثاني ربیع_الثانی ربیع‌الثانی ربيع_الاخر",
     "جمادى_الأولى جمادى_الاولى جمادی_الاول جمادی‌الاول جمادى_الأول",
     "جمادى_الآخرة جمادى_الثانية جمادی_الثانی جمادی‌الثانی جمادى_الاخرة",
     "رجب", "شعبان", "رمضان", "شوال", "ذو_القعدة ذی_القعده ذوالقعده ذي_القعدة",
     "ذو_الحجة ذی_الحجه ذوالحجه ذي_الحجة"], 1)
    for name in (n.replace("_", " ") for n in names.split())}
#: The months of Nepal's Bikram Sambat calendar ("२०८१ साउन १५ गते", "साउन १५, २०८१"), in
#: their Nepali and Sanskrit spellings; a date in them is converted approximately (the
#: lengths of its months change from year to year: a day or two off).
_BIKRAM_MONTHS = {name: number for number, names in enumerate(
    ["बैशाख वैशाख बैसाख", "जेठ जेष्ठ ज्येष्ठ", "असार आषाढ असाढ", "साउन श्रावण",
     "भदौ भाद्र भाद्रपद", "असोज आश्विन", "कात्तिक कार्तिक", "मंसिर मङ्सिर मार्गशीर्ष",
     "पुस पौष पुष", "माघ", "फागुन फाल्गुन", "चैत चैत्र"], 1)
    for name in names.split()}
#: The lunar months of Myanmar's calendar, Tagu first ("၁၃၈၆ ခုနှစ်၊ တပေါင်းလဆန်း ၅ ရက်":
#: the year 1386 of the Myanmar era, Tabaung, its waxing half's fifth day); a date in them is
#: converted roughly (to a week or two: the lunar months drift against the solar ones).
_MYANMAR_MONTHS = {name: number for number, names in enumerate(
    ["တန်ခူး", "ကဆုန်", "နယုန်", "ဝါဆို", "ဝါခေါင်", "တော်သလင်း", "သီတင်းကျွတ်", "တန်ဆောင်မုန်း",
     "နတ်တော်", "ပြာသို", "တပို့တွဲ", "တပေါင်း"], 1) for name in names.split()}
_MONTHS.update(_SOLAR_MONTHS)
_MONTHS.update(_ETHIOPIAN_MONTHS)
_MONTHS.update(_HIJRI_MONTHS)
_MONTHS.update(_BIKRAM_MONTHS)
_MONTHS.update(_MYANMAR_MONTHS)
#: Month names of Somali pages ("24 Oktoobar 2024", in their common spellings) and the
#: short month names of Gujarati pages ("28 સપ્ટે, 2024") (session 17).
_MONTHS.update({name: number for number, names in enumerate(
    ["janaayo jannaayo જાન્યુ", "febraayo feberwari febarwari ફેબ્રુ", "maarso", "abriil apriil એપ્રિ",
     "maajo", "juun juunyo", "luulyo julaay જુલા", "agoosto ogosto ઓગ",
     "sebtembar sebteembar setembar સપ્ટે", "oktoobar oktoober ઓક્ટો",
     "nofembar nofeembar noofembar નવે", "desembar diseembar ડિસે"], 1)
    for name in names.split() if name not in _MONTHS})
#: Month names of Welsh and Irish pages: "3 Mawrth 2025", "14 Eanáir 2025".
_MONTHS.update({name: number for number, names in enumerate(
    ["ionawr eanáir", "chwefror feabhra", "mawrth márta", "ebrill aibreán", "bealtaine",
     "mehefin meitheamh", "gorffennaf iúil", "awst lúnasa", "medi meán_fómhair",
     "hydref deireadh_fómhair", "tachwedd samhain", "rhagfyr nollaig"], 1)
    for name in (n.replace("_", " ") for n in names.split()) if name not in _MONTHS})
_MONTH = (r"(?P<mon>" + "|".join(re.escape(n) for n in sorted(_MONTHS, key=len, reverse=True))
          + r")\.?")
_ORDINAL = r"(?:st|nd|rd|th|(?<=\b1)er)?"  # French "1er mars"
_DATE_FORMS = [
    LazyPattern(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),
    # "March 14, 2025", and an Amharic page's "መጋቢት 9 ቀን 2017 ዓ.ም." (day, year, era)
    LazyPattern(_MONTH + r"\s+(?P<d>\d{1,2})" + _ORDINAL + r",?\s+(?:ቀን\s+)?(?P<y>\d{4})"
                r"(?:\s*ዓ\.?\s?ም)?", re.I),
    # ("15 ga Satumba, 2025": Hausa joins the day to its month with "ga")
    LazyPattern(r"(?P<d>\d{1,2})" + _ORDINAL + r"\.?\s+(?:of\s+|de\s+|d['’]\s?|ga\s+)?" + _MONTH
                + r"\.?,?\s+(?:de\s+|del\s+)?(?P<y>\d{4})", re.I),
    # Uzbek joins the day to its month with a hyphen: "12-noyabr, 2025", "2025-yil 12-noyabr"
    LazyPattern(r"(?P<d>\d{1,2})-" + _MONTH + r",?\s+(?P<y>\d{4})(?:-yil)?", re.I),
    LazyPattern(r"(?P<y>\d{4})-yil,?\s+(?P<d>\d{1,2})-" + _MONTH, re.I),
    # Burmese: year, "ခုနှစ်" (year), the month and "လ", the day and "ရက်" (day): "၂၀၂၄
    # ခုနှစ်၊ ဇူလိုင်လ ၉ ရက်"; a lunar month names its half, waxing or waning ("လဆန်း",
    # "လဆုတ်") or its full moon ("လပြည့်")
    LazyPattern(r"(?P<y>\d{4})\s*ခုနှစ်\s*[၊,]?\s*" + _MONTH + r"\s*(?P<half>လဆန်း|လဆုတ်|"
                r"လပြည့်(?:ကျော်)?|လကွယ်|လ)?\s*(?P<d>\d{1,2})\s*ရက်(?:နေ့)?"),
    # Lithuanian and Latvian put the year first: "2025 m. kovo 18 d.", "2025. gada 18. martā"
    LazyPattern(r"(?P<y>\d{4})\s*m\.\s+" + _MONTH + r"\s+(?P<d>\d{1,2})\s*d\.?", re.I),
    LazyPattern(r"(?P<y>\d{4})\.\s+gada\s+(?P<d>\d{1,2})\.\s+" + _MONTH, re.I),
    LazyPattern(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"),
    # Hungarian numeric dates, year first: "2026. 03. 14."
    LazyPattern(r"(?P<y>\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?"),
    # Czech and Slovak space their dotted dates, day first: "12. 2. 2025"
    LazyPattern(r"(?P<d>\d{1,2})\.\s(?P<m>\d{1,2})\.\s(?P<y>\d{4})"),
    # Hungarian puts the year first, each part closed by a dot: "2024. szeptember 12."
    LazyPattern(r"(?P<y>\d{4})\.\s+" + _MONTH + r"\s+(?P<d>\d{1,2})\.?", re.I),
    # Vietnamese: "ngày 14 tháng 3 năm 2026"; Basque: "2026ko martxoaren 14a(n)".
    LazyPattern(r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*,?\s*năm\s+|/)"
                r"(?P<y>\d{4})", re.I),
    # the app stores' short Vietnamese form: "12 thg 3, 2025"
    LazyPattern(r"(?P<d>\d{1,2})\s+thg\s+(?P<m>\d{1,2}),?\s+(?P<y>\d{4})", re.I),
    # Nepali pages put the Bikram Sambat year first and "गते" (the day's) after the day:
    # "२०८१ साउन १५ गते"
    LazyPattern(r"(?P<y>\d{4})\s+" + _MONTH + r"\s+(?P<d>\d{1,2})\s*गते"),
    # Forum software's Lithuanian and Basque headers: "2025 vas 17", "2025 ots. 17".
    LazyPattern(r"(?P<y>\d{4})\s+" + _MONTH + r"\s+(?P<d>\d{1,2})(?![\d.]|,\d)", re.I),
    LazyPattern(r"(?P<y>\d{4})(?:e?ko)\s+" + _MONTH + r"\s+(?P<d>\d{1,2})(?:an|a)?", re.I),
    # Khmer: "ថ្ងៃទី ១២ ខែមករា ឆ្នាំ ២០២៥" (day, "month" before its name, "year")
    LazyPattern(r"(?:ថ្ងៃ\S*\s+)?ថ្ងៃទី\s*(?P<d>\d{1,2})\s+ខែ\s*" + _MONTH + r"\s+ឆ្នាំ\s*(?P<y>\d{4})"),
    # Japanese, Chinese and Korean: "2025年3月4日", "2025년 3월 4일"
    LazyPattern(r"(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]"),
    # Taiwan's Minguo years (year 1 is 1912), as its government sites print them:
    # "114-02-10", "114/2/10", "民國114年2月10日"
    LazyPattern(r"(?:民國\s?)?(?P<roc>1[0-3]\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                r"(?![\d/.-])"),
    LazyPattern(r"(?:民國\s?)?(?P<roc>1[0-3]\d)\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),
    # Japan's era years, as its city halls print them: "令和6年8月19日" (Reiwa 1 is 2019),
    # "平成31年4月1日" (Heisei 1 is 1989)
    LazyPattern(r"(?P<era>令和|平成)\s?(?P<ey>\d{1,2}|元)\s?年\s?(?P<m>\d{1,2})\s?月\s?"
                r"(?P<d>\d{1,2})\s?日"),
    # A two-digit year ("08-03-25", "12/06/25"): day first, as the pages that print it
    # (Dutch, French, Indian) write it; never "3-2-1" or a longer number.
    LazyPattern(r"(?P<dd>\d{2})(?P<sep>[-/.·])(?P<mm>\d{2})(?P=sep)(?P<yy>\d{2})(?![\d/.·-])"),
    # Thai forums print a short month and the Buddhist year's last two figures: "14 ต.ค. 68"
    LazyPattern(r"(?P<d>\d{1,2})\s*(?P<mon>ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|"
                r"พ\.ย|ธ\.ค)\.?\s*(?P<bey>\d{2})(?![\d/.])"),
]
_ZONES = ("Z|UTC|GMT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST|BST|IST|CET|CEST|"
          "EET|EEST|WET|WEST|MSK|мск|МСК|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|WIB")
#: Zones spelled out, as wire services print them: "Eastern Standard Time", "Heure Normale
#: de l'Est", "Hora estándar del Este", "Mitteleuropäische Zeit".
_SPELLED_ZONES = (r"(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii)\s+"
                  r"(?:standard|daylight)\s+time|greenwich\s+mean\s+time|(?:british|central\s+european|eastern\s+european)"
                  r"\s+(?:summer\s+|standard\s+)?time|heure\s+(?:normale|avancée)\s+(?:de\s+l['’]|du\s+)"
                  r"(?:est|ouest|centre|pacifique|atlantique)|heure\s+d['’](?:été|hiver)\s+d['’]europe\s+"
                  r"centrale|hora\s+(?:estándar|de\s+verano)\s+del\s+(?:este|centro|pacífico)|"
                  r"(?:mitteleuropäische|osteuropäische|westeuropäische)\s+(?:sommer)?zeit")
#: Any other zone abbreviation ("SAST", "WAT", "PHT"): 2-5 capitals, only after a time with
#: minutes ("22:14 SAST"); a bare hour before capitals ("5 AFL") is no time.
_ANY_ZONE = r"(?(M)(?-i:[A-Z]{2,5})|(?!))"
#: The parts of the day Bengali, Hindi, Nepali, Urdu and Tamil pages print before a time:
#: "বিকেল ৪:১০", "सुबह 9:45", "صبح 9:45".
_DAY_PARTS_BEFORE = ("সকাল|দুপুর|বিকেল|সন্ধ্যা|রাত|सकाळी|दुपारी|संध्याकाळी|रात्री|सुबह|दोपहर|शाम|"
                     "रात|बिहान|बेलुका|صبح|دوپہر|"
                     "شام|رات|காலை|மாலை|"
                     # Punjabi and Gujarati (session 17): "ਸ਼ਾਮ 5:30 ਵਜੇ", "સાંજે 7:55"
                     "ਸਵੇਰੇ|ਸਵੇਰ|ਦੁਪਹਿਰ|\u0a38\u0a3cਾਮ|\u0a36ਾਮ|ਰਾਤ|સવારે|બપોરે|સાંજે|રાત્રે")
_TIME = LazyPattern(
    # Korean, Japanese and Chinese put the part of the day first: "오후 4:20", "午後4時".
    r"(?:(?P<pre>오전|오후|午前|午後|上午|下午|පෙ\.ව\.|ප\.ව\.|" + _DAY_PARTS_BEFORE + r")\s?)?"
    r"(?P<H>\d{1,2})(?:(?::\s?|[.]|\s?h\s?|時|시\s?)(?P<M>\d{2})(?:[分분]|(?<=h\d\d)min)?"
    r"(?:[:.](?P<S>\d{2})(?:\.\d{1,6})?)?"
    # the hour alone after a Korean, Japanese or Chinese part of the day: "오전 9시", "午前9時"
    r"|(?<=\d)(?P<oclock>시|時|点|點)(?!\s?\d))?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?(?:\s*(?:Uhr|uur|hs|hrs|h|horas|val\.?|ч\.?|sati?)\b\.?|\s*น\.)?"
    # Thai's "o'clock" ("00:15 น."), the part of the day of Swahili, Malay and Bengali
    # pages ("8:30 asubuhi", "8:15 pagi"), Persian's and Urdu's ("۱۰:۳۰ صبح").
    r"(?:\s*(?:น\.?|นาฬิกา|asubuhi|mchana|alasiri|jioni|usiku|pagi|petang|malam|"
    r"tengah\s+hari|সকাল|দুপুর|বিকেল|সন্ধ্যা|রাত|"
    r"صبح|عصر|شام|بعد\s+از\s+ظهر|"
    # Punjabi's and Gujarati's part of the day and "o'clock" (session 17): "6:40 ਸ਼ਾਮ",
    # "5:30 ਵਜੇ", "7:55 વાગ્યે"
    r"ਸਵੇਰੇ|ਦੁਪਹਿਰ|\u0a38\u0a3cਾਮ|\u0a36ਾਮ|ਰਾਤ|ਵਜੇ|સવારે|બપોરે|સાંજે|રાત્રે|વાગ્યે))?"
    # Arabic pages mark the morning and the evening with "ص" and "م".
    r"(?:\s*[صم](?!\w))?"
    # The parts of the day of Hindi, Tamil and Tagalog pages, read as am and pm.
    r"(?:\s*(?P<dayp>पूर्वाह्न|अपराह्न|முற்பகல்|பிற்பகல்|ng\s+umaga|ng\s+tanghali|ng\s+hapon|"
    r"ng\s+gabi|na\s+safe|na\s+rana|na\s+yamma|na\s+dare|صباح[اًً]*|مساء[اًً]*))?"
    rf"(?:\s*\(?(?P<tz>(?:UTC|GMT)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}|{_SPELLED_ZONES}|"
    rf"{_ZONES}|{_ANY_ZONE})"
    r"\)?(?!\w))?", re.I)
_LABEL = LazyPattern(
    r"(?P<label>"
    # A shop's or a market report's prices as of a date (session 17): "Prezzo aggiornato al
    # 2 settembre 2025", "Ціна актуальна на 14.03.2025", "آخر تحديث للأسعار: 10:05 صباحًا",
    # "ਭਾਅ ਅੱਪਡੇਟ: 21-10-2024", "Prices as of March 3, 2025"; a page's "Posted online on".
    r"(?:prezz[oi]\s+aggiornat[oi]|precios?\s+actualizados?|preços?\s+atualizados?|"
    r"prix\s+mis\s+à\s+jour|preise?\s+(?:aktualisiert|aktualisierung)|prices?\s+(?:updated|as\s+of)|"
    # a table of rates' date (session 18): "Rates as of October 15, 2025", "Tassi aggiornati
    # al 15 ottobre 2025", "Tasas vigentes al 15/10/2025", "Taux en vigueur au 15 octobre 2025"
    r"(?:interest\s+)?rates?\s+(?:updated|as\s+of)|"
    r"tassi\s+(?:aggiornati|in\s+vigore)|tasas\s+(?:actualizadas|vigentes)|"
    r"taxas\s+(?:atualizadas|em\s+vigor)|taux\s+(?:mis\s+à\s+jour|en\s+vigueur)|"
    r"(?:zinss(?:ä|ae)tze|konditionen)\s+(?:aktualisiert|stand)|"
    r"price\s+last\s+updated|(?:prijs|prijzen)\s+bijgewerkt|cen[ay]\s+(?:aktualn[ae]|zaktualizowan[ae])|"
    r"cen[ay]\s+platn[áé]|pre[țţ](?:uri)?\s+actualizat[e]?|giá\s+cập\s+nhật|ราคาอัปเดต|"
    r"harga\s+dikemas\s*kini|价格更新(?:于|时间)?|價格更新(?:於|時間)?|"
    r"цін[аи]\s+актуальн[аіо]|цен[аы]\s+актуальн[аыо]|цін[аи]\s+оновлен[оі]|цен[аы]\s+обновлены|"
    r"fiyatlar(?:ın)?\s+güncellenme(?:\s+tarihi)?|harga\s+diperbarui|"
    r"آخر\s+تحديث\s+(?:للأسعار|للسعر|لأسعار)|"
    r"(?:ਭਾਅ|ਕੀਮਤਾਂ?|भाव|कीमतें?|ભાવ)\s+(?:ਅੱਪਡੇਟ|ਅਪਡੇਟ|अपडेट|अद्यतन|અપડેટ)|"
    r"(?:posted|published)\s+online)"
    r"(?:\s+(?:al|alle|el|em|le|am|on|на|in|at|في|pada|na|k|la|op|lúc|ngày|au))?(?=[\s:：\d])|"
    # Gujarati's and Punjabi's "updated" borrowed from English: "અપડેટેડ: 28 સપ્ટે, 2024"
    r"અપડેટેડ|અપડેટ|ਅੱਪਡੇਟਡ|ਅਪਡੇਟਡ|ਅੱਪਡੇਟ|ਅਪਡੇਟ|"
    # A blog's stamp naming its author: "Posted by Rosalind on 4 March 2025",
    # "Diposting oleh Admin pada 9 Oktober 2024"
    # An obituary's notice of publication: "Published in The Harlan Falls Courier on".
    r"published\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,5}\s+on(?=\s)|"
    r"(?:posted|published|written|diposting|ditulis|dipublikasikan)\s+(?:by|oleh)\s+"
    r"[^\W\d_][\w.'’-]*(?:\s+(?:[^\W\d_][\w.'’-]*|&)){0,4}?\s+(?:on|pada)(?=\s)|"
    # A story's note on its first publication: "This story was originally published …"
    r"this\s+(?:story|article|post|report)\s+was\s+(?:originally\s+|first\s+)?(?:published|posted)|"
    # A review's date of stay or visit: "Date of stay: June 2024".
    r"date\s+of\s+(?:stay|visit|travel|experience|purchase|review)|"
    # A forum topic's last reply ("last reply Mar 5", Discourse's "最終返信"), a board's
    # clock ("It is currently Tue Feb 13, 2024 8:15 pm", "Aktuelle Zeit: …"), a page's
    # "Date modified" ("Date de modification :")
    r"last\s+(?:reply|post|activity)|最終返信|最終投稿|it\s+is\s+currently|aktuelle\s+zeit|"
    r"date\s+(?:de\s+)?modifi(?:ed|cation)|date\s+de\s+publication|"
    # A label naming the date first: "Date published: 27/02/2026", "Date posted".
    r"date\s+(?:published|posted|updated|created|added|issued|first\s+published)|"
    r"(?:last\s+|first\s+|originally\s+|zuletzt\s+|laatst\s+|son\s+)?(?:"
    # "Date of publication / of the last change" as one compound or phrase (before the
    # shorter labels they hold):
    # "Publikationsdatum:", "Letzte Änderung:", "Fecha de publicación:", "Data publikacji:",
    # "Дата публикации:", "업데이트 날짜:", "تاريخ التحديث:", "प्रकाशन तिथि:".
    # (session 13) French, Polish, Czech, Hebrew, Hindi and Kazakh: "Date de mise à jour :",
    # "Data wytworzenia:", "Inzerát aktualizován:", "עודכן לאחרונה:", "अंतिम अद्यतन:",
    # "Жарияланған күні:".
    r"date\s+de\s+(?:(?:dernière\s+)?mise\s+à\s+jour|création|mise\s+en\s+ligne)|"
    r"data\s+(?:wytworzenia|utworzenia|modyfikacji|aktualizacji|dodania)|"
    r"(?:inzerát\s+|článek\s+|stránka\s+)?(?:aktualizován[ao]?|publikován[ao]?|přidán[ao]?)|"
    r"עודכן\s+לאחרונה|פורסם\s+לאחרונה|(?:अंतिम\s+)?अद्यतन(?:\s+(?:तिथि|किया\s+गया))?|"
    r"жарияланған\s+(?:күні|уақыты)|жаңартылған\s+(?:күні|уақыты)|"
    r"(?:publikations|veröffentlichungs|erscheinungs|änderungs|aktualisierungs|"
    r"erstellungs)datum|letzte\s+änderung|zuletzt\s+(?:geändert|aktualisiert)|"
    r"publicatiedatum|datum\s+van\s+publicatie|laatst\s+gewijzigd|"
    r"fecha\s+de\s+(?:publicación|actualización|modificación)|"
    r"data\s+(?:di|de|da)\s+(?:pubblicazione|publicação|atualização|aggiornamento)|"
    r"publiceringsdatum|senast\s+ändrad|publiceringsdato|publiseringsdato|"
    r"julkaisupäivä|päivityspäivä|datum\s+(?:zveřejnění|vydání|publikace|aktualizace)|"
    r"dátum\s+(?:zverejnenia|publikácie|aktualizácie)|"
    r"дата\s+(?:публикации|обновления|публікації|оновлення|публикуване|објаве|објављивања)|"
    r"tarikh\s+(?:diterbitkan|terbit|kemas\s*kini)|tanggal\s+(?:terbit|publikasi|diperbarui)|"
    r"업데이트\s*날짜|게시일|ημερομηνία\s+(?:δημοσίευσης|ενημέρωσης)|"
    r"תאריך\s+(?:פרסום|עדכון)|تاريخ\s+(?:التحديث|الإضافة)|प्रकाशन\s+(?:तिथि|तारीख)|"
    r"วันที่(?:เผยแพร่|อัปเดต|ปรับปรุง)|ngày\s+(?:xuất\s+bản|cập\s+nhật)|"
    # published and updated of Albanian, Azerbaijani, Kazakh, Mongolian, Georgian,
    # Armenian, Macedonian, Lao, Khmer, Kannada, Telugu, Malayalam, Gujarati, Punjabi,
    # Sinhala and Chinese ("最近更新")
    r"publikuar|përditësuar|yenilənib|dərc\s+olunub|"
    # (session 16) Azerbaijani, Armenian and Uzbek participles, Nepali's "date of
    # publication", a Japanese postscript's stamp ("追記：…") and Russian's feminine forms
    # (a vacancy's): "Dərc edildi:", "Թարմացված է՝", "प्रकाशित मिति:", "Опубликована"
    r"yeniləndi|dərc\s+edildi|paylaşıldı|հրապարակված\s+է|թարմացված\s+է|"
    r"yangilandi|chop\s+etildi|e[ʼ'’ʻ]lon\s+qilindi|(?:प्रकाशित|अपडेट)\s+(?:मिति|मिती)|"
    r"追記日|追記|опубликована|обновлена|размещена|добавлена|"
    r"jaryalandy|жарияланды|жаңартылды|"
    r"нийтэлсэн|шинэчилсэн|გამოქვეყნდა|განახლდა|հրապարակվել\s+է|թարմացվել\s+է|"
    r"објавено|ажурирано|ອັບເດດລ່າສຸດ|ອັບເດດ|ເຜີຍແຜ່|ផ្សាយ|ធ្វើបច្ចុប្បន្នភាព|ಪ್ರಕಟಣೆ|ಪ್ರಕಟಿಸಲಾಗಿದೆ|"
    r"ನವೀಕರಿಸಲಾಗಿದೆ|ప్రచురించబడింది|నవీకరించబడింది|പ്രസിദ്ധീകരിച്ചത്|"
    r"അപ്ഡേറ്റ്\s+ചെയ്തത്|પ્રકાશિત|ਪ੍ਰਕਾਸ਼ਿਤ|ප්‍රකාශිත|යාවත්කාලීන\s+කළේ|"
    r"最近更新|最近修改|最后编辑|最後編輯|"
    # Czech "Dotaz vložen:", Arabic "تم النشر:", Thai "อัปเดตเมื่อ"
    r"dotaz\s+vložen|تم\s+النشر|อัปเดตเมื่อ|"
    # a press release's word before its date ("Tiedote 14.2.2024 klo 10.00") and a forum
    # thread's start ("Wątek założony: 11.10.2025")
    r"(?:lehdistö)?tiedote|pressmeddelande|pressemelding|pressemeddelelse|persbericht|"
    r"tisková\s+zpráva|tlačová\s+správa|sajtóközlemény|comunicat(?:\s+de\s+presă)?|"
    r"wątek\s+założony|téma\s+založeno|tema\s+iniciado|thread\s+started|"
    r"published|updated|modified|"
    r"posted|created|released|date|release\s+date|start\s+date|time|"
    # The same labels in German, French, Spanish, Italian, Portuguese and Dutch.
    r"(?:letzte\s+)?aktualisierung|aktualisiert|veröffentlicht|publiziert|erschienen|erstellt|eingetragen|geändert|stand|datums?|mis\s+à\s+jour|publiée?s?|modifiée?s?|"
    r"actualizado|publicado|actualización|aggiornato|pubblicato|atualizado|"
    r"bijgewerkt|gepubliceerd|"
    # Polish, Swedish, Danish and Norwegian, Turkish and Indonesian.
    r"aktualizacja|zaktualizowano|opublikowano|opublikowana|opublikowany|dodano|"
    r"data\s+publikacji|publicerad|publicerat|uppdaterad|uppdaterat|geplaatst|"
    # Finnish and Hungarian; a shop's "Added on" and a review's "Prices checked".
    r"päivitetty|julkaistu|muokattu|frissítve|közzétéve|publikálva|módosítva|added|"
    r"(?:prices?\s+)?(?:last\s+)?checked|(?:preise?\s+)?zuletzt\s+geprüft|preis\s+geprüft|"
    r"prix\s+vérifiés?|precios?\s+(?:comprobados?|revisados?)|prezzi\s+verificati|"
    r"prijzen\s+(?:gecontroleerd|bijgewerkt)|publiée|"
    r"publiceret|opdateret|publisert|oppdatert|(?:güncelleme|güncellenme|yayınlanma|oluşturulma)(?:\s+tarihi)?|"
    r"yayın\s+tarihi|giriş|diperbarui|diterbitkan|dipublikasikan|"
    # Romanian, Korean ("입력", "수정"), Japanese, Chinese and Arabic ("آخر تحديث"), and a
    # government page's "Page last reviewed".
    r"publicat|actualizat|ultima\s+actualizare|data\s+publicării|"
    r"기사입력|최근\s*수정\s*시각|최근\s*수정|최종수정|입력일|입력|수정일|수정|승인|등록일|등록|업데이트|資料更新日期|更新日期|最後更新|最后更新|修改日期|刊登日期|公告日期|更新时间|更新時間|更新於|更新于|投稿日時|質問日時|更新日時|更新日|投稿日|作成日|公開日|配信日時|更新|公開|配信|"
    r"发布时间|發佈時間|發布日期|發佈日期|发布日期|更新时间|發布於|发布于|發布|发布|發表於|发表于|發表|"
    r"آخر\s+تحديث|تاريخ\s+النشر|نشر\s+في|نُشر\s+في|نشر\s+بتاريخ|نُشر\s+بتاريخ|تحديث|"
    # A shop review's date ("Reviewed in the United Kingdom on …", "Avaliado em …",
    # "Bewertet am …"), a job ad's ("Indrykket …"), a question site's answers ("回答日時：").
    r"reviewed\s+in\s+(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?=\s+on\s)|"
    r"(?:page\s+)?(?:last\s+)?reviewed|page\s+last\s+(?:updated|modified)|"
    r"अपडेट\s+किया\s+गया|प्रकाशित\s+किया\s+गया|संशोधित\s+किया\s+गया|अपडेटेड|"
    r"लास्ट\s+अपडेट|"
    r"avaliad[oa]|bewertet|évaluée?|valorad[oa]|recensit[oa]|beoordeeld|arvosteltu|"
    r"recenzowan[oay]|hodnoceno|indrykket|slået\s+op|回答日時|解決日時|回答日|"
    r"작성일시|작성일|답변일|"
    # A wiki's foot ("This page was last edited on"), a press release's embargo, a
    # review's date of stay or visit, a bulletin's issue ("Forecast issued:", "vydána").
    r"this\s+page\s+was\s+last\s+(?:edited|modified|updated)(?:\s+on)?|"
    r"embargoed\s+until|embargo(?:ed)?|sperrfrist(?:\s+bis)?|"
    r"issued|vydáno|vydána|vydán|postat|na-?post|nai-?post|spá\s+gerð|"
    # A newsletter's or magazine's issue number before its month: "Τεύχος 37 · Μάιος 2025",
    # "Issue 12 | May 2025", "Ausgabe 4/2025 – Mai 2025".
    r"(?:issue|ausgabe|heft|numéro|número|numero|nummer|τεύχος|wydanie|vydání|sayı|edisi|"
    r"выпуск|випуск|izdanje|broj|nr\.?|no\.?|n[º°]|№)\s*#?\s*\d{1,4}(?:/\d{2,4})?"
    r"(?:\s*[·|,–—-])?|"
    r"next\s+review(?:\s+due)?|review\s+due|"
    # A listing's age and price history ("Listed 6 days ago", "Reduced on 28/05/2024")
    r"listed|reduced|"
    # Hindi, Thai, Japanese, Ukrainian, Russian, Czech, Hebrew and Greek labels, and a
    # question site's "asked" and "answered".
    r"अपडेटेड|प्रकाशित|अपडेट|โพสต์เมื่อ|เผยแพร่เมื่อ|อัปเดต(?:ล่าสุด)?|"
    r"оновлено|опубліковано|обновлено|опубликовано|размещено|добавлено|розміщено|додано|"
    r"aktualizováno|publikováno|"
    r"פורסם|עודכן|ενημερώθηκε|δημοσιεύθηκε|asked|answered|edited|"
    # The thirteenth set's languages: Greek, Persian, Urdu, Bengali, Tamil, Malay,
    # Tagalog, Swahili, Hausa, South Slavic, Bulgarian, Slovak, Slovenian, Baltic,
    # Icelandic, Catalan and French labels ("Τελευταία ενημέρωση:", "Imesasishwa:",
    # "প্রকাশ:", "Objavljeno:", "Datums:", "Uppfært", "Dernière mise à jour :").
    r"(?:τελευταία\s+)?(?:ενημέρωση|δημοσίευση)|"
    r"(?:تاریخ\s+)?(?:انتشار|به[\u200c\s]?روزرسانی)|آخرین\s+به[\u200c\s]?روزرسانی|منتشر\s+شده|"
    r"شائع\s+(?:شدہ|ہوا)|اپ\s?ڈیٹ|(?:সর্বশেষ\s+)?(?:প্রকাশিত|প্রকাশ|আপডেট|হালনাগাদ)|"
    r"வெளியிடப்பட்டது|புதுப்பிக்கப்பட்டது|dikemas\s*kini|inilathala|na-update|"
    r"imesasishwa|imechapishwa|ilichapishwa|iliyosasishwa|an\s+(?:wallafa|sabunta)|"
    r"objavljeno|ažurirano|azurirano|objavljen|ažurirana|posodobljeno|објављено|ажурирано|"
    r"публикувано|обновено|актуализирано|публикувана|обновена|aktualizované|publikované|pridané|"
    r"paskelbta|atnaujinta|paskelbtas|atnaujintas|publicēts|atjaunināts|datums|avaldatud|uuendatud|muudetud|"
    r"uppfært|uppfærð|birt|actualitzat|actualitzada|publicada|"
    # Welsh and Irish: "Cyhoeddwyd: 3 Mawrth 2025", "Foilsithe: 14 Eanáir 2025"
    r"cyhoeddwyd|diweddarwyd|diweddarwyd\s+ddiwethaf|foilsithe|foilsíodh|nuashonraithe|"
    r"(?:dernière\s+)?mise\s+à\s+jour|發佈時間|更新時間|發表於|發布時間|"
    r"pada(?=\s+\d)|"
    # A "last" before the label, in the languages of the probe of forty-nine languages
    # ("Ultimo aggiornamento", "Zadnja izmjena", "Последнее изменение", "Laas opgedateer"),
    # and labels those languages print alone ("Modificato", "Aangepast", "Frissítés",
    # "Ενημ.", "עודכן", "ویرایش", "संशोधित", "แก้ไขล่าสุด", "Binago", "Imehaririwa",
    # "Eguneratua", "Bygewerk").
    r"(?:ultimo|última|ultima|laatst|senast|sidst|sist|senest|viimeksi|pēdējoreiz|paskutinį\s+kartą|"
    r"naposledy|zadnja|zadnji|poslednja|poslednji|последнее|последна|остання|последња|"
    # (session 18) the neuter and definite forms of Bulgarian, Russian, Serbian, Croatian
    # and Ukrainian: "Последна актуализация:", "Последнее обновление:", "Zadnje ažuriranje:"
    r"последната|последното|последње|posljednje|posljednja|zadnje|poslednje|останнє|"
    r"τελευταία|آخر|آخرین|आखिरी|अंतिम|সর্বশেষ|கடைசியாக|terakhir|darrera|azken|laas|"
    r"aktualnie)\s+(?:aggiornamento|atualização|actualización|actualitzacio|actualització|"
    r"gewijzigd|bijgewerkt|ändrad|uppdaterad|ændret|opdateret|endret|oppdatert|muokattu|päivitetty|labots|"
    r"atjaunots|atnaujinta|upraveno|upravené|aktualizace|aktualizácia|izmjena|izmena|"
    r"sprememba|spremenjeno|posodobitev|изменение|редакция|зміна|оновлення|измена|ενημέρωση|"
    r"актуализация|обновление|промяна|редакция|ажурирање|ažuriranje|izmjena|"
    r"تحديث|ویرایش|به[\u200c\s]?روزرسانی|अपडेट|হালনাগাদ|আপডেট|புதுப்பிக்கப்பட்டது|"
    r"diperbarui|dikemas\s*kini|eguneraketa|opgedateer|bygewerk)"
    # (session 18) the page's word after it: "Последнее изменение страницы: 11:06, 3 июня 2025"
    r"(?:\s+(?:страницы|сторінки|stránky|strony|stranice|strane|της\s+σελίδας))?|"
    # a seller's or a member's last visit ("Ostatnio online: wczoraj o 22:05", "Last active:
    # yesterday at 22:05"; not "Last seen", a missing person's), a listing's time online
    # ("Online seit 04.03.2025") and a live report's start ("Relacja prowadzona od …")
    r"(?:ostatnio|zuletzt|last|laatst|senast|sidst|sist|viimeksi)\s+(?:online|aktiv[et]?|active|"
    r"aktywn[ya]|aktiivisena)|dernière\s+connexion|última\s+conexión|último\s+acceso|"
    r"ultimo\s+accesso|último\s+acesso|был(?:а)?\s+(?:онлайн|в\s+сети)|був(?:ла)?\s+(?:онлайн|у\s+мережі)|"
    r"online\s+(?:seit|since|depuis|desde|dal|od|sinds|sedan)|en\s+ligne\s+depuis|"
    r"relacja\s+(?:prowadzona|na\s+żywo)\s+od|live\s+(?:coverage|blog|updates)\s+(?:since|from)|"
    r"modificato|modificata|aggiornamento|atualização|gewijzigd|aangepast|ändrad|ændret|"
    r"labots|atjaunots|upraveno|upravené|aktualizace|aktualizácia|izmjena|izmena|"
    r"sprememba|frissítés|актуализирана|изменено|змінено|ενημ\.|"
    r"تم\s+التحديث(?:\s+في)?|محدث|עדכון\s+אחרון|עודכן(?:\s+ב)?|"
    r"به[\u200c\s]?روز\s+شده(?:\s+در)?|ویرایش|آخری\s+بار\s+اپ\s+ڈیٹ\s+کیا\s+گیا|تازہ\s+ترین|"
    r"संशोधित|அப்டேட்|แก้ไขล่าสุด|ปรับปรุงล่าสุด|อัปเดตล่าสุด|เผยแพร่|"
    r"cập\s+nhật\s+lần\s+cuối|update|kemas\s+kini(?:\s+terakhir)?|in-update|"
    r"binago|ilisasishwa(?:\s+mwisho)?|imehaririwa|最終更新日時|最終更新日|最終更新|"
    r"최종\s*수정일|최종\s*수정|最后修改于|最后修改|最後修改|最后更新于|最後更新於|更新於|更新于|"
    r"eguneratua|eguneratze-data|argitaratua|argitaratze-data|bygewerk|opgedateer|"
    r"gepubliseer|gewysig|"
    # Vietnamese: "Cập nhật lúc 05:30, 14/05/2024", "Ngày đăng: 14/05/2024".
    r"(?:ngày\s+)?cập\s+nhật|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|"
    # Posting and listing verbs of probe 2's languages, before "today" or a date:
    # "Eingestellt gestern um 18:02", "Mis en ligne aujourd'hui", "Inlagd igår 18:02",
    # "(Oglas) dodan včeraj", "Δημοσιεύτηκε σήμερα", "نُشر اليوم", "Đăng hôm nay", "掲載日：昨日".
    r"eingestellt|déposée|mis\s+en\s+ligne|inserito|inserido|inlagd|lagt\s+ut|indsendt|"
    r"oprettet|jätetty|sett\s+inn|postitatud|lisatud|ievietots|įdėtas|opublikowane|vloženo|"
    r"přidán|přidáno|vložený|vložené|dodane|dodany|dodan|predan|postavljen|feladva|adăugat|"
    r"добавена|"
    r"постављено|постављен|postavljeno|"
    # (session 18) a live stream's or a live blog's start: "Início da transmissão:
    # 17/08/2025 15h30", "Übertragungsbeginn:", "Début du direct :", "Stream started"
    r"in[ií]cio\s+da\s+transmiss[ãa]o|inicio\s+de\s+la\s+transmisi[óo]n|"
    r"début\s+(?:de\s+la\s+diffusion|du\s+direct)|beginn\s+der\s+übertragung|übertragungsbeginn|"
    r"inizio\s+(?:della\s+)?(?:diretta|trasmissione)|start\s+van\s+de\s+uitzending|"
    r"(?:początek|rozpoczęcie)\s+transmisji|yayın\s+başlangıcı|начало\s+трансляции|"
    r"початок\s+трансляції|(?:broadcast|stream|live\s+stream|live\s+coverage)\s+start(?:s|ed)?|"
    # A programme's broadcast date: "Uitgezonden op dinsdag 14 oktober 2025", "Aired on …",
    # "Gesendet am …", "Diffusé le …", "Emitido el …", "Trasmesso il …", "Sändes …".
    r"uitgezonden|broadcast|aired|first\s+aired|gesendet|ausgestrahlt|diffusée?|emitido|"
    r"trasmesso|sändes|sändes\s+först|sendt|wyemitowano|odvysíláno|yayınlandı|"
    r"δημοσιεύτηκε|καταχωρήθηκε|ilan\s+tarihi|güncellendi|نُشر|تاريخ\s+الإعلان|עלתה|"
    r"tin\s+đăng|đăng|diposting|dipasang|disiarkan|nai-post|inilagay|liliwekwa|掲載日|등록일|"
    r"发布于|發佈於|eguneratua|"
    # A forum or question site's writing and asking participles, a poster's name after
    # the stamp: "Geschrieben am …", "Question posée le …", "Domanda posta il …", "Skrivet
    # …", "Kysytty …", "Napisano …", "Dotaz položen …", "Pitanje postavio/la …", "Вопрос
    # задан …", "Ρωτήθηκε …", "سُئل في …", "נשאל ב-…", "پرسیده شده در …", "Hỏi ngày …".
    r"geschrieben|gefragt|gepostet|verfasst|postée?|question\s+posée|demandée?|"
    r"preguntad[oa]|preguntat|enviad[oa]|inviato|domanda\s+posta|postado|perguntado|"
    r"gevraagd|geschreven|gepost|skrivet|skriven|frågad|frågat|skrevet|spurt|spurgt|"
    r"kirjoitettu|kysytty|lähetetty|skrifað|küsitud|kirjutatud|jautāts|paklausta|parašyta|"
    r"napisano|napisane|zadane|zadano|napsáno|dotaz\s+položen|napísané|otázka\s+položená|"
    r"vprašal(?:\(a\)|a)?|pitanje\s+postavio(?:/la)?|питање\s+поставио(?:/ла)?|beküldve|"
    r"întrebare\s+pusă|попитано|написано|вопрос\s+задан|запитання\s+поставлено|"
    r"ρωτήθηκε|γράφτηκε|كُ?تب|سُ?ئل|נכתב|נשאל|ارسال\s+شده|پرسیده\s+شده|ถามเมื่อ|"
    r"gửi|hỏi|dikirim|ditanyakan|dihantar|ditanya|dijawab|ipinost|itinanong|imetumwa|imeulizwa|"
    r"질문일|提问于|geplaas|gevra|"
    # A French stamp opens on the article alone: "Le 11/02/2025 à 18:47".
    r"le(?=\s+\d))"
    # a label ends where its word does: "Dodane" is not "Dodan" and "e" ("dodan|dodane",
    # "등록|등록일"), whatever the order of the alternatives
    r"(?![^\W\d_])"
    r"(?:\s+(?:on|at|am|le|el|il(?=\s+\d)|em|a(?=\s+\d)|op|den|pada|la|lúc|noong|o(?=\s+\d)|"
    # before a time: "Aggiornato alle 10:18", "Atualizado às 10:18", "Actualizado a las
    # 10:18", "Aktualisiert um 10:18", "Päivitetty klo 10.18"
    r"alle|às|ás|a\s+las|um|om|à|kl\.?|klo|o\s+godz\.?|godz\.?|saat|"
    r"na|в|на|ב-?|في|pe|در|ngày|lúc|στις|την|më)(?![^\W\d_]))?)\s*[:：՝፦]?\s*", re.I)
#: Weekday names that may open a stamp: English (also abbreviated), then German, French,
#: Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Turkish and Indonesian.
WEEKDAYS = _word_set("""
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi
    mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado
    domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira lunedì martedì
    mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag poniedziałek wtorek środa czwartek piątek sobota niedziela måndag
    tisdag onsdag torsdag fredag lördag söndag pazartesi salı çarşamba perşembe cuma
    cumartesi pazar senin selasa rabu kamis jumat sabtu minggu
    isniin talaado arbaco khamiis jimce sabti axad
    ma di wo do vr za zo
    mo mi fr sa pon wt śr czw pt sob ndz niedz lun mer jeu ven sam dim mié jue vie sáb dom
    gio seg ter qua qui sex út čt pá
""")
#: Weekday names of Hungarian and Arabic pages, and Vietnamese ones, of two words.
WEEKDAYS |= _word_set("""
    hétfő kedd szerda csütörtök péntek szombat vasárnap
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina
    الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
""")
#: Weekday names of the thirteenth set's languages: Greek, Bulgarian, Serbian (Cyrillic
#: and Latin), Croatian, Slovenian, Slovak, Czech, Lithuanian, Latvian, Estonian,
#: Icelandic, Norwegian and Danish, Catalan, Tagalog, Malay, Swahili, Hausa, Bengali,
#: Tamil, Urdu, Persian and Amharic.
WEEKDAYS |= _word_set("""
    δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
    понеделник вторник сряда четвъртък петък събота неделя
    понедељак уторак среда четвртак петак субота недеља
    ponedeljak ponedjeljak utorak sreda srijeda četvrtak petak subota nedelja nedjelja
    ponedeljek torek četrtek petek
    pondelok utorok streda štvrtok piatok nedeľa pondělí úterý středa čtvrtek pátek neděle
    pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis
    pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena
    esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev
    mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur
    mandag tirsdag lørdag søndag
    dilluns dimarts dimecres dijous divendres dissabte diumenge
    lunes martes miyerkules huwebes biyernes sabado linggo
    isnin selasa khamis jumaat ahad
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
    litinin talata laraba alhamis jumma'a juma'a asabar lahadi
    শনিবার রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার
    ஞாயிற்றுக்கிழமை திங்கட்கிழமை திங்கள்கிழமை செவ்வாய்க்கிழமை புதன்கிழமை வியாழக்கிழமை
    வெள்ளிக்கிழமை சனிக்கிழமை
    پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار
    شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه
    ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ ቅዳሜ እሁድ
""")
#: Weekdays of two words: Vietnamese, Hebrew ("יום ראשון"), and Thai's with their "day"
#: prefix and perhaps "the" ("วันอังคารที่").
_WEEKDAY_PHRASES = (*(f"dydd {d}" for d in _word_set("llun mawrth mercher iau gwener sadwrn sul")),
                    *(f"dé {d}" for d in _word_set("luain máirt céadaoin déardaoin haoine "
                                                   "sathairn domhnaigh")),
                    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
                    *(f"יום {d}" for d in _word_set("ראשון שני שלישי רביעי חמישי שישי שבת")),
                    *(f"วัน{d}{t}" for d in _word_set("จันทร์ อังคาร พุธ พฤหัสบดี พฤหัส ศุกร์ "
                                                      "เสาร์ อาทิตย์")
                      for t in ("", "ที่")))
#: Weekdays of Hindi, Marathi, Nepali, Bengali, Urdu, Tamil, Telugu, Punjabi and Gujarati
#: pages, before their date: "अपडेटेड: मंगलवार, 10 जून 2025".
_WEEKDAYS_SOUTH_ASIA = _word_set("""
    सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार आइतबार बिहीबार
    सोमबार मंगलबार बुधबार शुक्रबार शनिबार मंगळवार
    সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার
    پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار
    திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு
    సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం
    ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨੀਵਾਰ ਐਤਵਾਰ
    સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર
""")
_WEEKDAY = LazyPattern("(?:" + "|".join(re.escape(w) for w in sorted(
    WEEKDAYS | _WEEKDAYS_SOUTH_ASIA | set(_WEEKDAY_PHRASES), key=len, reverse=True))
    + r")\.?(?:\s*[,،|]\s*|\s+)", re.I)
#: "3 hours ago", "about an hour ago", and the short forms of live pages: "3h ago", "5m ago".
_RELATIVE = LazyPattern(r"(?:(?:about|around|nearly|almost|over|just|less\s+than|more\s+than)\s+)?"
                        r"(?P<n>\d{1,3}|an?|one)(?:\s+(?P<unit>second|sec|minute|min|hour|hr|day"
                        r"|week|month|year)s?|\s?(?P<short>[smhdw]|mins?|hrs?|secs?)\b)"
                        # A question site's two units: "2 years, 3 months ago".
                        r"(?:,?\s+\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?)?\s+ago",
                        re.I)
#: The same in other languages: "há 3 horas", "hace 2 horas", "il y a 3 heures", "vor 2
#: Stunden", "3 uur geleden", "3 ore fa", "3 saat önce", "3 godziny temu".
_N = r"(?:\d{1,3}|une?|um|uma|un|una|einer?|een)"
#: A count in Western, Arabic-Indic, Persian, Bengali or Devanagari digits.
_COUNT_ANY = r"[0-9٠-٩۰-۹০-৯०-९]{1,3}"
#: The words for "ago" that come before a relative stamp's count, and after it.
_AGO_BEFORE = (r"fyrir|pirms|prieš|před|pred|prije|pre|пре|преди|acum|πριν(?:\s+από)?|"
               r"منذ|قبل|לפני|fa|duela|hai")
_AGO_AFTER = (r"sedan|siden|sitten|tagasi|назад|тому|पहले|আগে|پیش|قبل|پہلے|gelede|"
              # (session 16) Albanian, Azerbaijani, Uzbek, Kazakh, Armenian, Marathi
              r"më\s+parë|əvvəl|oldin|бұрын|առաջ|पूर्वी|"
              r"ang\s+nakalipas|na\s+ang\s+nakalipas|na\s+ang\s+nakaraan|ang\s+nakaraan|"
              r"ที่แล้ว|ที่ผ่านมา|ก่อน|முன்பு|முன்")
#: The units of time, in the inflections their counts take, of the Nordic and Baltic
#: languages, Finnish, Czech, Slovak, Slovenian, the South Slavic languages, Romanian,
#: Bulgarian, Russian, Ukrainian, Greek, Arabic, Hebrew, Persian, Urdu, Hindi, Bengali,
#: Tamil, Thai, Tagalog, Catalan, Basque, Galician and Afrikaans.
_AGO_UNITS = "|".join(sorted(_word_set(r"""
    sekunder sekund minuter minut timmar timme dagar dag veckor vecka månader månad år
    sekunder minutter minutt timer time dager dage uker uke uger uge måneder måned
    sekuntia minuuttia tuntia päivää viikkoa kuukautta vuotta sekunti minuutti tunti päivä
    viikko kuukausi vuosi
    sekúndum mínútum mínútu klukkustundum klukkustund klst\. dögum degi vikum viku
    mánuðum mánuði árum ári
    sekundit minutit tundi päeva nädalat kuud aastat
    sekundēm minūtēm minūtes stundām stundas dienām dienas nedēļām nedēļas mēnešiem
    mēneša gadiem gada
    sekundes sekundžių minutes minučių minutę valandas valandų valandą dienas dienų dieną
    savaites savaičių mėnesius mėnesių metus metų
    sekundami minutami minútami minutou minútou hodinami hodinou dny dňami dnem dňom
    týdny týždňami měsíci mesiacmi lety rokmi rokem rokom
    urami urama uro dnevi dnevoma tedni meseci leti
    sekundi minuta minute sata sati sat dana dan tjedna tjedana nedelja nedelje mjeseci
    mjesec mesec godina godine
    секунди секунд минута минуте минути сата сати часа часов час дана дни дня дней ден
    день недеља недели недель недељу седмици седмица месеци месеца месецев месяца месяцев
    месяц месец године години година года лет год
    секунду секунды минут минуту минуты хвилин хвилини хвилину годин години годину днів дні
    тижнів тижні тиждень місяців місяці місяць років роки рік
    δευτερόλεπτα λεπτά λεπτό ώρες ώρα ημέρες ημέρα μέρες μέρα εβδομάδες μήνες μήνα χρόνια χρόνο
    ثانية ثوان دقيقة دقائق ساعة ساعات يوم أيام أسبوع أسابيع شهر أشهر سنة سنوات
    שניות דקות דקה שעות שעה ימים יום שבועות שבוע חודשים חודש שנים שנה
    ثانیه دقیقه ساعت روز هفته ماه سال سیکنڈ منٹ گھنٹے گھنٹہ دن ہفتے ہفتہ مہینے
    सेकंड मिनट घंटे घंटा दिन हफ्ते हफ़्ते सप्ताह महीने महीना साल वर्ष
    সেকেন্ড মিনিট ঘণ্টা দিন সপ্তাহ মাস বছর
    நிமிடங்களுக்கு நிமிடத்துக்கு நிமிடத்திற்கு மணி\s+நேரத்துக்கு மணி\s+நேரத்திற்கு
    நாட்களுக்கு நாளுக்கு வாரங்களுக்கு மாதங்களுக்கு ஆண்டுகளுக்கு
    วินาที นาที ชั่วโมง วัน สัปดาห์ อาทิตย์ เดือน ปี
    segundo minuto oras araw linggo buwan taon
    segons minuts hores hora dies dia setmanes setmana mesos mes anys any
    secunde minute minut ore oră zile zi săptămâni săptămână luni lună ani an
    minutu ordu egun aste hilabete urte
    d\.? val\.? min\.? sav\.? mėn\.? sek\.? st\.? ned\.? mēn\.? hod\.? týd\.? měs\.?
    segundos minutos horas días semanas meses anos
    sekondes minuut minute uur ure dae weke week maande maand jare jaar
    sekonda minuta orë ditë javë muaj vjet vite
    saniyə dəqiqə saat gün həftə ay il soniya daqiqa soat kun hafta oy yil
    секунд минут сағат күн апта ай жыл վայրկյան րոպե ժամ օր շաբաթ ամիս տարի
    मिनिटां तासां दिवसां आठवड्यां महिन्यां वर्षां
    """), key=len, reverse=True))
_RELATIVE_FOREIGN = LazyPattern(
    rf"(?:(?:há|hace|il\s+y\s+a|vor)\s+(?:cerca\s+de\s+|environ\s+|etwa\s+)?{_N}\s+"
    r"(?:segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|meses|anos?|años?|"
    r"secondes?|minutes?|min|heures?|jours?|semaines?|mois|ans?|"
    r"sekunden?|minuten?|stunden?|std\.?|tagen?|wochen?|monaten?|jahren?|"
    # and their short forms under a comment or in a feed: "hace 2 h", "il y a 3 j",
    # "há 5 min.", "vor 2 Std."
    r"h|hs|hrs?|d|j|seg\.?|sek\.?|min\.|mins?)"
    rf"|{_N}\s+(?:seconden|minuten?|min|uur|uren|dagen?|weken?|maanden?|jaar|jaren)\s+geleden"
    r"|\d{1,3}\s+(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane|mesi|anni)\s+fa"
    r"|\d{1,3}\s+(?:saniye|dakika|dk|saat|gün|hafta|ay|yıl)\s+önce"
    r"|\d{1,3}\s+(?:sekund[ęy]?|minut[ęy]?|godzin[ęy]?|godz\.|dni|dzień|tygodni[e]?|miesięcy|"
    r"lat[a]?)\s+temu"
    # Indonesian and Malay, Vietnamese, Korean, Japanese and Chinese: "2 minggu lalu",
    # "3 hari yang lalu", "5 giờ trước", "3시간 전", "2日前", "3 小时前".
    r"|\d{1,3}\s+(?:detik|saat|menit|minit|jam|hari|minggu|bulan|tahun)\s+"
    r"(?:yang\s+)?(?:lalu|lepas)"
    r"|\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước"
    r"|\d{1,3}\s?(?:초|분|시간|일|주|개월|달|년)\s?전"
    r"|\d{1,3}\s?(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年)"
    r"\s?前"
    # The word for "ago" before the count ("för 2 timmar sedan", "pirms 2 stundām",
    # "před 2 hodinami", "πριν από 2 ώρες", "منذ 15 دقيقة", "לפני 3 ימים") or after it
    # ("2 tuntia sitten", "2 часа назад", "2 घंटे पहले", "2 ชั่วโมงที่แล้ว", "3 dae
    # gelede"), a Swahili unit before its count ("dakika 15 zilizopita") and Hungarian's
    # units that say "ago" themselves ("2 órája"): RELATIVE_UNITS of forty languages.
    rf"|(?:{_AGO_BEFORE})\s+{_COUNT_ANY}\s*(?:{_AGO_UNITS})"
    rf"|(?:för|for)\s+{_COUNT_ANY}\s+(?:{_AGO_UNITS})\s+(?:sedan|siden)"
    rf"|{_COUNT_ANY}\s*(?:{_AGO_UNITS})\s*(?:{_AGO_AFTER})"
    rf"|(?:sekunde|dakika|saa|siku|wiki|mwezi|miezi|mwaka|miaka)\s+{_COUNT_ANY}\s+"
    r"(?:iliyopita|zilizopita|uliopita|ulizopita)"
    rf"|{_COUNT_ANY}\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)"
    # Arabic's and Hebrew's duals, which need no count: "منذ ساعتين", "לפני שעתיים".
    r"|(?:منذ|قبل)\s+(?:دقيقتين|ساعتين|يومين|أسبوعين|شهرين|سنتين|عامين)"
    r"|לפני\s+(?:שעתיים|יומיים|שבועיים|חודשיים|שנתיים)"
    # Russian's and Ukrainian's single units, which need no count: "неделю назад", "годину тому"
    r"|(?:минуту|час|день|неделю|месяц|год)\s+назад"
    r"|(?:хвилину|годину|день|тиждень|місяць|рік)\s+тому)(?![\w])", re.I)
_JOIN = LazyPattern(r"T|\s*(?://|[-|·•–—@])\s*"
                    # a separator and the word for "at": "3 marzo 2024 | ore 14:10"
                    r"(?:(?:at|ore|ora|alle|om|um|à|às|a\s+las|klo|kl\.|saat|в|u|o)\s+(?=\d))?|"
                    # The dot closing a South Slavic date ("16.03.2025. u 19:48") and the
                    # "at" of Croatian and Serbian, Russian and Bulgarian, Slovak and
                    # Slovenian, Lithuanian, Latvian, Estonian, Icelandic and Norwegian,
                    # Catalan, Tagalog and Malay pages
                    # A Korean or Japanese weekday in brackets: "2025.07.22.(화) 14:00".
                    r"\.?\s*(?:[(（][월화수목금토일月火水木金土日][)）]\s*)?"
                    # The year's abbreviation of Bulgarian, Russian and Ukrainian: "2026 г.".
                    r"(?:(?:г|р)\.\s*)?"
                    r"\.?\s*[,،]?\s*(?:(?:at|à|a\s+las?|um|alle|às|om|kl\.?|"
                    r"klockan|saat|o\s+godz\.?|godz\.?|pukul|u|у|в|о|ob|o|plkst\.?|kell|klukkan|"
                    r"a\s+les|a\s+la|nang|ng|jam|ora|ore|lúc|"
                    # Finnish ("12.2.2026 klo 8.41"), Czech ("v 16:20"), Galician ("ás"),
                    # Swahili ("saa 10:15"), Thai, Hebrew, Arabic and Persian ("at the hour").
                    # (Moroccan and Algerian pages: "على الساعة 15:20")
                    r"klo|kello|v|ás|saa|เวลา|בשעה|(?:على\s+)?الساعة|ساعت|"
                    # Czech "ve 14:05", Greek "στις", Urdu and Hindi "کو", "को"
                    r"ve|στις|کو|को|la)\s+)?", re.I)
#: A Korean, Japanese or Chinese stamp's label after the time: "14:00 발표", "10:00 更新".
_TRAILING_LABEL = LazyPattern(r"\s+(?:발표|기준|현재|입력|수정|송고|更新|配信|発表|发布|發布|公開|"
                              # verbs that close a stamp in probe 2's languages: "今日 10:14
                              # 投稿", "오늘 10:14 게시", "Vandag om 10:14 geplaas"
                              r"投稿|게시|修改|geplaas|منتشر\s+شد|ثبت\s+شده|"
                              # an Arabic page's zone by its city: "بتوقيت مكة المكرمة"
                              r"بتوقيت\s+\S+(?:\s+\S+){0,2}|"
                              # a Chinese weekday after the date: "2024年11月3日 星期日"
                              r"(?:星期|禮拜|礼拜|週|周)[一二三四五六日天])$")
#: A Korean shop's note that its prices are as of the stamp before it: "가격은 2025년 10월
#: 14일 오전 9시 기준이며, 판매처 사정에 따라 변동될 수 있습니다." (session 17).
_KO_PRICE_AS_OF = LazyPattern(r"^(?:가격은|가격\s*정보는|최저가는|판매가는)\s+"
                              r"(?P<stamp>.{6,40}?)\s*기준(?:이며|이고|입니다)?[,.]?(?:\s+[^\n]{0,60}?(?:수\s+있습니다|"
                              r"바랍니다|다를\s+수\s+있습니다)\.?)?$")
#: A shop's note after its prices' stamp: "Preis zuletzt geprüft: 18.03.2025, 07:45 Uhr.
#: Preise können sich inzwischen geändert haben."
_PRICE_NOTE = LazyPattern(
    r"\.\s+(?:prices?\s+(?:may|can|might)\s+have\s+changed(?:\s+since)?|"
    r"preise\s+können\s+sich\s+(?:inzwischen|seitdem|mittlerweile)\s+geändert\s+haben|"
    r"les\s+prix\s+(?:peuvent|ont\s+pu)\s+(?:avoir\s+)?changé(?:\s+depuis)?|"
    r"los\s+precios\s+pueden\s+haber\s+cambiado|i\s+prezzi\s+potrebbero\s+essere\s+cambiati|"
    r"(?:de\s+)?prijzen\s+kunnen\s+(?:inmiddels\s+)?(?:gewijzigd|veranderd)\s+zijn|"
    r"os\s+preços\s+podem\s+ter\s+mudado|ceny\s+mogły\s+się\s+zmienić)\.?$", re.I)
#: A Hijri date before the Gregorian date it corresponds to, and the Gregorian year's "م".
# (its month may be two words, "22 ربيع الأول 1447 هـ", and it may follow the Gregorian
# date after a dash: "الأحد 14 سبتمبر 2025 - 22 ربيع الأول 1447 هـ")
_HIJRI_DATE = LazyPattern(r"(?:(?<=\d)\s*[-–—|،]\s*)?\d{1,2}\s+\S+(?:\s+ال\S+)?\s+1[34]\d\d\s*هـ\.?"
                          r"\s*(?:،\s*)?(?:الموافق\s+|-\s*)?")
_GREGORIAN_MARK = LazyPattern(r"(?<=\d{4})\s*م\.?$")
_HIJRI_MARK = LazyPattern(r"(?<=\d{4})\s*هـ\.?")
#: A Hebrew calendar's date before the Gregorian one: day in letters, "ב" and its month, and
#: the year in letters: "ג' באדר תשפ\"ה, 03.03.25" (the Gregorian date is the one read).
_HEBREW_DATE = LazyPattern(r"[א-ת]{1,2}[\"״׳'][א-ת]?\s+ב(?:תשרי|חשוון|חשון|מרחשוון|כסלו|כסליו|טבת|"
                           r"שבט|אדר(?:\s+[אב][׳']?)?|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)\s+"
                           r"[א-ת]{1,3}[\"״][א-ת]\s*,\s*(?=\d)")
#: A Hindu calendar's month, day and Vikram Samvat year after a Hindi page's Gregorian date:
#: "सोमवार, 3 मार्च 2025 | फाल्गुन शुक्ल चतुर्थी, विक्रम संवत 2081" (the Gregorian date is read).
_SAMVAT = LazyPattern(r"\s*[|,·]\s*(?:[^\d|,]{2,40},\s*)?(?:विक्रम\s+)?संवत्?\s+\d{4}$")
#: The year's word after a date at the line's end: Bulgarian and Russian "г." (година,
#: год), Ukrainian "р.", Serbian and Croatian "god.": "3 октомври 2023 г.".
_YEAR_WORD = LazyPattern(r"(?<=\d{4})\.?\s*(?:г|р|год|года|години|року|god|godine)\.?$", re.I)
_YEAR_WORD_TAIL = 16
#: A capital opening a name (a poster's name after a stamp is a name or a handle; "por el
#: ayuntamiento" and "von vielen Lesern" make the line a sentence).
_NAME_CAP = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐΑ-Ω])"
#: The poster after a labelled stamp: "Публикувано на 3 октомври 2023 г. от Деси",
#: "Publicado el 3 de mayo de 2024 por Ana".
_POSTER_AFTER = LazyPattern(r"\s+(?:by|от|від|од|par|por|von|door|av|af|przez|oleh|od|da|di|"
                            r"tarafından|bởi|ni)\s+(?:" + _NAME_CAP + r"[\w.'’-]*(?:\s+" + _NAME_CAP
                            + r"[\w.'’-]*){0,2}|\S*[_\d]\S*)$", re.I)
#: A forum post's number before or after its stamp: "#4 2 days ago", "… 9:12pm #1".
_POST_NUMBER = LazyPattern(r"^#\d{1,6}\s+(?=\S)|\s+#\d{1,6}$")
#: A second stamp in brackets closing a line: "New Delhi, 21 October 2025 (Updated 11:40
#: AM IST)"; it is read as one more field of the line.
_PAREN_STAMP = LazyPattern(r"(?<=\d)\s*\(([^()]{3,40})\)?$")
#: A labelled day and month without the year ("Last Updated: June 2", "Updated 2 June").
_NO_YEAR = LazyPattern(_MONTH + r"\s+(?P<d>\d{1,2})" + _ORDINAL + r"(?![\d:])(?:\s*d\.)?|"
                       r"(?P<d2>\d{1,2})" + _ORDINAL + r"\.?\s+(?:de\s+)?"
                       + _MONTH.replace("mon", "mon2")
                       # no figure after it, unless a time ("14 mars 16:20")
                       + r"(?!\s*\d(?!\d?[:.]\d\d))", re.I)
#: A day and month in figures, without the year ("14.3.", "14.03"): only after a label
#: and before a time ("Päivitetty 14.3. 16:20"), as a version number may look the same.
_NO_YEAR_FIGURES = LazyPattern(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?(?=\s)")
#: A month and year, after a label only: "Mar 2024", "2024年2月".
_MONTH_YEAR = LazyPattern(_MONTH + r"\s+(?P<y>\d{4})(?!\d)|"
                          r"(?P<y2>\d{4})\s?年\s?(?P<m>\d{1,2})\s?月(?![\d日])", re.I)
#: Yesterday and today with a time ("Gisteren, 18:32", "Yesterday at 6:32 PM", "Heute,
#: 09:15 Uhr"), in the languages of the month tables; without the time it is prose.
_RELATIVE_DAY = LazyPattern(
    r"(?P<day>yesterday|today|gisteren|vandaag|eergisteren|gestern|heute|vorgestern|hier|"
    r"aujourd['’]hui|ayer|hoy|anteayer|ontem|hoje|ieri|oggi|wczoraj|dzisiaj|dziś|dün|bugün|"
    r"igår|idag|i\s+går|i\s+dag|kemarin|hari\s+ini|вчера|сегодня|вчора|сьогодні|azi|astăzi|"
    # The other languages of probe 2 (Nordic, Baltic, Slavic, Greek, Arabic, Hebrew,
    # Persian, Indic, Thai, Vietnamese, Malay, Tagalog, Swahili, CJK, Catalan, Basque,
    # Galician and Afrikaans): "Julkaistu tänään klo 10.14", "Objavljeno danas u 10:14",
    # "Δημοσιεύτηκε σήμερα στις 10:14", "نُشر اليوم الساعة 10:14", "Đăng hôm nay lúc 10:14".
    r"tänään|eilen|í\s+dag|í\s+gær|täna|eile|šodien|vakar|šiandien|dnes|včera|danes|včeraj|"
    r"danas|jučer|juče|данас|јуче|днес|σήμερα|χθες|اليوم|أمس|היום|אתמול|امروز|دیروز|آج|"
    r"आज|আজ|গতকাল|இன்று|நேற்று|วันนี้|เมื่อวาน|hôm\s+nay|hôm\s+qua|semalam|"
    r"ngayong\s+araw|ngayon|kahapon|今日|本日|昨日|오늘|어제|今天|昨天|avui|ahir|gaur|atzo|hoxe|onte|"
    r"leo|jana|gister)(?![^\W\d_])"
    r"\s*[,،]?\s*(?:(?:at|om|um|à|a\s+las?|às|alle|o|kl\.?|klockan|saat|pukul|jam|в|о|la|ora|"
    r"ore|klo|kell|plkst\.?|v|ve|ob|u|у|στις|الساعة|בשעה|ב-|ساعت|lúc|pada|nang|saa|a\s+les|ás|"
    r"kello|เวลา)(?![^\W\d_])\s*)?", re.I)
#: Swahili's today and yesterday are also names: a stamp only after a label.
_NAME_DAYS = frozenset({"leo", "jana"})
# (a bar or a dash may part them: "14:20 | 08/04/2025")
_BEFORE_DATE = LazyPattern(r"\s*[,،|·•]?\s*(?:on\s+|ngày\s+|del\s+|de\s+|do\s+|"
                           r"du\s+|am\s+|"
                           r"den\s+)?", re.I)
_SEPARATOR = LazyPattern(r"\s*(?:[|·•,;/–—-]|\band\b)?\s*", re.I)


@dataclass(frozen=True)
class Stamp:
    """One date (and maybe time) found on a line."""

    label: str
    parsed: str  # ISO 8601, or the relative phrase as written
    ambiguous: bool = False


def _clock_hour(hour: int, ampm: str | None) -> int | None:
    """The hour on a 24-hour clock of ``hour`` followed by "a" or "p" (am, pm), or None
    when a 12-hour clock has no such hour."""
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if ampm.lower() == "p" else 0)


#: The morning's words among the parts of the day a time may carry (the rest are pm).
_MORNING = frozenset({"오전", "午前", "上午", "पूर्वाह्न", "முற்பகல்", "ng umaga", "පෙ.ව.",
                      "সকাল", "सुबह", "सकाळी", "बिहान", "صبح", "காலை", "na safe", "صباحاً", "صباحا",
                      "صباحًا", "صباح"})


def _match_time(text: str, pos: int) -> tuple[tuple[int, int, int, str], int] | None:
    """(hour, minute, second, zone) and the end of a time at ``pos``, or None."""
    m = _TIME.match(text, pos)
    if m is None or (m["M"] is None and m["ampm"] is None
                     and not (m["oclock"] and m["pre"])):
        return None  # a lone number is no time ("오전 9시" is: a part of the day, "o'clock")
    part = m["pre"] or m["dayp"]
    ampm = m["ampm"] or (("a" if part in _MORNING else "p") if part else None)
    hour, minute, second = _clock_hour(int(m["H"]), ampm), int(m["M"] or 0), int(m["S"] or 0)
    if hour is None or hour > 23 or minute > 59 or second > 59:
        return None
    return (hour, minute, second, (m["tz"] or "").upper()), m.end()


_THAI = LazyPattern(r"[\u0e00-\u0e7f]")
_BUDDHIST_ERA = 543
#: A Thai page's year is Buddhist from here on ("17 ก.พ. 2568"); forum software may print a
#: Thai month with the Gregorian year ("17 ก.พ. 2025").
_BUDDHIST_YEARS = 2300
#: Taiwan's Minguo calendar counts its years from 1912 (year 114 is 2025).
_MINGUO_ERA = 1911
#: The year before each of Japan's eras began.
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}


def _match_date(text: str, pos: int) -> tuple[tuple[int, int, int], bool, int] | None:
    """(year, month, day), whether day and month could be swapped, and the end; or None."""
    for form in _DATE_FORMS:
        m = form.match(text, pos)
        if m is None:
            continue
        groups = m.groupdict()
        ambiguous = False
        if groups.get("mon"):
            month = _MONTHS[groups["mon"].lower()]
        elif groups.get("yy"):
            month, groups["d"], groups["y"] = int(groups["mm"]), groups["dd"], "20" + groups["yy"]
            ambiguous = int(groups["dd"]) <= 12 and groups["dd"] != groups["mm"]
        elif groups.get("a"):
            a, b = int(groups["a"]), int(groups["b"])
            # Month first (US) unless the first number cannot be a month.
            month, day = (b, a) if a > 12 else (a, b)
            ambiguous = a <= 12 and b <= 12 and a != b
            groups["d"] = str(day)
        else:
            month = int(groups["m"])
        if groups.get("roc"):
            groups["y"] = str(int(groups["roc"]) + _MINGUO_ERA)
        if groups.get("era"):
            year = 1 if groups["ey"] == "元" else int(groups["ey"])
            groups["y"] = str(year + _JAPANESE_ERAS[groups["era"]])
        if groups.get("bey"):
            groups["y"] = str(2500 + int(groups["bey"]))
        ymd = (int(groups["y"]), month, int(groups["d"]))
        if groups.get("mon") and _THAI.match(groups["mon"]) and ymd[0] > _BUDDHIST_YEARS:
            ymd = (ymd[0] - _BUDDHIST_ERA, month, ymd[2])  # Thai pages count from 543 BC
        if groups.get("mon") in _SOLAR_MONTHS or (not groups.get("mon") and _solar_year(
                groups["y"])):
            ymd = _from_solar_hijri(*ymd)
        elif groups.get("mon") in _ETHIOPIAN_MONTHS:
            ymd = _from_ethiopian(*ymd)
        elif groups.get("mon") in _HIJRI_MONTHS:
            ymd = _from_hijri(*ymd)
        elif groups.get("mon") in _BIKRAM_MONTHS:
            ymd = _from_bikram_sambat(*ymd)
        elif groups.get("mon") in _MYANMAR_MONTHS:
            ymd = _from_myanmar(*ymd, waning=groups.get("half") == "လဆုတ်")
        if _valid_date(*ymd):
            return ymd, ambiguous, m.end()
    return None


def _solar_year(year: str) -> bool:
    """A numeric date's year of the Solar Hijri calendar: written in Persian digits
    ("۱۴۰۳/۰۳/۲۲"), or 1380 to 1420 (2001-2041; the lunar Hijri years of those decades
    are 1421 and later).

    >>> _solar_year("۱۴۰۳"), _solar_year("1403"), _solar_year("1446"), _solar_year("2024")
    (True, True, False, False)
    """
    return any("\u06f0" <= c <= "\u06f9" for c in year) or 1380 <= int(year) <= 1420


def _from_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Solar Hijri one (Iran's and Afghanistan's calendar), or
    (0, 0, 0) when there is no such day.

    >>> _from_solar_hijri(1403, 12, 22)
    (2025, 3, 12)
    >>> _from_solar_hijri(1404, 1, 1)
    (2025, 3, 21)
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)) or (
            month == 12 and day == 30
            and _solar_days(year + 1, 1, 1) - _solar_days(year, 1, 1) == 365):
        return 0, 0, 0
    date = datetime.fromordinal(_solar_days(year, month, day) - _solar_days(1404, 1, 1)
                                + _NOWRUZ_1404)
    return date.year, date.month, date.day


#: 1 Farvardin 1404 (Nowruz) was 21 March 2025.
_NOWRUZ_1404 = datetime(2025, 3, 21).toordinal()


def _solar_days(year: int, month: int, day: int) -> int:
    """A day count of the Solar Hijri calendar (the arithmetic of the jalaali algorithms:
    leap years in 33-year cycles, exact for 1178-1633 AP)."""
    jy = year + 1595
    return (365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))


#: The Ethiopian calendar's epoch as a proleptic Gregorian ordinal (1 Meskerem 1 is
#: 27 August 8 AD, Julian).
_ETHIOPIAN_EPOCH = 2796


def _from_ethiopian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of an Ethiopian one (twelve months of 30 days and a thirteenth
    of five or six), or (0, 0, 0) when there is no such day.

    >>> _from_ethiopian(2017, 7, 9)
    (2025, 3, 18)
    >>> _from_ethiopian(2017, 1, 1)
    (2024, 9, 11)
    """
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3
                                                else 5)):
        return 0, 0, 0
    ordinal = (_ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1)
    if ordinal < 1:
        return 0, 0, 0
    date = datetime.fromordinal(ordinal)
    return date.year, date.month, date.day


#: 1 Muharram 1 AH (16 July 622, Julian) as a proleptic Gregorian ordinal.
_HIJRI_EPOCH = datetime(622, 7, 19).toordinal()


def _from_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of an Islamic (lunar Hijri) one by the tabular calendar (thirty-
    year cycles of eleven leap years), or (0, 0, 0) when there is no such day.

    >>> _from_hijri(1446, 9, 1)
    (2025, 3, 1)
    >>> _from_hijri(1447, 1, 1)
    (2025, 6, 27)
    """
    if not (1300 <= year <= 1500 and 1 <= month <= 12 and 1 <= day <= 30):
        return 0, 0, 0
    days = (day + (295 * (month - 1) + 9) // 10 + 354 * (year - 1) + (3 + 11 * year) // 30
            - 1)
    date = datetime.fromordinal(_HIJRI_EPOCH + days)
    return date.year, date.month, date.day


#: A Bikram Sambat year's months in their most common lengths, and its new year (1 Baishakh
#: falls on 13 or 14 April, 56 or 57 years on from the Gregorian year).
_BIKRAM_MONTH_DAYS = (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30)
_BIKRAM_YEARS = 57


def _from_bikram_sambat(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Bikram Sambat one, to a day or two, or (0, 0, 0) when it is
    no day of the calendar.

    >>> _from_bikram_sambat(2081, 1, 1)
    (2024, 4, 14)
    >>> _from_bikram_sambat(2081, 4, 15)
    (2024, 7, 31)
    """
    if not (1 <= month <= 12 and 1 <= day <= 32 and 2000 <= year <= 2150):
        return 0, 0, 0
    start = datetime(year - _BIKRAM_YEARS, 4, 14).toordinal()
    date = datetime.fromordinal(start + sum(_BIKRAM_MONTH_DAYS[:month - 1]) + day - 1)
    return date.year, date.month, date.day


#: The Myanmar era's first year began in 638 (its year 1386 is 2024-25).
_MYANMAR_ERA = 638
#: The Gregorian month in which a Myanmar month's full moon mostly falls is three after it
#: (Tagu's in April, Tazaungmon's in November); a half month is fifteen days.
_MYANMAR_MONTH_SHIFT = 3
_HALF_MONTH = 15


def _from_myanmar(year: int, month: int, day: int, waning: bool) -> tuple[int, int, int]:
    """The Gregorian date of a day of Myanmar's lunar calendar, roughly (a week or two off),
    or (0, 0, 0) when it is no such day: the full moon is put mid-month.

    >>> _from_myanmar(1386, 8, 3, waning=True)
    (2024, 11, 18)
    >>> _from_myanmar(1386, 10, 5, waning=False)
    (2025, 1, 5)
    """
    if not (1 <= month <= 12 and 1 <= day <= _HALF_MONTH and 1000 <= year <= 1500):
        return 0, 0, 0
    shifted = month + _MYANMAR_MONTH_SHIFT
    greg_year = year + _MYANMAR_ERA + (shifted > 12)
    return greg_year, (shifted - 1) % 12 + 1, day + (_HALF_MONTH if waning else 0)


def _valid_date(year: int, month: int, day: int) -> bool:
    if not 1900 <= year <= 2100:
        return False
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return True


def _iso(ymd: tuple[int, int, int], time: tuple[int, int, int, str] | None) -> str:
    date = "{:04d}-{:02d}-{:02d}".format(*ymd)
    if time is None:
        return date
    hour, minute, second, zone = time
    zone = {"Z": "Z", "UTC": "Z", "GMT": "Z"}.get(zone, f" {zone}" if zone else "")
    return f"{date}T{hour:02d}:{minute:02d}:{second:02d}{zone}"


_LEAD_WORD = LazyPattern(r"(?:[^\W\d_]{3,20}\s+){1,3}")
#: The word for the page or the text before its label, which needs no colon: "Article
#: updated on 03/05/2024", "Artigo atualizado em …", "Beitrag aktualisiert am …".
_PAGE_NOUN = LazyPattern(r"(?:this\s+)?(?:article|page|post|story|artigo|página|artículo|"
                         r"articolo|pagina|artikel|beitrag|seite|article|billet|notícia|"
                         r"noticia|notizia|nieuwsbericht|bericht|wpis|artykuł|článek|"
                         r"cikk|makale|haber|artikkel|artikkeli|sivu|"
                         # (session 18) the page's word of more languages: "Sivua päivitetty
                         # 5.9.2025", "Stránka aktualizována …", "Sidan uppdaterad …"
                         r"sivua|sivun|stránka|strona|страница|сторінка|страна|stranica|sidan|"
                         r"siden|síða|lapa|puslapis|lehekülg|oldal|"
                         # A classified ad of probe 2's languages: "Anuncio publicado ayer, 18:02",
                         # "Oglas dodan včeraj", "Iklan dipasang kemarin"
                         r"anuncio|annonce|annuncio|anúncio|anunci|inserat|advertentie|annons|annonse|"
                         r"ilmoitus|auglýsing|kuulutus|sludinājums|skelbimas|ogłoszenie|inzerát|oglas|"
                         r"hirdetés|anunț|обявата\s+е|объявление|оголошення|αγγελία|ilan|המודעה|آگهی|"
                         r"اشتہار|विज्ञापन|বিজ্ঞাপন|விளம்பரம்|iklan|tangazo|iragarkia|"
                         r"advertensie)\s+", re.I)
#: Labels that after another word name a fact of the text, not the page's stamp:
#: "Allotment date: March 26", "Kick-off time: 15:00".
_FACT_LABEL = LazyPattern(r"(?:release\s+|start\s+)?(?:date|time|datums?)", re.I)


def _match_stamp(text: str, pos: int) -> tuple[Stamp, int] | None:
    """One stamp at ``pos``: [label] [weekday] [time] date [time], or a relative time."""
    label = ""
    m = _LABEL.match(text, pos)
    if m is None and (lead := _LEAD_WORD.match(text, pos)):
        # A label after the word for what is stamped: "Forecast issued:", "Předpověď
        # vydána:"; only with its colon, since "Council updated 3 May" is a sentence.
        page = _PAGE_NOUN.match(text, pos)
        m = _LABEL.match(text, page.end()) if page else None
        if m is None:
            m = _LABEL.match(text, lead.end())
            m = m if m and ":" in m.group(0) and not _FACT_LABEL.fullmatch(m["label"]) else None
    if m:
        label, pos = m["label"], m.end()
    relative = _RELATIVE.match(text, pos) or _RELATIVE_FOREIGN.match(text, pos)
    if relative:
        return Stamp(label, relative.group(0)), relative.end()
    named = _RELATIVE_DAY.match(text, pos)
    if named and not label and named["day"].lower() in _NAME_DAYS:
        named = None  # "Leo 10:14": a name and a time; "Imechapishwa leo saa 10:14" is a stamp
    if named and label and named.end() == len(text.rstrip(" .")):
        return Stamp(label, named["day"]), named.end()  # "Updated yesterday"
    clock = _match_time(text, named.end()) if named else None
    if named and clock:
        hour, minute, _, zone = clock[0]
        return Stamp(label, f"{named['day']} {hour:02}:{minute:02}" + (f" {zone}" if zone
                                                                       else "")), clock[1]
    m = _WEEKDAY.match(text, pos)
    pos = m.end() if m else pos
    time: tuple[int, int, int, str] | None = None
    date_start = pos
    before = _match_time(text, pos)
    if before:
        time, pos = before[0], _BEFORE_DATE.match(text, before[1]).end()  # type: ignore[union-attr]
        m = _WEEKDAY.match(text, pos)  # "6:30 AM ET, Fri March 14, 2025"
        pos = m.end() if m else pos
    date = _match_date(text, pos)
    if date is None and before:
        # What looked like a time was the start of a dotted date ("05.06.2024").
        time, pos = None, date_start
        date = _match_date(text, pos)
    if date is None and label and label.lower() != "le" and before is None:
        named = _NO_YEAR.match(text, pos)
        day_month = named or _NO_YEAR_FIGURES.match(text, pos)
        if day_month is not None:
            if named is not None:
                month = _MONTHS[(named["mon"] or named["mon2"]).lower().rstrip(".")]
                day = int(named["d"] or named["d2"])
            else:
                month, day = int(day_month["m"]), int(day_month["d"])
            joined = _JOIN.match(text, day_month.end())
            clock = _match_time(text, joined.end() if joined else day_month.end())
            if _valid_date(2000, month, day) and (clock or named is not None):
                when = f"--{month:02d}-{day:02d}"
                if clock is None:
                    return Stamp(label, when), day_month.end()
                hour, minute, _, zone = clock[0]
                return Stamp(label, f"{when}T{hour:02}:{minute:02}:00"
                             + (f" {zone}" if zone else "")), clock[1]
        m = _MONTH_YEAR.match(text, pos)
        if m is not None:  # "作成日 2024年2月", "Last reply Mar 2024": a label makes it a stamp
            month = int(m["m"]) if m["m"] else _MONTHS[m["mon"].lower().rstrip(".")]
            if 1 <= month <= 12:
                return Stamp(label, f"{m['y'] or m['y2']}-{month:02d}"), m.end()
    if date is None:
        # A live blog's entry time with no date: "14:32 IST", "Updated: 13:05 GMT". A
        # time without a zone or a label ("14:32") could be a score or a verse.
        if before and (before[0][3] or label):
            hour, minute, second, zone = before[0]
            return Stamp(label, f"{hour:02}:{minute:02}:{second:02}" + (f" {zone}" if zone
                                                                       else "")), before[1]
        return None
    ymd, ambiguous, pos = date
    if time is None:
        at = _JOIN.match(text, pos).end()  # type: ignore[union-attr]
        after = _match_time(text, at)
        if after is None and (weekday := _WEEKDAY.match(text, at)):
            # The weekday between the date and the time: "2024. május 4., szombat 11:20".
            joined = _JOIN.match(text, weekday.end())
            after = _match_time(text, joined.end()) if joined else None
        if after:
            time, pos = after
    return Stamp(label, _iso(ymd, time), ambiguous), pos


#: A stamp of Japanese and Chinese pages without the year, its label after it, perhaps
#: in full-width brackets: "（3月4日 19:40更新）", "3月4日 配信".
_CJK_STAMP = LazyPattern(r"[（(]?\s*(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
                         r"(?:[（(][月火水木金土日][）)])?\s*"
                         r"(?:(?P<H>[01]?\d|2[0-3])[:：時](?P<M>[0-5]\d)分?)?\s*"
                         r"(?P<label>更新|配信|公開|掲載|発表|投稿|発行|更新日|发布|更新时间)\s*[）)]?")


#: A mark before a forum post's date, its poster's name on the line above: "» ", and a
#: Japanese note's reference mark: "※".
_LEAD_MARK = LazyPattern(r"^\s*[»›※]\s*")
#: A Japanese page's "as of" after its stamp, perhaps with what it dates: "2024年6月2日
#: 9:05時点の情報です" (the information as of), "2025年3月1日現在".
_AS_OF = LazyPattern(r"\s*(?:時点|現在)(?:の(?:価格|情報|内容|データ|在庫)"
                     r"(?:です|となります)?)?[。.]?$")
#: A review's row of stars before its date.
_LEAD_STARS = LazyPattern(r"^\s*[★☆]{3,5}\s+(?=\d)")


#: An obituary's run in the paper, the first day without its year: "Published in The
#: Nipissing Beacon from Feb. 22 to Feb. 26, 2025."
_PUBLISHED_RUN = LazyPattern(r"(?P<label>published\s+(?:in|by)\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*"
                             r"(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,5})\s+from\s+[^\W\d_]{3,9}\.?\s+"
                             r"\d{1,2}(?:,\s+\d{4})?\s+(?:to|through|-|–)\s+(?P<last>.{6,30}?)\.?",
                             re.I)


#: A wiki's foot, the page's last edit, in the wording of MediaWiki's language packs:
#: "Questa pagina è stata modificata per l'ultima volta il 3 mar 2025 alle 14:12.", "Diese
#: Seite wurde zuletzt am 3. März 2025 um 14:12 Uhr bearbeitet.", "Эта страница в последний
#: раз была отредактирована 3 марта 2025 в 14:12." (the English one is a label of _LABEL).
_WIKI_FOOT = LazyPattern(
    r"(?P<label>questa\s+pagina\s+è\s+stata\s+modificata\s+per\s+l['’]ultima\s+volta\s+il|"
    r"эта\s+страница\s+в\s+последний\s+раз\s+(?:была\s+)?отредактирована|"
    r"ця\s+сторінка\s+востаннє\s+(?:була\s+)?(?:відредагована|змінена)|"
    r"diese\s+seite\s+wurde\s+zuletzt\s+am|"
    r"la\s+dernière\s+modification\s+de\s+cette\s+page\s+a\s+été\s+faite\s+le|"
    r"esta\s+página\s+se\s+editó\s+por\s+última\s+vez\s+el|"
    r"esta\s+página\s+foi\s+(?:editada|modificada)\s+pela\s+última\s+vez\s+(?:em|a|à|às)|"
    r"deze\s+pagina\s+is\s+het\s+laatst\s+bewerkt\s+op|"
    r"(?:tę\s+stronę\s+ostatnio\s+edytowano|ostatnia\s+edycja\s+tej\s+strony)(?:\s+dnia)?|"
    r"(?:tato\s+stránka\s+byla|stránka\s+bola)\s+naposledy\s+(?:editována|upravená|upravena)|"
    r"sidan\s+ändrades\s+senast\s+den|siden\s+ble\s+sist\s+(?:redigert|endret)|"
    r"siden\s+blev\s+sidst\s+(?:redigeret|ændret)|sivua\s+on\s+viimeksi\s+muokattu|"
    r"laman\s+ini\s+terakhir\s+diubah\s+pada|"
    r"trang\s+này\s+được\s+sửa\s+đổi\s+lần\s+cuối\s+(?:lúc|vào)|"
    r"aquesta\s+pàgina\s+va\s+ser\s+modificada\s+per\s+última\s+vegada\s+el|"
    r"η\s+σελίδα\s+αυτή\s+τροποποιήθηκε\s+τελευταία\s+φορά\s+στις|"
    r"bu\s+sayfa\s+en\s+son|"
    r"stranica\s+je\s+posljednji\s+put\s+(?:uređena|izmijenjena)|"
    r"(?:utolsó\s+módosítás|last\s+modified)\s*:)"
    r"\s+(?P<date>.+?)(?:\s+(?:bearbeitet|geändert|tarihinde\s+değiştirilmiştir|"
    r"tarihinde\s+düzenlenmiştir))?\s*\.?", re.I)
_WIKI_STARTS = ("questa", "эта", "ця", "diese", "la der", "esta", "deze", "tę", "ostatnia",
                "tato", "stránka", "sidan", "siden", "sivua", "laman", "trang", "aquesta",
                "η σελ", "bu say", "stranica", "utolsó", "last mod")


#: Ge'ez numerals of Amharic and Tigrinya pages: ones, tens, a hundred and ten thousand.
_GEEZ_ONES = {chr(0x1369 + k): k + 1 for k in range(9)}
_GEEZ_TENS = {chr(0x1372 + k): (k + 1) * 10 for k in range(9)}
_GEEZ_HUNDRED, _GEEZ_MYRIAD = "\u137b", "\u137c"
_GEEZ_NUMBER = LazyPattern("[\u1369-\u137c]+")


def _geez_value(numeral: str) -> int:
    """The value of a Ge'ez numeral: its ones and tens add, "፻" multiplies what is before it
    by a hundred and "፼" by ten thousand.

    >>> _geez_value("፳፻፲፰"), _geez_value("፳፰"), _geez_value("፻")
    (2018, 28, 100)
    """
    total = group = 0
    for char in numeral:
        if char == _GEEZ_MYRIAD:
            total, group = (total + (group or 1)) * 10000, 0
        elif char == _GEEZ_HUNDRED:
            group = (group or 1) * 100
        else:
            group += _GEEZ_ONES.get(char) or _GEEZ_TENS.get(char, 0)
    return total + group


def _ascii_geez(text: str) -> str:
    """``text`` with its Ge'ez numerals in figures: "የካቲት ፳፭ ቀን ፳፻፲፯" is "የካቲት 25 ቀን 2017"."""
    return _GEEZ_NUMBER.sub(lambda m: str(_geez_value(m.group(0))), text)


#: The month names of every CLDR locale, case-folded, each with the months it names:
#: ``rules/data/months.tsv``, written by ``bench/cldr_months.py`` from Babel's data.
MONTHS_TABLE = Path(__file__).with_name("data") / "months.tsv"


@functools.lru_cache(maxsize=1)
def cldr_months() -> Mapping[str, tuple[int, ...]]:
    """The month names of every CLDR locale (MONTHS_TABLE), read once.

    >>> cldr_months()["werurwe"], cldr_months()["ọktoba"]
    ((3,), (10,))
    """
    rows = MONTHS_TABLE.read_text(encoding="utf-8").splitlines()[1:]
    return {name: tuple(int(m) for m in months.split(","))
            for name, months in (row.split("\t") for row in rows)}


#: A labelled fact: a label of up to four words, a colon and its value.
_LABELLED_FACT = LazyPattern(r"[^\W\d_][^:：\d]{0,40}[:：]\s+\S")
#: A labelled fact's value that is a row of links ("Teilen: Facebook | WhatsApp") or a
#: bare count ("Abasomye: 8,117"): a share row's or a counter's, not a fact box's.
_ROW_OR_COUNT = LazyPattern(r"[^:：]*[:：]\s*(?:.*\s[|·•]\s.*|[\d.,  ]+)")


#: Words of a fact box's line at most: "Stilling: Lagerarbeider", "Søknadsfrist: 2.
#: november 2025"; a headline may have a colon too ("Lavanila: nidina ho 75 000 Ariary …").
_FACT_WORDS = 8


def _head_fact(text: str) -> bool:
    """True when a line of the page's head is a labelled fact ("Stilling: Lagerarbeider"),
    not a share row or a counter under a label."""
    return (_LABELLED_FACT.match(text) is not None and _ROW_OR_COUNT.fullmatch(text) is None
            and len(text.split()) <= _FACT_WORDS)  # (not a headline with a colon)


#: Words of the article's first paragraph at least (a sentence).
_PARAGRAPH_WORDS = 12


def _article_start(lines: list[Body]) -> int:
    """The index of the article's first paragraph (_first_paragraph), the page's head
    above it; a standfirst alone over the byline and the date ("Ofe onugbu bụ ofe …" /
    "Nke Chidinma Okafor dere" / "Mbipụta: 3 Mee 2024") is still the head's: the article
    starts at the next paragraph when a short line follows the first.
    """
    found = [i for i, body in enumerate(lines) if _first_paragraph(body.text)][:2]
    if not found:
        return len(lines)
    first = found[0]
    if len(found) > 1 and first + 1 < len(lines) \
            and len(lines[first + 1].text.split()) <= _STANDFIRST_GAP_WORDS \
            and found[1] - first <= _STANDFIRST_REACH:
        return found[1]
    return first


#: Words of the line under a standfirst at most (a byline, a date), and lines from the
#: standfirst to the article's first paragraph at most.
_STANDFIRST_GAP_WORDS, _STANDFIRST_REACH = 6, 6


def _first_paragraph(text: str) -> bool:
    """True when a line may be the article's first paragraph: a sentence of
    _PARAGRAPH_WORDS words or more."""
    return text.rstrip().endswith((".", "!", "?", "。", "।", "؟", "۔")) \
        and len(text.split()) >= _PARAGRAPH_WORDS


#: Words of a label with no colon before such a date, at most ("Nohavaozina tamin'ny").
_CLDR_BARE_LABEL_WORDS = 2
#: A word of a date's label or a month: no digit first, no colon ("প্ৰকাশ", "tamin'ny").
_TOKEN = r"[^\s\d:：,،]+"
#: A date whose month only the CLDR table knows, perhaps under a label of one to three
#: words and with its time: "14 Ọktoba 2024", "Ippubblikat: 28 ta' Awwissu 2024",
#: "Nohavaozina tamin'ny 6 Febroary 2025, 10:30", "Ọktoba 14, 2024" (a day may carry a
#: suffix: "9ê", "2nd"; one short word may join day and month: "ta'", "de").
_CLDR_DATE = LazyPattern(
    rf"(?:(?P<label>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})\s*(?P<mark>[:：,،])?\s+)??"
    rf"(?:(?P<d>\d{{1,2}})[.º]?[^\s\d,]{{0,3}}\s+(?:[^\s\d]{{1,4}}\s+)?(?P<m>{_TOKEN})"
    rf"|(?P<m2>{_TOKEN})\s+(?P<d2>\d{{1,2}})[^\s\d,]{{0,3}}),?\s+(?:[^\s\d|]{{1,3}}\s+)?"
    rf"(?P<y>\d{{4}})(?:\s*[,،|·•]?\s+(?:[^\s\d|·•]{{1,4}}\s+)?(?P<H>\d{{1,2}})[:.](?P<M>\d{{2}})"
    rf"|\s+(?P<day>[^\W\d_]{{4,}}))?")


def cldr_date(text: str, head: bool = True) -> list[Stamp] | None:
    """The stamp of a line that is only a date whose month the CLDR table knows
    (cldr_months), perhaps with its time, and, in the page's ``head`` (above the
    article's first paragraph), under a short label of one to three words; None
    otherwise. Lower down a labelled date is the text's fact in a language no table knows
    ("Søknadsfrist: 2. november 2025", "Dated 3 March 2025").

    >>> [s.parsed for s in cldr_date("Nohavaozina tamin'ny 6 Febroary 2025, 10:30")]
    ['2025-02-06T10:30:00']
    >>> [s.parsed for s in cldr_date("২০ মাৰ্চ ২০২৪")]
    ['2024-03-20']
    >>> cldr_date("Top 10 Phones 2024") is None
    True

    In the head, a weekday may stand before the date or after it, a short word join the
    month and the year, and a bar the date and its time (a label the rule does not know
    before a month its own tables know leaves the line a fact):

    >>> [s.parsed for s in cldr_date("Pōʻalima, Iune 6, 2025")]
    ['2025-06-06']
    >>> [s.parsed for s in cldr_date("21 de xunetu de 2025")]
    ['2025-07-21']
    >>> [s.parsed for s in cldr_date("02 Nisan 2025 Çarşamba")]
    ['2025-04-02']
    >>> cldr_date("02 Nisan 2025 Çarşamba", head=False) is None
    True
    """
    match = _CLDR_DATE.fullmatch(text.strip().rstrip("."))
    label = (match["label"] or "").strip() if match else ""
    if match is None or ((label or match["day"]) and not head) or (
            label and match["mark"] not in (":", "：")
            and len(label.split()) > _CLDR_BARE_LABEL_WORDS):
        return None  # (three words with no colon: "Available from Monday 1 December 2025")
    name = (match["m"] or match["m2"]).casefold().rstrip(".")
    if name in _MONTHS and match["mark"] not in (",", "،") and not match["day"]:
        # a month the rule's own tables know: parse_date_line has judged it, and a label
        # in a language they know and it does not is a fact's ("Ansøgningsfrist: …")
        return None
    months = cldr_months().get(name)
    day, year = int(match["d"] or match["d2"]), int(match["y"])
    if not months and name not in _MONTHS and head and 1 <= day <= 31 \
            and _unknown_month(name, label, match):
        months = (0,)  # a month no table knows, in the head: read as the year only
    if not months or not 1900 <= year <= 2099 or (
            months[0] and not _valid_date(year, months[0], day)):
        return None
    time = ""
    if match["H"] is not None:
        if int(match["H"]) > 23 or int(match["M"]) > 59:
            return None
        time = f"T{int(match['H']):02}:{int(match['M']):02}:00"
    if not months[0]:
        return [Stamp(label, f"{year:04}", ambiguous=True)]
    return [Stamp(label, f"{year:04}-{months[0]:02}-{day:02}{time}",
                  ambiguous=len(months) > 1)]


def _unknown_month(name: str, label: str, match: re.Match[str]) -> bool:
    """True when a word no month table knows stands as the month of a date line in the
    page's head: a word of letters (two words with a short one before: "Oṣù Kẹjọ") between
    a day and a four-digit year, the line either that alone ("9ê Cotmehê 2024"), or under
    a weekday or label closed by a comma or colon ("Olwokubiri, 8 Ogwomwenda 2024",
    "Mbipụta: 3 Mee 2024"), or followed by its time ("Alakamisy 6 Jona 2024 - 09:12").
    A headline's "Top 10 Phones 2024" has none of these."""
    word = name.replace("'", "").replace("’", "")
    # (the day first: a word before a day is an event's, "Sitzung 14. Jan 2025, 19:00")
    return (match["d"] is not None and len(word) >= 3 and word.isalpha()
            and (not label or match["mark"] is not None or match["H"] is not None))


#: A Khmer date, its words before each number ("the day", "the month", "the year", "the
#: hour") and perhaps its weekday and the part of the day: "ថ្ងៃអង្គារ ទី១៤ ខែតុលា ឆ្នាំ២០២៥
#: ម៉ោង ៤:៣០ ល្ងាច".
_KHMER_DATE = LazyPattern(r"(?:ថ្ងៃ\S+\s+)?ទី\s?(?P<d>\d{1,2})\s+ខែ\s?(?P<m>\S+)\s+ឆ្នាំ\s?(?P<y>\d{4})"
                          r"(?:\s+ម៉ោង\s?(?P<H>\d{1,2})[:：.](?P<M>\d{2})"
                          r"(?:\s+(?P<part>ព្រឹក|រសៀល|ល្ងាច|យប់))?)?")
#: The parts of the day after noon: afternoon, evening, night.
_KHMER_AFTERNOON = frozenset({"រសៀល", "ល្ងាច", "យប់"})


def khmer_date(text: str) -> list[Stamp] | None:
    """The stamp of a line that is only a Khmer date, its month by name (cldr_months).

    >>> [s.parsed for s in khmer_date("ថ្ងៃអង្គារ ទី១៤ ខែតុលា ឆ្នាំ២០២៥ ម៉ោង ៤:៣០ ល្ងាច")]
    ['2025-10-14T16:30:00']
    """
    match = _KHMER_DATE.fullmatch(text)
    months = cldr_months().get(match["m"]) if match else None
    if match is None or not months:
        return None
    year, day = int(match["y"]), int(match["d"])
    if not _valid_date(year, months[0], day):
        return None
    time = ""
    if match["H"] is not None:
        hour, minute = int(match["H"]), int(match["M"])
        hour += 12 if match["part"] in _KHMER_AFTERNOON and hour < 12 else 0
        if hour > 23 or minute > 59:
            return None
        time = f"T{hour:02}:{minute:02}:00"
    return [Stamp("", f"{year:04}-{months[0]:02}-{day:02}{time}")]


def parse_date_line(text: str) -> list[Stamp] | None:
    """The stamps ``text`` is made of, or None when it holds anything else.

    >>> [s.parsed for s in parse_date_line("Updated: Nov. 23, 2024 7:58 a.m. ET")]
    ['2024-11-23T07:58:00 ET']
    >>> parse_date_line("The talks resumed on November 23, 2024.") is None
    True
    """
    if text[:9].lower().startswith(_WIKI_STARTS) and (wiki := _WIKI_FOOT.fullmatch(text)):
        stamps = parse_date_line(wiki["date"].rstrip(" ."))
        return [Stamp(wiki["label"], s.parsed, s.ambiguous) for s in stamps] if stamps else None
    if "ខែ" in text and (khmer := khmer_date(text.strip())) is not None:
        return khmer
    text = _LEAD_MARK.sub("", text)  # forum software's "» 12 lip 2023, 21:14"
    if _GEEZ_NUMBER.search(text):
        text = _ascii_geez(text)
    if "時点" in text or "現在" in text:
        text = _AS_OF.sub("", text)
    text = _LEAD_STARS.sub("", text)  # a review's stars before its date: "★★★★★ 3 Februari 2025"
    run = _PUBLISHED_RUN.fullmatch(text.strip())
    if run is not None:
        # an obituary's run in the paper: "Published in The Beacon from Feb. 22 to Feb.
        # 26, 2025." (the last day carries the year)
        last = parse_date_line(run["last"])
        return [Stamp(run["label"], s.parsed, s.ambiguous) for s in last] if last else None
    software = _software_stamp(text.strip())
    if software is not None:
        return software
    cjk = _CJK_STAMP.fullmatch(text.strip())
    if cjk and _valid_date(2000, int(cjk["m"]), int(cjk["d"])):
        time = f"T{int(cjk['H']):02}:{cjk['M']}:00" if cjk["H"] else ""
        return [Stamp(cjk["label"], f"--{int(cjk['m']):02}-{int(cjk['d']):02}{time}")]
    if ". " in text:  # the note is a sentence of its own after the stamp
        text = _PRICE_NOTE.sub("", text)
    if "기준" in text and (korean := _KO_PRICE_AS_OF.match(text.strip())):
        stamps = parse_date_line(korean["stamp"])
        return [Stamp("가격 기준", s.parsed, s.ambiguous) for s in stamps] if stamps else None
    if "هـ" in text or text.endswith("م"):
        # "الأحد 16 رمضان 1446هـ الموافق 16 مارس 2025م": the Hijri date, "corresponding
        # to", and the Gregorian one marked "م"
        gregorian = _GREGORIAN_MARK.sub("", _HIJRI_DATE.sub("", text))
        # a Hijri date alone is read as one: "الأحد 15 رمضان 1446 هـ"
        text = gregorian if _DIGIT.search(gregorian) else _HIJRI_MARK.sub("", text)
    if "संवत" in text:
        text = _SAMVAT.sub("", text)
    if "ב" in text and (hebrew := _HEBREW_DATE.search(text)):
        text = text[:hebrew.start()] + text[hebrew.end():]
    if _YEAR_WORD.search(text[-_YEAR_WORD_TAIL:]):  # (the tail alone: most lines are long)
        text = text[:-_YEAR_WORD_TAIL] + _YEAR_WORD.sub("", text[-_YEAR_WORD_TAIL:])
    stamps = _parse_stamps(_TRAILING_LABEL.sub("", text).rstrip(" ."), 0)
    if stamps is None and _DIGIT.search(text) is not None \
            and (poster := _POSTER_AFTER.search(text)) is not None \
            and _LABEL.match(text) is not None:
        # a labelled stamp and its poster: the stamp without the name
        again = parse_date_line(text[:poster.start()])
        if again is not None and all(s.label for s in again[:1]):
            return again
    if stamps is None and "(" in text and _DIGIT.search(text):
        # "…, 21 October 2025 (Updated 11:40 AM IST)": the bracket as one more field (its
        # ")" may be cut), unless it is the stamp's own zone ("(GMT+7)")
        paren = _PAREN_STAMP.sub(r" | \1", text)
        if paren != text and (again := parse_date_line(paren)) is not None:
            return again
    if stamps is None and "#" in text and (number := _POST_NUMBER.search(text)):
        # a forum post's header and its number: "14-01-2025 9:12pm #1", "#4 2 days ago"
        again = parse_date_line(text[:number.start()] + text[number.end():])
        if again is not None:
            return again
    if stamps is None and _DIGIT.search(text) and _GLUED.search(text):
        stamps = _glued_stamps(text.rstrip(" ."))
    if stamps is None:
        place = _PLACE.match(text)  # a dateline: "Ciudad de México, 2 de junio de 2025"
        stamps = _parse_stamps(text.rstrip(" ."), place.end()) if place else None
        # dated, but for a labelled time after the date ("…, 21 October 2025 | Updated
        # 11:40 AM IST")
        if stamps is None or not all(s.parsed[:4].isdigit() or (i and s.label)
                                     for i, s in enumerate(stamps)):
            return None
    if (_SENTENCE_END.search(text.rstrip()) and not any(s.label for s in stamps)
            and not _YEAR_FIRST.match(text) and not _DOTTED_YEAR.search(text.rstrip())):
        return None  # "Tuesday 11 March 2025 at 7.30pm.": an agenda's sentence, not a stamp
    if _is_span(text, stamps):
        return None  # "March 2, 1938 – March 5, 2025": a lifespan or an event's dates
    return stamps


#: A forum post's header, the poster between the software's word and the date: phpBB's
#: "Post by X » Mon Feb 12, 2024 7:04 pm" in its language packs ("Beitrag von X » Mo 12.
#: Feb 2024, 19:04", "Post autor: X » 11 mar 2024, 20:14", "Message par X » lun. 12 févr.
#: 2024 19:04") and Simple Machines' "« Reply #3 on: February 12, 2024, 07:04:31 PM »".
_FORUM_HEADER = LazyPattern(
    r"(?P<label>post\s+by|by|beitrag\s+von|von|message\s+par|par|mensaje\s+por|por|"
    r"messaggio\s+da|da|post\s*autor\s*:|autor\s*:|bericht\s+door|door|mensagem\s+por|"
    r"сообщение|příspěvek\s+od|od|inlägg\s+av|av|indlæg\s+af|af|innlegg\s+av|"
    r"mesaj\s+gönderen|gönderen|viesti\s+kirjoittaja|kirjoittaja|hozzászólás\s+szerző\s*:|"
    r"szerző\s*:|"
    # the same header in the packs of probe 2's languages: "Mensagem de X »", "Viesti
    # käyttäjältä X »", "Ziņa no X »", "Мнение от X »", "Δημοσίευση από X »", "הודעה מאת X
    # »", "پست توسط X »", "Bài viết bởi X »", "Post ni X »", "投稿者：X »", "楼主：X »"
    r"mensagem\s+de|mensaxe\s+de|missatge\s+de|mesaj\s+de|innlegg\s+frá|postitas|"
    r"ziņa\s+no|pranešimas\s+iš|příspěvek\s+od|príspevok\s+od|prispevek\s+od|post\s+od|"
    r"hozzászólás\s*:|мнение\s+от|повідомлення|δημοσίευση\s+από|مشاركة\s+بواسطة|"
    r"הודעה\s+מאת|پست\s+توسط|پوسٹ\s+از|पोस्ट\s+द्वारा|পোস্ট\s+করেছেন|பதிவு\s*:|"
    r"ความคิดเห็นโดย|bài\s+viết\s+bởi|kiriman\s+oleh|hantaran\s+oleh|post\s+ni|"
    r"chapisho\s+la|boodskap\s+deur|mezua\s*:|投稿者\s*[:：]|작성자\s*:|楼主\s*[:：]|"
    r"viesti\s+käyttäjältä|"
    # the topic's starter: "Aloittaja: X »", "Started by X »", "Gestartet von X »"
    r"aloittaja\s*:|started\s+by|gestartet\s+von|lancé\s+par|iniciado\s+por|avviato\s+da|"
    r"gestart\s+door|startad\s+av|startet\s+af|startet\s+av|автор\s+темы\s*:)"
    r"\s*(?P<who>[^\s»]+(?:\s+[^\s»]+){0,2}?)\s*»\s*(?P<date>[^»]+)", re.I)
_SMF_HEADER = LazyPattern(r"«\s*(?:(?:reply|antwort|réponse|respuesta|risposta)\s+#\d{1,5}\s+)?"
                          r"(?:on|am|le|el|il|em|op)\s*:\s*(?P<date>[^«»]+?)\s*»", re.I)
#: A weekday's short form before a forum's date: "Mo", "lun.", "śr", "Пн".
_SHORT_WEEKDAY = LazyPattern(r"[^\W\d_]{2,4}\.?,?\s+(?=\d)")
#: A weekday's short form opening a forum's date in any script, or closing it before the
#: time: "Пн фев 17", "ב' 17", "T2 17/02", "จ. 17", "சோம 17", "2025. feb. 17. hétf. 21:40".
_FORUM_WEEKDAY = LazyPattern(r"^(?:[^\s\d»]{1,9}?|T[2-7])[.'׳]?,?\s+|"
                             r"\s+[^\W\d_]{2,6}\.(?=\s+\d{1,2}:\d\d$)")
#: A post's header that names its poster before the date, without the software's word:
#: "jirka_k » 14. 1. 2025 21:37", "mimi_88 · 3.2.2025 08:15". After a "»" any single name;
#: after a dot, bar or dash only a user name ("_" or a digit in it, or in lower case), as a
#: place before a date ("Praha – 14. 1. 2025") is a dateline.
_POSTER_STAMP = LazyPattern(r"(?P<who>[^\s»·|–—]{2,30})\s*(?P<sep>»|·|\||–|—)\s*(?P<date>[^»]+)")
_USER_NAME = LazyPattern(r"\S*[_\d]\S*")
#: A forum post's edit note: "Last edited by oldwindowguy on Wed Mar 13, 2024 12:52 pm,
#: edited 1 time in total." (phpBB), "Zuletzt geändert von X am …".
_EDITED_BY = LazyPattern(r"(?:last\s+edited\s+by|zuletzt\s+geändert\s+von|dernière\s+édition\s+par|"
                         r"última\s+edición\s+por|ostatnio\s+edytowany\s+przez)\s+\S+"
                         # vBulletin's "Last edited by X; 14-01-2025 at 10:11pm."
                         r"(?:\s+(?:on|am|le|el|dnia)\s+|\s*;\s*)(?P<date>[^,]+?(?:,\s*\d{4}[^,]*)?)"
                         r"(?:,\s*.{0,60})?\.?", re.I)
#: A comment's header: its poster (a handle or a name of three words at most) and a
#: relative stamp (or a date and its time) after a dot or a bar.
_COMMENT_HEADER = LazyPattern(r"(?P<who>[^\s»·|]{2,30}(?:\s[^\s»·|]{1,30}){0,2})\s+[·|]\s+"
                              r"(?P<date>[^»·|]+)")
#: Blogger's stamp under a post, the author and the time (the date heads the post):
#: "Posted by Ruth at 9:15 AM", "Publicado por Lucía a las 18:42", "Eingestellt von X um
#: 18:42", "Publié par X à 18:42", "Postado por X às 18:42", "Pubblicato da X alle 18:42",
#: "Gepost door X op 18:42", "Opublikowany przez X o 18:42", "Diposting oleh X di 18.42".
_BLOGGER_STAMP = LazyPattern(
    r"(?P<label>posted\s+by|publicado\s+por|postado\s+por|publié\s+par|eingestellt\s+von|"
    r"pubblicato\s+da|gepost\s+door|geplaatst\s+door|opublikowany\s+przez|"
    r"opublikowane\s+przez|diposting\s+oleh|dikirim\s+oleh|lähettänyt|publicerat\s+av|"
    r"indsendt\s+af|postet\s+av|vystavil|autor:|投稿者)\s*(?P<who>[^\n]{1,40}?)\s+"
    r"(?:at|a\s+las?|às|à|um|alle|op|om|o|di|pada|klo|kl\.?|v|в|на|時刻\s*[:：]?)\s*(?=\d)", re.I)
#: A forum's clock at the foot of its pages: "All times are GMT -5. The time now is 04:12
#: AM.", "Alle Zeitangaben in WEZ +1. Es ist jetzt 04:12 Uhr.", "All times are UTC-05:00".
_BOARD_CLOCK = LazyPattern(
    r"(?P<label>all\s+times\s+are|alle\s+zeitangaben\s+in|alle\s+zeiten\s+sind|"
    r"toutes\s+les\s+heures\s+sont|fuseau\s+horaire|todas\s+las\s+horas\s+son|"
    r"tutti\s+gli\s+orari\s+sono|alle\s+tijden\s+zijn|wszystkie\s+czasy\s+w\s+strefie|"
    r"strefa\s+czasowa)\s+(?P<zone>[^\W\d_]{2,5}(?:\s*[+-−]\s*\d{1,2}(?:[:.]\d{2})?)?|"
    r"[+-−]\s*\d{1,2}(?:[:.]\d{2})?)(?:\s+(?:hours?|stunden?|heures?|horas?|ore|uur|godz\.?))?\.?"
    r"(?:\s*(?:the\s+time\s+now\s+is|es\s+ist\s+jetzt|il\s+est\s+(?:actuellement|maintenant)|"
    r"la\s+hora\s+es|ahora\s+son\s+las|adesso\s+sono\s+le|het\s+is\s+nu|jest\s+teraz)"
    r"\s+(?P<time>[^\n]{3,20}?)\.?)?", re.I)


#: XenForo's thread header: "Discussion in 'Buying advice' started by minhtuan, Mar 14, 2025"
#: in its language packs ("Thảo luận trong '…' bắt đầu bởi …, 14/03/2025").
_THREAD_START = LazyPattern(
    r"(?P<label>discussion\s+in|thảo\s+luận\s+trong|diskussion\s+in|discussion\s+dans|"
    r"discusión\s+en|discussão\s+em|discussione\s+in|discussie\s+in|dyskusja\s+w|"
    r"обсуждение\s+в|tartışma)\s+['‘\"«„].{1,60}?['’\"»“]\s+(?:started\s+by|bắt\s+đầu\s+bởi|"
    r"gestartet\s+von|commencée\s+par|iniciad[oa]\s+por|avviata\s+da|gestart\s+door|"
    r"rozpoczęta\s+przez|начата|başlatan)\s+\S+,\s+(?P<date>.+)", re.I)
#: A stamp and its author's name after a bullet: "2 de octubre de 2025 · Carmela".
_STAMP_AUTHOR = LazyPattern(r"(?P<date>.+?)\s+[·•|]\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_]+"
                            r"(?:\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_]+){0,2}")


#: The verb of a comment's header in blog software ("Reto M. sagt: 16. August 2024 um 19:42
#: Uhr", WordPress's "{author} says:" in its translations), one word or two, case-folded.
_SAYS = frozenset({
    "says", "said", "wrote", "sagt", "schreibt", "schrieb", "meint", "dit", "a dit", "écrit",
    "a écrit", "dice", "dijo", "escribió", "diz", "disse", "escreveu", "ha detto", "scrive",
    "ha scritto", "zegt", "schreef", "skriver", "skrev", "siger", "sier", "sanoo",
    "kirjoitti", "pisze", "napisał", "napisała", "napisał(a)", "napsal", "napsala", "píše",
    "napísal", "napísala", "povedal", "spune", "a scris", "a spus", "kaže", "je napisao",
    "je napisala", "pravi", "je napisal", "írta", "mondja", "говорит", "пишет", "написал",
    "написала", "говорить", "написав", "каза", "казва", "написа", "λέει",
    "έγραψε", "dedi", "dedi ki", "diyor ki", "yazdı", "berkata", "menulis", "nói", "viết",
    "ütleb", "kirjutas", "saka", "rakstīja", "rašė", "sako", "diu", "va dir", "idatzi du",
    "dixo", "אומר", "אומרת", "כתב", "כתבה", "הגיב", "הגיבה", "قال", "يقول", "كتب", "گفت",
    "نوشت", "कहते हैं", "ने कहा", "লিখেছেন", "说", "說", "写道", "寫道", "より",
})
#: Characters before a comment header's colon, at most (a name of four words and its verb).
_SAYS_HEAD = 48
_SAYS_WHO = 4


def _says_stamp(text: str) -> list[Stamp] | None:
    """A comment's header in blog software, its poster, the verb "says" and a date: "Reto
    M. sagt: 16. August 2024 um 19:42 Uhr", "Cristina spune: 14 martie 2025 la 20:31".

    >>> [s.parsed for s in _says_stamp("Ana Ruiz dice: 3 de mayo de 2025 a las 10:12")]
    ['2025-05-03T10:12:00']
    >>> _says_stamp("The mayor says: roads reopen on 3 May 2025") is None
    True
    """
    colon = min((k for k in (text.find(":"), text.find("：")) if k >= 0), default=-1)
    if not 2 < colon <= _SAYS_HEAD:
        return None
    words = text[:colon].split()
    for n in (1, 2):
        if len(words) > n and " ".join(words[-n:]).casefold() in _SAYS:
            who = words[:-n]
            break
    else:
        return None
    if len(who) > _SAYS_WHO or any(w[-1] in ",;!?" for w in who):
        return None
    stamps = parse_date_line(text[colon + 1:].strip())
    if not stamps or any(s.label for s in stamps):
        return None
    return [Stamp(" ".join(words), s.parsed, s.ambiguous) for s in stamps]


def _software_stamp(text: str) -> list[Stamp] | None:
    """A stamp in the form forum and blog software prints it (a post's header with its
    poster, Blogger's author and time, a board's clock), or None."""
    says = _says_stamp(text) if ":" in text or "：" in text else None
    if says is not None:
        return says
    m = _FORUM_HEADER.fullmatch(text) or _SMF_HEADER.fullmatch(text)
    if m is not None:
        date = _SHORT_WEEKDAY.sub("", m["date"].strip(), count=1)
        stamps = parse_date_line(date) or parse_date_line(m["date"].strip())
        if not stamps and m["label"] != "by":
            stamps = parse_date_line(_FORUM_WEEKDAY.sub("", m["date"].strip(), count=1))
        if stamps and any(s.parsed[:4].isdigit() for s in stamps):
            label = m.groupdict().get("label") or "on"
            return [Stamp(label, s.parsed, s.ambiguous) for s in stamps]
        return None
    m = _THREAD_START.fullmatch(text) if "'" in text or "‘" in text or '"' in text else None
    if m is not None and (stamps := parse_date_line(m["date"].strip())):
        return [Stamp(m["label"], s.parsed, s.ambiguous) for s in stamps]
    m = _STAMP_AUTHOR.fullmatch(text) if ("·" in text or "•" in text or "|" in text) else None
    if m is not None and _DIGIT.search(m["date"]) and (stamps := parse_date_line(m["date"])) \
            and all(s.parsed[:4].isdigit() for s in stamps):
        return stamps  # (the name alone after the bullet: a date and its author)
    m = _POSTER_STAMP.fullmatch(text)
    if m is not None and (m["sep"] == "»" or m["who"].islower()
                          or _USER_NAME.fullmatch(m["who"])):
        stamps = parse_date_line(m["date"].strip())
        if stamps and any(s.parsed[:4].isdigit() and "T" in s.parsed for s in stamps):
            return [Stamp(m["who"], s.parsed, s.ambiguous) for s in stamps]
    m = _EDITED_BY.fullmatch(text.strip())
    if m is not None and (stamps := parse_date_line(m["date"].strip())):
        return [Stamp("last edited by", s.parsed, s.ambiguous) for s in stamps]
    m = _COMMENT_HEADER.fullmatch(text) if ("·" in text or "|" in text) else None
    if m is not None and (stamps := parse_date_line(m["date"].strip())) \
            and all(not s.parsed[:4].isdigit() or "T" in s.parsed for s in stamps):
        # (or the date and its time: "Claire · 16 janvier 2024 à 8 h 40")
        # a comment's header: its poster and how long ago ("KarenInKenora · 2 days ago",
        # "Minh Khôi · 2 giờ trước")
        return [Stamp(m["who"], s.parsed, s.ambiguous) for s in stamps]
    m = _BLOGGER_STAMP.match(text)
    if m is not None:
        clock = _match_time(text, m.end())
        if clock is not None and text[clock[1]:].strip(" .") == "":
            hour, minute, second, zone = clock[0]
            return [Stamp(m["label"], f"{hour:02}:{minute:02}:{second:02}"
                          + (f" {zone}" if zone else ""))]
        return None
    m = _BOARD_CLOCK.fullmatch(text.rstrip())
    if m is not None:
        clock = _match_time(m["time"], 0) if m["time"] else None
        if m["time"] and clock is None:
            return None
        return [Stamp(m["label"], f"zone {m['zone']}" + (
            f", {clock[0][0]:02}:{clock[0][1]:02}" if clock else ""))]
    return None


#: Where a page's date widgets were printed without a space between them: "Posted 19
#: Mar19 Mar 2025Wed 19 Mar 2025 at 4:00am" (a short date, a full one, a long one).
_GLUED = LazyPattern(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=(?-i:[A-Z]))")
#: Every place _GLUED splits at is next to a digit: a line without one (most) has none,
#: and looking for a digit is quick where _GLUED's look-behinds are tried at every place.
_DIGIT = LazyPattern(r"\d")


def _glued_stamps(text: str) -> list[Stamp] | None:
    """The stamps of a line whose date widgets run together, each piece parsed on its own
    (the first keeps the label); None unless every piece is a stamp."""
    stamps: list[Stamp] = []
    label = ""
    for piece in _GLUED.split(text):
        found = _parse_stamps(piece.strip(" ,|"), 0)
        if found is None and label:
            # "19 Mar" alone is a day and month under the line's label.
            found = _parse_stamps(f"{label} {piece.strip(' ,|')}", 0)
        if found is None:
            return None
        label = label or found[0].label
        stamps += found
    return stamps


#: Two dates joined by a dash: a range (a lifespan, an event's dates), not a stamp.
_SPAN_DASH = LazyPattern(r"\s[-–—]\s|[–—]")


def _is_span(text: str, stamps: list[Stamp]) -> bool:
    """True when the line is two unlabelled full dates without times, the earlier first,
    joined by a dash. A first date whose day and month could swap is the earlier in either
    reading: "12.4.2025 – 30.8.2025" (day first, as the second date shows).

    >>> _is_span("12.4.2025 – 30.8.2025", _parse_stamps("12.4.2025 – 30.8.2025", 0) or [])
    True
    """
    if not (len(stamps) == 2 and not any(s.label for s in stamps)
            and all(len(s.parsed) == 10 and s.parsed[:4].isdigit() for s in stamps)
            and _SPAN_DASH.search(text) is not None):
        return False
    first, last = stamps[0].parsed, stamps[1].parsed
    if stamps[0].ambiguous and int(first[8:]) <= 12:
        first = min(first, f"{first[:4]}-{first[8:]}-{first[5:7]}")
    return first < last


#: A dateline's place before its date: one to four capitalised words (with the particles
#: of place names), then a comma or a bar.
_PLACE = LazyPattern(r"(?:(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЂЈЉЊЋЏΑ-Ω])[^\W\d_]*(?:[-'’][^\W\d_]+)*"
                     r"(?:\s+(?:de|del|do|da|di|la|el|"
                     r"am|upon|on|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЂЈЉЊЋЏΑ-Ω])[^\W\d_]*)){0,3}"
                     # or one to three words of a script without capitals, with its vowel
                     # signs: "जयपुर", "नई दिल्ली", "إربد"
                     r"|[\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u0590-\u05ff]+"
                     r"(?:\s+[\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u0590-\u05ff]+){0,2})"
                     r"\s*[,|]\s*"
                     # and perhaps its state or province abbreviated: "Monterrey, N.L., …",
                     # "Mérida, Yuc., …", "Halifax, NS, …", "Monterrey, NL. …", "Tucson,
                     # AZ / …"
                     r"(?:(?:(?-i:[A-Z])[^\W\d_]{0,4}\.){1,3}\s*,?\s*|(?-i:[A-Z]{2,3})(?:[,.]|\s/)\s*)?")
#: A Hungarian date, year first, ends on a dot: "2024. szeptember 12."; so does a Korean
#: date in figures: "2024. 1. 19."
_YEAR_FIRST = LazyPattern(r"\s*\d{4}\.\s+[^\W\d_]|\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.$")
#: A South Slavic date closes its day and its year with a dot: "14. март 2025.", "19. 03.
#: 2025."; the last dot is the date's, not a sentence's.
_DOTTED_YEAR = LazyPattern(r"\d{1,2}\.\s?(?:\d{1,2}\.\s?|[^\W\d_]+\s)\d{4}\.$")
#: A full stop after a figure or a bare am/pm ends a sentence; a stamp does not end so
#: ("08:45 hs." ends on an abbreviation).
_SENTENCE_END = LazyPattern(r"(?:\d|(?<![a-z])[ap]m)\.$", re.I)
#: The author after a labelled stamp: "Posted on 2024-11-03 by admin", and in Italian,
#: German, French, Spanish, Dutch, Indonesian and Nordic pages ("Pubblicato il 3
#: novembre 2024 da Lia").
_STAMP_BY = LazyPattern(r"\s*[,|·–—]?\s*(?:(?:by|da|di|von|par|por|door|oleh|av|af|przez|"
                        # the same words in probe 2's languages ("par", "przez", "de",
                        # "deur", "ni", "na", "από τον/την", "بواسطة", "על ידי", "توسط")
                        r"de|per|deur|ni|na|от|bởi|โดย|بواسطة|על\s+ידי|توسط|از|द्वारा|"
                        r"από(?:\s+(?:τον/την|τον|την))?(?!\s+χρήστη))"
                        # and a noun naming the poster ("uživatelem", "пользователем",
                        # "korisnik", "autor:", "kirjoittaja", "작성자", "作者："), which
                        # makes even an unlabelled stamp a post's
                        r"|(?P<noun>autors|autor|avtor|аутор|kirjoittaja|käyttäjä|egilea|"
                        r"uživatelem|používateľom|uporabnik|korisnik|корисник|"
                        r"пользователем|користувачем|no\s+lietotāja|küsis|klausė|"
                        r"(?:από\s+)?τον\s+χρήστη|author|user|作者|投稿者|質問者|작성자|"
                        r"질문자|提问者))(?![^\W\d_])\s*[:：]?\s*"
                        r"(?P<who>\S+(?:\s+\S+){0,3})", re.I)


def _parse_stamps(text: str, pos: int) -> list[Stamp] | None:
    """The stamps of ``text`` from ``pos`` to its end, or None when anything else is left."""
    stamps: list[Stamp] = []
    while pos < len(text):
        if stamps:
            by = _STAMP_BY.fullmatch(text, pos)
            if by and (stamps[-1].label or by["noun"]) and (
                    parse_byline("By " + by["who"]) is not None or _HANDLE.fullmatch(by["who"])):
                return stamps  # the author of a labelled stamp (META003/004 judge bylines)
            pos = _SEPARATOR.match(text, pos).end()  # type: ignore[union-attr]
        found = _match_stamp(text, pos)
        if found is None:
            return None
        stamps.append(found[0])
        pos = found[1]
    return stamps or None


#: A field of a metadata row besides its dates: "Source: Xinhua", "Editor: Ana Ruiz".
_ROW_FIELD = LazyPattern(
    r"(?P<name>source|editor|edited\s+by|author|writer|reporter|by|section|category|agency|"
    r"desk|credit|photo|via|posted\s+by|written\s+by|"
    # "By" and "Posted by" of other languages: "Oleh", "Von", "Đăng bởi", "Tác giả:".
    r"oleh|von|par|por|door|przez|đăng\s+bởi|viết\s+bởi|bởi|tác\s+giả|автор|"
    # and "Posted by", "Written by" of blog software's language packs ("Diposting oleh",
    # "Publicado por", "Publié par", "Eingestellt von", "Geplaatst door")
    r"(?:diposting|ditulis|dikirim|dipublikasikan|publicado|postado|escrito|publié|écrit|"
    r"pubblicato|scritto|eingestellt|geschrieben|veröffentlicht|geplaatst|gepost|"
    r"geschreven|opublikowane|opublikowany|napisane|publicerat|skrivet|postet|skrevet)\s+"
    r"(?:oleh|por|par|da|von|door|przez|av|af)|"
    # a forum thread's starter: "Konuyu başlatan kedisever34", "Started by mimi_88"
    r"konuyu\s+başlatan|started\s+by|thread\s+starter|gestartet\s+von|erstellt\s+von|"
    # a Korean, Japanese or Chinese portal's writer, department and source fields:
    # "작성자 문화관광과", "담당부서 교통행정과", "글·사진 홍보담당관", "担当課 広報課"
    r"작성자|담당부서|담당자|담당|부서|글\s*·\s*사진|글|사진|출처|担当課|担当部署|担当|作成者|"
    r"出典|投稿者|作者|来源|來源|责任编辑|責任編輯|编辑|編輯|"
    r"iniciado\s+por|lancé\s+par|avviato\s+da|aperto\s+da|gestart\s+door|"
    r"założony\s+przez|autor\s+tématu|тему\s+начал|автор\s+темы|dimulai\s+oleh|"
    # Vietnamese forums: "Chủ đề tạo bởi hoangminh_q7", "Đăng bởi …"
    r"(?:chủ\s+đề\s+)?(?:được\s+)?(?:tạo|đăng|gửi)\s+bởi|"
    # the same after the thread's noun: "Wątek założony przez", "Thema gestartet von",
    # "Tema iniciado por", "Discussione avviata da"
    r"[^\W\d_]{3,12}\s+(?:założon[ya]\s+przez|started\s+by|gestartet\s+von|"
    r"erstellt\s+von|iniciad[oa]\s+por|lancée?\s+par|avviat[oa]\s+da|apert[oa]\s+da|"
    r"gestart\s+door|dimulai\s+oleh))"
    r"\s*:?\s+(?P<value>[^\s.!?;:][^.!?;:]{0,40}?)\.?", re.I)
#: A reading time as a field of a metadata row: "Feb 11, 2025 · 9 min read".
_ROW_READING = LazyPattern(r"(?:about\s+)?\d{1,3}\s*(?:min|mins|minutes?)\.?\s+read(?:ing)?"
                           r"(?:\s+time)?|"
                           # "Lesezeit 4 Min.", "Lecture : 5 min", "5 min de lectura",
                           # "4 min di lettura", "Leestijd 3 min", "Czas czytania: 4 min"
                           r"(?:lesezeit|lecture|leestijd|lästid|lesetid|læsetid|lukuaika|"
                           r"czas\s+czytania|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|"
                           r"tempo\s+di\s+lettura|okuma\s+süresi)\s*:?\s*\d{1,3}\s*"
                           r"min(?:\.|utos?|uti|uten)?|"
                           r"\d{1,3}\s*min(?:\.|utos?|uti|uten)?\s+(?:de\s+lectura|de\s+leitura|"
                           r"di\s+lettura|de\s+lecture|lesezeit|leestijd|czytania|okuma)", re.I)
#: A podcast's or a video's fields in a metadata row: "Season 4", "Ep. 112", "S2 E5",
#: and its running time ("52 min", "1h 04m", "1:04:12").
_ROW_MEDIA = LazyPattern(r"(?:season|series|episode|ep\.?|staffel|folge|saison|épisode|"
                         r"temporada|episodio|episódio|seizoen|aflevering|sezon|odcinek|"
                         r"kausi|jakso)\s*#?\d{1,4}|S\d{1,2}\s*E\d{1,3}|"
                         r"(?:\d{1,2}\s*(?:h|hr|hrs)\.?\s*)?\d{1,3}\s*(?:m|min|mins)\.?"
                         r"(?:\s*\d{1,2}\s*s)?|\d{1,2}:\d{2}:\d{2}|"
                         # The minutes of the languages of probe 2 (Icelandic, Hebrew, Hindi,
                         # Bengali, Tamil, Thai and others): "78 mín.", "98 דק׳", "28 मिनट".
                         r"\d{1,3}\s*(?:mín|perc|dk|dak|мин|хв|λεπτά|דק[׳']|דקות|دقیقه|دقيقة|منٹ|मिनट|মিনিট|"
                         r"நிமி(?:டம்|டங்கள்)?|นาที|phút|menit|minit|minuto|dakika|분|分钟?|"
                         r"分鐘)\.?", re.I)
#: A label of one to four words before a row's field: "پڑھنے کا وقت: 6 منٹ" (a running or
#: reading time after its label, in any language).
_ROW_LABEL = LazyPattern(r"(?:[^\W\d_][\w\u0900-\u0dff'’-]*\s+){0,3}?"
                         r"[^\W\d_][\w\u0900-\u0dff'’-]*\s*[:：]\s*")
#: A counter as a field of a metadata row, its word before or after the count: "48,201
#: views · Jan 19, 2024", "조회수 48,201회 · 2024. 1. 19.", "1,2 mil visualizações".
_ROW_COUNT = LazyPattern(r"(?:[^\W\d_]{2,12}\s*:?\s*)?\d{1,3}(?:[,.\s\u00a0]\d{3})*(?:[.,]\d)?"
                         r"\s*(?:[kKmM万萬千천]|mil|mi|tys\.?|тыс\.?)?(?:\s*[^\W\d_]{1,14}){0,2}|"
                         r"[^\W\d_]{2,12}\s*:?\s*\d{1,3}(?:[,.\s\u00a0]\d{3})*")
#: A page's record number as a field of a metadata row: "ページ番号：1004823 更新日：…",
#: "Article ID: 360052218 | Updated: …".
_ROW_RECORD = LazyPattern(r"(?:(?:article|page|post|story|document|doc)\s+(?:id|no\.?|number|#)|"
                          r"ページ番号|ページID|記事番号|記事ID|文書番号|페이지\s*번호|기사\s*번호|"
                          r"页面编号|文章编号|文章編號)\s*[:：#]?\s*[\w-]*\d[\w-]*", re.I)
#: Between a row's fields: a bar or a bullet, or, after a figure, a space before the next
#: label ("ページ番号：1004823 更新日：2025年3月10日").
_LABEL_AFTER_FIGURE = LazyPattern(r"\d\s+[^\W\d_]{1,12}\s*[:：]")
_ROW_SPLIT = LazyPattern(r"\s*(?:\||\s[·•/—]\s)\s*|(?<=\d)\s+(?=[^\W\d_]{1,12}\s*[:：])")
#: A wire or desk code as a field of its own: "TNN / Updated: …", "PTI | 3 June 2025".
_ROW_AGENCY = LazyPattern(r"[A-Z]{2,6}")
_ROW_FIELD_MAX_WORDS = 4


#: A field of a row that is a label of a word or three and a figure, in any language: a
#: record number or a counter beside the row's date ("Inzerát č. 4471823", "Κωδικός
#: αγγελίας: 2038815", "Zobrazeno: 214×").
_ROW_FIGURE = LazyPattern(r"(?:[^\W\d_][\w'’-]*\s+){0,2}?(?:[^\W\d_][\w'’-]*\s*[:：]|"
                          r"(?:č|no|nr|n[º°o])\.?)\s*[#№]?\d[\d.,/-]{0,12}\s*[×x]?|"
                          # a word and a long record number with no colon: "Annonsekode
                          # 412883017"
                          r"[^\W\d_]{3,24}\s+#?\d{6,12}", re.I)


#: Words of a row of metadata parted by em dashes at most (prose has em dashes too):
#: "Atualizado em 03/07/2025 às 18h10 — 1.102 compartilhamentos".
_DASH_ROW_WORDS = 12


def parse_metadata_row(text: str) -> tuple[list[Stamp], list[str]] | None:
    """The stamps and the other fields of a row of page metadata joined by bars or
    bullets, or None: every field must be a date or a short labelled field such as
    "Source: ..." or "Editor: ...", and one field at least must be a date.

    >>> stamps, fields = parse_metadata_row("Source: Harbour News | 2025-03-14 06:30 | Editor: ana")
    >>> [s.parsed for s in stamps], fields
    (['2025-03-14T06:30:00'], ['Source: Harbour News', 'Editor: ana'])
    >>> parse_metadata_row("Source: the harbour master said it would reopen | May 2, 2025") is None
    True
    """
    parts = [p for p in _ROW_SPLIT.split(text.strip(" |")) if p]
    if len(parts) < 2:
        return None
    stamps: list[Stamp] = []
    fields: list[str] = []
    unknown = ""
    for part in parts:
        found = parse_date_line(part)
        if found:
            stamps += found
            continue
        if (_ROW_AGENCY.fullmatch(part) or _CREDIT_LINE.fullmatch(part)
                or _ROW_READING.fullmatch(part) or _ROW_MEDIA.fullmatch(part)
                or _ROW_COUNT.fullmatch(part) or _ROW_RECORD.fullmatch(part)
                or _ROW_FIGURE.fullmatch(part)
                or ((label := _ROW_LABEL.match(part)) is not None
                    and _ROW_MEDIA.fullmatch(part, label.end()))):
            fields.append(part)
            continue
        m = _ROW_FIELD.fullmatch(part)
        if m is None and not unknown and _ROW_STATUS.fullmatch(part.strip()):
            unknown = part  # a page's status beside a labelled stamp ("Relacja zakończona")
            continue
        if m is None or len(m["value"].split()) > _ROW_FIELD_MAX_WORDS:
            return None
        fields.append(part)
    if unknown and not any(s.label for s in stamps):
        return None
    return (stamps, fields + ([unknown] if unknown else [])) if stamps else None


#: A short status of a page in a row of its metadata: three words at most, no figure, no
#: sentence ("Relacja zakończona", "Live beendet").
_ROW_STATUS = LazyPattern(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}")


#: A live blog's entry time alone on a line, with no zone: "13:40" ("13.40", also a price
#: or a decimal, only on a page whose head says it is live), or with the language's word
#: for o'clock: "19:40 Uhr", "19:40 h", "19:40 horas", "19:40 val.", or after a Korean,
#: Japanese or Chinese part of the day: "오전 9:40".
_BARE_TIME = LazyPattern(r"(?:(?P<cjk>오전|오후|午前|午後|上午|下午|"
                         + _DAY_PARTS_BEFORE + r")\s?)?"
                         r"(?P<H>[01]?\d|2[0-3])(?P<sep>[:.])(?P<M>[0-5]\d)"
                         # ("น." is Thai's o'clock: "16:20 น.")
                         r"(?:\s?(?:Uhr|hs|hrs|h|horas|val\.?|óra|saat|น\.?|"
                         # (Spanish pages space it: "11:48 p. m.")
                         r"(?P<ampm>[ap])(?:\.\s?)?m\.?))?", re.I)
#: Entry times a page needs, each above a paragraph, to be read as a live blog.
LIVE_ENTRIES = 3
_ENTRY_MIN_WORDS = 6
#: Letters of Chinese, Japanese and Thai, written without spaces between words.
_UNSPACED = LazyPattern(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
#: Letters of such a script to a word, roughly.
_UNSPACED_PER_WORD = 2


def _words(text: str) -> int:
    """The words of ``text``, those of scripts written without spaces counted by their
    letters ("女子组冠军诞生！" holds about four).

    >>> _words("The ferry is back."), _words("女子组冠军诞生！来自宁波的选手率先冲线")
    (4, 9)
    """
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = [w for w in _UNSPACED.sub(" ", text).split() if any(c.isalnum() for c in w)]
    return len(spaced) + unspaced // _UNSPACED_PER_WORD
#: A live page's head ("Live: …", "LIVE", "EN DIRECTO"): its entries may run oldest first.
_LIVE_HEAD = LazyPattern(r"\b(?:live|en\s+directo|en\s+vivo|ao\s+vivo|en\s+direct|liveticker|"
                         r"live-?blog|in\s+diretta|na\s+żywo|canlı|"
                         # South Slavic, Czech and Slovak pages: "V ŽIVO", "Uživo", "Živě"
                         r"v\s+živo|uživo|уживо|на\s+живо|živě|naživo|online\s+prenos)\b",
                         re.I)
#: Lines at the head of a page where a short relative stamp ("2h", "5m") stands alone.
_HEAD_LINES = 2
_SHORT_AGE = LazyPattern(r"(?P<n>\d{1,2})\s?(?P<unit>h|hr|hrs|m|min|mins|d|w)")
#: Stamp labels whose values the page's script did not fill in: "Posted , updated".
_BLANK_LABELS = LazyPattern(r"(?:posted|published|updated|modified|last\s+updated)"
                            r"(?:\s*[,|·•]\s*(?:posted|published|updated|modified|"
                            r"last\s+updated))+\s*[,|·•]?", re.I)


def live_entry_times(lines: list[Body]) -> set[int]:
    """The indices of a live blog's bare entry markers: at least LIVE_ENTRIES lines that
    are only a time ("13:40"), a match minute ("88.", "90.+3", "45+2'") or a cricket ball
    ("51.6"), all of one kind, each above a paragraph of prose, running newest first (or
    oldest first on a page whose head says it is live). Times may pass midnight once
    ("00:21", "23:47"), and oldest first also where no entry falls on the five minutes
    (an agenda's slots do); one entry may stand above a short line ("Declaration of
    result:"), not above another marker; two entry times are enough right under a heading
    of updates ("Latest updates"). Match minutes count only on a page whose head
    says it is live or among which one holds added time, since a countdown list is
    numbered "10.", "9.", too; so do times with a dot ("14.52", also a price).

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> entry = "The council has opened climate shelters in six libraries today."
    >>> texts = ["00:40", entry, "00:15", entry, "23:50", entry]
    >>> sorted(live_entry_times([line(t) for t in texts]))
    [0, 2, 4]
    >>> sorted(live_entry_times([line(t) for t in ["90.+3", entry, "88.", entry, "61.",
    ...                                            entry]]))
    [0, 2, 4]
    >>> live_entry_times([line(t) for t in ["3.", entry, "2.", entry, "1.", entry]])
    set()
    """
    found: dict[str, list[tuple[int, int, bool]]] = {}
    added = False
    for i, body in enumerate(lines[:-1]):
        marker = _entry_marker(body.text.strip())
        if marker is None or _entry_marker(lines[i + 1].text.strip()) is not None:
            continue
        prose = _words(lines[i + 1].text) >= _ENTRY_MIN_WORDS
        found.setdefault(marker[0], []).append((i, marker[1], prose))
        added = added or (marker[0] == "minute" and "+" in body.text)
    if not found:
        return set()  # no entries (most pages): no need to look for a live page's head
    live = any(_LIVE_HEAD.search(b.text) for b in lines[:_LIVE_HEAD_LINES])
    for kind, entries in found.items():
        headed = (kind == "time" and len(entries) == LIVE_ENTRIES - 1 and entries[0][0] > 0
                  and _UPDATES_HEAD.fullmatch(lines[entries[0][0] - 1].text.strip()) is not None
                  and all(prose for _, _, prose in entries))
        if headed:
            return {i for i, _, _ in entries}  # "Latest updates" / "9:15 p.m." / … twice
        if (sum(prose for _, _, prose in entries) < LIVE_ENTRIES - 1
                or len(entries) < LIVE_ENTRIES or (kind == "minute" and not (live or added))
                or (kind == "dotted time" and not live)):
            continue
        values = [v for _, v, _ in entries]
        wraps = (_DAY_MINUTES if kind in ("time", "dotted time")
                 else _HALF_RESTART if kind == "minute" else 0)
        # Oldest first is also a day's agenda ("09:00", "09:30"), whose slots fall on the
        # five minutes; a live page's entries fall where the news did ("22:41").
        off_grid = kind == "time" and all(v % 5 for v in values)
        if (_runs(values, wraps, newest_first=True)
                or ((live or off_grid) and _runs(values, wraps, False))):
            return {i for i, _, _ in entries}
    return set()


#: A heading over a story's live updates: "Latest updates", "Live updates", "Updates".
_UPDATES_HEAD = LazyPattern(r"(?:latest\s+|live\s+)?updates|aktualisierungen|neueste\s+"
                            r"entwicklungen|dernières\s+mises\s+à\s+jour|últimas\s+"
                            r"actualizaciones|ultimi\s+aggiornamenti|laatste\s+updates|"
                            r"senaste\s+uppdateringar|najnowsze\s+informacje", re.I)
#: The page's first lines, where a live page says it is live.
_LIVE_HEAD_LINES = 12
_DAY_MINUTES = 24 * 60
#: A match minute alone on a line: "88.", "90.+3" (German tickers), "45+2'", "45'+3'", "67'".
_MATCH_MINUTE = LazyPattern(r"(?P<m>\d{1,3})(?:\.(?:\s?\+\s?(?P<a>\d{1,2}))?|"
                            r"(?:['’′]?\s?\+\s?(?P<b>\d{1,2}))?['’′])"
                            # and its half, as Brazilian tickers print it: "47'/2ºT"
                            r"(?:\s*/\s*(?P<h>[12])\s*[ºo°]?\s*T)?")
#: A match's minutes may start again once, newest first: the second half's "2'" above the
#: first half's "45'+3'", on a ticker that counts each half from nought.
_HALF_RESTART = 8000
#: A cricket ball alone on a line: over and ball, "51.6".
_BALL = LazyPattern(r"(?P<o>\d{1,2})\.(?P<b>[1-6])")


#: Digits of other scripts as ASCII ones, for entry markers: "বিকেল ৪:১০" is "বিকেল 4:10".
_ASCII_DIGITS = str.maketrans({chr(zero + k): str(k) for zero in (
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0E50, 0x0ED0, 0x1040, 0x17E0) for k in range(10)})


def _entry_marker(text: str) -> tuple[str, int] | None:
    """The kind and value of a live entry's marker, or None: a time ("13:40", "6:40am"),
    perhaps after its day ("9 January, 9:30pm"), a ball or a match minute.

    >>> _entry_marker("6:40am"), _entry_marker("9 January, 9:30pm"), _entry_marker("12:30am")
    (('time', 400), ('time', 1290), ('time', 30))
    """
    if _DIGIT.search(text) is None:
        return None  # every marker holds a figure: most lines are not tried at all
    text = text.translate(_ASCII_DIGITS)
    day = _NO_YEAR.match(text)
    if day is not None:
        text = text[_JOIN.match(text, day.end()).end():]  # type: ignore[union-attr]
    if m := _BARE_TIME.fullmatch(text):
        part = m["cjk"] and ("a" if m["cjk"] in _MORNING else "p")  # "오전 9:40"
        hour = _clock_hour(int(m["H"]), m["ampm"] or part)
        kind = "time" if m["sep"] == ":" else "dotted time"
        return None if hour is None else (kind, hour * 60 + int(m["M"]))
    if day is not None:
        return None
    if m := _BALL.fullmatch(text):
        return "ball", int(m["o"]) * 10 + int(m["b"])
    if m := _MATCH_MINUTE.fullmatch(text):
        half = _HALF_RESTART * (int(m["h"]) - 1) if m["h"] else 0
        return "minute", half + int(m["m"]) * 100 + int(m["a"] or m["b"] or 0)
    return None


def _runs(values: list[int], wraps: int, newest_first: bool) -> bool:
    """True when ``values`` fall (or rise) throughout, passing ``wraps`` (a day's minutes)
    at most once: late-night entries after midnight."""
    passed = False
    for a, b in zip(values, values[1:], strict=False):
        if (a > b) == newest_first and a != b:
            continue
        if wraps and not passed and abs(a - b) > wraps // 2:
            passed = True
            continue
        return False
    return True


def entry_or_blank_stamp(text: str, entry: bool, head: bool) -> list[Stamp] | None:
    """A live blog's entry time, a short age ("2h") at the page's head, or stamp labels
    left without their values ("Posted , updated")."""
    if entry:
        return [Stamp("", text + ":00")]
    m = _SHORT_AGE.fullmatch(text) if head else None
    if m:
        return [Stamp("", m.group(0))]
    return [Stamp(text, "(empty)")] if _BLANK_LABELS.fullmatch(text) else None


#: A forum post's poster, alone on a line above its date: one handle ("quietwren",
#: "ferrous_pete", "Dr.Who").
_HANDLE = LazyPattern(r"[\w][\w.-]{1,31}")
#: A post's date as Discourse prints it under the poster: "Mar 2024", "Mar 5", "2d", "5h".
_POST_DATE = LazyPattern(_MONTH + r"\s+(?:(?:de\s+)?(?P<y>\d{4})|(?P<d>\d{1,2}))|"
                         r"(?P<n>\d{1,2})\s?(?P<unit>[mhdw])", re.I)
#: A reviewer's name above a review's month (session 17): "Mariela G.", "Ana Ruiz".
_REVIEWER = LazyPattern(r"(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])[^\W\d_]{1,20}(?:\s+(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])"
                        r"[^\W\d_]{0,20}\.?){0,2}")
#: Posts a page needs, each a handle, a date and the post's text, to be read as a thread.
FORUM_POSTS = 2


def _day_month_time(text: str) -> Stamp | None:
    """The stamp of a comment's day and month with its time and no year ("22 августа,
    08:02", "Aug 22, 8:02 pm", "22. August um 08:02"), or None for any other line."""
    day = _NO_YEAR.match(text)
    if day is None or (day["d"] is None and day["d2"] is None):
        return None
    joined = _JOIN.match(text, day.end())
    clock = _match_time(text, joined.end() if joined else day.end())
    if clock is None or clock[1] != len(text):
        return None
    month = _MONTHS[(day["mon"] or day["mon2"]).lower().rstrip(".")]
    if not _valid_date(2000, month, int(day["d"] or day["d2"])):
        return None
    hour, minute, _, zone = clock[0]
    return Stamp("", f"--{month:02d}-{int(day['d'] or day['d2']):02d}T{hour:02}:{minute:02}:00"
                 + (f" {zone}" if zone else ""))


def forum_post_dates(lines: list[Body]) -> dict[int, Stamp]:
    """The indices and stamps of a thread's post dates: lines that are only a month and
    year, a month and day (perhaps with a time: "22 августа, 08:02") or a short age ("Mar
    2024", "Mar 5", "2d") with a poster's
    handle on the line above and a paragraph of the post below, at least FORUM_POSTS
    times on the page; also a listing's reviews, each a reviewer's name, the month
    ("julio de 2025") and the review. Alone, "March 2024" is an archive link or a heading.

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> post = "Scrubs are designed to yield to normal IO on most pools."
    >>> texts = ["quietwren", "Mar 2024", post, "ferrous_pete", "Mar 2024", post]
    >>> sorted(forum_post_dates([line(t) for t in texts]))
    [1, 4]
    >>> forum_post_dates([line(t) for t in ["Archives", "March 2024", "February 2024"]])
    {}
    """
    found: dict[int, Stamp] = {}
    for i in range(1, len(lines) - 1):
        m = _POST_DATE.fullmatch(lines[i].text)
        clocked = None if m else _day_month_time(lines[i].text)
        if ((m is None and clocked is None)
                or not (_HANDLE.fullmatch(lines[i - 1].text)
                        or _REVIEWER.fullmatch(lines[i - 1].text))
                or lines[i - 1].text.isdigit()
                or len(lines[i + 1].text.split()) < _ENTRY_MIN_WORDS):
            continue
        if m is None:
            if clocked is not None:
                found[i] = clocked
            continue
        if m["n"]:
            found[i] = Stamp("", m.group(0))
            continue
        month = _MONTHS[m["mon"].lower().rstrip(".")]
        if m["y"]:
            found[i] = Stamp("", f"{m['y']}-{month:02d}")
        elif _valid_date(2000, month, int(m["d"])):
            found[i] = Stamp("", f"--{month:02d}-{int(m['d']):02d}")
    return found if len(found) >= FORUM_POSTS else {}


#: A word (letters and marks: Tamil's "பதிவிட்டது" has vowel signs) of a post header's
#: label, perhaps closed by a colon.
_LABEL_WORD = LazyPattern(r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e31\u0e34-\u0e3a"
                          r"\u0e47-\u0e4e])+[:：]?")
_LABEL_STAMP_WORDS = 3
#: A clock time's figures: "21:37", "07.45", "9h30".
_CLOCK = LazyPattern(r"\d[:.h]\d\d")
#: A post header's line is this long at most.
_LABEL_STAMP_CHARS = 60
#: The same label over a date and time this many times, no two on neighbouring lines, is
#: a post header's stamp.
REPEATED_LABEL_STAMPS = 2


def repeated_label_stamps(lines: list[Body]) -> dict[int, list[Stamp]]:
    """The indices and stamps of a thread's post headers in any language: lines that are
    one label (three words at most, perhaps with a colon) and a date with its time, the
    same label at least REPEATED_LABEL_STAMPS times on the page and never on two
    neighbouring lines (a list of dates one under another is a schedule), unless the
    label is an event's fact ("Time:", "Venue:").

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> post = "Die Wärmepumpe taktet bei mir seit dem Herbst alle zehn Minuten."
    >>> texts = ["Beitrag Di 14. Jan 2025, 21:37", post, "Beitrag Mi 15. Jan 2025, 07:12", post]
    >>> sorted(repeated_label_stamps([line(t) for t in texts]))
    [0, 2]
    >>> repeated_label_stamps([line(t) for t in texts[:2]])
    {}
    >>> repeated_label_stamps([line(t) for t in ["Sitzung 14. Jan 2025, 19:00",
    ...                                          "Sitzung 11. Feb 2025, 19:00"]])
    {}
    """
    by_label: dict[str, list[tuple[int, list[Stamp]]]] = {}
    for i, body in enumerate(lines):
        words = body.text.split()
        if (len(body.text) > _LABEL_STAMP_CHARS or not _CLOCK.search(body.text)
                or _EVENT_FACT.match(body.text) or not _LABEL_WORD.fullmatch(words[0])):
            continue  # (a post header's stamp has its time: no clock, no header)
        # The label is the first word or three ("Beitrag", "Posted on:"); a weekday may
        # open the date or close the label ("Beitrag Mi 15. Jan …").
        for k in range(1, min(_LABEL_STAMP_WORDS, len(words) - 1) + 1):
            if not _LABEL_WORD.fullmatch(words[k - 1]):
                break
            stamps = parse_date_line(" ".join(words[k:]))
            if stamps and all("T" in s.parsed for s in stamps):
                label = " ".join(words[:k])
                by_label.setdefault(words[0].casefold().rstrip(":："), []).append(
                    (i, [Stamp(label, s.parsed, s.ambiguous) for s in stamps]))
                break
    found: dict[int, list[Stamp]] = {}
    for hits in by_label.values():
        rows = [i for i, _ in hits]
        apart = all(b - a > 1 for a, b in zip(rows, rows[1:], strict=False))
        if len(hits) >= REPEATED_LABEL_STAMPS and apart:
            found.update(hits)
    return found


#: A comment's head is this long at most, and its poster's name this many words.
_POSTER_HEAD_CHARS = 70
_POSTER_WORDS = 3
#: What may part a poster's name from the date: "Marcela G. — 23/05/2025".
_POSTER_SEPARATORS = frozenset({"·", "•", "|", "–", "—", "-"})
#: A handle: letters first, with an underscore or a figure in it ("Thomas_74", "mrv.gg").
_POSTER_HANDLE = LazyPattern(r"[^\W\d_][\w.]*[_\d.][\w.]*")
#: Words of a poster's line under it, at least: the comment's text.
_COMMENT_WORDS = 3
#: Comment heads without a time a page needs to be read as a thread's.
POSTER_HEADS = 2


def _poster_name(words: list[str]) -> bool:
    """True when ``words`` can be a commenter's name: a handle alone, or up to three
    capitalised words (an initial too, a short particle between them: "Tito desde
    Rosario") or words of a script without capitals ("阿凱"), no month or weekday."""
    if len(words) == 1 and _POSTER_HANDLE.fullmatch(words[0]):
        return True
    for k, word in enumerate(words):
        bare = word.rstrip(".").lower()
        if (not word[:1].isalpha() or any(c.isdigit() for c in word) or word[-1] in ",:;"
                or bare in _MONTHS or bare in WEEKDAYS):
            return False
        if word[0].islower() and (k in (0, len(words) - 1) or len(word) > 6):
            return False  # lower case only for a particle between names
    return True


def _poster_head(text: str) -> tuple[list[Stamp], bool] | None:
    """The stamps of a line that is a poster's name and a full date, perhaps with a
    dot or a dash between them ("Hamish_R · 10 January 2025", "Mitzi Huber 12. März 2025,
    08:02"), and whether the name is a handle; None for any other line."""
    if (len(text) > _POSTER_HEAD_CHARS or not (text[-1].isdigit() or text.endswith(("am", "pm")))
            or not text[:1].isalpha()):
        return None
    words = text.split()
    for k in range(1, min(_POSTER_WORDS, len(words) - 1) + 1):
        rest = words[k:]
        if rest[0] in _POSTER_SEPARATORS:
            rest = rest[1:]
        if not rest or not rest[0][:1].isalnum() or not _poster_name(words[:k]):
            continue
        stamps = parse_date_line(" ".join(rest))
        if stamps and any(s.label for s in stamps) and not _POSTER_HANDLE.fullmatch(words[0]):
            continue  # "Last updated: 6 October 2025": a label's words, no poster's name
        if stamps and all(s.parsed[:4].isdigit() for s in stamps) and not _is_span(
                " ".join(rest), stamps):
            handle = k == 1 and _POSTER_HANDLE.fullmatch(words[0]) is not None
            return [Stamp(" ".join(words[:k]), s.parsed, s.ambiguous) for s in stamps], handle
    return None


def poster_heads(lines: list[Body]) -> dict[int, list[Stamp]]:
    """The indices and stamps of comment and post heads: a poster's name and the date,
    above the comment's text (three words at least). One with its poster's handle, or a
    name of two words (or of a script without capitals) and a time, is a head alone
    ("Darren T. March 10, 2024 at 11:02 am"); any other needs POSTER_HEADS such lines on
    the page, of as many names, never on neighbouring lines (a list of dates one under
    another is a schedule; one word over a date may be a label: "Sitzung 14. Jan 2025").

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> note = "Wir waren im Mai dort, der Steig war trocken und gut markiert."
    >>> texts = ["Lena K. · 3 May 2025", note, "Bruno Maier · 4 May 2025", note]
    >>> sorted(poster_heads([line(t) for t in texts]))
    [0, 2]
    >>> poster_heads([line(t) for t in texts[:2]])
    {}
    >>> sorted(poster_heads([line(t) for t in ["Lena K. 3 May 2025, 18:40", note]]))
    [0]
    >>> poster_heads([line(t) for t in ["Version 4.18 — May 6, 2025", note]])
    {}
    >>> sorted(poster_heads([line(t) for t in ["lena_k · 3 May 2025", note,
    ...                                        "Bruno Maier · 4 May 2025", note]]))
    [0, 2]
    """
    heads: dict[int, list[Stamp]] = {}
    plain: list[int] = []
    for i in range(len(lines) - 1):
        found = _poster_head(lines[i].text)
        if found is None or _words(lines[i + 1].text) < _COMMENT_WORDS:
            continue
        stamps, handle = found
        heads[i] = stamps
        name = stamps[0].label
        if not (handle or (any("T" in s.parsed for s in stamps)
                           and (" " in name or not (name[0].isupper() or name[0].islower())))):
            plain.append(i)  # (one capitalised word may be a label: "Beitrag Di 14. Jan …")
    # a plain head counts the page's other heads too: a name over a date beside a handle's
    # head is one more comment of the thread ("Hamish_R · 10 Jan …", "Leonie Tran · 12 Jan …")
    every = sorted(heads)
    apart = all(b - a > 1 for a, b in zip(every, every[1:], strict=False))
    if (len(every) < POSTER_HEADS or not apart
            or len({heads[i][0].label for i in every}) < POSTER_HEADS):
        for i in plain:
            del heads[i]
    return heads


#: What may close a time that says nothing of the part of the day: "19.00 h", "9:00 Uhr".
_OCLOCK = LazyPattern(r"(?:Uhr|uur|hs|hrs|h|horas|val\.?|ч\.?|sati?)\.?", re.I)


def time_under_date(text: str) -> list[Stamp] | None:
    """The stamp of a time alone under a date line, the rest of its stamp: with the part
    of the day or a zone ("10:35 ص", "10:35 AM", "09:10 GMT"); a bare "10:00" or "19.00 h"
    there may be an event's starting time.

    >>> time_under_date("10:35 ص"), time_under_date("19.00 h")
    ([Stamp(label='', parsed='10:35:00', ambiguous=False)], None)
    """
    m = _TIME.fullmatch(text)
    if m is None or m["M"] is None:
        return None
    rest = text[m.end("M"):].strip()
    if not m["pre"] and (not rest or _OCLOCK.fullmatch(rest)):
        return None  # (the part of the day first: "오후 4:20")
    clock = _match_time(text, 0)
    if clock is None:
        return None
    hour, minute, second, zone = clock[0]
    return [Stamp("", f"{hour:02}:{minute:02}:{second:02}" + (f" {zone}" if zone else ""))]


def label_above_date(text: str, below: str) -> list[Stamp] | None:
    """A stamp's label alone on a line, with a colon, above the line that is its date
    ("Stand:" over "04.03.2024, 06:12 Uhr", "Date de modification :" over "2024-03-01")."""
    m = _LABEL.fullmatch(text)
    if (m is None or not text.rstrip().endswith((":", "：")) or m["label"].lower() in ("le", "pada")
            or parse_date_line(below) is None):
        return None
    return [Stamp(m["label"], "(the date below)")]


#: Paragraphs of a Korean live blog (META001's cases).
_KO_1 = "부산항의 모든 여객선과 화물선 운항이 오늘 오전부터 전면 중단됐습니다.\n"
_KO_2 = "해안 도로 세 곳이 높은 파도 때문에 오전 내내 통제되고 있습니다.\n"
_KO_3 = "기상청은 오늘 밤 태풍이 남해안에 가장 가까이 접근할 것이라고 밝혔습니다.\n"
_LIVE_ENTRY_AM_PM = ("6:40am\nThe A361 between Ashbury and Stowell is open again this morning.\n"
                     "5:15am\nAll 24 gritters are out on their second run of the night.\n"
                     "9 January, 9:30pm\nLight snow is forecast after midnight on the hills.\n")


@rule(
    code="META001",
    name="date-line",
    summary="A line that is only a date or timestamp (\"2024-11-23 07:58\", \"Updated: May 2\").",
    fix=FixAvailability.ALWAYS,
    # A date inside a related-articles box ("Published 3 days ago" under a headline) is
    # part of the box BOIL007 removes: one finding, not two.
    yields_to=("BOIL007",),
    cases=[
        Case("Embargoed until 16:00 GMT, Wednesday 22 January 2025\nThis page was last edited "
             "on 3 March 2025, at 14:22.\nDate of stay: June 2024\nPředpověď vydána: 12. 5. "
             "2025 05:30\nPublicado a 2 de maio de 2025\nPostat la 14 martie 2025, ora 11:42\n"
             "The ferry service resumed.\n", fires=True, fixed="The ferry service resumed.\n",
             note="an embargo, a wiki's foot, a review's stay, a bulletin's issue, Portuguese "
                  "and Romanian stamps"),
        Case("۱۴۰۳/۰۳/۲۲ - ۱۰:۱۵\n1403/03/22\n12 Jun 2024, 8:15 pagi\nReduced on 28/05/2024\n"
             "2024. május 4., szombat 11:20\n"
             "The ferry service resumed.\n", fires=True, fixed="The ferry service resumed.\n",
             note="Solar Hijri dates in figures, a Malay part of the day, a listing's price "
                  "history"),
        Case("Julkaistu tänään klo 10.14\nObjavljeno danes ob 10:14\nEingestellt gestern um 18:02\n"
             "Oglas dodan včeraj, 18:02\nΔημοσιεύτηκε σήμερα στις 10:14\nنُشر اليوم الساعة 10:14\n"
             "Đăng hôm nay lúc 10:14\nImechapishwa leo saa 10:14\n今日 10:14 投稿\n"
             "12 במרץ 2025 · 98 דק׳\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n",
             note="probe 2: today and yesterday with a time after the posting verbs of other "
                  "languages, a verb closing the stamp, a date and a player's minutes"),
        Case("Danes ob 10:14 se je začela seja.\nLeo saa 10:14 alifika.\nJana 18:02\n"
             "Gaur argitaratua liburu berria\n", fires=False,
             note="a sentence after today's time, and a name with a time is no stamp without "
                  "its label"),
        Case("Question posée le 12 nov. 2024 à 14:05 par Lucie.M\n"
             "Napisano 03.03.2025 o 08:12 przez kominiarz_z_Krakowa\n"
             "2025.03.03 08:12 작성자 빵굽는아재77\n"
             "Mensagem de Zé_do_Porto » seg 17 fev 2025, 21:40\n"
             "Сообщение Серёга_Омск » Пн фев 17, 2025 21:40\n"
             "The ferry service resumed.\n", fires=True, fixed="The ferry service resumed.\n",
             note="probe 2: a post's stamp with its poster after the asking or writing "
                  "participle and the language's 'by' or 'user' word, or in a forum header"),
        Case("Gefragt am 12.11.2024 von vielen Lesern der Zeitung\n"
             "Publicado el 3 de marzo de 2025 por el ayuntamiento\n", fires=False,
             note="after 'by' words that are no poster's handle or name the line is a "
                  "sentence"),
        Case("Artigo atualizado em 03/05/2024\nArticle updated on 3 May 2024\n"
             "The ferry service resumed.\n", fires=True, fixed="The ferry service resumed.\n",
             note="a label after the word for the page needs no colon"),
        Case("48,201 views · Jan 19, 2024\n조회수 48,201회 · 2024. 1. 19.\n"
             "The ferry service resumed.\n", fires=True, fixed="The ferry service resumed.\n",
             note="a video's counter and date in one row; a Korean date in figures"),
        Case("Spring concert: Light over the water\nSaturday 12 April 2025, 19:00\nMain hall, "
             "Fjordlys arts centre\nTickets: £12 / £8\nAdd to calendar\n", fires=False,
             note="an event's date above its tickets and calendar button"),
        Case("Tidepool 3.8.0 release notes\nReleased 12 March 2024\nShift swaps are faster.\n",
             fires=False, note="a software release's own date under its version"),
        Case("Размещено вчера в 18:02\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n",
             note="a label's preposition ('в') is no word's first letter ('вчера')"),
        Case("태풍 실시간\n오전 9:40\n" + _KO_1 + "오전 9:12\n" + _KO_2 + "오전 8:35\n" + _KO_3,
             fires=True, fixed="태풍 실시간\n" + _KO_1 + _KO_2 + _KO_3,
             note="a Korean live blog's entry times with their part of the day"),
        Case("Mario Rossi, 1941-2025\nNe danno il triste annuncio la moglie e i figli, con i "
             "nipoti e i parenti tutti.\nNon fiori ma opere di bene a favore dell'Associazione "
             "Volontari Ambulanza.\nTirano, 13 settembre 2025\nOnoranze funebri Lanzetti – "
             "tel. 0342 701 284\nPartecipano al lutto i condòmini di via Elvezia 8 e le amiche "
             "del coro.\n", fires=False,
             note="a notice's place and date under two paragraphs of it"),
        Case("Concert de tardor\nDissabte, 27 de setembre de 2025\n19.00 h\nPreu: 12 € "
             "anticipada, 15 € a taquilla\n", fires=False,
             note="an event's date above its box-office price"),
        Case("15 shtator 2025, 10:24\nNa-post 3 araw na ang nakalipas\nSpá gerð 15.09.2025 "
             "kl. 06:00\nنشر بتاريخ: 2025/06/03 - 11:20\n최근 수정 시각: 2025-02-11 09:14:33\n"
             "The ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n",
             note="an Albanian month; Tagalog, Icelandic, Arabic and Korean labels"),
        Case("Council updated 3 May 2024\nThe ferry service resumed.\n", fires=False,
             note="a label after another word without its colon is a headline"),
        Case("Allotment date: March 26\nDated 3 March 2025\nThe ferry service resumed.\n",
             fires=False, note="a fact of the text; a notice's own date"),
        Case(_LIVE_ENTRY_AM_PM, fires=True, fixed=_LIVE_ENTRY_AM_PM.replace("6:40am\n", "")
             .replace("5:15am\n", "").replace("9 January, 9:30pm\n", ""),
             note="a live page's entry times with am and pm, the oldest with its day"),
        Case("Posted 3h ago\nUpdated about 1 hour ago\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="relative stamps of live pages"),
        Case("Jan 21, 2025, 22:14 SAST\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="any 2-5 capital zone after a time"),
        Case("The ferry left 3h ago.\nFinal score 5 AFL\n", fires=False,
             note="a sentence with 'ago'; a bare number before capitals is no time"),
        Case("2025-03-14 06:30:00\nThe ferry service resumed on Friday.\n", fires=True,
             fixed="The ferry service resumed on Friday.\n"),
        Case("The ferry service resumed.\nMarch 14, 2025\n", fires=True,
             fixed="The ferry service resumed.\n"),
        Case("Updated: 14 Mar 2025 06:30 GMT\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n"),
        Case("2025-03-14T06:30:00Z\nThe ferry service resumed.", fires=True,
             fixed="The ferry service resumed."),
        Case("Published: Friday, March 14, 2025 | Updated: 3 hours ago\nText.\n", fires=True,
             fixed="Text.\n"),
        Case("Posted on 14.03.2025 at 06:30\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a dotted date after its label"),
        Case("Source: Harbour Radio | 2025-03-14 06:30:00 | Editor: lmoss\nText.\n",
             fires=True, fixed="Text.\n", note="a metadata row: a date among labelled fields"),
        Case("Source: the harbour master, who spoke on Friday | March 14, 2025\n",
             fires=False, note="a field that is a clause, not a name"),
        Case("The ferry service resumed on March 14, 2025, after a week of storms.\n",
             fires=False),
        Case("2025\n", fires=False, note="a year alone is a heading or a number, not a stamp"),
        Case("Sales rose 14% between 2016 and 2020.\n", fires=False),
        Case("March 2025\n", fires=False, note="a month without a day is not a timestamp"),
        Case("Updated guidance for travellers\n", fires=False),
        Case("```\n2025-03-14 06:30:00\n```\n", fires=False, kind="markdown"),
        Case("Live: India lead by 120\n14:32 IST\nA wicket falls.\n13:05 GMT\nRain stops play.\n",
             fires=True, fixed="Live: India lead by 120\nA wicket falls.\nRain stops play.\n",
             note="a live blog's entry times: a time with its zone, no date"),
        Case("Von Redaktion\n21.02.2025, 07:30 Uhr\nThe lanes open in May.\n", fires=True,
             fixed="Von Redaktion\nThe lanes open in May.\n",
             note="a German page's date and time with \"Uhr\""),
        Case("Aktualisiert: 14.05.2025, 09:12 Uhr\nDie Fähre fährt wieder.\n", fires=True,
             fixed="Die Fähre fährt wieder.\n", note="a German label"),
        Case("Mis à jour le 3 juin 2025 à 14 h 05\nLe traversier reprend.\n", fires=True,
             fixed="Le traversier reprend.\n", note="French label, month and '14 h 05'"),
        Case("Publicado el 12 de junio de 2025\nEl servicio se reanudó.\n", fires=True,
             fixed="El servicio se reanudó.\n", note="a Spanish date with 'de'"),
        Case("12/06/2025 08:45 hs.\nEl servicio se reanudó.\n", fires=True,
             fixed="El servicio se reanudó.\n", note="a time with 'hs.'"),
        Case("Updated 4 March 2025 — 6:15am\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="date and time joined by a dash"),
        Case("Posted: Jun 02, 2025 4:00 AM PDT | Last Updated: June 2\nText.\n", fires=True,
             fixed="Text.\n", note="a labelled day and month without the year"),
        Case("PTI / Updated: Jun 3, 2025, 10:14 IST\nText.\n", fires=True, fixed="Text.\n",
             note="an agency code and a stamp joined by a slash"),
        Case("June 2\nThe ferry service resumed.\n", fires=False,
             note="a day and month without a label could be a heading"),
        Case("Stand by me / Updated version\n", fires=False,
             note="a slash between words that are not fields and dates"),
        Case("Mis à jour le site, la mairie a publié le 3 juin 2025 un avis.\n", fires=False,
             note="a French sentence that starts like the label"),
        Case("14:32\nThe final score was 14:32 IST time.\n", fires=False,
             note="a time without a zone or label may be a score; a sentence is prose"),
        Case("John 3:16\n", fires=False),
        Case("Selasa, 4 Februari 2025 - 07:15 WIB\nBanjir melanda Jakarta.\n", fires=True,
             fixed="Banjir melanda Jakarta.\n", note="an Indonesian weekday and month"),
        Case("Ciudad de México, 2 de junio de 2025\nEl servicio se reanudó.\n", fires=True,
             fixed="El servicio se reanudó.\n", note="a dateline: a place and a date"),
        Case("Live: harbour storm\n13:40\nThe harbour master closed the outer quay an hour "
             "ago.\n13:15\nFerries to the islands are cancelled for the rest of the day.\n"
             "12:50\nWinds reached 90 km/h at the pier head this morning.\n", fires=True,
             fixed="Live: harbour storm\nThe harbour master closed the outer quay an hour "
             "ago.\nFerries to the islands are cancelled for the rest of the day.\n"
             "Winds reached 90 km/h at the pier head this morning.\n",
             note="a live blog's bare entry times, newest first"),
        Case("Count night\n00:40\nThe last result of the night is in from Ashby Wolds.\n"
             "00:15\nTurnout across the county was 29.4%, the returning officer said.\n"
             "23:50\nThe first recount has been called in the Wolds division.\n", fires=True,
             fixed="Count night\nThe last result of the night is in from Ashby Wolds.\n"
             "Turnout across the county was 29.4%, the returning officer said.\n"
             "The first recount has been called in the Wolds division.\n",
             note="entry times passing midnight"),
        Case("Rheinhafen 2:2 Lohberg\n90.+3\nRiesenchance zum Sieg für Lohberg nach einem "
             "Freistoß!\n88.\nTOR für Lohberg, die Gäste kommen zurück!\n61.\nTOR für "
             "Rheinhafen, Hollmann ist wieder da.\n", fires=True,
             fixed="Rheinhafen 2:2 Lohberg\nRiesenchance zum Sieg für Lohberg nach einem "
             "Freistoß!\nTOR für Lohberg, die Gäste kommen zurück!\nTOR für Rheinhafen, "
             "Hollmann ist wieder da.\n", note="a live ticker's match minutes, added time"),
        Case("Our top three ferries\n3.\nThe Island Queen sails twice a day in summer.\n2.\n"
             "The Harbour Star has the best cafe on the whole route.\n1.\nThe old Kirkhaven "
             "ferry is still the loveliest crossing of all.\n", fires=False,
             note="a countdown list: numbers, not match minutes"),
        Case("10. Date of next meeting\nTuesday 11 March 2025 at 7.30pm.\n"
             "The meeting closed at 9.02pm.\n", fires=False,
             note="a meeting's date written as a sentence in its minutes"),
        Case("Aquaristik-Treff\nBeitrag von fischlein84 » Mo 12. Feb 2024, 19:04\nHallo.\n"
             "Post autor: ola » 11 mar 2024, 20:14\nCześć.\n", fires=True,
             fixed="Aquaristik-Treff\nHallo.\nCześć.\n",
             note="phpBB's post headers: the poster between the word and the date"),
        Case("Wärmepumpe taktet\nBeitrag Di 14. Jan 2025, 21:37\nSie taktet alle zehn Minuten.\n"
             "Beitrag Mi 15. Jan 2025, 07:12\nHeizkurve flacher stellen.\n", fires=True,
             fixed="Wärmepumpe taktet\nSie taktet alle zehn Minuten.\nHeizkurve flacher stellen.\n",
             note="post headers whose label no list knows: the same word over a date and "
                  "time, twice"),
        Case("Wärmepumpe taktet\nBeitrag Di 14. Jan 2025, 21:37\nSie taktet alle zehn Minuten.\n",
             fires=False, note="the word and date once: an unknown label is not enough"),
        Case("颱風停班停課公告\n發布日期：114-02-10\n更新日期：2025-07-23 22:40\n民國114年2月10日\n"
             "因颱風來襲，本市明日停止上班上課。\n", fires=True,
             fixed="颱風停班停課公告\n因颱風來襲，本市明日停止上班上課。\n",
             note="Taiwan's Minguo years (114 is 2025) and its 'updated' label"),
        Case("Margaret Ellen Doyle\nMargaret died peacefully at home on February 19, 2025.\n"
             "Published in The Nipissing Beacon from Feb. 22 to Feb. 26, 2025.\n", fires=True,
             fixed="Margaret Ellen Doyle\nMargaret died peacefully at home on February 19, 2025.\n",
             note="an obituary's run in the paper, the first day without its year"),
        Case("Kasir app\n★★★★★ 3 Februari 2025\nCập nhật: 12 thg 3, 2025\n"
             "ndz 22 cze 2025, 19:58\nInzerát č. 4471823 · Vloženo: 12. 3. 2025 · Zobrazeno: "
             "214×\nΚωδικός αγγελίας: 2038815 · Τελευταία ενημέρωση: 11/03/2025\n", fires=True,
             fixed="Kasir app\n",
             note="a review's stars before its date, an app store's Vietnamese date, a Polish "
                  "weekday's short form, rows with a record number or a counter beside the date"),
        Case("Sitzungstermine\nSitzung 14. Jan 2025, 19:00\nSitzung 11. Feb 2025, 19:00\n"
             "Alle Sitzungen sind öffentlich.\n", fires=False,
             note="a schedule: the dates stand one under another"),
        Case("The quilt is done.\nPosted by Ruth at 9:15 AM\nPublicado por Lucía a las 18:42\n",
             fires=True, fixed="The quilt is done.\n", note="Blogger's stamps: author and time"),
        Case("Thanks!\nAll times are GMT -5. The time now is 04:12 AM.\n", fires=True,
             fixed="Thanks!\n", note="a forum's clock"),
        Case("quietwren\nMar 2024\nMy NAS slows to a crawl every Sunday night, sadly.\n"
             "ferrous_pete\nMar 2024\nScrubs are designed to yield to normal IO anyway.\n",
             fires=True, fixed="quietwren\nMy NAS slows to a crawl every Sunday night, sadly.\n"
             "ferrous_pete\nScrubs are designed to yield to normal IO anyway.\n",
             note="a thread's post dates under their posters"),
        Case("Archives\nMarch 2024\nFebruary 2024\n", fires=False,
             note="an archive's months: no posters, no posts"),
        Case("Stand:\n04.03.2024, 06:12 Uhr\nDie Gebühren steigen.\n", fires=True,
             fixed="Die Gebühren steigen.\n", note="a label alone above its date"),
        Case("Posted by Ruth at the harbour.\nToday 5 people came.\n", fires=False,
             note="no time after the author, no time after the day"),
        Case("Programme\n09:00\nThe mayor opens the harbour conference in the main hall.\n"
             "10:30\nEngineers present the plans for the new outer breakwater.\n11:45\n"
             "Residents ask questions about the ferry timetable and fares.\n", fires=False,
             note="a programme's times in order, on a page that is not live"),
    ],
)
def date_line(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a line that consists only of a date or timestamp, optionally labelled: ISO dates
    and times ("2024-11-23 07:58:00", "2024-11-23T07:58:00Z"), written dates ("November
    23, 2024", "23 Nov 2024 07:58 GMT", "Sat, Nov. 23, 2024"), numeric dates
    ("11/23/2024", "23.11.2024", "21.02.2025, 07:30 Uhr"), a live blog's entry time with
    its zone and no date ("14:32 IST"), relative stamps ("3 hours ago") and labelled stamps
    ("Published: ...", "Updated: ..."), also several joined by "|", and rows of page
    metadata that hold a date among short labelled fields ("Source: Harbour Radio |
    2024-11-23 07:58 | Editor: lmoss") or a podcast's season, episode and running time
    ("Season 4 · 52 min · 18 March 2026"); Finnish "klo" between date and time
    ("Päivitetty 12.2.2026 klo 10.05") and labels naming the date first ("Date
    published: 27/02/2026"). Month and weekday names and labels are known in
    English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
    Turkish and Indonesian ("Selasa, 4 Februari 2025 - 07:15 WIB", "21 marca 2025,
    11:08", "Publicerad 2025-02-19 kl. 08.12", "Güncelleme: 12.05.2025 - 13:02",
    "Giriş: 04.03.2025 10:42", "Laatst bijgewerkt: 09-03-25, 00:02"), a French stamp
    opening on "Le" ("Le 11/02/2025 à 18:47"), a two-digit year read day first
    ("08-03-25, 22:14"), Japanese hours ("2025年3月4日 10時00分"), Taiwan's Minguo years
    ("發布日期：114-02-10", "民國114年2月10日": year 114 is 2025), Myanmar's lunar dates and
    Burmese figures ("၁၃၈၆ ခုနှစ်၊ တပေါင်းလဆန်း ၅ ရက်"), Ethiopian dates in Ge'ez numerals
    ("የካቲት ፳፭ ቀን ፳፻፲፯ ዓ.ም."), a Hebrew or Vikram Samvat date beside the Gregorian one,
    Uzbek's "3-mart, 2024", a Japanese price's "as of" ("…時点の価格です"), a review's
    stars before its date ("★★★★★ 3 Februari 2025"), app stores' Vietnamese dates ("12
    thg 3, 2025"),
    weekdays' short forms of more languages ("ndz 22 cze 2025, 19:58"), rows whose other
    fields are a label and a figure ("Inzerát č. 4471823 · Vloženo: 12. 3. 2025 ·
    Zobrazeno: 214×"), and a page's date
    widgets printed without spaces between them ("Posted 19 Mar19 Mar 2025Wed 19 Mar
    2025 at 4:00am": each piece must be a stamp); Romanian and Arabic months and labels
    ("14 martie 2025, 09:45", "آخر تحديث: 14 مارس 2025 - 10:42 ص"), the labels of Korean,
    Japanese and Chinese pages ("입력 2025.03.14 09:31", "发布时间：2025-03-14") and a
    government page's "Page last reviewed: April 2, 2025"; the months of Ukrainian,
    Russian, Czech, Slovak, Greek, Finnish, Malay, Hindi, Thai (its Buddhist-era year
    read as such) and Levantine Arabic pages ("11:32, 17 березня 2025", "โพสต์เมื่อ 15
    ธันวาคม 2567", "19 كانون الثاني 2025"), Czech spaced dates ("12. 2. 2025 14:30"),
    Dutch weekday abbreviations ("ma 6 jan 2025"), the labels of Hindi, Thai, Japanese,
    Ukrainian, Russian, Czech, Hebrew and Greek pages ("अपडेटेड:", "更新日:") and a
    question site's "asked" and "answered"; a blog stamp naming its author ("Posted by
    Rosalind on 4 March 2025", "Diposting oleh Admin pada 9 Oktober 2024"), a blog
    comment's header, its poster and the software's "says" in some forty languages ("Reto
    M. sagt: 16. August 2024 um 19:42 Uhr", "Cristina spune: 14 martie 2025 la 20:31"). Also
    flagged: a dateline, a place and a full date ("Ciudad de México, 2 de junio de 2025",
    "Madrid | 15 jul 2025 - 13:45 CEST"); a labelled stamp with its author ("Posted on
    2024-11-03 by admin", "Pubblicato il 3 novembre 2024 da Lia"); a press release's
    embargo ("Embargoed until 16:00 GMT, Wednesday 22 January 2025"), a wiki's "This page
    was last edited on 3 March 2025, at 14:22.", a review's "Date of stay: June 2024", a
    label after the word for what is stamped ("Forecast issued: 12 May 2025", "Předpověď
    vydána: 12. 5. 2025 05:30"; not "Allotment date: March 26", a fact of the text), or
    after the word for the page without a colon ("Artigo atualizado em 03/05/2024"); a
    Solar Hijri date in figures ("۱۴۰۳/۰۳/۲۲ - ۱۰:۱۵", "1403/03/22": Persian digits, or a
    year from 1380 to 1420), a Malay part of the day ("8:15 pagi"), a listing's "Reduced
    on 28/05/2024"; a weekday between the date and the time ("2024. május 4., szombat
    11:20"); the labels, date forms, parts of the day and relative stamps of some fifty
    languages ("Ultimo aggiornamento:", "עדכון אחרון: 14 במרץ 2026 בשעה 16:20", "최종
    수정일: 2026년 3월 14일 오후 4시 20분", "ngày 14 tháng 3 năm 2026", "2026ko martxoaren
    14an", "för 2 timmar sedan", "2 tuntia sitten", "πριν από 2 ώρες", "منذ ساعتين",
    "dakika 15 zilizopita"), a date whose month only Unicode's CLDR knows (the month
    names of every CLDR locale, in rules/data/months.tsv: "14 Ọktoba 2024", "২০ মাৰ্চ
    ২০২৪"), labelled only above the article's first paragraph and outside a fact box
    ("Ippubblikat: 28 ta' Awwissu 2024"), and there a date whose month no table knows
    when its shape leaves no doubt (a day, a word and a four-digit year, alone, after a
    weekday or label closed by a comma or colon, or before its time: "Olwokubiri, 8
    Ogwomwenda 2024", reported with its year only; a standfirst alone over the byline and
    the date leaves them in the head, and a headline with a colon or the page's own
    labelled date makes no fact box); a Khmer date ("ថ្ងៃអង្គារ ទី១៤ ខែតុលា ឆ្នាំ២០២៥ ម៉ោង ៤:៣០
    ល្ងាច"); a comment's age over its "Reply" button ("2 days ago": an age is never a
    notice's signed date); a labelled day and month with a time and no year
    ("Uppdaterad: 14 mars 16:20", "Päivitetty 14.3. 16:20"); a
    live blog's bare entry times ("13:40", "6:40am", "9 January, 9:30pm", "16:20 น.", and
    "14.52" on a page whose head says it is live; passing midnight at most once), a live
    ticker's match minutes ("88.", "90.+3", "67'") and a cricket commentary's balls
    ("51.6"), when at least three of one kind stand above paragraphs (one may stand above
    a short line) and run newest first (or oldest first on a page whose head says it is
    live, or when no time falls on the five minutes, as an agenda's slots do; match
    minutes need that head or an added-time minute, so a countdown list "3.", "2.", "1."
    stays); a short age
    alone in the first two lines ("2h"); and stamp labels the page's script left empty
    ("Posted , updated"). Forum and blog software's stamps: phpBB's post header with its
    poster in its language packs ("Beitrag von X » Mo 12. Feb 2024, 19:04", "Post autor:
    X » 11 mar 2024, 20:14"), Simple Machines' "« Reply #3 on: … »", Blogger's author and
    time ("Posted by Ruth at 9:15 AM", "Publicado por Lucía a las 18:42"), a board's clock
    ("All times are GMT -5. The time now is 04:12 AM."), a thread's post dates under their
    posters' handles ("quietwren" / "Mar 2024" / the post, twice or more on the page),
    post headers in any language, the same label (a word or three, perhaps with a colon)
    over a date and time twice or more on the page and never on neighbouring lines
    ("Beitrag Di 14. Jan 2025, 21:37", "பதிவிட்டது: 12 மார்ச் 2025, 07:45 AM"),
    a label with a month and year ("作成日 2024年2月", "last reply Mar 5"), a label alone
    above its date ("Stand:" / "04.03.2024, 06:12 Uhr"), yesterday or today with a time
    ("Gisteren, 18:32"), zones spelled out ("Eastern Standard Time", "Heure Normale de
    l'Est") and "This story was originally published …". The evidence gives each date
    parsed to ISO 8601 (numeric dates are read month first unless the first number cannot
    be a month; `ambiguous` says when both readings are possible).

    ## Why it matters
    The page's publication date is metadata. Left in the text, it is a line no author
    wrote, it makes otherwise identical copies of an article look different, and it
    teaches a model to open paragraphs with timestamps.

    ## Example
    Bad:

        2025-03-14 06:30:00
        The ferry service resumed on Friday after a week of storms.

    Good (the date moved to the record's metadata):

        The ferry service resumed on Friday after a week of storms.

    ## Fix safety
    Unsafe: the fix removes the line, and with it the date, which a user may want to keep
    as the document's date; move it first, then apply with `--unsafe-fixes`. Only whole
    lines match: a date inside a sentence, a year alone ("2025"), a month and year
    without a label ("March 2025") and a range of years are never flagged, nor two unlabelled dates
    joined by a dash, the earlier first ("March 2, 1938 – March 5, 2025": a lifespan or
    an event's dates, part of the text); nor is an unlabelled date
    ending in a full stop after a figure or "pm" ("Tuesday 11 March 2025 at 7.30pm.", a
    meeting's date in its minutes), a single bare time ("14:32" may be a score), bare
    times out of order, an event's "Date:" beside its other facts ("Time: 8:00 a.m.",
    "Venue: …"), an event's date above its place ("Ort: …"), the dates of a calendar page
    (two dates with an event's hours at least: "Samstag, 24. Mai 2025, 9:00–13:00 Uhr"), a
    notice's closing place and date, a French letter's "Ville, le 17 juillet 2025", or a
    software release's "Released 12 March 2024" under its version ("Tidepool 3.8.0 release
    notes").
    """
    lines = list(bodies(doc, _WRAPPERS))
    dated = -1  # the last line reported as a date without its time
    entry_times = live_entry_times(lines)
    calendar: bool | None = None  # found out at the first unlabelled stamp (few pages)
    post_dates = forum_post_dates(lines)
    post_headers = repeated_label_stamps(lines)
    posters = poster_heads(lines)
    prose = _article_start(lines)
    # (a fact box in the head, "Søknadsfrist: …" among "Stilling: …" and "Sted: …", labels
    # its dates as facts: a job ad's, a listing's)
    if sum(_head_fact(body.text) and cldr_date(body.text) is None
           for body in lines[:prose]) > 1:  # (the page's own labelled date is no fact)
        prose = 0
    for i, body in enumerate(lines):
        stamps = parse_date_line(body.text)
        if stamps is None:
            stamps = entry_or_blank_stamp(body.text, i in entry_times,
                                          head=i < _HEAD_LINES and len(lines) > i + 1)
        if stamps is None and i in post_dates:
            stamps = [post_dates[i]]
        if stamps is None and i in post_headers:
            stamps = post_headers[i]
        if stamps is None and i in posters:
            stamps = posters[i]
        if stamps is None and i + 1 < len(lines):
            stamps = label_above_date(body.text, lines[i + 1].text)
        if stamps is None and _DIGIT.search(body.text) is not None:
            # (a month no table of the rule knows, labelled only above the article)
            stamps = cldr_date(body.text, head=i < prose)
        if stamps is None and dated == i - 1:
            stamps = time_under_date(body.text)
        fields: list[str] = []
        if not stamps and (any(sep in body.text for sep in ("|", "·", "•", " / "))
                           or (" — " in body.text and _DIGIT.search(body.text) is not None
                               and len(body.text.split()) <= _DASH_ROW_WORDS)
                           or _LABEL_AFTER_FIGURE.search(body.text)):
            row = parse_metadata_row(body.text)
            stamps, fields = row if row else (None, [])
        if (not stamps or _event_fact(stamps, lines, i) or _signing_place(lines, i)
                or _release_date(stamps, lines, i)
                or (not any(s.label for s in stamps)
                    and (calendar := _is_calendar(lines) if calendar is None else calendar))
                or _LETTER_PLACE.match(body.text)):
            continue
        parsed = [s.parsed for s in stamps]
        evidence: dict[str, Any] = {"parsed": parsed,
                                    "labels": [s.label for s in stamps if s.label]}
        if fields:
            evidence["fields"] = fields
        if any(s.ambiguous for s in stamps):
            evidence["ambiguous"] = True
        what = "a date" if not fields else "a date and page fields"
        if not fields and not any("T" in p or ":" in p for p in parsed):
            dated = i
        yield Finding(body.start, body.end,
                      f"line is only {what} ({', '.join(parsed)}): page metadata, not text",
                      _removal(doc, body, safe=False), evidence)


#: The labels of an event's facts, beside its "Date:" line: "Time: 8:00 a.m.", "Venue:
#: University Grounds", "Lieu :", "Ort:", "Lugar:".
_PLACE_LABELS = (r"venue|location|place|where|lieu|ort|lugar|luogo|locatie|plaats|miejsce|"
                 r"místo|tempat|địa\s+điểm")
_EVENT_FACT = LazyPattern(r"(?:" + _PLACE_LABELS + r"|time|when|address|heure|uhrzeit|zeit|"
                          r"hora|ora|tijd|godzina|čas|waktu|jam|thời\s+gian)\s*:", re.I)


def _event_fact(stamps: list[Stamp], lines: list[Body], i: int) -> bool:
    """True when a date line is one of an event's facts: a "Date:" line whose neighbour
    above or below opens with another fact's label ("Time: 8:00 a.m.", "Venue: …"), or an
    unlabelled date under an event's title with its place within two lines below
    ("Gemeindeversammlung" / "Donnerstag, 21. März 2024, 20.00 Uhr" / "Traktanden: …" /
    "Ort: Mehrzweckhalle Matte"), or its tickets or calendar button within four lines
    ("Billetter: 350 kr", "Add to calendar"). The event's own date, not the page's stamp."""
    if all(s.label and _FACT_LABEL.fullmatch(s.label) for s in stamps):
        return any(_EVENT_FACT.match(lines[j].text) for j in (i - 1, i + 1)
                   if 0 <= j < len(lines))
    if any(s.label for s in stamps):
        return False
    return (any(_EVENT_PLACE.match(lines[j].text) for j in (i + 1, i + 2) if j < len(lines))
            or any(_EVENT_TICKETS.match(lines[j].text)
                   for j in range(i + 1, min(len(lines), i + 1 + _EVENT_TICKET_LINES))))


#: An event's tickets or its calendar button, a few lines under its date: "Billetter: 350
#: kr", "Tickets £12", "Add to calendar", "Kjøp billett".
_EVENT_TICKETS = LazyPattern(
    r"(?:tickets?|billett(?:er)?|biljett(?:er)?|billetter|karten|eintritt|entrée|entradas?|"
    r"biglietti|bilety|bilhetes|ingressos|liput|jegyek|vstupné|vstupenky|admission|boletos?|"
    r"entrada|entrades)\s*[:£$€\d]|"
    # a price with the box office or the advance sale named ("Preu: 12 € anticipada, 15 € a
    # taquilla"); a price alone is a shop's or an ad's
    r"(?=[^\n]*\d).{0,60}\b(?:taquilla|box\s+office|abendkasse|vorverkauf|billetterie|botteghino|"
    r"bilheteria|biljettkassan|anticipada|en\s+prevente|prévente|prevendita)\b|"
    r"(?:free\s+entry|free\s+admission|eintritt\s+frei|entrée\s+libre|entrada\s+(?:libre|"
    r"lliure|gratuita)|ingresso\s+(?:libero|gratuito)|vrij\s+entree|gratis\s+entree)|"
    r"(?:add\s+to\s+(?:my\s+)?calendar|legg\s+til\s+i\s+kalender|zum\s+kalender\s+hinzufügen|"
    r"in\s+den\s+kalender|ajouter\s+(?:au|à\s+mon)\s+(?:calendrier|agenda)|"
    r"añadir\s+al\s+calendario|(?:agregar|añadir)\s+a\s+mi\s+calendario|"
    r"aggiungi\s+al\s+calendario|lägg\s+till\s+i\s+kalender|"
    r"tilføj\s+til\s+kalender|dodaj\s+do\s+kalendarza|toevoegen\s+aan\s+(?:agenda|kalender)|"
    r"adicionar\s+ao\s+calendário|buy\s+tickets?|book\s+(?:now|tickets?)|kjøp\s+billett(?:er)?|"
    r"köp\s+biljett(?:er)?|køb\s+billet(?:ter)?|tickets\s+kaufen|acheter\s+des\s+billets|"
    r"comprar\s+(?:entradas?|boletos?)|acquista\s+biglietti|kup\s+bilet)", re.I)
_EVENT_TICKET_LINES = 4


#: A software release's title: a version number ("Tidepool 3.8.0 release notes", "v2.4")
#: or the words of a changelog.
_RELEASE_TITLE = LazyPattern(r"(?:^|\s)v?\d+\.\d+(?:\.\d+)+\b|release\s+notes|changelog|"
                             r"what['’]s\s+new\s+in|versionshinweise|notes\s+de\s+version|"
                             r"notas\s+de\s+(?:la\s+)?versi[oó]n", re.I)
_RELEASED = frozenset({"released", "released on", "release date", "veröffentlicht",
                       "publiée le", "publié le", "lanzada el", "lançada em"})


def _release_date(stamps: list[Stamp], lines: list[Body], i: int) -> bool:
    """True when "Released 12 March 2024" is a software release's own date: a line of the
    two above names a version or the release notes ("Tidepool 3.8.0 release notes"). A
    press release's "Released:" stamp has no version above it."""
    return (all(s.label.lower().rstrip(" :") in _RELEASED for s in stamps)
            and any(_RELEASE_TITLE.search(lines[j].text) for j in (i - 1, i - 2) if j >= 0))


def _signing_place(lines: list[Body], i: int) -> bool:
    """True when a place and its date ("Singapore, 21 March 2024") close a notice: prose
    above it and none below, or two paragraphs of it above. The notice's own place and
    date, where it was signed; at the head of a story the same line is its dateline, page
    metadata."""
    text = lines[i].text
    if _signed_date(lines, i):
        return True
    if (_PLACE.match(text) is None or _parse_stamps(text.rstrip(" ."), 0) is not None
            or (stamps := parse_date_line(text)) is None):
        return False  # not a place and a date: a stamp, or labels left empty
    if any("T" in s.parsed for s in stamps):
        return False  # a name, a date and its time: a comment's head ("Goran, 3. 5. 2025. u 9:40")
    above = sum(1 for b in lines[:i] if _is_prose(b.text))
    return above >= _SIGNED_AFTER or (above > 0 and not any(_is_prose(b.text)
                                                          for b in lines[i + 1:]))


def _signed_date(lines: list[Body], i: int) -> bool:
    """True when a bare date closes a notice above its signatory: two paragraphs or more
    of prose above it, and under it a line of at most three words without figures (the
    office that signs: "한솔구청장", "Der Bürgermeister", "The Town Clerk")."""
    if i + 1 >= len(lines) or not (text := lines[i].text)[:1].isdigit():
        return False
    if i and _STAR_ROW.fullmatch(lines[i - 1].text):
        return False  # a review's date under its stars, over its badge ("Ověřený nákup")
    if not all(s.parsed[:4].isdigit() or s.parsed.startswith("--")
               for s in parse_date_line(text) or ()):
        return False  # "2 days ago" over "Reply": an age counting back from now, a
        # comment's, never the date a notice was signed on
    signer = lines[i + 1].text
    if (len(signer.split()) > _SIGNER_WORDS or _DIGIT.search(signer) or "_" in signer
            or not all(w[0].isalpha() for w in signer.split())
            or signer.endswith((".", "!", "?", ":"))):
        return False  # a user's handle or a rating under a post's date is no signatory
    stamps = parse_date_line(text)
    return (stamps is not None and not any("T" in s.parsed or ":" in s.parsed for s in stamps)
            and sum(1 for b in lines[:i] if _is_prose(b.text)) >= _SIGNED_AFTER)


#: Words of a notice's signatory line, at most.
_SIGNER_WORDS = 3
#: Paragraphs of the text above a place and its date that make it the text's closing
#: (an obituary's "Tirano, 13 settembre 2025" above the undertaker's line), wherever it
#: stands: a dateline heads the text.
_SIGNED_AFTER = 2


#: Words a line of prose has at least, around a notice's place and date.
_PROSE_WORDS = 10


def _is_prose(text: str) -> bool:
    return text.endswith((".", "!", "?", "。")) and len(text.split()) >= _PROSE_WORDS


#: A date with an event's hours ("Samstag, 24. Mai 2025, 9:00–13:00 Uhr"), and how many
#: of them make a page a calendar, whose unlabelled dates are its events', not stamps.
_EVENT_TIMES = LazyPattern(r"\d{4}.*\b\d{1,2}[:.]\d{2}\s*(?:[–-]|bis|to|à|a)\s*\d{1,2}[:.]\d{2}")
CALENDAR_ENTRIES = 2
def _is_calendar(lines: list[Body]) -> bool:
    """True when CALENDAR_ENTRIES lines or more hold a date with an event's hours."""
    return sum(_EVENT_TIMES.search(b.text) is not None for b in lines) >= CALENDAR_ENTRIES


#: A letter's or a notice's place and date in French, "le" before the date
#: ("Saint-Aurèle-des-Monts, le 17 juillet 2025"): the document's own, not a dateline.
_LETTER_PLACE = LazyPattern(r"[^\W\d_][\w'’ -]{1,60},\s+le\s+\d{1,2}(?:er)?\s+[^\W\d_]+"
                            r"\s+\d{4}\.?$")


#: The place of an event, below its date: "Ort: Saal Pfarreiheim", "Venue: Town Hall".
_EVENT_PLACE = LazyPattern(r"(?:" + _PLACE_LABELS + r")\s*:", re.I)


# -- epoch numbers -------------------------------------------------------------------------

_EPOCH = LazyPattern(r"(?P<n>\d{9,10}|\d{13})(?:\.(?P<frac>\d{1,6}))?")
_UNIX_START = datetime(1970, 1, 1, tzinfo=timezone.utc)


def epoch_date(number: str, min_year: int, max_year: int) -> tuple[datetime, str] | None:
    """The UTC time a bare number stands for as a Unix timestamp, and its unit, or None.

    Ten (or nine) digits are seconds, thirteen are milliseconds; the time must fall in
    ``min_year``..``max_year``, which rules out most other long numbers.

    >>> epoch_date("1700000000", 2001, 2035)[0].isoformat()
    '2023-11-14T22:13:20+00:00'
    >>> epoch_date("5551234567", 2001, 2035) is None
    True
    """
    unit = "milliseconds" if len(number) == 13 else "seconds"
    seconds = int(number) / 1000 if unit == "milliseconds" else int(number)
    when = _UNIX_START + timedelta(seconds=seconds)
    if not min_year <= when.year <= max_year:
        return None
    return when, unit


@rule(
    code="META002",
    name="epoch-line",
    summary="A line that is only a Unix timestamp (\"1741933800\").",
    fix=FixAvailability.ALWAYS,
    options={
        "min-year": Option(2001, "earliest year a bare number may stand for", int,
                           minimum=1970, maximum=2100),
        "max-year": Option(2035, "latest year a bare number may stand for", int,
                           minimum=1970, maximum=2100),
    },
    cases=[
        Case("The ferry service resumed.\n1741933800\nMore text.\n", fires=True,
             fixed="The ferry service resumed.\nMore text.\n"),
        Case("The ferry service resumed.\n1741933800123", fires=True,
             fixed="The ferry service resumed."),
        Case("1741933800.25\nText.\n", fires=True, fixed="Text.\n"),
        Case("2025\n", fires=False),
        Case("The ferry carried 1741933800 passengers, a number nobody believes.\n",
             fires=False),
        Case("5551234567\n", fires=False, note="as a timestamp it would be in 2146"),
        Case("123456789\n", fires=False, note="1973: outside the plausible range"),
        Case("1741933800\n", fires=False, options={"max-year": 2024},
             note="the range is an option"),
    ],
)
def epoch_line(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a line that is only a Unix timestamp: 9 or 10 digits (seconds, optionally with
    a fraction) or 13 digits (milliseconds) that fall between the `min-year` and
    `max-year` options (2001 and 2035 by default). The evidence gives the time it stands
    for in ISO 8601 (UTC).

    ## Why it matters
    CMS exports and scrapers leak the page's internal timestamps as bare numbers. They
    mean nothing to a reader and a model learns to emit random ten-digit numbers.

    ## Example
    Bad:

        The ferry service resumed on Friday.
        1741933800

    Good:

        The ferry service resumed on Friday.

    ## Fix safety
    Safe: the fix removes the line; a raw epoch number is not something a user keeps in
    the text (the time it stands for is in the finding's evidence). Numbers inside
    sentences, shorter numbers (years, counts) and numbers outside the year range are
    never flagged.
    """
    for body in bodies(doc):
        m = _EPOCH.fullmatch(body.text)
        found = epoch_date(m["n"], options["min-year"], options["max-year"]) if m else None
        if m is None or found is None:
            continue
        when, unit = found
        iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        yield Finding(body.start, body.end,
                      f"line is only a Unix timestamp ({iso}): page metadata, not text",
                      _removal(doc, body, safe=True),
                      {"epoch": int(m["n"]), "unit": unit, "utc": iso})


# -- bylines -------------------------------------------------------------------------------


_BYLINE = LazyPattern(r"(?P<lead>(?:written\s+|posted\s+|story\s+|words\s+|reported\s+|"
                      r"created\s+|issued\s+|(?:medically\s+)?reviewed\s+|fact[-\s]checked\s+)?by|"
                      # "Written by" of Indonesian, German, French, Spanish, Italian, Dutch
                      r"(?:ditulis|diterbitkan)\s+oleh|geschrieben\s+von|écrit\s+par|"
                      r"escrito\s+por|scritto\s+da|geschreven\s+door|"
                      r"von|par|por|door|af|av|كتب|بقلم|from(?=\s*:)|author(?=\s*:)|"
                      # A source credit under the story: "Source: University of Montreal",
                      # "Bron: ANP", "Fonte: Agência Brasil", "Quelle: dpa".
                      r"(?:source|sources|bron|fonte|fuente|quelle|kaynak|źródło|джерело|"
                      r"источник|zdroj|forrás|lähde|πηγή|מקור|स्रोत|ที่มา|"
                      # session 14: South Slavic, Bulgarian, Romanian, Baltic and Nordic
                      r"izvor|извор|източник|vir|sursa|sursă|avots|šaltinis|allikas|kilde|"
                      r"källa)(?=\s*:)|"
                      # "Author:" of other languages: Polish, Spanish, Portuguese, German,
                      # French, Italian, Turkish, Swedish, Danish and Norwegian, Indonesian.
                      r"(?:autor|autora|auteur|autore|yazar|författare|forfatter|penulis|"
                      r"συντάκτης|συντάκτρια|σύνταξη|επιμέλεια|"
                      # Somali "reporter", "writer" (session 17): "Wariye: Dayax Media"
                      r"wariye|qoraa)(?=\s*:)|"
                      # "Source:" of Mongolian, Kazakh, Uzbek, Azerbaijani, Albanian and
                      # Vietnamese pages (session 17): "Эх сурвалж: …", "Nguồn: …"
                      r"(?:эх\s+сурвалж|дереккөз|manba|mənbə|burimi|nguồn)(?=\s*:))"
                      r"\s*:?\s+(?P<who>.+)", re.I)
#: A site's address as the author: "By: INQUIRER.net", "By Harbourtimes.co.uk".
_DOMAIN = LazyPattern(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|co|uk|in|ph|au|ca|ie|"
                      r"za|ng|ke|pk|sg|my|nz|de|fr|es|it|br|ar|mx|tv|fm)", re.I)
#: "By" in the languages of foreign sites whose English pages keep it: German, French,
#: Spanish and Portuguese, Dutch. Only an organisation after them counts ("Von Redaktion");
#: "Von der Leyen" is a name.
_FOREIGN_LEADS = frozenset({"von", "par", "por", "door", "af", "av", "كتب", "بقلم",
                            "from", "autor", "autora",
                            "auteur", "συντάκτης", "συντάκτρια", "σύνταξη", "επιμέλεια",
                            "autore", "yazar", "författare", "forfatter", "penulis",
                            "wariye", "qoraa"})
#: Words a source credit names at most when they are not set as a name.
_SOURCE_WORDS = 6
#: Leads after which any name is an organisation's credit (a source is cited, not signed).
_SOURCE_LEADS = frozenset({"source", "sources", "bron", "fonte", "fuente", "quelle", "kaynak",
                           "źródło", "джерело", "источник", "zdroj", "forrás", "lähde", "πηγή",
                           "מקור", "स्रोत", "ที่มา", "izvor", "извор", "източник", "vir",
                           "sursa", "sursă", "avots", "šaltinis", "allikas", "kilde", "källa",
                           "эх сурвалж", "дереккөз", "manba", "mənbə", "burimi", "nguồn"})
#: A wire or desk credit standing alone, without "By": "Express News Service", "AAP",
#: "Our Correspondent", "Agencies". Capitals matter: "agencies" in prose is a word.
_CREDIT_LINE = LazyPattern(
    r"[(—–-]?\s*(?:(?:[A-Z][\w'’.-]*\s+){0,3}(?:News\s+Service|Reporting\s+Service|"
    r"News\s+Desk|Web\s+Desk|"
    r"Online\s+Desk|News\s+Bureau|News\s+Network)|(?!(?:The|A|An|Your|My)\s)(?:[A-Z][\w'’.-]*\s+){2,3}(?:Desk|Bureau)|"
    r"(?:Our|Special|Staff|Court|Political|Crime|City|Sports?|Business)\s+(?:Correspondents?|"
    r"reporters?|"
    r"Reporters?|Writers?)|Staff\s+and\s+agencies|Agencies|With\s+agencies|"
    # An Indian paper's wire note: "(With inputs from IANS)", "(With PTI inputs)".
    # "With a report from Visayas News Agency", "With reports from AFP"
    # "With files from North Country Press" (a Canadian paper's wire note)
    r"[Ww]ith\s+(?:a\s+)?(?:reports?|files)\s+from\s+(?:[A-Z][\w'’.&-]*\s*){1,5}|"
    # a wire named by its word after "with": "with Auswire", "With Coastal Wire"
    r"[Ww]ith\s+(?:[A-Z][\w'’.&-]*\s+){0,2}[A-Z][\w'’.&-]*(?:[Ww]ire|\s+Wire|\s+Press)|"
    r"[Ww]ith\s+(?:inputs\s+from\s+(?:agencies|(?:[A-Z]{2,6}|Reuters)(?:\s*(?:,|and|&)\s*"
    r"(?:[A-Z]{2,6}|Reuters|agencies))*)|(?:[A-Z]{2,6}|agency)\s+inputs)|AP|AAP|AFP|PTI|ANI|"
    r"IANS|UNI|KNA|SAPA|Reuters|REUTERS|Xinhua|XINHUA|dpa|DPA|EFE|ANSA|Bernama|Kyodo|Yonhap|"
    # Other national wires, credited alone under the headline.
    r"Lusa|LUSA|ANP|Belga|BELGA|APA|PAP|ČTK|CTK|MTI|NTB|Ritzau|Anadolu|Antara|ANTARA|KUNA|"
    r"Agerpres|BTA|HINA|Tanjug|STT|LETA|TASR|Prensa\s+Latina|Notimex|Télam|"
    r"Tribune\s+News\s+Service|Associated\s+Press|The\s+Associated\s+Press|"
    r"Agence\s+France-Presse|Press\s+Trust\s+of\s+India|"
    # Turkish desks ("Ekonomi Servisi", "Haber Merkezi"); press offices of other languages.
    r"(?:Haber\s*:\s*)?(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]*\s+){1,2}Servisi|"
    r"Haber\s+Merkezi|Gabinete\s+de\s+(?:Comunicación|Prensa|Imprensa|Comunicação)|"
    r"Oficina\s+de\s+(?:Prensa|Comunicación)|Assessoria\s+de\s+(?:Imprensa|Comunicação)|"
    r"Ufficio\s+[Ss]tampa|Service\s+de\s+presse|Pressestelle|Biuro\s+[Pp]rasowe|"
    # The newsroom named alone ("Redacción", "Redaktionen"), and a Vietnamese wire credit
    # ("Theo TTXVN": after the Vietnam News Agency).
    r"Redaktion|Redaktionen|Redacción|Redação|Redazione|Redactie|Redakcja|Rédaction|"
    r"Redaksi|Redakce|Redakcia|Szerkesztőség|Toimitus|Uredništvo|Редакция|Редакція|"
    r"Agencias|Agências|Agenturen|Agences|Agenzie|"
    # an agency named for its news: "Agencia Ibérica de Noticias", "Agenzia Italiana Notizie"
    r"(?:Agencia|Agência|Agenzia|Agence|Agentur)\s+(?:[A-Z][\w'’.-]*\s+){1,2}"
    r"(?:(?:de|di|do|da)\s+)?(?:Noticias|Notícias|Notizie|Nachrichten|Presse|Informação|"
    r"Información|Informazione)|"

    r"Theo\s+(?:TTXVN|VNA|TTXVN/VNA|Reuters|AFP|AP|Xinhua)|"
    # A German-language paper's wire and desk marks at the foot: "(APA/red)", "(red/APA)",
    # "(dpa/lnw)" ("red" alone is a word).
    r"(?:[A-Z]{2,6}/)+red(?:/[A-Z]{2,6})*|red(?:/[A-Z]{2,6})+|"
    r"(?:APA|dpa|SDA|AFP|KNA|epd|AP)(?:/[a-z]{2,4})+|"
    # A press service named with its body ("Прес-служба Новоріченської міської ради",
    # "Press Service of the Mayor's Office"), and a team signing a post ("— The Tallyfin
    # engineering team").
    r"(?:Прес-служба|Пресс-служба|Прес-центр|Пресс-центр|Press\s+[Ss]ervice|Tiskové\s+oddělení|"
    r"Biuro\s+[Pp]rasowe|Pressestelle|Ufficio\s+[Ss]tampa|Service\s+de\s+presse|"
    r"Gabinete\s+de\s+[Pp]rensa|Sajtóiroda|Biroul\s+de\s+presă)(?:\s+\S+){1,5}|"
    r"[—–-]\s*(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){1,3}(?:[a-z]+\s+)?[Tt]eam|"
    # The issuing office of a Chinese notice: "發布單位：公用事業課".
    r"(?:發布單位|發佈單位|发布单位|發稿單位|来源单位)\s*[:：]\s*\S{2,30}|"
    # A Polish wire and its editor's initials: "AIW, oprac. MZ", "PAP/oprac. KB" (compiled by).
    r"[A-ZŁŚŻ]{2,6}(?:\s*[,/]\s*[A-ZŁŚŻ]{2,6})*\s*[,/]?\s*(?:oprac|opr)\.\s*[A-ZŁŚŻĆ]{1,4}|"
    # A press release's distributor and its client: "Distributed by Harbour Wire on behalf
    # of Saltmarsh Tools Ltd.", "Diffusé par … pour le compte de …", "Verbreitet durch …
    # im Auftrag von …", "Distribuido por … en nombre de …".
    r"(?:(?:[Dd]istributed|[Ii]ssued|[Rr]eleased)\s+by|[Dd]iffusé\s+par|[Vv]erbreitet\s+(?:durch|von)|"
    r"[Dd]istribuido\s+por|[Dd]istribuído\s+por|[Dd]iffuso\s+da|[Vv]erspreid\s+door)\s+"
    r"[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?\s+(?:on\s+behalf\s+of|pour\s+le\s+compte\s+de|"
    r"im\s+Auftrag\s+(?:von|der|des)|en\s+nombre\s+de|em\s+nome\s+de|per\s+conto\s+di|"
    r"namens)\s+[A-Z][^\n]{1,80}|"
    # A property listing's broker: "Listing courtesy of Coyote Ridge Realty, LLC".
    r"[Ll]isting\s+(?:courtesy\s+of|provided\s+by|presented\s+by)\s+[A-Z][^\n]{2,80}|"
    # A wire joined to the paper that ran its story: "STT–Pohjanlahti Nyt", "ANP-Dagblad".
    r"(?:AP|AFP|Reuters|dpa|DPA|EFE|ANSA|Lusa|ANP|Belga|APA|PAP|ČTK|CTK|MTI|NTB|TT|STT|Ritzau|"
    r"PTI|ANI|IANS|AAP|Bernama|Antara|Yonhap|Kyodo|Xinhua)\s*[–—-]\s*"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})"
    # The desk's city after a bar or a comma: "Press Trust of India | Mumbai".
    r"(?:\s*[|,]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s*[)]?\.?"
    # A desk of the paper and its city: "Chronicle Bureau | Mumbai", "Chronicle Markets
    # Desk, Mumbai" ("Help Desk" alone is a heading).
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:Bureau|Desk)\s*[|,]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
    # A dateline's place and a wire in brackets: "İstanbul (BHA)", "Mumbai (PTI)".
    r"|[A-ZÇĞİÖŞÜ][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?\s+\((?:AA|DHA|İHA|IHA|ANKA|BHA|AP|AFP|"
    r"PTI|ANI|IANS|UNI|Reuters|dpa|EFE|ANSA|Lusa|ANP|Xinhua|Yonhap|Kyodo|Bernama|Antara|PAP)\)?"
    # Japanese, Chinese and Korean wires in (full-width) brackets: "（共同通信）", "（共同）"
    r"|[（(]\s*(?:共同通信|共同|時事通信|時事|時事通信社|新華社|新华社|中央社|聯合|ロイター|AFP時事|"
    # and any agency by its word: "（東和通信）", "（北辰通讯社）"
    r"[^\s（）()]{1,8}?(?:通信社|通信|通讯社|通訊社)|"
    r"연합뉴스|뉴시스|뉴스1)\s*[）)]"
    # A wire, desk or press office named by its own words: "Allied Wire Service", "Ledger
    # Wire", "MPB Newsdesk", "GEJ Staff", "Riverkeepers Alliance press office".
    r"|(?:[A-Z][\w'’.&-]*\s+){1,3}(?:Wire(?:\s+Service)?|Newswire|News\s+Agency|"
    r"Press\s+Agency|[Pp]ress\s+[Oo]ffice|[Pp]ress\s+[Tt]eam|Newsdesk|News\s+Team|Staff|"
    r"Editorial\s+Team|Digital\s+Team)"
    # The desk word of Spanish, Portuguese, French, German, Italian, Dutch, Polish,
    # Indonesian and Czech sites and the paper's name: "Redacción El Faro del Sur".
    r"|(?:Redacción|Redação|Rédaction|Redaktion|Redazione|Redactie|Redakcja|Redaksi|Redakce)"
    r"\s+(?:(?:de|del|da|do|di)\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|da|do|di|la|"
    r"el|le|der|die|das))*"
    # A paper's desk in Japanese and Chinese: "みなと新報社会部", "江城晚报编辑部".
    # (a photo's credit names its desk too, "写真：ひだまり台所編集部": a caption's, not the text's)
    r"|(?:(?!写真|撮影|画像|イラスト|動画|映像|图片|圖片|照片|摄影|攝影|图|圖|사진)[^\s:：]{1,8}[:：]\s*)?"
    r"[^\s:：]{1,12}(?:社会部|政治部|経済部|報道部|編集部|運動部|文化部|国際部|写真部|编辑部|新闻部|"
    r"编辑中心|新聞部)"
    # A source credit of Chinese, Japanese, Korean and Arabic pages: "来源：江城晚报".
    r"|(?:資料來源|资料来源|新聞來源|新闻来源|(?:本文|文章|稿件)?(?:来源|來源)|出处|出處|出典|출처|"
    r"المصدر)\s*[:：]\s*\S[^\n]{0,60}"
    # -- the tenth set's desks and wires --
    # A desk named after the paper: "SahaSpor Haber Merkezi", "Prabhat News Network |
    # Indore" in Hindi, a Korean paper's desk ("… 연예부"), a Hungarian directorate.
    r"|(?:[A-ZÇĞİÖŞÜ][\w'’.-]*\s+){1,3}Haber\s+Merkezi"
    r"|\S+(?:\s+\S+){0,2}\s+(?:न्यूज़|न्यूज)\s+(?:नेटवर्क|डेस्क|ब्यूरो)(?:\s*\|\s*\S+(?:\s+\S+)?)?"
    # the same in Gujarati, Punjabi, Bengali and Urdu (session 17): "… ન્યૂઝ નેટવર્ક"
    r"|\S+(?:\s+\S+){0,2}\s+(?:ન્યૂઝ|ન્યુઝ|ਨਿਊਜ਼|ਨਿਊਜ|নিউজ|نیوز)\s+(?:નેટવર્ક|ડેસ્ક|બ્યૂરો|બ્યુરો|"
    r"ਨੈੱਟਵਰਕ|ਨੈਟਵਰਕ|ਡੈਸਕ|ਬਿਊਰੋ|নেটওয়ার্ক|ডেস্ক|ব্যুরো|نیٹ\s?ورک|ڈیسک|بیورو)"
    r"(?:\s*\|\s*\S+(?:\s+\S+)?)?"
    r"|\S{1,20}\s(?:연예부|사회부|정치부|경제부|편집부|스포츠부|문화부|국제부|취재부|[가-힣]{1,8}팀)"
    r"|(?:[A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]*\s+(?:és\s+)?){1,4}(?:Igazgatóság|Sajtóiroda|Osztály)"
    # The desk and a wire in Portuguese: "Da Redação, com Agência Estado"
    r"|(?:Da|De)\s+Redação(?:,?\s+com\s+(?:a\s+|o\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    # "By the editorial team of …" in Hebrew, "By Bernama" in Indonesian and Malay
    r"|מאת\s+(?:מערכת|צוות)\s+\S[^\n]{0,30}"
    r"|(?:Oleh|Sumber\s*:)\s+(?:Bernama|BERNAMA|Antara|ANTARA|AFP|Reuters|AP|Xinhua|Redaksi)"
    # Chinese credits naming the site's own reporter or channel: "作者：本网记者",
    # "责任编辑：财经周刊网金融频道" (a person as the editor is a person's byline)
    r"|(?:作者|记者|來源)\s*[:：]\s*(?:本网|本报|本台|本刊|本站)(?:记者|编辑|讯|特约记者)\S{0,10}"
    r"|(?:责任编辑|責任編輯)\s*[:：]\s*\S{0,20}(?:频道|頻道|网|網|编辑部|中心)\S{0,10}"
    # An editor's label naming the desk, not a person: "Editor: Redaksi".
    r"|(?:Editor|Penyunting|Redaktur|Redakteur|Rédacteur|Redactor|Editore)\s*:\s*"
    r"(?:Tim\s+)?(?:Redaksi|Redaktion|Rédaction|Redacción|Redação|Redazione|Newsroom|"
    r"News\s+Desk|Desk|Staff)"
    # -- the thirteenth set's desks and wires --
    # "Our correspondent" of Swahili ("NA MWANDISHI WETU") and Hausa ("Daga Wakilinmu,
    # Kano") pages, the newsroom's desks of Bengali ("নিজস্ব প্রতিবেদক", "অনলাইন ডেস্ক")
    # and Urdu ("ویب ڈیسک", "اسٹاف رپورٹر") ones, perhaps with the city after a comma
    r"|(?:(?:Na|NA)\s+(?:Mwandishi|MWANDISHI|Waandishi|WAANDISHI)\s+(?:Wetu|WETU|Maalum|MAALUM)"
    r"|(?:Daga|DAGA)\s+(?:Wakilinmu|WAKILINMU|Wakilanmu|WAKILANMU)"
    r"|নিজস্ব\s+(?:প্রতিবেদক|সংবাদদাতা)|স্টাফ\s+রিপোর্টার|ডেস্ক\s+রিপোর্ট|\S+\s+ডেস্ক"
    r"|(?:ویب|نیوز|اسپورٹس|سپورٹس|سپورٹس|بزنس|مانیٹرنگ|انٹرنیشنل|آن\s?لائن)\s+ڈیسک"
    r"|(?:اسٹاف|سٹاف)\s+رپورٹر|نمائندہ\s+خصوصی"
    # any desk or bureau of a South Asian paper, its word borrowed from English ("स्पोर्ट्स
    # डेस्क", "प्रहरी ब्यूरो, भोपाल", "ডেস্ক", "டெஸ்க்")
    r"|(?:\S+\s+){0,3}(?:डेस्क|ब्यूरो|ডেস্ক|ব্যুরো|ڈیسک|بیورو|டெஸ்க்|ഡെസ്ക്|డెస్క్|ಡೆಸ್ಕ್|ડેસ્ક|ਡੈਸਕ)"
    r")(?:\s*[,،|]\s*\S+(?:\s+\S+)?)?"
    # A Hindi paper's wire note: "(इनपुट: भारत वार्ता सेवा)", "(भाषा इनपुट के साथ)"
    r"|\(?\s*(?:इनपुट|इनपुट्स)\s*[:：-]\s*[^()]{2,40}\)?"
    r"|\(?\s*\S+(?:\s+\S+)?\s+(?:इनपुट|इनपुट्स)\s+के\s+साथ\s*\)?"
    # A dateline's place and the desk's reporter in brackets: "LAHORE (Staff Reporter)",
    # "لاہور (کورٹ رپورٹر)", "पटना (निज संवाददाता)", "ঢাকা (নিজস্ব প্রতিবেদক)"
    r"|\S+(?:\s+\S+)?\s*\(\s*(?:(?:[Ss]taff|STAFF|[Ss]pecial|[Cc]ourt|[Oo]ur|[Cc]ity|[Ss]ports?|"
    r"[Bb]usiness)\s+)?(?:[Rr]eporter|REPORTER|[Cc]orrespondent|CORRESPONDENT)\s*\)?"
    r"|\S+(?:\s+\S+)?\s*\(\s*(?:(?:اسٹاف|سٹاف|کورٹ|خصوصی|سپورٹس|اسپورٹس|کامرس)\s+)?"
    r"(?:رپورٹر|نمائندہ(?:\s+خصوصی)?|نامہ\s+نگار)\s*\)?"
    r"|\S+(?:\s+\S+)?\s*\(\s*(?:(?:निज|विशेष|हमारे)\s+)?(?:संवाददाता|प्रतिनिधि|ब्यूरो)\s*\)?"
    r"|\S+(?:\s+\S+)?\s*\(\s*(?:নিজস্ব\s+)?(?:প্রতিবেদক|সংবাদদাতা|প্রতিনিধি)\s*\)?"
    # A paper's desk in English without "By" ("Sports Desk", "City Desk"; "Help Desk"
    # alone is a heading), and national wires of the set's countries credited alone
    # (Serbian, Bulgarian, Bosnian, Croatian, Slovenian, Lithuanian, Greek, Iranian,
    # Bangladeshi and Taiwanese), and the newsroom's name of more languages
    r"|(?:Sports?|City|Metro|Business|Political|Politics|Foreign|National|Regional|"
    r"Entertainment|Features?|Health|Tech|Technology|Education|Crime|World|International|"
    r"Lifestyle|Editorial|Weather|Nation|Showbiz|Investigations)\s+Desk"
    r"|Танјуг|ТАНЈУГ|БТА|Фонет|ФоНет|FoNet|Fena|FENA|Hina|STA|ELTA|BNS|ANA-MPA|ΑΠΕ-ΜΠΕ|"
    r"IRNA|ISNA|ایرنا|ایسنا|ایلنا|UNB|BSS|বাসস|ইউএনবি|CNA|中央社"
    r"|Redakcija|Редакција|Редакция|Toimetus|Ritstjórn|Redacció|Redaksjonen|Σύνταξη|"
    r"Uredništvo\s+\S+(?:\s+\S+)?")
_TRAILER = LazyPattern(r"\s*(?:,|;|\|| [-–—] )\s*")
#: A word of a name: a capital first, also of Cyrillic and Greek ("Укрінформ").
_NAME_WORD = LazyPattern(r"(?:[dl]['’])?(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-ΩΆ-Ώ][\w'’.-]*|[A-Z]\.)$")
_CONNECTORS = frozenset({"and", "&", "of", "de", "da", "das", "do", "dos", "del", "della",
                         "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "la",
                         "le", "du", "y", "in", "at", "for", "the",
                         # "Door onze sportredactie", "Par notre rédaction"
                         "onze", "notre", "nos", "unsere", "unserer", "nuestra", "nossa",
                         "nostra"})
#: Words after which a lower-case "the" inside a name is a person's affiliation ("Ana Ruiz
#: of the Herald"); elsewhere it makes the name an organisation's ("Save the Children").
_AFFILIATION = frozenset({"of", "for", "at", "in", "and", "&"})
_ORG_WORDS = _word_set("""
    staff desk team newsroom newswire editors editor editorial board bureau correspondent
    correspondents our admin administrator agency agencies news press wire wires media
    online digital service services office house department ministry committee council
    group inc ltd llc llp plc gmbh pty srl sarl bv nv corp company association foundation
    institute university times post attorneys lawyers solicitors associates communications
    athletics relations friends
    journal herald tribune gazette magazine network channel tv radio daily weekly centre
    center government commission authority web website site blog contributor contributors
    reporter reporters writer writers columnist
    redaktion rédaction redacción redação redazione redactie nachrichtenagentur agentur
    redakcja redaktionen redaksjonen redaksi redakce redakcia szerkesztőség yazı
    pasukan équipe equipo equipe squadra ekip zespół tým csapat قسم مكتب
    محرر محررو المحرر فريق وحدة شعبة
    guest partners partner sponsored content studio
    society trust organisation organization charity alliance coalition fund federation
    programme program movement hospital museum
    médecins médicos ärzte frontières fronteras grenzen croix cruz kreuz secours rouge
    roja stiftung fondation fundación fundação fondazione stichting verein verband
    asociación associação institut instituto istituto universidad université universität
    universidade università universiteit ministère ministerio ministerium gouvernement
    gobierno regierung agence agencia agência agenzia comité comisión fédération
    federación unicef unesco unhcr caritas
    ap afp reuters bloomberg pti ani ians upi xinhua dpa efe tass sputnik kyodo yonhap npr
    bbc cnn
    lusa ansa anp belga apa pap čtk ctk mti ntb ritzau anadolu antara bernama kuna agerpres
    bta hina tanjug stt leta tasr notimex télam
""")
#: Phrases that read like bylines but are headings or sentence openers ("By The Numbers").
_NOT_NAMES = _word_set("""
    way numbers design default contrast comparison far then now night day hand chance
    accident example all no itself themselves himself herself region country state age
    year sea air land rail road car train plane heart law nature definition extension
    proxy popular demand request invitation appointment any every means force choice
    mistake hook
""")


#: A company's legal form after its name and a comma: "Kianda Águas, S.A.", "…, Lda".
_COMPANY_FORM = LazyPattern(r"(?:S\.\s?A\.?|S\.\s?L\.?|Lda\.?|Ltda\.?|Ltd\.?|Inc\.?|LLC|"
                            r"GmbH|AG|S\.p\.A\.?|SpA|S\.r\.l\.?|B\.V\.?|N\.V\.?|A/S|AB|"
                            r"Oy|plc|Pty\.? Ltd\.?|Tbk\.?)")
#: A firm named alone by its legal form, as a press release's issuer over its date:
#: "株式会社ミナトリンク", "Harbourline Ltd.", "(주)넥사랩스", "Nordvik GmbH".
_FIRM_ALONE = LazyPattern(r"(?:株式会社|有限会社|合同会社|\(?株\)|㈱|\(?주\)|㈜|"
                          r"주식회사\s?)\S{2,20}|"
                          r"\S{2,20}(?:株式会社|有限会社|合同会社|\(株\)|㈱|\(주\)|㈜|有限公司|"
                          r"股份有限公司)|"
                          r"(?-i:[A-ZÀ-Þ])[\w&'’.-]*(?:\s+(?-i:[A-ZÀ-Þ&])[\w&'’.-]*){0,3},?\s+"
                          + _COMPANY_FORM.pattern)
#: An editor's or a wire's code after the name and a slash: "/kmp", "/dpa".
_DESK_CODE = LazyPattern(r"/[A-Za-z]{2,5}$")


@dataclass(frozen=True)
class Byline:
    """A byline line, split into the lead ("By"), the names and what follows them."""

    lead: str
    names: str
    trailer: str
    organisation: bool


def parse_byline(text: str) -> Byline | None:
    """The byline ``text`` is, or None when it is not a byline.

    >>> parse_byline("By The Harbour Authority").organisation
    True
    >>> parse_byline("By Ana Ruiz, Staff Writer").organisation
    False
    >>> parse_byline("By the end of the week, talks had stalled.") is None
    True
    >>> parse_byline("by the Free Software Foundation.") is None  # a wrapped sentence's end
    True
    >>> parse_byline("by Arts Desk").organisation  # some sites set bylines in lower case
    True
    """
    m = _BYLINE.fullmatch(text)
    if m is None or (m["lead"][:1].islower() and text.endswith(".")):
        return None  # "by the Free Software Foundation." ends a wrapped sentence
    names, *rest = _TRAILER.split(m["who"], maxsplit=1)
    trailer = rest[0] if rest else ""
    if _COMPANY_FORM.fullmatch(trailer.strip()):
        names, trailer = f"{names}, {trailer.strip()}", ""  # "Kianda Águas, S.A."
    names = _DESK_CODE.sub("", names)  # "AutoKompass/kmp": the editor's code after a slash
    words = names.rstrip(".").split()
    source = m["lead"].lower() in _SOURCE_LEADS
    # After a source label a body is named in the words of its language, in lower case
    # too ("Источник: пресс-служба областного суда").
    cited = (source and 1 <= len(words) <= _SOURCE_WORDS and not names.endswith(("!", "?"))
             and "://" not in names and not names.lower().startswith("www."))
    # (an office named in the words of its language: "Autor: Oddelenie komunikácie")
    desk = _DESK_ALONE.fullmatch(names.rstrip(".")) is not None or (
        # a section named in a script without capitals: "كتب: قسم الثقافة"
        m["lead"].lower() in _FOREIGN_LEADS and len(words) <= 4 and _is_organisation(words)
        and not any(c.isupper() or c.islower() for c in names))
    if not (_looks_like_names(words) or cited or desk) or len(trailer.split()) > 6:
        return None
    if trailer and m["lead"].lower() in _SOURCE_LEADS:
        return None  # "Source: Harbour Radio | 2025-03-14 | Editor: …" is a metadata row
    organisation = _is_organisation(words) or m["lead"].lower() in _SOURCE_LEADS or desk
    if m["lead"].lower() in _FOREIGN_LEADS and not organisation:
        return None
    return Byline(m["lead"], names.rstrip("."), trailer, organisation)


def _looks_like_names(words: list[str]) -> bool:
    if not 1 <= len(words) <= 8 or words[-1].lower() in _CONNECTORS:
        return False
    core = words[1:] if words[0] in ("The", "the") else words
    if not core or core[0].lower().strip(".,") in _NOT_NAMES or core[0][:1].isdigit():
        return False
    # A station's channel number inside its name: "By WANE 15 Digital Staff".
    core = [w for w in core if not (w.isdigit() and len(w) <= 3)]
    # Lower-case words pass only as connectors ("van", "and") or organisation words, so
    # "Posted by admin" is a byline and "By the way" is not.
    return all(_NAME_WORD.match(w) or w.lower() in _CONNECTORS or _org_word(w) for w in core)


def _org_word(word: str) -> bool:
    """An organisation word, also as the last part of a compound ("rbb24-Redaktion",
    "sportredactie")."""
    word = word.lower().strip(".,'’").rsplit("-", 1)[-1]
    return word in _ORG_WORDS or word.endswith(_DESK_SUFFIXES)


#: Desk words that close compounds written as one word ("Sportredaktion", "sportredactie").
_DESK_SUFFIXES = ("redaktion", "redactie", "redaktionen", "redaksjonen", "redazione",
                  # A German department as a compound: "Bauverwaltung", "Standesamt".
                  "verwaltung", "amt", "behörde", "direktion", "abteilung", "kanzlei",
                  "pressestelle", "departement")


def _is_organisation(words: list[str]) -> bool:
    if words[0] in ("The", "the"):
        return True
    if any(_org_word(w) for w in words):
        return True
    if any(w == "the" and words[i - 1].lower() not in _AFFILIATION
           for i, w in enumerate(words) if i):
        return True  # "Save the Children", not "Ana Ruiz of the Herald"
    if len(words) == 1 and _DOMAIN.fullmatch(words[0]):
        return True
    # A lone acronym ("By NATO") names an organisation, a lone other word is not a byline,
    # unless it runs two words together as a site's name does ("Von AutoKompass").
    return len(words) == 1 and ((words[0].isupper() and 2 <= len(words[0]) <= 6)
                                or _RUN_TOGETHER.fullmatch(words[0]) is not None)


#: Two capitalised words run together, a site's or a brand's name: "AutoKompass",
#: "HarbourNews" (a name's own inner capital, "McNeil", "DeShawn", has fewer letters before
#: it).
_RUN_TOGETHER = LazyPattern(r"(?-i:[A-Z][a-zà-ÿ]{3,}[A-Z][a-zà-ÿ]{2,})")


_LEAD_INITIALS = frozenset("BbWwPpSsRrVvDdFfAaYyŹźДдИиZzLlΠπΣσמसCcIiOoكبMmЭэNnQq") | {"ท"}


#: A name of up to four capitalised words, or any name in quotation marks ("«Вестника
#: Поволжья»", "„Nemuno krašto“"): the paper a newsroom credit names.
_PAPER = (r"(?:[«„“\"][^«»„“”\"]{2,60}[»“”\"]|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-ΩŠŽČĆĐŁŚŹŻ])[\w'’.-]*"
          r"(?:\s+(?:(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-ΩŠŽČĆĐŁŚŹŻ])[\w'’.-]*|de|la|del|di|van|von)){0,3}"
          # and one common noun closing it: "Jadranskog portala"
          r"(?:\s+[^\W\d_]+)?)")
#: A newsroom, a wire or a desk credited alone, in the languages of the probe of
#: forty-nine languages: the newsroom's word with the paper's name before or after it
#: ("Redaktionen Norrbladet", "Järvisanomien toimitus", "redakce Zpravodaje Vysočiny",
#: "A Tiszaparti Hírek szerkesztősége", "Редакция «Вестника Поволжья»"), perhaps behind an
#: author's label ("Piše:", "Autor:", "oprac."), wires and agencies alone ("TT", "ТАСС",
#: "Agències", "وكالات", "新华社"), and desks ("डिजिटल डेस्क", "온라인뉴스팀", "本报记者").
_NEWSROOM_LINE = LazyPattern(
    # an office named as the author: "Autor: Župni ured", "Author: Parish Office"
    r"(?:(?:autor|author|аутор|автор|auteur|autore)\s*:\s*(?:\S+\s+){0,2}(?:ured|urad|úřad|"
    r"biuro|büro|office|bureau|oficina|ufficio|kancelaria|kancelář|iroda|канцеларија|"
    r"канцелярия)(?:\s+\S+){0,2}$)|"
    r"(?:(?:piše|autor|аутор|автор|oprac\.|opr\.|kirjoittaja|"
    r"(?:posted|published|geplaatst|gepost|gepubliceerd|eingestellt|veröffentlicht|publié|"
    r"publicado|pubblicato|postado|opublikowane)\s+(?:by|door|von|par|por|da|przez)|"
    r"by|di|a\s+cura\s+della|deur|ni|โดย|de(?=\s*:)|"
    r"oleh|كتب|מאת|von|par|por|door|đăng\s+bởi|viết\s+bởi|tác\s+giả|เรื่อง|เขียนโดย|"
    r"เรียบเรียงโดย)\s*:?\s+)?"
    # the paper first, in the languages that put its name in the genitive before the word
    r"(?:(?:a\s+|az\s+)?" + _PAPER + r"\s+(?:toimitus|toimetus|redakcija|redakcijа|"
    r"szerkesztősége|erredakzioa)|"
    r"(?:[^\W\d_]{3,15}\s+)?"  # "Спортска редакција", "Zahraniční redakce"
    r"(?:redakcja|redakce|redakcia|redakcija|redakcijа|редакција|редакция|редакція|redaktionen|"
    r"redaktion|redaksjonen|redaksjon|redaktionen|toimitus|ritstjórn|fréttastofa|toimetus|"
    r"redacția|redactia|szerkesztősége|szerkesztőség|erredakzioa|nuusredaksie|redaksie|"
    r"redacció|redacción|redação|redazione|redactie|rédaction|tim\s+redaksi|redaksi|redaksia|"
    r"מערכת(?:\s+החדשות)?|تحریریه|فريق\s+التحرير|گروه\s+خبر|กองบรรณาธิการ\S*|"
    r"編集部|編輯部|编辑部|ekip\s+на|екип\s+на|uredništvo|ban\s+biên\s+tập|tòa\s+soạn)"
    r"(?:\s+(?:i\s+|of\s+|de\s+|del\s+|di\s+|des\s+|na\s+|на\s+)?" + _PAPER
    + r"|\s+(?-i:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-Ω])[^\W\d_]{2,14})?)"  # "Redakcja sportowa"
    # a desk's compound ("Prüfkompass-Redaktion") and Hausa's news desk ("Daga Sashen
    # Labarai na Arewa Yau": from the news desk of …)
    r"|\S+-(?:redaktion|redactie|redaksjon|redaksjonen|redazione|redakcja|redakce)"
    r"|(?:daga\s+)?sashen\s+labarai(?:\s+na\s+\S+(?:\s+\S+){0,3})?"
    # (session 16) Hausa's other desks, "from" before them: "Daga Sashen Siyasa" (politics)
    r"|daga\s+sashen\s+(?:wasanni|siyasa|kasuwanci|tattalin\s+arziki|lafiya|nishadi|ilimi|"
    r"fasaha|harkokin\s+waje|rahotanni)(?:\s+na\s+\S+(?:\s+\S+){0,3})?"
    # a Dutch, German or English desk that compiled the page: "Samengesteld door de
    # sportredactie", "Zusammengestellt von der Kulturredaktion", "Compiled by the arts desk"
    r"|(?:samengesteld|opgesteld|bewerkt)\s+door\s+(?:de\s+)?[^\W\d_]*redactie(?:\s+van\s+\S+(?:\s+\S+){0,2})?"
    r"|zusammengestellt\s+von\s+(?:der\s+)?[^\W\d_]*-?redaktion(?:\s+\S+){0,2}"
    r"|compiled\s+by\s+(?:the\s+|our\s+)?(?:[^\W\d_]+\s+){0,2}(?:desk|newsroom|team)"
    # a wire named after "with", alone: "Avec Agence Fluviale de Presse", "Con Agencia Sur"
    r"|(?:avec|con|com|with|mit|met|cu)\s+(?:l['’]\s*|la\s+|a\s+|die\s+|de\s+)?"
    r"(?-i:Agence|Agencia|Agência|Agenzia|Agentur|Agency|Agentschap)\s+(?:(?:de|di|da|do|des)\s+)?"
    r"(?-i:[A-ZÀ-Þ])\S*(?:\s+\S+){0,3}"
    # a Burmese paper's news desk or agency: "မြစ်ဝှမ်းသတင်း သတင်းဌာန"
    r"|(?:\S+\s+){0,2}သတင်း(?:ဌာန|အဖွဲ့)"
    # a Korean author label naming an office ("작성자 홍보협력팀": public relations team)
    r"|(?:작성자|작성|담당\s*부서|담당)\s*[:：]?\s*\S{0,10}(?:처|과|팀|실|센터|본부|사무국|위원회)"
    # a Marathi, Hindi or Nepali correspondent credited with the place: "प्रतिनिधी, पुणे"
    r"|(?:आमचे\s+)?(?:प्रतिनिधी|प्रतिनिधि|वार्ताहर|संवाददाता|संवादाता)\s*[,|/]\s*\S+(?:\s+\S+){0,2}"
    r"|(?:TT|NTB|ТАСС|TASS|РИА\s+Новости|Укрінформ|УНІАН|PNA|共同通信|時事通信|"
    r"新华社|新華社|中新社|연합뉴스|뉴시스|뉴스1)"
    r"|(?:com\s+agências|agències|agentziak|axencias|agencias|agenzie|وكالات|סוכנויות(?:\s+הידיעות)?|"
    r"एजेंसी|एजेंसियां|from\s+wire\s+reports|wire\s+reports|with\s+wire\s+services)"
    r"|(?:डिजिटल|न्यूज़|न्यूज|ऑनलाइन|वेब)\s+डेस्क(?:\s*,\s*\S+(?:\s+\S+)?)?"
    r"|(?:ஆன்லைன்|டிஜிட்டல்)\s+டெஸ்க்|செய்திப்பிரிவு|நமது\s+நிருபர்"
    r"|(?:โต๊ะข่าว|ทีมข่าว)\S*|nhóm\s+phóng\s+viên(?:\s+\S+){0,3}|PV|"
    # a byline's label and a desk: "撰文：樓市前哨編輯部"
    r"(?:撰文|文|作者|記者|记者)\s*[：:]\s*\S{0,12}(?:編輯部|编辑部|編集部|報導組|报道组)|"
    # a Turkish paper's desk, perhaps after its city: "İstanbul / Tribün Haber Spor Servisi"
    r"(?:[^\W\d_]+\s*/\s*)?(?:\S+\s+){0,3}(?:haber\s+merkezi|spor\s+servisi|"
    r"haber\s+servisi|ekonomi\s+servisi|dış\s+haberler\s+servisi)|"
    # an Indonesian or Malay team ("Tim" is a first name in German and English)
    r"oleh\s+tim\s+\S+(?:\s+\S+){0,3}|"
    # a wire's material: "По материалам агентства «Поволжье-Инфо»"
    r"по\s+материалам(?:\s+(?:агентства|агентств|информагентства|сми))?\s+\S.{0,40}|"
    r"за\s+матеріалами(?:\s+(?:агентства|агентств))?\s+\S.{0,40}|"
    # a role for the byline: "Enviado especial", "Special correspondent"
    r"enviad[oa]\s+especial|envoyée?\s+spéciale?|special\s+correspondent|inviat[oa]\s+speciale|"
    r"sonderkorrespondent(?:in)?|"
    r"(?:oleh\s+)?pasukan\s+editorial(?:\s+\S+){0,3}|theo\s+(?:thông\s+tấn|ttxvn)(?:\s+\S+){0,4}|"
    r"(?:oleh\s+)?wartawan\s+(?:kami|(?-i:[A-Z]{2,6})(?:\s+\S+)?)|(?:ni\s+)?staff\s+reporter|mula\s+sa\s+ulat\s+ng\s+\S+|"
    r"pangkat\s+ng\s+balita|mwandishi\s+wetu(?:\s*,\s*\S+)?|deur\s+ons\s+verslaggewer|"
    # "our reporter" standing as the byline, in more languages (session 23): Luganda,
    # Zulu and Xhosa, Kinyarwanda, Hausa, Turkish, Hindi, Arabic, Persian, Russian
    r"(?:bya\s+)?(?:omusasi|mukozi|omuwandiisi)\s+waffe|intatheli\s+yethu|"
    r"umunyamakuru\s+wacu|wakilinmu|muhabirimiz|"
    r"हमारे\s+संवाददाता|مراسلنا|خبرنگار\s+ما|наш\s+корреспондент|наш\s+кореспондент|"
    # "by our reporter" of Dutch, German, French, Spanish, Italian and Portuguese pages
    r"(?:door\s+)?onze\s+(?:verslaggever|verslaggeefster|correspondent)|"
    r"von\s+unse(?:rem|rer)\s+(?:korrespondent(?:en|in)?|redaktion)|"
    r"de\s+not(?:re|re\s+envoyée?\s+spéciale?)\s+correspondante?|"
    r"de\s+nuestr[oa]\s+(?:corresponsal|redacción)|dal(?:la)?\s+nostr[oa]\s+corrispondente|"
    r"d[oa]\s+noss[oa]\s+correspondente|"
    # a wire's information: "Con información de Agencia …", "Com informações da …",
    # a Chinese wire's formula: "据澜讯社11月13日电", "新华社北京3月5日电"
    r"(?:con\s+información\s+de(?:\s+la|\s+el|\s+las|\s+los)?|com\s+informações\s+d[aoe]s?)"
    r"\s+(?-i:[A-ZÀ-Ý])[^.!?]{0,40}|"
    r"据?\S{1,8}社\S{0,6}?\d{1,2}月\d{1,2}日[电電讯訊]|"
    r"\S*(?:뉴스팀|뉴스부|취재팀|편집팀)|\S{2,8}통신|本报记者|本報記者|本网综合|本網綜合|本报讯|本報訊|"
    r"(?:ब्यूरो|डेस्क)\s+रिपोर्ट(?:\s*,\s*\S+(?:\s+\S+)?)?"
    # a Polish public body's record card ("Metryczka"): "Wytworzył: Departament Prawny",
    # "Opublikował: Biuro Komunikacji", "Podmiot udostępniający informację: …"
    r"|(?:wytworzył(?:\(a\)|a)?|informację\s+wytworzył(?:\(a\)|a)?|opublikował(?:\(a\)|a)?|"
    r"wprowadził(?:\(a\)|a)?|udostępnił(?:\(a\)|a)?|zmodyfikował(?:\(a\)|a)?|"
    r"podmiot\s+udostępniający(?:\s+informację)?|osoba\s+odpowiedzialna)\s*:\s*\S[^\n]{1,80}"
    # a press release's company credited under the headline: "보도자료 제공: 넥사랩스",
    # "資料提供：○○株式会社", "Press release provided by Nexa Labs"
    r"|(?:보도\s*자료\s*제공|자료\s*제공|資料提供|プレスリリース提供|新闻稿来源|"
    r"press\s+release\s+(?:provided|supplied)\s+by)\s*[:：]?\s*\S+(?:\s+\S+){0,3}"
    # (session 18) a release's issuer as a newswire or a press portal prints it over the
    # release's date, a company by its capitalised name: "News provided by Larkspur Robotics,
    # Inc.", "NOUVELLES FOURNIES PAR Fromagerie …", "Persbericht van Ravelo Cycles NV",
    # "Pressemitteilung der Nordvik GmbH", "Comunicato stampa di …", "Pressmeddelande från …"
    r"|(?:news\s+(?:provided|supplied)\s+by|(?:press|news|media)\s+release\s+(?:from|by)|"
    r"nouvelles\s+fournies\s+par|communiqué\s+de\s+presse\s+(?:de\s+la|de|du|des|d['’])|"
    r"noticias\s+(?:proporcionadas|facilitadas)\s+por|"
    r"comunicado\s+de\s+(?:prensa|imprensa)\s+(?:de\s+la|del|de|da|do|das|dos)|"
    r"notícias\s+fornecidas\s+por|nachrichten\s+bereitgestellt\s+von|"
    r"pressemitteilung\s+(?:von|der|des)|nieuws\s+(?:geleverd|aangeleverd)\s+door|"
    r"persbericht\s+van|comunicato\s+stampa\s+(?:di|del|della|dell['’]|da)|"
    r"notizie\s+fornite\s+da|pressmeddelande\s+från|pressemelding\s+fra|"
    r"pressemeddelelse\s+fra|komunikat\s+prasowy\s+(?:firmy|spółki)|"
    r"tisková\s+zpráva\s+(?:společnosti|firmy)|comunicat\s+de\s+presă\s+(?:de\s+la|al)|"
    r"basın\s+bülteni\s*:)\s*(?:(?:de\s+|la\s+|l['’]\s*|le\s+|der\s+|die\s+|het\s+|de\s+la\s+)?)"
    r"(?-i:[A-ZÀ-ÖØ-ÞŁŚŻŹ„«\"“0-9])[\w&'’.,»”\"-]*(?:\s+(?:(?-i:[A-ZÀ-ÖØ-ÞŁŚŻŹ&])[\w&'’.,»”\"-]*|"
    r"de|du|des|la|le|van|von|der|den|di|da|do|del|della|y|et|and|und|en|of|the|"
    r"(?-i:inc\.?|ltd\.?|llc|nv|bv|sa|ag|gmbh|oy|ab|as|spa|srl|sl|sas)|&)){0,6}",
    re.I)


#: The site's capitalised name and a desk's words in lower case, perhaps after "Additional
#: reporting:", as some sites print their credits ("Gumleaf Trails news desk", "Capital Veld
#: newsroom"); a name alone in capitals ("Atlantic Newsroom") may be the masthead.
_LOWER_DESKS = ("news desk", "newsroom", "city desk", "sports desk", "news team")
_LOWER_DESK_LINE = LazyPattern(
    r"(?:(?:additional\s+reporting|with\s+reporting)(?:\s+by)?\s*:?\s*)?"
    r"(?:(?-i:[A-Z])[\w'’&.-]*\s+){1,4}(?-i:news\s+desk|newsroom|city\s+desk|sports\s+desk|"
    r"news\s+team)", re.I)


#: A team's word before the site's name in a credit: "Tim KabarNusa", "Équipe Vélo Mag".
_TEAM_WORD = LazyPattern(r"(?:the\s+)?(?:tim|team|équipe|equipo|equipe|squadra|redaktion|"
                         # (session 18) Bulgarian, Russian, Ukrainian, Serbian, Polish, Czech
                         # and Slovak: "Екип „Тракия Днес“", "Команда «Вестника»"
                         r"екип|екипът|команда|тим|редакция|редакція|редакција|ekipa|"
                         r"zespół|tým|tím|"
                         r"redacción|redação|rédaction|redazione|redactie|redaksi|staff|ekip|"
                         r"فريق|צוות|(?:هیئت\s+)?تحریریه|گروه|(?:أسرة|هيئة)\s+تحرير|"
                         r"هيئة\s+التحرير)\s+", re.I)
#: A desk's word after the site's name in a credit: "शिक्षा दर्पण डेस्क", "Courier Team".
_DESK_SUFFIX = LazyPattern(r"\s+(?:desk|team|staff|newsroom|bureau|news|redaktion|redaksi|toimitus|"
                           r"redaksjonen|redaksjon|redaktionen|redactie|redazione|rédaction|"
                           r"redacción|redação|redakcja|redakce|"
                           r"डेस्क|टीम|ब्यूरो|デスク|编辑部|編集部|संवाददाता|प्रतिनिधि|correspondent|"
                           r"频道|頻道|"
                           r"reporter)$", re.I)
#: A place after the site's name in a credit: "سوس بريس 24 - أكادير", "KabarNusa | Semarang".
_CREDIT_PLACE = LazyPattern(r"(?:\s*[-–—|,]|\s/)\s*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}$")
#: A domain's ending on a masthead: "KabarNusa.id", "Harbour News.com".
_MASTHEAD_DOMAIN = LazyPattern(r"\.[a-z]{2,6}$", re.I)
#: A desk credited alone by its English words: "Press office", "Media relations".
_DESK_ALONE = LazyPattern(r"(?:press|media|news|communications)\s+(?:office|team|relations|desk)|"
                          # a university's or a city's office: "Office of University
                          # Communications", "Office of Emergency Management"
                          r"office\s+of\s+(?:[^\W\d_]+\s+){0,2}(?:communications|media\s+relations|"
                          r"public\s+(?:affairs|information|relations)|emergency\s+management|"
                          r"marketing(?:\s+and\s+communications)?)|"
                          r"(?:web|digital|online|news)\s+desk|editorial\s+(?:team|staff)|"
                          # the same offices of other languages: "Service de communication",
                          # "Abteilung Kommunikation", "Ufficio comunicazione"
                          r"service\s+(?:de\s+(?:la\s+)?)?(?:communication|presse)|"
                          r"direction\s+de\s+la\s+communication|"
                          r"(?:abteilung|stabsstelle|referat)\s+(?:kommunikation|presse)|"
                          r"kommunikationsabteilung|presse-?\s*und\s+öffentlichkeitsarbeit|"
                          r"oddelenie\s+komunikácie|oddělení\s+komunikace|odbor\s+komunikace|"
                          r"biroul\s+de\s+(?:comunicare|presă)(?:\s+și\s+relații\s+publice)?|"
                          r"serviciul\s+de\s+(?:comunicare|presă)|"
                          r"dział\s+komunikacji|biuro\s+prasowe|tlačové\s+oddelenie|"
                          r"ufficio\s+(?:comunicazione|stampa)|"
                          r"(?:oficina|departamento|gabinete|dirección)\s+de\s+(?:comunicación|"
                          r"comunicação|prensa|imprensa)|assessoria\s+de\s+(?:imprensa|comunicação)|"
                          r"afdeling\s+communicatie|team\s+communicatie|"
                          r"kommunikationsavdelningen|kommunikationsafdelingen|"
                          r"dział\s+(?:komunikacji|prasowy)|biuro\s+prasowe|"
                          r"oddělení\s+komunikace|tiskové\s+oddělení|viestintäpalvelut|"
                          r"basın\s+(?:bürosu|birimi|sözcülüğü|ofisi)|kurumsal\s+iletişim|"
                          # session 14: a press team or office in more languages ("Equipo
                          # de prensa", "Gabinet de Comunicació", "kommunikatsiooniosakond",
                          # "pressiteenistus", "Pressestelle", "пресс-служба", "जनसंपर्क
                          # प्रकोष्ठ", "広報課", "홍보팀"), and a paper's correspondents
                          r"equipo\s+de\s+(?:prensa|comunicación)|equipa\s+de\s+comunicação|"
                          r"gabinet\s+de\s+(?:comunicació|premsa)|oficina\s+de\s+premsa|"
                          r"kommunikatsiooniosakond|pressiteenistus|kommunikatsioonibüroo|"
                          r"pressestelle|persdienst|presstjänst|kommunikasjonsavdelingen|"
                          r"viestintäyksikkö|viestintä(?:\s+ja\s+markkinointi)?|"
                          r"markkinointi\s+ja\s+viestintä|komunikacijos\s+skyrius|sabiedrisko\s+attiecību\s+nodaļa|"
                          r"sajtóiroda|kommunikációs\s+(?:osztály|iroda)|"
                          r"ured\s+za\s+odnose\s+s\s+javnošću|služba\s+za\s+odnose\s+s\s+javnošću|"
                          r"пресс-служба|пресслужба|прес-служба|пресцентър|прес\s+центар|"
                          r"γραφείο\s+τύπου|(?:bagian\s+)?humas|unit\s+komunikasi\s+korporat|"
                          r"(?:phòng|ban)\s+truyền\s+thông|המחלקה\s+לתקשורת|דוברות|"
                          r"المكتب\s+الإعلامي|روابط\s+عمومی|ฝ่ายประชาสัมพันธ์|งานประชาสัมพันธ์|"
                          r"जनसंपर्क\s+(?:प्रकोष्ठ|विभाग|कार्यालय)|मीडिया\s+प्रकोष्ठ|"
                          r"広報(?:課|室|部|グループ)|홍보(?:팀|실|과)|新闻(?:办公室|中心)|宣传部|"
                          r"corresponsal(?:ías|es)|"
                          # session 17: a town hall's area or department signing its news in
                          # Catalan, Spanish, Galician and Portuguese ("Àrea de Cultura",
                          # "Concejalía de Deportes", "Regidoria d'Esports")
                          r"(?:àrea|área|regidoria|concejalía|concelleria|vereação|pelouro)\s+"
                          r"(?:de\s+|d['’]\s*|del\s+|do\s+|da\s+)(?:la\s+|l['’]\s*|les\s+|los\s+)?"
                          r"(?-i:[A-ZÀ-Þ])[^\W\d_]+(?:\s+(?:i|y|e|de|del|d['’])?\s*(?-i:[A-ZÀ-Þ])[^\W\d_]+){0,2}",
                          re.I)
#: A news agency by its word and name, credited beside the story's date: "Agencia Deportiva
#: Nacional", "Nordic News Agency", "Ege Haber Ajansı", "Polska Agencja Prasowa" (in brackets
#: anywhere: _AGENCY_IN_BRACKETS). Polish names a news agency by its kind after the word
#: ("Agencja Prasowa", "Agencja Informacyjna"); a bare "Agencja …" is a business (a realty or
#: an advertising agency) as often, so it is no credit (a held-out set's false alarm).
_AGENCY_CREDIT = LazyPattern(
    r"(?:(?:Agencia|Agência|Agence|Agentur|Agenzia|Agentschap)\s+(?:(?:de|del|di|da|"
    r"do|des)\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|del|di|da|do|des)){0,3}|"
    r"[A-ZÀ-ÞŁŚŻŹ][\w'’.-]*(?:\s+[A-ZÀ-ÞŁŚŻŹ][\w'’.-]*){0,3}\s+(?:News\s+Agency|"
    r"Press\s+Agency|Nachrichtenagentur|Haber\s+Ajansı|Ajansı|Persbureau|"
    r"Agencja\s+(?:Prasowa|Informacyjna))|"
    r"Agencja\s+(?:Prasowa|Informacyjna)(?:\s+[A-ZÀ-ÞŁŚŻŹ][\w'’.-]*){1,2}|"
    # (session 18) the words for "news agency" of Indonesian, Malay, Vietnamese, Swahili,
    # Greek, Russian and Ukrainian before the name ("Kantor Berita Nusantara Pratama",
    # "Πρακτορείο ΝΟΤΟΣ", "Информационное агентство Поволжье"; a bare "Агентство …" is a
    # business as often), a Japanese or Chinese wire's
    # name on 通信/通讯社 ("北日本スポーツ通信"), the name's initials in brackets after it
    # ("Agencia Cantabria Noticias (ACN)")
    r"(?:Kantor\s+Berita|Agensi\s+Berita|Thông\s+tấn\s+xã|Shirika\s+la\s+Habari|"
    r"Πρακτορείο(?:\s+Ειδήσεων)?|(?:Информационное|Інформаційне)\s+агентство|Агентство\s+(?:новостей|новин))"
    r"(?:\s+[A-ZÀ-ÞŁŚŻŹΑ-ΩΆ-ΏА-ЯЁІЇЄҐ«„\"][\w'’.«»„“\"-]*){1,3}|"
    r"[^\s\d]{2,12}(?:通信社|通信|通讯社|通訊社))(?:\s+\((?:[A-ZÀ-ÞΑ-ΩА-ЯЁ]{2,6})\)?)?")
#: A Thai site's or desk's credit beside the date, one word of Thai: "ไทยรัฐออนไลน์" (an
#: online edition), "ทีมข่าวการเมือง" (a news team), "โต๊ะข่าวต่างประเทศ" (a desk).
#: A newswire named with its country or region, beside the date in the page's head (on the
#: first line it is the distributor's masthead, chrome): "NewsWire Kerala", "Coastal Newswire".
_NEWSWIRE = LazyPattern(r"(?:[A-Z][\w'’.-]*\s+){1,2}News[Ww]ire|"
                        r"News[Ww]ire(?:\s+[A-Z][\w'’.-]*){1,2}")
_THAI_DESK = LazyPattern(r"[\u0e00-\u0e7f]{2,24}ออนไลน์|(?:ทีมข่าว|โต๊ะข่าว)[\u0e00-\u0e7f]{0,24}")
#: The words a name of an office's owner may hold besides capitalised ones: "Equipo de prensa
#: Ayuntamiento de Teruel".
_OWNER_WORDS = frozenset({"de", "del", "la", "el", "of", "the", "y", "and", "&", "di", "da",
                          "du", "des", "i"})
_OWNER_MAX_WORDS = 5


def _desk_credit(text: str) -> bool:
    """True when ``text`` is a press office or desk credited by its words, alone or with its
    owner's name before or after it ("Equipo de prensa Aula Sur", "Emajõe Ülikooli
    kommunikatsiooniosakond", "Redacción / Corresponsalías").

    >>> _desk_credit("Equipo de prensa Aula Sur"), _desk_credit("Press office")
    (True, True)
    >>> _desk_credit("Press office staff were told to wait")
    False
    >>> _desk_credit("Jana Nováková, odbor komunikace")
    False
    """
    text = text.rstrip(".")
    m = _DESK_ALONE.search(text)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return False
    if text[:m.start()].rstrip().endswith(","):
        return False  # a person and her office: "Jana Nováková, odbor komunikace"
    before = text[:m.start()].strip(" ,-–—|/").split()
    after = text[m.end():].strip(" ,-–—|/").split()
    if before and after:
        return False
    name = before or after
    return len(name) <= _OWNER_MAX_WORDS and all(
        w in _OWNER_WORDS or not w[0].isalpha() or not w[0].islower() for w in name)
#: Lines of the page's head where the masthead stands, and where its credit may follow.
_MASTHEAD_LINES = 3
#: Characters of a line of the page's head, at most: a longer one (or a sentence of five
#: words) is the story's text (a headline without a full stop runs past a hundred).
_HEAD_LINE_CHARS = 180
_CREDIT_HEAD_LINES = 25


#: A word for "newspaper" or "site" before a masthead's name: "صحيفة الأفق" credits itself
#: as "الأفق".
_PAPER_WORD = LazyPattern(r"(?:صحيفة|جريدة|موقع|مجلة|روزنامه|gazeta|jornal|diario|diário|"
                          r"giornale|journal|zeitung|dagblad|avisen|tidningen|noviny|gazete)\s+",
                          re.I)
#: A dateline's place before the site's name: "إربد - الأفق", "Semarang – KabarNusa".
_PLACE_BEFORE = LazyPattern(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s+[-–—]\s+")


#: Quotation marks a credit may put around the site's name: "Екип „Тракия Днес“",
#: "بريدة – «الواحة اليوم»".
_QUOTES = "«»„“”\"‚‘’‹›「」"


def _masthead_key(text: str) -> str:
    return _MASTHEAD_DOMAIN.sub("", text.strip().strip(_QUOTES).strip()).casefold().removeprefix(
        "the ")


def _masthead_keys(text: str) -> set[str]:
    """The names a masthead may credit itself by: its text, and its name without a word
    for "newspaper" before it."""
    key = _masthead_key(text)
    return {key, _PAPER_WORD.sub("", key, count=1)} if _PAPER_WORD.match(key) else {key}


def site_credits(lines: list[Body]) -> set[int]:
    """The indices of the head's credits that name the site itself or a desk, beside a
    date line (one line above or below, two for the site's name): the masthead's name
    after a team's word, before a desk's word or before a place ("Tim KabarNusa" under a
    "KabarNusa.id" masthead, "शिक्षा दर्पण डेस्क", "سوس بريس 24 - أكادير"), and a press
    office or a desk named by its words alone ("Press office", "Media relations"). Away
    from a date the same words are a heading or a menu's entry.

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> texts = ["KabarNusa.id", "Beranda | Nasional", "Banjir Semarang",
    ...          "Diperbarui 10 Februari 2024, 16:40 WIB", "Tim KabarNusa", "Hujan deras."]
    >>> sorted(site_credits([line(t) for t in texts]))
    [4]
    >>> site_credits([line(t) for t in ["KabarNusa.id", "Banjir", "Tim KabarNusa", "Teks."]])
    set()
    """
    texts = [b.text for b in lines]
    names = {key for t in texts[:_MASTHEAD_LINES] if 0 < len(t.split()) <= 5
             for key in _masthead_keys(t)}
    names.discard("")
    # the words of the head's menus, which a desk's credit names after the site
    menu = {w.casefold() for t in texts[:_CREDIT_HEAD_LINES] if len(t.split()) >= 3
            for w in t.split()}
    dated: dict[int, bool] = {}

    def near(i: int, reach: int) -> bool:
        for j in range(max(0, i - reach), min(len(texts), i + reach + 1)):
            if j != i and j not in dated:
                dated[j] = parse_date_line(texts[j]) is not None
            if j != i and dated[j]:
                return True
        return False

    found = set()
    for i in range(1, min(len(texts), _CREDIT_HEAD_LINES)):
        text = texts[i]
        if len(text) > 60:
            continue
        if (_desk_credit(text) or _AGENCY_CREDIT.fullmatch(text)
                or _THAI_DESK.fullmatch(text) or _NEWSWIRE.fullmatch(text)) and near(i, 1):
            found.add(i)
            continue
        if (i >= _MASTHEAD_LINES and i + 1 < len(texts) and _FIRM_ALONE.fullmatch(text)
                and (below := parse_date_line(texts[i + 1])) is not None
                and not any(s.label for s in below)):
            # a release's issuer over its bare date; over a labelled one ("Julkaistu
            # 2.6.2025", "Publicado el …") a job ad's employer, the ad's own text
            found.add(i)
            continue
        before = _PLACE_BEFORE.match(text) if i >= _MASTHEAD_LINES else None
        if before and _masthead_key(text[before.end():]) in names:
            found.add(i)  # a dateline naming the site: no date needed beside it
            continue
        if i >= _MASTHEAD_LINES and _section_desk(text, names, menu) and near(i, 2):
            found.add(i)  # "Vågbandet Österbotten", "ANB Rural", "… बिज़नेस डेस्क"
            continue
        team = _TEAM_WORD.match(text) or _DESK_SUFFIX.search(text)
        core = (text[team.end():] if team.start() == 0 else text[:team.start()]) if team else text
        place = _CREDIT_PLACE.search(core)
        if not team and not place:
            if (i >= _MASTHEAD_LINES and _masthead_key(text) in names and near(i, 1)
                    and not any(len(t) > _HEAD_LINE_CHARS or (
                        t.endswith((".", "。", "!", "?")) and len(t.split()) >= 5)
                        for t in texts[:i])):
                # the masthead again, alone, beside the story's date in its head (in the
                # comments under it, the site's name is the blogger replying)
                found.add(i)
            continue
        core = core[:place.start()] if place and not team else core
        if (i >= _MASTHEAD_LINES or team or place) and _masthead_key(core) in names and near(i, 2):
            found.add(i)
        elif team and team.start() == 0 and _team_of_site(core, names) and near(i, 2):
            found.add(i)  # "فريق مدار للأسواق" under "مدار الطاقة والأعمال"
    return found


#: Words after a team's word in a credit that names the site among them, at most.
_TEAM_CREDIT_WORDS = 4


def _team_of_site(core: str, names: set[str]) -> bool:
    """True when the words after a team's word name the site with a desk's or section's
    word beside it: the site's whole name ("Tim Dapur Serambi Rasa" under "Serambi
    Rasa"), or the first word of a longer name first ("فريق مدار للأسواق" under "مدار
    الطاقة والأعمال").

    >>> _team_of_site("Dapur Serambi Rasa", {"serambi rasa"})
    True
    >>> _team_of_site("مدار للأسواق", {"مدار الطاقة والأعمال"})
    True
    >>> _team_of_site("Phinisi Esports asal Makassar", {"arena legenda"})
    False
    """
    words = _masthead_key(core).split()
    if not 1 <= len(words) <= _TEAM_CREDIT_WORDS:
        return False
    text = f" {' '.join(words)} "
    for name in names:
        parts = name.split()
        if (len(parts) >= 2 and f" {name} " in text) or (
                len(parts) >= 2 and len(parts[0]) >= 3 and words[0] == parts[0]):
            return True
    return False


#: An agency by its word and name in brackets, at the story's foot: "(Agenzia NordSud)",
#: "(Agencia Efeagro)"; without the brackets it may be a heading ("Agencia Tributaria").
_AGENCY_IN_BRACKETS = LazyPattern(r"\((?:Agenzia|Agencia|Agência|Agence|Agentur|Agencja|"
                                  r"Agentschap)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\)")


#: The editors' codes in brackets closing a story: "(dsw/gk)", "(ms/red)".
_EDITOR_CODES = LazyPattern(r"\((?!(?:and/or|he/she|his/her|him/her|s/he|w/o)\))"
                            r"(?-i:[a-z]{2,5})(?:/(?-i:[a-z]{2,5})){1,3}\)")


def _section_desk(text: str, names: set[str], menu: set[str]) -> bool:
    """True when ``text`` is the site's name (or its first word) and one or two sections of
    its menu, perhaps with a desk's word: "Vågbandet Österbotten" under a menu holding
    "Österbotten", "ANB Rural" under "ANB News", "समाचार सेतु बिज़नेस डेस्क"."""
    desk = _DESK_SUFFIX.search(text)
    words = (text[:desk.start()] if desk else text).split()
    if not 2 <= len(words) <= 5:
        return False
    if words[0][:1].islower():
        return False  # "de Andrei Moldovan" under "Gazeta de Someș": a byline's "by"
    key = " ".join(words).casefold()
    for name in names | {n.split()[0] for n in names if len(n.split()) == 2}:
        if key.startswith(name + " "):
            rest = words[len(name.split()):]
            # each a section's name as the menu prints it: a word with a capital (or of
            # a script without capitals), not "on X" or "› Ekonomi"
            if 1 <= len(rest) <= 2 and all(
                    w.casefold() in menu and w[0].isalpha() and not w[0].islower()
                    for w in rest):
                return True
    return False


#: A wire beside the desk's credit, by its word: "com agência Pauta Brasil", "with agency
#: reports", "avec l'agence Sud-Presse", "con la agencia Andes".
_WITH_WIRE = LazyPattern(r"(?:com|con|with|avec|mit|met|cu|amb)\s+(?:(?:a|la|l['’]|die|de)\s*)?"
                         r"(?:agência|agências|agencia|agencias|agency|agencies|agence|agences|"
                         r"agentur|agenturen|agenzia|agenzie|agentschap|agenția|agència)"
                         r"(?:\s+\S+){0,4}", re.I)
#: Characters of a desk's credit joined to a wire's, at most.
_CREDIT_PAIR_CHARS = 90


def _credit_pair(text: str) -> bool:
    """True when ``text`` is a desk's credit and a wire's after a comma, each a credit of
    its own: "Da Redação, com informações da Agência Serra", "Redacción, con agencias".

    >>> _credit_pair("Da Redação, com agência Pauta Brasil")
    True
    >>> _credit_pair("Da Redação, com a ajuda dos leitores, fizemos a lista")
    False
    """
    head, comma, tail = text.partition(", ")
    if not comma or len(text) > _CREDIT_PAIR_CHARS:
        return False
    desk = _CREDIT_LINE.fullmatch(head) or _NEWSROOM_LINE.fullmatch(head)
    wire = _WITH_WIRE.fullmatch(tail) or _NEWSROOM_LINE.fullmatch(tail)
    return desk is not None and wire is not None


def _bylines(doc: Document, organisation: bool) -> Iterator[tuple[Body, Byline]]:
    lines = list(bodies(doc, _WRAPPERS))
    site = site_credits(lines) if organisation else set()
    for i, body in enumerate(lines):
        if organisation and (_CREDIT_LINE.fullmatch(body.text) or i in site
                             or _NEWSROOM_LINE.fullmatch(body.text)
                             or (", " in body.text and _credit_pair(body.text))
                             or (body.text.endswith(_LOWER_DESKS)
                                 and _LOWER_DESK_LINE.fullmatch(body.text))
                             or _AGENCY_IN_BRACKETS.fullmatch(body.line.text.strip())
                             or _EDITOR_CODES.fullmatch(body.line.text.strip())):
            yield body, Byline("", body.text.strip("()—–-. "), "", True)
            continue
        if body.text[:1] not in _LEAD_INITIALS:  # every lead starts with one of these
            continue
        byline = parse_byline(body.text)
        if byline is None or byline.organisation != organisation:
            continue
        # A single unknown word after "By" is too weak to call a person's name.
        if not organisation and len(byline.names.split()) < 2:
            continue
        yield body, byline


def _byline_evidence(byline: Byline) -> dict[str, str]:
    evidence = {"lead": byline.lead, "names": byline.names}
    if byline.trailer:
        evidence["trailer"] = byline.trailer
    return evidence


@rule(
    code="META003",
    name="organisation-byline",
    summary="A byline that names an organisation or site section (\"By The Harbour Authority\").",
    fix=FixAvailability.ALWAYS,
    cases=[
        Case("By The Harbour Authority\nThe ferry service resumed on Friday.\n", fires=True,
             fixed="The ferry service resumed on Friday.\n"),
        Case("Courier Farming Desk\nCreated by Friends of Tollbridge Lido\nBy Ridgeline "
             "Athletics Communications\nEditor: Redaksi\nThe ferry service resumed.\n",
             fires=True,
             fixed="The ferry service resumed.\n",
             note="a desk alone, a campaign by a friends' group, a department"),
        Case("By Mercer & Tallis LLP\n테크라인뉴스 스타트업팀\nThe ferry service resumed.\n",
             fires=True, fixed="The ferry service resumed.\n",
             note="a law firm by its legal form; a Korean site's team desk"),
        Case("स्पोर्ट्स डेस्क\nप्रहरी ब्यूरो, भोपाल\n(इनपुट: भारत वार्ता सेवा)\n"
             "With files from North Country Press\nDitulis oleh Tim Redaksi LapakCerdas\n"
             "The ferry service resumed.\n", fires=True, fixed="The ferry service resumed.\n",
             note="Hindi desks and wire note, a Canadian wire note, an Indonesian desk"),
        Case("Sultanlarımız 3-1 kazandı\n15 Mart 2025 - 21:47\nBasın Sözcülüğü\n"
             "Kadın voleybol takımımız deplasmanda 3-1 kazandı.\nwith Auswire\n", fires=True,
             fixed="Sultanlarımız 3-1 kazandı\n15 Mart 2025 - 21:47\n"
                   "Kadın voleybol takımımız deplasmanda 3-1 kazandı.\n",
             note="a Turkish press office beside the date; a wire named by its word"),
        Case("डेस्क पर बैठे लोग बहुत थके हुए थे और चुप थे।\nThe ferry service resumed.\n",
             fires=False, note="a Hindi sentence that mentions a desk"),
        Case("By Staff Reporter\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n"),
        Case("BY NEWS DESK\nThe ferry service resumed.", fires=True,
             fixed="The ferry service resumed."),
        Case("By Reuters\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n"),
        Case("By Sports Reporter\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a role without a name"),
        Case("By: HARBOURTIMES.net\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="the site's address as the author"),
        Case("From: Department for Harbours\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a government page's 'From:' field"),
        Case("By KHRB 7 Digital Staff\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a station's channel number"),
        Case("From: Ana Ruiz\nThe ferry service resumed.\n", fires=False,
             note="'From:' with a person is an e-mail header, not an organisation byline"),
        Case("From Monday to Friday the ferry runs hourly.\n", fires=False),
        Case("By 15 votes to 3, the council backed the ferry.\n", fires=False),
        Case("By Ana Ruiz\nThe ferry service resumed.\n", fires=False,
             note="a person's byline is META004"),
        Case("By the end of the week, the ferry service had resumed.\n", fires=False),
        Case("By The Numbers\n", fires=False, note="a section heading"),
        Case("By then the harbour was empty.\n", fires=False),
        Case("Express News Service\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a desk credit without \"By\""),
        Case("The ferry service resumed.\nAAP\n", fires=True,
             fixed="The ferry service resumed.\n", note="a wire's credit at the end"),
        Case("Von Redaktion\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a German page's desk byline"),
        Case("Von der Leyen\nThe ferry service resumed.\n", fires=False,
             note="a name, not a foreign lead and an organisation"),
        Case("Officials from several agencies attended.\nAgencies said the service resumed.\n",
             fires=False, note="the word in a sentence"),
        Case("The Express News Service reported the resumption on Friday.\n", fires=False),
        Case("Autor: Redakcja PAP\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a Polish 'Author:' label and desk"),
        Case("By Save the Children\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a charity's name with 'the' inside"),
        Case("Autor: Jan Kowalski\nThe ferry service resumed.\n", fires=False,
             note="a person after a foreign 'Author:' label"),
        Case("KabarNusa.id\nBeranda | Nasional\nBanjir Semarang\nDiperbarui 10 Februari 2024\n"
             "Tim KabarNusa\nHujan deras membuat sungai meluap.\n", fires=True,
             fixed="KabarNusa.id\nBeranda | Nasional\nBanjir Semarang\nDiperbarui 10 Februari "
             "2024\nHujan deras membuat sungai meluap.\n",
             note="the site's own name credited beside the date (the date is META001's)"),
        Case("Seagrass mapped by drones\nPublished: 4 April 2024\nPress office\n"
             "Marine scientists mapped the bay.\n", fires=True,
             fixed="Seagrass mapped by drones\nPublished: 4 April 2024\nMarine scientists "
             "mapped the bay.\n", note="a press office beside the date"),
        Case("Por Lusa\nब्यूरो रिपोर्ट, जयपुर\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="a national wire after 'Por'; a Hindi "
             "bureau report with its city"),
        Case("Issued by the Communications Team\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n", note="an 'Issued by' byline"),
        Case("Bolighavn\nKjøpe | Selge | Leie\nSlik unngår du å by over evne\n"
             "Bolighavn redaksjonen\n10.09.2025\nSeks råd fra meglere før du byr.\n",
             fires=True, fixed="Bolighavn\nKjøpe | Selge | Leie\nSlik unngår du å by over "
             "evne\n10.09.2025\nSeks råd fra meglere før du byr.\n",
             note="the site's name and its desk's word beside the date"),
        Case("Contact us\nPress office\nMedia relations\nCareers\n", fires=False,
             note="the same words in a footer's menu, away from any date"),
    ],
)
def organisation_byline(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a byline line ("By ...", "Written by ...", "Posted by ...") whose author is an
    organisation, a wire service or a site section rather than a person: it starts with
    "The" ("By The Harbour Authority"), contains a word such as Staff, Desk, Team,
    Newsroom, Editorial, Bureau, Agency, News, Press, Office or House, names a wire
    service ("By Reuters"), or is a lone acronym ("By NATO"); also a desk or wire credit
    standing alone without "By" ("Express News Service", "Our Correspondent", "AAP",
    "Lusa", "Press Trust of India"), a desk and its city ("Chronicle Bureau | Mumbai",
    "Markets Desk, Chennai"), a desk of two or three capitalised words alone ("Courier
    Farming Desk"; not "The Front Desk"), a byline naming a firm by its legal form or a
    department ("By Mercer & Tallis LLP", "By Ridgeline Athletics Communications",
    "Created by Friends of …"), a Korean site's team desk ("… 스타트업팀"), a Turkish
    desk ("Ekonomi Servisi", "Haber Merkezi"), a
    press office of other languages ("Gabinete de Comunicación", "Pressestelle"), a
    dateline's place and a wire in brackets ("İstanbul (BHA)"), a source credit naming
    whoever it names ("Source: University of Montreal", "Bron: ANP", "Fonte: Agência
    Brasil", "Quelle: dpa"; alone on its line, not in a row of fields), and a desk
    byline in German, French, Spanish, Portuguese or Dutch ("Von Redaktion", "Par la
    rédaction d'Annecy", "Door onze sportredactie", "Von rbb24-Redaktion": a compound
    ending on a desk word counts) or after an "Author:" label of other languages
    ("Autor: Redakcja PAP"); a wire joined to the paper that ran its story
    ("STT–Pohjanlahti Nyt"); a property listing's broker ("Listing courtesy of Coyote
    Ridge Realty, LLC"); a newsroom, wire or desk of some fifty languages credited
    alone, the newsroom with the paper's name ("Redaktionen Norrbladet", "Järvisanomien
    toimitus", "Piše: Redakcija Jadranskog portala", "TT", "Agències", "डिजिटल डेस्क",
    "온라인뉴스팀", "本报记者"; not "Newsroom" alone, a corporate site's menu item); any desk
    or bureau of a South Asian paper by the word borrowed from English ("स्पोर्ट्स डेस्क",
    "प्रहरी ब्यूरो, भोपाल", "… ডেস্ক", "… டெஸ்க்"); wire notes ("With files from North
    Country Press", "(इनपुट: …)"); "Written by" of other languages before a desk
    ("Ditulis oleh Tim Redaksi …"); a wire,
    desk or press office named by its own words
    ("Allied Wire Service", "Ledger Wire", "MPB Newsdesk", "GEJ Staff", "Riverkeepers
    Alliance press office"), the desk word of other languages and the paper's name
    ("Redacción El Faro del Sur"), a Japanese or Chinese paper's desk ("みなと新報社会部")
    and a source credit of Chinese, Japanese, Korean or Arabic pages ("来源：江城晚报");
    a source credit after the "Source:" of Ukrainian, Russian, Czech, Hungarian, Finnish,
    Greek, Hebrew, Hindi and Thai pages ("Джерело: Укрінформ"), a desk named after the
    paper ("SahaSpor Haber Merkezi", "… न्यूज़ नेटवर्क | इंदौर", "… 연예부", a
    Hungarian "… Igazgatóság"), "Da Redação, com Agência Estado", the Hebrew "מאת מערכת
    …", "Oleh Bernama", and Chinese credits naming the site's own reporter or channel
    ("作者：本网记者", "责任编辑：…频道"; an editor named as a person is not reported).
    In the page's head, beside a date line, the site's own name as a credit, after a
    team's word, before a desk's word or before a place ("Tim KabarNusa" under a
    "KabarNusa.id" masthead, "शिक्षा दर्पण डेस्क", "سوس بريس 24 - أكادير"), and a press
    office or desk named alone ("Press office", "Media relations"; away from a date these
    are headings or menu entries); a firm named alone by its legal form over a bare date
    (a press release's issuer: "株式会社…", "… Ltd."; over a labelled date, a job ad's
    employer, it is left alone); a desk and a wire joined by a comma ("Da Redação, com
    agência …", "Redacción, con agencias"); a wire after "with" alone ("Avec Agence …"),
    a desk that compiled the page ("Samengesteld door de sportredactie"), Hausa, Burmese
    and Korean desks and offices ("Daga Sashen Siyasa", "… သတင်းဌာန", "작성자 홍보협력팀"), a
    Marathi or Hindi correspondent and the place ("प्रतिनिधी, नाशिक"), "NewsWire …" beside
    the date; a release's issuer as a newswire or a press portal prints it ("News provided
    by … Inc.", "Nouvelles fournies par …", "Persbericht van … NV", "Pressemitteilung der
    … GmbH"); beside the date, a news agency by the word of its language ("Kantor Berita …",
    "Πρακτορείο …", "… 通信"), perhaps with its initials ("Agencia … (ACN)").
    A name with a lower-case "the" inside ("By Save the Children") is an organisation's,
    unless "of", "for", "at" or "in" comes before it ("Ana Ruiz of the Herald" is judged
    by its other words). Bylines that name people are META004.

    ## Why it matters
    A byline is metadata, and one that names a section ("By The White House", "By Web
    Desk") does not even carry authorship: it is a label of the site's template that
    rewriting sites copy along with the story.

    ## Example
    Bad:

        By The Harbour Authority
        The ferry service resumed on Friday after a week of storms.

    Good:

        The ferry service resumed on Friday after a week of storms.

    ## Fix safety
    Unsafe: the fix removes the line; the source it names may be worth keeping in the
    record's metadata, and telling organisations from people is a heuristic. Sentences
    that open with "By" ("By the end of the week, ...") and headings such as "By The
    Numbers" are not bylines and are never flagged.
    """
    for body, byline in _bylines(doc, organisation=True):
        yield Finding(body.start, body.end,
                      f"byline names an organisation or section ({byline.names!r}), not an "
                      "author: page metadata", _removal(doc, body, safe=False),
                      _byline_evidence(byline))


@rule(
    code="META004",
    name="person-byline",
    summary="A byline line that names a person (\"By Ana Ruiz\"): authorship metadata.",
    severity=Severity.INFO,
    default_enabled=False,
    fix=FixAvailability.ALWAYS,
    cases=[
        Case("By Ana Ruiz\nThe ferry service resumed on Friday.\n", fires=True,
             fixed="The ferry service resumed on Friday.\n"),
        Case("By Ana Ruiz and Tom Okafor, Reuters\nThe ferry service resumed.\n",
             fires=True, fixed="The ferry service resumed.\n"),
        Case("The ferry service resumed.\nWritten by Ana Ruiz", fires=True,
             fixed="The ferry service resumed."),
        Case("By The Harbour Authority\n", fires=False, note="an organisation is META003"),
        Case("By Monday the ferries were running again.\n", fires=False),
        Case("Edited for radio by Ana Ruiz and for digital by Tom Okafor.\n", fires=False,
             note="an editing credit, not a byline"),
        Case("By Design\n", fires=False, note="one word after By is not a person's name"),
    ],
)
def person_byline(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a byline line that names one or more people: "By Ana Ruiz", "By Ana Ruiz and
    Tom Okafor, Reuters", "Written by Ana Ruiz". It is reported as information, not a
    warning.

    ## Why it matters
    Unlike a section label (META003), a person's byline carries real authorship: it is
    metadata a corpus may want to keep, just not inside the text, where it breaks the
    prose and repeats across every article by the same author.

    ## Example
    Bad:

        By Ana Ruiz
        The ferry service resumed on Friday after a week of storms.

    Good (the author moved to the record's metadata):

        The ferry service resumed on Friday after a week of storms.

    ## Fix safety
    Unsafe: removing the line drops who wrote the text, which many corpora keep on
    purpose; move it into metadata first, then apply with `--unsafe-fixes`, or ignore
    META004. A single word after "By" ("By Design") is not taken for a name, and credits
    inside sentences ("Edited by Ana Ruiz.") are not bylines.
    """
    for body, byline in _bylines(doc, organisation=False):
        yield Finding(body.start, body.end,
                      f"byline of {byline.names!r}: authorship metadata inside the text",
                      _removal(doc, body, safe=False), _byline_evidence(byline))


# -- URLs ----------------------------------------------------------------------------------

_URL_LINE = LazyPattern(
    r"(?:(?P<label>source|link|url|via|original|permalink|originally\s+published\s+(?:at|on)"
    r"|read\s+(?:more|the\s+original|the\s+full\s+story)(?:\s+(?:at|on))?|more\s+at|see)"
    r"\s*:?\s*)?<?(?P<url>(?:https?://|www\.)[^\s<>]+?"
    # An address printed without its scheme: a lower-case host and a path of two
    # segments or more ("news.example.net.au/news/2025-03-10/slug/105012844").
    r"|(?-i:[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,6})(?:/[^\s<>/]+){2,}/?)>?[.,;]?", re.I)


@rule(
    code="META005",
    name="url-line",
    summary="A line that is only a URL (\"https://example.com/story/123\"), maybe labelled.",
    fix=FixAvailability.ALWAYS,
    options={
        "markdown": Option(False, "also check Markdown, where a URL on its own line is often "
                                  "a deliberate link", bool),
    },
    cases=[
        Case("The ferry service resumed.\nhttps://news.example/ferry-resumes-123\n",
             fires=True, fixed="The ferry service resumed.\n"),
        Case("Source: www.harbour.example/notices\nThe ferry service resumed.\n", fires=True,
             fixed="The ferry service resumed.\n"),
        Case("Details are at https://harbour.example/notices, the authority said.\n",
             fires=False),
        Case("The ferry service resumed.\nhttps://news.example/ferry\n", fires=False,
             kind="markdown", note="Markdown is skipped unless the option is on"),
        Case("The ferry service resumed.\nhttps://news.example/ferry\n", fires=True,
             kind="markdown", options={"markdown": True},
             fixed="The ferry service resumed.\n"),
    ],
)
def url_line(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a line that is only a URL (`https://...`, `www...`, optionally in angle
    brackets, or an address printed without its scheme: a lower-case host and a path of
    two segments or more, "news.example.net.au/news/2025-03-10/slug"), or a URL after a
    label such as "Source:", "Link:", "Via" or "Originally published at". The evidence
    gives the URL and its host. Markdown documents are checked only with the `markdown`
    option.

    ## Why it matters
    Canonical links, share links and source URLs are page metadata. In the text they are
    a line no reader reads, and a model learns to invent URLs.

    ## Example
    Bad:

        The ferry service resumed on Friday.
        https://news.example/2025/03/ferry-resumes

    Good (the URL moved to the record's metadata):

        The ferry service resumed on Friday.

    ## Fix safety
    Unsafe: the fix removes the line, and the URL may be the only record of where the
    text came from; keep it in metadata first. URLs inside sentences are never flagged.
    """
    if doc.source.kind == "markdown" and not options["markdown"]:
        return
    for body in bodies(doc):
        m = _URL_LINE.fullmatch(body.text)
        if m is None:
            continue
        url = m["url"]
        host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
        evidence = {"url": url, "host": host}
        if m["label"]:
            evidence["label"] = m["label"]
        yield Finding(body.start, body.end, f"line is only a URL ({host}): page metadata",
                      _removal(doc, body, safe=False), evidence)


# -- a comment counter under its label ----------------------------------------------------

#: A comment widget's heading: "Comments", "Kommentare", "Yorumlar", "Reacties".
COMMENTS_LABEL = LazyPattern(
    r"(?:comments|responses|replies|discussion|conversation|kommentare|commentaires|"
    r"comentarios|commenti|comentários|reacties|komentarze|yorumlar)\s*:?", re.IGNORECASE)
_COUNT = LazyPattern(r"\(?\d{1,3}(?:[,.]\d{3})*\)?")
#: A like or recommend button alone on its line, whose count a page prints on the next
#: line (session 17): "좋아요" / "56", "Gefällt mir" / "12".
LIKES_LABEL = LazyPattern(
    r"[👍❤♥♡]?\ufe0f?\s*(?:like|likes|gefällt\s+mir|j['’]aime|me\s+gusta|mi\s+piace|curtir|"
    r"vind\s+ik\s+leuk|lubię\s+to!?|beğen|suka|gilla|synes\s+godt\s+om|liker|tykkää|"
    r"нравится|подобається|أعجبني|پسندیدن|पसंद|ถูกใจ|thích|いいね[!！]?|좋아요|공감|추천|赞|讚|点赞|點讚)",
    re.IGNORECASE)
#: A player's clock alone on its line: "3:42", "04:12", "1:04:12".
_PLAYER_CLOCK = LazyPattern(r"(?:\d{1,2}:)?[0-5]?\d:[0-5]\d")
#: An audio or video player's control, a short line above its clock: "Listen to this
#: article", "Haberi Dinle", "Kunna sauti", "Dakata" (pause), "▶ Play" (session 17).
_PLAYER_CONTROL = LazyPattern(
    r"(?<![^\W\d_])(?:listen|play|pause|audio|video|podcast|anhören|vorlesen|abspielen|"
    r"écouter|lecture|escuchar|escucha|reproducir|pausa|ascolta|ascoltare|riproduci|ouvir|"
    r"ouça|reproduzir|luister|beluister|afspelen|posłuchaj|odsłuchaj|odtwórz|lyssna|lytt|lyt|"
    r"spill\s+av|afspil|kuuntele|toista|poslechnout|poslechněte|přehrát|vypočuť|prehrať|"
    r"слушать|прослушать|слухати|прослухати|воспроизвести|відтворити|dinle|dinleyin|oynat|"
    r"duraklat|kunna\s+sauti|saurara|dakata|sikiliza|dhageyso|dengarkan|dengar|putar|nghe|"
    r"ascultă|ascultați|redă|ακούστε|αναπαραγωγή|האזינו|האזן|הפעל|meghallgatás|lejátszás|"
    r"استمع|تشغيل|بشنوید|پخش|سنیں|सुनें|सुनिए|ఆడియో|ਸੁਣੋ|સાંભળો|শুনুন|கேளுங்கள்)(?![^\W\d_])|"
    r"[▶►⏵⏯🔊🎧]|ฟัง|듣기|재생|聞く|再生|收听|收聽|播放|朗读|朗讀", re.IGNORECASE)
#: Characters of a player's control line, at most, and lines between it and the clock.
_CONTROL_CHARS = 40
_CONTROL_REACH = 2


@rule(
    code="META008",
    name="comment-count",
    summary="A bare number on the line under a \"Comments\" heading: the widget's counter.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    cases=[
        Case("The car proved easy to live with.\nComments\n27\nSort by: Newest\n", fires=True,
             fixed="The car proved easy to live with.\nComments\nSort by: Newest\n",
             note="the heading and the sort control are BOIL004's"),
        Case("The car proved easy to live with.\nKommentare\n(1.204)\n", fires=True,
             fixed="The car proved easy to live with.\nKommentare\n"),
        Case("The car proved easy to live with.\n27\n", fires=False,
             note="a number without the heading"),
        Case("Comments\nReaders were mostly kind about the car, 27 of them wrote.\n",
             fires=False, note="a sentence under the heading"),
        Case("Chapter 3\n27\nThe car proved easy to live with.\n", fires=False,
             note="a number under another heading"),
        Case("Priya Raman\nFeb 12, 2024\n148\n37\nShare\nThree years ago the bond desk "
             "closed.\n", fires=True, fixed="Priya Raman\nFeb 12, 2024\nShare\nThree years ago "
             "the bond desk closed.\n", note="a byline bar's like and comment counts"),
        Case("Updated Feb 12, 2024\n1\n2\nSteps to take\n", fires=False,
             note="a numbered list under the date"),
        Case("Renata M.\n★★★★★\n12/04/2024\nBest buy of the year.\n", fires=True,
             fixed="Renata M.\n12/04/2024\nBest buy of the year.\n",
             note="a review's stars above its date (the date is META001's)"),
        Case("The first part ends here.\n★★★\nThe second part begins on 12 April 2024.\n",
             fires=False, note="a section break beside a sentence that holds a date"),
        Case("Harbour bridge reopens\nListen to this article\n3:42\nThe bridge reopened.\n",
             fires=True, fixed="Harbour bridge reopens\nListen to this article\nThe bridge "
             "reopened.\n", note="a player's clock under its control (the control is BOIL's)"),
        Case("Was the review useful?\nGefällt mir\n12\nThe bridge reopened.\n", fires=True,
             fixed="Was the review useful?\nGefällt mir\nThe bridge reopened.\n",
             note="a like button's count"),
        Case("Kick-off\n3:42\nThe bridge reopened.\n", fires=False,
             note="a clock under another line"),
    ],
)
def comment_count(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a line that is only a number (perhaps in brackets, with thousands separators)
    directly under a line that is a comment widget's heading: "Comments", "Responses",
    "Kommentare", "Commentaires", "Comentarios", "Reacties", "Komentarze", "Yorumlar".
    Also the counters of a newsletter's or blog's byline bar (Substack, Medium): two or
    three bare counts right under the date line in the page's head ("Feb 12, 2024" /
    "148" / "37"), unless they are 1, 2(, 3), and the same counts where the page repeats
    the bar at its foot; and a question site's bare votes and reputations, on a page with
    two "asked …"/"answered …" stamps at least: a count under a poster's name under a
    stamp, or a count right above a post's first paragraph; and a review's row of stars
    alone on its line right above or below the review's date ("★★★★★" / "12/04/2024"; a
    row of stars away from a date is a section break and stays). Also a bare count under
    a like button ("좋아요" / "56", "Gefällt mir" / "12"), and an audio or video player's
    clock alone on its line one or two short lines under the player's control ("Listen
    to this article" / "3:42", "Haberi Dinle" / "04:12", "Kunna sauti" / "Dakata" /
    "4:12"), or one or two short lines over a line its play button opens ("01:47" /
    "Reproducir", "38:12" / "▶ Dlala isiqephu"); a bare clock elsewhere may be a score or
    a time of the text.

    ## Why it matters
    Comment widgets print their heading and the number of comments on two lines. The
    number is page state frozen at crawl time (META006 reports it when it is on one line
    with its word, "45 Comments"); alone it is a line of digits in the article.

    ## Example
    Bad:

        The car proved easy to live with.
        Comments
        27

    Good (with BOIL004 removing the heading):

        The car proved easy to live with.

    ## Fix safety
    Safe: the fix removes the number's line. Only a bare number right under the heading is
    touched; a number anywhere else, or a sentence under the heading, is left alone.
    """
    previous: Body | None = None
    lines = list(bodies(doc, _WRAPPERS + "()"))
    bar = byline_counters(lines) | question_site_counters(lines) | review_stars(lines)
    for i, body in enumerate(lines):
        if ":" in body.text and _PLAYER_CLOCK.fullmatch(body.text) and (
                _under_player(lines, i) or _over_player(lines, i)):
            yield Finding(body.start, body.end,
                          f"player's running time {body.text!r} under its controls: page "
                          "state, not article text", _removal(doc, body, safe=True),
                          {"label": "(a player's clock)", "count": body.text})
        elif (previous is not None and (COMMENTS_LABEL.fullmatch(previous.text)
                                        or LIKES_LABEL.fullmatch(previous.text))
                and _COUNT.fullmatch(body.text)):
            yield Finding(body.start, body.end,
                          f"comment counter {body.text!r} under {previous.text!r}: page state, "
                          "not article text", _removal(doc, body, safe=True),
                          {"label": previous.text, "count": body.text})
        elif i in bar:
            yield Finding(body.start, body.end,
                          f"counter {body.text!r} of the byline's bar, a question site's "
                          "post or a review: page state, not article text",
                          _removal(doc, body, safe=True),
                          {"label": "(beside a post)", "count": body.text})
        previous = body


def _under_player(lines: list[Body], i: int) -> bool:
    """True when a player's control (a short line: "Listen to this article", "Haberi
    Dinle", "▶") stands one or two lines above line ``i``, with only short lines between.

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> _under_player([line(t) for t in ["Kunna sauti", "Dakata", "4:12"]], 2)
    True
    >>> _under_player([line(t) for t in ["Kick-off", "3:42"]], 1)
    False
    """
    return _control_near(lines, range(i - 1, max(-1, i - 1 - _CONTROL_REACH), -1),
                         _PLAYER_CONTROL.search)


def _control_near(lines: list[Body], near: Iterable[int],
                  control: Callable[[str], object]) -> bool:
    """True when one of the lines at ``near`` (in that order) is a ``control``, with only
    short lines (_CONTROL_CHARS) before it."""
    for j in near:
        text = lines[j].text
        if len(text) > _CONTROL_CHARS:
            return False
        if control(text):
            return True
    return False


#: A player's button that opens its line, under the clock: "▶ Play", "Reproducir", "▶ 播放"
#: (a noun, "Video" or "Audio", may head a schedule's entry under its time, and is no button).
_PLAY_BUTTON = LazyPattern(
    r"[▶►⏵⏯]|(?:play|reproducir|riproduci|abspielen|afspelen|odtwórz|přehrát|prehrať|"
    r"oynat|reproduzir|putar|воспроизвести|відтворити|播放|再生|재생)(?![^\W\d_])", re.IGNORECASE)


def _over_player(lines: list[Body], i: int) -> bool:
    """True when a player's button opens a short line one or two lines below line ``i``
    (the clock above the player: "01:47" / "Reproducir", "47:32" / "2.1萬 次播放" / "▶ 播放"),
    with only short lines between.

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> _over_player([line(t) for t in ["3 Juni 2025", "38:12", "▶ Dlala isiqephu"]], 1)
    True
    >>> _over_player([line(t) for t in ["20:15", "Video: Tagesschau"]], 0)
    False
    """
    return _control_near(lines, range(i + 1, min(len(lines), i + 1 + _CONTROL_REACH)),
                         _PLAY_BUTTON.match)


#: A question site's stamps of a post: "asked Jan 14, 2022 at 19:02", "answered …".
_POST_LABELS = frozenset({"asked", "answered", "edited", "modified"})
#: Question-site stamps a page needs before its bare numbers are read as votes.
QUESTION_SITE_STAMPS = 2
#: Words of a poster's name line under a stamp, at most.
_POSTER_WORDS = 4
#: Words of the post's first paragraph under a vote count, at least.
_POST_WORDS = 8


def question_site_counters(lines: list[Body]) -> set[int]:
    """The indices of a question site's bare counters (Stack Exchange and its clones): on
    a page with QUESTION_SITE_STAMPS post stamps at least ("asked Jan 14, 2022 at 19:02",
    "answered …"), a count alone on its line under a poster's name that is under a stamp
    (the poster's reputation), or between a line that is no sentence and a post's first
    paragraph (its votes).

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> post = "I built a ground plane from brass rod and four radials for the band."
    >>> texts = ["Why is my SWR high?", "Viewed 2k times", "7", post, "asked Jan 14, 2022",
    ...          "Pelle Sörby", "143", "Sorted by: Highest score", "12", post,
    ...          "answered Jan 14, 2022", "Ruairi Devlin", "2,411"]
    >>> sorted(question_site_counters([line(t) for t in texts]))
    [2, 6, 8, 12]
    >>> question_site_counters([line(t) for t in texts[:4]])
    set()
    """
    texts = [b.text for b in lines]
    stamps = {i for i, text in enumerate(texts) if text[:1].isalpha()
              and text.split()[0].lower() in _POST_LABELS
              and any(s.label.lower() in _POST_LABELS for s in parse_date_line(text) or ())}
    if len(stamps) < QUESTION_SITE_STAMPS:
        return set()
    found = set()
    for i, text in enumerate(texts):
        if not _BAR_COUNT.fullmatch(text) or i == 0:
            continue
        above = texts[i - 1]
        poster = (i - 2 in stamps and len(above.split()) <= _POSTER_WORDS
                  and not any(c.isdigit() for c in above))
        votes = (i + 1 < len(texts) and len(texts[i + 1].split()) >= _POST_WORDS
                 and not above.endswith((".", "!", "?")))
        if poster or votes:
            found.add(i)
    return found


#: A counter of a newsletter's or blog's byline bar: "148", "1.2K".
_BAR_COUNT = LazyPattern(r"\d{1,3}(?:[,.]\d{3})*|\d{1,3}(?:[.,]\d)?[KkMm]")
#: The page head where the byline bar stands, in lines.
_BAR_HEAD_LINES = 15


def byline_counters(lines: list[Body]) -> set[int]:
    """The indices of a byline bar's counters: two or three bare counts right under the
    date line in the page's head (Substack's and Medium's likes and comments, "Feb 12, 2024"
    / "148" / "37"), not 1, 2(, 3), with a line that is no count below them; and the same
    counts, in the same order, where the page repeats the bar at its foot.

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> texts = ["Title", "Priya Raman", "Feb 12, 2024", "148", "37", "Share", "Text.",
    ...          "148", "37", "Written by Priya Raman"]
    >>> sorted(byline_counters([line(t) for t in texts]))
    [3, 4, 7, 8]
    >>> byline_counters([line(t) for t in ["Feb 12, 2024", "1", "2", "Steps"]])
    set()
    """
    texts = [b.text for b in lines]
    for i, text in enumerate(texts[:_BAR_HEAD_LINES]):
        run = 0
        while i + 1 + run < len(texts) and _BAR_COUNT.fullmatch(texts[i + 1 + run]):
            run += 1
        if not 2 <= run <= 3 or i + 1 + run >= len(texts) or parse_date_line(text) is None:
            continue
        counts = texts[i + 1:i + 1 + run]
        if counts == [str(n) for n in range(1, run + 1)]:
            continue  # a numbered list under the date, not counters
        found = set(range(i + 1, i + 1 + run))
        for j in range(i + 1 + run, len(texts) - run + 1):
            if (texts[j:j + run] == counts and not _BAR_COUNT.fullmatch(texts[j - 1])
                    and (j + run == len(texts) or not _BAR_COUNT.fullmatch(texts[j + run]))):
                found |= set(range(j, j + run))
        return found
    return set()


#: A review's star row alone on its line: "★★★★★", "★★★☆☆", "⭐⭐⭐⭐".
_STAR_ROW = LazyPattern(r"[★⭐]{1,5}[☆✩]{0,4}")
_STARS = 5


def review_stars(lines: list[Body]) -> set[int]:
    """The indices of a review's star rows: a row of one to five stars (filled, then
    empty ones up to five) alone on its line, right above or below a date line, as a
    shop's or a guide's review list prints each review's rating beside its date. A row of
    stars away from a date ("★★★" between two parts of a story) is a section break.

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> texts = ["Renata M.", "★★★★★", "12/04/2024", "Best buy", "★★★", "Part two"]
    >>> sorted(review_stars([line(t) for t in texts]))
    [1]
    """
    found = set()
    for i, body in enumerate(lines):
        text = body.text
        if (len(text) > _STARS or not _STAR_ROW.fullmatch(text)
                or len(text) != _STARS and not text.endswith(("☆", "✩"))
                and text[0] != "⭐"):
            continue
        if any(0 <= j < len(lines) and parse_date_line(lines[j].text) is not None
               for j in (i - 1, i + 1)):
            found.add(i)
    return found


RULES: list[Rule] = [date_line, epoch_line, organisation_byline, person_byline, url_line,
                     comment_count]
