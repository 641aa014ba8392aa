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


#: What a hostile or careless visitor types into a public form's text fields:
#: each must be refused with a message, never stored, never a server error.
HOSTILE_TEXTS = [
    "<b>An</b>",
    "Xin góp ý <script>alert('x')</script> về dự thảo",
    "Xin góp ý <img src=x onerror=alert(1)> về dự thảo",
    "Góp ý về dự thảo \x00 của xã Tân Cương",
    "Góp ý về dự thảo \x1b[31m của xã",
    "javascript:alert(1) góp ý dự thảo",
    "x" * 5001,
]
