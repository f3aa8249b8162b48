"""Package `__init__`s that import their submodules only when a name is first used (PEP 562).

The window's first paint must not pay for the scorer or the offboarding plan just because
something needed `health.bands`; a package lists which submodule holds each public name and
this gives it a module-level `__getattr__` that imports that submodule on demand.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


class _LazyPackage(ModuleType):
    """A package whose exported names win over same-named submodules.

    Importing `clientfit.health.trend` makes the import system bind the submodule as the
    package's `trend` attribute; the package exports the function `trend` under that name, as
    an eager `from .trend import trend` used to, so the binding is redirected to the function.
    """

    _homes: dict[str, str]

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and self._homes.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


def lazy_exports(package: str, homes: dict[str, list[str]]) -> list[str]:
    """Make `package` import lazily from {submodule: [names it exports]}; returns `__all__`."""
    where = {name: module for module, names in homes.items() for name in names}
    module = sys.modules[package]

    def __getattr__(name: str) -> object:
        home = where.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(module, name, value)  # the next lookup is a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted(set(module.__dict__) | set(where))

    module.__dict__["_homes"] = where
    module.__dict__["__getattr__"] = __getattr__
    module.__dict__["__dir__"] = __dir__
    module.__class__ = _LazyPackage
    return sorted(where)
