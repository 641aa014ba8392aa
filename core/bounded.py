"""A dict that forgets its oldest entry when full: what each process keeps
(pages read from Redis, rendered parts, routes) stays within a set size."""

import threading


class BoundedDict(dict):
    def __init__(self, size):
        super().__init__()
        self.size = size
        self._lock = threading.Lock()

    def put(self, key, value):
        with self._lock:
            if key not in self and len(self) >= self.size:
                self.pop(next(iter(self)))
            self[key] = value
