"""Pure text intelligence: language id, redaction, translation, embeddings, topics, themes.

Nothing here imports from `feedback` or `workers`: every function takes text (or batches of
text) and returns plain values, so each piece can be tested and reused alone.
"""
