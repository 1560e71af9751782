"""A translation program for the `command` backend's tests (tests/mt_command.rs).

Usage: python3 mt-command.py MODE [STARTS_FILE]

It speaks the protocol documented in src/mt/command.rs: one JSON request per line on stdin,
one JSON answer per line on stdout. MODE says how it behaves:

  upper     answers with the text in capitals, then " [source=target; ...]" for the terms
  echo      answers with the whole request, as JSON text, so the test can read every field
  refuse    answers {"id", "error"} for texts containing "rahasia", else like upper;
            with "retry": true when the text contains "sibuk"
  crash     writes a traceback to stderr and exits with status 3 on the first request
  garbage   prints a progress line on stdout instead of an answer
  wrong-id  answers with another segment's id
  hang      reads requests and never answers
  spawn     starts a grandchild (`sleep 300`, its pid appended to STARTS_FILE.grandchild),
            then hangs like `hang`

With STARTS_FILE, each start appends the process id to that file, so the test can count
starts and check that the process is gone afterwards.

Written for terjemah's test suite; public domain.
"""

import json
import os
import subprocess
import sys
import time


def main():
    mode = sys.argv[1]
    if len(sys.argv) > 2:
        with open(sys.argv[2], "a") as f:
            f.write(f"{os.getpid()}\n")
    # Logging goes to stderr, as the protocol asks; a lot of it, to show it is drained.
    print("." * 100_000 + "\nmt-command: model loaded", file=sys.stderr, flush=True)
    if mode == "spawn":
        child = subprocess.Popen(["sleep", "300"])
        with open(sys.argv[2] + ".grandchild", "a") as f:
            f.write(f"{child.pid}\n")
        mode = "hang"
    for line in sys.stdin:
        req = json.loads(line)
        if mode == "crash":
            print("Traceback (most recent call last):", file=sys.stderr)
            print('  File "translate.py", line 12, in <module>', file=sys.stderr)
            print("FileNotFoundError: model.bin not found", file=sys.stderr, flush=True)
            sys.exit(3)
        if mode == "garbage":
            print("Loading model... 100%", flush=True)
            continue
        if mode == "hang":
            continue
        answer = {"id": req["id"]}
        if mode == "wrong-id":
            answer["id"] = "9.9"
        if mode == "echo":
            answer["text"] = json.dumps(req, ensure_ascii=False)
        elif mode == "refuse" and "rahasia" in req["text"]:
            answer["error"] = "this text is confidential"
        elif mode == "refuse" and "sibuk" in req["text"]:
            answer["error"] = "server busy"
            answer["retry"] = True
        else:
            text = req["text"].upper()
            if req["terms"]:
                text += " [" + "; ".join(f"{t['source']}={t['target']}" for t in req["terms"]) + "]"
            answer["text"] = text
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    while mode == "hang":
        time.sleep(1)


if __name__ == "__main__":
    main()
