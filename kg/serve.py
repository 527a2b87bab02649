"""``kg serve``: the SPARQL 1.1 Protocol over a build, read-only, by Oxigraph's own server.

The build's dataset is loaded once into an on-disk Oxigraph store beside it (``out/oxigraph/``, see
:func:`kg.query.prepare_store`) and served with ``oxigraph serve-read-only``: updates are refused, queries time
out after ``timeout_s``, and the default graph is the union of all named graphs, as with ``kg query``.

Oxigraph's server has no limit on the size of a result, so it listens on a private loopback port behind
:class:`ResultLimitProxy`, which forwards each request unchanged and refuses (HTTP 403, with the reason) any answer
larger than ``max_result_bytes`` instead of sending it. See docs/decisions/0005-endpoint-result-limit.md.
"""
from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import ConfigError, InputError
from kg.query import prepare_store

__all__ = ["prepare_store", "server_command", "ResultLimitProxy", "serve", "DEFAULT_MAX_RESULT_BYTES"]

DEFAULT_MAX_RESULT_BYTES = 50 * 1024 * 1024


def server_command(location: Path, host: str, port: int, timeout_s: int) -> list[str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise ConfigError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return [exe, "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(timeout_s)]


# headers that belong to one connection, not to the message (RFC 9110 §7.6.1)
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
               "transfer-encoding", "upgrade", "host", "content-length"}


class ResultLimitProxy(ThreadingHTTPServer):
    """Forwards SPARQL Protocol requests to ``upstream`` (host, port) and refuses answers over ``max_bytes``.

    The answer is read from upstream into memory up to ``max_bytes``; one byte more and the upstream connection is
    dropped and the client gets 403 with a message saying the limit and how to narrow the query. Memory per request
    is therefore bounded by the limit, whatever the query.
    """

    daemon_threads = True

    def __init__(self, address: tuple[str, int], upstream: tuple[str, int], max_bytes: int, timeout_s: float = 60):
        self.upstream = upstream
        self.max_bytes = max_bytes
        self.upstream_timeout = timeout_s
        super().__init__(address, _ProxyHandler)


class _ProxyHandler(BaseHTTPRequestHandler):
    server: ResultLimitProxy
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 - the http.server naming
        self._forward()

    def do_POST(self):  # noqa: N802
        self._forward()

    def do_HEAD(self):  # noqa: N802
        self._forward()

    def log_message(self, fmt, *args):  # one line per request on stderr, like Oxigraph's own
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def _forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        conn = http.client.HTTPConnection(*self.server.upstream, timeout=self.server.upstream_timeout)
        try:
            conn.request(self.command, self.path, body=body, headers=headers)
            resp = conn.getresponse()
            limit = self.server.max_bytes
            data = resp.read(limit + 1)
            if len(data) > limit:
                self._refuse(f"the result is larger than this endpoint's limit of {limit} bytes; "
                             "add LIMIT (and OFFSET to page through it) or narrow the query\n")
                return
            self.send_response(resp.status, resp.reason)
            for k, v in resp.getheaders():
                if k.lower() not in _HOP_BY_HOP:
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except (OSError, http.client.HTTPException) as e:
            self._refuse(f"the SPARQL engine did not answer: {e}\n", status=502)
        finally:
            conn.close()

    def _refuse(self, message: str, status: int = 403):
        data = message.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _free_loopback_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_listening(port: int, proc: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ConfigError(f"the Oxigraph server exited with status {proc.returncode} before it listened")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise ConfigError(f"the Oxigraph server did not listen on 127.0.0.1:{port} within {seconds:.0f} s")


def serve(out_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES) -> int:
    location = prepare_store(out_dir)
    inner = _free_loopback_port()
    proc = subprocess.Popen(server_command(location, "127.0.0.1", inner, timeout_s),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_until_listening(inner, proc)
        with ResultLimitProxy((host, port), ("127.0.0.1", inner), max_result_bytes, timeout_s + 5) as proxy:
            print(f"SPARQL endpoint (read-only, results up to {max_result_bytes} bytes, {timeout_s} s per query): "
                  f"http://{host}:{port}/query   — Ctrl-C stops it", file=sys.stderr)
            proxy.serve_forever()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
