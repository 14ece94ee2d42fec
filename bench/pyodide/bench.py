# Threadwise against Pyodide, side by side in one headless Chromium run.
#
#   npm install pyodide                      # in a scratch folder
#   mkdir -p ROOT && cp -r node_modules/pyodide ROOT/pyodide && cp pyo.html ROOT/
#   threadwise build --base-url http://127.0.0.1:8766/site/ --out ROOT/site
#   python3 serve.py ROOT &                  # counts the bytes it sends
#   python3 bench.py
#
# Threadwise vs Pyodide in one headless Chromium run: bytes sent by the server
# and load-to-first-output, cold cache (a fresh browser profile per load).
import os, sys, time, json, zlib, base64, urllib.parse, requests, statistics
from wd import WD
BASE = "http://127.0.0.1:8766"
HELLO = 'print("hello, world")\n'
LOCAL = open(os.path.join(os.path.dirname(__file__), "../../tests/fixtures/site/content/thread-local-values.md")).read().split("```python run\n")[1].split("```")[0]

def share(src):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = c.compress(src.encode()) + c.flush()
    return "#code=" + base64.urlsafe_b64encode(raw).decode().rstrip("=")

def sent():
    return sum(n for _, n in requests.get(BASE + "/__sent").json())

def wait(w, script, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        v = w.js(script)
        if v: return v
        time.sleep(0.01)
    raise RuntimeError("timeout: " + script)

def threadwise(src):
    w = WD(); sent()
    try:
        w.go(BASE + "/site/playground/" + share(src))
        wait(w, "return document.querySelector('[data-playground]').dataset.state === 'ready'")
        time.sleep(0.1)  # the shared source is decoded asynchronously
        w.js("document.querySelector('[data-playground] .pg-primary').click()")
        first = wait(w, "const a = performance.getEntriesByName('threadwise-run')[0], b = performance.getEntriesByName('threadwise-first-output')[0]; return b ? b.startTime - a.startTime : null")
        ready = w.js("return performance.getEntriesByName('threadwise-ready')[0].startTime")
        wait(w, "return document.querySelector('[data-playground]').dataset.run !== 'running'")
        out = w.js("return document.querySelector('[data-playground] samp').textContent")
        return ready + first, sent(), out.strip().splitlines()[0]
    finally:
        w.quit()

def pyodide(src):
    w = WD(); sent()
    try:
        w.go(BASE + "/pyo.html#" + urllib.parse.quote(src))
        first = wait(w, "return window.firstAt || null", 120)
        wait(w, "return window.result || null", 120)
        out = w.js("return document.getElementById('out').textContent")
        return first, sent(), out.strip().splitlines()[0]
    finally:
        w.quit()

rows = []
for name, src in [("hello world", HELLO), ("thread-local example", LOCAL)]:
    for engine, fn in [("Threadwise", threadwise), ("Pyodide", pyodide)]:
        runs = [fn(src) for _ in range(3)]
        ms = statistics.median(r[0] for r in runs)
        rows.append((name, engine, ms, runs[0][1], runs[0][2], [round(r[0]) for r in runs]))
print("| program | engine | load to first output (median of 3, ms) | bytes sent (uncompressed) | first output line |")
print("|---|---|---|---|---|")
for name, engine, ms, b, out, all_ in rows:
    print(f"| {name} | {engine} | {ms:.0f} {all_} | {b:,} | {out[:60]} |")
