"""Test helpers that tests and benchmarks import: factories for the content
they need, the in-process task runner and a local mail server.

Tests make their own data with these (an article, a section, a restriction,
a subscriber); the demo content is for people and the tests about the demo.
"""

import itertools
from contextlib import contextmanager
from datetime import date as date_type

from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

_numbers = itertools.count(1)


def content_locale(language_code):
    """The content locale of a code ("en", "sr"; "sr-latn" reads "sr")."""
    code = "sr" if language_code.startswith("sr") else language_code
    return Locale.objects.get(language_code=code)


def newsroom(language_code="en"):
    """The top newsroom index of a content language."""
    from pressroom.news.models import NewsIndexPage

    return (
        NewsIndexPage.objects.filter(locale=content_locale(language_code))
        .order_by("depth", "path")
        .first()
    )


def make_section(*, parent=None, title=None, language_code="en", live=True):
    """A newsroom section (a NewsIndexPage) below ``parent`` (the newsroom)."""
    from pressroom.news.models import NewsIndexPage

    number = next(_numbers)
    parent = parent or newsroom(language_code)
    section = NewsIndexPage(
        title=title or f"Section {number}",
        slug=f"section-{number}",
        locale=parent.locale,
        live=live,
    )
    parent.add_child(instance=section)
    return section


def make_article(
    *,
    parent=None,
    title=None,
    language_code="en",
    kind="news",
    lead="A lead written for a test.",
    body="The body of an article written for a test.",
    day=None,
    publish=True,
    **fields,
):
    """An article below ``parent`` (the newsroom by default), published
    through a revision as an editor publishes it, unless ``publish`` is
    False (then a draft with one revision).

    ``body``: the text of one paragraph, or the StreamField's blocks as
    ``(type, value)`` pairs (``paragraph``, ``quote``, ``qa``, ``image``...).
    """
    from pressroom.news.models import ArticlePage

    number = next(_numbers)
    parent = parent or newsroom(language_code)
    topics = fields.pop("topics", ())
    article = ArticlePage(
        title=title or f"Article {number}",
        slug=f"article-{number}",
        locale=parent.locale,
        kind=kind,
        date=day or date_type(2026, 3, 1),
        lead=lead,
        body=[("paragraph", f"<p>{body}</p>")] if isinstance(body, str) else body,
        live=False,
        **fields,
    )
    parent.add_child(instance=article)
    if topics:
        article.topics.set(topics)
    revision = article.save_revision()
    if publish:
        revision.publish()
        article.refresh_from_db()
    return article


def restrict(page, kind="login", *, password="a-page-password", groups=()):  # noqa: S107
    """Put a view restriction of ``kind`` (login, password, groups) on ``page``."""
    kinds = {
        "login": PageViewRestriction.LOGIN,
        "password": PageViewRestriction.PASSWORD,
        "groups": PageViewRestriction.GROUPS,
    }
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=kinds[kind],
        password=password if kind == "password" else "",
    )
    if kind == "groups":
        restriction.groups.set(groups)
    return restriction


def make_subscriber(*, email=None, reading_language="en", confirmed=True):
    """A press release subscriber, confirmed unless told otherwise."""
    from django.utils import timezone

    from pressroom.subscriptions.models import Subscriber

    number = next(_numbers)
    return Subscriber.objects.create(
        email=email or f"reader{number}@example.org",
        reading_language=reading_language,
        confirmed_at=timezone.now() if confirmed else None,
    )


def url_in_reading_language(page, language):
    """The URL of ``page`` as a reader of ``language`` (en, sr, sr-latn) finds it."""
    with translation.override(language):
        return page.get_url()


