"""Review: the reviewers' screens and API over processed opinions."""
