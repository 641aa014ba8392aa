"""Factories for commune sites, built through the provisioning service.

    site = CommuneSiteFactory()                 # a complete commune site
"""

import factory

from wagtail.models import Site

from home.services.provisioning import create_site


class CommuneSiteFactory(factory.Factory):
    """Builds a complete commune site through the provisioning service."""

    class Meta:
        model = Site

    hostname = factory.Sequence(lambda n: f"xa{n}.example.gov.vn")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    kind = "commune"

    @classmethod
    def _create(cls, model_class, **kwargs):
        return create_site(**kwargs)

    _build = _create