def publish_more_articles(count, first=0):
    """Add ``count`` live articles in each language, numbered from ``first``,
    with everything a card and an article page show: an image, topics, a
    related article.

    They are made live directly and indexed for search, which is much faster
    than publishing revisions and serves the same pages.
    """
    from datetime import date, timedelta

    from wagtail.images import get_image_model

    from pressroom.news.models import ArticlePage, NewsIndexPage, RelatedArticle
    from pressroom.search.index import index_page

    image = get_image_model().objects.first() or make_image()
    for locale in Locale.objects.all():
        section = NewsIndexPage.objects.filter(locale=locale).order_by("-depth")[0]
        existing = ArticlePage.objects.filter(locale=locale).first()
        if existing is None:  # an empty site: an article to relate to
            topic = make_topic(language_code=locale.language_code)
            existing = make_article(parent=section, image=image, topics=[topic])
        topics = list(existing.topics.all())
        for number in range(first, first + count):
            article = section.add_child(
                instance=ArticlePage(
                    title=f"Exercise report {number}",
                    slug=f"exercise-report-{number}",
                    date=date(2026, 1, 1) + timedelta(days=number),
                    lead="An exercise report for the query-count tests.",
                    image=image,
                    body=[("paragraph", "<p>The exercise went on.</p>")],
                    locale=locale,
                    live=True,
                )
            )
            article.topics.set(topics)
            RelatedArticle.objects.create(page=article, article=existing)
            index_page(article)


