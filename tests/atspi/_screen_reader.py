"""Read the running app as a screen reader does (not a test module; Debian's python3 runs it).

Usage, inside ``dbus-run-session``:
    /usr/bin/python3 tests/atspi/_screen_reader.py WORKDIR APP_NAME STEP... -- APP_COMMAND...

Starts Xvfb (a free display, ``-noreset``) and ``at-spi-bus-launcher``, then APP_COMMAND with
Qt's AT-SPI bridge on. Once a top-level window of APP_NAME shows, it moves the keyboard
focus to it through AT-SPI (there is no window manager: see ``focus``), reads the whole tree
and listens to every ``object:`` event. Then, for each STEP
(``key:1`` presses a key with AT-SPI's key generator, ``press:NAME`` runs the Press action
of the object named NAME…), it acts, waits and reads the tree again. Prints one JSON object:
``{"window", "focus", "before": [nodes], "steps": [{"step", "events", "after": [nodes]}]}``;
a node is ``{"role", "name", "description", "states", "depth", "actions"}``, an event
``{"type", "source" (its object's D-Bus path), "role", "name", "detail1", "detail2", "data"}``.
Every process it started is stopped before it exits, whatever happened; its logs go to WORKDIR.

pyatspi is Debian's (python3-pyatspi) and exists only for the system python3, not the venv.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
START_TIMEOUT_S = 40.0
AFTER_STEP_S = 2.5  # long enough for a per-second clock to tick twice
MAX_NODES = 4000


def start_xvfb(workdir: Path) -> tuple[subprocess.Popen, str]:
    """Xvfb on a display it picks itself (``-displayfd``), never one another test holds."""
    read_end, write_end = os.pipe()
    log = (workdir / "xvfb.log").open("w")
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-noreset", "-nolisten", "tcp",
                             "-screen", "0", "1280x800x24"], pass_fds=(write_end,),
                            stdout=log, stderr=log)
    os.close(write_end)
    # Xvfb writes the number and its newline separately; closing our end before the
    # newline came kills it ("Cannot write display number").
    got = b""
    deadline = time.monotonic() + 20
    while not got.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 0.5)
        chunk = os.read(read_end, 64) if ready else b""
        if ready and not chunk:
            break  # Xvfb closed it (exited)
        got += chunk
    os.close(read_end)
    number = got.decode().strip() if got.endswith(b"\n") else ""
    if not number:
        proc.kill()
        raise SystemExit(f"Xvfb did not start: {(workdir / 'xvfb.log').read_text()}")
    return proc, f":{number}"


def stop(procs: list[subprocess.Popen]) -> None:
    for proc in reversed(procs):
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in reversed(procs):
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def pump(seconds: float) -> None:
    """Let pyatspi deliver events (its listeners run from GLib's main context)."""
    from gi.repository import GLib

    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.02)


def node(obj, depth: int) -> dict:
    import pyatspi

    states = obj.getState()
    actions = []
    try:
        act = obj.queryAction()
        actions = [act.getName(i) for i in range(act.nActions)]
    except NotImplementedError:
        pass
    return {"role": obj.getRoleName(), "name": obj.name or "", "description": obj.description or "",
            "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
            "depth": depth, "actions": actions}


def read_tree(root) -> list[dict]:
    """Every object under ``root``, depth first, as Orca's flat review would meet them."""
    out: list[dict] = []
    stack = [(root, 0)]
    while stack and len(out) < MAX_NODES:
        obj, depth = stack.pop()
        try:
            out.append(node(obj, depth))
            children = [obj.getChildAtIndex(i) for i in range(obj.childCount)]
        except Exception as exc:  # an object that vanished while being read
            out.append({"role": "gone", "name": str(exc), "description": "", "states": [],
                        "depth": depth, "actions": []})
            continue
        stack.extend((c, depth + 1) for c in reversed(children) if c is not None)
    return out


def find_window(app_name: str, timeout_s: float, app: subprocess.Popen):
    """The first showing top-level window of the application called ``app_name``."""
    import pyatspi

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise SystemExit(f"the app exited with code {app.returncode} before showing a window")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is None or a.name != app_name:
                continue
            for j in range(a.childCount):
                w = a.getChildAtIndex(j)
                if w is not None and w.getState().contains(pyatspi.STATE_SHOWING):
                    return w
        time.sleep(0.2)
    raise SystemExit(f"no showing window of {app_name!r} on the accessibility bus "
                     f"after {timeout_s:.0f} s")


