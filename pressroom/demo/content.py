"""Demo content for Pressroom: the public website and press desk of the Military Liaison Office Belgrade, in English and Serbian (Cyrillic). Everything here is fictional: the office, "the Alliance", every person, newspaper, programme, exercise and event, and all addresses, telephone numbers and e-mail addresses (which use the reserved example.org domain). Any resemblance to real people or events is unintended. The module holds plain Python literals only and is read by the demo loader."""

from __future__ import annotations

SITE = {
    "en": {
        "name": "Military Liaison Office Belgrade",
        "tagline": "Practical cooperation, open dialogue",
    },
    "sr": {
        "name": "Канцеларија за војну везу у Београду",
        "tagline": "Практична сарадња, отворен дијалог",
    },
}

MEDIA_NOTICE = {
    "en": (
        "The public affairs team of the Military Liaison Office Belgrade handles requests "
        "from journalists and editorial offices, in coordination with the Alliance’s press "
        "service, and aims to reply within two working days. Because our capacity is limited, "
        "we can respond to media inquiries only. Members of the public are welcome to follow "
        "the Newsroom or to write to the general office address."
    ),
    "sr": (
        "Тим за односе с јавношћу Канцеларије за војну везу у Београду обрађује захтеве "
        "новинара и редакција у сарадњи са службом за штампу седишта Алијансе и настоји да на њих "
        "одговори у року од два радна дана. Због ограничених капацитета можемо да одговарамо "
        "искључиво на упите медија. Грађани могу да прате наш Медијски центар или да се обрате "
        "на општу адресу Канцеларије."
    ),
}

HOME = {
    "en": {
        "title": "Welcome",
        "intro": (
            "The Military Liaison Office Belgrade supports practical cooperation between the "
            "Alliance and Serbia’s defence institutions: training, exercises, civil emergency "
            "planning and projects that make communities safer. Here you will find our news, "
            "statements and background material in English and Serbian."
        ),
    },
    "sr": {
        "title": "Добро дошли",
        "intro": (
            "Канцеларија за војну везу у Београду подржава практичну сарадњу Алијансе и "
            "одбрамбених институција Србије: обуку, вежбе, планирање за ванредне ситуације и "
            "пројекте који заједнице чине безбеднијим. Овде можете пронаћи наше вести, изјаве и "
            "пратеће материјале на српском и енглеском језику."
        ),
    },
}

NEWSROOM = {
    "en": {
        "title": "Newsroom",
        "intro": (
            "News, press releases, speeches, statements, interviews and photo stories from the "
            "Military Liaison Office Belgrade. Material on these pages may be quoted freely with "
            "attribution."
        ),
    },
    "sr": {
        "title": "Медијски центар",
        "intro": (
            "Вести, саопштења за јавност, говори, изјаве, интервјуи и фотоприче Канцеларије за "
            "војну везу у Београду. Материјал са ових страница може се слободно преносити "
            "уз навођење извора."
        ),
    },
}

LATEST_NEWS = {
    "en": {
        "title": "Latest news",
        "intro": "Current information about the work of the office, newest first.",
    },
    "sr": {
        "title": "Најновије вести",
        "intro": "Актуелне информације о раду Канцеларије, од најновијих ка старијим.",
    },
}

TOPICS = [
    {"key": "partnership", "en": "Partnership", "sr": "Партнерство"},
    {"key": "exercises", "en": "Exercises", "sr": "Вежбе"},
    {"key": "training", "en": "Training and education", "sr": "Обука и образовање"},
    {"key": "emergencies", "en": "Civil emergencies", "sr": "Ванредне ситуације"},
    {
        "key": "munitions",
        "en": "Demining and munitions safety",
        "sr": "Разминирање и безбедност муниције",
    },
    {"key": "youth", "en": "Youth and science", "sr": "Млади и наука"},
    {"key": "visits", "en": "Visits", "sr": "Посете"},
]

# The credit and licence line every demo picture carries.
IMAGE_CREDIT = {
    "en": "MLO Belgrade / Public Affairs",
    "sr": "Канцеларија за војну везу / Служба за односе с јавношћу",
}
IMAGE_LICENCE = {
    "en": "Free for editorial use with credit",
    "sr": "Слободно за уредничку употребу уз навођење извора",
}

