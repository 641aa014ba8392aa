"""Nothing lost: 200 citizens submitting at once are all stored, once each,
with unique tracking codes (docs/requirements.md §11). Needs PostgreSQL: SQLite
serialises writers, which proves nothing about concurrent inserts."""

import re
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie

import pytest

from django.db import connection

from home.factories import CommuneSiteFactory
from questions.models import Question
from questions.services.consent import current_notice

# serialized_rollback: the flush after this test must not take the rows data
# migrations made (the default Locale, the first notice) from the tests after it.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SUBMISSIONS = 200
THREADS = 25
CODE_RE = re.compile(r'class="tracking-code">([0-9A-Z]{10})<')


def _request(url, host, data=None, cookie=""):
    headers = {"Host": host}
    if cookie:
        headers["Cookie"] = cookie
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
        return response.status, response.headers, response.read().decode()


def test_200_concurrent_questions_all_stored_once(live_server, settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    settings.QUESTIONS_RATE_LIMITS = None
    site = CommuneSiteFactory(hostname="dongtam.example.gov.vn", name="Xã Đồng Tâm")
    version = current_notice().version
    url = f"{live_server.url}/hoi-dap/gui-cau-hoi/"

    def submit(number):
        _status, headers, _html = _request(url, site.hostname)
        cookie = SimpleCookie()
        for value in headers.get_all("Set-Cookie") or []:
            cookie.load(value)
        token = cookie["csrftoken"].value
        status, _headers, html = _request(
            url,
            site.hostname,
            data={
                "csrfmiddlewaretoken": token,
                "asker_name": f"Người hỏi {number}",
                "phone": "0912 345 678",
                "topic": "other",
                "text": f"Câu hỏi số {number:03d} gửi cùng lúc với nhiều người khác.",
                "consent": "on",
                "notice_version": version,
            },
            cookie=f"csrftoken={token}",
        )
        match = CODE_RE.search(html)
        return status, number, match.group(1) if match else None

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(submit, range(SUBMISSIONS)))

    assert all(status == 200 and code for status, _n, code in results), [
        r for r in results if r[0] != 200 or not r[2]
    ][:5]
    codes = [code for _s, _n, code in results]
    assert len(set(codes)) == SUBMISSIONS

    stored = Question.objects.filter(site=site)
    assert stored.count() == SUBMISSIONS
    texts = list(stored.values_list("text", flat=True))
    assert len(set(texts)) == SUBMISSIONS  # each question stored once
    assert set(stored.values_list("tracking_code", flat=True)) == set(codes)
