"""The training block: its template, its calendar and each leg's prescription (issue 20)."""
