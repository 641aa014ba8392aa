"""Subscribing, confirming and leaving (double opt-in).

The public views and the tests call these functions. A confirmation email
goes to an address at most once an hour, whoever asks, so the form cannot
be used to flood someone's mailbox; whether an address is already
subscribed is never shown on the page.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from outbox.services.erasure import erase_person
from outbox.services.mail import send_after_commit
from subscriptions.models import Subscription, Topic

#: An address that does not confirm within this time is deleted.
CONFIRM_WITHIN = datetime.timedelta(days=7)
#: At most one confirmation email per address in this time.
RESEND_AFTER = datetime.timedelta(hours=1)

PATH = "/dang-ky-nhan-tin/"


def site_url(site, path):
    return site.root_url.rstrip("/") + path


def confirm_url(subscription):
    return site_url(subscription.site, f"{PATH}xac-nhan/{subscription.token}/")


def unsubscribe_url(subscription):
    return site_url(subscription.site, f"{PATH}huy/{subscription.token}/")


def _message(subscription, template, subject):
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "site": subscription.site,
            "subscription": subscription,
            "confirm_url": confirm_url(subscription),
            "unsubscribe_url": unsubscribe_url(subscription),
            "days": CONFIRM_WITHIN.days,
        }
        body = render_to_string(template, context)
        subject = subject % {"site": subscription.site.site_name}
    return EmailMessage(subject, body, None, [subscription.email])


def subscribe(*, site, notice, email, topics, now=None):
    """Record a request to subscribe and queue the right email; returns the
    subscription. Nothing is sent to an address more than once an hour."""
    now = now or timezone.now()
    chosen = {topic: topic in topics for topic in Topic.values}
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update()
            .select_related("site")
            .filter(site=site, email=email)
            .first()
        )
        if subscription is None:
            subscription = Subscription.objects.create(
                site=site,
                email=email,
                consent_at=now,
                consent_notice=notice,
                consent_version=notice.version,
                created_at=now,
                **chosen,
            )
        elif not subscription.is_active:
            # Still unconfirmed: the newest choice and consent count.
            for topic, wanted in chosen.items():
                setattr(subscription, topic, wanted)
            subscription.consent_at = now
            subscription.consent_notice = notice
            subscription.consent_version = notice.version
            subscription.save()
        last = subscription.confirmation_sent_at
        if last is not None and now - last < RESEND_AFTER:
            return subscription
        if subscription.is_active:
            message = _message(
                subscription,
                "subscriptions/email/already.txt",
                _("%(site)s: you already receive news by email"),
            )
        else:
            message = _message(
                subscription,
                "subscriptions/email/confirm.txt",
                _("%(site)s: confirm your subscription"),
            )
        Subscription.objects.filter(pk=subscription.pk).update(confirmation_sent_at=now)
        send_after_commit([message])
    return subscription


def by_token(token, site):
    """The live subscription of ``site`` that ``token`` names, or None."""
    if not token or len(token) > 64:
        return None
    return (
        Subscription.objects.select_related("site")
        .filter(site=site, token=token, unsubscribed_at__isnull=True)
        .first()
    )


def confirm(token, site, now=None):
    """Confirm the subscription ``token`` names; None when the link is unknown,
    used up by unsubscribing, or expired unconfirmed."""
    now = now or timezone.now()
    subscription = by_token(token, site)
    if subscription is None:
        return None
    if subscription.confirmed_at is None:
        if now - subscription.created_at > CONFIRM_WITHIN:
            return None
        subscription.confirmed_at = now
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def unsubscribe(token, site, now=None):
    """Stop every email and erase the address at once; True when done."""
    now = now or timezone.now()
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update()
            .filter(site=site, token=token, unsubscribed_at__isnull=True)
            .first()
        )
        if subscription is None:
            return False
        # Queued and kept copies of the digests addressed to them go too.
        erase_person(email=subscription.email)
        subscription.email = ""
        subscription.unsubscribed_at = now
        subscription.news = subscription.documents = subscription.consultations = False
        subscription.save()
    return True


def purge_unconfirmed(now=None):
    """Delete the addresses that were never confirmed in time; returns how many."""
    now = now or timezone.now()
    deleted, _by_model = (
        Subscription.objects.unconfirmed().filter(created_at__lt=now - CONFIRM_WITHIN).delete()
    )
    return deleted
