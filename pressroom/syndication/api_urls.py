"""The API's URLs alone, without language prefixes (see ``ScriptChoiceMixin``)."""

from django.urls import path

from .api import api_router

urlpatterns = [path("api/v2/", api_router.urls)]
