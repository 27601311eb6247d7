"""The media calendar's iCalendar feed, per reading language."""

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

from wagtail.models import Site

from pressroom.sitesetup.address import site_address
from pressroom.syndication.publication import office_name
from pressroom.visibility.rules import visible_pages

from .ical import calendar_bytes
from .models import MediaCalendarPage


def find_calendar(request):
    """The media calendar of the active content language readers may see, or 404."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = site.root_page.localized
    calendar = (
        visible_pages(MediaCalendarPage.objects.child_of(home)).order_by("path").first()
    )
    if calendar is None:
        raise Http404
    return site, calendar


@require_GET
def media_calendar_ics(request):
    """``/<language>/feeds/media-calendar.ics``: the upcoming events readers
    may see, in the reading language of the prefix."""
    site, calendar = find_calendar(request)
    body = calendar_bytes(
        name=f"{office_name(request)}: {calendar.title}",
        events=calendar.upcoming_events(),
        url_for=lambda event: site_address(event.get_url(request), request),
        domain=site.hostname,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="media-calendar.ics"'
    return response
