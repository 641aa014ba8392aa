"""The board's part of creating a commune site: role groups and workflow.

Registered in home.services.provisioning.SITE_CREATED_HOOKS, so the one
transaction that creates a site also creates its groups and workflow.
"""

from board.services.roles import provision_site_roles
from board.services.workflow import provision_site_workflow


def provision_board_for_site(site, home=None):
    provision_site_roles(site, home)
    provision_site_workflow(site, home)


def register_site_hooks():
    from home.services import provisioning

    if provision_board_for_site not in provisioning.SITE_CREATED_HOOKS:
        provisioning.SITE_CREATED_HOOKS.append(provision_board_for_site)
