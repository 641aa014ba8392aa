"""Roles become groups on each site; memberships grant and revoke them at once."""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import GroupCollectionPermission, GroupPagePermission, WorkflowPage

from board.factories import MembershipFactory, UserFactory
from board.models import Board, UnitApprovalTask
from core.access import site_group
from core.models import Role, SiteProfile, SiteRoleGroup

pytestmark = pytest.mark.django_db


def test_site_creation_makes_five_groups_scoped_to_the_site(commune):
    links = SiteRoleGroup.objects.filter(site=commune)
    assert {link.role for link in links} == {r.value for r in Role}
    collection = SiteProfile.for_site(commune).collection
    for link in links:
        pages = set(
            GroupPagePermission.objects.filter(group=link.group).values_list("page", flat=True)
        )
        assert pages == {commune.root_page_id}
        collections = set(
            GroupCollectionPermission.objects.filter(group=link.group).values_list(
                "collection", flat=True
            )
        )
        assert collections == {collection.pk}
        assert link.group.permissions.filter(codename="access_admin").exists()
        assert "Xã Tân Cương" in link.group.name


def test_only_head_and_deputy_may_publish(commune):
    for role in Role:
        group = site_group(commune, role)
        publishes = GroupPagePermission.objects.filter(
            group=group, permission__codename="publish_page"
        ).exists()
        assert publishes == (role in (Role.HEAD, Role.DEPUTY)), role


def test_site_creation_assigns_the_three_step_workflow(commune):
    """The supplying unit leader's step, then review, then approval."""
    workflow = WorkflowPage.objects.get(page=commune.root_page).workflow
    tasks = [t.specific for t in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert len(tasks) == 3
    leader, review, approval = tasks
    assert isinstance(leader, UnitApprovalTask)
    assert set(review.groups.all()) == {
        site_group(commune, Role.EDITOR),
        site_group(commune, Role.DEPUTY),
    }
    assert set(approval.groups.all()) == {
        site_group(commune, Role.HEAD),
        site_group(commune, Role.DEPUTY),
    }


def test_provisioning_is_idempotent(commune):
    from board.services.provisioning import provision_board_for_site

    before = SiteRoleGroup.objects.count(), GroupPagePermission.objects.count()
    provision_board_for_site(commune)
    assert (SiteRoleGroup.objects.count(), GroupPagePermission.objects.count()) == before


def test_membership_grants_and_ending_revokes_at_once(commune):
    board = Board.objects.create(site=commune)
    user = UserFactory()
    membership = MembershipFactory(board=board, user=user, role=Role.EDITOR)
    assert user.groups.filter(pk=site_group(commune, Role.EDITOR).pk).exists()
    membership.end_date = timezone.localdate() - datetime.timedelta(days=1)
    membership.save()
    assert not user.groups.filter(pk=site_group(commune, Role.EDITOR).pk).exists()


def test_removed_membership_revokes(commune):
    board = Board.objects.create(site=commune)
    membership = MembershipFactory(board=board, role=Role.CONTRIBUTOR)
    user = membership.user
    membership.delete()
    assert not user.groups.exists()


def test_role_on_one_site_gives_nothing_on_another(commune, other_commune):
    board = Board.objects.create(site=commune)
    membership = MembershipFactory(board=board, role=Role.HEAD)
    groups = set(membership.user.groups.all())
    assert groups == {site_group(commune, Role.HEAD)}


def test_daily_command_revokes_memberships_whose_end_date_passed(commune):
    board = Board.objects.create(site=commune)
    today = timezone.localdate()
    membership = MembershipFactory(board=board, role=Role.CONTENT, end_date=today)
    user = membership.user
    assert user.groups.exists()
    call_command("sync_board_roles", date=(today + datetime.timedelta(days=1)).isoformat())
    assert not user.groups.exists()


def test_future_membership_starts_on_its_day(commune):
    board = Board.objects.create(site=commune)
    today = timezone.localdate()
    membership = MembershipFactory(
        board=board, role=Role.CONTENT, start_date=today + datetime.timedelta(days=2)
    )
    assert not membership.user.groups.exists()
    call_command("sync_board_roles", date=(today + datetime.timedelta(days=2)).isoformat())
    assert membership.user.groups.filter(pk=site_group(commune, Role.CONTENT).pk).exists()
