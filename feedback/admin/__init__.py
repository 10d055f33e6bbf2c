"""Administration: accounts and roles, the topic taxonomy, and the audit log."""
