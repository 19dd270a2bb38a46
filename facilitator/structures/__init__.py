"""Structures: the building blocks of a session (Liberating Structures, SDMI, custom ones)."""

from facilitator.structures.model import (
    CONFIGURATIONS,
    FORMAT_VERSION,
    PURPOSES,
    Configuration,
    Step,
    Structure,
)

__all__ = ["CONFIGURATIONS", "FORMAT_VERSION", "PURPOSES", "Configuration", "Step", "Structure"]
