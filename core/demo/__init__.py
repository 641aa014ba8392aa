"""The demo district's shared texts (``content``) and helpers (``kit``)."""
