"""``--cluster``: a local Dask cluster of two worker processes on loopback builds what a local build builds."""
from pathlib import Path

import pytest

from kg.config import Config
from kg.errors import ConfigError
from kg.pipeline import build

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
OUTPUTS = ("graph.ttl", "graph.trig", "graph.nq", "statements.jsonl", "graph.jsonld")


@pytest.mark.models
def test_a_build_on_a_local_cluster_equals_a_local_build(tmp_path):
    from distributed import LocalCluster

    cfg = Config(backends={"vi": "underthesea", "fr": "spacy"})  # the offline backends, present wherever kg is
    local = build([DATA], tmp_path / "local", cfg, workers=1)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        on_cluster = build([DATA], tmp_path / "cluster", cfg, cluster=cluster.scheduler_address)
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert not on_cluster.errors and on_cluster.processed == local.processed and len(local.processed) == 5
    assert on_cluster.statements == local.statements > 50
    for name in OUTPUTS:
        assert (tmp_path / "cluster" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, fake_backend):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "a.txt").write_text("Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên.", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"cannot reach the Dask scheduler at 'tcp://127.0.0.1:{port}'"):
        build([tmp_path / "a.txt"], tmp_path / "out", Config(backends={"vi": "fake"}),
              cluster=f"tcp://127.0.0.1:{port}")
