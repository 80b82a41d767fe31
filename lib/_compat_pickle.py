# The Python 2 <-> 3 name tables of pickle's fix_imports (protocols 0-2): the loader maps
# Python 2 names found in old pickles to Python 3's (NAME_MAPPING, IMPORT_MAPPING); the pickler
# writes Python 2 names for protocols < 3 (the REVERSE_ tables) so that Python 2 can read them.
# Written for pystm from the list of renamed modules and builtins between the two versions; the
# module and its four table names are those CPython's pickle and tests use.

# Python 2 module -> Python 3 module (whole modules that were renamed)
IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser', 'repr': 'reprlib',
    'tkFileDialog': 'tkinter.filedialog', 'tkSimpleDialog': 'tkinter.simpledialog',
    'tkColorChooser': 'tkinter.colorchooser', 'tkCommonDialog': 'tkinter.commondialog',
    'Dialog': 'tkinter.dialog', 'Tkdnd': 'tkinter.dnd', 'tkFont': 'tkinter.font',
    'tkMessageBox': 'tkinter.messagebox', 'ScrolledText': 'tkinter.scrolledtext',
    'Tkconstants': 'tkinter.constants', 'Tix': 'tkinter.tix', 'ttk': 'tkinter.ttk',
    'Tkinter': 'tkinter', 'markupbase': '_markupbase', '_winreg': 'winreg',
    'thread': '_thread', 'dummy_thread': '_dummy_thread', 'dbhash': 'dbm.bsd',
    'dumbdbm': 'dbm.dumb', 'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu', 'xmlrpclib': 'xmlrpc.client',
    'SimpleXMLRPCServer': 'xmlrpc.server', 'httplib': 'http.client',
    'htmlentitydefs': 'html.entities', 'HTMLParser': 'html.parser', 'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar', 'BaseHTTPServer': 'http.server',
    'test.test_support': 'test.support', 'commands': 'subprocess', 'urlparse': 'urllib.parse',
    'robotparser': 'urllib.robotparser', 'urllib2': 'urllib.request', 'anydbm': 'dbm',
    '_abcoll': 'collections.abc',
}

# (Python 2 module, name) -> (Python 3 module, name)
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('string', 'letters'): ('string', 'ascii_letters'),
    ('string', 'lowercase'): ('string', 'ascii_lowercase'),
    ('string', 'uppercase'): ('string', 'ascii_uppercase'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
    ('urllib', 'ContentTooShortError'): ('urllib.error', 'ContentTooShortError'),
    ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
    ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
    ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
    ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
    ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
}

# The exceptions Python 2 kept in its `exceptions` module.
PYTHON2_EXCEPTIONS = (
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError',
    'BytesWarning', 'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception',
    'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError',
    'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
    'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError',
    'RuntimeWarning', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError',
    'SystemExit', 'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning',
    'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError',
)
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)

# Python 2's multiprocessing defined its exceptions in the package; Python 3's in .context
MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError')
for _name in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[('multiprocessing', _name)] = ('multiprocessing.context', _name)

# Python 3 module -> Python 2 module, and (module, name) pairs the other way round
REVERSE_IMPORT_MAPPING = {v: k for k, v in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {v: k for k, v in NAME_MAPPING.items()}

# Python 3 only names that Python 2 knew under another name
IMPORT_MAPPING.update({
    'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
    'FileDialog': 'tkinter.filedialog', 'SimpleDialog': 'tkinter.simpledialog',
    'DocXMLRPCServer': 'xmlrpc.server', 'SimpleHTTPServer': 'http.server',
    'CGIHTTPServer': 'http.server', 'UserDict': 'collections', 'UserList': 'collections',
    'UserString': 'collections', 'whichdb': 'dbm', 'StringIO': 'io', 'cStringIO': 'io',
})
REVERSE_IMPORT_MAPPING.update({
    '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools', '_gdbm': 'gdbm',
    '_pickle': 'pickle',
})
NAME_MAPPING.update({
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
})
REVERSE_NAME_MAPPING.update({
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('tkinter.filedialog', 'FileDialog'): ('FileDialog', 'FileDialog'),
    ('tkinter.filedialog', 'LoadFileDialog'): ('FileDialog', 'LoadFileDialog'),
    ('tkinter.filedialog', 'SaveFileDialog'): ('FileDialog', 'SaveFileDialog'),
    ('tkinter.simpledialog', 'SimpleDialog'): ('SimpleDialog', 'SimpleDialog'),
    ('xmlrpc.server', 'ServerHTMLDoc'): ('DocXMLRPCServer', 'ServerHTMLDoc'),
    ('xmlrpc.server', 'XMLRPCDocGenerator'): ('DocXMLRPCServer', 'XMLRPCDocGenerator'),
    ('xmlrpc.server', 'DocXMLRPCRequestHandler'): ('DocXMLRPCServer', 'DocXMLRPCRequestHandler'),
    ('xmlrpc.server', 'DocXMLRPCServer'): ('DocXMLRPCServer', 'DocXMLRPCServer'),
    ('xmlrpc.server', 'DocCGIXMLRPCRequestHandler'):
        ('DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler'),
    ('http.server', 'SimpleHTTPRequestHandler'): ('SimpleHTTPServer', 'SimpleHTTPRequestHandler'),
    ('http.server', 'CGIHTTPRequestHandler'): ('CGIHTTPServer', 'CGIHTTPRequestHandler'),
    ('_socket', 'socket'): ('socket', '_socketobject'),
})

# Python 3's OSError subclasses and ModuleNotFoundError did not exist in Python 2
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
    'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
    'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError',
)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)
for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'ImportError')
del _name
