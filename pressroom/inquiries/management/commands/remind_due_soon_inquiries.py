"""Tell the assignee (or the desk) once when an inquiry becomes due soon.

Run by the scheduler every few minutes (``SCHEDULED_JOBS``); an inquiry
that is already due soon or overdue when first seen is reminded too.
"""

from django.core.management.base import BaseCommand

from ...services import inquiries_to_remind, inquiry_remind_due_soon


class Command(BaseCommand):
    help = "E-mail the assignee or the desk about inquiries that became due soon."

    def handle(self, *args, **options):
        sent = sum(
            inquiry_remind_due_soon(inquiry=inquiry)
            for inquiry in inquiries_to_remind()
        )
        self.stdout.write(f"{sent} due-soon reminders queued.")
