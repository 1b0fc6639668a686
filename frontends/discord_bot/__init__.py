"""The Discord front end: a thin layer of slash commands, mention replies, embeds and
buttons over `engine.core.Engine`. Only this package imports discord."""
