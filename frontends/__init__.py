"""Front ends: thin renderers of engine.answer.Answer. Only frontends.discord imports discord."""
