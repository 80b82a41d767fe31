# When str() of the exception fails, the traceback says so.
class Ugly(Exception):
    def __str__(self):
        raise RuntimeError("no str")
raise Ugly()
