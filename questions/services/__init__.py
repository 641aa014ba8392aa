"""Domain rules for citizens' questions, shared by the public views, the
admin inbox, the commands and the tests (none of them take a request)."""
