"""HTML mail as plain text, with the quoted and signature blocks that mail programs mark left out.

For HTML-only mail (Gmail's and Apple Mail's replies often are): Gmail's `gmail_quote` and
`gmail_signature`, Apple Mail's and Thunderbird's `<blockquote type="cite">`, Thunderbird's
`moz-cite-prefix` and `moz-signature`, Outlook's reply header (`divRplyFwdMsg`, or the bordered
block it starts with) and everything after it. The standard library's HTML parser is enough.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]


class _HtmlText(HTMLParser):
    """HTML to plain lines; quoted and signature blocks (Gmail, Apple Mail, Thunderbird,
    Outlook) are left out as they are met."""

    BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "hr",
            "section",
            "article",
        ]
    )
    SKIP = frozenset(["style", "script", "head", "title"])
    VOID = frozenset(
        [
            "br",
            "hr",
            "img",
            "meta",
            "link",
            "input",
            "col",
            "area",
            "base",
            "wbr",
            "source",
            "track",
            "embed",
        ]
    )
    QUOTE_CLASSES = ("gmail_quote", "gmail_signature", "moz-cite-prefix", "moz-signature")
    QUOTE_IDS = ("divrplyfwdmsg", "appendonsend", "signature")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip_depth = 0  # inside a skipped element: count of open tags
        self.stopped = False  # an Outlook reply header: everything after is quoted

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.stopped:
            return
        if self.skip_depth:
            if tag not in self.VOID:
                self.skip_depth += 1
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        classes = a.get("class", "").lower()
        ident = a.get("id", "").lower()
        style = a.get("style", "").replace(" ", "").lower()
        if (
            ident == "divrplyfwdmsg"
            or "border-top:solid#e1e1e1" in style
            or ("border-top:solid#b5c4df" in style)
        ):
            self.stopped = True  # Outlook's reply header: the rest is the quoted mail
            return
        if (
            tag in self.SKIP
            or (tag == "blockquote")
            or any(c in classes for c in self.QUOTE_CLASSES)
            or ident in self.QUOTE_IDS
        ):
            if tag not in self.VOID:
                self.skip_depth = 1
            return
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if not self.skip_depth and not self.stopped and tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag not in self.VOID:
                self.skip_depth -= 1
            return
        if not self.stopped and tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth and not self.stopped:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML body, quoted blocks left out."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        pass
    text = "".join(parser.out).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
