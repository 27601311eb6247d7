"""Send every stored message that is due, e.g. after the task queue was cleared."""

from django.core.management.base import BaseCommand

from pressroom.outbox import delivery


class Command(BaseCommand):
    help = "Try once more to send every waiting e-mail whose next attempt is due."

    def handle(self, *args, **options):
        sent = waiting = 0
        for pk in delivery.outstanding().values_list("pk", flat=True):
            if delivery.deliver(pk) is None:
                sent += 1
            else:
                waiting += 1
        if options["verbosity"]:
            self.stdout.write(f"{sent} handled, {waiting} still waiting")