def query_counter(client, after_change):
    """A function giving the number of SQL queries serving a URL takes.

    The URL is requested once before counting, so that per-process caches
    (the site, Wagtail's site root paths, renditions, pictures' markup) are
    warm as they are on a running server. ``after_change``: the content
    version is then replaced, as a publish replaces it, so that the counted
    render reads everything it shows from the database
    (``pressroom.rendercache``).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pressroom.rendercache.reuse import content_changed

    def count(url):
        assert client.get(url).status_code == 200
        if after_change:
            content_changed()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    return count


def run_background_tasks(max_tasks=None):
    """Run the tasks waiting in the database queue, in this process, then return.

    This is django-tasks-db's own worker, minus two things a test cannot
    have: signal handlers, and closing the connection between tasks (the
    test's database lives inside one transaction).
    """
    from unittest import mock

    from django_tasks_db.management.commands import db_worker

    worker = db_worker.Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="background",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        worker.run()


class MailServer:
    """A real SMTP server (aiosmtpd) on a free local port, started on demand."""

    def __init__(self):
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.messages = []
        self._controller = None

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.SMTP))
        return "250 Message accepted for delivery"

    def start(self):
        from aiosmtpd.controller import Controller

        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def make_spokesperson(**fields):
    """A spokesperson with a name and role in both languages, phone and e-mail."""
    from pressroom.contact.models import Spokesperson

    number = next(_numbers)
    values = {
        "name_en": f"Ana Petrović {number}",
        "name_sr": f"Ана Петровић {number}",
        "role_en": "Spokesperson",
        "role_sr": "Портпаролка",
        "phone": f"+381 11 555 {number:04d}",
        "email": f"spokesperson{number}@example.org",
        "languages": ["sr", "en"],
        **fields,
    }
    return Spokesperson.objects.create(**values)


def media_calendar(language_code="en"):
    """The media calendar page of a content language (setup_site makes one)."""
    from pressroom.events.models import MediaCalendarPage

    return MediaCalendarPage.objects.get(locale=content_locale(language_code))


def make_media_event(
    *,
    parent=None,
    title=None,
    language_code="en",
    starts_at=None,
    publish=True,
    **fields,
):
    """A media event below the media calendar, starting in a week unless
    told otherwise, published through a revision unless ``publish`` is False."""
    from datetime import timedelta

    from django.utils import timezone

    from pressroom.events.models import MediaEventPage

    number = next(_numbers)
    parent = parent or media_calendar(language_code)
    values = {
        "place": "Belgrade",
        "description": "An event for the media, made for a test.",
        "languages": ["sr", "en"],
        **fields,
    }
    event = MediaEventPage(
        title=title or f"Media event {number}",
        slug=f"media-event-{number}",
        locale=parent.locale,
        starts_at=starts_at or timezone.now() + timedelta(days=7),
        live=False,
        **values,
    )
    parent.add_child(instance=event)
    revision = event.save_revision()
    if publish:
        revision.publish()
        event.refresh_from_db()
    return event


def make_accreditation(
    *, email=None, reading_language="en", status="approved", valid_days=365, **fields
):
    """An accreditation (approved and valid by default) with a small PDF press card."""
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from pressroom.accreditation.models import Accreditation

    number = next(_numbers)
    accreditation = Accreditation(
        name=fields.pop("name", f"Journalist {number}"),
        outlet=fields.pop("outlet", "The Daily Test"),
        role=fields.pop("role", "reporter"),
        email=email or f"journalist{number}@example.org",
        reading_language=reading_language,
        status=status,
        press_card_type="application/pdf",
        **fields,
    )
    if status == "approved":
        accreditation.decided_at = timezone.now()
        accreditation.valid_until = timezone.localdate() + timedelta(days=valid_days)
    accreditation.press_card.save("card.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    return accreditation


def make_picture(*, title=None, colour="navy", size=(64, 48), **words):
    """A picture (the site's image model) with a small JPEG drawn by Pillow.

    ``words``: its fields, such as ``alt_text_en``, ``alt_text_sr``,
    ``caption_en``, ``credit_sr``, ``licence_en`` or ``is_decorative``.
    """
    import io

    from django.core.files.images import ImageFile

    from wagtail.images import get_image_model

    from PIL import Image

    number = next(_numbers)
    data = io.BytesIO()
    Image.new("RGB", size, colour).save(data, "JPEG")
    return get_image_model().objects.create(
        title=title or f"Picture {number}",
        file=ImageFile(data, name=f"picture-{number}.jpg"),
        **words,
    )


def make_image(
    *,
    title=None,
    width=640,
    height=480,
    image_format="JPEG",
    colour=(29, 53, 87),
    **fields,
):
    """A Wagtail image of a flat colour, ``image_format`` as Pillow names it;
    ``fields`` as for ``make_picture``."""
    import io

    from django.core.files.images import ImageFile

    from wagtail.images import get_image_model

    from PIL import Image

    number = next(_numbers)
    buffer = io.BytesIO()
    mode = "RGBA" if image_format == "PNG" else "RGB"
    Image.new(mode, (width, height), colour).save(buffer, format=image_format)
    extension = {"JPEG": "jpg"}.get(image_format, image_format.lower())
    return get_image_model().objects.create(
        title=title or f"Image {number}",
        file=ImageFile(buffer, name=f"image-{number}.{extension}"),
        **fields,
    )


def make_translation(page, *, language_code="sr", publish=True, **fields):
    """The translation of ``page`` into ``language_code``, with ``fields``
    changed (a title...), published unless ``publish`` is False. Its parent
    must be translated already (the skeleton's pages are)."""
    from pressroom.serbian.script import serbian_slug

    locale = content_locale(language_code)
    translation = page.specific.copy_for_translation(locale)
    if "title" in fields and "slug" not in fields:
        # As the admin makes it: the slug of the translated title.
        fields["slug"] = f"{serbian_slug(fields['title'])}-{next(_numbers)}"
    for name, value in fields.items():
        setattr(translation, name, value)
    if "title" in fields:
        translation.draft_title = fields["title"]
    translation.save()
    revision = translation.save_revision()
    if publish:
        revision.publish()
        translation.refresh_from_db()
    return translation


def make_topic(name=None, *, language_code="en", translation_of=None):
    """A topic in a content language, optionally the translation of another."""
    from pressroom.news.models import Topic

    number = next(_numbers)
    name = name or f"Topic {number}"
    extra = {}
    if translation_of is not None:
        extra["translation_key"] = translation_of.translation_key
    return Topic.objects.create(
        locale=content_locale(language_code),
        name=name,
        slug=f"topic-{number}",
        **extra,
    )


def make_user(username=None, *groups, password="a-test-password-42", **fields):  # noqa: S107
    """A user in the named groups (Editors, Moderators, Media desk...)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    username = username or f"user{next(_numbers)}"
    user = get_user_model().objects.create_user(
        username=username, password=password, **fields
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def sign_in_with_second_factor(client, user):
    """Sign ``user`` in, second factor included (staff roles require one)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def make_inquiry(**overrides):
    """A media inquiry submitted through the service the public form uses."""
    from datetime import timedelta

    from django.utils import timezone

    from pressroom.inquiries import services

    data = {
        "name": "Marko Jovanović",
        "outlet": "Radio Sava",
        "role": "editor",
        "email": "marko@radiosava.example.org",
        "reply_language": "en",
        "subject": "Training programme",
        "question": "How many officers take part?",
        "deadline": timezone.now() + timedelta(days=2),
    }
    data.update(overrides)
    return services.inquiry_submit(**data)


def set_logo(image, site=None):
    """Make ``image`` the office's logo (None: no logo, the default is shown)."""
    from wagtail.models import Site

    from pressroom.branding.models import OfficeLogo

    site = site or Site.objects.get(is_default_site=True)
    setting = OfficeLogo.for_site(site)
    setting.logo = image
    setting.save()
    return setting


def make_content_page(
    *,
    parent=None,
    title=None,
    language_code="en",
    lead="A lead written for a test.",
    show_in_menus=True,
    **fields,
):
    """A published content page (StandardPage, about the office...) in the
    menu, below ``parent`` (the home page of the language by default)."""
    from pressroom.home.models import HomePage, StandardPage

    number = next(_numbers)
    parent = parent or HomePage.objects.get(locale=content_locale(language_code))
    page = StandardPage(
        title=title or f"Content page {number}",
        slug=f"content-page-{number}",
        locale=parent.locale,
        show_in_menus=show_in_menus,
        lead=lead,
        live=False,
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_story(language_code="en"):
    """An article in the latest news with everything an article page shows:
    a listing picture,
    a picture in its body, a topic and a related article; published, with
    its Serbian translation (topic and related article translated too) when
    ``language_code`` is "en"."""
    from pressroom.news.models import RelatedArticle

    image = make_image()
    topic = make_topic(language_code=language_code)
    section = latest_news(language_code)
    related = make_article(parent=section, image=image, topics=[topic])
    body = [
        ("paragraph", "<p>The exercise went on.</p>"),
        ("image", {"image": image, "caption": "Boats on the river"}),
    ]
    article = make_article(
        parent=section,
        image=image,
        topics=[topic],
        body=body,
        publish=False,
    )
    article.related_links = [RelatedArticle(article=related)]
    article.save_revision().publish()
    article.refresh_from_db()
    if language_code == "en":
        topic_sr = make_topic(language_code="sr", translation_of=topic)
        related_sr = make_translation(related, title="Сродна вест", topics=[topic_sr])
        translation = make_translation(
            article, title="Вежба се наставља", topics=[topic_sr], publish=False
        )
        translation.related_links = [RelatedArticle(article=related_sr)]
        translation.save_revision().publish()
    return article


def make_contact_point(role="media", **fields):
    """A contact point of the office (site settings), shown on every page."""
    from wagtail.models import Site

    from pressroom.contact.models import ContactPoint, OfficeContacts

    number = next(_numbers)
    contacts = OfficeContacts.for_site(Site.objects.get(is_default_site=True))
    values = {
        "name_en": f"Press officer {number}",
        "name_sr": f"Портпарол {number}",
        "address_en": "Neimarska 1\n11000 Belgrade",
        "address_sr": "Неимарска 1\n11000 Београд",
        "phone": "+381 11 555 0100",
        "email": f"press{number}@example.org",
        **fields,
    }
    return ContactPoint.objects.create(
        settings=contacts, role=role, sort_order=number, **values
    )


def latest_news(language_code="en"):
    """The newsroom's section for the latest news (the skeleton's)."""
    from pressroom.news.models import NewsIndexPage

    return NewsIndexPage.objects.get(
        locale=content_locale(language_code), depth=4, slug__in=SECTION_SLUGS
    )


SECTION_SLUGS = ("latest-news", "najnovije-vesti")


@contextmanager
def data_kept_for_a_scope(django_db_blocker):
    """Keep data built once for many tests (a module, the session) and roll
    it back after them, as Django's ``TestCase.setUpTestData`` does.

    Yields ``build``: data made ``with build():`` is written inside a
    transaction that stays open while the tests run (each rolls back its own
    changes to a savepoint in it) and is rolled back at the end.
    """
    from django.db import transaction

    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
    try:
        yield django_db_blocker.unblock
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def data_for_each_module(make, *, autouse=True):
    """A fixture holding ``make()``'s data for every test of a module
    (``articles = data_for_each_module(make_articles)``; a conftest's, with
    ``autouse=False``, for the modules that ask for it): built once per
    module, kept while its tests run (each rolls back its own changes) and
    rolled back after them. Tests must not change the objects it returns in
    memory."""
    import pytest

    @pytest.fixture(scope="module", autouse=autouse)
    def module_data(django_db_setup, django_db_blocker):
        with data_kept_for_a_scope(django_db_blocker) as build:
            with build():
                data = make()
            yield data

    module_data.__doc__ = make.__doc__
    return module_data


def make_photo_story(*, related=None):
    """A published English photo story: a listing picture, a gallery of two
    captioned pictures and a related article (``related``, else a new one
    with a picture)."""
    from pressroom.news.models import RelatedArticle

    gallery = [{"image": make_image(), "caption": f"Day {day}"} for day in (1, 2)]
    story = make_article(
        kind="photo_story",
        image=make_image(),
        body=[("gallery", gallery)],
        publish=False,
    )
    related = related or make_article(image=make_image())
    story.related_links = [RelatedArticle(article=related)]
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def make_site_content():
    """A small site in both languages, for tests about pages that show many
    things at once (menus, cards, switchers, footers).

    In the latest news, an article of each kind (news, press release,
    interview, speech, statement, photo story) with pictures, topics and a
    related article, each with its Serbian translation; a content page in
    the menu, translated; the first article featured on both home pages;
    three contact points. Returns ``{"articles": [English articles],
    "translations": [...], "page": ..., "page_translation": ..., "image":
    ...}``.
    """
    from datetime import date

    from pressroom.home.models import HomePage
    from pressroom.news.models import RelatedArticle

    image = make_image(
        title="Boats on the Drina",
        width=1600,
        height=900,
        alt_text_en="Two boats on the Drina at dawn",
        alt_text_sr="Два чамца на Дрини у зору",
    )
    topics, topics_sr = [], []
    for name, name_sr in (
        ("Exercises", "Вежбе"),
        ("Floods", "Поплаве"),
        ("Training", "Обука"),
    ):
        topics.append(make_topic(name))
        topics_sr.append(
            make_topic(name_sr, language_code="sr", translation_of=topics[-1])
        )
    specs = (
        ("news", "Drina Shield exercise opens", "Почела вежба „Дрински штит“", []),
        (
            "press_release",
            "Office opens a press centre",
            "Канцеларија отвара медијски центар",
            [],
        ),
        (
            "interview",
            "Ten questions to the Head of Office",
            "Десет питања шефу Канцеларије",
            [("qa", {"question": "Why Belgrade?", "answer": "<p>Partners.</p>"})],
        ),
        (
            "speech",
            "Trust is built one step at a time",
            "Поверење се гради корак по корак",
            [],
        ),
        ("statement", "Statement on the floods", "Изјава поводом поплава", []),
        (
            "photo_story",
            "The exercise in pictures",
            "Вежба у сликама",
            [("gallery", [{"image": image, "caption": "Boats on the river"}])],
        ),
    )
    articles, translations = [], []
    for number, (kind, title, title_sr, blocks) in enumerate(specs):
        body = [("paragraph", "<p>Units from Serbia and partners take part.</p>")]
        article = make_article(
            parent=latest_news("en"),
            title=title,
            kind=kind,
            day=date(2026, 3, 1 + number),
            byline="Public Affairs Office",
            image=image,
            topics=[topics[number % 3]],
            body=body + blocks,
            publish=False,
        )
        if articles:
            article.related_links = [RelatedArticle(article=articles[-1])]
        article.save_revision().publish()
        article.refresh_from_db()
        translation = make_translation(
            article,
            title=title_sr,
            lead="Учествују јединице из Србије и партнерских земаља.",
            byline="Служба за односе с јавношћу",
            topics=[topics_sr[number % 3]],
            publish=False,
        )
        translation.related_links = (
            [RelatedArticle(article=translations[-1])] if translations else []
        )
        translation.save_revision().publish()
        translation.refresh_from_db()
        articles.append(article)
        translations.append(translation)
    page = make_content_page(title="About the office")
    page_translation = make_translation(page, title="О Канцеларији")
    for home, featured in (
        (HomePage.objects.get(locale=content_locale("en")), articles[0]),
        (HomePage.objects.get(locale=content_locale("sr")), translations[0]),
    ):
        home.featured_article = featured
        home.save_revision().publish()
    for role in ("office", "media", "public_affairs"):
        make_contact_point(role)
    return {
        "articles": articles,
        "translations": translations,
        "page": page,
        "page_translation": page_translation,
        "image": image,
    }


def make_media_outlet(name=None, domains="newsroom.example.org"):
    """A registered media outlet with its e-mail domains (one per line)."""
    from pressroom.inquiries.models import MediaOutlet

    name = name or f"Outlet {next(_numbers)}"
    return MediaOutlet.objects.create(name=name, email_domains=domains)
