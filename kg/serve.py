"""``kg serve``: the SPARQL 1.1 Protocol over a build, read-only, by Oxigraph's own server.

The build's dataset is loaded once into an on-disk Oxigraph store beside it (``out/oxigraph/``, see
:func:`kg.query.prepare_store`) and served by ``oxigraph serve-read-only`` processes listening on private loopback
ports, behind :class:`QueryProxy`, which is what clients talk to. The proxy:

- answers only ``/query`` (GET, POST), and only for this machine's names (``Host`` 127.0.0.1, localhost, [::1],
  the bound address, or ``--allow-host``): a web page the user visits cannot reach the endpoint through DNS
  rebinding, and a cross-site request (``Origin`` or ``Sec-Fetch-Site`` of another site) or a POST whose body is
  not a SPARQL query (``text/plain``, ``multipart/form-data``: what a browser form can send) is refused. No CORS
  header is ever sent;
- refuses federated queries (``SERVICE``): a query could otherwise make the engine send HTTP requests to any
  address and echo the answer (see :func:`kg.query.check_no_service`);
- runs each query in an engine process of a small pool (``max_concurrent`` at a time, the others wait) and kills
  the process of a query that runs past ``timeout_s`` (Oxigraph's own timeout does not stop a running
  evaluation), starting a fresh one in its place;
- refuses (HTTP 403) any answer larger than ``max_result_bytes``, so memory is bounded by
  ``max_concurrent × max_result_bytes`` whatever the queries;
- bounds request bodies and the time to send them.

Engine processes die with the server: on SIGTERM, SIGINT, SIGHUP and on any exit path they are killed, and on Linux
they are also killed by the kernel if the server itself is killed (``PR_SET_PDEATHSIG``).
See docs/decisions/0005-endpoint-result-limit.md and 0011-endpoint-hardening.md.
"""
from __future__ import annotations

import contextlib
import ctypes
import http.client
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import ConfigError
from kg.query import ServiceRefusedError, check_no_service, prepare_store

__all__ = ["prepare_store", "server_command", "QueryProxy", "EnginePool", "serve", "DEFAULT_MAX_RESULT_BYTES",
           "DEFAULT_MAX_CONCURRENT", "MAX_BODY_BYTES"]

DEFAULT_MAX_RESULT_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_CONCURRENT = 2
MAX_BODY_BYTES = 1024 * 1024  # a query text; a larger request body is refused (413)
REQUEST_READ_TIMEOUT_S = 10  # the longest a client may take to send its request
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
SPARQL_POST_TYPES = ("application/sparql-query", "application/x-www-form-urlencoded")


