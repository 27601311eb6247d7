"""The site's skeleton: what every Pressroom site has before its first article.

In English and Serbian (Cyrillic), below Wagtail's root: a home page per
language, the newsroom with its section, the media calendar, the contact
page and the media inquiry form (its media section the newsroom); Wagtail's
default Site on the English home page with the office's name and address;
the office contacts (empty); the "Press office approval" workflow on the
tree. The search and
subscription pages are views under each language's home, so they come with
the home pages.

``SiteBuilder`` finds each part before creating it, so building again
changes nothing and keeps an editor's changes. ``manage.py setup_site``
builds it for a real office; the demo loader builds on it (it subclasses
``SiteBuilder``), so the skeleton has one source.
"""

from dataclasses import dataclass, field

from django.db import transaction

from wagtail.models import Locale, Page, Site, Workflow, WorkflowPage

from pressroom.contact.models import ContactPage, OfficeContacts
from pressroom.editorial.roles import WORKFLOW
from pressroom.events.models import MediaCalendarPage
from pressroom.home.models import PRIVACY_SLUGS, HomePage, StandardPage
from pressroom.inquiries.models import MediaInquiryPage
from pressroom.languages.reading import CONTENT_LOCALES
from pressroom.news.models import NewsIndexPage
from pressroom.serbian.script import serbian_slug, to_cyrillic

# English first: the other languages' pages are its translations.
LANGUAGES = CONTENT_LOCALES
WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"

# Slugs are fixed, not made from the titles: building again finds the same
# pages whatever texts the first build gave them (the demo's or a new site's).
SLUGS = {
    "home": {"en": "home", "sr": "pocetna"},
    "newsroom": {"en": "newsroom", "sr": "medijski-centar"},
    "latest-news": {"en": "latest-news", "sr": "najnovije-vesti"},
    "media-calendar": {"en": "media-calendar", "sr": "medijski-kalendar"},
    "contact": {"en": "contact", "sr": "kontakt"},
    "media-inquiries": {"en": "media-inquiries", "sr": "upiti-medija"},
    "privacy": PRIVACY_SLUGS,
}

# A new office's texts; editors change them in the admin. The home pages'
# titles are the office's name.
DEFAULT_NAMES = {"en": "Press office", "sr": "Служба за штампу"}
DEFAULT_TEXTS = {
    "home": {language: {"title": DEFAULT_NAMES[language]} for language in LANGUAGES},
    "newsroom": {
        "en": {"title": "Newsroom"},
        "sr": {"title": "Медијски центар"},
    },
    "latest-news": {
        "en": {"title": "Latest news"},
        "sr": {"title": "Најновије вести"},
    },
    "media-calendar": {
        "en": {
            "title": "Media calendar",
            "intro": (
                "Upcoming events for the media: where and when, the deadline "
                "for accreditation and the languages spoken."
            ),
        },
        "sr": {
            "title": "Медијски календар",
            "intro": (
                "Предстојећи догађаји за медије: место и време, рок за "
                "акредитацију и језици на којима се одржавају."
            ),
        },
    },
    "contact": {"en": {"title": "Contact"}, "sr": {"title": "Контакт"}},
    "media-inquiries": {
        "en": {
            "title": "Media inquiries",
            "notice": (
                "We answer inquiries from journalists and media outlets only. "
                "Members of the public are kindly asked to write to the "
                "office's general address."
            ),
            "intro": (
                "Journalists can send us their questions here. You will receive "
                "a reference and a private link where you can follow your "
                "inquiry and read our answer."
            ),
        },
        "sr": {
            "title": "Упити медија",
            "notice": (
                "Одговарамо само на упите новинара и медијских кућа. Молимо "
                "грађане да се обрате на општу адресу Канцеларије."
            ),
            "intro": (
                "Новинари нам овде могу послати своја питања. Добићете број "
                "предмета и приватну везу на којој можете пратити свој упит и "
                "прочитати наш одговор."
            ),
        },
    },
}


