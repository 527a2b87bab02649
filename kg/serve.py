"""``kg serve``: the SPARQL 1.1 Protocol over a build, read-only, by Oxigraph's own server.

The build's dataset (``graph.trig``) is loaded once into an on-disk Oxigraph store beside it (``out/oxigraph/``,
rebuilt when the graph is newer) and served with ``oxigraph serve-read-only``: updates are refused, queries time
out after ``timeout_s``, and the default graph is the union of all named graphs, as with ``kg query``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kg.errors import ConfigError, InputError

__all__ = ["prepare_store", "server_command", "serve"]


def prepare_store(out_dir: str | Path) -> Path:
    """The on-disk Oxigraph store of a build, (re)built from graph.trig when missing or older than it."""
    import pyoxigraph as ox

    out_dir = Path(out_dir)
    trig = out_dir / "graph.trig"
    if not trig.exists():
        raise InputError(trig, "no graph here; run `kg build ... --out DIR` first")
    location = out_dir / "oxigraph"
    stamp = location / ".built-from"
    if stamp.exists() and stamp.read_text() == str(trig.stat().st_mtime_ns):
        return location
    tmp = out_dir / ".oxigraph.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    store = ox.Store(str(tmp))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    (tmp / ".built-from").write_text(str(trig.stat().st_mtime_ns))
    shutil.rmtree(location, ignore_errors=True)
    tmp.rename(location)
    return location


def server_command(location: Path, host: str, port: int, timeout_s: int) -> list[str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise ConfigError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return [exe, "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(timeout_s)]


def serve(out_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30) -> int:
    location = prepare_store(out_dir)
    cmd = server_command(location, host, port, timeout_s)
    print(f"SPARQL endpoint (read-only): http://{host}:{port}/query   — Ctrl-C stops it", file=sys.stderr)
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait(timeout=10)
        return 0
