"""Type stub of broadsheet._core, the C binding.  Use the broadsheet
package; this module is its implementation."""

from typing import Any, Dict, Optional, Union

__version__: str
MAX_INPUT: int

class ExtractError(ValueError):
    """The page could not be read: too large, or an unknown encoding."""

def extract(
    html: Union[bytes, bytearray, memoryview, str],
    url: Optional[str] = None,
    *,
    encoding: Optional[str] = None,
    favor: str = "balanced",
    include_comments: bool = False,
    include_tables: bool = True,
    include_images: bool = True,
    include_links: bool = True,
    include_formatting: bool = True,
    reference_time: int = 0,
) -> Optional[Dict[str, Any]]:
    """Extract the article; a dict of every field, or None when the page
    has no main text.  The GIL is released during the extraction."""
