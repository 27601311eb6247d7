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


def log_in(client, user):
    """Sign ``user`` in, second factor included (the desk's roles require one)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
