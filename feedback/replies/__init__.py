"""Replies to residents: reply templates per desk, replies in the resident's language."""
