"""The Progress view: summary cards and charts of each leg over time."""
