"""The participant screen's parts: themes and the painted bars."""
