"""The meeting editor: details, stakeholder groups, people and agenda tabs."""
