# An uncaught exception with notes prints the notes after the message.
e = ValueError("bad value")
e.add_note("while parsing line 3")
raise e
