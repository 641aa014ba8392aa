"""Public forms and search: per-IP limits, honeypot, size limits."""

import pytest


@pytest.fixture
def tight_limits(settings):
    settings.QUESTIONS_RATE_LIMITS = {"search": (2, 60), "rate": (2, 600)}


def test_search_is_rate_limited_per_address(tight_limits, site_client, commune):
    client = site_client(commune)
    for _ in range(2):
        assert (
            client.get("/tim-kiem/", {"q": "đất đai"}, REMOTE_ADDR="198.51.100.4").status_code
            == 200
        )
    response = client.get("/tim-kiem/", {"q": "đất đai"}, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Please wait a minute" in response.content.decode() or "vui lòng" in (
        response.content.decode().lower()
    )
    # Another address is not affected; the empty search form is never limited.
    assert client.get("/tim-kiem/", {"q": "đất"}, REMOTE_ADDR="198.51.100.5").status_code == 200
    assert client.get("/tim-kiem/", REMOTE_ADDR="198.51.100.4").status_code == 200


def test_a_forged_forwarded_for_does_not_get_around_the_limit(
    tight_limits, settings, site_client, commune
):
    """Behind one trusted proxy the client is the address that proxy appended
    (the right-most); what the visitor wrote to the left changes nothing."""
    settings.QUESTIONS_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXY_COUNT = 1
    client = site_client(commune)

    def search(forwarded):
        return client.get(
            "/tim-kiem/", {"q": "đất"}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded
        ).status_code

    statuses = [search(f"192.0.2.{n}, 198.51.100.7") for n in range(4)]
    assert statuses == [200, 200, 429, 429]
    assert search("198.51.100.8") == 200  # another visitor
    assert search("not-an-address") == 200  # unreadable: the proxy's own address counts
    settings.TRUSTED_PROXY_COUNT = 2  # a load balancer in front of the proxy
    assert search("192.0.2.99, 198.51.100.9, 10.0.0.3") == 200
    assert search("192.0.2.98, 198.51.100.9, 10.0.0.3") == 200
    assert search("192.0.2.97, 198.51.100.9, 10.0.0.3") == 429


# --- satisfaction ratings ------------------------------------------------

RATE = "/danh-gia/"


@pytest.fixture
def procedures(commune):
    """The administrative procedures page: a service page citizens rate."""
    from tests.helpers import section

    return section(commune, "thu-tuc-hanh-chinh")


def rate(client, ip="198.51.100.9", **data):
    return client.post(RATE, data, REMOTE_ADDR=ip)


def test_every_public_page_offers_the_rating_form_without_a_csrf_token(
    site_client, commune, procedures
):
    html = site_client(commune).get(procedures.url).content.decode()
    assert 'action="/danh-gia/"' in html
    assert f'name="page_id" value="{procedures.id}"' in html
    form = html[html.index('action="/danh-gia/"') :]
    form = form[: form.index("</form>")]
    assert "csrfmiddlewaretoken" not in form  # the page may be cached for everyone


def test_a_citizen_rates_a_service_page_and_the_site(site_client, commune, procedures):
    from questions.models import SatisfactionRating

    client = site_client(commune)
    response = rate(
        client, score="4", comment="Hướng dẫn rõ ràng, dễ làm theo.", page_id=procedures.id
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert rate(client, score="2", page_id=commune.root_page_id).status_code == 200
    ratings = {r.page_id: r for r in SatisfactionRating.objects.all()}
    assert ratings[procedures.id].score == 4 and ratings[procedures.id].site == commune
    assert ratings[procedures.id].comment == "Hướng dẫn rõ ràng, dễ làm theo."
    assert ratings[commune.root_page_id].score == 2


@pytest.mark.parametrize(
    "data",
    [
        {"score": "7"},
        {"score": ""},
        {"score": "5", "comment": "Đ" * 1001},
        {"score": "5", "comment": "<script>alert(1)</script>"},
        {"score": "5", "website": "http://spam.example"},  # the honeypot
        {"score": "5", "page_id": "not-a-number"},
    ],
)
def test_bad_ratings_are_refused_and_store_nothing(site_client, commune, procedures, data):
    from questions.models import SatisfactionRating

    response = rate(site_client(commune), **{"page_id": procedures.id, **data})
    assert response.status_code == 400
    assert not SatisfactionRating.objects.exists()


def test_another_sites_page_or_a_draft_cannot_be_rated(site_client, commune, other_commune):
    from questions.models import SatisfactionRating

    client = site_client(commune)
    assert rate(client, score="5", page_id=other_commune.root_page_id).status_code == 400
    draft = commune.root_page.get_children().first()
    draft.live = False
    draft.save(update_fields=["live"])
    assert rate(client, score="5", page_id=draft.id).status_code == 400
    assert rate(client, score="5", page_id="999999").status_code == 400
    assert site_client(commune).get(RATE).status_code == 405
    assert not SatisfactionRating.objects.exists()


def test_ratings_share_the_per_address_limit(tight_limits, site_client, commune):
    from questions.models import SatisfactionRating

    client = site_client(commune)
    assert [rate(client, score="5").status_code for _ in range(3)] == [200, 200, 429]
    assert rate(client, ip="198.51.100.10", score="5").status_code == 200
    assert SatisfactionRating.objects.count() == 3


def test_editors_see_their_sites_results_only(client, commune, other_commune, procedures):
    from core.models import Role
    from questions.services.ratings import record_rating
    from tests.questions.helpers import grant, make_user

    record_rating(site=commune, page=procedures, score=5, comment="Cán bộ nhiệt tình")
    record_rating(site=commune, page=procedures, score=2)
    record_rating(
        site=other_commune, page=other_commune.root_page, score=1, comment="Bình luận của xã khác"
    )
    member = grant(make_user("bientap"), commune, Role.EDITOR)
    client.force_login(member)
    html = client.get("/admin/ratings/").content.decode()
    assert procedures.title in html and "3.5" in html.replace(",", ".")
    assert "Cán bộ nhiệt tình" in html and "Bình luận của xã khác" not in html
    html = client.get(f"/admin/ratings/?site={other_commune.pk}").content.decode()
    assert "Bình luận của xã khác" not in html  # not one of their sites: their own is shown

    client.force_login(make_user("nobody"))
    assert client.get("/admin/ratings/").status_code in (302, 403)
