"""Public forms and search: per-IP limits, honeypot, size limits."""

import pytest


@pytest.fixture
def tight_limits(settings):
    settings.QUESTIONS_RATE_LIMITS = {"search": (2, 60), "rate": (2, 600)}


def test_search_is_rate_limited_per_address(tight_limits, site_client, commune):
    client = site_client(commune)
    for _ in range(2):
        assert client.get("/tim-kiem/", {"q": "đất đai"}, REMOTE_ADDR="198.51.100.4").status_code == 200
    response = client.get("/tim-kiem/", {"q": "đất đai"}, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Please wait a minute" in response.content.decode() or "vui lòng" in (
        response.content.decode().lower()
    )
    # Another address is not affected; the empty search form is never limited.
    assert client.get("/tim-kiem/", {"q": "đất"}, REMOTE_ADDR="198.51.100.5").status_code == 200
    assert client.get("/tim-kiem/", REMOTE_ADDR="198.51.100.4").status_code == 200
