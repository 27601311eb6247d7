# ruff: noqa: E501
"""The relevance set: what a reader types and the page they mean to find.

Built by hand on the demo content, in the three reading languages, for the
three kinds of miss a held-out set of reader queries showed (docs/search.md):

- ``extra``: the query has a word the page lacks, or a stop word (the page
  must be among the first three results);
- ``forms``: a word in another case, gender, number, script or spelling than
  the page has it (the page must be among the first three);
- ``rank``: the page whose title holds the query, or its exact phrase, must
  come first.

Each line: kind | reading language | query | the page's title (in its
content language: a Latin reader's result is compared after conversion).
"""

# One query a line, as a reader types it: long lines are the data.
RELEVANCE_SET = """
extra|en|space as an operational domain for the Drina Shield exercise|Drina Shield 2026 opens with a flood-rescue scenario
extra|en|flood rescue exercise in the Drina valley in Bosnia|Drina Shield 2026 opens with a flood-rescue scenario
extra|en|what is the Young Leaders in Security programme|Applications open for the 2026 Young Leaders in Security programme
extra|en|how to apply for the young leaders scholarship|Applications open for the 2026 Young Leaders in Security programme
extra|en|munitions disposal project second phase funding|Second phase of obsolete munitions disposal project begins
extra|en|obsolete ammunition destruction project|Second phase of obsolete munitions disposal project begins
extra|en|Holmgren meeting with state secretary Vucetic in September|Statement by the Head of Office after meeting State Secretary Vučetić
extra|en|statement on the floods in western Serbia and Bosnia|Statement on the floods in western Serbia
extra|en|pumps generators donated to flooded municipalities|Pumps and generators from partner countries reach flooded municipalities
extra|en|multinational staff course graduation Belgrade|Officers from seven countries complete multinational staff course in Belgrade
extra|en|Vice Admiral Nowicka official visit to Belgrade|Deputy Commander of the Southern Joint Command visits Belgrade
extra|en|interview with captain Dzunic about patience|“Patience is the most important tool we have”
extra|en|Whitfield speech on resilience and the town hall|Resilience starts in the town hall, not in headquarters
extra|en|Holmgren speech on trust at the security forum|Trust is built one practical step at a time
extra|en|fifteenth anniversary reception of the liaison office|Fifteen years in Belgrade: the office marks its anniversary
extra|en|photos of the munitions disposal site visit|A day at the munitions disposal site
extra|en|Drina Shield photo gallery|Drina Shield 2026 in pictures
extra|en|the best cooperation is the kind you notice|Holmgren: “The best cooperation is the kind you notice when you need it”
extra|en|partnership between Serbia and the Alliance explained|Partnership with Serbia
extra|en|about the military liaison office in Belgrade|About the office
extra|sr|вежба Дрински штит у Босни|Почела вежба „Дрински штит 2026“ са сценаријом поплава
extra|sr|изјава о поплавама у западној Србији и Босни|Изјава поводом поплава у западној Србији
extra|sr|конкурс за стипендију Млади лидери|Отворен конкурс за програм „Млади лидери у безбедности“ 2026
extra|sr|уништавање муниције друга фаза финансирање|Почела друга фаза пројекта уништавања застареле муниције
extra|sr|састанак Холмгрена и Вучетића у министарству у септембру|Изјава шефа Канцеларије након састанка са државним секретаром Вучетићем
extra|sr|пумпе и агрегати донација општинама|Пумпе и агрегати из партнерских земаља стигли у поплављене општине
extra|sr|мултинационални штабни курс завршна церемонија|Официри из седам земаља завршили мултинационални штабни курс у Београду
extra|sr|посета вицеадмирала Новицке Београду званично|Заменица команданта Јужне здружене команде у посети Београду
extra|sr|интервју са капетаном Џунићем о стрпљењу|„Стрпљење је најважнији алат који имамо“
extra|sr|говор Витфилда о отпорности у општини|Отпорност почиње у општини, а не у штабу
extra|sr|говор Холмгрена о поверењу на форуму|Поверење се гради корак по корак, кроз практичну сарадњу
extra|sr|годишњица Канцеларије петнаест година прослава|Петнаест година у Београду: Канцеларија обележила годишњицу
extra|sr|фотографије са локације за уништавање муниције|Један дан на локацији за уништавање муниције
extra|sr|Дрински штит фотографије галерија|Вежба „Дрински штит 2026“ у сликама
extra|sr|партнерство Србије и Алијансе објашњење|Партнерство са Србијом
extra|sr-latn|vezba Drinski stit u Bosni|Počela vežba „Drinski štit 2026“ sa scenarijom poplava
extra|sr-latn|izjava o poplavama u zapadnoj Srbiji i Bosni|Izjava povodom poplava u zapadnoj Srbiji
extra|sr-latn|konkurs za stipendiju Mladi lideri|Otvoren konkurs za program „Mladi lideri u bezbednosti“ 2026
extra|sr-latn|sastanak Holmgrena i Vucetica u septembru|Izjava šefa Kancelarije nakon sastanka sa državnim sekretarom Vučetićem
extra|sr-latn|intervju sa kapetanom Dzunicem o strpljenju|„Strpljenje je najvažniji alat koji imamo“
forms|sr|Дрински штит|Почела вежба „Дрински штит 2026“ са сценаријом поплава
forms|sr|дринског штита|Почела вежба „Дрински штит 2026“ са сценаријом поплава
forms|sr|поплаве у западној Србији|Изјава поводом поплава у западној Србији
forms|sr|поплава западна Србија|Изјава поводом поплава у западној Србији
forms|sr|западне Србије поплаве|Изјава поводом поплава у западној Србији
forms|sr|млади лидер безбедност|Отворен конкурс за програм „Млади лидери у безбедности“ 2026
forms|sr|младих лидера|Отворен конкурс за програм „Млади лидери у безбедности“ 2026
forms|sr|застарела муниција|Почела друга фаза пројекта уништавања застареле муниције
forms|sr|застарелом муницијом|Почела друга фаза пројекта уништавања застареле муниције
forms|sr|друге фазе пројекта|Почела друга фаза пројекта уништавања застареле муниције
forms|sr|државни секретар Вучетић|Изјава шефа Канцеларије након састанка са државним секретаром Вучетићем
forms|sr|државног секретара|Изјава шефа Канцеларије након састанка са државним секретаром Вучетићем
forms|sr|састанак са Вучетићем|Изјава шефа Канцеларије након састанка са државним секретаром Вучетићем
forms|sr|пумпа агрегат|Пумпе и агрегати из партнерских земаља стигли у поплављене општине
forms|sr|партнерске земље|Пумпе и агрегати из партнерских земаља стигли у поплављене општине
forms|sr|поплављена општина|Пумпе и агрегати из партнерских земаља стигли у поплављене општине
forms|sr|мултинационалног штабног курса|Официри из седам земаља завршили мултинационални штабни курс у Београду
forms|sr|официр курс|Официри из седам земаља завршили мултинационални штабни курс у Београду
forms|sr|заменик команданта|Заменица команданта Јужне здружене команде у посети Београду
forms|sr|јужна здружена команда|Заменица команданта Јужне здружене команде у посети Београду
forms|sr|Катажине Новицке|Заменица команданта Јужне здружене команде у посети Београду
forms|sr|стрпљењем|„Стрпљење је најважнији алат који имамо“
forms|sr|најважнијим алатом|„Стрпљење је најважнији алат који имамо“
forms|sr|отпорност општине|Отпорност почиње у општини, а не у штабу
forms|sr|поверењем корак по корак|Поверење се гради корак по корак, кроз практичну сарадњу
forms|sr|практична сарадња|Поверење се гради корак по корак, кроз практичну сарадњу
forms|sr|годишњице Канцеларије|Петнаест година у Београду: Канцеларија обележила годишњицу
forms|sr|локација уништавања муниције|Један дан на локацији за уништавање муниције
forms|sr|слика Дринског штита|Вежба „Дрински штит 2026“ у сликама
forms|sr|партнерства са Србијом|Партнерство са Србијом
forms|sr|најбољом сарадњом|Холмгрен: Најбоља сарадња је она коју приметите када вам затреба
forms|sr-latn|drinski stit|Počela vežba „Drinski štit 2026“ sa scenarijom poplava
forms|sr-latn|poplave u zapadnoj Srbiji|Izjava povodom poplava u zapadnoj Srbiji
forms|sr-latn|mladih lidera u bezbednosti|Otvoren konkurs za program „Mladi lideri u bezbednosti“ 2026
forms|sr-latn|zastarelom municijom|Počela druga faza projekta uništavanja zastarele municije
forms|sr-latn|drzavnog sekretara Vucetica|Izjava šefa Kancelarije nakon sastanka sa državnim sekretarom Vučetićem
forms|sr-latn|djordjem vucetićem|Izjava šefa Kancelarije nakon sastanka sa državnim sekretarom Vučetićem
forms|sr-latn|multinacionalnog štabnog kursa|Oficiri iz sedam zemalja završili multinacionalni štabni kurs u Beogradu
forms|sr-latn|Katazine Novicke|Zamenica komandanta Južne združene komande u poseti Beogradu
forms|sr-latn|strpljenjem|„Strpljenje je najvažniji alat koji imamo“
forms|en|flooded municipality|Pumps and generators from partner countries reach flooded municipalities
forms|en|officer completing multinational courses|Officers from seven countries complete multinational staff course in Belgrade
forms|en|young leader|Applications open for the 2026 Young Leaders in Security programme
forms|en|munition disposal|Second phase of obsolete munitions disposal project begins
forms|en|Vucetic|Statement by the Head of Office after meeting State Secretary Vučetić
forms|en|visiting Belgrade|Deputy Commander of the Southern Joint Command visits Belgrade
forms|en|picture|Drina Shield 2026 in pictures
rank|en|Drina Shield 2026 in pictures|Drina Shield 2026 in pictures
rank|en|flood-rescue scenario|Drina Shield 2026 opens with a flood-rescue scenario
rank|en|munitions disposal site|A day at the munitions disposal site
rank|en|obsolete munitions disposal project|Second phase of obsolete munitions disposal project begins
rank|en|floods in western Serbia|Statement on the floods in western Serbia
rank|en|multinational staff course|Officers from seven countries complete multinational staff course in Belgrade
rank|en|Southern Joint Command|Deputy Commander of the Southern Joint Command visits Belgrade
rank|en|most important tool|“Patience is the most important tool we have”
rank|en|town hall|Resilience starts in the town hall, not in headquarters
rank|en|one practical step at a time|Trust is built one practical step at a time
rank|en|Young Leaders in Security|Applications open for the 2026 Young Leaders in Security programme
rank|en|partnership with Serbia|Partnership with Serbia
rank|en|pumps and generators|Pumps and generators from partner countries reach flooded municipalities
rank|en|State Secretary Vučetić|Statement by the Head of Office after meeting State Secretary Vučetić
rank|en|fifteen years in Belgrade|Fifteen years in Belgrade: the office marks its anniversary
rank|sr|Дрински штит 2026 у сликама|Вежба „Дрински штит 2026“ у сликама
rank|sr|сценарио поплава|Почела вежба „Дрински штит 2026“ са сценаријом поплава
rank|sr|уништавање муниције|Један дан на локацији за уништавање муниције
rank|sr|поплаве у западној Србији|Изјава поводом поплава у западној Србији
rank|sr|мултинационални штабни курс|Официри из седам земаља завршили мултинационални штабни курс у Београду
rank|sr|Јужне здружене команде|Заменица команданта Јужне здружене команде у посети Београду
rank|sr|најважнији алат|„Стрпљење је најважнији алат који имамо“
rank|sr|отпорност почиње у општини|Отпорност почиње у општини, а не у штабу
rank|sr|поверење се гради корак по корак|Поверење се гради корак по корак, кроз практичну сарадњу
rank|sr|партнерство са Србијом|Партнерство са Србијом
rank|sr|пумпе и агрегати|Пумпе и агрегати из партнерских земаља стигли у поплављене општине
rank|sr|државни секретар Вучетић|Изјава шефа Канцеларије након састанка са државним секретаром Вучетићем
rank|sr|петнаест година у Београду|Петнаест година у Београду: Канцеларија обележила годишњицу
rank|sr-latn|najbolja saradnja|Holmgren: Najbolja saradnja je ona koju primetite kada vam zatreba
rank|sr-latn|mladi lideri u bezbednosti|Otvoren konkurs za program „Mladi lideri u bezbednosti“ 2026
"""


def cases():
    """(kind, language, query, title) for each line of the set."""
    return [
        tuple(line.split("|"))
        for line in RELEVANCE_SET.strip().splitlines()
        if line.strip()
    ]
