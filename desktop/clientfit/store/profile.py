"""The user's own details ("You"): the letterhead and signature of the letter and the packet.

Kept as settings rows (`me.*`), one key each, so adding a line needs no migration. Every field is
optional; a letter without a name still says "[Your name]" rather than inventing one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from clientfit.i18n import _
from clientfit.store.clients import ValidationError, _email_ok, checked_text
from clientfit.store.settings import get_setting, set_settings

PREFIX = "me."
MAX_FIELD = 500


@dataclass(frozen=True)
class Profile:
    name: str = ""
    business: str = ""
    address: str = ""  # several lines
    org_number: str = ""
    email: str = ""
    phone: str = ""
    signature: str = ""  # the closing block; empty: name, business, phone and e-mail

    def sign_off(self) -> str:
        """The lines under "Kind regards": the user's signature, or one built from the fields."""
        if self.signature.strip():
            return self.signature.strip()
        lines = [self.name, self.business, self.phone, self.email]
        return "\n".join(line for line in lines if line.strip())

    def letterhead(self) -> list[str]:
        """The sender's block at the top of a letter (business first when there is one)."""
        first = [self.business or self.name]
        if self.business and self.name:
            first.append(self.name)
        rest = [*self.address.splitlines(), self.org_number, self.phone, self.email]
        return [line.strip() for line in first + rest if line and line.strip()]


FIELDS = tuple(f.name for f in fields(Profile))


def profile() -> Profile:
    values = {}
    for name in FIELDS:
        value = get_setting(PREFIX + name, "")
        values[name] = value if isinstance(value, str) else ""
    return Profile(**values)


def set_profile(**changes: str | None) -> Profile:
    """Change the given fields (None leaves a field alone, "" clears it), in one transaction."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(_("Unknown profile field: {names}.").format(names=", ".join(unknown)))
    values = {}
    for name, value in changes.items():
        if value is None:
            continue
        text = value.strip() if name in ("address", "signature") else " ".join(value.split())
        too_long = _("Your {field} is too long ({n} characters; at most {max}).")
        checked_text(text, MAX_FIELD, too_long.replace("{field}", name.replace("_", " ")))
        if name == "email" and text and not _email_ok(text):
            raise ValidationError(_("“{email}” is not an e-mail address.").format(email=text))
        values[PREFIX + name] = text
    set_settings(values)
    return profile()
