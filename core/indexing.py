"""Saving many objects at once without re-indexing each on every save.

Used where whole sites are made in one go (the demo, the commune import).
"""

from contextlib import contextmanager

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler

from django.db.models.signals import post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def deferred_indexing():
    """Update the search index and Wagtail's reference index once per object
    at the end, instead of on every save.

    Creating and publishing one page saves it three or four times, and each
    save re-indexes it (search) and re-scans its references (image and
    document usage): that was most of the demo's run time. Wagtail offers
    ``disable_reference_index_auto_update`` for the latter; modelsearch has no
    switch, so its post_save handler is disconnected here and reconnected in
    ``finally``. If the body fails, nothing is indexed (the transaction rolls
    back anyway).
    """

    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved[(sender, str(instance.pk))] = None

    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    uid = "core.demo.deferred_indexing"
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid=uid)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=uid)
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)

    indexed = set(indexed)
    tracked = set(ReferenceIndex.tracked_models)
    for model, pk in saved:
        if model in indexed:
            instance = model.objects.filter(pk=pk).first()
            if instance is not None:
                search_index.insert_or_update_object(instance)
        if model in tracked:
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)
