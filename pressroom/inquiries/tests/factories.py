"""Inquiries made through the same service the public form uses."""

from datetime import timedelta

from django.utils import timezone

from pressroom.inquiries import services


def submit_inquiry(**overrides):
    data = {
        "name": "Marko Jovanović",
        "outlet": "Radio Sava",
        "role": "editor",
        "email": "marko@radiosava.example.org",
        "reply_language": "en",
        "subject": "Training programme",
        "question": "How many officers take part?",
        "deadline": timezone.now() + timedelta(days=2),
    }
    data.update(overrides)
    return services.inquiry_submit(**data)
