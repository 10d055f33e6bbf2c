"""Accounts, password hashing (argon2) and API tokens."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from feedback.tables import ROLES, Account, ApiToken, AuditEntry

_hasher = PasswordHasher()
# A hash to verify against when the e-mail is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("not a real password")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD_LENGTH = 10


class AccountError(ValueError):
    """Something a user asked for that cannot be done; the message says why."""


@dataclass(frozen=True)
class CurrentUser:
    id: int
    email: str
    role: str
    display_name: str

    @property
    def can_review(self) -> bool:
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _now() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: dict) -> CurrentUser:
    return CurrentUser(
        id=row["id"], email=row["email"], role=row["role"], display_name=row["display_name"]
    )


async def create_account(email: str, password: str, role: str, display_name: str = "") -> int:
    email = email.strip().lower()
    if not EMAIL_PATTERN.match(email):
        raise AccountError(f"{email!r} is not an e-mail address")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if await Account.exists().where(Account.email == email):
        raise AccountError(f"an account for {email} exists already")
    rows = await Account.insert(
        Account(
            email=email,
            display_name=display_name or email.split("@")[0],
            password_hash=_hasher.hash(password),
            role=role,
            created_at=_now(),
        )
    ).returning(Account.id)
    account_id = rows[0]["id"]
    await AuditEntry.insert(
        AuditEntry(
            account=None,
            action="account.create",
            object_type="account",
            object_id=str(account_id),
            after={"email": email, "role": role},
            created_at=_now(),
        )
    )
    return account_id


async def authenticate(email: str, password: str) -> CurrentUser | None:
    """The account for these credentials, or None. Takes the same time for unknown e-mails."""
    row = (
        await Account.select(
            Account.id, Account.email, Account.role, Account.display_name, Account.password_hash
        )
        .where((Account.email == email.strip().lower()) & (Account.active == True))  # noqa: E712
        .first()
    )
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    await Account.update({Account.last_login_at: _now()}).where(Account.id == row["id"])
    return _user(row)


async def account_by_id(account_id: int) -> CurrentUser | None:
    row = (
        await Account.select(Account.id, Account.email, Account.role, Account.display_name)
        .where((Account.id == account_id) & (Account.active == True))  # noqa: E712
        .first()
    )
    return _user(row) if row else None


async def issue_token(email: str, label: str = "") -> str:
    """A new bearer token for the account; only its hash is kept."""
    row = await Account.select(Account.id).where(Account.email == email.strip().lower()).first()
    if row is None:
        raise AccountError(f"no account for {email}")
    token = "fbk_" + secrets.token_urlsafe(32)
    await ApiToken.insert(
        ApiToken(account=row["id"], token_hash=hash_token(token), label=label, created_at=_now())
    )
    await AuditEntry.insert(
        AuditEntry(
            account=row["id"],
            action="token.issue",
            object_type="account",
            object_id=str(row["id"]),
            after={"label": label},
            created_at=_now(),
        )
    )
    return token


async def account_for_token(token: str) -> CurrentUser | None:
    row = (
        await ApiToken.select(
            ApiToken.id,
            ApiToken.account.id,
            ApiToken.account.email,
            ApiToken.account.role,
            ApiToken.account.display_name,
            ApiToken.account.active,
        )
        .where((ApiToken.token_hash == hash_token(token)) & (ApiToken.revoked == False))  # noqa: E712
        .first()
    )
    if row is None or not row["account.active"]:
        return None
    await ApiToken.update({ApiToken.last_used_at: _now()}).where(ApiToken.id == row["id"])
    return CurrentUser(
        id=row["account.id"],
        email=row["account.email"],
        role=row["account.role"],
        display_name=row["account.display_name"],
    )
