"""Sharing a meeting with participants' own devices over the room's network.

Off unless the facilitator starts it, for one meeting. Nothing here is imported when the
window starts: aiohttp is loaded only when sharing starts.
"""
