"""The unit leader's approval of an item supplied by a unit, as the first
step of the commune's workflow (requirements S4, point 2).

The leader has no account: the step sends them a signed, expiring link to
the exact revision (board.services.unit_approval), and their answer
approves or rejects the step like a reviewer's would. Items no unit
supplied pass the step at once. The head of the board may waive it, with a
reason, when the leader cannot answer.
"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import Page, Revision, Task, TaskState

from core.access import sites_where
from core.models import Role, SupplyingUnit


def supplying_unit_of(revision):
    """The unit that supplied ``revision``'s content, or None."""
    obj = revision.as_object() if revision is not None else None
    return getattr(obj, "supplying_unit", None)


class WaiveForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Why is the unit leader's approval waived?"),
        required=True,
        max_length=2000,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Give the reason for waiving the unit leader's approval.")},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(
                _("Give the reason for waiving the unit leader's approval."), code="required"
            )
        return comment


class UnitApprovalTask(Task):
    """Wait for the supplying unit's leader, or pass at once when no unit
    supplied the item. Board members cannot approve this step: only the
    leader's link, or the head's waiver with a reason, ends it."""

    WAIVE = "waive"

    class Meta:
        verbose_name = _("unit leader's approval")
        verbose_name_plural = _("unit leader's approvals")

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        if supplying_unit_of(task_state.revision) is None:
            # Wagtail's WorkflowState.update moves on when start() returns
            # a finished step; update=False avoids re-entering it.
            task_state.approve(
                user=None, update=False, comment=_("Not supplied by a unit: no approval needed.")
            )
        return task_state

    def _is_head_for(self, obj, user):
        site = obj.get_site() if hasattr(obj, "get_site") else None
        return site is not None and sites_where(user, [Role.HEAD]).filter(pk=site.pk).exists()

    def get_actions(self, obj, user):
        if self._is_head_for(obj, user):
            return [(self.WAIVE, _("Waive the unit leader's approval"), True)]
        return []

    def get_form_for_action(self, action):
        return WaiveForm if action == self.WAIVE else super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == self.WAIVE:
            obj = task_state.workflow_state.content_object
            if not self._is_head_for(obj, user):
                raise PermissionError("only the head waives")
            task_state.approve(user=user, comment=kwargs.get("comment", ""))

    @staticmethod
    def _waiting_for(user):
        """{task id: [in-progress task state ids]} under the communes where
        ``user`` is head. Wagtail asks every task of every commune (the
        dashboard's moderation list): this answers for all of them at once,
        in at most three queries per request."""
        waiting = getattr(user, "_unit_approval_waiting", None)
        if waiting is not None:
            return waiting
        waiting = {}
        roots = list(sites_where(user, [Role.HEAD]).values_list("root_page__path", flat=True))
        states = []
        if roots:
            states = list(
                TaskState.objects.filter(
                    status=TaskState.STATUS_IN_PROGRESS,
                    task__in=UnitApprovalTask.objects.values("pk"),
                ).values_list("pk", "task_id", "workflow_state__object_id")
            )
        if states:
            paths = models.Q(pk__in=[])
            for path in roots:
                paths |= models.Q(path__startswith=path)
            ids = [int(object_id) for _pk, _task, object_id in states if object_id.isdigit()]
            mine = {
                str(pk)
                for pk in Page.objects.filter(paths, pk__in=ids).values_list("pk", flat=True)
            }
            for pk, task_id, object_id in states:
                if object_id in mine:
                    waiting.setdefault(task_id, []).append(pk)
        user._unit_approval_waiting = waiting
        return waiting

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # The head sees the items waiting for a unit leader, to waive if needed.
        pks = self._waiting_for(user).get(self.pk)
        return TaskState.objects.filter(pk__in=pks) if pks else TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _(
            "The leader of the unit that supplied the item approves it through an emailed "
            "link; items no unit supplied pass at once."
        )


class UnitApprovalRequest(models.Model):
    """One link sent to a unit leader for one revision of an item."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    task_state = models.ForeignKey(
        TaskState, on_delete=models.CASCADE, related_name="unit_approval_requests"
    )
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(
        SupplyingUnit,
        null=True,
        on_delete=models.SET_NULL,
        related_name="approval_requests",
        verbose_name=_("supplying unit"),
    )
    leader_name = models.CharField(_("unit leader"), max_length=255, blank=True)
    leader_email = models.EmailField(_("leader's official email"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    expires_at = models.DateTimeField(_("link valid until"))
    decision = models.CharField(_("decision"), max_length=16, choices=Decision.choices, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("request for the unit leader's approval")
        verbose_name_plural = _("requests for the unit leader's approval")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.leader_email} – {self.revision_id}"

    @property
    def is_used(self):
        return self.decided_at is not None

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at