IMAGES = [
    {
        "key": "river-crossing",
        "alt": {
            "en": "A rescue boat crossing the flooded Drina towards a house on the bank",
            "sr": "Спасилачки чамац прелази поплављену Дрину према кући на обали",
        },
        "title": "River crossing drill on the Drina",
        "colors": ["#1d3557", "#a8dadc"],
        "motif": "landscape",
    },
    {
        "key": "flags-parade",
        "alt": {
            "en": "Flags of the participating countries on poles at the closing ceremony",
            "sr": "Заставе земаља учесница на јарболима на церемонији затварања",
        },
        "title": "Flags at the closing ceremony",
        "colors": ["#0b2545", "#f4d35e"],
        "motif": "flags",
    },
    {
        "key": "podium-conference",
        "alt": {
            "en": "A speaker at a lectern in front of a conference audience",
            "sr": "Говорник за говорницом пред публиком на конференцији",
        },
        "title": "Speaker at a conference lectern",
        "colors": ["#2b2d42", "#8d99ae"],
        "motif": "podium",
    },
    {
        "key": "handshake-ministry",
        "alt": {
            "en": "Two officials shaking hands at the Ministry of Defence",
            "sr": "Двојица званичника рукују се у Министарству одбране",
        },
        "title": "Handshake at the Ministry of Defence",
        "colors": ["#3d405b", "#f2cc8f"],
        "motif": "handshake",
    },
    {
        "key": "aid-convoy",
        "alt": {
            "en": "A convoy of lorries carrying water pumps on a country road",
            "sr": "Колона камиона с пумпама за воду на сеоском путу",
        },
        "title": "Relief convoy with water pumps",
        "colors": ["#264653", "#e9c46a"],
        "motif": "convoy",
    },
    {
        "key": "belgrade-skyline",
        "alt": {
            "en": "The Belgrade skyline at dusk",
            "sr": "Обриси Београда у сумрак",
        },
        "title": "Belgrade at dusk",
        "colors": ["#14213d", "#fca311"],
        "motif": "city",
    },
    {
        "key": "anniversary-medal",
        "alt": {
            "en": "A commemorative medal marking the office's fifteenth anniversary",
            "sr": "Пригодна медаља поводом петнаесте годишњице Канцеларије",
        },
        "title": "Commemorative medal for the fifteenth anniversary",
        "colors": ["#5f0f40", "#ffd166"],
        "motif": "medal",
    },
    {
        "key": "disposal-site-map",
        "alt": {
            "en": "A map of a munitions storage site with the disposal zones marked",
            "sr": "Мапа складишта муниције с означеним зонама за уништавање",
        },
        "title": "Map of a munitions storage site",
        "colors": ["#344e41", "#dad7cd"],
        "motif": "map",
    },
    {
        "key": "course-graduation",
        "alt": {
            "en": "Graduates of the staff planning course holding their certificates",
            "sr": "Полазници курса за штабно планирање са уверењима о завршеном курсу",
        },
        "title": "Staff planning course graduation",
        "colors": ["#003049", "#eae2b7"],
        "motif": "medal",
    },
    {
        "key": "young-leaders",
        "alt": {
            "en": "A lecturer speaking to participants of the young leaders summer school",
            "sr": "Предавач говори полазницима летње школе за младе лидере",
        },
        "title": "Young leaders summer school",
        "colors": ["#283618", "#dda15e"],
        "motif": "podium",
    },
    {
        "key": "field-hospital",
        "alt": {
            "en": "White tents of a mobile field clinic in a meadow during an exercise",
            "sr": "Бели шатори мобилне пољске амбуланте на ливади током вежбе",
        },
        "title": "Mobile field clinic during an exercise",
        "colors": ["#6d597a", "#e5e5e5"],
        "motif": "convoy",
    },
    {
        "key": "disposal-team",
        "alt": {
            "en": "Ammunition technicians in protective gear at a disposal site",
            "sr": "Техничари за муницију у заштитној опреми на локацији за уништавање",
        },
        "title": "Ammunition technicians at a disposal site",
        "colors": ["#3a5a40", "#f2e8cf"],
        "motif": "landscape",
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ photo story
    {
        "key": "drina-shield-in-pictures",
        "kind": "photo_story",
        "date": "2026-10-19",
        "topics": ["exercises", "emergencies"],
        "image": "field-hospital",
        "featured": False,
        "related": ["drina-shield-opens", "whitfield-civil-preparedness-speech"],
        "en": {
            "title": "Drina Shield 2026 in pictures",
            "lead": "Five days, eleven countries and one flooded valley: a look back at the exercise through the lenses of our photographers.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>From the first boat launch on Wednesday morning to the closing debrief on Sunday, <b>Drina Shield 2026</b> brought together rescuers, medics, military engineers and volunteers. These photographs show some of the moments that participants remembered most.</p>",
                },
                {
                    "type": "gallery",
                    "value": [
                        {
                            "image": "river-crossing",
                            "alt": "A rescue boat approaching a flooded riverbank with a house in the background",
                            "caption": "Day one: a Serbian Armed Forces boat crew approaches a house cut off by the simulated flood.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                        {
                            "image": "field-hospital",
                            "alt": "White field clinic tents in a meadow, with medical staff carrying a stretcher",
                            "caption": "Day two: a multinational medical team receives its first “casualties” at the mobile field clinic.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                        {
                            "image": "aid-convoy",
                            "alt": "A line of lorries loaded with water tanks on a country road",
                            "caption": "Day three: water purification units arrive from the logistics hub.",
                            "credit": "Ministry of Defence / Media Centre",
                        },
                        {
                            "image": "flags-parade",
                            "alt": "Flags of the participating countries on poles in front of a line of rescuers",
                            "caption": "Day five: participants line up for the closing ceremony.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                    ],
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "I have done this job for twenty years and I still learned something new from the visiting water-rescue teams. That is the whole point of an exercise like this.",
                        "attribution": "Captain Žarko Čolić, river engineer unit, Serbian Armed Forces",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>The exercise evaluation team will publish its findings early next year. A short video summary of the week is available below.</p>",
                },
                {
                    "type": "video",
                    "value": {
                        "url": "https://video.example.org/watch/drina-shield-2026-highlights",
                        "title": "Drina Shield 2026: highlights of the week",
                    },
                },
            ],
        },
        "sr": {
            "title": "Вежба „Дрински штит 2026“ у сликама",
            "lead": "Пет дана, једанаест земаља и једна поплављена долина: осврт на вежбу кроз објектив наших фотографа.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Од поринућа првог чамца у среду ујутру до завршне анализе у недељу, вежба <b>„Дрински штит 2026“</b> окупила је спасиоце, медицинаре, припаднике инжињерије и волонтере. Ове фотографије приказују неке од тренутака које учесници највише памте.</p>",
                },
                {
                    "type": "gallery",
                    "value": [
                        {
                            "image": "river-crossing",
                            "alt": "Спасилачки чамац прилази поплављеној обали, у позадини је кућа",
                            "caption": "Први дан: посада чамца Војске Србије прилази кући коју је одсекла симулирана поплава.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                        {
                            "image": "field-hospital",
                            "alt": "Бели шатори пољске амбуланте на ливади и медицинско особље које носи носила",
                            "caption": "Други дан: мултинационални медицински тим прима прве „повређене“ у мобилној пољској амбуланти.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                        {
                            "image": "aid-convoy",
                            "alt": "Колона камиона натоварених цистернама за воду на сеоском путу",
                            "caption": "Трећи дан: из логистичког центра стижу уређаји за пречишћавање воде.",
                            "credit": "Министарство одбране / Медијски центар",
                        },
                        {
                            "image": "flags-parade",
                            "alt": "Заставе земаља учесница на јарболима испред строја спасилаца",
                            "caption": "Пети дан: учесници у строју на церемонији затварања.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                    ],
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Овим послом се бавим двадесет година, а опет сам научио нешто ново од гостујућих екипа за спасавање на води. У томе и јесте смисао оваквих вежби.",
                        "attribution": "капетан Жарко Чолић, речна инжињеријска јединица Војске Србије",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Тим за оцену вежбе објавиће своје налазе почетком наредне године. Кратак видео-преглед целе недеље доступан је у наставку.</p>",
                },
                {
                    "type": "video",
                    "value": {
                        "url": "https://video.example.org/watch/drina-shield-2026-highlights",
                        "title": "„Дрински штит 2026“: најзанимљивији тренуци недеље",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------ news (featured)
    {
        "key": "drina-shield-opens",
        "kind": "news",
        "date": "2026-10-14",
        "topics": ["exercises", "emergencies", "partnership"],
        "image": "river-crossing",
        "featured": True,
        "related": [
            "drina-shield-in-pictures",
            "whitfield-civil-preparedness-speech",
            "statement-after-vucetic-meeting",
        ],
        "en": {
            "title": "Drina Shield 2026 opens with a flood-rescue scenario",
            "lead": "Around 900 participants from eleven countries began a five-day civil emergency exercise in the Drina valley on Wednesday, testing how rescue teams work together when rivers burst their banks.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>The exercise <b>Drina Shield 2026</b>, hosted by Serbia’s Ministry of Defence with the support of the Alliance, opened on 14 October at a training area near the river Drina. Its scenario imagines several days of heavy rain, followed by flooding in three municipalities, a damaged road bridge and a chemical leak at a small industrial site.</p><p>Teams from the Serbian Armed Forces, the national emergency services and the Red Cross, joined by teams from ten Alliance member and partner countries, will practise search and rescue on water, the evacuation of a care home, water purification and the set-up of a mobile field clinic. Observers from governments of the region and from international organisations will follow the drills throughout the week.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Floods respect neither borders nor timetables. What we practise here this week, rescuers will one day need on a real night in a real town, and by then they must already trust each other.",
                        "attribution": "Đorđe Vučetić, State Secretary at the Ministry of Defence",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>At the opening ceremony, State Secretary Đorđe Vučetić thanked the participating teams and the municipalities of the Drina valley for their hospitality. Brigadier General Anders Holmgren, Head of the Military Liaison Office Belgrade, said that the exercise had been planned over eighteen months by a joint team of planners from Serbia and Alliance member countries, and that its lessons would be shared with every participating country.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "river-crossing",
                        "alt": "Two inflatable rescue boats with crews in orange life jackets crossing a wide river under a grey sky",
                        "caption": "Rescue crews practise a river crossing on the first day of Drina Shield 2026.",
                        "credit": "MLO Belgrade / Public Affairs",
                    },
                },
                {"type": "heading", "value": "What happens next"},
                {
                    "type": "paragraph",
                    "value": "<p>The exercise continues until 18 October. A media day will be held on 16 October, when accredited journalists will be able to visit the water-rescue and field-clinic sites. Requests for accreditation should be sent to press@mlo-belgrade.example.org by noon on 15 October.</p>",
                },
            ],
        },
        "sr": {
            "title": "Почела вежба „Дрински штит 2026“ са сценаријом поплава",
            "lead": "Око 900 учесника из једанаест земаља почело је у среду петодневну вежбу реаговања у ванредним ситуацијама у долини Дрине, на којој се проверава како спасилачке екипе сарађују када се реке излију.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Вежба <b>„Дрински штит 2026“</b>, чији је домаћин Министарство одбране Републике Србије уз подршку Алијансе, почела је 14. октобра на полигону у близини Дрине. Сценарио предвиђа вишедневне обилне падавине, након којих долази до поплава у три општине, оштећења друмског моста и истицања хемикалија из мањег индустријског погона.</p><p>Припадници Војске Србије, националних служби за ванредне ситуације и Црвеног крста, заједно са екипама из још десет земаља чланица и партнера Алијансе, увежбаваће спасавање на води, евакуацију дома за старе, пречишћавање воде и постављање мобилне пољске амбуланте. Посматрачи из влада земаља региона и међународних организација пратиће активности током целе недеље.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Поплаве не поштују ни границе ни распореде. Оно што ове недеље увежбавамо, спасиоцима ће затребати једне сасвим стварне ноћи, у сасвим стварном граду, а тада већ морају да верују једни другима.",
                        "attribution": "Ђорђе Вучетић, државни секретар у Министарству одбране",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>На церемонији отварања државни секретар Ђорђе Вучетић захвалио је екипама учесницама и општинама у долини Дрине на гостопримству. Шеф Канцеларије за војну везу у Београду бригадни генерал Андерс Холмгрен рекао је да је вежбу осамнаест месеци планирао заједнички тим планера из Србије и земаља чланица Алијансе, као и да ће искуства са вежбе бити подељена са свим земљама учесницама.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "river-crossing",
                        "alt": "Два гумена спасилачка чамца са посадама у наранџастим прслуцима прелазе широку реку под сивим небом",
                        "caption": "Спасилачке посаде увежбавају прелазак реке првог дана вежбе „Дрински штит 2026“.",
                        "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                    },
                },
                {"type": "heading", "value": "Шта следи"},
                {
                    "type": "paragraph",
                    "value": "<p>Вежба траје до 18. октобра. Дан за медије биће организован 16. октобра, када ће акредитовани новинари моћи да обиђу локације на којима се увежбавају спасавање на води и рад пољске амбуланте. Захтеви за акредитацију шаљу се на адресу press@mlo-belgrade.example.org до 15. октобра у подне.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ photo story
    {
        "key": "anniversary-fifteen-years",
        "kind": "photo_story",
        "date": "2026-09-24",
        "topics": ["partnership", "visits"],
        "image": "anniversary-medal",
        "featured": False,
        "related": [
            "holmgren-security-forum-speech",
            "statement-after-vucetic-meeting",
        ],
        "en": {
            "title": "Fifteen years in Belgrade: the office marks its anniversary",
            "lead": "Guests from Serbian institutions, the diplomatic corps and partner organisations joined the staff of the Military Liaison Office for a reception marking fifteen years since the office opened.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>The Military Liaison Office Belgrade opened in September 2011 with a staff of four. Fifteen years and more than 700 joint activities later, the anniversary was marked on 24 September with a reception attended by State Secretary Đorđe Vučetić, senior officers of the Serbian Armed Forces, ambassadors and former heads of the office.</p>",
                },
                {
                    "type": "gallery",
                    "value": [
                        {
                            "image": "anniversary-medal",
                            "alt": "A round bronze medal with a river and a bridge engraved on it, lying on dark velvet",
                            "caption": "The commemorative medal, designed for the anniversary by a young Belgrade designer.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                        {
                            "image": "podium-conference",
                            "alt": "An officer at a lectern speaking to guests in a reception hall",
                            "caption": "Brigadier General Anders Holmgren welcomes the guests.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                        {
                            "image": "handshake-ministry",
                            "alt": "An officer and a civilian official shaking hands and smiling at a reception",
                            "caption": "Brigadier General Holmgren with State Secretary Đorđe Vučetić.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                        {
                            "image": "belgrade-skyline",
                            "alt": "Belgrade rooftops and bridges at dusk",
                            "caption": "Belgrade at dusk, seen from the terrace of the reception venue.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                    ],
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Fifteen years ago this office was a few desks and one telephone. What has grown since then is not the office but a network of people, in Serbia and abroad, who trust each other enough to pick up that telephone.",
                        "attribution": "Brigadier General Anders Holmgren",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>During the evening the office presented certificates of appreciation to long-standing Serbian partners: Ljubica Ćirković, head of department at the Ministry of Defence; the Centre for Security Dialogue in Novi Sad; and retired Warrant Officer Čedomir Šarenac, who trained a whole generation of ammunition technicians.</p>",
                },
            ],
        },
        "sr": {
            "title": "Петнаест година у Београду: Канцеларија обележила годишњицу",
            "lead": "Гости из институција Србије, дипломатског кора и партнерских организација придружили су се запосленима у Канцеларији за војну везу на пријему поводом петнаест година од њеног отварања.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Канцеларија за војну везу у Београду отворена је у септембру 2011. године, када је имала четворо запослених. Петнаест година и више од 700 заједничких активности касније, годишњица је обележена 24. септембра пријемом одржаним у присуству државног секретара Ђорђа Вучетића, високих официра Војске Србије, амбасадора и бивших шефова Канцеларије.</p>",
                },
                {
                    "type": "gallery",
                    "value": [
                        {
                            "image": "anniversary-medal",
                            "alt": "Округла бронзана медаља са угравираном реком и мостом, положена на тамни сомот",
                            "caption": "Пригодну медаљу за годишњицу осмислила је млада београдска дизајнерка.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                        {
                            "image": "podium-conference",
                            "alt": "Официр за говорницом обраћа се гостима у сали за пријеме",
                            "caption": "Бригадни генерал Андерс Холмгрен поздравља госте.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                        {
                            "image": "handshake-ministry",
                            "alt": "Насмејани официр и цивилни званичник рукују се на пријему",
                            "caption": "Бригадни генерал Холмгрен са државним секретаром Ђорђем Вучетићем.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                        {
                            "image": "belgrade-skyline",
                            "alt": "Београдски кровови и мостови у сумрак",
                            "caption": "Београд у сумрак, поглед са терасе на којој је одржан пријем.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                    ],
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Пре петнаест година ова канцеларија била је неколико столова и један телефон. Оно што је од тада израсло није сама канцеларија, већ мрежа људи у Србији и иностранству који једни другима довољно верују да подигну ту слушалицу.",
                        "attribution": "бригадни генерал Андерс Холмгрен",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Током вечери Канцеларија је доделила захвалнице дугогодишњим партнерима из Србије: Љубици Ћирковић, начелници одељења у Министарству одбране, Центру за безбедносни дијалог из Новог Сада и заставнику у пензији Чедомиру Шаренцу, који је обучио читаву генерацију техничара за муницију.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ photo story
    {
        "key": "disposal-site-open-day",
        "kind": "photo_story",
        "date": "2026-09-08",
        "topics": ["munitions", "partnership"],
        "image": "disposal-team",
        "featured": False,
        "related": ["munitions-disposal-phase-two", "interview-dzunic-defence-review"],
        "en": {
            "title": "A day at the munitions disposal site",
            "lead": "Journalists and representatives of donor countries visited a munitions disposal facility in central Serbia, where the second phase of the Safe Stockpiles project is under way.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>On 8 September twelve journalists and diplomats from the donor countries spent a day at one of the sites of the <b>Safe Stockpiles</b> project. Guided by Captain Nemanja Džunić and his team, they followed the path of an artillery shell from the storage bunker, through the dismantling line, to the recycling yard.</p><p>Visitors wore protective equipment throughout and stayed outside the marked safety zones while work was in progress.</p>",
                },
                {
                    "type": "gallery",
                    "value": [
                        {
                            "image": "disposal-team",
                            "alt": "Technicians in protective clothing standing next to a row of wooden crates in a field",
                            "caption": "Technicians check the markings on every crate before it is moved.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                        {
                            "image": "disposal-site-map",
                            "alt": "A stylised map of the site with coloured safety zones",
                            "caption": "Safety zones at the site are marked and checked every morning (illustration).",
                            "credit": "MLO Belgrade / Graphics",
                        },
                        {
                            "image": "aid-convoy",
                            "alt": "A lorry loaded with scrap metal leaving the site through a gate",
                            "caption": "Recovered metal leaves the site for a recycling plant.",
                            "credit": "MLO Belgrade / Public Affairs",
                        },
                    ],
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Nobody here is in a hurry. The fastest way to finish the job is to do every step in exactly the same way, every single day.",
                        "attribution": "Captain Nemanja Džunić, Serbian Armed Forces",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Since the start of the second phase in May, around 310 tonnes of ammunition have been processed. The next open day for the media is planned for the spring of 2027.</p>",
                },
            ],
        },
        "sr": {
            "title": "Један дан на локацији за уништавање муниције",
            "lead": "Новинари и представници земаља донатора обишли су постројење за уништавање муниције у централној Србији, где се спроводи друга фаза пројекта „Безбедна складишта“.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Дванаест новинара и дипломата из земаља донатора провело је 8. септембра цео дан на једној од локација пројекта <b>„Безбедна складишта“</b>. Предвођени капетаном Немањом Џунићем и његовим тимом, пратили су пут артиљеријске гранате од складишног бункера, преко линије за расклапање, до дворишта за рециклажу.</p><p>Посетиоци су све време носили заштитну опрему и боравили изван обележених безбедносних зона док је трајао рад.</p>",
                },
                {
                    "type": "gallery",
                    "value": [
                        {
                            "image": "disposal-team",
                            "alt": "Техничари у заштитној опреми стоје поред низа дрвених сандука на пољани",
                            "caption": "Техничари проверавају ознаке на сваком сандуку пре него што буде премештен.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                        {
                            "image": "disposal-site-map",
                            "alt": "Стилизована мапа локације са безбедносним зонама обележеним бојама",
                            "caption": "Безбедносне зоне на локацији обележене су и проверавају се свако јутро (илустрација).",
                            "credit": "Канцеларија за војну везу / Графика",
                        },
                        {
                            "image": "aid-convoy",
                            "alt": "Камион натоварен старим металом излази са локације кроз капију",
                            "caption": "Издвојени метал одлази са локације у постројење за рециклажу.",
                            "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                        },
                    ],
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Овде нико не жури. Најбржи начин да се посао заврши јесте да се сваки корак, из дана у дан, обави на потпуно исти начин.",
                        "attribution": "капетан Немања Џунић, Војска Србије",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Од почетка друге фазе у мају прерађено је око 310 тона муниције. Следећи дан отворених врата за медије планиран је за пролеће 2027. године.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ interview (short)
    {
        "key": "interview-dzunic-defence-review",
        "kind": "interview",
        "date": "2026-07-20",
        "topics": ["munitions"],
        "image": "disposal-team",
        "featured": False,
        "related": ["munitions-disposal-phase-two", "disposal-site-open-day"],
        "en": {
            "title": "“Patience is the most important tool we have”",
            "lead": "Captain Nemanja Džunić, who leads a Serbian Armed Forces team dismantling obsolete ammunition under the Safe Stockpiles project, spoke to the journal Defence Review Quarterly. We publish extracts with the journal’s permission.",
            "byline": "Defence Review Quarterly, summer 2026 issue",
            "body": [
                {
                    "type": "qa",
                    "value": {
                        "question": "How did you become an ammunition technician?",
                        "answer": "<p>By accident, like many people in my profession. I studied mechanical engineering in Kragujevac and joined the army planning to work on vehicles. In my first year a senior technician, Warrant Officer Čedomir Šarenac, took me to a depot to help with an inventory. I watched him work for three days and decided that this was what I wanted to do. He retired last year, and I still call him whenever I am unsure about something.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "What does a normal working day on the project look like?",
                        "answer": "<p>It starts early, with a safety briefing, and it ends when every item has been accounted for, not when the clock says so. Most of the day is spent checking, recording and moving items in a strictly defined order. The dismantling itself is only a small part of our work. People imagine something dramatic; in reality it is closer to very careful bookkeeping.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "What has cooperation with experts from Alliance countries brought to your team?",
                        "answer": "<p>New equipment, certainly: remote cutting tools and a better system for tracking every lot of ammunition. But the most useful thing has been the exchange of experience. We have shown our foreign colleagues some methods they had not seen before, and they have shown us theirs. In the end we all follow the same rule: nobody takes a shortcut.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "What would you say to a young person thinking about this job?",
                        "answer": "<p>That it is a profession for people who like responsibility more than attention. You have to be patient, modest and ready to say “I don’t know yet”. If that sounds like you, this is work in which you can make your country visibly safer.</p>",
                    },
                },
                {
                    "type": "image",
                    "value": {
                        "image": "disposal-site-map",
                        "alt": "A stylised map of a storage site with numbered buildings and a marked safety perimeter",
                        "caption": "Layout of one of the storage sites included in the Safe Stockpiles project (illustration).",
                        "credit": "MLO Belgrade / Graphics",
                    },
                },
            ],
        },
        "sr": {
            "title": "„Стрпљење је најважнији алат који имамо“",
            "lead": "Капетан Немања Џунић, који предводи тим Војске Србије за расклапање застареле муниције у оквиру пројекта „Безбедна складишта“, говорио је за часопис Defence Review Quarterly. Изводе из разговора објављујемо уз дозволу редакције.",
            "byline": "Defence Review Quarterly, летњи број 2026.",
            "body": [
                {
                    "type": "qa",
                    "value": {
                        "question": "Како сте постали техничар за муницију?",
                        "answer": "<p>Случајно, као и многи у мојој професији. Студирао сам машинство у Крагујевцу и дошао у војску с намером да радим на возилима. Током прве године старији техничар, заставник Чедомир Шаренац, повео ме је у једно складиште да помогнем у попису. Три дана сам посматрао како ради и одлучио да је то оно чиме желим да се бавим. Прошле године је отишао у пензију, а ја га и даље зовем кад год у нешто нисам сигуран.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Како изгледа уобичајен радни дан на пројекту?",
                        "answer": "<p>Почиње рано, безбедносним брифингом, а завршава се када је сваки комад евидентиран, а не када то покаже сат. Највећи део дана проводимо у проверавању, евидентирању и премештању средстава тачно утврђеним редоследом. Расклапање као такво чини тек мали део нашег посла. Људи замишљају нешто драматично, а у стварности је то ближе веома пажљивом књиговодству.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Шта је сарадња са стручњацима из земаља Алијансе донела вашем тиму?",
                        "answer": "<p>Свакако нову опрему: алате за сечење на даљину и бољи систем за праћење сваке партије муниције. Ипак, најкориснија је била размена искустава. Ми смо страним колегама показали неке методе које раније нису видели, а они нама своје. На крају сви поштујемо исто правило: нико не сме да скраћује поступак.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Шта бисте поручили младој особи која размишља о овом позиву?",
                        "answer": "<p>Да је то професија за људе који више воле одговорност него пажњу. Морате бити стрпљиви, скромни и спремни да кажете „још не знам“. Ако се у томе препознајете, то је посао којим своју земљу можете учинити видљиво безбеднијом.</p>",
                    },
                },
                {
                    "type": "image",
                    "value": {
                        "image": "disposal-site-map",
                        "alt": "Стилизована мапа складишног комплекса са нумерисаним објектима и обележеним безбедносним појасом",
                        "caption": "Распоред једног од складишта обухваћених пројектом „Безбедна складишта“ (илустрација).",
                        "credit": "Канцеларија за војну везу / Графика",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------ news (training course)
    {
        "key": "staff-course-graduation",
        "kind": "news",
        "date": "2026-07-03",
        "topics": ["training", "partnership"],
        "image": "course-graduation",
        "featured": False,
        "related": ["young-leaders-call", "nowicka-visit-belgrade"],
        "en": {
            "title": "Officers from seven countries complete multinational staff course in Belgrade",
            "lead": "Officers from Serbia and six other countries received their certificates on Friday after a four-week course on planning multinational operations.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>The fourth Multinational Staff Planning Course, held at a Serbian Armed Forces training centre in Belgrade with instructors from Alliance training centres, ended on 3 July with a graduation ceremony. Among the 22 participants were 14 officers of the Serbian Armed Forces. For four weeks they worked through a scenario in which a multinational brigade supports a humanitarian mission after an earthquake.</p><p>The course, taught in English, combined lectures with work in mixed syndicates, which drafted plans, briefed them to a panel of senior officers and defended their choices under questioning.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "I learned as much from my syndicate colleagues as from the instructors. We had five nationalities and one deadline, which is a good way to find out how agreement is reached.",
                        "attribution": "Major Njegoš Radulović, Serbian Armed Forces, course participant",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Course director Major Lukas Brenner praised the preparation of all participants. “The best plans this year came from teams that listened first and argued later,” he said. He thanked the Serbian hosts for the organisation and announced that the next course, in 2027, will for the first time include officers of the Serbian Armed Forces among its instructors.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "course-graduation",
                        "alt": "Officers in dress uniform holding certificates, standing in two rows in a hall",
                        "caption": "Graduates of the fourth Multinational Staff Planning Course with their instructors.",
                        "credit": "MLO Belgrade / Public Affairs",
                    },
                },
            ],
        },
        "sr": {
            "title": "Официри из седам земаља завршили мултинационални штабни курс у Београду",
            "lead": "Официри из Србије и још шест земаља примили су у петак сертификате након четворонедељног курса о планирању мултинационалних операција.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Четврти мултинационални курс штабног планирања, одржан у једном од центара за обуку Војске Србије у Београду уз учешће инструктора из центара за обуку Алијансе, завршен је 3. јула свечаном доделом сертификата. Међу 22 полазника курса било је 14 официра Војске Србије. Они су четири недеље радили на сценарију у којем мултинационална бригада подржава хуманитарну мисију после земљотреса.</p><p>Курс је извођен на енглеском језику и комбиновао је предавања са радом у мешовитим радним групама, које су израђивале планове, излагале их пред комисијом високих официра и браниле своја решења одговарајући на питања.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Од колега из своје групе научио сам исто колико и од инструктора. Имали смо пет националности и један рок, а то је добар начин да научите како се постиже договор.",
                        "attribution": "мајор Његош Радуловић, Војска Србије, полазник курса",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Директор курса мајор Лукас Бренер похвалио је припремљеност свих полазника. „Најбољи планови ове године дошли су од тимова који су прво слушали, а тек онда расправљали“, рекао је Бренер. Он је захвалио домаћинима на организацији и најавио да ће на следећем курсу, 2027. године, међу инструкторима први пут бити и официри Војске Србије.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "course-graduation",
                        "alt": "Официри у свечаним униформама са сертификатима у рукама стоје у два реда у сали",
                        "caption": "Полазници четвртог мултинационалног курса штабног планирања са инструкторима.",
                        "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------ news (humanitarian)
    {
        "key": "flood-relief-pumps-delivered",
        "kind": "news",
        "date": "2026-06-16",
        "topics": ["emergencies", "partnership"],
        "image": "aid-convoy",
        "featured": False,
        "related": [
            "statement-western-serbia-floods",
            "whitfield-civil-preparedness-speech",
        ],
        "en": {
            "title": "Pumps and generators from partner countries reach flooded municipalities",
            "lead": "The first deliveries of equipment offered through the Alliance’s disaster response coordination cell arrived in western Serbia on Tuesday, ten days after the floods began.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>A convoy of nine lorries carrying 60 high-capacity water pumps, 25 generators and four mobile water purification units reached the logistics base of the national emergency services on 16 June. From there the equipment is being distributed to the municipalities hit hardest by the floods, according to priorities set by the local crisis teams.</p><p>The equipment was donated by five member and partner countries of the Alliance. Transport from the border was organised by the Serbian Armed Forces, and customs procedures were completed in less than a day.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "aid-convoy",
                        "alt": "A column of white lorries with equipment on a wet road lined with trees",
                        "caption": "The convoy with water pumps and generators on its way to the logistics base.",
                        "credit": "MLO Belgrade / Public Affairs",
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Our own pumps have been running day and night. With the extra ones we can dry out the school and the health centre at the same time, rather than one after the other.",
                        "attribution": "Vesna Đukić, coordinator of a municipal crisis team",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>A second delivery, including drying equipment for schools and medical facilities, is expected at the end of the week. The Military Liaison Office Belgrade remains in daily contact with the Ministry of Defence and the emergency services so that further offers match the needs on the ground.</p>",
                },
            ],
        },
        "sr": {
            "title": "Пумпе и агрегати из партнерских земаља стигли у поплављене општине",
            "lead": "Прве пошиљке опреме понуђене преко ћелије Алијансе за координацију реаговања у катастрофама стигле су у уторак у западну Србију, десет дана након почетка поплава.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Колона од девет камиона који су превозили 60 пумпи великог капацитета, 25 агрегата и четири мобилна уређаја за пречишћавање воде стигла је 16. јуна у логистичку базу националних служби за ванредне ситуације. Одатле се опрема распоређује општинама које су највише погођене поплавама, према приоритетима које одређују локални кризни штабови.</p><p>Опрему је донирало пет земаља чланица и партнера Алијансе. Превоз од границе организовала је Војска Србије, а царински поступак окончан је за мање од једног дана.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "aid-convoy",
                        "alt": "Колона белих камиона са опремом на мокром путу оивиченом дрвећем",
                        "caption": "Колона са пумпама и агрегатима на путу ка логистичкој бази.",
                        "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Наше пумпе раде и дању и ноћу. Са додатним пумпама можемо истовремено да исушујемо школу и дом здравља, а не једно после другог.",
                        "attribution": "Весна Ђукић, координаторка општинског кризног штаба",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Друга пошиљка, у којој ће бити и опрема за исушивање школа и здравствених установа, очекује се крајем недеље. Канцеларија за војну везу у Београду у свакодневном је контакту са Министарством одбране и службама за ванредне ситуације, како би даље понуде биле усклађене са потребама на терену.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ statement
    {
        "key": "statement-western-serbia-floods",
        "kind": "statement",
        "date": "2026-06-09",
        "topics": ["emergencies"],
        "image": None,
        "featured": False,
        "related": ["flood-relief-pumps-delivered"],
        "en": {
            "title": "Statement on the floods in western Serbia",
            "lead": "Statement by the Military Liaison Office Belgrade following severe flooding in several municipalities of western Serbia.",
            "byline": "MLO Belgrade",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>We are saddened by the damage caused by the floods that have affected several municipalities in western Serbia since 6 June, and we extend our sympathy to all the families who have lost their homes or their livelihoods. We pay tribute to the rescuers, soldiers, firefighters and volunteers who have been working day and night.</p>",
                },
                {
                    "type": "paragraph",
                    "value": "<p>At the request of the Serbian authorities, the Alliance’s disaster response coordination cell has circulated a list of the most urgent needs to member and partner countries. Offers of water pumps, generators and water purification equipment have already been received and are being coordinated with the Ministry of Defence and the national emergency services.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Our thoughts are with the people of the affected towns and villages. We will continue to support the Serbian institutions in whatever way they find most useful.",
                        "attribution": "Brigadier General Anders Holmgren, Head of the Military Liaison Office Belgrade",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Further updates will be published in the Newsroom. Media inquiries: press@mlo-belgrade.example.org, +381 11 555 0101.</p>",
                },
            ],
        },
        "sr": {
            "title": "Изјава поводом поплава у западној Србији",
            "lead": "Изјава Канцеларије за војну везу у Београду након великих поплава у више општина у западној Србији.",
            "byline": "Канцеларија за војну везу у Београду",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Са жаљењем пратимо штету коју су изазвале поплаве које од 6. јуна погађају више општина у западној Србији и изражавамо саосећање свим породицама које су остале без домова или извора прихода. Одајемо признање спасиоцима, војницима, ватрогасцима и волонтерима који раде и дању и ноћу.</p>",
                },
                {
                    "type": "paragraph",
                    "value": "<p>На захтев надлежних органа Србије, ћелија Алијансе за координацију реаговања у катастрофама упутила је земљама чланицама и партнерима списак најхитнијих потреба. Већ су пристигле понуде пумпи за воду, агрегата и опреме за пречишћавање воде, које се усклађују са Министарством одбране и националним службама за ванредне ситуације.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Наше мисли су са становницима погођених градова и села. Наставићемо да подржавамо институције Србије на начин који оне оцене као најкориснији.",
                        "attribution": "бригадни генерал Андерс Холмгрен, шеф Канцеларије за војну везу у Београду",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Нове информације биће објављиване у Медијском центру. Упити медија: press@mlo-belgrade.example.org, +381 11 555 0101.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ press release (munitions)
    {
        "key": "munitions-disposal-phase-two",
        "kind": "press_release",
        "date": "2026-05-20",
        "topics": ["munitions", "partnership"],
        "image": "disposal-site-map",
        "featured": False,
        "related": ["disposal-site-open-day", "interview-dzunic-defence-review"],
        "en": {
            "title": "Second phase of obsolete munitions disposal project begins",
            "lead": "A trust fund project backed by seven Alliance member and partner countries will remove a further 1,400 tonnes of surplus ammunition from storage sites in central Serbia by the end of 2027.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>The second phase of the <b>Safe Stockpiles</b> project began on 20 May with the signing of an implementation agreement at the Ministry of Defence in Belgrade. The agreement was signed by State Secretary Đorđe Vučetić and Dr Sofia Marchetti, programme manager for the Alliance’s partnership trust funds, in the presence of Brigadier General Anders Holmgren.</p><p>During the first phase, completed in March, around 2,100 tonnes of ageing artillery shells and mortar rounds were safely dismantled or destroyed. Much of the recovered metal and explosive material was recycled for civilian use.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Every tonne that leaves these depots is one risk fewer for the villages around them. The work is slow and technical, and that is exactly how it should be.",
                        "attribution": "Dr Sofia Marchetti, trust fund programme manager",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>The second phase also covers new monitoring equipment for the depots and training for 40 Serbian ammunition technicians, so that stockpile safety can be sustained after the project ends.</p>",
                },
                {"type": "heading", "value": "Notes for editors"},
                {
                    "type": "paragraph",
                    "value": "<ul><li>The Safe Stockpiles project is financed through a voluntary trust fund; Serbia contributes storage facilities, personnel and transport.</li><li>The total budget of the second phase is EUR 4.2 million.</li><li>The press kit below holds this release as text and its photographs in full resolution, with captions and credits.</li></ul>",
                },
            ],
        },
        "sr": {
            "title": "Почела друга фаза пројекта уништавања застареле муниције",
            "lead": "Пројекат повереничког фонда који подржава седам земаља чланица и партнера Алијансе до краја 2027. године уклониће још 1.400 тона вишкова муниције из складишта у централној Србији.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Друга фаза пројекта <b>„Безбедна складишта“</b> почела је 20. маја потписивањем споразума о спровођењу у Министарству одбране у Београду. Споразум су, у присуству бригадног генерала Андерса Холмгрена, потписали државни секретар Ђорђе Вучетић и др Софија Маркети, руководитељка програма партнерских повереничких фондова Алијансе.</p><p>Током прве фазе, завршене у марту, безбедно је расклопљено или уништено око 2.100 тона застарелих артиљеријских граната и минобацачких мина. Велики део издвојеног метала и експлозивног материјала рециклиран је за цивилну употребу.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Свака тона која напусти ова складишта значи један ризик мање за села око њих. Посао је спор и захтева стручност, и управо тако треба да буде.",
                        "attribution": "др Софија Маркети, руководитељка програма повереничког фонда",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Друга фаза обухвата и набавку нове опреме за надзор складишта и обуку 40 српских техничара за муницију, како би се безбедност залиха одржала и након завршетка пројекта.</p>",
                },
                {"type": "heading", "value": "Напомене за уреднике"},
                {
                    "type": "paragraph",
                    "value": "<ul><li>Пројекат „Безбедна складишта“ финансира се из добровољног повереничког фонда; Србија обезбеђује складишни простор, особље и превоз.</li><li>Укупан буџет друге фазе износи 4,2 милиона евра.</li><li>Материјал за медије у наставку садржи ово саопштење као текст и фотографије у пуној резолуцији, с потписима и изворима.</li></ul>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ speech
    {
        "key": "whitfield-civil-preparedness-speech",
        "kind": "speech",
        "date": "2026-04-22",
        "topics": ["emergencies", "partnership"],
        "image": "podium-conference",
        "featured": False,
        "related": ["drina-shield-opens", "flood-relief-pumps-delivered"],
        "en": {
            "title": "Resilience starts in the town hall, not in headquarters",
            "lead": "Extracts from the speech by Lieutenant General Jonathan Whitfield, Director of the Alliance’s Civil Preparedness Staff, at the opening of a regional seminar on civil emergency planning in Belgrade on 22 April 2026.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>It is a pleasure to be back in Belgrade, and to open a seminar that has brought together advisers to mayors, fire chiefs, hospital directors and military planners. That mix is deliberate. In a real emergency, none of these people can succeed without the others.</p>",
                },
                {"type": "heading", "value": "Lessons from the past decade"},
                {
                    "type": "paragraph",
                    "value": "<p>The twenty-first century has already given us floods, wildfires, earthquakes, pandemics and long power cuts, often one after another. Across our member and partner countries, the same lesson keeps returning: resilience starts in the town hall, the health centre and the water utility, long before it reaches any military headquarters.</p><p>That is why our work with Serbia focuses on planning, communication and joint exercises at the local level. The Drina Shield exercise, later this year, will test exactly those links, from the first telephone call to the return of the last evacuated resident.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Armed forces can bring boats, generators and engineers. But the plan that saves lives is written months earlier, by people who know every street of their own town.",
                        "attribution": "Lieutenant General Jonathan Whitfield",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>I would like to thank the Ministry of Defence and the national emergency services for co-hosting this seminar, and the Military Liaison Office Belgrade for its patient work in preparing it. Let us use these two days to speak honestly about what still does not work, because that is where improvement begins.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "podium-conference",
                        "alt": "A speaker at a lectern in front of a blue backdrop, addressing a seated audience",
                        "caption": "Lieutenant General Jonathan Whitfield opens the regional seminar on civil emergency planning.",
                        "credit": "MLO Belgrade / Public Affairs",
                    },
                },
            ],
        },
        "sr": {
            "title": "Отпорност почиње у општини, а не у штабу",
            "lead": "Изводи из говора генерал-потпуковника Џонатана Витфилда, директора Штаба Алијансе за цивилну приправност, на отварању регионалног семинара о планирању за ванредне ситуације, Београд, 22. априла 2026. године.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Драго ми је што сам поново у Београду и што отварам семинар који је окупио саветнике градоначелника, команданте ватрогасних јединица, директоре болница и војне планере. Тај састав није случајан. У правој ванредној ситуацији нико од њих не може да успе без осталих.</p>",
                },
                {"type": "heading", "value": "Поуке из протекле деценије"},
                {
                    "type": "paragraph",
                    "value": "<p>XXI век већ нам је донео поплаве, шумске пожаре, земљотресе, пандемије и дуготрајне нестанке струје, често један за другим. У земљама чланицама и партнерским земљама изнова се потврђује иста поука: отпорност почиње у општини, у дому здравља и у водоводу, много пре него што стигне до било ког војног штаба.</p><p>Зато је наша сарадња са Србијом усмерена на планирање, комуникацију и заједничке вежбе на локалном нивоу. Вежба „Дрински штит“, која ће бити одржана касније ове године, провериће управо те везе, од првог телефонског позива до повратка последњег евакуисаног становника.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Оружане снаге могу да обезбеде чамце, агрегате и инжињеријске јединице. Али план који спасава животе пише се месецима раније, а пишу га људи који познају сваку улицу у свом граду.",
                        "attribution": "генерал-потпуковник Џонатан Витфилд",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Захваљујем Министарству одбране и националним службама за ванредне ситуације што су суорганизатори овог семинара, као и Канцеларији за војну везу у Београду на стрпљивом раду на његовој припреми. Искористимо ова два дана да искрено разговарамо о ономе што још не функционише, јер управо одатле почиње напредак.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "podium-conference",
                        "alt": "Говорник за говорницом испред плаве позадине обраћа се публици која седи",
                        "caption": "Генерал-потпуковник Џонатан Витфилд отвара регионални семинар о планирању за ванредне ситуације.",
                        "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------ press release (scholarship)
    {
        "key": "young-leaders-call",
        "kind": "press_release",
        "date": "2026-03-02",
        "topics": ["youth", "training"],
        "image": "young-leaders",
        "featured": False,
        "related": ["interview-dunavski-vesnik", "staff-course-graduation"],
        "en": {
            "title": "Applications open for the 2026 Young Leaders in Security programme",
            "lead": "Students and young professionals from Serbia can apply until 10 April for a fully funded programme of seminars, mentoring and a summer school on international security.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>The Military Liaison Office Belgrade and the Centre for Security Dialogue in Novi Sad today opened applications for the fourth edition of the <b>Young Leaders in Security</b> programme. Twenty-four places are available in the six-month programme, which runs from May to October 2026.</p><p>The programme includes:</p><ul><li>monthly evening seminars with diplomats, officers and researchers;</li><li>a personal mentor from a public institution or a civil society organisation;</li><li>a ten-day summer school in Novi Sad in August;</li><li>a study visit to one of the Alliance’s headquarters.</li></ul>",
                },
                {
                    "type": "paragraph",
                    "value": '<p>Applicants must be between 20 and 30 years old, hold Serbian citizenship or residence, and have a good working knowledge of English. No previous experience in defence or security is required: earlier groups included engineers, journalists, medical students and municipal staff. All travel and accommodation costs are covered.</p><p>Applications are submitted online at <a href="https://www.mlo-belgrade.example.org/en/young-leaders-2026">www.mlo-belgrade.example.org/en/young-leaders-2026</a>.</p>',
                },
                {"type": "heading", "value": "Notes for editors"},
                {
                    "type": "paragraph",
                    "value": "<p>The Young Leaders in Security programme was launched in 2023. Its 72 alumni so far come from 19 towns across Serbia. Interviews with former participants can be arranged on request: press@mlo-belgrade.example.org.</p>",
                },
            ],
        },
        "sr": {
            "title": "Отворен конкурс за програм „Млади лидери у безбедности“ 2026",
            "lead": "Студенти и млади стручњаци из Србије могу до 10. априла да конкуришу за потпуно финансиран програм семинара, менторства и летње школе о међународној безбедности.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Канцеларија за војну везу у Београду и Центар за безбедносни дијалог из Новог Сада данас су отворили конкурс за четврти циклус програма <b>„Млади лидери у безбедности“</b>. За шестомесечни програм, који траје од маја до октобра 2026. године, предвиђена су 24 места.</p><p>Програм обухвата:</p><ul><li>месечне вечерње семинаре са дипломатама, официрима и истраживачима;</li><li>личног ментора из неке јавне институције или организације цивилног друштва;</li><li>десетодневну летњу школу у Новом Саду у августу;</li><li>студијску посету једној од команди Алијансе.</li></ul>",
                },
                {
                    "type": "paragraph",
                    "value": '<p>Кандидати треба да имају између 20 и 30 година, српско држављанство или боравак у Србији и добро знање енглеског језика. Претходно искуство у области одбране или безбедности није услов: у ранијим генерацијама било је инжењера, новинара, студената медицине и запослених у локалним самоуправама. Сви трошкови путовања и смештаја су покривени.</p><p>Пријаве се подносе електронски, на адреси <a href="https://www.mlo-belgrade.example.org/sr/mladi-lideri-2026">www.mlo-belgrade.example.org/sr/mladi-lideri-2026</a>.</p>',
                },
                {"type": "heading", "value": "Напомене за уреднике"},
                {
                    "type": "paragraph",
                    "value": "<p>Програм „Млади лидери у безбедности“ покренут је 2023. године. Досадашњи полазници, њих 72, долазе из 19 градова широм Србије. Разговори са бившим учесницима могу се договорити на захтев упућен на адресу press@mlo-belgrade.example.org.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ interview (head of office)
    {
        "key": "interview-dunavski-vesnik",
        "kind": "interview",
        "date": "2026-02-16",
        "topics": ["partnership", "training", "munitions"],
        "image": "belgrade-skyline",
        "featured": False,
        "related": [
            "holmgren-security-forum-speech",
            "munitions-disposal-phase-two",
            "young-leaders-call",
        ],
        "en": {
            "title": "Holmgren: “The best cooperation is the kind you notice when you need it”",
            "lead": "In an interview with the Belgrade daily Dunavski vesnik, Brigadier General Anders Holmgren, Head of the Military Liaison Office Belgrade, spoke about practical cooperation with Serbia, plans for 2026 and his life in the city.",
            "byline": "Interview by Željka Škorić, Dunavski vesnik",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Brigadier General Anders Holmgren has headed the Military Liaison Office Belgrade since August 2024. Before coming to Serbia he commanded an engineer brigade and served as a staff officer in two multinational headquarters. The interview was conducted in English and first published in Serbian on 16 February 2026; it is reproduced here with the newspaper’s permission.</p>",
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "General, you have been in Belgrade for a year and a half. How would you describe cooperation between the Alliance and Serbia to someone who has never heard of your office?",
                        "answer": "<p>I would say that most of our work is quiet and practical. On a typical day my colleagues are arranging a course for officers of the Serbian Armed Forces, helping to plan an exercise, or meeting the experts who are destroying old ammunition. None of this makes the front pages, and that is fine. The best cooperation is often the kind people notice only when they need it: when a flood comes, and rescue teams from different countries already know how to work together.</p><p>Last year, together with the Ministry of Defence and the Serbian Armed Forces, we supported more than sixty activities. Every one of them was chosen by the Serbian side, according to its own priorities.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Many readers associate military cooperation with exercises. Is that the most important part?",
                        "answer": "<p>Exercises are the visible part, but they are the result of months of preparation. Take Drina Shield 2026, which Serbia will host in October. It is a civil emergency exercise: the scenario is a flood, not a battle. Around 900 people will take part, among them firefighters, the Red Cross and municipal crisis teams. Planning began in 2025, and the planning team is led by a Serbian officer.</p><p>Equally important, in my view, is education. Every year several dozen Serbian officers attend courses in Alliance countries, and instructors from those countries come here. When a major from Niš and a major from another country have studied together, it is much easier for them to solve a problem together later.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "One of the projects your office supports is the destruction of surplus ammunition. Why does that matter to ordinary citizens?",
                        "answer": "<p>Because old ammunition does not become safer with age. Explosives deteriorate, and a depot that was safe thirty years ago can become a risk for the villages around it. In the first phase of our project, which ends this spring, around 2,000 tonnes have already been dismantled or destroyed, and most of the metal has been recycled. A second phase is now being prepared.</p><p>I have visited the sites several times. What impressed me most were the Serbian technicians: extremely precise, calm people who know every type of shell by heart. We provide funding and equipment, but the expertise is entirely local.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Young people are often sceptical about institutions. What does your programme for young leaders offer them?",
                        "answer": "<p>Above all, the chance to ask their questions directly. In the <i>Young Leaders in Security</i> programme, students and young professionals talk to diplomats, officers and researchers, and nobody expects them to agree with anyone. Some of the sharpest questions I have been asked in Serbia came from those seminars.</p><p>Many alumni have never worked in defence and never will. One of them is now an engineer at a water utility, another is a journalist. But they understand better how security institutions work, and I think that is useful for any society. Applications for this year open in March.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "To finish, something personal. How do you spend your free time in Belgrade?",
                        "answer": "<p>On weekend mornings I run along the Sava, badly but regularly. My family and I have discovered the city’s markets, and my children now correct my Serbian, especially the cases, which are a daily struggle for me. I have learned that coffee here is never just coffee; it is a conversation, and some of my most useful meetings started exactly that way.</p><p>Belgrade is generous to newcomers. One day I will leave with many good friends and, I hope, a slightly better command of the instrumental case.</p>",
                    },
                },
            ],
        },
        "sr": {
            "title": "Холмгрен: Најбоља сарадња је она коју приметите када вам затреба",
            "lead": "У интервјуу за београдски дневни лист „Дунавски весник“ бригадни генерал Андерс Холмгрен, шеф Канцеларије за војну везу у Београду, говорио је о практичној сарадњи са Србијом, плановима за 2026. годину и свом животу у граду.",
            "byline": "Разговарала Жељка Шкорић, „Дунавски весник“",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Бригадни генерал Андерс Холмгрен на челу је Канцеларије за војну везу у Београду од августа 2024. године. Пре доласка у Србију командовао је инжињеријском бригадом и службовао као штабни официр у два мултинационална штаба. Разговор је вођен на енглеском језику и први пут је објављен на српском 16. фебруара 2026. године; овде га преносимо уз дозволу редакције.</p>",
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Генерале, у Београду сте годину и по дана. Како бисте сарадњу Алијансе и Србије описали некоме ко никада није чуо за вашу Канцеларију?",
                        "answer": "<p>Рекао бих да је највећи део нашег посла тих и практичан. Уобичајен радни дан мојих колега изгледа овако: организују курс за официре Војске Србије, помажу у планирању неке вежбе или се састају са стручњацима који уништавају стару муницију. Ништа од тога не доспева на насловне стране, и то је у реду. Најбоља сарадња често је управо она коју људи примете тек када им затреба: када дође поплава, а спасилачке екипе из различитих земаља већ знају како да раде заједно.</p><p>Прошле године смо, заједно са Министарством одбране и Војском Србије, подржали више од шездесет активности. Сваку од њих изабрала је српска страна, у складу са сопственим приоритетима.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Многи читаоци војну сарадњу повезују са вежбама. Да ли је то њен најважнији део?",
                        "answer": "<p>Вежбе су видљиви део, али оне су резултат вишемесечних припрема. Узмимо као пример вежбу „Дрински штит 2026“, чији ће домаћин у октобру бити Србија. То је вежба реаговања у ванредним ситуацијама: у сценарију је поплава, а не битка. Учествоваће око 900 људи, међу њима ватрогасци, Црвени крст и општински кризни штабови. Планирање је почело 2025. године, а тим планера предводи официр Војске Србије.</p><p>Подједнако је важно, по мом мишљењу, образовање. Сваке године неколико десетина српских официра похађа курсеве у земљама чланицама Алијансе, а инструктори из тих земаља долазе овамо. Када су мајор из Ниша и мајор из неке друге земље заједно учили, касније им је много лакше да заједно реше неки проблем.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Један од пројеката које ваша Канцеларија подржава јесте уништавање вишкова муниције. Зашто је то важно обичним грађанима?",
                        "answer": "<p>Зато што стара муниција с годинама не постаје безбеднија. Експлозив временом губи стабилност, па складиште које је пре тридесет година било безбедно може да постане ризик за околна села. У првој фази нашег пројекта, која се завршава овог пролећа, већ је расклопљено или уништено око 2.000 тона, а највећи део метала је рециклиран. Друга фаза је тренутно у припреми.</p><p>Неколико пута сам обишао те локације. Највише су ме импресионирали српски техничари: изузетно прецизни, смирени људи, који сваку врсту гранате знају напамет. Ми обезбеђујемо финансирање и опрему, али стручно знање је у потпуности домаће.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "Млади су често скептични према институцијама. Шта им нуди ваш програм за младе лидере?",
                        "answer": "<p>Пре свега, прилику да своја питања поставе директно. У програму „Млади лидери у безбедности“ студенти и млади стручњаци разговарају са дипломатама, официрима и истраживачима, а од полазника нико не очекује да се са било ким сложе. Нека од најоштријих питања која су ми постављена у Србији чуо сам управо на тим семинарима.</p><p>Многи полазници никада нису радили у области одбране и неће ни радити. Једна полазница данас је инжењерка у водоводу, један полазник је новинар. Али они сада боље разумеју како функционишу безбедносне институције, а мислим да је то корисно за свако друштво. Конкурс за ову годину отвара се у марту.</p>",
                    },
                },
                {
                    "type": "qa",
                    "value": {
                        "question": "За крај, нешто лично. Како проводите слободно време у Београду?",
                        "answer": "<p>Викендом ујутру трчим поред Саве, лоше, али редовно. Моја породица и ја открили смо београдске пијаце, а деца ме сада исправљају када говорим српски, нарочито када су у питању падежи, који су за мене свакодневна борба. Научио сам да кафа овде никада није само кафа, већ разговор, и неки од мојих најкориснијих састанака почели су управо тако.</p><p>Београд је великодушан према придошлицама. Једног дана отићи ћу одавде са много добрих пријатеља и, надам се, уз нешто боље владање инструменталом.</p>",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------ speech
    {
        "key": "holmgren-security-forum-speech",
        "kind": "speech",
        "date": "2025-11-12",
        "topics": ["partnership"],
        "image": "podium-conference",
        "featured": False,
        "related": ["interview-dunavski-vesnik", "statement-after-vucetic-meeting"],
        "en": {
            "title": "Trust is built one practical step at a time",
            "lead": "Extracts from the address by Brigadier General Anders Holmgren, Head of the Military Liaison Office Belgrade, to the annual Forum on Security Dialogue, Belgrade, 12 November 2025.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Thank you for inviting me to speak at the opening of this year’s Forum. Many of you have sat in this hall for years and listened to officers like me talk about partnership. Today I would like to talk less about the word and more about what it means on an ordinary Tuesday.</p><p>On an ordinary Tuesday, partnership means a Serbian captain and his colleague from an Alliance country arguing politely over a map until they agree where to place a water purification unit. It means a technician signing the record for a crate of old shells that will never again be a danger to anyone. It means a student from Kraljevo boarding a plane for the first time in her life to attend a seminar.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Trust between institutions is not declared at a ceremony. It is built one practical step at a time, and it is kept by doing what you said you would do.",
                        "attribution": "Brigadier General Anders Holmgren",
                    },
                },
                {"type": "heading", "value": "Listening before advising"},
                {
                    "type": "paragraph",
                    "value": "<p>The most important lesson of my first year in Belgrade is that good cooperation starts with listening. Serbia decides what it needs and in which areas it wishes to work with us, and our task is to offer expertise that is useful on its own terms. When we respect that order, the results outlast any of our postings.</p><p>This year alone our office supported more than sixty activities: courses, expert visits, exercises and projects. Not one of them would have been possible without colleagues in the Ministry of Defence and the Serbian Armed Forces, who gave them their time and their ideas.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "I would rather be judged by a bridge that a joint team can rebuild during a flood than by a speech that sounds good in a conference hall.",
                        "attribution": "Brigadier General Anders Holmgren",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Let me end with an invitation. The doors of our office are open to researchers, students and journalists who want to understand what we do. Ask us difficult questions. We will answer them as clearly as we can.</p>",
                },
            ],
        },
        "sr": {
            "title": "Поверење се гради корак по корак, кроз практичну сарадњу",
            "lead": "Изводи из обраћања бригадног генерала Андерса Холмгрена, шефа Канцеларије за војну везу у Београду, на годишњем Форуму о безбедносном дијалогу, Београд, 12. новембра 2025. године.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Захваљујем вам на позиву да говорим на отварању овогодишњег Форума. Многи од вас годинама седе у овој сали и слушају официре попут мене како говоре о партнерству. Данас бих желео да мање говорим о самој речи, а више о томе шта она значи једног обичног уторка.</p><p>Једног обичног уторка партнерство значи да српски капетан и његов колега из једне од земаља чланица Алијансе учтиво расправљају над мапом све док се не сложе где да поставе уређај за пречишћавање воде. Значи да техничар потписује записник за сандук старих граната које више никада никоме неће представљати опасност. Значи да студенткиња из Краљева први пут у животу улази у авион да би отишла на семинар.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Поверење између институција не проглашава се на свечаности. Гради се корак по корак, кроз практичну сарадњу, а чува се тако што урадите оно што сте обећали.",
                        "attribution": "бригадни генерал Андерс Холмгрен",
                    },
                },
                {"type": "heading", "value": "Најпре слушати, па тек онда саветовати"},
                {
                    "type": "paragraph",
                    "value": "<p>Најважнија лекција моје прве године у Београду јесте да добра сарадња почиње слушањем. Србија одлучује шта јој је потребно и у којим областима жели да сарађује са нама, а наш задатак је да понудимо стручност која јој је корисна у складу са њеним потребама. Када поштујемо тај редослед, резултати трају дуже од било ког нашег мандата.</p><p>Само ове године наша Канцеларија подржала је више од шездесет активности: курсеве, посете стручњака, вежбе и пројекте. Ниједна од њих не би била могућа без колега из Министарства одбране и Војске Србије, који су у њих уложили своје време и своје идеје.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Више бих волео да ме процењују по мосту који заједнички тим може да обнови током поплаве него по говору који лепо звучи у конгресној сали.",
                        "attribution": "бригадни генерал Андерс Холмгрен",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Дозволите ми да завршим позивом. Врата наше Канцеларије отворена су за истраживаче, студенте и новинаре који желе да разумеју чиме се бавимо. Постављајте нам тешка питања. Одговараћемо на њих што јасније можемо.</p>",
                },
            ],
        },
    },
    # ------------------------------------------------------------------ news (visit)
    {
        "key": "nowicka-visit-belgrade",
        "kind": "news",
        "date": "2025-10-08",
        "topics": ["visits", "partnership"],
        "image": "flags-parade",
        "featured": False,
        "related": ["statement-after-vucetic-meeting", "staff-course-graduation"],
        "en": {
            "title": "Deputy Commander of the Southern Joint Command visits Belgrade",
            "lead": "Vice Admiral Katarzyna Nowicka held talks at the Ministry of Defence and the General Staff of the Serbian Armed Forces during a two-day visit to Belgrade.",
            "byline": "MLO Belgrade Public Affairs",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Vice Admiral Katarzyna Nowicka, Deputy Commander of the Alliance’s Southern Joint Command, was in Belgrade on 7 and 8 October at the invitation of the Military Liaison Office. At the Ministry of Defence she was received by State Secretary Đorđe Vučetić, and she also met senior officers of the General Staff of the Serbian Armed Forces.</p><p>The talks focused on the annual programme of cooperation, preparations for next year’s Drina Shield exercise, and opportunities for Serbian officers to serve as instructors at Alliance training centres.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Our partnership with Serbia rests on mutual respect and on projects that bring concrete benefits. I was impressed by the professionalism of everyone I met, and by how openly we could discuss both achievements and difficulties.",
                        "attribution": "Vice Admiral Katarzyna Nowicka",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>On the second day of her visit, Vice Admiral Nowicka toured a training centre for multinational operations, where she spoke with officers preparing for deployment to international missions.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "handshake-ministry",
                        "alt": "A naval officer in a dark blue uniform shaking hands with a civilian official in front of a row of flags",
                        "caption": "State Secretary Đorđe Vučetić welcomes Vice Admiral Katarzyna Nowicka to the Ministry of Defence.",
                        "credit": "Ministry of Defence / Media Centre",
                    },
                },
            ],
        },
        "sr": {
            "title": "Заменица команданта Јужне здружене команде у посети Београду",
            "lead": "Вицеадмирал Катажина Новицка разговарала је у Министарству одбране и Генералштабу Војске Србије током дводневне посете Београду.",
            "byline": "Канцеларија за војну везу, Служба за односе с јавношћу",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Вицеадмирал Катажина Новицка, заменица команданта Јужне здружене команде Алијансе, боравила је 7. и 8. октобра у Београду на позив Канцеларије за војну везу. У Министарству одбране примио ју је државни секретар Ђорђе Вучетић, а састала се и са високим официрима Генералштаба Војске Србије.</p><p>Разговори су били усмерени на годишњи програм сарадње, припреме за вежбу „Дрински штит“ наредне године и могућности да официри Војске Србије буду ангажовани као инструктори у центрима за обуку Алијансе.</p>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Наше партнерство са Србијом почива на узајамном поштовању и на пројектима који доносе конкретну корист. Импресионирана сам професионализмом свих које сам упознала, као и тиме колико смо отворено могли да разговарамо и о постигнућима и о тешкоћама.",
                        "attribution": "вицеадмирал Катажина Новицка",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Другог дана посете вицеадмирал Новицка обишла је центар за обуку за мултинационалне операције, где је разговарала са официрима који се припремају за упућивање у међународне мисије.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "handshake-ministry",
                        "alt": "Поморски официр у тамноплавој униформи рукује се са цивилним званичником испред низа застава",
                        "caption": "Државни секретар Ђорђе Вучетић дочекао је Катажину Новицку у Министарству одбране.",
                        "credit": "Министарство одбране / Медијски центар",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------ statement
    {
        "key": "statement-after-vucetic-meeting",
        "kind": "statement",
        "date": "2025-09-25",
        "topics": ["partnership", "visits"],
        "image": "handshake-ministry",
        "featured": False,
        "related": ["nowicka-visit-belgrade", "holmgren-security-forum-speech"],
        "en": {
            "title": "Statement by the Head of Office after meeting State Secretary Vučetić",
            "lead": "Brigadier General Anders Holmgren met State Secretary Đorđe Vučetić at the Ministry of Defence on 25 September to review cooperation for the coming year.",
            "byline": "MLO Belgrade",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>I thank State Secretary Vučetić for a constructive and open meeting. We reviewed the results of our cooperation in 2025 and agreed on the main priorities for next year: civil emergency preparedness, the safe disposal of surplus ammunition, professional military education and programmes for young people.</p><p>We also discussed preparations for a large civil emergency exercise that Serbia will host in the autumn of 2026, and the second phase of the munitions disposal project. Both will be planned jointly, step by step, and in line with the needs identified by the Serbian side.</p><p>Serbia is a valued partner, and the practical results of our cooperation benefit citizens on all sides. I look forward to continuing this work with the State Secretary and his team.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "handshake-ministry",
                        "alt": "Two men, one in a suit and one in uniform, shaking hands in a meeting room in front of flags",
                        "caption": "Brigadier General Anders Holmgren and State Secretary Đorđe Vučetić at the Ministry of Defence, 25 September 2025.",
                        "credit": "Ministry of Defence / Media Centre",
                    },
                },
                {"type": "heading", "value": "Background"},
                {
                    "type": "paragraph",
                    "value": "<p>The Head of Office meets senior officials of the Ministry of Defence regularly to follow the annual programme of cooperation, which in 2025 includes more than sixty activities.</p>",
                },
            ],
        },
        "sr": {
            "title": "Изјава шефа Канцеларије након састанка са државним секретаром Вучетићем",
            "lead": "Бригадни генерал Андерс Холмгрен састао се 25. септембра у Министарству одбране са државним секретаром Ђорђем Вучетићем, са којим је разговарао о сарадњи у наредној години.",
            "byline": "Канцеларија за војну везу у Београду",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Захваљујем државном секретару Вучетићу на конструктивном и отвореном састанку. Размотрили смо резултате наше сарадње у 2025. години и договорили главне приоритете за наредну годину: приправност за ванредне ситуације, безбедно уништавање вишкова муниције, професионално војно образовање и програме за младе.</p><p>Разговарали смо и о припремама за велику вежбу реаговања у ванредним ситуацијама чији ће домаћин на јесен 2026. године бити Србија, као и о другој фази пројекта уништавања муниције. Обе активности планираћемо заједнички, корак по корак, у складу са потребама које утврди српска страна.</p><p>Србија је цењен партнер, а практични резултати наше сарадње користе грађанима са свих страна. Радујем се наставку рада са државним секретаром и његовим тимом.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "handshake-ministry",
                        "alt": "Двојица мушкараца, један у оделу, а други у униформи, рукују се у сали за састанке испред застава",
                        "caption": "Бригадни генерал Андерс Холмгрен и државни секретар Ђорђе Вучетић у Министарству одбране, 25. септембра 2025.",
                        "credit": "Министарство одбране / Медијски центар",
                    },
                },
                {"type": "heading", "value": "Контекст"},
                {
                    "type": "paragraph",
                    "value": "<p>Шеф Канцеларије редовно се састаје са високим функционерима Министарства одбране ради праћења годишњег програма сарадње, који у 2025. години обухвата више од шездесет активности.</p>",
                },
            ],
        },
    },
]

