"""kg: a multilingual news knowledge-graph builder (vi, fr, en).

Stages, one module each: ``kg.ingest`` -> ``kg.nlp`` -> ``kg.extract`` -> ``kg.resolve`` -> ``kg.graph`` ->
``kg.export``; ``kg.pipeline.build`` runs them all and ``kg.cli`` is the command line.
"""
__version__ = "0.1.0"
__all__ = ["__version__"]
