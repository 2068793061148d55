#!/usr/bin/python3
"""The Dask scale-out on a real cluster on this machine (contrib/dask/).

Starts a `dask scheduler` and two `dask worker` processes on 127.0.0.1 on free
ports, generates a corpus of 2,400 documents in 8 shards, and checks:
1. the driver's graph (one partition per shard) is byte for byte the graph
   `whosaid graph` gives over the whole corpus in one process;
2. the same with ~50 partitions while one worker is killed (SIGKILL, its whole
   process group) mid-run: Dask runs its tasks again on the other worker;
3. a malformed line is reported as SHARD:LINE: exit 65 and no output file
   under --on-error fail; under skip, the graph `whosaid graph --on-error skip`
   gives;
4. a binary missing on the workers (a path that exists only on the driver) is
   a clear error, exit 69.

Every process it starts is in a process group of its own and is killed in a
`finally`, also on SIGTERM/SIGINT; every wait has a timeout and the whole test
a deadline below CTest's TIMEOUT; the scheduler has --idle-timeout and the
workers --death-timeout, so even a SIGKILLed test leaves nothing running long.

    /usr/bin/python3 tests/dask/dask_cluster_test.py --whosaid build/whosaid \\
        --data-dir data --test-data tests/data
"""

import argparse
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRIVER = os.path.join(ROOT, "contrib", "dask", "whosaid_dask.py")
DEADLINE = time.monotonic() + 240  # CTest's TIMEOUT is 300 s
DOCUMENTS, SHARDS = 2400, 8

started = []  # every Popen this test made, each the leader of its own process group
failures = []


def left():
    remaining = DEADLINE - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("the test's deadline passed")
    return remaining


def start(cmd, log):
    p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True)
    started.append(p)
    return p


def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


