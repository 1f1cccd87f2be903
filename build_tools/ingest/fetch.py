"""Fetch a bulletin from the web for ``new URL`` (httpx, BSD-3-Clause): bounded in time and size, clear errors.

Only ``new`` fetches, when the editor asks for it; the build never makes a request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ..errors import InputError, Problem
from ..sources import MAX_SOURCE_BYTES

log = logging.getLogger(__name__)
logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise for an editor

TIMEOUT = 20.0  # seconds, for connecting and for each read
USER_AGENT = "Mozilla/5.0 (compatible; PolicyDigest-new/1.0; +https://github.com/)"
CONTENT_SUFFIXES = {"application/pdf": ".pdf", "text/html": ".html", "application/xhtml+xml": ".html",
                    "text/plain": ".txt", "text/markdown": ".md",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


@dataclass
class Fetched:
    url: str  # after redirects
    data: bytes
    suffix: str  # what the server says it sent (.html, .pdf ...), else the address's ending


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT, limit: int = MAX_SOURCE_BYTES) -> Fetched:
    """GET ``url`` (redirects followed); raises InputError naming the address, with the fix."""
    import httpx

    save = "or open the page in a browser, save it (File > Save as, 'Web page, HTML only') and run new on the file"
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(Problem(url, f"the server answered {response.status_code} "
                                             f"{response.reason_phrase}", f"check the address; {save}"))
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise InputError(Problem(url, f"the document is {int(declared) / 1e6:.1f} MB (the limit is "
                                             f"{_mib(limit)})", "check that this is one bulletin"))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise InputError(Problem(url, f"the document is larger than {_mib(limit)}",
                                                 "check that this is one bulletin"))
                    chunks.append(chunk)
                final = str(response.url)
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    except httpx.TimeoutException as exc:
        raise InputError(Problem(url, f"no answer from the server within {timeout:g} seconds",
                                 f"try again later; {save}")) from exc
    except (httpx.ConnectError, httpx.NetworkError) as exc:
        raise InputError(Problem(url, f"cannot reach the server: the network is unavailable or the address is "
                                 f"wrong ({exc})", f"check the connection and the address; {save}")) from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(Problem(url, f"this is not a web address the tool can fetch ({exc})",
                                 "give an address starting with http:// or https://")) from exc
    except httpx.HTTPError as exc:
        raise InputError(Problem(url, f"the download failed ({type(exc).__name__}: {exc})",
                                 f"try again; {save}")) from exc
    suffix = CONTENT_SUFFIXES.get(kind) or PurePosixPath(urlsplit(final).path).suffix.lower() or ".html"
    log.info("fetched %s: %d bytes (%s)", final, size, kind or "no content type")
    return Fetched(url=final, data=b"".join(chunks), suffix=suffix)


def _mib(limit: int) -> str:
    return f"{limit / 2**20:g} MiB"
