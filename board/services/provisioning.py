"""The board's part of creating a commune site: role groups and workflow,
and the admin's way to create a commune with its head.

Received from ``home.signals.site_created``, inside the one transaction that
creates a site, so a site never exists without its groups and workflow.
"""

from django.db import transaction
from django.utils import timezone

from board.models import DEFAULT_OFFICE, Board, BoardMembership
from board.services.roles import provision_site_roles
from board.services.workflow import provision_site_workflow
from core.models import Role
from home.services.provisioning import create_site


def provision_board_for_site(site, home=None):
    provision_site_roles(site, home)
    provision_site_workflow(site, home)


def on_site_created(sender, site, home, **kwargs):
    provision_board_for_site(site, home)


@transaction.atomic
def create_commune(*, hostname, name, agency_name="", head=None, today=None):
    """A complete commune from the admin: the same provisioning as
    ``create_commune_site`` (home, sections, collection, profile, groups,
    workflow), plus, when ``head`` is given, that account as the head of its
    board from ``today``. One transaction: a refusal leaves nothing behind."""
    site = create_site(hostname=hostname, name=name, agency_name=agency_name)
    if head is not None:
        board, _created = Board.objects.get_or_create(site=site)
        membership = BoardMembership(
            board=board,
            user=head,
            role=Role.HEAD,
            office=DEFAULT_OFFICE[Role.HEAD],
            start_date=today or timezone.localdate(),
        )
        membership.full_clean()
        membership.save()
    return site
