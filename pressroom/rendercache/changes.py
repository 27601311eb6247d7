"""Which saves and deletions change what readers see: every one, unless listed.

Every model's post_save and post_delete advance the content version
(``reuse.content_changed``), and so empty every cache of pages, unless the
model is in ``NEVER_SHOWN``: models whose rows no reader ever sees
(sessions, sign-in attempts, outgoing mail, tasks, inquiries, subscribers,
revisions and workflow state, renditions, ...). A new model therefore purges
by default; ``SHOWN`` names the models known to be shown, and a test fails
while a model is in neither list, so that each new one is a decision.

Many-to-many changes (an article's topics) count too. Changes made with
``QuerySet.update()`` or raw SQL send no signal: code that changes content
that way calls ``content_changed()`` itself (``changes_batched`` for bulk
work).
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from .reuse import content_changed

NEVER_SHOWN = frozenset(
    {
        "accreditation.Accreditation",
        "accreditation.EmbargoLink",
        "accreditation.LinkOpening",
        "auth.Group",
        "auth.Permission",
        "auth.User",
        "axes.AccessAttempt",
        "axes.AccessAttemptExpiration",
        "axes.AccessFailureLog",
        "axes.AccessLog",
        "contenttypes.ContentType",
        "django_tasks_database.DBTaskResult",
        "health.Heartbeat",
        "inquiries.AnswerTemplate",
        "inquiries.ClockPause",
        "inquiries.HQGuidance",
        "inquiries.Inquiry",
        "inquiries.InquiryEvent",
        "inquiries.InternalNote",
        "inquiries.MediaOutlet",
        "inquiries.ReferenceCounter",
        "inquiries.RejectedSubmission",
        "inquiries.UsedFormStamp",
        "otp_totp.TOTPDevice",
        "news.ReleaseCounter",
        # The number readers see is copied onto the article's row.
        "news.ReleaseNumber",
        "outbox.OutgoingEmail",
        "rendercache.ContentVersion",
        "scheduling.JobRun",
        # Which text analysis the search index was built with; the entries
        # a rebuild writes are what readers find.
        "search.IndexState",
        "sessions.Session",
        "simple_translation.SimpleTranslation",
        "subscriptions.Announcement",
        "subscriptions.Delivery",
        "subscriptions.Subscriber",
        "taggit.Tag",
        "twofactor.EnrolmentLink",
        "taggit.TaggedItem",
        "wagtailadmin.Admin",
        "wagtailadmin.EditingSession",
        "wagtailadmin.FormState",
        "wagtailcore.APIToken",
        "wagtailcore.Comment",
        "wagtailcore.CommentReply",
        "wagtailcore.GroupApprovalTask",
        "wagtailcore.GroupCollectionPermission",
        "wagtailcore.GroupPagePermission",
        "wagtailcore.GroupSitePermission",
        "wagtailcore.ModelLogEntry",
        "wagtailcore.PageLogEntry",
        "wagtailcore.PageSubscription",
        "wagtailcore.ReferenceIndex",
        "wagtailcore.Revision",
        "wagtailcore.Task",
        "wagtailcore.TaskState",
        "wagtailcore.UploadedFile",
        "wagtailcore.Workflow",
        "wagtailcore.WorkflowContentType",
        "wagtailcore.WorkflowPage",
        "wagtailcore.WorkflowState",
        "wagtailcore.WorkflowTask",
        # Made while pages render; the image they come from is shown.
        "pictures.PictureRendition",
        "wagtailimages.Rendition",
        # Wagtail's own search index: readers search ``search.SearchEntry``.
        "wagtailsearch.IndexEntry",
        "wagtailsearch.SQLiteFTSIndexEntry",
        "wagtailusers.UserProfile",
    }
)

# Known to be shown (the default needs no list; the test does). Every page
# type is shown too, whatever its app.
SHOWN = frozenset(
    {
        "branding.OfficeLogo",
        "contact.ContactPoint",
        "contact.OfficeContacts",
        "contact.Spokesperson",
        "news.RelatedArticle",
        "news.Topic",
        "pictures.Picture",
        "search.SearchEntry",
        # The names register: search results and conversions follow it.
        "serbian.Name",
        "wagtailcore.Collection",
        "wagtailcore.CollectionViewRestriction",
        "wagtailcore.Locale",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        "wagtaildocs.Document",
        "wagtailembeds.Embed",
        "wagtailimages.Image",
        "wagtailredirects.Redirect",
    }
)


def shown_models():
    """Every installed model whose changes readers may see."""
    return [
        model for model in apps.get_models() if model._meta.label not in NEVER_SHOWN
    ]


def _changed(sender, **kwargs):
    content_changed()


def _m2m_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and instance._meta.label not in NEVER_SHOWN:
        content_changed()


def connect():
    """Connect the receivers (called once, from the app's ready()).

    Receivers are connected per model, never for every sender: a
    post_delete receiver for all models would stop Django from deleting the
    rows of never-shown models (old sessions, sent mail) in bulk.
    """
    uid = "pressroom.rendercache.changes"
    for model in shown_models():
        for signal in (post_save, post_delete):
            signal.connect(
                _changed,
                sender=model,
                dispatch_uid=f"{uid}.{model._meta.label}.{signal is post_save}",
            )
    m2m_changed.connect(_m2m_changed, dispatch_uid=f"{uid}.m2m")
    # Wagtail moves pages with updates that send no post_save.
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(_changed, dispatch_uid=f"{uid}.{id(signal)}")
