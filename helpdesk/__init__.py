"""Helpdesk hand-off: tickets, routing to desks, feedback ratings. No Rasa import."""
