"""The answer engine: question -> parse -> match -> decide -> handler -> Answer.

Plain Python with no Discord import, so the console front end starts fast and the
Discord front end stays a thin renderer.
"""
