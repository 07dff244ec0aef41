"""Progress bars: tqdm when it is installed and someone is watching, else
nothing."""

from __future__ import annotations

import sys
from typing import Any, Optional, TextIO

__all__ = ["progress_bar", "interactive"]


class _NoBar:
    """Stands in for a tqdm bar and does nothing."""

    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> "_NoBar":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None or "ipykernel" not in sys.modules:
        return False
    try:
        ip = shell.get_ipython()  # type: ignore[attr-defined]
    except Exception:
        return False
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def interactive(stream: Optional[TextIO] = None) -> bool:
    """Whether someone is watching `stream` (default stderr): a terminal,
    or a Jupyter notebook."""
    stream = sys.stderr if stream is None else stream
    try:
        if stream is not None and stream.isatty():
            return True
    except (AttributeError, ValueError):
        pass
    return _in_notebook()


def progress_bar(progress: Optional[bool], *, desc: str = "broadsheet",
                 unit: str = "page", total: Optional[int] = None,
                 file: Optional[TextIO] = None) -> Any:
    """A tqdm progress bar, or an object with the same few methods that
    does nothing.

    `progress`: ``False`` never shows one; ``None`` shows one when
    :func:`interactive` and tqdm is installed; ``True`` always shows one
    (ImportError when tqdm is missing).
    """
    if progress is False:
        return _NoBar()
    if progress is None and not interactive(file):
        return _NoBar()
    try:
        if _in_notebook():
            try:
                import ipywidgets  # noqa: F401
                from tqdm.notebook import tqdm
            except ImportError:
                from tqdm import tqdm
        else:
            from tqdm import tqdm
    except ImportError:
        if progress:
            raise ImportError("progress=True needs tqdm: pip install 'broadsheet[progress]'"
                              ) from None
        return _NoBar()
    return tqdm(desc=desc, unit=unit, total=total, file=file or sys.stderr,
                dynamic_ncols=True, smoothing=0.1)