def focus(window) -> str:
    """Give the window the keyboard, as far as AT-SPI can without a window manager.

    A window whose own widget takes focus is activated by Component.GrabFocus; a main
    window is not (Qt offers no focus action for it), so the pointer is moved onto it with
    AT-SPI's own device events: X then sends the keys to the window under the pointer."""
    import pyatspi

    if window.queryComponent().grabFocus():
        pump(0.3)
        if window.getState().contains(pyatspi.STATE_ACTIVE):
            return "grab-focus"
    x, y, w, h = window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, pyatspi.MOUSE_ABS)
    pump(0.3)
    return "pointer"


def find_pressable(window, prefix: str):
    """The first showing object whose name starts with ``prefix`` and that can be pressed."""
    import pyatspi

    stack = [window]
    while stack:
        obj = stack.pop()
        try:
            if (obj.name or "").startswith(prefix) and obj.getState().contains(
                    pyatspi.STATE_SHOWING):
                act = obj.queryAction()
                names = [act.getName(i) for i in range(act.nActions)]
                if "Press" in names:
                    return act, names.index("Press")
            stack.extend(c for c in (obj.getChildAtIndex(i) for i in range(obj.childCount))
                         if c is not None)
        except NotImplementedError:  # no Action interface: look further down
            stack.extend(c for c in (obj.getChildAtIndex(i) for i in range(obj.childCount))
                         if c is not None)
    raise SystemExit(f"nothing showing named {prefix!r}… can be pressed")


def do_step(window, step: str) -> None:
    """``key:K`` presses K with AT-SPI's key generator (as the keyboard would); ``press:NAME``
    runs the Press action of the object named NAME… (as Orca does when it activates one)."""
    import pyatspi

    kind, _, arg = step.partition(":")
    if kind == "key":
        pyatspi.Registry.generateKeyboardEvent(_keysym(arg), None, pyatspi.KEY_SYM)
    elif kind == "press":
        action, index = find_pressable(window, arg)
        action.doAction(index)
    else:
        raise SystemExit(f"unknown step {step!r} (key:K or press:NAME)")


def read_app(app_name: str, steps: list[str], app: subprocess.Popen) -> dict:
    import pyatspi

    events: list[dict] = []

    def heard(event) -> None:
        try:
            source = event.source
            events.append({"type": event.type, "source": getattr(source, "path", "") or "",
                           "role": source.getRoleName() if source else "",
                           "name": (source.name or "") if source else "",
                           "detail1": event.detail1, "detail2": event.detail2,
                           "data": event.any_data if isinstance(event.any_data, str) else
                           str(event.any_data)})
        except Exception as exc:  # the source vanished: keep the event's type at least
            events.append({"type": str(event.type), "source": "", "role": "", "name": "",
                           "detail1": 0, "detail2": 0, "data": f"unreadable: {exc}"})

    window = find_window(app_name, START_TIMEOUT_S, app)
    pump(1.0)  # let the window settle (first layout, the run view's first tick)
    focused = focus(window)
    before = read_tree(window)
    pyatspi.Registry.registerEventListener(heard, "object:", "window:")
    pump(0.3)
    done = []
    for step in steps:
        events.clear()
        do_step(window, step)
        pump(AFTER_STEP_S)
        done.append({"step": step, "events": list(events), "after": read_tree(window)})
    pyatspi.Registry.deregisterEventListener(heard, "object:", "window:")
    return {"window": window.name, "focus": focused, "before": before, "steps": done}


def _keysym(key: str) -> int:
    """X keysym of one printable ASCII character (its code), or a keysym written in hex."""
    if len(key) == 1 and " " <= key <= "~":
        return ord(key)
    return int(key, 16)


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") < 3:  # no step: the window is only read
        raise SystemExit(__doc__)
    end = argv.index("--")
    workdir, app_name, steps = Path(argv[1]), argv[2], argv[3:end]
    command = argv[end + 1:]
    launcher = next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None)
    if launcher is None or shutil.which("Xvfb") is None:
        raise SystemExit("at-spi-bus-launcher or Xvfb is missing")
    procs: list[subprocess.Popen] = []
    try:
        xvfb, display = start_xvfb(workdir)
        procs.append(xvfb)
        os.environ["DISPLAY"] = display  # the bus launcher and the registry read it
        bus_log = (workdir / "at-spi-bus.log").open("w")
        procs.append(subprocess.Popen([launcher, "--launch-immediately"], stdout=bus_log,
                                      stderr=bus_log))
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        app_log = (workdir / "app.log").open("w")
        app = subprocess.Popen(command, env=env, stdout=app_log, stderr=app_log,
                               stdin=subprocess.DEVNULL)
        procs.append(app)
        import pyatspi  # noqa: F401  (after the bus is up: it connects on import)

        result = read_app(app_name, steps, app)
        result["app_running"] = app.poll() is None
        print(json.dumps(result, ensure_ascii=False), flush=True)
        return 0
    finally:
        stop(procs)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
