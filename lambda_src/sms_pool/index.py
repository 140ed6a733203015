"""The container's index of the account's phone numbers: E.164 number -> identity id and pool, per country.

AWS has no phone-number filter (botocore's ``PhoneNumberFilterName`` and ``PoolOriginationIdentitiesFilterName``
list none), so a number's id is earned by listing. The index lists ``DescribePhoneNumbers`` (filtered by country,
100 a page, paced by :mod:`sms_pool.pacing`) once per container and country and keeps it: at AWS's 1 request/s
one warm container serves nearly all traffic, so it is a shared cache, and a warm by-number removal costs no
listing at all. It is account-wide, not per pool, for two reasons:

- every pool shares one build, and
- a number that has left the pool still resolves to its id, so a retry by number after a success reaches AWS
  with the same derived ClientToken and AWS replays the first answer.

Numbers the account owns are listed first (``Owner=SELF``), then numbers shared with it (``Owner=SHARED``), which
AWS only accepts by ARN, so their entry carries the ARN. A lookup pages only until its number appears. A build
that does not fit in a request's budget keeps its ``NextToken`` here and the request answers ``INDEX_BUILDING``;
the next request continues it. One lock per country: concurrent requests build one index, not one each.
Entries may go stale (a number released and bought again); AWS has the last word on every removal, and
:func:`forget` starts a new build when an id from the index is gone (``sms_pool.core``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from sms_pool import aws, config, errors, pacing, phone
from sms_pool.constants import ISO_COUNTRY_FILTER, LIST_PAGE_SIZE

OPERATION: Final = "DescribePhoneNumbers"
Owner = Literal["SELF", "SHARED"]
OWNERS: Final[tuple[Owner, ...]] = ("SELF", "SHARED")


@dataclass(frozen=True, slots=True)
class Entry:
    """What the index knows of one number: the identity to send AWS and the pool it was in when listed."""

    identity: str  # the PhoneNumberId, or the PhoneNumberArn of a number shared with the account
    pool_id: str | None
    generation: int  # which build listed it (see :func:`forget`)


@dataclass
class CountryIndex:
    """The numbers of one country, built page by page; written under ``lock`` (a lookup of a listed number reads
    ``numbers`` without it: one dict read, atomic under the GIL)."""

    country: str
    lock: threading.Lock = field(default_factory=threading.Lock)
    generation: int = 0
    numbers: dict[str, list[Entry]] = field(default_factory=dict)
    owners: list[Owner] = field(default_factory=lambda: list(OWNERS))
    token: str | None = None
    pages: int = 0
    completed_at: float | None = None

    def reset(self) -> None:
        """Forget everything: the next lookup starts a new build."""
        self.generation += 1
        self.numbers, self.owners, self.token, self.pages, self.completed_at = {}, list(OWNERS), None, 0, None

    def size(self) -> int:
        """Numbers indexed so far."""
        return sum(len(entries) for entries in self.numbers.values())

    def find(self, number: str, deadline: pacing.Deadline) -> list[Entry]:
        """The entries carrying ``number``, paging on until it appears or the listing ends."""
        known = self.numbers.get(number)  # without the lock: a number already listed never waits for a build
        if known:
            return list(known)
        if not self.lock.acquire(timeout=max(0.0, deadline.remaining())):
            raise self._building()  # another request holds the build past this request's budget
        try:
            while number not in self.numbers and self.completed_at is None:
                self._next_page(deadline)
            return list(self.numbers.get(number, ()))
        finally:
            self.lock.release()

    def _next_page(self, deadline: pacing.Deadline) -> None:
        params: dict[str, Any] = {
            "Filters": [{"Name": ISO_COUNTRY_FILTER, "Values": [self.country]}],
            "MaxResults": LIST_PAGE_SIZE,
            "Owner": self.owners[0],
        }
        if self.token:
            params["NextToken"] = self.token
        page = aws.paced(OPERATION, params, deadline)
        if page is None:
            raise self._building()
        shared = self.owners[0] == "SHARED"
        for item in page.get("PhoneNumbers", []):
            number, ident = item.get("PhoneNumber"), item.get("PhoneNumberArn" if shared else "PhoneNumberId")
            # AWS applies the country filter; an item of another country is still never indexed under this one.
            if isinstance(number, str) and isinstance(ident, str) and item.get("IsoCountryCode") == self.country:
                pool = item.get("PoolId")
                entry = Entry(ident, pool if isinstance(pool, str) else None, self.generation)
                self.numbers.setdefault(number, []).append(entry)
        self.pages += 1
        token = page.get("NextToken")
        self.token = token if isinstance(token, str) and token else None
        if self.token is None:
            self.owners.pop(0)
            if not self.owners:
                self.completed_at = time.monotonic()

    def _building(self) -> errors.ServiceError:
        wait = pacing.retry_after_seconds(config.settings().aws_requests_per_second)
        return errors.error(
            errors.Kind.INDEX_BUILDING,
            f"the index of the account's {self.country} phone numbers is being built ({self.size()} numbers in "
            f"{self.pages} pages so far) and did not reach this number within the request's time; retry after "
            f"{wait} s with the same Idempotency-Key: each request continues the build",
            indexedNumbers=self.size(),
            retryAfterSeconds=wait,
        )

    def rebuild(self, generation: int, completed_before: float | None = None) -> bool:
        """Start a new build if build ``generation`` is still the current one (and, with ``completed_before``,
        was complete before that instant). True if a lookup may now answer differently."""
        with self.lock:
            if generation != self.generation:
                return True  # another request has started a new build since
            done = self.completed_at
            if completed_before is not None and (done is None or done >= completed_before):
                return False
            self.reset()
            return True


_INDEXES: Final[dict[str, CountryIndex]] = {}
_REGISTRY: Final = threading.Lock()


def country_index(country: str) -> CountryIndex:
    """The container's index of ``country`` (created empty on first use)."""
    with _REGISTRY:
        return _INDEXES.setdefault(country, CountryIndex(country))


