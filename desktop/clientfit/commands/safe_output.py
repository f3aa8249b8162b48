"""Nothing the CLI prints can steer the terminal.

Names, notes and subjects come from imported files, and a vCard ORG of `ESC]2;...BEL ESC[2J`
printed raw retitles the window and clears the screen. Every write to stdout and stderr passes
through `strip_controls`, which removes C0 and C1 control characters (escape, bell, carriage
return, backspace...) but keeps newlines and tabs. JSON is unaffected: `json.dump` already escapes
control characters as \\uXXXX.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator

_CONTROLS = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")


def strip_controls(text: str) -> str:
    """`text` without control characters other than newline and tab."""
    return _CONTROLS.sub("", text)


class _Sanitised:
    """A text stream that strips control characters from what is written to it."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(strip_controls(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def sanitised_output() -> Iterator[None]:
    """Strip control characters from stdout and stderr while the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Sanitised(out), _Sanitised(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
