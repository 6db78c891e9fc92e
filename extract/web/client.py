"""A polite HTTP client for following blogs.

By default it obeys robots.txt (and its Crawl-delay), sends one request at a time per host
with a delay between them, names itself in the User-Agent, sends conditional requests,
backs off on 429 and 5xx (honouring Retry-After), stops reading past a size cap, follows a
bounded number of redirects (each hop checked like the first address) and fetches only
http(s) addresses outside private networks (see :mod:`extract.web.safety`).
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from base.errors import FetchError
from extract.web.safety import check_url

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class Policy:
    """How politely to fetch; every limit is a command-line option."""

    user_agent: str = "reelgraph"
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    max_retries: int = 3
    max_retry_wait: float = 120.0
    allow_private: bool = False

    @property
    def robots_name(self) -> str:
        """The product token robots.txt rules are matched against."""
        return self.user_agent.split("/")[0]


@dataclass(slots=True)
class Response:
    """A fetched document (``not_modified``: the server answered 304 to a conditional request)."""

    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False

    @property
    def validators(self) -> dict[str, str]:
        """What a later conditional request sends back."""
        return {k: v for k, v in self.headers.items() if k in ("etag", "last-modified")}


@dataclass(slots=True)
class Request:
    """One request as sent (for the fetch log and for tests of politeness)."""

    url: str
    started: float
    status: int


def conditional_headers(validators: dict[str, str] | None) -> dict[str, str]:
    """``If-None-Match``/``If-Modified-Since`` from a previous response's validators.

    >>> conditional_headers({"etag": '"a1"', "last-modified": "Mon, 01 Jan 2024 00:00:00 GMT"})
    {'If-None-Match': '"a1"', 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT'}
    """
    validators = validators or {}
    headers = {}
    if "etag" in validators:
        headers["If-None-Match"] = validators["etag"]
    if "last-modified" in validators:
        headers["If-Modified-Since"] = validators["last-modified"]
    return headers


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date).

    >>> retry_after("3"), retry_after(None), retry_after("soon")
    (3.0, None, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (now if now is not None else time.time()))


class PoliteClient:
    """GET with the manners of :class:`Policy`; one instance per run."""

    def __init__(
        self,
        policy: Policy,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy
        self.requests: list[Request] = []
        self._sleep = sleep
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._http = httpx.Client(
            timeout=policy.timeout,
            follow_redirects=False,
            headers={"User-Agent": policy.user_agent},
            transport=transport,
            trust_env=False,
        )

    def close(self) -> None:
        self._http.close()

    def get(self, url: str, validators: dict[str, str] | None = None) -> Response:
        """Fetch ``url`` (conditionally when ``validators`` are given), following redirects."""
        current = check_url(url, self.policy.allow_private)
        for _ in range(self.policy.max_redirects + 1):
            self._obey_robots(current)
            response = self._send(current, conditional_headers(validators))
            location = response.headers.get("location")
            if response.status in REDIRECTS and location:
                current = check_url(urljoin(current, location), self.policy.allow_private)
                continue
            return response
        raise FetchError.redirects(url, self.policy.max_redirects)

    def check(self, url: str) -> None:
        """:class:`FetchError` if ``url`` would be refused (address or robots.txt), without fetching it."""
        self._obey_robots(check_url(url, self.policy.allow_private))

    def _obey_robots(self, url: str) -> None:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        if not self._robots[site].can_fetch(self.policy.robots_name, url):
            raise FetchError.robots(url)

    def _read_robots(self, site: str) -> urllib.robotparser.RobotFileParser:
        """The site's rules; a missing robots.txt allows everything, an unreachable one nothing
        (RFC 9309: a server error means "disallow all" for now)."""
        parser = urllib.robotparser.RobotFileParser(f"{site}/robots.txt")
        try:
            response = self._send(f"{site}/robots.txt", {})
        except FetchError:
            response = Response(f"{site}/robots.txt", 503)
        if response.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
        elif response.status >= 400 or response.status in REDIRECTS:
            parser.parse([])
        else:
            parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser

    def _delay_for(self, host: str) -> float:
        robots = next((r for site, r in self._robots.items() if urlsplit(site).netloc == host), None)
        crawl_delay = robots.crawl_delay(self.policy.robots_name) if robots else None
        return max(self.policy.delay, float(crawl_delay or 0))

    def _wait_turn(self, host: str) -> None:
        if host in self._last:
            wait = self._last[host] + self._delay_for(host) - time.monotonic()
            if wait > 0:
                self._sleep(wait)

    def _send(self, url: str, headers: dict[str, str]) -> Response:
        host = urlsplit(url).netloc
        backoff = 1.0
        for attempt in range(self.policy.max_retries + 1):
            self._wait_turn(host)
            started = time.monotonic()
            try:
                response = self._read(url, headers)
            except httpx.HTTPError as error:
                raise FetchError.network(url, f"{type(error).__name__}: {error}".rstrip(": ")) from error
            finally:
                self._last[host] = time.monotonic()
            self.requests.append(Request(url, started, response.status))
            if response.status not in RETRY or attempt == self.policy.max_retries:
                break
            wait = retry_after(response.headers.get("retry-after")) or backoff
            if wait > self.policy.max_retry_wait:
                break
            self._sleep(wait)
            backoff *= 2
        if response.status in RETRY or (response.status >= 400 and not url.endswith("/robots.txt")):
            raise FetchError.status(url, response.status)
        return response

    def _read(self, url: str, headers: dict[str, str]) -> Response:
        limit = self.policy.max_bytes
        with self._http.stream("GET", url, headers=headers) as raw:
            found = {k.lower(): v for k, v in raw.headers.items()}
            if raw.status_code == 304:
                return Response(url, 304, b"", found, not_modified=True)
            declared = found.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError.too_large(url, limit)
            chunks: list[bytes] = []
            size = 0
            for chunk in raw.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError.too_large(url, limit)
                chunks.append(chunk)
            return Response(url, raw.status_code, b"".join(chunks), found)