PAGES = [
    {
        "key": "about",
        "en": {
            "title": "About the office",
            "lead": "The Military Liaison Office Belgrade facilitates practical cooperation between the Alliance and Serbia’s defence institutions.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>The office opened in September 2011 at the invitation of the Serbian authorities. It is a small team of military and civilian staff from several Alliance countries, working alongside colleagues in the Ministry of Defence and the Serbian Armed Forces.</p><p>Our main tasks are:</p><ul><li>to support the annual programme of cooperation agreed with the Serbian side;</li><li>to help organise courses, expert visits, exercises and trust fund projects;</li><li>to keep Serbian institutions informed about the Alliance’s partnership tools;</li><li>to inform the public and the media about our work in Serbia.</li></ul>",
                },
                {"type": "heading", "value": "Who we are"},
                {
                    "type": "paragraph",
                    "value": "<p>The office is headed by Brigadier General Anders Holmgren, who took up his post in August 2024. The public affairs team, led by Lieutenant Colonel Claire Dumont, edits this website and answers questions from the media.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "belgrade-skyline",
                        "alt": "Belgrade rooftops and bridges at dusk, with the lights of the city coming on",
                        "caption": "Belgrade, home of the office since 2011.",
                        "credit": "MLO Belgrade / Public Affairs",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>The office has no political mandate and is not a diplomatic mission. Its work is strictly practical and is carried out in agreement with the Serbian institutions.</p>",
                },
            ],
        },
        "sr": {
            "title": "О Канцеларији",
            "lead": "Канцеларија за војну везу у Београду посредује у практичној сарадњи Алијансе са одбрамбеним институцијама Србије.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Канцеларија је отворена у септембру 2011. године на позив надлежних органа Србије. Чини је мали тим војног и цивилног особља из више земаља чланица Алијансе, који ради заједно са колегама из Министарства одбране и Војске Србије.</p><p>Наши главни задаци су:</p><ul><li>подршка годишњем програму сарадње договореном са српском страном;</li><li>помоћ у организовању курсева, посета стручњака, вежби и пројеката повереничких фондова;</li><li>информисање институција Србије о партнерским механизмима Алијансе;</li><li>информисање јавности и медија о нашем раду у Србији.</li></ul>",
                },
                {"type": "heading", "value": "Ко смо ми"},
                {
                    "type": "paragraph",
                    "value": "<p>На челу Канцеларије је бригадни генерал Андерс Холмгрен, који је дужност преузео у августу 2024. године. Тим за односе с јавношћу, који предводи потпуковник Клер Димон, уређује ову интернет страницу и одговара на питања медија.</p>",
                },
                {
                    "type": "image",
                    "value": {
                        "image": "belgrade-skyline",
                        "alt": "Београдски кровови и мостови у сумрак, док се у граду пале светла",
                        "caption": "Београд, седиште Канцеларије од 2011. године.",
                        "credit": "Канцеларија за војну везу / Служба за односе с јавношћу",
                    },
                },
                {
                    "type": "paragraph",
                    "value": "<p>Канцеларија нема политички мандат и није дипломатско представништво. Њен рад је искључиво практичан и одвија се у договору са институцијама Србије.</p>",
                },
            ],
        },
    },
    {
        "key": "partnership",
        "en": {
            "title": "Partnership with Serbia",
            "lead": "Cooperation between the Alliance and Serbia is practical, tailored and based on priorities set by Serbia.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Serbia takes part in the Alliance’s Partnership and Cooperation Programme. Each year the Serbian side selects activities from a catalogue of several hundred courses, workshops, exercises and expert visits, and proposes projects of its own.</p>",
                },
                {"type": "heading", "value": "Main areas of cooperation"},
                {
                    "type": "paragraph",
                    "value": "<ul><li><b>Civil emergencies</b>: joint planning, training and exercises such as Drina Shield 2026.</li><li><b>Munitions safety</b>: the Safe Stockpiles trust fund project.</li><li><b>Education and training</b>: courses for officers and civilian staff, in Serbia and abroad.</li><li><b>Science and youth</b>: research grants and the Young Leaders in Security programme.</li></ul>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "We do not offer a ready-made package. We listen to what our partners need and build cooperation around it, one project at a time.",
                        "attribution": "Brigadier General Anders Holmgren, Head of the Military Liaison Office Belgrade",
                    },
                },
                {
                    "type": "paragraph",
                    "value": '<p>More background on the partnership programmes is available in the Alliance’s public documentation at <a href="https://www.alliance.example.org/partnerships">www.alliance.example.org/partnerships</a>.</p>',
                },
            ],
        },
        "sr": {
            "title": "Партнерство са Србијом",
            "lead": "Сарадња Алијансе и Србије је практична, прилагођена потребама и заснована на приоритетима које одређује Србија.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Србија учествује у Програму партнерства и сарадње Алијансе. Српска страна сваке године бира активности из каталога од неколико стотина курсева, радионица, вежби и посета стручњака, а предлаже и сопствене пројекте.</p>",
                },
                {"type": "heading", "value": "Главне области сарадње"},
                {
                    "type": "paragraph",
                    "value": "<ul><li><b>Ванредне ситуације</b>: заједничко планирање, обука и вежбе као што је „Дрински штит 2026“.</li><li><b>Безбедност муниције</b>: пројекат повереничког фонда „Безбедна складишта“.</li><li><b>Образовање и обука</b>: курсеви за официре и цивилно особље у Србији и иностранству.</li><li><b>Наука и млади</b>: истраживачке стипендије и програм „Млади лидери у безбедности“.</li></ul>",
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Не нудимо унапред припремљен пакет. Слушамо шта је нашим партнерима потребно и око тога градимо сарадњу, пројекат по пројекат.",
                        "attribution": "бригадни генерал Андерс Холмгрен, шеф Канцеларије за војну везу у Београду",
                    },
                },
                {
                    "type": "paragraph",
                    "value": '<p>Више информација о партнерским програмима доступно је у јавној документацији Алијансе, на адреси <a href="https://www.alliance.example.org/partnerships">www.alliance.example.org/partnerships</a>.</p>',
                },
            ],
        },
    },
]

