"""The board's part of creating a commune site: role groups and workflow.

Received from ``home.signals.site_created``, inside the one transaction that
creates a site, so a site never exists without its groups and workflow.
"""

from board.services.roles import provision_site_roles
from board.services.workflow import provision_site_workflow


def provision_board_for_site(site, home=None):
    provision_site_roles(site, home)
    provision_site_workflow(site, home)


def on_site_created(sender, site, home, **kwargs):
    provision_board_for_site(site, home)
