from datetime import timedelta

from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Delete expired sessions older than N days"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        if opts["days"] < 1:
            raise SystemExit("--days must be at least 1")
        cut = timezone.now() - timedelta(days=opts["days"])
        qs = Session.objects.filter(expire_date__lt=cut)
        n = qs.count()
        if not opts["dry_run"]:
            qs.delete()
        self.stdout.write(f"{'would delete' if opts['dry_run'] else 'deleted'} {n} sessions")
