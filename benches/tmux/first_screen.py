#!/usr/bin/env python3
"""Time to first screen (and to a redraw after a resize) in a real tmux,
for quoth and for less on the same file, measured the same way: start the
program in a detached tmux session, poll capture-pane until the file's
first words show, and report the median of several runs.

    python3 benches/tmux/first_screen.py FILE [RUNS]

Uses a private tmux server (-L quoth-bench). Polling costs ~1 ms per
capture, so figures carry that granularity.
"""
import statistics
import subprocess
import sys
import time

SOCKET = "quoth-bench"


def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True).stdout


def wait_for(needle, timeout=10.0):
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if needle in tmux("capture-pane", "-p", "-t", "bench"):
            return time.perf_counter() - start
    raise SystemExit(f"timed out waiting for {needle!r}")


def first_screen(command, needle):
    tmux("kill-session", "-t", "bench")
    # The shell starts first and waits for a key, so only the program is timed.
    tmux("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", f"read x; exec {command}")
    time.sleep(0.3)
    start = time.perf_counter()
    tmux("send-keys", "-t", "bench", "Enter")
    wait_for(needle)
    shown = time.perf_counter() - start
    time.sleep(0.5)
    # A resize: wait until the bottom-right corner changes (status line or text).
    before = tmux("capture-pane", "-p", "-t", "bench")
    start = time.perf_counter()
    tmux("resize-window", "-t", "bench", "-x", "80", "-y", "24")
    while tmux("capture-pane", "-p", "-t", "bench") == before:
        pass
    resized = time.perf_counter() - start
    tmux("kill-session", "-t", "bench")
    return shown, resized


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with open(path, encoding="utf-8") as file:
        needle = " ".join(file.readline().split()[:3])
    quoth = sys.argv[3] if len(sys.argv) > 3 else "target/release/quoth"
    commands = [("less", f"less {path}"), ("quoth", f"{quoth} {path}")]
    # Interleaved, so both see the same machine load.
    results = {name: [] for name, _ in commands}
    for _ in range(runs):
        for name, command in commands:
            results[name].append(first_screen(command, needle))
    for name, _ in commands:
        shown = statistics.median(r[0] for r in results[name]) * 1000
        resized = statistics.median(r[1] for r in results[name]) * 1000
        print(f"{name:6} first screen {shown:7.1f} ms   resize {resized:6.1f} ms   ({runs} runs, median)")
    tmux("kill-server")


if __name__ == "__main__":
    main()
