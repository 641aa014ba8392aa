"""``manage.py backup [--output DIR]``: database and media in one archive."""

from django.core.management.base import CommandError

from core.scheduling import ScheduledCommand
from operations.services.backup import BackupError, create_backup


class Command(ScheduledCommand):
    help = "Back up the database and the media files into one tar.gz with a manifest."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="Directory for the archive.")

    def handle(self, *args, output, **options):
        try:
            path = create_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
