"""Build the demo site from ``content.py``: pages in English and Serbian Cyrillic.

The demo builds on the site's skeleton (``pressroom.sitesetup.skeleton``, the
structure ``manage.py setup_site`` makes for a real office), with the demo's
texts, and adds its articles, pages, pictures, contacts and accounts. Every
step looks for what it would create first, so loading twice changes nothing
and an editor's later changes to demo pages are kept.
"""

import io
import secrets
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.images import get_image_model

from pressroom.branding.models import OfficeLogo
from pressroom.contact.models import ContactPoint, OfficeContacts, Spokesperson
from pressroom.events.models import MediaEventPage
from pressroom.home.models import StandardPage
from pressroom.inquiries.models import AnswerTemplate, MediaOutlet
from pressroom.news.models import ArticlePage, RelatedArticle, Topic
from pressroom.serbian.script import serbian_slug
from pressroom.sitesetup.skeleton import LANGUAGES, SiteBuilder

from . import content
from .checks import DEMO_PASSWORD
from .images import draw_logo, draw_picture

# The demo's accounts have the well-known DEMO_PASSWORD only where
# settings.DEMO_FIXED_PASSWORDS is true (development, tests); elsewhere each
# gets a generated password, which the loader hands back once
# (DemoLoader.passwords) and nobody stores.
DEMO_EDITOR = {"username": "editor", "password": DEMO_PASSWORD}
# One account per editorial role (pressroom.editorial), for trying the
# approval workflow.
DEMO_ROLE_ACCOUNTS = (
    {
        "username": "writer",
        "password": DEMO_PASSWORD,
        "first_name": "Demo",
        "last_name": "Writer",
        "group": "Editors",
    },
    {
        "username": "head",
        "password": DEMO_PASSWORD,
        "first_name": "Demo",
        "last_name": "Head of Public Affairs",
        "group": "Head of public affairs",
    },
)
# The skeleton's pages with the demo's texts.
SKELETON_TEXTS = {
    "home": {
        language: {
            "title": content.SITE[language]["name"],
            "intro": content.HOME[language]["intro"],
        }
        for language in LANGUAGES
    },
    "newsroom": content.NEWSROOM,
    "latest-news": content.LATEST_NEWS,
    "contact": content.CONTACT_PAGE,
    "media-inquiries": content.MEDIA_INQUIRY_PAGE,
}


