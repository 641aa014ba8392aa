"""Plain helpers shared by every test package (fixtures live in conftest)."""

from django.contrib.auth import get_user_model

from core.access import site_group


def section(site, slug):
    """The mandatory section ``slug`` of ``site``, as its specific page."""
    return site.root_page.get_children().get(slug=slug).specific


def member(site, role, username, email=None):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.gov.vn" if email is None else email,
        password="mat-khau-thu-nghiem",
    )
    site_group(site, role).user_set.add(user)
    return user
