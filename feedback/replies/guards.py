"""Who may do what with replies: every signed-in staff member reads them; reviewers and admins
send them (organizers prepare hearings and never write to residents); admins edit the
templates and the consultation-centre directory."""

from __future__ import annotations

from feedback.accounts.guards import admins, any_staff, reviewers

may_read_replies = any_staff
may_send_replies = reviewers
may_edit_templates = admins

__all__ = ["may_edit_templates", "may_read_replies", "may_send_replies"]
