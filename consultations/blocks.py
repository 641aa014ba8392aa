"""The blocks of a consultation's report on the comments received."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class Outcome:
    ACCEPTED = "accepted"
    EXPLAINED = "explained"
    CHOICES = [
        (ACCEPTED, _("Accepted")),
        (EXPLAINED, _("Explained (not accepted)")),
    ]


class ResponseBlock(blocks.StructBlock):
    """How one comment, or one group of similar comments, was taken into
    account: tiếp thu (accepted) or giải trình (explained)."""

    comments = blocks.CharBlock(
        label=_("Comments concerned"),
        max_length=255,
        help_text=_("The numbers of the comments, e.g. “1, 3, 5”, or a group of comments."),
    )
    outcome = blocks.ChoiceBlock(choices=Outcome.CHOICES, label=_("Outcome"))
    response = blocks.TextBlock(
        label=_("Response of the drafting body"),
        max_length=5000,
    )

    class Meta:
        icon = "comment"
        label = _("Response to comments")
        template = "blocks/consultation_response_block.html"