# The privacy notice: what a Pressroom site keeps about journalists and
# readers, and for how long. Editors adapt it to the office in the admin.
DEFAULT_TEXTS["privacy"] = {
    "en": {
        "title": "Privacy notice",
        "lead": (
            "How the office handles the personal data of journalists and readers "
            "who write to it or subscribe to its press releases."
        ),
        "body": [
            (
                "paragraph",
                "<p>This site does not track you and shows no advertising; it "
                "loads nothing from other sites. It sets a cookie only to "
                "remember the language you chose and, when you send a form, to "
                "protect that form against forgery.</p>",
            ),
            (
                "paragraph",
                "<p><b>Media inquiries.</b> When you send an inquiry we keep your "
                "name, outlet, role, e-mail address, your phone number if you give "
                "it, your question and any attachment, and use them only to answer "
                "you. The staff of the media desk see them; an inquiry may be "
                "forwarded to the press office of our headquarters when it is "
                "theirs to answer. The personal data of an inquiry are erased a "
                "year after it is closed.</p>",
            ),
            (
                "paragraph",
                "<p><b>Press releases by e-mail.</b> For a subscription we keep "
                "your e-mail address and the language you chose, and use them only "
                "to send you our press releases. A subscription that is not "
                "confirmed is deleted when its confirmation link expires; every "
                "message has a link to unsubscribe, which deletes your "
                "address.</p>",
            ),
            (
                "paragraph",
                "<p>To learn what we keep about you, or to have it corrected or "
                "erased, write to the office at the address on the contact "
                "page.</p>",
            ),
        ],
    },
    "sr": {
        "title": "Обавештење о приватности",
        "lead": (
            "Како Канцеларија поступа с подацима о личности новинара и читалаца "
            "који јој пишу или се претплате на њена саопштења."
        ),
        "body": [
            (
                "paragraph",
                "<p>Овај сајт вас не прати и не приказује огласе; ништа не "
                "учитава са других сајтова. Колачић поставља само да би запамтио "
                "језик који сте изабрали и, када шаљете образац, да би тај "
                "образац заштитио од злоупотребе.</p>",
            ),
            (
                "paragraph",
                "<p><b>Упити медија.</b> Када пошаљете упит, чувамо ваше име, "
                "медиј, функцију, адресу е-поште, број телефона ако сте га навели, "
                "ваше питање и евентуални прилог, и користимо их само да бисмо вам "
                "одговорили. Виде их запослени у Служби за односе с медијима; упит "
                "може бити прослеђен служби за односе с јавношћу у нашем седишту када "
                "је на њој да одговори. Подаци о личности из упита бришу се "
                "годину дана након што је упит затворен.</p>",
            ),
            (
                "paragraph",
                "<p><b>Саопштења е-поштом.</b> За претплату чувамо вашу адресу "
                "е-поште и језик који сте изабрали и користимо их само да бисмо вам "
                "слали наша саопштења. Претплата која није потврђена брише се када "
                "истекне веза за потврду; свака порука садржи везу за одјаву, "
                "којим се ваша адреса брише.</p>",
            ),
            (
                "paragraph",
                "<p>Ако желите да сазнате шта о вама чувамо или да то исправимо "
                "или обришемо, пишите Канцеларији на адресу наведену на страници "
                "за контакт.</p>",
            ),
        ],
    },
}


def slug_for(language, key, title):
    """English pages use the content key; Serbian pages an ASCII slug of the title."""
    return key if language == "en" else serbian_slug(title)


@dataclass(frozen=True)
class Address:
    """Where the site is served: Wagtail's Site keeps host name and port."""

    hostname: str
    port: int


@dataclass
class Skeleton:
    """The skeleton's pages, each as ``{language: page}``, and its Site."""

    homes: dict
    newsrooms: dict
    latest_news: dict
    contact_pages: dict
    inquiry_pages: dict
    site: Site
    calendar_pages: dict = field(default_factory=dict)


