"""Ship the first personal-data notice so the form works on a fresh install."""

from django.db import migrations
from django.utils import timezone


def create_notice(apps, schema_editor):
    from questions.services.consent import DEFAULT_PURPOSE, DEFAULT_VERSION

    ConsentNotice = apps.get_model("questions", "ConsentNotice")
    ConsentNotice.objects.get_or_create(
        version=DEFAULT_VERSION,
        defaults={"purpose": DEFAULT_PURPOSE, "effective_from": timezone.now()},
    )


def remove_notice(apps, schema_editor):
    from questions.services.consent import DEFAULT_VERSION

    ConsentNotice = apps.get_model("questions", "ConsentNotice")
    Question = apps.get_model("questions", "Question")
    if not Question.objects.filter(consent_notice__version=DEFAULT_VERSION).exists():
        ConsentNotice.objects.filter(version=DEFAULT_VERSION).delete()


class Migration(migrations.Migration):
    dependencies = [("questions", "0002_question_inbox")]

    operations = [migrations.RunPython(create_notice, remove_notice)]