def clear() -> None:
    """Forget every index (a new container's state; tests and benchmarks use it)."""
    with _REGISTRY:
        _INDEXES.clear()


def _pool_key(pool_id: str) -> str:
    # The index holds PoolIds; a caller may name the pool by ARN (.../pool/<id>).
    return pool_id.rpartition(":pool/")[2] if pool_id.startswith("arn:") else pool_id


def not_in_pool(number: str, pool_id: str, country: str) -> errors.ServiceError:
    """The 404 for a number no identity of the pool carries (the pool and the number masked)."""
    return errors.error(
        errors.Kind.PHONE_NUMBER_NOT_IN_POOL,
        f"no {country} identity of pool {pool_id} has the phone number {phone.mask(number)}",
        poolId=pool_id,
        phoneNumber=phone.mask(number),
    )


def _choose(number: str, pool_id: str, entries: list[Entry]) -> Entry:
    in_pool = [entry for entry in entries if entry.pool_id == _pool_key(pool_id)]
    if len(in_pool) > 1:
        ids = [entry.identity for entry in in_pool]
        raise errors.error(
            errors.Kind.PHONE_NUMBER_AMBIGUOUS,
            f"{len(ids)} identities of pool {pool_id} have the phone number {phone.mask(number)}; pass one's id",
            poolId=pool_id,
            phoneNumber=phone.mask(number),
            identities=ids,
        )
    # Not listed in this pool: the index may be older than the pool's last change, so AWS decides.
    return (in_pool or entries)[0]


def resolve(number: str, pool_id: str, country: str, deadline: pacing.Deadline) -> Entry:
    """The entry to remove for ``number`` from ``pool_id``; 404 if the account has no such number in ``country``.

    An entry listed in another pool (or none) is still returned: it may have moved since it was listed, and a
    retry after a success must reach AWS with the same id. A number missing from an index completed before this
    request began (``deadline.start``) starts one new build, so a number bought since is found; one completed
    during the request (by it, or by a concurrent one) is fresh enough, so a request or a bulk pass rebuilds at
    most once however many numbers it misses.
    """
    index = country_index(country)
    generation = index.generation
    entries = index.find(number, deadline)
    if not entries and index.rebuild(generation, deadline.start):
        entries = index.find(number, deadline)
    if not entries:
        raise not_in_pool(number, pool_id, country)
    return _choose(number, pool_id, entries)


def forget(country: str, entry: Entry) -> None:
    """AWS no longer knows ``entry``'s id: start a new build, unless one has started since it was listed."""
    country_index(country).rebuild(entry.generation)
