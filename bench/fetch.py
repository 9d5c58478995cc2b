#!/usr/bin/env python3
"""Benchmarks `marketwatch fetch`: FEEDS feeds of ITEMS items each, spread over HOSTS local hosts.

  python3 bench/fetch.py [--feeds 200] [--items 50] [--hosts 20] [--runs 3] [--launch launcher|jar]

Serves the feeds from HOSTS HTTP servers on 127.0.0.1 … 127.0.0.HOSTS (one host each, so the
fetcher's politeness per host applies as it would on the web), with ETags, writes the sources file,
and times the whole command (JVM start included) with the default politeness: a first night where
every item is new, then a second night where every feed answers 304. Prints the median wall times.
"""
import argparse
import hashlib
import http.server
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def feed(host, n, items):
    entries = "".join(
        f"<item><title>Host {host} feed {n} story {i}: Harbour Freight {host}-{n}-{i} invests</title>"
        f"<link>http://127.0.0.{host}/f{n}/story/{i}</link><guid>h{host}-f{n}-{i}</guid>"
        f"<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>Harbour Freight {host}-{n}-{i} Ltd said on "
        f"Tuesday it would invest ${i + 10} million in a new warehouse in Rotterdam.</description></item>"
        for i in range(items))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire {host}</title>'
            f"<link>http://127.0.0.{host}/</link><description>bench</description>{entries}</channel></rss>").encode()


def serve(host, feeds, items):
    bodies = {f"/f{n}.xml": feed(host, n, items) for n in range(feeds)}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer((f"127.0.0.{host}", 8765), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--launch", choices=["launcher", "jar"], default="launcher")
    a = ap.parse_args()
    per_host = a.feeds // a.hosts
    servers = [serve(h, per_host, a.items) for h in range(1, a.hosts + 1)]
    work = Path(tempfile.mkdtemp(prefix="mw-fetch-bench-"))
    sources = work / "sources.yml"
    sources.write_text("sources:\n" + "".join(
        f"  - name: bench {h}-{n}\n    url: http://127.0.0.{h}:8765/f{n}.xml\n"
        for h in range(1, a.hosts + 1) for n in range(per_host)))
    command = ([str(ROOT / "bin/marketwatch")] if a.launch == "launcher"
               else ["java", "-jar", str(ROOT / "target/marketwatch.jar")])
    first, second = [], []
    try:
        for run in range(a.runs):
            out = work / f"run{run}"
            for night, times in (("n1", first), ("n2", second)):
                args = command + ["fetch", "--sources", str(sources), "--input", str(out / night), "--output",
                                  str(out / "output"), "--marketwatch.fetch.allow-private-addresses=true"]
                start = time.monotonic()
                done = subprocess.run(args, capture_output=True, text=True, env={**os.environ})
                times.append(time.monotonic() - start)
                if done.returncode != 0:
                    raise SystemExit(f"fetch failed ({done.returncode}): {done.stderr or done.stdout}")
            written = sum(1 for _ in (out / "n1").rglob("*.md"))
            again = sum(1 for _ in (out / "n2").rglob("*.md"))
            if written != per_host * a.hosts * a.items or again != 0:
                raise SystemExit(f"expected {per_host * a.hosts * a.items} items then none, got {written} and {again}")
    finally:
        for s in servers:
            s.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{per_host * a.hosts} feeds x {a.items} items over {a.hosts} hosts ({a.launch}), median of {a.runs}:")
    print(f"  first night (every item new): {statistics.median(first):.1f} s  (min {min(first):.1f}, max {max(first):.1f})")
    print(f"  second night (every feed 304): {statistics.median(second):.1f} s  (min {min(second):.1f}, max {max(second):.1f})")


if __name__ == "__main__":
    main()
