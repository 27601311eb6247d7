"""Set up an authenticator app, and confirm a sign-in with its code."""

from io import BytesIO

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import CodeForm

DEVICE_NAME = "Authenticator app"


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


@never_cache
@login_required(login_url="/admin/login/")
def setup(request):
    """Show a new secret as a QR code; a correct code from the app confirms it."""
    if TOTPDevice.objects.devices_for_user(request.user, confirmed=True).exists():
        return redirect("twofactor:verify")
    with transaction.atomic():
        device = TOTPDevice.objects.devices_for_user(
            request.user, confirmed=False
        ).first() or TOTPDevice.objects.create(
            user=request.user, name=DEVICE_NAME, confirmed=False
        )
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(
        request,
        "twofactor/setup.html",
        {
            "form": form,
            "qr_svg": _qr_svg(device.config_url),
            "secret": device.config_url.split("secret=")[1].split("&")[0],
            "next": _next_url(request),
        },
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
