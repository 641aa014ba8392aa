"""The member's dashboard panel of the sections they are in charge of.
Registered in board.wagtail_hooks."""

from wagtail.admin.ui.components import Component

from board.services.sections import states_for


class SectionsPanel(Component):
    name = "board_sections"
    order = 55
    template_name = "board/sections_panel.html"

    def __init__(self, states):
        self.states = states

    def get_context_data(self, parent_context):
        return {"states": self.states}


def sections_panel(request, panels):
    states = states_for(request.user)
    if states:
        panels.append(SectionsPanel(states))
