"""Meetings in a series: the "You said, we did" panel, the series view and its report."""
