"""The newsroom's offer to other apps, through Wagtail hooks."""

from wagtail import hooks

from .answers import draft_answer_article


@hooks.register("make_inquiry_answer_draft")
def inquiry_answer_draft():
    """The media desk turns a cleared answer into a draft article with this."""
    return draft_answer_article
