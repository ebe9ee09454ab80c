class InputError(ValueError):
    """A document that cannot be read; the message says why, in plain words."""
