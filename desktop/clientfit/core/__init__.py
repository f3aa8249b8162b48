"""Operations that combine the sibling domain layers (health, offboarding, intake): what the app and
the command line both call, such as the Today list, the evidence log or the yearly review.

Sits above `health/`, `offboarding/`, `intake/` and `packet/`, below `ui/` and the command line
(`cli.py`, `commands/`); neither face imports the other, both import this.
"""
