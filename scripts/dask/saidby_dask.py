"""Saidby as the map step of a Dask cluster: a bag of WARC paths, each partition
piped through `saidby --json`, results written as JSON Lines, one file per archive.

    python3 scripts/dask/saidby_dask.py --scheduler tcp://HOST:8786 --out results/ crawl/*.warc.gz

Every worker runs the CLI itself, so each machine needs Node and Saidby (`npm install`
in a checkout; --saidby says how to start it) and sees the archives at the same path
(a shared disk, or the same copy on each machine). Output: results/00000.jsonl, 00001.jsonl, …
in the order the archives were given; a worker's stderr carries saidby's summaries.
"""
import argparse
import os
import shlex
import subprocess
import sys

import dask.bag as db
from distributed import Client


def read_archives(paths, command):
    """One partition: every page of its archives as JSON Lines, streamed from the CLI."""
    for path in paths:
        with subprocess.Popen([*command, "--json", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as saidby:
            for line in saidby.stdout:
                yield line.rstrip("\n")
            errors = saidby.stderr.read()
        sys.stderr.write(errors)
        # Exit 1: some records were bad and reported, the rest are in; anything else is a failure of the run.
        if saidby.returncode not in (0, 1):
            raise RuntimeError(f"saidby failed on {path} (exit {saidby.returncode}): {errors.strip()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="the scheduler's address, tcp://HOST:8786")
    where.add_argument("--scheduler-file", help="the file dask-scheduler --scheduler-file wrote")
    parser.add_argument("--out", required=True, help="folder for the JSON Lines files")
    parser.add_argument("--saidby", default="saidby", help='how workers start the CLI (default "saidby"; e.g. "node /opt/saidby/bin/saidby.js")')
    parser.add_argument("--workers", type=int, default=0, help="wait until this many workers have joined")
    parser.add_argument("archives", nargs="+")
    args = parser.parse_args()

    with Client(args.scheduler, scheduler_file=args.scheduler_file) as client:
        if args.workers:
            client.wait_for_workers(args.workers)
        os.makedirs(args.out, exist_ok=True)
        paths = [os.path.abspath(p) for p in args.archives]
        bag = db.from_sequence(paths, npartitions=len(paths))
        # Zero-padded names keep the files in archive order when listed.
        bag.map_partitions(read_archives, shlex.split(args.saidby)).to_textfiles(os.path.join(args.out, "*.jsonl"), name_function=lambda i: f"{i:05d}")


if __name__ == "__main__":
    main()
