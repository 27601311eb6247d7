"""StreamField blocks an article (or a content page) is built from."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the caption and credit a press photo needs."""

    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describes the picture for readers who cannot see it. "
            "Leave empty to use the image's own description."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "news/blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote_block.html"


class QuestionAnswerBlock(blocks.StructBlock):
    """One question and its answer, for interviews."""

    question = blocks.TextBlock(label=_("Question"))
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "news/blocks/question_answer_block.html"


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video hosted elsewhere; nothing is embedded or fetched."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"))

    class Meta:
        icon = "media"
        label = _("Video link")
        template = "news/blocks/video_link_block.html"


class StoryBlock(blocks.StreamBlock):
    """The body of an article or a content page."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ul", "ol"],
        template="news/blocks/paragraph_block.html",
    )
    heading = blocks.CharBlock(
        label=_("Heading"),
        form_classname="title",
        icon="title",
        template="news/blocks/heading_block.html",
    )
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    qa = QuestionAnswerBlock()
    gallery = blocks.ListBlock(
        CaptionedImageBlock(),
        label=_("Gallery"),
        icon="image",
        template="news/blocks/gallery_block.html",
    )
    video = VideoLinkBlock()
