# Unpickler(file) looks up file.read and file.readline, lets an error other than
# AttributeError through, and wants both (test_pickle test_unpickler_bad_file).
import io
import pickle


def raises_oserror(self, *args, **kwargs):
    raise OSError


@property
def bad_property(self):
    1 / 0


class NoAttrs:
    pass


class OnlyReadline:
    readline = raises_oserror


class OnlyRead:
    read = raises_oserror


class BadRead:
    read = bad_property
    readline = raises_oserror


class BadReadline:
    readline = bad_property
    read = raises_oserror


class BadReadlineNoRead:
    readline = bad_property


for cls in (NoAttrs, OnlyReadline, OnlyRead, BadRead, BadReadline, BadReadlineNoRead):
    try:
        pickle.Unpickler(cls())
        print(cls.__name__, 'made')
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
print(pickle.Unpickler(io.BytesIO(pickle.dumps([1, 2]))).load())
