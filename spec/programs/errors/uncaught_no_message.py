# An exception without arguments prints only its class name.
class Quiet(Exception): pass
raise Quiet
