"""Exports for organizers: opinions as CSV/XLSX/JSON, and hearing packs."""
