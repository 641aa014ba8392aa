"""Who may reach the board's inboxes of what citizens send (questions,
comments on drafts) and which records they see.

Django model permissions cannot say "only your commune's questions", so the
policy asks questions.services.roles, the same rule the workflow uses.
Such records are never added or deleted from the admin: they come from
citizens, and the log must survive. Any model with a ``site`` field can use
the policy.
"""

from django.contrib.auth import get_user_model

from wagtail.permission_policies import BasePermissionPolicy

from questions.services.roles import sites_for_user

READ_ACTIONS = {"view", "change"}


class BoardInboxPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if action not in READ_ACTIONS:
            return False
        cache = user.__dict__.setdefault("_question_inbox_access", {})
        if "any" not in cache:
            cache["any"] = sites_for_user(user).exists()
        return cache["any"]

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in READ_ACTIONS:
            return False
        return sites_for_user(user).filter(pk=instance.site_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not READ_ACTIONS & set(actions):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(site__in=sites_for_user(user))

    def users_with_any_permission(self, actions):
        # Only used by Wagtail for notifications; board members are found per
        # site by services.roles.board_members.
        return get_user_model()._default_manager.none()


QuestionPermissionPolicy = BoardInboxPermissionPolicy
