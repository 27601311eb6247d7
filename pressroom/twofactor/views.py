"""Set up an authenticator app, confirm a sign-in with its code, replace it.

Setting up needs an enrolment link (``enrolment.py``): the password alone
shows only a page that offers to e-mail one to the account's address.
"""

from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .enrolment import (
    authenticator_remove,
    enrolment_complete,
    enrolment_link_email,
    enrolment_link_find,
    enrolment_link_for,
    has_authenticator,
)
from .forms import CodeForm
from .models import EnrolmentLink
from .policy import requires_two_factor

DEVICE_NAME = "Authenticator app"
# Session keys: the enrolment a link opened ({"link": id, "device": id}), and
# the new device of a replacement.
ENROLMENT_SESSION_KEY = "twofactor_enrolment"
REPLACEMENT_SESSION_KEY = "twofactor_replacement"


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return "/admin/"


def _qr_svg(uri):
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode()


def _new_device(user):
    """A fresh secret: never one shown before, to anyone."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def _pending_device(user, device_id):
    if device_id is None:
        return None
    return TOTPDevice.objects.filter(pk=device_id, user=user, confirmed=False).first()


def _render_code_page(request, template, device, form, **context):
    return render(
        request,
        template,
        {
            "form": form,
            "qr_svg": _qr_svg(device.config_url),
            "secret": device.config_url.split("secret=")[1].split("&")[0],
            "next": _next_url(request),
            **context,
        },
    )


@never_cache
@login_required(login_url="/admin/login/")
def enrol(request, token):
    """Open an enrolment link: its account, once signed in, may set up an app."""
    link = enrolment_link_find(token=token, user=request.user)
    if link is None:
        # 410, not 404: a 404 would send LocaleMiddleware to /en/admin/...
        return render(request, "twofactor/link_invalid.html", status=410)
    if has_authenticator(request.user):
        # Replacing a working device needs a sign-in confirmed with it.
        return redirect("twofactor:verify")
    with transaction.atomic():
        device = _new_device(request.user)
    request.session[ENROLMENT_SESSION_KEY] = {"link": link.pk, "device": device.pk}
    # Away from the address with the token, so it stays out of the history.
    return redirect("twofactor:setup")


@never_cache
@login_required(login_url="/admin/login/")
def setup(request):
    """With an opened link, show a new secret; a correct code confirms it."""
    if has_authenticator(request.user):
        return redirect("twofactor:verify")
    grant = request.session.get(ENROLMENT_SESSION_KEY) or {}
    link_valid = (
        EnrolmentLink.objects.usable()
        .filter(pk=grant.get("link"), user=request.user)
        .exists()
    )
    device = _pending_device(request.user, grant.get("device")) if link_valid else None
    if device is None:
        return render(
            request,
            "twofactor/need_link.html",
            {"has_email": bool(request.user.email)},
        )
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        enrolment_complete(user=request.user, device=device)
        del request.session[ENROLMENT_SESSION_KEY]
        otp_login(request, device)
        return redirect(_next_url(request))
    return _render_code_page(request, "twofactor/setup.html", device, form)


@never_cache
@require_POST
@login_required(login_url="/admin/login/")
def request_link(request):
    """E-mail an enrolment link to the signed-in account's own address."""
    if has_authenticator(request.user):
        return redirect("twofactor:verify")
    sent = enrolment_link_email(user=request.user)
    return render(
        request,
        "twofactor/need_link.html",
        {"has_email": bool(request.user.email), "sent": sent, "asked": True},
    )


@never_cache
@login_required(login_url="/admin/login/")
def verify(request):
    """Ask for the current code from the user's authenticator app."""
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=True).first()
    if device is None:
        return redirect("twofactor:setup")
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(
        request, "twofactor/verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@login_required(login_url="/admin/login/")
def replace(request):
    """Move to a new phone: only in a session confirmed with the current app."""
    if not has_authenticator(request.user):
        return redirect("twofactor:setup")
    if not request.user.is_verified():
        return redirect("twofactor:verify")
    device = _pending_device(request.user, request.session.get(REPLACEMENT_SESSION_KEY))
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name=DEVICE_NAME, confirmed=False
        )
        request.session[REPLACEMENT_SESSION_KEY] = device.pk
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        enrolment_complete(user=request.user, device=device)
        del request.session[REPLACEMENT_SESSION_KEY]
        otp_login(request, device)
        return redirect(_next_url(request))
    return _render_code_page(request, "twofactor/replace.html", device, form)


def _may_manage_authenticators(user):
    """Administrators whose own sign-in passed the second step, if required."""
    return user.is_superuser and (not requires_two_factor(user) or user.is_verified())


@never_cache
def manage_user(request, user_id):
    """Admin: issue an enrolment link for a colleague, or remove a lost app."""
    if not _may_manage_authenticators(request.user):
        raise PermissionDenied
    user = get_object_or_404(get_user_model(), pk=user_id)
    context = {
        "account": user,
        "link_hours": settings.TWO_FACTOR_ENROLMENT_LINK_HOURS,
    }
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "remove":
            authenticator_remove(user=user)
            context["removed"] = True
        elif action in ("link", "email"):
            if has_authenticator(user):
                context["error_has_authenticator"] = True
            elif action == "link":
                context["link"] = enrolment_link_for(user, issued_by=request.user)
            elif user.email:
                context["emailed"] = enrolment_link_email(
                    user=user, issued_by=request.user
                )
        else:
            return render(request, "twofactor/manage_user.html", context, status=400)
    context["has_authenticator"] = has_authenticator(user)
    return render(request, "twofactor/manage_user.html", context)