CONTACT_PAGE = {
    "en": {
        "title": "Contact",
        "intro": (
            "You can reach the Military Liaison Office Belgrade at the addresses below. "
            "Please note that the media telephone line and the press address are reserved for journalists."
        ),
    },
    "sr": {
        "title": "Контакт",
        "intro": (
            "Канцеларији за војну везу у Београду можете се обратити на доле наведене адресе. "
            "Напомињемо да су телефон и адреса за медије намењени искључиво новинарима."
        ),
    },
}

CONTACTS = [
    {
        "role": "office",
        "name": {"en": "Military Liaison Office", "sr": "Канцеларија за војну везу"},
        "address": {
            "en": "Military Liaison Office Belgrade\nLipova aleja 12\n11000 Belgrade",
            "sr": "Канцеларија за војну везу\nЛипова алеја 12\n11000 Београд",
        },
        "phone": "+381 11 555 0100",
        "email": "office@mlo-belgrade.example.org",
    },
    {
        "role": "media",
        "name": {"en": "Media Operations", "sr": "Служба за односе с медијима"},
        "address": {
            "en": "Media Operations\nLipova aleja 12, 2nd floor\n11000 Belgrade",
            "sr": "Служба за односе с медијима\nЛипова алеја 12, II спрат\n11000 Београд",
        },
        "phone": "+381 11 555 0101",
        "email": "press@mlo-belgrade.example.org",
    },
    {
        "role": "public_affairs",
        "name": {"en": "Public Affairs Office", "sr": "Служба за односе с јавношћу"},
        "address": {
            "en": "Public Affairs Office\nKapetana Radića 8\n11000 Belgrade",
            "sr": "Служба за односе с јавношћу\nКапетана Радића 8\n11000 Београд",
        },
        "phone": "+381 11 555 0102",
        "email": "publicaffairs@mlo-belgrade.example.org",
    },
]

