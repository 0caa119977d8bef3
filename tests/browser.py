"""Headless Chromium over its DevTools protocol, for the report page: open a file at a
window size (a phone's 390 px too, which `--window-size` cannot give: headless windows
are at least 500 px wide), read values from the page, collect its script errors, and take
a screenshot of the whole page. The websocket client is tornado's, which the test extra
brings with dask."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--remote-debugging-port=0",
]  # fmt: skip


@dataclass
class PageView:
    values: dict[str, Any]
    errors: list[str] = field(default_factory=list)  # uncaught exceptions and console errors
    screenshot: bytes | None = None


def open_page(
    page: Path, width: int, height: int, read: dict[str, str], screenshot: bool = False
) -> PageView:
    """Open PAGE at WIDTH x HEIGHT, evaluate each expression of READ once it has loaded."""
    assert CHROMIUM is not None, "no Chromium"
    profile = Path(tempfile.mkdtemp(prefix="chromium-"))
    process = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        address = devtools_address(profile)
        return asyncio.run(
            asyncio.wait_for(view(address, page, width, height, read, screenshot), 120)
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)


def devtools_address(profile: Path) -> str:
    """The browser's websocket, from the file Chromium writes once it listens."""
    written = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if written.exists():
            lines = written.read_text().split()
            if len(lines) == 2:
                return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        time.sleep(0.05)
    raise TimeoutError("Chromium wrote no DevToolsActivePort")


class Session:
    """Commands to one page over the browser's socket; events are kept as they come."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self.numbers = itertools.count(1)
        self.session: str | None = None
        self.events: list[dict[str, Any]] = []

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self.numbers)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        await self.socket.write_message(json.dumps(message))
        while True:
            answer = json.loads(await self.socket.read_message())
            if answer.get("id") == number:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    async def until(self, method: str) -> None:
        while not any(event.get("method") == method for event in self.events):
            self.events.append(json.loads(await self.socket.read_message()))


async def view(
    address: str, page: Path, width: int, height: int, read: dict[str, str], screenshot: bool
) -> PageView:
    from tornado.websocket import websocket_connect

    socket = await websocket_connect(address, max_message_size=256 * 1024 * 1024)
    session = Session(socket)
    target = (await session.send("Target.createTarget", url="about:blank"))["targetId"]
    attached = await session.send("Target.attachToTarget", targetId=target, flatten=True)
    session.session = attached["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        await session.send(f"{domain}.enable")
    await session.send(
        "Emulation.setDeviceMetricsOverride",
        width=width, height=height, deviceScaleFactor=1, mobile=width < 700,
    )  # fmt: skip
    await session.send("Page.navigate", url=page.resolve().as_uri())
    await session.until("Page.loadEventFired")
    values = {}
    for name, expression in read.items():
        result = await session.send("Runtime.evaluate", expression=expression, returnByValue=True)
        values[name] = result["result"].get("value")
    image = None
    if screenshot:
        full = await session.send(
            "Runtime.evaluate",
            expression="document.documentElement.scrollHeight",
            returnByValue=True,
        )
        clip = {"x": 0, "y": 0, "width": width, "height": full["result"]["value"], "scale": 1}
        shot = await session.send(
            "Page.captureScreenshot", format="png", clip=clip, captureBeyondViewport=True
        )
        image = base64.b64decode(shot["data"])
    socket.close()
    return PageView(values, errors(session.events), image)


def errors(events: list[dict[str, Any]]) -> list[str]:
    found = []
    for event in events:
        params = event.get("params", {})
        if event.get("method") == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            found.append(details.get("exception", {}).get("description") or details["text"])
        elif event.get("method") == "Runtime.consoleAPICalled" and params.get("type") == "error":
            found.append(
                " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )
        elif event.get("method") == "Log.entryAdded" and params["entry"]["level"] == "error":
            found.append(params["entry"]["text"])
    return found
