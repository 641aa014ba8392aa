"""The STORAGES entry for media on an S3-compatible store, from the
environment's few words (website.settings; core.storage does the work)."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def media_storage(storage_url, endpoint=None, region="us-east-1", public_url=""):
    """(STORAGES["default"], the origin images are read from) for
    ``storage_url`` = s3://bucket. Keys come from boto3's own variables."""
    store = urlsplit(storage_url)
    if store.scheme != "s3" or not store.netloc:
        raise ImproperlyConfigured("MEDIA_STORAGE_URL must read s3://bucket-name")
    bucket = store.netloc
    public = urlsplit(
        public_url
        or (
            f"{endpoint.rstrip('/')}/{bucket}" if endpoint else f"https://{bucket}.s3.amazonaws.com"
        )
    )
    entry = {
        "BACKEND": "core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint or None,
            "region_name": region,
            # Images are public, documents private (streamed by Wagtail's view):
            # no signed URLs, no ACL per object, never overwrite a file.
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "custom_domain": f"{public.netloc}{public.path.rstrip('/')}",
            "url_protocol": f"{public.scheme}:",
        },
    }
    return entry, f"{public.scheme}://{public.netloc}"
