"""The report on comments counts as published when a revision holding it
first goes live; later corrections keep that moment."""

from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import page_published

from consultations.models.pages import ConsultationPage


@receiver(page_published, sender=ConsultationPage)
def report_published(sender, instance, **kwargs):
    if instance.report_published_at is None and instance.has_report:
        now = timezone.now()
        ConsultationPage.objects.filter(pk=instance.pk, report_published_at__isnull=True).update(
            report_published_at=now
        )
        instance.report_published_at = now
