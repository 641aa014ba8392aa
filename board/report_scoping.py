"""Per-site scoping of Wagtail reports (see board.middleware for the district-only ones)."""
