"""Just enough HTTP for the two-node test: cookies kept by hand (the
nodes' cookies are Secure and the test speaks plain HTTP on loopback),
form posts, multipart uploads."""

import http.client
import re
import uuid
from http.cookies import SimpleCookie
from urllib.parse import urlencode


class Browser:
    """One person's browser, talking to whichever node it is pointed at."""

    def __init__(self, cookies=None):
        self.cookies = dict(cookies or {})

    def request(self, port, method, path, host, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        sent = {"Host": host, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or ():
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response.status, dict(response.headers), content.decode("utf-8", "replace")

    def get(self, port, path, host):
        return self.request(port, "GET", path, host)

    def csrf_token(self, port, path, host):
        """GET the form's page: the token from its form (and its cookie)."""
        _status, _headers, page = self.get(port, path, host)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert found, f"no form on {path}: {_status} {_headers.get('Location')} {page[:300]}"
        return found.group(1)

    def post(self, port, path, host, data, form_path=None):
        token = self.csrf_token(port, form_path or path, host)
        body = urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True)
        return self.request(
            port,
            "POST",
            path,
            host,
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def upload(self, port, path, host, fields, files):
        """multipart/form-data: ``files`` is {field: (name, bytes)}."""
        token = self.csrf_token(port, path, host)
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in {**fields, "csrfmiddlewaretoken": token}.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for name, (filename, content) in files.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
                + content
                + b"\r\n"
            )
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request(
            port,
            "POST",
            path,
            host,
            body=b"".join(parts),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
