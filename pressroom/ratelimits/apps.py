from django.apps import AppConfig


class RateLimitsConfig(AppConfig):
    name = "pressroom.ratelimits"
    verbose_name = "Rate limits"
