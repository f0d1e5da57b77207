"""Parts of the run view: agenda clock, equal-voice tiles, group bars, queue, notes."""
