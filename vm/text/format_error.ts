// The one error type thrown by the vm/text conversion helpers (formatting, parsing, rounding).
// These helpers work on plain JS values and know nothing of the VM's heap or exception objects;
// the VM catches FormatError and raises the Python exception named by `pyType` with `message`
// (which is exactly CPython's message text). Functions that merely "fail to parse" return null
// instead, so the caller can build its own message that quotes the original object.

export type PyErrorTypeName = 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError' | 'MemoryError';

export class FormatError extends Error {
  constructor(readonly pyType: PyErrorTypeName, msg: string) {
    super(msg);
    this.name = 'FormatError';
  }
}
