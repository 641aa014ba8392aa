"""Fixtures for questions: the Q&A page, board members by role, a form post."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

from questions.services.consent import current_notice
from tests.conftest import section

VALID = {
    "asker_name": "Nguyễn Văn An",
    "phone": "0912 345 678",
    "email": "an.nguyen@gmail.com",
    "topic": "land",
    "text": "Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cần những giấy tờ gì?",
    "consent": "on",
    "website": "",
}


def grant(user, site, *permission_types):
    """Give ``user`` page permissions on ``site``'s root (the board role
    until board memberships drive it) and access to the admin."""
    group, _created = Group.objects.get_or_create(
        name=f"{site.hostname} {'+'.join(permission_types)}"
    )
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=site.root_page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def make_user(username):
    return get_user_model().objects.create_user(
        username=username, password="a-long-test-password", first_name=username
    )


@pytest.fixture
def qa_page(commune):
    return section(commune, "hoi-dap")


@pytest.fixture
def member(commune):
    return grant(make_user("member"), commune, "add", "change")


@pytest.fixture
def member2(commune):
    return grant(make_user("member2"), commune, "add", "change")


@pytest.fixture
def head(commune):
    return grant(make_user("head"), commune, "add", "change", "publish")


@pytest.fixture
def deputy(commune):
    return grant(make_user("deputy"), commune, "add", "change", "publish")


@pytest.fixture
def outsider(other_commune):
    """The head of another commune's board."""
    return grant(make_user("outsider"), other_commune, "add", "change", "publish")


@pytest.fixture
def valid_data(db):
    return {**VALID, "notice_version": current_notice().version}
