"""Intake: the public form, the submission API and the receipt-code status lookup."""
