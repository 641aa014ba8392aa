"""Two application servers behind one load balancer agree: two gunicorns on
two ports share PostgreSQL, Redis and the object store, as README's
multi-node deployment has them, and each keeps its own process memory and
its own page-cache directory. What one node does, the other shows at its
very next request.

PostgreSQL only: SQLite is a file on one machine, not a shared database.
"""

import os
import re
import secrets
import subprocess
import urllib.request
import uuid
from pathlib import Path

import pytest
import redis

from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from wagtail.images import get_image_model

from bench.gunicorn_process import Gunicorn
from board.factories import UserFactory
from board.services.roles import district_admins_group
from core.models import SiteProfile
from questions.models import Question
from questions.services.consent import current_notice
from tests.board.helpers import news_form_data, news_section
from tests.nodes.http import Browser
from tests.objectstore import ObjectStore, free_port
from tests.questions.helpers import VALID
from tests.security import uploads

ROOT = Path(__file__).resolve().parents[2]
REDIS = "redis://127.0.0.1:6379/12"
ADMIN_HOST = "localhost"
TRIES = 32
SEARCHES_PER_MINUTE = 3

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def shared(settings):
    """PostgreSQL (this test's database), Redis and a fresh object store."""
    if connection.vendor != "postgresql":
        pytest.skip("two nodes share a PostgreSQL database; this run is on SQLite")
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError:
        if os.environ.get("CI"):
            raise
        pytest.skip("no Redis at 127.0.0.1:6379")
    # The nodes and this process sign sessions with the same key.
    settings.SECRET_KEY = secrets.token_urlsafe(48)
    store = ObjectStore().start()
    yield store
    store.stop()


class Node:
    def __init__(self, name, store, log_dir, prefix):
        self.name, self.port = name, free_port()
        db = connection.settings_dict
        self.env = {
            **os.environ,
            **store.environment(),
            "DJANGO_SETTINGS_MODULE": "website.settings.production",
            "SECRET_KEY": django_settings.SECRET_KEY,
            "DATABASE_URL": (
                f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
            ),
            "REDIS_URL": REDIS,
            "CACHE_KEY_PREFIX": prefix,
            "WAGTAILADMIN_BASE_URL": "https://localhost",
            "ALLOWED_HOSTS": ADMIN_HOST,
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": str(log_dir / "static"),
            "PAGE_CACHE_DIR": str(log_dir / f"page-cache-{name}"),
            "SEARCH_RATE_LIMIT_PER_MINUTE": str(SEARCHES_PER_MINUTE),
            "LOG_LEVEL": "WARNING",
            "GUNICORN_ACCESS_LOG": "-",
        }
        self.log = log_dir / f"node-{name}.log"
        self.server = None

    def start(self):
        self.server = Gunicorn(
            self.port, self.env, self.log, workers=2, host=ADMIN_HOST, start_seconds=120
        ).start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.stop()


@pytest.fixture
def nodes(shared, tmp_path, commune):
    prefix = f"nodes-{uuid.uuid4().hex[:8]}"  # one Redis namespace, shared
    a, b = Node("a", shared, tmp_path, prefix), Node("b", shared, tmp_path, prefix)
    # Once for the deployment, as README says, into the directory both serve.
    subprocess.run(  # noqa: S603 - our own manage.py
        [os.sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=a.env,
        check=True,
    )
    try:
        yield a.start(), b.start()
    finally:
        a.stop()
        b.stop()
        client = redis.Redis.from_url(REDIS)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


@pytest.fixture
def admin():
    """The district's administrator, signed in (with the second factor)."""
    user = UserFactory(username="huyen.admin")
    user.groups.add(district_admins_group())
    client = Client()
    client.force_login(user)
    return Browser({django_settings.SESSION_COOKIE_NAME: client.cookies["sessionid"].value})


def _add_news_url(commune):
    return reverse("wagtailadmin_pages:add", args=("news", "newspage", news_section(commune).pk))


def test_what_one_node_does_the_other_shows_at_its_next_request(nodes, shared, admin, commune):
    a, b = nodes
    host = commune.hostname
    visitor = Browser()
    collection = SiteProfile.for_site(commune).collection

    # An image uploaded through A.
    status, headers, _page = admin.upload(
        a.port,
        reverse("wagtailimages:add"),
        ADMIN_HOST,
        {"title": "Ảnh hai máy", "collection": collection.pk, "tags": ""},
        {"file": ("hai-may.jpg", uploads.jpeg())},
    )
    assert status == 302, _page[:2000]
    image = get_image_model().objects.get(title="Ảnh hai máy")
    assert image.file.name in shared.keys("original_images/")

    # Published through A, shown by B at the next request, TRIES times over.
    seen = 0
    for n in range(TRIES):
        assert visitor.get(b.port, "/tin-tuc/", host)[0] == 200  # B keeps its copy
        title = f"Tin hai máy số {n}"
        status, _headers, page = admin.post(
            a.port,
            _add_news_url(commune),
            ADMIN_HOST,
            news_form_data(image, title=title, slug=f"tin-hai-may-{n}", **{"action-publish": "1"}),
        )
        assert status == 302, page[:2000]
        seen += title in visitor.get(b.port, "/tin-tuc/", host)[2]
    assert seen == TRIES

    # The image uploaded through A renders on B, from the bucket.
    status, _headers, page = visitor.get(b.port, "/tin-tuc/tin-hai-may-0/", host)
    assert status == 200
    source = re.search(rf'src="({re.escape(shared.public_url)}/images/[^"]+)"', page)
    assert source, page[:3000]
    with urllib.request.urlopen(source.group(1), timeout=10) as served:  # noqa: S310
        assert served.read()[:3] == b"\xff\xd8\xff"

    # A question asked on A is in the inbox on B.
    ask = "/hoi-dap/gui-cau-hoi/"
    status, _headers, page = visitor.post(
        a.port, ask, host, {**VALID, "notice_version": current_notice().version}
    )
    question = Question.objects.get(site=commune)
    assert status == 200 and question.tracking_code in page
    status, _headers, inbox = admin.get(b.port, reverse("questions_inbox:index"), ADMIN_HOST)
    assert status == 200
    assert question.tracking_code in inbox

    # A rate limit counted on A holds on B.
    for n in range(SEARCHES_PER_MINUTE):
        assert visitor.get(a.port, f"/tim-kiem/?q=tin{n}", host)[0] == 200
    assert visitor.get(b.port, "/tim-kiem/?q=tin-b", host)[0] == 429
