"""Subscribers read the whole press release in the message, in their language."""

import pytest

from pressroom.testing import make_article

pytestmark = pytest.mark.django_db

BODY = [
    ("heading", "What was agreed"),
    (
        "paragraph",
        '<p>The delegations signed <a href="https://example.org/plan">the plan</a>.'
        "</p><ul><li>Exercises</li><li>Training</li></ul>",
    ),
    ("quote", {"text": "A good day.", "attribution": "The head of the office"}),
    ("video", {"url": "https://video.example.org/1", "title": "The signing"}),
]
SERBIAN_BODY = [
    ("heading", "Шта је договорено"),
    ("paragraph", "<p>Делегације су потписале план сарадње.</p>"),
]


def press_release(language_code, body):
    article = make_article(
        language_code=language_code, kind="press_release", publish=False
    )
    article.body = body
    article.save_revision().publish()
    return article


def only_message(mailoutbox):
    (message,) = mailoutbox
    (html, _type) = message.alternatives[0]
    return message.body, html


def test_the_message_carries_the_whole_text(subscriber, mailoutbox, deliver_email):
    subscriber("en@example.org", "en")
    article = press_release("en", BODY)
    deliver_email()
    text, html = only_message(mailoutbox)
    assert article.lead in text
    for words in (
        "What was agreed",
        "The delegations signed the plan.",
        "- Exercises\n- Training",
        "“A good day.”\n— The head of the office",
        "The signing: https://video.example.org/1",
    ):
        assert words in text
    assert "<h2>What was agreed</h2>" in html
    assert '<a href="https://example.org/plan">the plan</a>' in html
    assert "<blockquote><p>A good day.</p><p>— The head of the office</p>" in html


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("sr", "Делегације су потписале план сарадње."),
        ("sr-latn", "Delegacije su potpisale plan saradnje."),
    ],
)
def test_serbian_subscribers_read_it_in_their_script(
    subscriber, mailoutbox, deliver_email, language, words
):
    subscriber("reader@example.org", language)
    press_release("sr", SERBIAN_BODY)
    deliver_email()
    text, html = only_message(mailoutbox)
    assert words in text
    assert words in html


def test_the_sites_own_links_become_absolute(subscriber, mailoutbox, deliver_email):
    subscriber("en@example.org", "en")
    other = make_article()
    press_release(
        "en",
        [("paragraph", f'<p>See <a linktype="page" id="{other.pk}">this</a>.</p>')],
    )
    deliver_email()
    _text, html = only_message(mailoutbox)
    assert f'{other.url}">this</a>' in html
    assert 'href="/' not in html
