"""The organisation's archive: what leaves one laptop's database as files for everyone.

This layer sits above ``minutes/`` and ``portable/`` and uses both: the batch export
(``batch``) and the archive folder several laptops write into. It reads the store only
through the store's own functions.
"""
