"""Entity extraction (people, places, organisations, dates) in English and Persian.

Plain Python, no Django: text in, ``Mention`` dataclasses out.
"""
