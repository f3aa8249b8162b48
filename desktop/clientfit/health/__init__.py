"""The client health gauge and the Pareto view: signals, score, bands. Pure Python over SQL, no Qt."""
