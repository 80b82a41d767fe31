"""importlib.machinery for pystm: the file suffix tables (inspect and friends read them). The
VM's import system (vm/runtime/importer.ts) has no finder or loader objects to expose.
Written for pystm.
"""

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every suffix of a module file the import system recognises."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
