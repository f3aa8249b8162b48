"""What the command modules share in reading their arguments: argparse types (yes/no, whole
numbers in a range, amounts) and the client a NAME argument names.

A bad value is an `argparse.ArgumentTypeError` (argparse prints it with the option's name and
exits 2); an unknown client is a `CliError` naming it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation

from clientfit.commands import CliError

YES = {"yes", "y", "true", "1", "ja"}
NO = {"no", "n", "false", "0", "nej"}


def yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise argparse.ArgumentTypeError(f"expected yes or no, not {text!r}")


def whole_number(
    noun: str, low: int, high: int | None = None, span: str | None = None
) -> Callable[[str], int]:
    """An argparse type for a whole number from `low` to `high` (no upper bound when None):
    "expected {noun}" when it is not a number, "expected {span}" when out of range."""
    span = span or (f"at least {low}" if high is None else f"{low}-{high}")

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {noun}, not {text!r}") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"expected {span}, not {value}")
        return value

    return parse


def amount(text: str) -> Decimal:
    """A sum of money, 0 or more ("1 250,50" and "1250.50" alike)."""
    try:
        value = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}")
    return value


@contextmanager
def reported(*errors: type[Exception]) -> Iterator[None]:
    """Any of `errors` raised inside becomes a CliError with its message (the domain layers'
    messages are written for the user)."""
    try:
        yield
    except errors as exc:
        raise CliError(str(exc)) from None


def client_named(name: str):
    """The client called `name` (case and surrounding space ignored), or a CliError saying so."""
    from clientfit.store.clients import ValidationError, get_client

    with reported(ValidationError):
        return get_client(name)
