"""Headless Chromium for the tests of graph.html: a screenshot, or the page's DOM once its scripts ran.

``make test`` installs Chromium first (scripts/install_browser.sh). Where it still is missing, the
browser tests skip with that reason; on CI (``CI`` set) they fail instead, as CI must run them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from pipeline.graph.style import type_colour

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# No network, no first-run work, a profile of its own. --enable-unsafe-swiftshader keeps WebGL
# (sigma draws with it) on the software renderer, which Chromium is dropping as an automatic fallback.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-unsafe-swiftshader",
    "--hide-scrollbars",
)
# Virtual time the page gets before the screenshot or the DOM is taken: its layout runs in timer slices.
VIRTUAL_TIME_MS = 20000


def browser() -> str:
    """The Chromium executable, or skip (fail on CI) saying how to install it."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    reason = "Chromium is not installed: run `make browser` (apt-get install chromium, as root)"
    if os.environ.get("CI"):
        pytest.fail(reason + "; CI must run the browser tests", pytrace=False)
    pytest.skip(reason)


def _chromium(url: str, *arguments: str, window: tuple[int, int]) -> subprocess.CompletedProcess:
    executable = browser()
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [
            executable,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={window[0]},{window[1]}",
            f"--virtual-time-budget={VIRTUAL_TIME_MS}",
            *arguments,
            url,
        ]
        return subprocess.run(command, capture_output=True, timeout=180, check=False)


def screenshot(page: Path, picture: Path, window: tuple[int, int] = (1400, 900)) -> Path:
    """A PNG of the page as drawn after its scripts ran."""
    result = _chromium(page.resolve().as_uri(), f"--screenshot={picture}", window=window)
    assert picture.is_file(), result.stderr.decode(errors="replace")[-2000:]
    return picture


def dom(page: Path, fragment: str = "") -> str:
    """The page's DOM, serialized, after its scripts ran (``fragment``: a #… to open it at)."""
    result = _chromium(page.resolve().as_uri() + fragment, "--dump-dom", window=(1400, 900))
    assert result.stdout, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


PANEL_WIDTH = 400  # view.css: the side panel; the graph is drawn left of it
WINDOW = (1400, 900)


def colour_pixels(picture: Path, colour: tuple[int, int, int], box: tuple[int, int, int, int]) -> int:
    """Pixels within ``box`` that are ``colour``, give or take the antialiasing of an edge."""
    image = Image.open(picture).convert("RGB").crop(box)
    return sum(
        count
        for count, pixel in image.getcolors(maxcolors=1 << 24)
        if max(abs(a - b) for a, b in zip(pixel, colour, strict=True)) <= 12
    )


def assert_graph_drawn(picture: Path, types: set[str]) -> None:
    """Not blank: the graph's side of the screenshot shows a node of every type in its type's colour."""
    width, height = Image.open(picture).size
    assert (width, height) == WINDOW
    graph_side = (0, 0, width - PANEL_WIDTH, height)
    image = Image.open(picture).convert("RGB").crop(graph_side)
    assert len(image.getcolors(maxcolors=1 << 24)) > 50, "the graph's side is blank"
    for node_type in types:
        assert colour_pixels(picture, type_colour(node_type), graph_side) >= 6, f"no {node_type} node drawn"
