"""Plain-Python text handling: decoding, cleaning, Persian normalisation, structure.

Nothing in this package imports Django: text goes in, frozen dataclasses come out.
"""