def server_command(location: Path, host: str, port: int, timeout_s: int) -> list[str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise ConfigError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return [exe, "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(timeout_s)]


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: the kernel kills us when our parent thread dies
    except (OSError, AttributeError):  # not Linux: the server's own exit handlers still stop us
        pass


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
            time.sleep(0.05)
    raise ConfigError(f"the Oxigraph server did not listen on 127.0.0.1:{port} within {seconds:.0f} s")


@dataclass(eq=False)
class Engine:
    proc: subprocess.Popen
    port: int


class EnginePool:
    """``size`` Oxigraph server processes over one store, each answering one query at a time.

    Every process is started by one long-lived thread (the kernel's parent-death signal follows the thread that
    started a process, so a short-lived request thread must not start one). A process that ran past its time is
    killed and replaced (:meth:`discard`)."""

    def __init__(self, location: Path, size: int, timeout_s: int):
        self.location, self.size, self.timeout_s = location, size, timeout_s
        self._idle: queue.Queue[Engine] = queue.Queue()
        self._requests: queue.Queue = queue.Queue()
        self._all: set[Engine] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starter = threading.Thread(target=self._start_loop, name="kg-engine-starter", daemon=True)

    def start(self) -> None:
        self._starter.start()
        for _ in range(self.size):
            self._requests.put(None)
        deadline = time.monotonic() + 60
        while self._idle.qsize() < self.size and time.monotonic() < deadline:
            if self._closed:
                break
            time.sleep(0.05)
        if self._idle.qsize() < self.size:
            self.close()
            raise ConfigError(f"the Oxigraph server could not be started over {self.location}")

    def _start_loop(self) -> None:
        while True:
            item = self._requests.get()
            if item == "stop" or self._closed:
                return
            try:
                self._idle.put(self._spawn())
            except Exception as exc:  # (ConfigError, OSError): the pool cannot grow back; say why
                sys.stderr.write(f"kg serve: {exc}\n")
                self._closed = True
                return

    def _spawn(self) -> Engine:
        port = _free_loopback_port()
        proc = subprocess.Popen(server_command(self.location, "127.0.0.1", port, self.timeout_s),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                preexec_fn=_die_with_parent)
        engine = Engine(proc, port)
        with self._lock:
            self._all.add(engine)
        try:
            _wait_until_listening(port, proc)
        except ConfigError:
            self._kill(engine)
            raise
        return engine

    def acquire(self, wait_s: float) -> Engine | None:
        """An idle engine, or None when none became free within ``wait_s`` seconds."""
        try:
            return self._idle.get(timeout=wait_s)
        except queue.Empty:
            return None

    def release(self, engine: Engine) -> None:
        if self._closed:
            self._kill(engine)
        else:
            self._idle.put(engine)

    def discard(self, engine: Engine) -> None:
        """Kill an engine (its query ran too long, or it broke) and have a fresh one started in its place."""
        self._kill(engine)
        if not self._closed:
            self._requests.put(None)

    def _kill(self, engine: Engine) -> None:
        with contextlib.suppress(OSError):
            engine.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            engine.proc.wait(timeout=10)
        with self._lock:
            self._all.discard(engine)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(e.proc.pid for e in self._all)

    def close(self) -> None:
        self._closed = True
        self._requests.put("stop")
        with self._lock:
            engines = list(self._all)
        for e in engines:
            self._kill(e)


def _host_name(value: str) -> str:
    """The host of a ``Host`` header or an origin, without port or brackets, lower-cased."""
    value = value.strip().lower()
    if "://" in value:
        value = urlsplit(value).netloc
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class QueryProxy(ThreadingHTTPServer):
    """The endpoint clients talk to: checks each request, runs it on an engine of ``pool``, bounds its answer."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: EnginePool, max_bytes: int, timeout_s: float,
                 allowed_hosts: tuple[str, ...] = ()):
        self.pool = pool
        self.max_bytes = max_bytes
        self.query_timeout = timeout_s
        self.allowed_hosts = {h.lower() for h in (*LOOPBACK_NAMES, *allowed_hosts)}
        if address[0] not in ("", "0.0.0.0", "::"):
            self.allowed_hosts.add(address[0].lower())
        super().__init__(address, _ProxyHandler)


class _ProxyHandler(BaseHTTPRequestHandler):
    server: QueryProxy
    protocol_version = "HTTP/1.1"
    timeout = REQUEST_READ_TIMEOUT_S  # a client that stops sending is dropped, not waited for

    def do_GET(self):  # noqa: N802 - the http.server naming
        self._handle()

    def do_POST(self):  # noqa: N802
        self._handle()

    def do_HEAD(self):  # noqa: N802
        self._handle()

    def do_PUT(self):  # noqa: N802
        self._send(405, "this endpoint is read-only: it answers SPARQL queries at /query\n")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def log_message(self, fmt, *args):  # one line per request on stderr, like Oxigraph's own
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def _handle(self):
        try:
            problem = self._check_request()
            if problem is not None:
                self.close_connection = True  # its body, if any, was not read: the connection cannot go on
                self._send(*problem)
                return
            body = self._read_body()
            if isinstance(body, tuple):
                self._send(*body)
                return
            query = self._query_text(body)
            if query is not None:
                try:
                    check_no_service(query)
                except ServiceRefusedError as exc:
                    self._send(403, f"{exc}\n")
                    return
            self._forward(body)
        except (TimeoutError, socket.timeout):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self._send(408, "the request was not sent in time\n")
        except (ConnectionError, BrokenPipeError):
            self.close_connection = True

    def _check_request(self) -> tuple[int, str] | None:
        path = urlsplit(self.path).path
        host = self.headers.get("Host")
        if host is not None and _host_name(host) not in self.server.allowed_hosts:
            return 403, (f"host {host!r} is not served here (this endpoint answers for "
                         f"{', '.join(sorted(self.server.allowed_hosts))}; see kg serve --allow-host)\n")
        origin = self.headers.get("Origin")
        if origin is not None and origin != "null" and _host_name(origin) not in self.server.allowed_hosts:
            return 403, "cross-origin requests are refused\n"
        if origin == "null" or self.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
            return 403, "cross-site requests are refused\n"
        if path in ("/update", "/store") or path.startswith("/store/"):
            return 403, "this endpoint is read-only: updates are refused\n"
        if path != "/query":
            return 404, "this endpoint answers SPARQL queries at /query\n"
        if self.command == "POST":
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype not in SPARQL_POST_TYPES:
                return 415, (f"a POST must carry a SPARQL query ({' or '.join(SPARQL_POST_TYPES)}), "
                             f"not {ctype or 'no content type'}\n")
        return None

    def _read_body(self) -> bytes | None | tuple[int, str]:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            return 411, "send the request body with a Content-Length\n"
        raw = self.headers.get("Content-Length")
        if raw is None:
            return None
        if not raw.strip().isdigit():
            self.close_connection = True
            return 400, f"bad Content-Length {raw[:40]!r}\n"
        length = int(raw)
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            return 413, f"the request body is larger than {MAX_BODY_BYTES} bytes\n"
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            self.close_connection = True
            return 400, "the request body is shorter than its Content-Length\n"
        return body

    def _query_text(self, body: bytes | None) -> str | None:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(urlsplit(self.path).query)
        if self.command == "POST" and body is not None:
            if ctype == "application/sparql-query":
                return body.decode("utf-8", "replace")
            params = parse_qs(body.decode("utf-8", "replace"))
        return (params.get("query") or [None])[0]

    def _forward(self, body: bytes | None):
        pool = self.server.pool
        engine = pool.acquire(self.server.query_timeout)
        if engine is None:
            self._send(503, "the endpoint is busy with other queries; try again\n")
            return
        conn = http.client.HTTPConnection("127.0.0.1", engine.port, timeout=self.server.query_timeout)
        healthy = False
        try:
            status, reason, headers, data = self._run(conn, body)
            healthy = True
        except TimeoutError:
            self._send(503, f"the query ran longer than this endpoint's limit of {self.server.query_timeout:g} s "
                            "and was stopped; narrow it or add LIMIT\n")
            return
        except _TooLarge:
            healthy = True  # the engine is fine; only the answer was not wanted
            limit = self.server.max_bytes
            self._send(403, f"the result is larger than this endpoint's limit of {limit} bytes; "
                            "add LIMIT (and OFFSET to page through it) or narrow the query\n")
            return
        except (OSError, http.client.HTTPException) as e:
            self._send(502, f"the SPARQL engine did not answer: {e}\n")
            return
        finally:
            conn.close()
            if healthy:
                pool.release(engine)
            else:
                pool.discard(engine)
        self.send_response(status, reason)
        for k, v in headers:
            if k.lower() not in _HOP_BY_HOP and not k.lower().startswith("access-control-"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _run(self, conn: http.client.HTTPConnection, body: bytes | None):
        """Send the request to the engine and read its whole answer, within the query's deadline and the size
        limit (raises TimeoutError or _TooLarge)."""
        deadline = time.monotonic() + self.server.query_timeout
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        conn.request(self.command, self.path, body=body, headers=headers)
        resp = conn.getresponse()
        limit, chunks, size = self.server.max_bytes, [], 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            conn.sock.settimeout(left)
            chunk = resp.read1(min(1 << 16, limit + 1 - size)) if size <= limit else b""
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _TooLarge
        return resp.status, resp.reason, resp.getheaders(), b"".join(chunks)

    def _send(self, status: int, message: str):
        data = message.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


class _TooLarge(Exception):
    pass


# headers that belong to one connection, not to the message (RFC 9110 §7.6.1)
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
               "transfer-encoding", "upgrade", "host", "content-length"}


def _raise_exit(signum, frame):
    raise SystemExit(128 + signum)


def serve(out_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES, max_concurrent: int = DEFAULT_MAX_CONCURRENT,
          allowed_hosts: tuple[str, ...] = (), ready=None) -> int:
    """Serve a build until interrupted. ``ready``, if given, is called with the proxy once it listens."""
    location = prepare_store(out_dir)
    try:
        proxy = QueryProxy((host, port), None, max_result_bytes, timeout_s, allowed_hosts)  # type: ignore[arg-type]
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}"
                          + (" (another program uses that port; choose another with --port)"
                             if exc.errno == 98 else "")) from None
    pool = EnginePool(location, max(1, max_concurrent), timeout_s)
    proxy.pool = pool
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGHUP):
            previous[sig] = signal.signal(sig, _raise_exit)
    try:
        pool.start()
        print(f"SPARQL endpoint (read-only, results up to {max_result_bytes} bytes, {timeout_s} s per query, "
              f"{pool.size} at a time): http://{host}:{port}/query   — Ctrl-C stops it", file=sys.stderr)
        if ready is not None:
            ready(proxy)
        proxy.serve_forever()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        pool.close()
        proxy.server_close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def engine_pids_of(pid: int) -> list[int]:
    """Process ids of the Oxigraph servers started by process ``pid`` (Linux /proc), for tests and diagnostics."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (d / "stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                if ppid == pid and b"oxigraph" in (d / "cmdline").read_bytes():
                    out.append(int(d.name))
    return sorted(out)


os.environ.setdefault("KG_SERVE", "1") if False else None  # (no side effects at import)
