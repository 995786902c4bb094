from datetime import timedelta
from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone

class Command(BaseCommand):
    help = "Purge soft-deleted rows older than --days"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)
        parser.add_argument("--commit", action="store_true")

    def handle(self, *args, **opts):
        cutoff = timezone.now() - timedelta(days=max(opts["days"], 7))
        for model in apps.get_models():
            if not any(f.name == "deleted_at" for f in model._meta.fields):
                continue
            qs = model._base_manager.filter(deleted_at__isnull=False, deleted_at__lt=cutoff)
            if opts["commit"]:
                n, _ = qs.delete()
            else:
                n = qs.count()
            self.stdout.write(f"{model.__name__}: {'purged' if opts['commit'] else 'would purge'} {n}")