def stop_all():
    for p in started:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    end = time.monotonic() + 10
    for p in started:
        try:
            p.wait(timeout=max(0.1, end - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        kill_group(p)


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, timeout=min(120, left()), **kw)


# --- the corpus ---------------------------------------------------------------

def make_corpus(test_data, folder):
    """2,400 documents, each a different cut of one of 11 articles (its first
    n paragraphs), every 9th as HTML, with ids; named sources recur across
    shards, which is what the merge must get right."""
    texts = []
    for sub in ("cli/fr-dev/text", "input"):
        d = os.path.join(test_data, sub)
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    texts.append([p for p in f.read().split("\n\n") if p.strip()])
    with open(os.path.join(test_data, "input", "reuters-ceasefire-fr.html"), encoding="utf-8") as f:
        html = f.read()
    rng = random.Random(13)
    lines = []
    for n in range(DOCUMENTS):
        if n % 9 == 4:
            lines.append(json.dumps({"id": f"d{n:05d}", "html": html, "site": "web"}, ensure_ascii=False))
            continue
        paragraphs = texts[n % len(texts)]
        cut = paragraphs[: 1 + rng.randrange(len(paragraphs))]
        lines.append(json.dumps({"id": f"d{n:05d}", "text": "\n\n".join(cut)}, ensure_ascii=False))
    # Shards of uneven sizes, as a real export would give.
    bounds = sorted(rng.sample(range(1, DOCUMENTS), SHARDS - 1))
    shards, at = [], 0
    for k, end in enumerate(bounds + [DOCUMENTS]):
        path = os.path.join(folder, f"part-{k:02d}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in lines[at:end]))
        shards.append(path)
        at = end
    whole = os.path.join(folder, "corpus.jsonl")
    with open(whole, "w", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in lines))
    return whole, shards


# --- the cluster --------------------------------------------------------------

def start_cluster(folder):
    dask = os.path.join(os.path.dirname(sys.executable), "dask")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = open(os.path.join(folder, "scheduler.log"), "w")
    start([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", "--no-show",
           "--idle-timeout", "300"], log)
    workers = []
    for i in range(2):
        wlog = open(os.path.join(folder, f"worker{i}.log"), "w")
        workers.append(start([dask, "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                              "--no-dashboard", "--death-timeout", "30", "--memory-limit", "2GiB",
                              "--local-directory", os.path.join(folder, f"worker{i}")], wlog))
    from distributed import Client
    with Client(address, timeout=min(60, left())) as client:
        client.wait_for_workers(2, timeout=min(60, left()))
    return address, workers


def driver(address, whosaid, data_dir, *args):
    return [sys.executable, DRIVER, "--scheduler", address, "--whosaid", whosaid, "--data-dir", data_dir, *args]


def same_file(a, b):
    with open(a, "rb") as x, open(b, "rb") as y:
        return x.read() == y.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--whosaid", required=True)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--test-data", required=True)
    a = ap.parse_args()
    whosaid, data_dir = os.path.abspath(a.whosaid), os.path.abspath(a.data_dir)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("dask_cluster_test: terminated"))

    with tempfile.TemporaryDirectory(prefix="whosaid-dask-") as folder:
        try:
            whole, shards = make_corpus(a.test_data, folder)
            address, workers = start_cluster(folder)
            glob = os.path.join(folder, "part-*.jsonl")

            reference = os.path.join(folder, "whole.json")
            r = run([whosaid, "graph", "--format", "json", "--data-dir", data_dir, "-o", reference, whole])
            check(r.returncode == 0, "whosaid graph over the whole corpus")
            nodes = len(json.load(open(reference))["nodes"])
            check(nodes > 5000, f"the reference graph is not trivial ({nodes} vertices)")

            # 1. One partition per shard, two workers.
            out = os.path.join(folder, "dask.json")
            r = run(driver(address, whosaid, data_dir, "--input", glob, "--format", "json", "-o", out))
            sys.stdout.write(r.stderr.decode()[-2000:])
            check(r.returncode == 0, "the driver over 8 shards exits 0")
            check(r.returncode == 0 and same_file(out, reference), "8 partitions: the graph of whosaid graph, byte for byte")

            # 2. ~50 partitions; one worker killed once a few are done.
            out2 = os.path.join(folder, "dask-killed.json")
            log = open(os.path.join(folder, "driver-killed.log"), "w+")
            p = start(driver(address, whosaid, data_dir, "--input", glob, "--format", "json", "-o", out2,
                             "--blocksize", "128KiB"), log)
            killed_while_running = False
            while p.poll() is None and left() > 0:
                log.seek(0)
                done = [tuple(map(int, m)) for m in re.findall(r"\] (\d+)/(\d+) partitions", log.read())]
                if done and done[-1][0] >= 3:
                    kill_group(workers[0])
                    killed_while_running = p.poll() is None and done[-1][0] < done[-1][1]
                    break
                time.sleep(0.05)
            code = p.wait(timeout=min(180, left()))
            log.seek(0)
            sys.stdout.write(log.read()[-2000:])
            partitions = done[-1][1] if done else 0
            check(partitions >= 40, f"the second run has many partitions ({partitions})")
            check(killed_while_running, "a worker was killed mid-run")
            check(code == 0, "the driver exits 0 after losing a worker")
            check(code == 0 and same_file(out2, reference), "worker killed: still the graph of whosaid graph, byte for byte")

            # 3. Malformed lines, on the surviving worker.
            bad = os.path.join(folder, "bad")
            os.mkdir(bad)
            small = [l for l in open(whole, encoding="utf-8").read().splitlines()[:60]]
            small[13] = '{"id": "cut", "text": "Le ministre a dit'      # shard 0, line 14
            small[47] = "not json"                                   # shard 1, line 18
            for k, part in enumerate((small[:30], small[30:])):
                with open(os.path.join(bad, f"s{k}.jsonl"), "w", encoding="utf-8") as f:
                    f.write("".join(l + "\n" for l in part))
            bad_glob, bad_out = os.path.join(bad, "s*.jsonl"), os.path.join(bad, "out.dot")
            r = run(driver(address, whosaid, data_dir, "--no-progress", "--input", bad_glob, "-o", bad_out))
            err = r.stderr.decode()
            check(r.returncode == 65, f"a bad line fails the run with 65 (got {r.returncode})")
            check(os.path.join(bad, "s0.jsonl") + ":14: " in err, "the bad line is named SHARD:LINE: " + err.strip()[:200])
            check(not os.path.exists(bad_out), "no graph is written when a line fails")
            r = run(driver(address, whosaid, data_dir, "--no-progress", "--on-error", "skip", "--input", bad_glob,
                           "-o", bad_out))
            err = r.stderr.decode()
            check(r.returncode == 0, "--on-error skip goes on")
            check(os.path.join(bad, "s1.jsonl") + ":18: " in err and "2 bad document(s) skipped" in err,
                  "skip names each bad line and counts them")
            with open(os.path.join(bad, "all.jsonl"), "w", encoding="utf-8") as f:
                f.write("".join(l + "\n" for l in small))
            r = run([whosaid, "graph", "--on-error", "skip", "--data-dir", data_dir, "-o", os.path.join(bad, "ref.dot"),
                     os.path.join(bad, "all.jsonl")])
            check(same_file(bad_out, os.path.join(bad, "ref.dot")), "skip: the graph of whosaid graph --on-error skip")

            # 4. A binary the driver has and the workers do not (a relative
            # path: the workers run in another folder).
            here = os.path.join(folder, "driver-only")
            os.makedirs(os.path.join(here, "bin"))
            os.symlink(whosaid, os.path.join(here, "bin", "whosaid"))
            r = run([sys.executable, DRIVER, "--scheduler", address, "--whosaid", "bin/whosaid", "--no-progress",
                     "--input", bad_glob], cwd=here)
            err = r.stderr.decode()
            check(r.returncode == 69 and "missing on worker" in err and "bin/whosaid" in err,
                  "a binary missing on a worker is a clear error: " + err.strip()[:200])
        except Exception as e:  # a timeout, a crash: reported, and the cluster still stopped
            check(False, f"{type(e).__name__}: {e}")
        finally:
            stop_all()
            for name in sorted(os.listdir(folder)) if failures else []:
                if name.endswith(".log"):
                    print(f"--- {name}\n" + open(os.path.join(folder, name), errors="replace").read()[-3000:])
    print("dask_cluster_test: " + (f"{len(failures)} check(s) failed" if failures else "every check passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
