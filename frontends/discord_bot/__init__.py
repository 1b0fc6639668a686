"""The Discord front end: a thin layer of slash commands, mention replies, embeds and
buttons over `answering.orchestrator.Engine`. Only this package imports discord."""
