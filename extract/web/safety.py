"""Which addresses reelgraph fetches: http and https only, and no private, loopback or
link-local network unless the user allows it (a URL found in a page must not make reelgraph
reach an internal service).

>>> check_url("file:///etc/passwd", allow_private=False)
Traceback (most recent call last):
...
base.errors.FetchError: E801 file:///etc/passwd: only http and https addresses are fetched. Give a blog's web address.
>>> check_url("http://127.0.0.1:8000/", allow_private=True)
'http://127.0.0.1:8000/'
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urldefrag, urlsplit

from base.errors import FetchError

SCHEMES = frozenset({"http", "https"})


def is_private(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved and unspecified addresses.

    >>> is_private("10.1.2.3"), is_private("::1"), is_private("169.254.169.254"), is_private("93.184.216.34")
    (True, True, True, False)
    """
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, allow_private: bool) -> str:
    """``url`` without its fragment, or :class:`FetchError` when it must not be fetched."""
    url = urldefrag(url.strip())[0]
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise FetchError.network(url, f"not a valid address ({error})") from error
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise FetchError.scheme(url)
    if allow_private:
        return url
    try:
        addresses = resolve(parts.hostname, port)
    except (OSError, UnicodeError) as error:
        raise FetchError.unresolvable(url, str(error)) from error
    for address in addresses:
        if is_private(address):
            raise FetchError.private(url, address)
    return url