# Fictional people; the Latin site derives their names from the Cyrillic.
SPOKESPEOPLE = [
    {
        "name": {"en": "Jelena Marković", "sr": "Јелена Марковић"},
        "role": {"en": "Spokesperson", "sr": "Портпаролка"},
        "phone": "+381 11 555 0110",
        "email": "jelena.markovic@mlo-belgrade.example.org",
        "languages": ["sr", "en", "fr"],
        "on_press_releases": True,
    },
    {
        "name": {"en": "Daniel Brooks", "sr": "Данијел Брукс"},
        "role": {
            "en": "Deputy spokesperson, media operations",
            "sr": "Заменик портпаролке, служба за односе с медијима",
        },
        "phone": "+381 11 555 0111",
        "email": "daniel.brooks@mlo-belgrade.example.org",
        "languages": ["en", "sr"],
        "on_press_releases": False,
    },
]

# Fictional media events, dated from the day the demo is loaded (days ahead,
# Belgrade time), so that the calendar has upcoming events.
MEDIA_EVENTS = [
    {
        "key": "medical-exercise-briefing",
        "starts": (7, "11:00"),
        "ends": (7, "12:00"),
        "accreditation": (5, "15:00"),
        "languages": ["sr", "en"],
        "en": {
            "title": "Press conference on the joint medical exercise",
            "place": "Military Liaison Office, Lipova aleja 12, Belgrade",
            "description": (
                "The commanders of the participating medical units present the "
                "plan of the joint exercise and answer journalists' questions. "
                "Interpretation between Serbian and English is provided."
            ),
        },
        "sr": {
            "title": "Конференција за медије о заједничкој санитетској вежби",
            "place": "Канцеларија за војну везу, Липова алеја 12, Београд",
            "description": (
                "Команданти санитетских јединица које учествују у вежби "
                "представљају план заједничке вежбе и одговарају на питања "
                "новинара. Обезбеђен је превод са српског на енглески и обрнуто."
            ),
        },
    },
    {
        "key": "engineering-exercise-media-day",
        "starts": (14, "09:30"),
        "ends": (14, "14:00"),
        "accreditation": (10, "12:00"),
        "languages": ["sr", "en"],
        "en": {
            "title": "Media day at the engineering exercise",
            "place": "Pasuljanske livade training area, near Ćuprija",
            "description": (
                "Journalists can follow the building of a pontoon bridge and "
                "talk to the engineers. Transport from Belgrade leaves at 7:00; "
                "accredited journalists receive the details by e-mail."
            ),
        },
        "sr": {
            "title": "Дан медија на инжињеријској вежби",
            "place": "Полигон „Пасуљанске ливаде“, код Ћуприје",
            "description": (
                "Новинари могу да прате постављање понтонског моста и да "
                "разговарају са инжињерцима. Превоз из Београда полази у 7 "
                "часова; акредитовани новинари детаље добијају е-поштом."
            ),
        },
    },
    {
        "key": "coordination-meeting-statement",
        "starts": (21, "13:00"),
        "ends": None,
        "accreditation": None,
        "languages": ["sr", "en"],
        "en": {
            "title": "Statement to the press after the coordination meeting",
            "place": "Military Liaison Office, Lipova aleja 12, Belgrade",
            "description": (
                "The head of the office gives a short statement after the "
                "annual coordination meeting. No questions will be taken."
            ),
        },
        "sr": {
            "title": "Изјава за медије након координационог састанка",
            "place": "Канцеларија за војну везу, Липова алеја 12, Београд",
            "description": (
                "Шеф Канцеларије даје кратку изјаву након годишњег "
                "координационог састанка. Питања неће бити могућа."
            ),
        },
    },
]

