"""The archive tests' fixtures (built in ``laptops``)."""

from .laptops import _laptops_once, laptops  # noqa: F401  (fixtures)
