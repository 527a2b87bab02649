"""SHACL validation of a built graph against ``ontologies/shapes.ttl`` (pyshacl).

>>> from rdflib import Graph
>>> validate_graph(Graph())[0]
True
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.errors import ConfigError

__all__ = ["shapes_graph", "validate_graph", "SHAPES_PATH"]

SHAPES_PATH = Path(__file__).resolve().parent.parent / "ontologies" / "shapes.ttl"


def shapes_graph() -> Graph:
    """The SHACL shapes: ``ontologies/shapes.ttl``, the source of truth, beside the package in the repository."""
    if not SHAPES_PATH.exists():
        raise ConfigError(f"SHACL shapes not found at {SHAPES_PATH}; validation needs a checkout of the kg repository")
    return Graph().parse(SHAPES_PATH, format="turtle")


def validate_graph(g: Graph) -> tuple[bool, str]:
    """(conforms, report text) of ``g`` against the shapes."""
    from pyshacl import validate

    conforms, _, text = validate(g, shacl_graph=shapes_graph(), inference="none", advanced=True,
                                 allow_warnings=False)
    return bool(conforms), text
