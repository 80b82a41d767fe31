# Objects still alive at exit: CPython 3.11 calls their __del__ while tearing the modules down,
# after the atexit handlers, in the order of the module's globals; pystm does the same for
# objects bound to __main__ globals (vm/NOTES.md "Finalizers").
import atexit


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = Res("first")
second = Res("second")
third = Res("third")
atexit.register(lambda: print("atexit"))
print("end of program")
