from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import WorkingDayOverride
from .services.deadlines import forget_overrides


@receiver([post_save, post_delete], sender=WorkingDayOverride)
def working_days_changed(sender, **kwargs):
    forget_overrides()
