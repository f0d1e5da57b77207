"""Signed PDF minutes: the document (reportlab), its signatures and their checks (pyHanko).

Nothing here is imported at app start-up: building minutes is on demand.
"""
