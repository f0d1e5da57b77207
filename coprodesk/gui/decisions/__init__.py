"""The decision panel: stances, outcomes, joint verdicts and actions."""
