"""Runs a Python server program so that it can only listen on the loopback interface.

Usage: /usr/bin/python3 loopback-only.py PROGRAM [ARGS...]

Used by `tests/mt_apertium.rs` to start Apertium APy, which binds every interface and has no
option to choose one. Rather than trusting that, this wrapper changes the process's view of the
network before the program starts:

* a passive address lookup with no host (what a server does to listen "everywhere") resolves to
  127.0.0.1 only;
* any bind to an address that is not loopback is refused, so a server that asks for one by
  another route fails instead of listening on a real interface.

The test also reads /proc/net/tcp* to check that nothing listens on the port beyond loopback.

The wrapper exits (taking the server with it) when its stdin closes: the test holds the other
end, so a test process that dies without running its clean-up still stops the server.

Written for terjemah's test suite; public domain.
"""

import ipaddress
import os
import runpy
import signal
import socket
import sys
import threading
import traceback

WILDCARDS = (None, "", "0.0.0.0", "::")

_getaddrinfo = socket.getaddrinfo
_bind = socket.socket.bind


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host in WILDCARDS:
        if family == socket.AF_INET6:
            host = "::1"
        else:
            host, family = "127.0.0.1", socket.AF_INET
    return _getaddrinfo(host, port, family, type, proto, flags)


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def bind(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not is_loopback(address[0]):
        raise PermissionError(f"loopback-only.py: refusing to bind {address[0]!r}")
    return _bind(self, address)


def exit_when_stdin_closes():
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        # SIGTERM lets the server stop its own children; SIGKILL follows if it lingers.
        os.kill(os.getpid(), signal.SIGTERM)
        threading.Timer(3.0, lambda: os.kill(os.getpid(), signal.SIGKILL)).start()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    socket.getaddrinfo = getaddrinfo
    socket.socket.bind = bind
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    sys.argv = sys.argv[1:]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
        status = 0
    except SystemExit as e:
        if isinstance(e.code, int) or e.code is None:
            status = e.code or 0
        else:
            print(e.code, file=sys.stderr)
            status = 1
    except BaseException:
        traceback.print_exc()
        status = 1
    # Leave at once: a normal shutdown would wait on the thread blocked reading stdin.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    main()
