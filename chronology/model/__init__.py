"""The domain: pydantic models with no I/O and no UI.

Import from the submodules (or from `chronology`); this package imports nothing itself so that
`chronology.settings` can use `chronology.model.document` without an import cycle.
"""
