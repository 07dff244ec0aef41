"""``python -m broadsheet``: the command line (see broadsheet.cli)."""

from .cli import run

if __name__ == "__main__":
    run()
