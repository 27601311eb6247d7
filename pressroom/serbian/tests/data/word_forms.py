# ruff: noqa: E501
"""Serbian words of the demo content and the import example, each with its forms.

Built by hand for measuring the search stemmer: every word below occurs in
``pressroom/demo/content.py`` or ``docs/import-example.json`` in at least one
of its forms; the other forms are the ones a reader types (cases of nouns and
adjectives, genders and tenses of verbs). One line per dictionary form: the
first word is that form, the rest are its inflections. All forms of a line
should give one search term, and two lines should not share a term.
"""

WORD_FORMS = """
saradnja saradnje saradnji saradnju saradnjom
kancelarija kancelarije kancelariji kancelariju kancelarijom kancelarijama
vojni vojnog vojnom vojnim vojna vojne vojnu vojnih vojnoj vojnoga
vojska vojske vojsci vojsku vojskom
odbrana odbrane odbrani odbranu odbranom
zemlja zemlje zemlji zemlju zemljom zemljama zemalja
general generala generalu generalom generali generalima
brigadni brigadnog brigadnom brigadnim brigadna brigadne
vežba vežbe vežbi vežbu vežbom vežbama
municija municije municiji municiju municijom
skladište skladišta skladištu skladištem skladišni skladišnog
beograd beograda beogradu beogradom
srbija srbije srbiji srbiju srbijom
ministarstvo ministarstva ministarstvu ministarstvom
sastanak sastanka sastanku sastankom sastanci sastanaka
projekat projekta projektu projektom projekti projekata projektima
program programa programu programom programi
centar centra centru centrom centri centara
bezbednost bezbednosti bezbednošću
bezbedan bezbedna bezbednog bezbednom bezbednim bezbedne bezbedni
međunarodni međunarodnog međunarodnom međunarodnim međunarodna međunarodne međunarodnu
mandat mandata mandatu mandatom mandati
sekretar sekretara sekretaru sekretarom
državni državnog državnom državnim državna državne
oficir oficira oficiru oficirom oficiri oficirima
kurs kursa kursu kursom kursevi kurseve kurseva
poplava poplave poplavi poplavu poplavom poplavama
novinar novinara novinaru novinarom novinari novinarima
institucija institucije instituciji instituciju institucijom institucijama
partner partnera partneru partnerom partneri partnerima
partnerski partnerskog partnerskim partnerskih partnerska partnerske
obuka obuke obuci obuku obukom
zajednički zajedničkog zajedničkim zajednička zajedničke
multinacionalni multinacionalnog multinacionalna multinacionalne
tehničar tehničara tehničaru tehničari tehničarima
čamac čamca čamcu čamcem čamci čamaca
fond fonda fondu fondom fondovi fondova
poverenički povereničkog povereničkim poverenička povereničke
seminar seminara seminaru seminarom seminari
instruktor instruktora instruktoru instruktori instruktorima
polaznik polaznika polazniku polaznici polaznicima
granata granate granati granatu granatom
opština opštine opštini opštinu opštinom opštinama
dolina doline dolini dolinu dolinom
izjava izjave izjavi izjavu izjavom
medij medija mediji medijima medije
pitanje pitanja pitanju pitanjem
dijalog dijaloga dijalogu dijalogom
kapetan kapetana kapetanu kapetanom
major majora majoru majorom
potpukovnik potpukovnika potpukovniku potpukovnikom
komandant komandanta komandantu komandantom
godina godine godini godinu godinom godinama
oktobar oktobra oktobru oktobrom
septembar septembra septembru
posetiti posetio posetila posetili posetiće
poseta posete posetu posetom posetama
održati održao održala održali održan održana održano
otvoriti otvorio otvorila otvorili otvoren otvorena otvoreno
zahvaliti zahvalio zahvalila zahvalili
razgovarati razgovarala razgovarao razgovarali
početi počeo počela počeli počelo
učestvovati učestvovao učestvovala učestvovali
ovaj ovog ovoga ovom ovome ovim ova ove ovu
koji kojeg kojega kojem kojim koja koje koju kojih kojima
njegov njegovog njegovom njegovim njegova njegove
naš našeg našem našim naša naše našu
svaki svakog svakom svakim svaka svake svaku
drugi drugog drugom drugim druga druge drugu drugih
prvi prvog prvom prvim prva prve prvu
novi novog novom novim nova nove novu novih
praktičan praktična praktičnu praktičnog praktičnom praktične
civilni civilnog civilnom civilnim civilna civilne civilnu
nacionalni nacionalnog nacionalnim nacionalnih nacionalna nacionalne
ambulanta ambulante ambulanti ambulantu
kamion kamiona kamionu kamionom kamioni
pumpa pumpe pumpi pumpu pumpom pumpama
agregat agregata agregatu agregati
štab štaba štabu štabom štabovi
spasilac spasioca spasiocu spasioci spasiocima
načelnik načelnika načelniku načelnikom
ugovor ugovora ugovoru ugovorom
donator donatora donatoru donatori donatorima
holmgren holmgrena holmgrenu holmgrenom
vučetić vučetića vučetiću vučetićem
đorđe đorđa đorđu đorđem
katažina katažine katažini katažinom
"""

# A verb and the noun of its action may share a term: a reader looking for
# "poseta" (a visit) wants the page saying "posetio" (visited).
SAME_ROOT = {frozenset({"poseta", "posetiti"})}

# Verbs of the demo content and the import example, each with the forms a
# news text uses: infinitive, past (l-participle, every gender), passive
# participle and present. Measured, not required to meet in every form: the
# infinitive -iti is also a noun's dative (zaštiti), and the -an of a
# passive participle also ends names (Dragan, Sudan); both stay apart.
VERB_FORMS = """
posetiti posetio posetila posetili posetilo posetim poseti posete posećen posećena
održati održao održala održali održalo održan održana održano održani održim održi održe
otvoriti otvorio otvorila otvorili otvoren otvorena otvoreno otvoreni otvorim otvori otvore
zahvaliti zahvalio zahvalila zahvalili zahvalim zahvali zahvale
razgovarati razgovarala razgovarao razgovarali razgovaram razgovara razgovaraju
početi počeo počela počeli počelo počne počnu počet počete
učestvovati učestvovao učestvovala učestvovali učestvujem učestvuje učestvuju
završiti završio završila završili završilo završen završena završeni završim završi završe
potpisati potpisao potpisala potpisali potpisan potpisana potpisano potpišem potpiše potpišu
organizovati organizovao organizovala organizovali organizovan organizovana organizuje organizuju
izjaviti izjavio izjavila izjavili izjavim izjavi
obeležiti obeležio obeležila obeležili obeležen obeležena obeleži
uništiti uništio uništila uništili uništen uništena uništeno uništi
stići stigao stigla stigli stiglo stigne stignu
donirati donirao donirala donirali doniran donirana donira doniraju
pomoći pomogao pomogla pomogli pomogne pomognu
predstaviti predstavio predstavila predstavili predstavljen predstavljena predstavi
razmotriti razmotrio razmotrila razmotrili razmotren razmotreni
uručiti uručio uručila uručili uručen uručena uruči
dogovoriti dogovorio dogovorila dogovorili dogovoren dogovoreno dogovore
"""
