"""``manage.py restore ARCHIVE [--force]``: the inverse of ``backup``."""

from django.core.management.base import BaseCommand, CommandError

from operations.services.backup import BackupError, content_counts, restore_backup


class Command(BaseCommand):
    help = (
        "Restore the database and media files from a backup archive. The archive is "
        "checked first; a database or media folder with content is refused unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force", action="store_true", help="Replace a database that already has content."
        )

    def handle(self, *args, archive, force, **options):
        try:
            manifest = restore_backup(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        restored = content_counts()
        for name, expected in manifest["counts"].items():
            self.stdout.write(f"{name}: {restored.get(name)} (backup: {expected})")
        if any(restored.get(name) != expected for name, expected in manifest["counts"].items()):
            raise CommandError("The restored database does not hold what the backup counted.")
        self.stdout.write(f"media files: {len(manifest['media'])}")
