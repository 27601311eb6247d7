"""Subscribe, confirm and unsubscribe: public pages in each reading language."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from pressroom.languages.reading import reading_language
from pressroom.ratelimits.limits import allow_request, retry_after

from . import services
from .forms import SubscriptionForm
from .models import Subscriber

# Subscription requests are counted per client in one-hour windows.
SUBSCRIPTION_WINDOW_SECONDS = 60 * 60


@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The form; a valid request always ends on the same "check your inbox" page."""
    status = 200
    if request.method == "POST":
        form = SubscriptionForm(request.POST)
        # One-hour windows: enough for a journalist who mistyped an address,
        # too few to send confirmation e-mails to strangers in bulk.
        if not allow_request(
            request,
            scope="subscription",
            limit=settings.SUBSCRIPTION_RATE_LIMIT_PER_HOUR,
            window_seconds=SUBSCRIPTION_WINDOW_SECONDS,
        ):
            form.add_error(
                None,
                _(
                    "There have been too many subscription requests from your "
                    "network. Please try again in an hour."
                ),
            )
            status = 429
        elif form.is_valid():
            services.subscription_request(
                email=form.cleaned_data["email"],
                reading_language=form.cleaned_data["reading_language"],
            )
            return redirect("subscriptions:check_inbox")
        else:
            status = 400
    else:
        language = reading_language(translation.get_language()).code
        form = SubscriptionForm(initial={"reading_language": language})
    response = render(
        request, "subscriptions/subscribe.html", {"form": form}, status=status
    )
    if status == 429:
        response["Retry-After"] = str(retry_after(SUBSCRIPTION_WINDOW_SECONDS))
    return response


@require_GET
def check_inbox(request):
    return render(request, "subscriptions/check_inbox.html")


@never_cache  # reached with a personal token: never kept in a cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: link scanners in mail servers only GET."""
    if request.method == "POST":
        subscriber = services.subscription_confirm(token=token)
        if subscriber is not None:
            return render(request, "subscriptions/confirmed.html")
    elif services.subscriber_awaiting_confirmation(token) is not None:
        return render(request, "subscriptions/confirm.html")
    return render(request, "subscriptions/invalid_link.html", status=404)


# The one-click unsubscribe of RFC 8058: the mail client POSTs to the URL of
# the List-Unsubscribe header, without a session or a CSRF token. The
# unguessable token in the URL is the credential, so CSRF protection adds
# nothing here, and GET (which link scanners follow) changes nothing.
@csrf_exempt
@never_cache  # reached with a personal token: never kept in a cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks, POST unsubscribes (and says so again if repeated)."""
    if request.method == "POST":
        services.subscription_cancel(token=token)
        return render(request, "subscriptions/unsubscribed.html")
    if Subscriber.objects.filter(token=token).exists():
        return render(request, "subscriptions/unsubscribe.html")
    return render(request, "subscriptions/invalid_link.html", status=404)
