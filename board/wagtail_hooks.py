"""Admin for the editorial board: boards, supplying units, emergency
publications and account locking.

Owned by the board/roles work (issue 4). The deadlines work keeps its own
hooks in board/deadline_hooks.py; it is imported at the end of this module.
"""
