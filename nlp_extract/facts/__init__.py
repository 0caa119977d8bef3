"""Meetings, deals, ownership and agreements, and the facts that link them to entities."""
