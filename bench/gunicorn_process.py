"""A gunicorn of this project on a local port: started, waited for, stopped.

bench/run measures through it and the two-node test (tests/nodes) runs two
of them: both start our virtualenv's gunicorn (gunicorn.conf.py applies),
wait until /healthz/ (or another address) answers 200, and stop it with SIGTERM, then SIGKILL.
"""

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Gunicorn:
    def __init__(
        self,
        port,
        env,
        log_path,
        *,
        workers=2,
        app="website.wsgi",
        host="localhost",
        args=(),
        start_seconds=120,
        ready_path="/healthz/",
    ):
        self.port, self.env, self.log_path = port, env, Path(log_path)
        self.workers, self.app, self.host = workers, app, host
        self.args, self.start_seconds = tuple(args), start_seconds
        self.ready_path = ready_path
        self.process = None

    def start(self):
        command = [
            str(Path(sys.executable).parent / "gunicorn"),
            self.app,
            "--workers",
            str(self.workers),
            "--bind",
            f"127.0.0.1:{self.port}",
            *self.args,
        ]
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=log,  # noqa: S603
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + self.start_seconds
        while time.monotonic() < deadline:
            if self.answers():
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(
            f"gunicorn on port {self.port} did not start; the end of its log:\n"
            f"{self.log_path.read_text()[-3000:]}"
        )

    def answers(self):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{self.ready_path}", headers={"Host": self.host}
        )
        try:
            with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310 - loopback
                return response.status == 200
        except OSError:
            return False

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
