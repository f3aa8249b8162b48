"""Your network: the Colleagues page (add, edit, remove; skills autocompleted)."""
