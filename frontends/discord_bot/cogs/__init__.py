"""The bot's cogs, one per audience: `ask` (everyone's commands, mentions, the message
context menu) and `owner` (/reload, /sync). Each is given the Service it works with."""
