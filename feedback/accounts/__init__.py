"""Ministry accounts: reviewers, organizers and admins; passwords, API tokens, login."""
