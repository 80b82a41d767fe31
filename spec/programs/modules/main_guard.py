# __name__ is '__main__' in the program and the module name in imported modules.
import _main_guard_helper

def main():
    print("main() runs, __name__ =", __name__)
    print("helper says", _main_guard_helper.who())

if __name__ == "__main__":
    main()
import sys
print(sys.modules["__main__"].main is main, "_main_guard_helper" in sys.modules)