MEDIA_INQUIRY_PAGE = {
    "en": {
        "title": "Media inquiries",
        "notice": (
            "Media Operations answers inquiries from journalists and media outlets only, "
            "working with the Alliance’s headquarters press office. Members of the public "
            "are kindly asked to write to the office’s general address instead."
        ),
        "intro": (
            "Journalists can send us their questions here. You will receive a reference "
            "and a private link where you can follow your inquiry and read our answer. "
            "We aim to respond within four working hours (Monday to Friday, 08:00–16:00) "
            "and do our best to meet your deadline."
        ),
    },
    "sr": {
        "title": "Упити медија",
        "notice": (
            "Служба за односе с медијима одговара само на упите новинара и медијских кућа, "
            "у сарадњи са службом за штампу седишта Алијансе. Молимо грађане да се обрате "
            "на општу адресу Канцеларије."
        ),
        "intro": (
            "Новинари нам овде могу послати своја питања. Добићете број предмета и "
            "приватну везу на којој можете пратити свој упит и прочитати наш одговор. "
            "Трудимо се да одговоримо у року од четири радна сата (радним данима од 8 до "
            "16 часова) и да испоштујемо ваш рок."
        ),
    },
}

MEDIA_OUTLETS = [
    {"name": "Dnevni glasnik (fictional)", "domains": "glasnik.example.org"},
    {
        "name": "Radio Sava (fictional)",
        "domains": "radiosava.example.org\nsava.example.org",
    },
]

ANSWER_TEMPLATES = [
    {
        "title": "Referred to HQ press office",
        "en": (
            "Thank you for your question. It concerns matters handled by the Alliance’s "
            "headquarters press office, which has been informed of your inquiry; please "
            "find its reply below."
        ),
        "sr": (
            "Захваљујемо на питању. Оно се тиче питања из надлежности службе за штампу "
            "седишта Алијансе, која је обавештена о вашем упиту; њен одговор налазите у "
            "наставку."
        ),
    },
]