class SiteBuilder:
    """Find or create the skeleton; ``created`` counts what was new."""

    def __init__(self):
        self.created = 0
        self.locales = {}

    @transaction.atomic
    def build(self, texts=None, *, office_names=None, address=None):
        """Build the skeleton and return it.

        ``texts``: the pages' fields per page key and language (missing keys
        from ``DEFAULT_TEXTS``), used for pages that do not exist yet.
        ``office_names``: ``{"en": …, "sr": …}``; also renames existing home
        pages and the Site. ``address``: an ``Address`` recorded on the Site
        (a new Site without one is ``localhost:80``).
        """
        texts = {**DEFAULT_TEXTS, **(texts or {})}
        if office_names:
            office_names = {
                "en": " ".join(office_names["en"].split()),
                "sr": " ".join(to_cyrillic(office_names["sr"]).split()),
            }
            texts["home"] = {
                language: {**texts["home"][language], "title": office_names[language]}
                for language in LANGUAGES
            }
        self.locales = {code: self.locale(code) for code in LANGUAGES}
        homes = self._homes(texts["home"], rename=bool(office_names))
        site = self._site(homes["en"], address, rename=bool(office_names))
        newsrooms = self._skeleton_pages(
            homes, NewsIndexPage, "newsroom", texts, show_in_menus=True
        )
        latest_news = self._skeleton_pages(
            newsrooms, NewsIndexPage, "latest-news", texts
        )
        calendar_pages = self._skeleton_pages(
            homes, MediaCalendarPage, "media-calendar", texts, show_in_menus=True
        )
        contact_pages = self._skeleton_pages(
            homes, ContactPage, "contact", texts, show_in_menus=True
        )
        inquiry_pages = self._skeleton_pages(
            homes, MediaInquiryPage, "media-inquiries", texts, show_in_menus=True
        )
        # Not in the menu: the footer and the forms link to it.
        self._skeleton_pages(homes, StandardPage, "privacy", texts)
        for language, form_page in inquiry_pages.items():
            if form_page.media_section_id is None:
                form_page.media_section = newsrooms[language]
                form_page.save_revision().publish()
        _contacts, created = OfficeContacts.objects.get_or_create(site=site)
        self.created += created
        self._attach_workflow()
        return Skeleton(
            homes,
            newsrooms,
            latest_news,
            contact_pages,
            inquiry_pages,
            site,
            calendar_pages,
        )

    # Building blocks, also used by the demo loader -----------------------

    def locale(self, code):
        locale, created = Locale.objects.get_or_create(language_code=code)
        self.created += created
        return locale

    def translated_pages(self, parents, model, key, texts, build=None, **extra):
        """Find or create one page per language below each language's parent.

        ``texts[language]`` holds the page's fields, its slug among them or
        made by ``slug_for``; ``build(language, fields)`` may turn them into
        model fields. A page found by its slug is kept as it is.
        """
        pages = {}
        translation_key = None
        for language in LANGUAGES:
            fields = dict(texts[language])
            slug = fields.pop("slug", None) or slug_for(language, key, fields["title"])
            parent = parents[language]
            page = (
                model.objects.child_of(parent)
                .filter(locale=self.locales[language], slug=slug)
                .first()
            )
            if page is None:
                if build is not None:
                    fields = build(language, fields)
                topics = fields.pop("topics", None)
                page = model(
                    slug=slug, locale=self.locales[language], **fields, **extra
                )
                if topics:
                    # A parental many-to-many is kept in memory until the
                    # page is saved, so the first revision includes it.
                    page.topics.set(topics)
                if translation_key is not None:
                    page.translation_key = translation_key
                parent.add_child(instance=page)
                page.save_revision().publish()
                self.created += 1
            translation_key = page.translation_key
            pages[language] = page
        return pages

    # The skeleton's parts ------------------------------------------------

    def _skeleton_pages(self, parents, model, key, texts, **extra):
        with_slugs = {
            language: {**texts[key][language], "slug": SLUGS[key][language]}
            for language in LANGUAGES
        }
        return self.translated_pages(parents, model, key, with_slugs, **extra)

    def _homes(self, texts, rename):
        root = Page.get_first_root_node()
        # Wagtail's own placeholder page makes way for the real home page.
        for placeholder in root.get_children().filter(title=WAGTAIL_WELCOME_TITLE):
            if placeholder.specific_class is Page and not placeholder.get_children():
                Site.objects.filter(root_page=placeholder).delete()
                placeholder.delete()
        homes = self._skeleton_pages(
            {"en": root, "sr": root}, HomePage, "home", {"home": texts}
        )
        if rename:
            for language, home in homes.items():
                self._rename(home, texts[language]["title"])
        return homes

    def _rename(self, page, title):
        # A draft waiting for approval is the editors' to publish, not ours.
        if page.title == title or page.has_unpublished_changes:
            return
        page.title = page.draft_title = title
        page.save_revision().publish()

    def _site(self, home, address, rename):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            address = address or Address("localhost", 80)
            self.created += 1
            return Site.objects.create(
                hostname=address.hostname,
                port=address.port,
                root_page=home,
                is_default_site=True,
                site_name=home.title,
            )
        wanted = {"root_page_id": home.pk}
        if address is not None:
            wanted.update(hostname=address.hostname, port=address.port)
        if rename or not site.site_name:
            wanted["site_name"] = home.title
        # Saving a Site purges every cached page: only when something changed.
        if any(getattr(site, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(site, name, value)
            site.save()
        return site

    def _attach_workflow(self):
        # Migrations create the workflow and attach it to the tree's root;
        # a root without a workflow (removed in the admin) gets it back.
        root = Page.get_first_root_node()
        if WorkflowPage.objects.filter(page=root).exists():
            return
        workflow = Workflow.objects.get(name=WORKFLOW)
        WorkflowPage.objects.create(page=root, workflow=workflow)
        self.created += 1
