"""_contextvars for pystm: the names the standard library's contextvars.py imports (the
implementation is lib/contextvars.py)."""
from contextvars import Context, ContextVar, Token, copy_context
