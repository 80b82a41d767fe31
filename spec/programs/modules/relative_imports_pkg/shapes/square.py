# Helper module: a class inside a subpackage.
from .. import util as parent_util

class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def label(self):
        return parent_util.shout(__name__)
