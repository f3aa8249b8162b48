"""A note of the longest size the store takes (100,000 characters) is laid out in pieces, whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clientfit.packet import texts as T
from clientfit.packet.data import ClientInfo
from clientfit.packet.longtext import PIECE, pieces
from clientfit.packet.render import story

from .samples import sample_packet


@given(st.text(alphabet=st.sampled_from("ab \n"), max_size=5000), st.integers(5, 200))
def test_pieces_are_short_and_keep_every_character_in_order(text, limit):
    out = pieces(text, limit)
    assert all(len(p) <= limit for p in out)
    # every character but the spaces at a cut, in order (a word longer than a piece is cut)
    assert "".join("".join(out).split()) == "".join(text.split())


def test_a_note_is_cut_at_line_breaks_where_it_has_them():
    text = "\n".join(f"Line {i}: " + "word " * 40 for i in range(100))
    out = pieces(text)
    assert all(p.startswith("Line ") for p in out)  # no piece begins mid-line
    assert "\n".join(out) == text


def test_a_100k_note_becomes_many_short_paragraphs_and_reads_back_whole(render):
    note = ("Ännu en runda ändringar på loggan och texten. " * 2200)[:99_990]
    client = ClientInfo(name="Long Notes AB", status="active", notes=(note,))
    data = sample_packet("en", client=client)
    flow = story(data, T.Texts("en"), 480)
    paragraphs = [f for f in flow if "runda" in getattr(f, "text", "")]
    assert len(paragraphs) >= len(note) // PIECE  # one 100k paragraph took seconds to split
    assert all(len(p.text) <= PIECE for p in paragraphs)
    pdf = render(data)
    assert pdf.flat.count("Ännu") == note.count("Ännu")  # every sentence is there, once
