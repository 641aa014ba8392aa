"""{% fragment "name" vary... %}...{% endfragment %}: a part of a public
page kept under the site's generation (core.fragments)."""

from django import template

from core import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist, self.name, self.vary = nodelist, name, vary

    def render(self, context):
        vary = tuple(str(value.resolve(context)) for value in self.vary)
        return fragments.render(
            context.get("request"),
            self.name.resolve(context),
            vary,
            lambda: self.nodelist.render(context),
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
