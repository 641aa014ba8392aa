"""An S3-compatible server on 127.0.0.1 for the tests: moto's standalone
server (from PyPI, in requirements-test.txt), started and stopped by the
tests themselves, with a bucket made for them."""

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import boto3

from website.object_store import media_storage

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
REGION = "us-east-1"


def public_images(bucket):
    """The bucket policy README asks for: renditions readable by anyone,
    nothing else (originals and documents stay private)."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/images/*",
            }
        ],
    }


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ObjectStore:
    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.bucket = f"ttdt-{uuid.uuid4().hex[:12]}"
        self.process = None

    def start(self):
        server = Path(sys.executable).parent / "moto_server"
        self.process = subprocess.Popen(  # noqa: S603 - our own venv's moto_server
            [str(server), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(urllib.error.URLError, ConnectionError, OSError):
                urllib.request.urlopen(f"{self.endpoint}/moto-api/", timeout=1).close()  # noqa: S310
                break
            time.sleep(0.1)
        else:
            self.stop()
            raise RuntimeError("moto_server did not start")
        self.client().create_bucket(Bucket=self.bucket)
        self.client().put_bucket_policy(
            Bucket=self.bucket, Policy=json.dumps(public_images(self.bucket))
        )
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )

    def keys(self, prefix=""):
        listing = self.client().list_objects_v2(Bucket=self.bucket, Prefix=prefix)
        return [item["Key"] for item in listing.get("Contents", [])]

    @property
    def public_url(self):
        return f"{self.endpoint}/{self.bucket}"

    def environment(self):
        """What README's production section sets for this store."""
        return {
            **CREDENTIALS,
            "MEDIA_STORAGE_URL": f"s3://{self.bucket}",
            "MEDIA_S3_ENDPOINT_URL": self.endpoint,
            "MEDIA_S3_REGION": REGION,
            "MEDIA_PUBLIC_URL": self.public_url,
        }

    def storage_settings(self):
        return media_storage(f"s3://{self.bucket}", self.endpoint, REGION, self.public_url)[0]
