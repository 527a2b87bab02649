"""Put on PYTHONPATH by tests that run `python -m kg` in a child process: registers the model-free "fake" backend of
tests/conftest.py there, so the child builds without loading a model."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conftest import register_fake_backend  # noqa: E402

register_fake_backend()
