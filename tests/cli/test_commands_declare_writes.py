"""Every CLI command says whether it changes the database (`writes`), next to its handler."""

from __future__ import annotations

import argparse

from clientfit.cli import _writes, build_parser


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, parser) of every command that runs something."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*path, name))


def test_every_command_declares_whether_it_writes():
    leaves = list(_leaves(build_parser()))
    assert len(leaves) > 20
    undeclared = [" ".join(p) for p, parser in leaves if "writes" not in parser._defaults]
    assert undeclared == []


def test_the_declarations_say_what_the_commands_do():
    parser = build_parser()

    def writes(*argv: str) -> bool:
        return _writes(parser.parse_args(list(argv)))

    assert writes("client", "set", "A", "--gut", "2")
    assert writes("colleague", "remove", "A") and not writes("colleague", "list")
    assert not writes("score") and not writes("clients") and not writes("packet", "A", "-o", "x")
    assert writes("import", "vcard", "f.vcf") and not writes(
        "import", "vcard", "f.vcf", "--dry-run"
    )
    assert not writes("plan", "A") and not writes("plan", "A", "--ics", "m.ics")
    assert writes("plan", "A", "--tick", "1") and writes("plan", "A", "--notice-days", "0")
