"""Tiny servers the fault tests start and stop: an SMTP sink, a TCP proxy and
a silent listener.

The real PostgreSQL, Redis and mail servers are shared with other work, so
outages are simulated in front of them: nothing listening, or a proxy that is
stopped and started again.
"""

import contextlib
import socket
import socketserver
import threading


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's smtplib backend: EHLO, MAIL, RCPT, DATA."""

    def _reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self._reply("220 sink ESMTP")
        envelope = {"to": []}
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self._reply("250-sink")
                self._reply("250 8BITMIME")
            elif verb == "HELO":
                self._reply("250 sink")
            elif verb == "MAIL":
                envelope = {"to": []}
                self._reply("250 OK")
            elif verb == "RCPT":
                envelope["to"].append(command.split(":", 1)[1].strip(" <>"))
                self._reply("250 OK")
            elif verb == "DATA":
                self._reply("354 go ahead")
                data = []
                while True:
                    part = self.rfile.readline()
                    if part in (b".\r\n", b".\n", b""):
                        break
                    data.append(part)
                envelope["data"] = b"".join(data)
                self.server.received.append(envelope)
                self._reply("250 queued")
            elif verb == "QUIT":
                self._reply("221 bye")
                return
            else:
                self._reply("250 OK")


class SMTPSink(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), _SMTPHandler)
        self.received = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    def stop(self):
        self.shutdown()
        self.server_close()


class TCPProxy:
    """Forward 127.0.0.1:``port`` to ``target``; ``stop`` also cuts open links."""

    def __init__(self, port, target):
        self.port, self.target = port, target
        self._links = []
        self._listener = socket.create_server(("127.0.0.1", port), reuse_port=False)
        self._listener.settimeout(0.2)
        self._running = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while self._running:
            try:
                client, _addr = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self._links += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def stop(self):
        self._running = False
        self._thread.join()
        self._listener.close()
        for link in self._links:
            try:
                link.shutdown(socket.SHUT_RDWR)
                link.close()
            except OSError:
                pass
        self._links = []


class SilentListener:
    """Accepts connections and never answers: a hung PostgreSQL, Redis or
    mail server (a partition, a stuck process). Counts what it accepted."""

    def __init__(self):
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._listener.settimeout(0.2)
        self.accepted = 0
        self._held = []
        self._running = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while self._running:
            try:
                conn, _addr = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self.accepted += 1
            self._held.append(conn)

    def stop(self):
        self._running = False
        self._thread.join()
        self._listener.close()
        for conn in self._held:
            with contextlib.suppress(OSError):
                conn.close()
