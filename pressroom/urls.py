"""URL configuration: the admin and the chooser outside, the site per language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pressroom.branding import urls as branding_urls
from pressroom.health.views import healthz, services
from pressroom.home.views import serve
from pressroom.search.views import search_api
from pressroom.syndication import urls as syndication_urls

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("healthz/services", services, name="healthz_services"),
    path("admin/two-factor/", include("pressroom.twofactor.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/search", search_api, name="search_api"),
    path("", include("pressroom.languages.urls")),
    path("", include(branding_urls)),
    path("", include(syndication_urls.urlpatterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("pressroom.search.urls")),
    path("", include("pressroom.inquiries.urls")),
    path("", include(syndication_urls.language_urlpatterns)),
    path("", include("pressroom.subscriptions.urls")),
    path("", include("pressroom.contact.urls")),
    path("", include("pressroom.events.urls")),
    path("", include("pressroom.accreditation.urls")),
    path("", include("pressroom.news.urls")),
    # Pages last: they claim every path below the prefix but Wagtail's own
    # ``_util/`` views (password, sign-in), which its URLs after them answer.
    # ``home.views.serve`` is Wagtail's serve with the site and home page kept.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", serve, name="page"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
