# Helper module for main_guard.py: its __name__ is its module name, not '__main__'.
def who():
    return __name__

if __name__ == "__main__":
    print("never printed when imported")
else:
    print("helper imported as", __name__)
