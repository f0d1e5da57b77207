"""Pure domain: values and rules, no Qt and no SQL."""
