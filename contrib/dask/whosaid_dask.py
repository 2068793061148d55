#!/usr/bin/python3
"""One corpus graph from a JSON Lines corpus, on a Dask distributed cluster.

    /usr/bin/python3 contrib/dask/whosaid_dask.py --scheduler tcp://HOST:8786 \\
        --input '/data/corpus/shard*.jsonl' --format graphml -o corpus.graphml

The corpus (one path or a glob of shards, read in sorted name order) is read
as a Dask bag of lines. Each partition goes, as bytes, to one
`whosaid extract --input jsonl --format jsonl -` process on a worker; the C++
binary does the work, Python only moves lines. The driver then streams the
partitions' extract lines, in corpus order, into one `whosaid merge -` process
that writes the graph. The result is byte for byte what `whosaid graph` gives
over the whole corpus in one process, whatever the number of partitions and
workers (docs/scale-out.md says why).

What it guarantees:
- a worker that dies mid-run: Dask runs its tasks again elsewhere (lost
  results too); the graph is the same.
- a malformed line: reported as SHARD:LINE with whosaid's message. With
  --on-error fail (the default) the run stops, nothing is written, exit 65;
  with --on-error skip each is reported, counted, and left out, as
  `whosaid graph --on-error skip` would.
- a whosaid binary missing on a worker (or on the driver): a clear error
  naming the host and the path, exit 69, before any work is sent.
- memory: a worker holds one partition and its extract output at a time (per
  thread); the driver holds one partition's output at a time; `whosaid merge`
  holds the graph only (docs/scale-out.md has the figures).

Every document needs an "id": one without is named after its place in the
input it was read from, which depends on the split.

Needs Debian 12's python3-distributed (run with /usr/bin/python3) and the
whosaid binary and its language data at the same paths on the driver and on
every worker (--whosaid, --data-dir). The shards must be readable from every
worker at the same path (a shared file system, or any URL fsspec reads).

Exit codes: 0 done, 64 usage, 65 bad input line (--on-error fail),
69 whosaid or the cluster unavailable, 70 a task or merge failed otherwise.
"""

import argparse
import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

# A task's known failures are ValueError(TAG, ...): errors, not lost workers,
# so Dask does not retry them, and the driver tells them apart by the tag.
BAD_LINE = "whosaid-bad-line"    # (BAD_LINE, shard, line in the partition, message)
UNAVAILABLE = "whosaid-missing"  # (UNAVAILABLE, message)
STDIN_PLACE = re.compile(r"^whosaid extract: <stdin>:(\d+): (.*)$")


def fail(code, message):
    print(f"whosaid_dask: {message}", file=sys.stderr)
    sys.exit(code)


# --- on the workers ---------------------------------------------------------

def check_binary(whosaid):
    """Run on every worker before the job: can whosaid be started here?"""
    try:
        r = subprocess.run([whosaid, "--help"], capture_output=True, timeout=60)
    except OSError as e:
        return f"cannot run {whosaid}: {e.strerror}"
    except subprocess.TimeoutExpired:
        return f"{whosaid} --help did not answer in 60 s"
    return None if r.returncode == 0 else f"{whosaid} --help exited {r.returncode}"


def extract_partition(lines, whosaid, extract_args):
    """One bag partition [(line, shard path), ...] -> [record]: its lines piped
    through `whosaid extract`, its bad lines (under --on-error skip) with their
    line numbers in the partition."""
    lines = list(lines)
    shard = lines[0][1] if lines else None
    data = "".join(line for line, _ in lines).encode("utf-8", "surrogateescape")
    count = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    try:
        r = subprocess.run([whosaid, "extract", "--input", "jsonl", "--format", "jsonl", *extract_args, "-"],
                           input=data, capture_output=True)
    except OSError as e:
        raise ValueError(UNAVAILABLE, f"worker {socket.gethostname()}: cannot run {whosaid}: {e.strerror}") from None
    messages = r.stderr.decode("utf-8", "replace").splitlines()
    bad = [(int(m.group(1)), m.group(2)) for m in map(STDIN_PLACE.match, messages) if m]
    if r.returncode == 65 and bad:
        raise ValueError(BAD_LINE, shard, bad[0][0], bad[0][1])
    if r.returncode != 0:
        raise RuntimeError(f"worker {socket.gethostname()}: whosaid extract exited {r.returncode} on {shard}: "
                           + " / ".join(messages[-3:]))
    return [{"shard": shard, "lines": count, "out": r.stdout, "bad": bad}]


# --- on the driver ----------------------------------------------------------

class Progress:
    """Partitions done, documents written, elapsed time, on stderr: one
    redrawn line on a terminal, a line per tenth of the job otherwise."""

    def __init__(self, total, enabled):
        self.total, self.enabled = total, enabled
        self.done = self.documents = 0
        self.started = time.monotonic()
        self.lock = threading.Lock()
        self.tty = sys.stderr.isatty()
        self.shown = -1

    def partition_done(self, _future=None):
        with self.lock:
            self.done += 1
            self.draw()

    def merged(self, documents):
        with self.lock:
            self.documents += documents

    def draw(self, final=False):
        if not self.enabled:
            return
        tenth = self.done * 10 // max(self.total, 1)
        if not self.tty and not final and tenth == self.shown:
            return
        self.shown = tenth
        width = 30
        filled = self.done * width // max(self.total, 1)
        line = (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} partitions, "
                f"{self.documents} documents merged, {time.monotonic() - self.started:.0f} s")
        print(("\r" if self.tty else "") + line, end="" if self.tty and not final else "\n",
              file=sys.stderr, flush=True)


