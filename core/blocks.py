"""StreamField blocks shared by every content page."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class LayoutChoiceBlock(blocks.ChoiceBlock):
    """A presentation choice: not words a citizen would search for."""

    def get_searchable_content(self, value):
        return []


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = LayoutChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quotation")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Attached document")


class DataTableBlock(blocks.StructBlock):
    """A real HTML table, so statistics are readable without opening a file."""

    caption = blocks.CharBlock(label=_("Table caption"), max_length=255)
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"))),
            ("integer", blocks.IntegerBlock(label=_("Whole number"))),
        ],
        label=_("Table"),
    )
    source = blocks.CharBlock(label=_("Source"), required=False)

    class Meta:
        icon = "table"
        template = "blocks/data_table_block.html"
        label = _("Data table")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    def clean(self, value):
        value = super().clean(value)
        targets = [bool(value.get("page")), bool(value.get("document")), bool(value.get("url"))]
        if sum(targets) != 1:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choose exactly one target: a page, a document or an address.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        label = _("Link")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), icon="pilcrow")
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    table = DataTableBlock()

    class Meta:
        template = "blocks/body_block.html"


class ProcedureBlock(blocks.StructBlock):
    """An administrative procedure and where to do it online."""

    name = blocks.CharBlock(label=_("Procedure name"), max_length=500)
    field = blocks.CharBlock(
        label=pgettext_lazy("administrative procedure", "Field"), max_length=255, required=False
    )
    processing_time = blocks.CharBlock(label=_("Processing time"), required=False)
    fee = blocks.CharBlock(label=_("Fee"), required=False)
    online_url = blocks.URLBlock(
        label=_("Online public service (National Public Service Portal)"), required=False
    )
    document = DocumentChooserBlock(label=_("Forms and instructions"), required=False)

    class Meta:
        icon = "form"
        template = "blocks/procedure_block.html"
        label = _("Administrative procedure")


class DisclosureItemBlock(blocks.StructBlock):
    """An item the commune must make public and where citizens can find it."""

    title = blocks.CharBlock(label=_("Information to disclose"), max_length=500)
    legal_basis = blocks.CharBlock(label=_("Legal basis"), required=False, max_length=255)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "list-ul"
        template = "blocks/disclosure_item_block.html"
        label = _("Disclosed information")