class DemoLoader(SiteBuilder):
    """Create (or find) every demo object; ``created`` counts what was new.

    ``passwords`` maps the user name of each account created now to its
    password, for the caller to show once.
    """

    def __init__(self):
        super().__init__()
        self.passwords = {}
        self.images = {}
        self.topics = {}

    @transaction.atomic
    def load(self):
        """Load the whole demo site and return the number of objects created."""
        skeleton = self.build(SKELETON_TEXTS)
        homes = skeleton.homes
        self.images = {spec["key"]: self._image(spec) for spec in content.IMAGES}
        self.topics = {
            (spec["key"], language): topic
            for spec in content.TOPICS
            for language, topic in self._topic(spec).items()
        }
        articles = {
            spec["key"]: self._article(skeleton.latest_news, spec)
            for spec in content.ARTICLES
        }
        for spec in content.ARTICLES:
            self._relate(articles, spec)
        created = self.created
        for spec in content.PAGES:
            self.translated_pages(
                homes,
                StandardPage,
                spec["key"],
                {language: spec[language] for language in LANGUAGES},
                show_in_menus=True,
                build=self._standard_fields,
            )
        if self.created > created:
            # The menu ends with Contact and Media inquiries, after the pages
            # about the office, as the demo showed before the skeleton.
            for pages in (skeleton.contact_pages, skeleton.inquiry_pages):
                for page in pages.values():
                    # A fresh parent: treebeard counts the move on the one it is
                    # given, and the home page kept here is saved again later.
                    page.move(page.get_parent(update=True), pos="last-child")
        self._media_desk()
        self._feature(homes, articles)
        self._contacts(skeleton.site)
        self._spokespeople()
        for spec in content.MEDIA_EVENTS:
            self._media_event(skeleton.calendar_pages, spec)
        self._logo(skeleton.site)
        self._editor()
        for account in DEMO_ROLE_ACCOUNTS:
            self._role_account(account)
        return self.created

    # Building blocks -----------------------------------------------------

    def _image(self, spec):
        image_model = get_image_model()
        words = {
            f"{field}_{language}": text[language]
            for field, text in (
                ("alt_text", spec["alt"]),
                ("credit", content.IMAGE_CREDIT),
                ("licence", content.IMAGE_LICENCE),
            )
            for language in ("en", "sr")
        }
        image = image_model.objects.filter(title=spec["title"]).first()
        if image is None:
            data = draw_picture(spec["key"], spec["colors"], spec["motif"])
            image = image_model(
                title=spec["title"],
                file=ImageFile(io.BytesIO(data), name=f"{spec['key']}.jpg"),
                **words,
            )
            image.save()
            self.created += 1
        elif not image.alt_text_sr:
            # A demo loaded before pictures had words in both languages.
            image_model.objects.filter(pk=image.pk).update(**words)
        return image

    def _topic(self, spec):
        english = Topic.objects.filter(
            locale=self.locales["en"], slug=spec["key"]
        ).first()
        if english is None:
            english = Topic.objects.create(
                locale=self.locales["en"], slug=spec["key"], name=spec["en"]
            )
            self.created += 1
        serbian = Topic.objects.filter(
            locale=self.locales["sr"], translation_key=english.translation_key
        ).first()
        if serbian is None:
            serbian = self._imported_topic(english, serbian_slug(spec["sr"]))
        if serbian is None:
            serbian = Topic.objects.create(
                locale=self.locales["sr"],
                translation_key=english.translation_key,
                slug=serbian_slug(spec["sr"]),
                name=spec["sr"],
            )
            self.created += 1
        return {"en": english, "sr": serbian}

    def _imported_topic(self, english, slug):
        """The Serbian topic an import made at ``slug`` (slugs are unique per
        language), made the translation of ``english`` unless it already is
        another topic's translation; or None."""
        serbian = Topic.objects.filter(locale=self.locales["sr"], slug=slug).first()
        if serbian is not None:
            linked = Topic.objects.filter(translation_key=serbian.translation_key)
            if not linked.exclude(pk=serbian.pk).exists():
                serbian.translation_key = english.translation_key
                serbian.save(update_fields=["translation_key"])
        return serbian

    def _standard_fields(self, language, fields):
        return {**fields, "body": self._stream(fields.get("body", []))}

    def _article(self, parents, spec):
        def build(language, fields):
            return {
                **fields,
                "body": self._stream(fields["body"]),
                "kind": spec["kind"],
                "date": date.fromisoformat(spec["date"]),
                "image": self.images.get(spec["image"]) if spec["image"] else None,
                "topics": [self.topics[(key, language)] for key in spec["topics"]],
            }

        return self.translated_pages(
            parents,
            ArticlePage,
            spec["key"],
            {language: spec[language] for language in LANGUAGES},
            build=build,
        )

    def _relate(self, articles, spec):
        for language in LANGUAGES:
            page = articles[spec["key"]][language]
            if spec["related"] and not page.related_links.exists():
                page.related_links = [
                    RelatedArticle(article=articles[key][language], sort_order=order)
                    for order, key in enumerate(spec["related"])
                ]
                page.save_revision().publish()

    def _feature(self, homes, articles):
        featured = next(spec for spec in content.ARTICLES if spec["featured"])
        for language, home in homes.items():
            if home.featured_article_id is None:
                home.featured_article = articles[featured["key"]][language]
                home.save_revision().publish()

    def _logo(self, site):
        """The demo office's logo, unless the site has one already."""
        setting = OfficeLogo.for_site(site)
        if setting.logo_id is not None:
            return
        image_model = get_image_model()
        title = "Demo office logo"
        image = image_model.objects.filter(title=title).first()
        if image is None:
            image = image_model(
                title=title,
                description=title,
                file=ImageFile(io.BytesIO(draw_logo()), name="demo-logo.png"),
            )
            image.save()
            self.created += 1
        setting.logo = image
        setting.save()
        self.created += 1

    def _contacts(self, site):
        settings = OfficeContacts.for_site(site)
        if settings.contact_points.exists():
            return
        for order, spec in enumerate(content.CONTACTS):
            ContactPoint.objects.create(
                settings=settings,
                sort_order=order,
                role=spec["role"],
                name_en=spec["name"]["en"],
                name_sr=spec["name"]["sr"],
                address_en=spec["address"]["en"],
                address_sr=spec["address"]["sr"],
                phone=spec["phone"],
                email=spec["email"],
            )
            self.created += 1

    def _media_event(self, calendars, spec):
        belgrade = ZoneInfo("Europe/Belgrade")
        today = date.today()

        def when(days_and_time):
            if days_and_time is None:
                return None
            days, clock = days_and_time
            moment = datetime.combine(
                today + timedelta(days=days), time.fromisoformat(clock)
            )
            return moment.replace(tzinfo=belgrade)

        def build(language, fields):
            return {
                **fields,
                "starts_at": when(spec["starts"]),
                "ends_at": when(spec["ends"]),
                "accreditation_deadline": when(spec["accreditation"]),
                "languages": spec["languages"],
            }

        return self.translated_pages(
            calendars,
            MediaEventPage,
            spec["key"],
            {language: spec[language] for language in LANGUAGES},
            build=build,
        )

    def _spokespeople(self):
        for order, spec in enumerate(content.SPOKESPEOPLE):
            _person, created = Spokesperson.objects.get_or_create(
                name_en=spec["name"]["en"],
                defaults={
                    "name_sr": spec["name"]["sr"],
                    "role_en": spec["role"]["en"],
                    "role_sr": spec["role"]["sr"],
                    "phone": spec["phone"],
                    "email": spec["email"],
                    "languages": spec["languages"],
                    "on_press_releases": spec["on_press_releases"],
                    "sort_order": order,
                },
            )
            self.created += created

    def _media_desk(self):
        """The desk's outlets and answer template (the form is the skeleton's)."""
        for spec in content.MEDIA_OUTLETS:
            _outlet, created = MediaOutlet.objects.get_or_create(
                name=spec["name"], defaults={"email_domains": spec["domains"]}
            )
            self.created += created
        for spec in content.ANSWER_TEMPLATES:
            _template, created = AnswerTemplate.objects.get_or_create(
                title=spec["title"],
                defaults={"body_en": spec["en"], "body_sr": spec["sr"]},
            )
            self.created += created

    def _editor(self):
        user_model = get_user_model()
        if user_model.objects.filter(username=DEMO_EDITOR["username"]).exists():
            return
        user = user_model.objects.create_user(
            username=DEMO_EDITOR["username"],
            password=self._password(DEMO_EDITOR),
            email="editor@pressroom.invalid",
            first_name="Demo",
            last_name="Editor",
            is_staff=True,
            is_superuser=True,
        )
        user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
        self.created += 1

    def _role_account(self, account):
        user_model = get_user_model()
        if user_model.objects.filter(username=account["username"]).exists():
            return
        user = user_model.objects.create_user(
            username=account["username"],
            password=self._password(account),
            email=f"{account['username']}@pressroom.invalid",
            first_name=account["first_name"],
            last_name=account["last_name"],
            is_staff=True,
        )
        user.groups.add(*Group.objects.filter(name=account["group"]))
        self.created += 1

    def _password(self, account):
        """The demo's password in development, else a new one per account."""
        if settings.DEMO_FIXED_PASSWORDS:
            password = account["password"]
        else:
            password = secrets.token_urlsafe(15)
        self.passwords[account["username"]] = password
        return password

    def _stream(self, blocks):
        """Turn content.py blocks into StreamField raw data, images by primary key."""
        stream = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "image":
                value = self._image_value(value)
            elif block["type"] == "gallery":
                value = [self._image_value(item) for item in value]
            stream.append({"type": block["type"], "value": value})
        return stream

    def _image_value(self, value):
        return {**value, "image": self.images[value["image"]].pk}


def load_demo():
    """Load the demo content; return how many objects were created."""
    return DemoLoader().load()
