"""Wagtail glue: the inquiry page's view, and the Media desk in the admin
(menu, URLs, outlets and answer templates)."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from . import desk, views
from .access import can_see_desk
from .models import AnswerTemplate, MediaInquiryPage, MediaOutlet

SUBMENU_HOOK = "register_media_desk_menu_item"


@hooks.register("on_serve_page")
def serve_inquiry_form(next_serve_page):
    """Hand the inquiry page to its view: the form, its submission, the receipt.

    ``on_serve_page`` wraps ``Page.serve`` and runs after the
    ``before_serve_page`` checks (view restrictions), like ``serve`` would.
    """

    def serve(page, request, args, kwargs):
        if isinstance(page, MediaInquiryPage):
            return views.inquiry_form(request, page)
        return next_serve_page(page, request, args, kwargs)

    return serve


class DeskMenuItem(MenuItem):
    """Shown to the Media desk and to the HQ press office, nobody else."""

    def is_shown(self, request):
        return can_see_desk(request.user)


class DeskOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("inquiries.view_inquiry")


class MediaOutletViewSet(ModelViewSet):
    model = MediaOutlet
    icon = "group"
    menu_label = _("Media outlets")
    menu_hook = SUBMENU_HOOK
    form_fields = ["name", "email_domains"]
    list_display = ["name", "email_domains"]
    search_fields = ["name", "email_domains"]
    copy_view_enabled = False


class AnswerTemplateViewSet(ModelViewSet):
    model = AnswerTemplate
    icon = "doc-full"
    menu_label = _("Answer templates")
    menu_hook = SUBMENU_HOOK
    form_fields = ["title", "body_en", "body_sr"]
    list_display = ["title"]
    search_fields = ["title", "body_en", "body_sr"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [
        MediaOutletViewSet("media_outlets"),
        AnswerTemplateViewSet("answer_templates"),
    ]


desk_urls = (
    [
        path("", desk.queue, name="queue"),
        path("statistics/", desk.statistics_view, name="statistics"),
        path("mail/", desk.mail_queue, name="mail_queue"),
        path("mail/<int:pk>/retry/", desk.mail_retry, name="mail_retry"),
        path("<int:pk>/", desk.detail, name="detail"),
        path("<int:pk>/attachment/", desk.attachment_download, name="attachment"),
        path("<int:pk>/<slug:action>/", desk.act, name="act"),
    ],
    "inquiries_admin",
)


@hooks.register("register_admin_urls")
def register_desk_urls():
    return [path("inquiries/", include(desk_urls))]


@hooks.register(SUBMENU_HOOK)
def queue_menu_item():
    return DeskMenuItem(
        _("Inquiries"), reverse_lazy("inquiries_admin:queue"), icon_name="mail", order=1
    )


@hooks.register(SUBMENU_HOOK)
def statistics_menu_item():
    return DeskOnlyMenuItem(
        _("Statistics"),
        reverse_lazy("inquiries_admin:statistics"),
        icon_name="view",
        order=2,
    )


@hooks.register(SUBMENU_HOOK)
def mail_queue_menu_item():
    return DeskOnlyMenuItem(
        _("Mail queue"),
        reverse_lazy("inquiries_admin:mail_queue"),
        icon_name="mail",
        order=3,
    )


@hooks.register("register_admin_menu_item")
def media_desk_menu():
    return SubmenuMenuItem(
        _("Media desk"),
        Menu(register_hook_name=SUBMENU_HOOK),
        icon_name="mail",
        order=250,
    )
