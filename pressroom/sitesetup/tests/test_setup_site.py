"""manage.py setup_site gives a real office an empty, working site in one command."""

from io import StringIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Page, Site, WorkflowPage

import pytest

from pressroom.contact.models import OfficeContacts
from pressroom.editorial.roles import WORKFLOW
from pressroom.home.models import HomePage
from pressroom.inquiries.models import MediaInquiryPage
from pressroom.news.models import ArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db

PASSWORD = "a long and unguessable passphrase 42"
IMPORT_EXAMPLE = Path(settings.BASE_DIR) / "docs" / "import-example.json"


@pytest.fixture
def empty_database():
    """A migrated database without a site: no pages, sites or users."""
    for home in Page.get_first_root_node().get_children():
        home.delete()
    Site.objects.all().delete()
    get_user_model().objects.all().delete()


def setup_site(*args, password=PASSWORD, **options):
    out = StringIO()
    environment = {} if password is None else {"DJANGO_SUPERUSER_PASSWORD": password}
    with mock.patch.dict("os.environ", environment):
        call_command("setup_site", *args, stdout=out, **options)
    return out.getvalue()


def new_site(*args):
    return setup_site(
        "--noinput",
        "--name-en=Military Liaison Office",
        "--name-sr=Kancelarija za vojnu vezu",
        "--url=https://press.example.org",
        *args,
    )


def test_builds_an_empty_site_in_three_reading_languages(client, empty_database):
    new_site()

    for url, text in (
        ("/en/", "Military Liaison Office"),
        ("/sr/", "Канцеларија за војну везу"),
        ("/sr-latn/", "Kancelarija za vojnu vezu"),
        ("/en/newsroom/", "Newsroom"),
        ("/en/newsroom/latest-news/", "Latest news"),
        ("/sr/medijski-centar/", "Медијски центар"),
        ("/sr-latn/kontakt/", "Kontakt"),
        ("/en/media-calendar/", "No media events are planned"),
        ("/sr-latn/medijski-kalendar/", "Medijski kalendar"),
        ("/sr/feeds/media-calendar.ics", "BEGIN:VCALENDAR"),
        ("/en/media-inquiries/", "Media inquiries"),
        ("/sr/upiti-medija/", "Упити медија"),
        ("/en/privacy/", "Privacy notice"),
        ("/sr/privatnost/", "Обавештење о приватности"),
        ("/sr-latn/privatnost/", "Obaveštenje o privatnosti"),
        ("/en/search/?q=exercise", "Military Liaison Office"),
        ("/sr/pretplata/", "Канцеларија за војну везу"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url
    assert not ArticlePage.objects.exists()
    assert "Demo" not in client.get("/en/").content.decode()


def test_records_the_address_office_contacts_and_workflow(empty_database):
    output = new_site()

    # The settings still name another address: the operator is told.
    assert "Set SITE_URL=https://press.example.org" in output

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == (
        "press.example.org",
        443,
        "Military Liaison Office",
    )
    assert site.root_url == "https://press.example.org"
    contacts = OfficeContacts.for_site(site)
    assert not contacts.contact_points.exists()
    for form in MediaInquiryPage.objects.all():
        assert form.media_section.specific_class is NewsIndexPage
        assert form.media_section.locale_id == form.locale_id
    for home in HomePage.objects.all():
        assert home.get_workflow().name == WORKFLOW


def test_a_root_without_the_workflow_gets_it_back(empty_database):
    WorkflowPage.objects.all().delete()

    new_site()

    assert Page.get_first_root_node().get_workflow().name == WORKFLOW


def test_creates_the_first_administrator_with_the_given_password(empty_database):
    new_site("--admin-username=chief", "--admin-email=chief@example.org")

    chief = get_user_model().objects.get(username="chief")
    assert chief.is_superuser and chief.is_staff
    assert chief.email == "chief@example.org"
    assert chief.check_password(PASSWORD)
    assert get_user_model().objects.count() == 1


def test_running_again_changes_nothing(empty_database):
    new_site()
    pages = list(Page.objects.values_list("pk", "title", "latest_revision_id"))

    output = new_site()

    assert "nothing to create" in output
    assert "none created" in output
    assert list(Page.objects.values_list("pk", "title", "latest_revision_id")) == pages
    assert get_user_model().objects.count() == 1


def test_running_again_without_names_keeps_the_office_names(empty_database):
    new_site()

    setup_site("--noinput")

    assert HomePage.objects.get(locale__language_code="sr").title == (
        "Канцеларија за војну везу"
    )


def test_a_new_name_renames_the_home_pages(empty_database):
    new_site()

    setup_site("--noinput", "--name-en=Liaison Office")

    assert HomePage.objects.get(locale__language_code="en").title == "Liaison Office"
    assert Site.objects.get().site_name == "Liaison Office"


def test_articles_import_right_after(empty_database):
    new_site()
    out = StringIO()

    call_command("import_articles", str(IMPORT_EXAMPLE), stdout=out)

    assert "Created 3," in out.getvalue()
    for newsroom in NewsIndexPage.objects.filter(depth=3):
        assert ArticlePage.objects.child_of(newsroom).live().exists()


def test_without_a_password_it_refuses_and_builds_nothing(empty_database):
    with pytest.raises(CommandError, match="DJANGO_SUPERUSER_PASSWORD"):
        setup_site("--noinput", password=None)

    assert not HomePage.objects.exists()
    assert not get_user_model().objects.exists()


def test_a_weak_password_is_refused(empty_database):
    with pytest.raises(CommandError, match="too common"):
        setup_site("--noinput", password="password")

    assert not get_user_model().objects.exists()


def test_an_existing_administrator_is_kept_and_no_password_needed(admin_user):
    before = get_user_model().objects.count()

    output = setup_site("--noinput", password=None)

    assert "exists already" in output
    assert get_user_model().objects.count() == before


def test_a_user_name_with_spaces_is_refused(empty_database):
    with pytest.raises(CommandError, match="User name"):
        new_site("--admin-username=chief editor")

    assert not get_user_model().objects.exists()


def test_an_address_with_a_path_is_refused(empty_database):
    with pytest.raises(CommandError, match="must look like"):
        setup_site("--noinput", "--url=https://press.example.org/site")

    assert not HomePage.objects.exists()


def test_in_a_terminal_it_asks_for_what_the_options_do_not_give(empty_database):
    answers = iter(["Liaison Office", "Канцеларија", "http://127.0.0.1:8080", "", ""])
    passwords = iter([PASSWORD, PASSWORD])
    with (
        mock.patch("sys.stdin.isatty", return_value=True),
        mock.patch("builtins.input", lambda prompt: next(answers)),
        mock.patch("getpass.getpass", lambda prompt: next(passwords)),
    ):
        setup_site(password=None)

    site = Site.objects.get()
    assert (site.hostname, site.port, site.site_name) == (
        "127.0.0.1",
        8080,
        "Liaison Office",
    )
    assert get_user_model().objects.get(username="admin").check_password(PASSWORD)