def parse_args(argv):
    p = argparse.ArgumentParser(description="Build one whosaid corpus graph on a Dask cluster "
                                "(map: whosaid extract on the workers; reduce: whosaid merge here).")
    p.add_argument("--scheduler", required=True, help="the Dask scheduler, e.g. tcp://10.0.0.1:8786")
    p.add_argument("--input", required=True, help="a JSON Lines file or a glob of shards ('shard*.jsonl')")
    p.add_argument("--format", default="dot", choices=["dot", "json", "graphml", "csv"])
    p.add_argument("-o", "--output", help="the graph file (written whole or not at all); default stdout")
    p.add_argument("--on-error", default="fail", choices=["fail", "skip"])
    p.add_argument("--whosaid", default=shutil.which("whosaid") or "whosaid",
                   help="the whosaid binary, at this path on the driver and every worker")
    p.add_argument("--data-dir", help="the language data folder, at this path on every worker")
    p.add_argument("--comments", action="store_true", help="passed to whosaid extract")
    p.add_argument("--json-edges-key", default="edges", choices=["edges", "links"])
    p.add_argument("--extract-out", metavar="FILE",
                   help="also write the extract lines here, in corpus order (to merge again later, in another format)")
    p.add_argument("--blocksize", default=None,
                   help="split shards into partitions of about this size ('64MiB'); default one per shard")
    p.add_argument("--timeout", type=float, default=60, help="seconds to wait for the scheduler")
    p.add_argument("--no-progress", action="store_true")
    return p.parse_args(argv)


def shards_of(pattern):
    if "://" in pattern:
        return [pattern]  # a URL glob: fsspec expands it on read
    paths = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
    paths = [os.path.abspath(p) for p in paths if os.path.isfile(p)]
    if not paths:
        fail(64, f"no input file matches {pattern}")
    return paths


def main(argv):
    args = parse_args(argv)
    shards = shards_of(args.input)
    if check_binary(args.whosaid):
        fail(69, f"driver {socket.gethostname()}: {check_binary(args.whosaid)}")

    import dask.bag as db
    from distributed import Client

    try:
        client = Client(args.scheduler, timeout=args.timeout)
    except OSError as e:
        fail(69, f"cannot reach the scheduler {args.scheduler}: {e}")
    with client:
        missing = {w: m for w, m in client.run(check_binary, args.whosaid).items() if m}
        if missing:
            fail(69, "whosaid is missing on worker(s): " + "; ".join(f"{w}: {m}" for w, m in sorted(missing.items())))
        if not args.no_progress:
            print(f"whosaid_dask: {len(client.scheduler_info()['workers'])} workers, dashboard {client.dashboard_link}",
                  file=sys.stderr)

        extract_args = ["--on-error", args.on_error] + (["--comments"] if args.comments else [])
        if args.data_dir:
            extract_args += ["--data-dir", args.data_dir]
        # linedelimiter "\n": no universal newlines (a "\r" stays in its line,
        # as whosaid reads it); surrogateescape: invalid UTF-8 reaches whosaid
        # byte for byte, to be reported there.
        lines = db.read_text(shards, blocksize=args.blocksize, linedelimiter="\n", errors="surrogateescape",
                             include_path=True)
        futures = client.compute(lines.map_partitions(extract_partition, args.whosaid, extract_args).to_delayed())

        progress = Progress(len(futures), not args.no_progress)

        def on_done(i):
            def callback(future):
                progress.partition_done()
                if future.status == "error":  # nothing after it will be merged
                    client.cancel(futures[i + 1:])
            return callback

        for i, f in enumerate(futures):
            f.add_done_callback(on_done(i))
        return reduce(args, futures, progress)


def reduce(args, futures, progress):
    """Streams the partitions' extract lines into `whosaid merge`, in corpus
    order, one partition in memory at a time."""
    merge_cmd = [args.whosaid, "merge", "--format", args.format, "--json-edges-key", args.json_edges_key]
    if args.output:
        merge_cmd += ["-o", args.output]
    merge = subprocess.Popen(merge_cmd + ["-"], stdin=subprocess.PIPE)
    kept = open(args.extract_out, "wb") if args.extract_out else None
    lines_before = {}  # shard -> lines of it already merged: partition line -> shard line
    skipped = documents = 0

    def stop(code, message):
        merge.kill()  # its output file is written only on success
        merge.wait()
        progress.draw(final=True)
        fail(code, message)

    for i, future in enumerate(futures):
        try:
            record = future.result()[0]
        except ValueError as e:
            tag = e.args[0] if e.args else None
            if tag == BAD_LINE:
                _, shard, line, message = e.args
                stop(65, f"{shard}:{lines_before.get(shard, 0) + line}: {message} (--on-error skip to go on)")
            if tag == UNAVAILABLE:
                stop(69, e.args[1])
            stop(70, f"partition {i + 1}: ValueError: {e}")
        except Exception as e:  # whosaid failed otherwise, a worker killed too often, ...
            stop(70, f"partition {i + 1}: {type(e).__name__}: {e}")
        future.release()
        shard, before = record["shard"], lines_before.get(record["shard"], 0)
        for line, message in record["bad"]:
            print(f"whosaid_dask: {shard}:{before + line}: {message}", file=sys.stderr)
        skipped += len(record["bad"])
        lines_before[shard] = before + record["lines"]
        documents += record["out"].count(b"\n")
        progress.merged(record["out"].count(b"\n"))
        if kept:
            kept.write(record["out"])
        try:
            merge.stdin.write(record["out"])
        except BrokenPipeError:
            break
    if kept:
        kept.close()
    try:
        merge.stdin.close()
    except BrokenPipeError:
        pass
    code = merge.wait()
    progress.draw(final=True)
    if code != 0:
        fail(70, f"whosaid merge exited {code}")
    if skipped:
        print(f"whosaid_dask: {skipped} bad document(s) skipped, {documents} merged", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
