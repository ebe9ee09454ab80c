"""Question generation: passages with their extracted facts in, draft questions out.

Plain Python, no Django imports.
"""
